#include "report/words.h"

#include "base/local_format.h"
#include "base/plural.h"

namespace nytte::reporting {

std::string_view Words::plural_noun(uint64_t n, const char* one, const char* many) const {
  if (!local) return n == 1 ? one : many;
  return nytte::plural_noun(n, one, many);
}

std::string Words::count(uint64_t n) const {
  return local ? local_count(n) : fmt::format("{}", n);
}

std::string Words::date(Date d) const {
  return local ? local_date(d) : d.iso();
}

std::string Words::name(const RuleHeader& h) const {
  return danish() && !h.title.empty() ? h.title : h.id;
}

std::string Words::code(const CodeList& list, std::string_view c) const {
  return std::string(danish() ? code_title(list, c) : c);
}

}  // namespace nytte::reporting
