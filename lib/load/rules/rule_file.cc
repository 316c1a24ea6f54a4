// One rule file being loaded: its text, where it is, and the readers of its
// TOML values, which report a problem at the position of the key or value.
#include "load/rules/loader.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/ranges.h>

#include "base/codes.h"
#include "base/io_error.h"
#include "nytte/i18n.h"

namespace nytte::rule_loader {

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_io(path, Io::read, errno);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string_view type_word(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string:
      return tr("a string");
    case toml::node_type::integer:
      return tr("an integer");
    case toml::node_type::floating_point:
      return tr("a float");
    case toml::node_type::boolean:
      return tr("a boolean");
    case toml::node_type::date:
      return tr("a date");
    case toml::node_type::time:
      return tr("a time");
    case toml::node_type::date_time:
      return tr("a date-time");
    case toml::node_type::array:
      return tr("an array");
    case toml::node_type::table:
      return tr("a table");
    default:
      return tr("nothing");
  }
}

RuleFile::RuleFile(std::string_view text_in, std::string file_in, std::string base_dir_in,
                   std::vector<std::string>& stack_in, std::vector<Diagnostic>* problems_in)
    : text(text_in),
      file(std::move(file_in)),
      base_dir(std::move(base_dir_in)),
      stack(stack_in),
      problems(problems_in) {
  size_t start = 0;
  line_starts.push_back(0);
  while ((start = text.find('\n', start)) != std::string_view::npos) {
    line_starts.push_back(++start);
  }
}

toml::table RuleFile::parse() {
  try {
    return toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    fail(pos_of(e.source().begin), toml_syntax_message(e.description()), "toml-syntax");
  }
}

// A problem after which loading can go on: collected, or thrown.
void RuleFile::report(SourcePos at, std::string message, std::string code) {
  if (!problems) fail(std::move(at), std::move(message), std::move(code));
  problems->push_back(Diagnostic{Severity::error, std::move(at), std::move(message), code});
}

void RuleFile::check_keys(const toml::table& t, std::vector<std::string_view> allowed,
                          std::string_view where) {
  for (auto&& [key, node] : t) {
    if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
    std::string hint = did_you_mean(key.str(), allowed);
    report(pos_of(key.source().begin),
           hint.empty() ? trf("unknown key '{}' in {}", excerpt(key.str()), where)
                        : trf("unknown key '{}' in {}; {}", excerpt(key.str()), where, hint),
           "unknown-key");
  }
}

std::string RuleFile::required_string(const toml::table& t, std::string_view key,
                                      const toml::node& ctx) {
  const toml::node* n = t.get(key);
  if (!n) fail(pos(ctx), trf("missing required key '{}'", key), "missing-key");
  return as_string(*n, key);
}

std::string RuleFile::optional_string(const toml::table& t, std::string_view key) {
  const toml::node* n = t.get(key);
  return n ? as_string(*n, key) : std::string();
}

std::string RuleFile::as_string(const toml::node& n, std::string_view key) {
  if (auto s = n.value<std::string>(); s && n.is_string()) return *s;
  fail(pos(n), trf("'{}' must be a string, found {}", key, type_word(n)), "wrong-type");
}

std::optional<Date> RuleFile::optional_date(const toml::table& t, std::string_view key) {
  const toml::node* n = t.get(key);
  if (!n) return std::nullopt;
  if (auto d = n->as_date()) {
    toml::date v = d->get();
    return Date::from_ymd(v.year, v.month, v.day);
  }
  fail(pos(*n), trf("'{}' must be a TOML date like 2025-07-01, found {}", key, type_word(*n)),
       "wrong-type");
}

std::vector<std::string> RuleFile::string_list(const toml::node& n, std::string_view key) {
  const toml::array* a = n.as_array();
  if (!a) fail(pos(n), trf("'{}' must be an array of strings", key), "wrong-type");
  std::vector<std::string> out;
  for (const toml::node& e : *a) out.push_back(as_string(e, key));
  return out;
}

