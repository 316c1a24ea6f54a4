#include "nytte/i18n.h"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <string>

#include "base/locale_dir.h"

namespace nytte {
namespace {

constexpr const char* kDomain = "nytte";
Language current = Language::en;

bool is_c_locale(std::string_view l) {
  return l == "C" || l == "POSIX";
}

const char* first_set(const char* a, const char* b, const char* c) {
  for (const char* v : {a, b, c})
    if (v != nullptr && *v != '\0') return v;
  return nullptr;
}

}  // namespace

std::optional<Language> parse_language(std::string_view locale) {
  std::string_view lang = locale.substr(0, locale.find_first_of("_.@"));
  if (lang == "da") return Language::da;
  if (lang == "en") return Language::en;
  return std::nullopt;
}

Language language_from_environment(const char* lc_all, const char* lc_messages, const char* lang,
                                   const char* language) {
  const char* locale = first_set(lc_all, lc_messages, lang);
  if (locale == nullptr || is_c_locale(locale)) return Language::en;
  if (language != nullptr) {
    std::string_view list = language;
    while (!list.empty()) {
      size_t colon = list.find(':');
      if (auto l = parse_language(list.substr(0, colon))) return *l;
      if (colon == std::string_view::npos) break;
      list.remove_prefix(colon + 1);
    }
  }
  return parse_language(locale).value_or(Language::en);
}

Language language_from_environment() {
  return language_from_environment(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"),
                                   std::getenv("LANG"), std::getenv("LANGUAGE"));
}

std::optional<std::string_view> find_option(int argc, const char* const* argv,
                                            std::string_view name) {
  std::optional<std::string_view> value;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == name) {
      value = i + 1 < argc ? std::string_view(argv[i + 1]) : std::string_view();
    } else if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=') {
      value = arg.substr(name.size() + 1);
    }
  }
  return value;
}

void set_language(Language l) {
  bool was_danish = current == Language::da;
  current = l;
  if (l != Language::da) {
    // Back to English (tests switch languages): the C library's own
    // messages (strerror) in English again too.
    if (was_danish) {
      std::setlocale(LC_MESSAGES, "C");
      unsetenv("LANGUAGE");
    }
    return;
  }
  bindtextdomain(kDomain, locale_dir().c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");
  // gettext picks the catalogue from LC_MESSAGES and LANGUAGE, and needs no
  // Danish locale installed for it: C.UTF-8 (always there in glibc) is not
  // "C", so LANGUAGE=da is honoured. Only LC_MESSAGES is set: numbers and
  // dates are written by nytte itself (base/local_format.h), never by the
  // C library's locale, so machine formats stay the same.
  std::setlocale(LC_MESSAGES, "C.UTF-8");
  setenv("LANGUAGE", "da", 1);
}

Language language() {
  return current;
}

const char* tr(const char* msgid) {
  if (current == Language::en || *msgid == '\0') return msgid;
  return dgettext(kDomain, msgid);
}

const char* tr_plural(const char* one, const char* many, uint64_t n) {
  if (current == Language::en) return n == 1 ? one : many;
  return dngettext(kDomain, one, many, static_cast<unsigned long>(n));
}

}  // namespace nytte