std::optional<int64_t> RuleFile::optional_int(const toml::table& t, std::string_view key,
                                              int64_t lo, int64_t hi) {
  const toml::node* n = t.get(key);
  if (!n) return std::nullopt;
  const auto* i = n->as_integer();
  if (!i) {
    fail(pos(*n), trf("'{}' must be an integer, found {}", key, type_word(*n)), "wrong-type");
  }
  if (i->get() < lo || i->get() > hi) {
    fail(pos(*n), trf("'{}' must be between {} and {}, found {}", key, lo, hi, i->get()),
         "invalid-value");
  }
  return i->get();
}

std::optional<double> RuleFile::optional_hours(const toml::table& t, std::string_view key,
                                               double hi) {
  return optional_number(t, key, hi, N_("hours"));
}

std::optional<double> RuleFile::optional_kroner(const toml::table& t, std::string_view key) {
  return optional_number(t, key, 1e12, N_("kroner"));
}

std::optional<double> RuleFile::optional_number(const toml::table& t, std::string_view key,
                                                double hi, const char* unit) {
  const toml::node* n = t.get(key);
  if (!n) return std::nullopt;
  std::optional<double> v = n->value<double>();
  // Written as "within", so nan (which compares false) is refused too.
  if (!v || !(n->is_floating_point() || n->is_integer()) || !(*v >= 0 && *v <= hi)) {
    fail(pos(*n), trf("'{}' must be a number of {} from 0 to {:.0f}", key, tr(unit), hi),
         "invalid-value");
  }
  return *v;
}

bool RuleFile::optional_bool(const toml::table& t, std::string_view key, bool fallback) {
  const toml::node* n = t.get(key);
  if (!n) return fallback;
  if (const auto* b = n->as_boolean()) return b->get();
  fail(pos(*n), trf("'{}' must be true or false, found {}", key, type_word(*n)), "wrong-type");
}

TimeOfDay RuleFile::time_of_day(const toml::node& n, std::string_view key) {
  const auto* t = n.as_time();
  if (!t) {
    fail(pos(n), trf("'{}' must be a TOML local time like 08:30, found {}", key, type_word(n)),
         "wrong-type");
  }
  return TimeOfDay{t->get().hour * 60 + t->get().minute};
}

std::string RuleFile::kind_code(const toml::node& n) {
  std::string k = as_string(n, "kind");
  std::optional<size_t> i = find_code(offer_kind_codes(), k);
  if (!i) {
    const CodeList& list = offer_kind_codes();
    std::vector<std::string_view> all(list.codes.begin(), list.codes.end());
    std::string hint = did_you_mean(k, all);
    fail(pos(n),
         hint.empty()
             ? trf("unknown offer kind '{}' (one of {})", k, fmt::join(all, ", "))
             : trf("unknown offer kind '{}' (one of {}); {}", k, fmt::join(all, ", "), hint),
         "unknown-code");
  }
  return std::string(offer_kind_codes().codes[*i]);
}

std::vector<std::string> RuleFile::kinds_list(const toml::node& n) {
  const toml::array* a = n.as_array();
  if (!a) fail(pos(n), tr("must be an array of offer kinds"), "wrong-type");
  std::vector<std::string> out;
  for (const toml::node& e : *a) out.push_back(kind_code(e));
  return out;
}

// Where the text of a string value starts: after its opening delimiter, and
// after the newline that may follow ''' or """.
TextOrigin RuleFile::origin_of(const toml::node& n) const {
  SourcePos p = pos(n);
  TextOrigin o{file, p.line, p.column};
  if (p.line == 0 || p.line > line_starts.size()) return o;
  size_t at = line_starts[p.line - 1] + (p.column ? p.column - 1 : 0);
  std::string_view rest = text.substr(std::min(at, text.size()));
  if (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
    o.column += 3;
    rest.remove_prefix(3);
    if (rest.starts_with("\n") || rest.starts_with("\r\n")) {
      o.line += 1;
      o.column = 1;
    }
  } else {
    o.column += 1;
  }
  return o;
}

CompiledExpr RuleFile::expression(const toml::table& t, std::string_view key, const RuleSet& rs,
                                  Type type, const toml::node& ctx) {
  const toml::node* n = t.get(key);
  if (!n) fail(pos(ctx), trf("missing required key '{}'", key), "missing-key");
  std::string text = as_string(*n, key);
  return compile_expression(text, origin_of(*n), rs.schema, type);
}

}  // namespace nytte::rule_loader
