#include "load/citizen_fields.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <span>
#include <tuple>

#include <fmt/format.h>

#include "base/bytes.h"
#include "base/codes.h"
#include "nytte/i18n.h"

namespace nytte::citizen_fields {
namespace {

// a[0, n) == b[0, n); short n (codes) without a call.
bool same_bytes(const char* a, const char* b, size_t n) {
  if (n >= 8 && n <= 16) return bytes::same_ends<8>(a, b, n);
  if (n >= 4 && n < 8) return bytes::same_ends<4>(a, b, n);
  return std::memcmp(a, b, n) == 0;
}

// Index of `v` in a code list: the canonical code first (no allocation in the
// common case), then the Danish spellings find_code accepts.
std::optional<size_t> lookup(const CodeList& list, std::string_view v) {
  for (size_t i = 0; i < list.codes.size(); ++i) {
    std::string_view code = list.codes[i];
    if (code.size() == v.size() && !v.empty() && code[0] == v[0] &&
        same_bytes(code.data(), v.data(), v.size())) {
      return i;
    }
  }
  return find_code(list, v);
}

// The same for the code lists a rule set declares (exemptions, tracks,
// declared fields).
std::optional<size_t> lookup(const std::vector<std::string>& codes, std::string_view v) {
  for (size_t i = 0; i < codes.size(); ++i) {
    if (codes[i] == v) return i;
  }
  std::string folded = fold_danish(v);
  for (size_t i = 0; i < codes.size(); ++i) {
    if (fold_danish(codes[i]) == folded) return i;
  }
  return std::nullopt;
}

std::string unknown_code(std::string_view what, std::string_view v,
                         const std::vector<std::string_view>& codes) {
  // Codes are lower case (benefits) or upper case (PD1): try both spellings.
  std::string hint = did_you_mean(fold_danish(v, true), codes);
  if (hint.empty()) hint = did_you_mean(fold_danish(v), codes);
  if (!hint.empty()) return trf("unknown {} '{}'; {}", what, excerpt(v), hint);
  return trf("unknown {} '{}' (expected one of: {})", what, excerpt(v), fmt::join(codes, ", "));
}

std::vector<std::string_view> views(std::span<const std::string_view> codes) {
  return {codes.begin(), codes.end()};
}
std::vector<std::string_view> views(const std::vector<std::string>& codes) {
  return {codes.begin(), codes.end()};
}

bool fail_with(Fault& why, std::string message, std::string_view code) {
  why.message = std::move(message);
  why.code = code;
  return false;
}

// A code of `list`, stored as its index, or a Fault naming `what` (a msgid,
// translated only when the code is unknown).
std::optional<size_t> code_of(const CodeList& list, const char* what, std::string_view v,
                              Fault& why) {
  if (std::optional<size_t> i = lookup(list, v)) return i;
  fail_with(why, unknown_code(tr(what), v, views(list.codes)), "unknown-code");
  return std::nullopt;
}

// A code of a rule set's list (empty: any text, kept as written). `what` is
// a msgid of nytte's own fields, or a declared field's name (`declared`),
// which no language changes.
bool declared_code(const std::vector<std::string>& codes, const char* what, std::string_view v,
                   std::string& out, Fault& why, bool declared = false) {
  if (codes.empty()) {
    out.assign(v);
    return true;
  }
  std::optional<size_t> i = lookup(codes, v);
  if (!i) {
    return fail_with(why, unknown_code(declared ? what : tr(what), v, views(codes)),
                     "unknown-code");
  }
  out.assign(codes[*i]);
  return true;
}

bool is_digits(std::string_view v) {
  return !v.empty() &&
         std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool set_municipality(std::string_view v, Citizen& c, Fault& why) {
  if (v.size() == 3 && is_digits(v)) {
    c.municipality.emplace().assign(v);
    return true;
  }
  if (std::optional<std::string> code = municipality_code(v)) {
    c.municipality = std::move(*code);
    return true;
  }
  // Only the error path pays for the list of known names.
  std::vector<std::string> names;
  for (int code = 100; code <= 999; ++code) {
    std::string_view name = municipality_name(std::to_string(code));
    if (!name.empty()) names.emplace_back(name);
  }
  std::string hint = did_you_mean(v, views(names));
  if (hint.empty()) {
    return fail_with(why,
                     trf("unknown municipality '{}': expected a kommunekode of three digits or a "
                         "municipality name",
                         excerpt(v)),
                     "unknown-code");
  }
  return fail_with(why,
                   trf("unknown municipality '{}': expected a kommunekode of three digits or a "
                       "municipality name; {}",
                       excerpt(v), hint),
                   "unknown-code");
}

bool set_sex(std::string_view v, Citizen& c, Fault& why) {
  // K (kvinde) is the Danish letter for F.
  if (v == "K" || v == "k") {
    c.sex = Sex::F;
    return true;
  }
  std::optional<size_t> i = lookup(sex_codes(), v);
  if (!i)
    return fail_with(why, trf("unknown sex '{}' (expected F or M)", excerpt(v)), "unknown-code");
  c.sex = static_cast<Sex>(*i);
  return true;
}

// The CPR number as DDMMYY-SSSS (the dash is optional on input).
bool set_cpr(std::string_view v, Citizen& c, Fault& why) {
  bool with_dash =
      v.size() == 11 && v[6] == '-' && is_digits(v.substr(0, 6)) && is_digits(v.substr(7));
  bool without = v.size() == 10 && is_digits(v);
  if (!with_dash && !without) {
    // Never quote the number: it is personal data even when malformed.
    return fail_with(why, tr("malformed CPR number: expected DDMMYY-SSSS (ten digits)"), "bad-cpr");
  }
  c.cpr.assign(v.substr(0, 6));
  c.cpr += '-';
  c.cpr.append(v.substr(with_dash ? 7 : 6));
  return true;
}

struct Range {
  double low, high;
};
std::optional<Range> range_of(Field f) {
  switch (f) {
    case Field::school_years:
      return Range{0, 30};
    case Field::residence_years_last_10:
    case Field::fulltime_work_years_last_10:
      return Range{0, 10};
    case Field::ordinary_hours:
    case Field::work_capacity_hours:
      return Range{0, 168};  // a week's hours; above 37 is read as full capacity
    default:
      return std::nullopt;
  }
}

}  // namespace

Shape shape_of(Field f) {
  switch (f) {
    case Field::birth_date:
    case Field::unemployed_since:
    case Field::start_date:
    case Field::first_entry_date:
      return Shape::date;
    case Field::born_in_denmark:
      return Shape::boolean;
    case Field::school_years:
      return Shape::integer;
    case Field::residence_years_last_10:
    case Field::fulltime_work_years_last_10:
    case Field::ordinary_hours:
    case Field::work_capacity_hours:
      return Shape::number;
    case Field::danish_tests:
    case Field::exemptions:
      return Shape::text_list;
    case Field::benefit_history:
      return Shape::periods;
    case Field::unavailable:
      return Shape::unavailable;
    default:
      return Shape::text;
  }
}

Shape shape_of(Type t) {
  switch (t) {
    case Type::boolean:
      return Shape::boolean;
    case Type::number:
      return Shape::number;
    case Type::date:
      return Shape::date;
    case Type::string_list:
      return Shape::text_list;
    case Type::string:
      break;
  }
  return Shape::text;
}

std::string_view shape_words(Shape s) {
  switch (s) {
    case Shape::text:
      return tr("a string");
    case Shape::integer:
      return tr("an integer");
    case Shape::number:
      return tr("a number");
    case Shape::date:
      return tr("a date");
    case Shape::boolean:
      return tr("a boolean (true or false)");
    case Shape::text_list:
      return tr("an array of strings");
    case Shape::periods:
      return tr("an array of tables {benefit, from, to}");
    case Shape::unavailable:
      return tr("an array of tables {day, from, to}");
  }
  return tr("a value");
}

std::optional<FieldRef> find_any_field(std::string_view name, const Schema& schema) {
  if (std::optional<Field> f = find_field(name)) return FieldRef{f, 0};
  for (size_t i = 0; i < schema.fields.size(); ++i) {
    if (schema.fields[i].name == name) return FieldRef{std::nullopt, i};
  }
  return std::nullopt;
}

std::string_view field_name(const FieldRef& f, const Schema& schema) {
  return f.builtin ? field_info(*f.builtin).name : std::string_view(schema.fields[f.declared].name);
}

Shape shape_of(const FieldRef& f, const Schema& schema) {
  return f.builtin ? shape_of(*f.builtin) : shape_of(schema.fields[f.declared].type);
}

namespace {

// "did you mean" among the built-in and the declared fields' names.
std::string field_hint(std::string_view name, const Schema& schema) {
  std::vector<std::string_view> names = builtin_field_names();
  for (const DeclaredField& d : schema.fields) names.push_back(d.name);
  return did_you_mean(name, names);
}

}  // namespace

std::string unknown_field_message(std::string_view name, const Schema& schema) {
  std::string hint = field_hint(name, schema);
  if (hint.empty()) return trf("unknown field '{}'", excerpt(name));
  return trf("unknown field '{}'; {}", excerpt(name), hint);
}

std::string unknown_column_message(std::string_view name, const Schema& schema) {
  std::string hint = field_hint(name, schema);
  if (hint.empty()) return trf("unknown column '{}'", excerpt(name));
  return trf("unknown column '{}'; {}", excerpt(name), hint);
}

void Problems::add(Where at, std::string message, std::string_view code) {
  if (map_) at = map_->fix(at);
  list_.push_back(Diagnostic{Severity::error, SourcePos{*file_, at.line, at.column},
                             std::move(message), std::string(code)});
}

const std::vector<Diagnostic>& Problems::sorted() {
  std::stable_sort(list_.begin(), list_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
  });
  return list_;
}

bool set_text(const FieldRef& f, std::string_view v, const Schema& schema, Citizen& c, Fault& why) {
  if (!f.builtin) {
    const DeclaredField& d = schema.fields[f.declared];
    Value& x = c.extra[f.declared];
    x.known = true;
    return declared_code(d.codes, d.name.c_str(), v, x.text, why, true);
  }
  switch (*f.builtin) {
    case Field::id:
      if (v.empty()) return fail_with(why, tr("field 'id' must not be empty"), "missing-id");
      c.id.assign(v);
      return true;
    case Field::cpr:
      return set_cpr(v, c, why);
    case Field::sex:
      return set_sex(v, c, why);
    case Field::municipality:
      return set_municipality(v, c, why);
    case Field::benefit:
      if (std::optional<Benefit> b = parse_benefit(v, why)) {
        c.benefit = *b;
        return true;
      }
      return false;
    case Field::category:
      if (std::optional<size_t> i = code_of(category_codes(), N_("category"), v, why)) {
        c.category = static_cast<Category>(*i);
        return true;
      }
      return false;
    case Field::residence_area:
      c.residence_area.emplace().assign(v);
      return true;
    case Field::assigned_track:
      return declared_code(schema.track_ids, N_("track"), v, c.assigned_track.emplace(), why);
    default:
      break;
  }
  return fail_with(why, trf("field '{}' is not a string", field_info(*f.builtin).name),
                   "wrong-type");
}

bool set_integer(const FieldRef& f, int64_t v, const Schema& schema, Citizen& c, Fault& why) {
  if (f.builtin && *f.builtin == Field::school_years) {
    if (v < 0 || v > 30) {
      return fail_with(why, trf("field 'school_years' must be between 0 and 30, found {}", v),
                       "out-of-range");
    }
    c.school_years = static_cast<int>(v);
    return true;
  }
  return set_number(f, static_cast<double>(v), schema, c, why);
}

bool set_number(const FieldRef& f, double v, const Schema& schema, Citizen& c, Fault& why) {
  if (!std::isfinite(v)) {
    return fail_with(why,
                     trf("field '{}' must be a finite number, found {}", field_name(f, schema), v),
                     "out-of-range");
  }
  if (!f.builtin) {
    Value& x = c.extra[f.declared];
    x.known = true;
    x.number = v;
    return true;
  }
  if (std::optional<Range> r = range_of(*f.builtin); r && (v < r->low || v > r->high)) {
    return fail_with(why,
                     trf("field '{}' must be between {} and {}, found {}", field_name(f, schema),
                         r->low, r->high, v),
                     "out-of-range");
  }
  switch (*f.builtin) {
    case Field::residence_years_last_10:
      c.residence_years_last_10 = v;
      return true;
    case Field::fulltime_work_years_last_10:
      c.fulltime_work_years_last_10 = v;
      return true;
    case Field::ordinary_hours:
      c.ordinary_hours = v;
      return true;
    case Field::work_capacity_hours:
      c.work_capacity_hours = v;
      return true;
    default:
      break;
  }
  return fail_with(why, trf("field '{}' is not a number", field_name(f, schema)), "wrong-type");
}

bool set_date(const FieldRef& f, Date d, Citizen& c) {
  if (!f.builtin) {
    Value& x = c.extra[f.declared];
    x.known = true;
    x.date = d;
    return true;
  }
  switch (*f.builtin) {
    case Field::birth_date:
      c.birth_date = d;
      c.birth_date_from_cpr = false;
      return true;
    case Field::unemployed_since:
      c.unemployed_since = d;
      return true;
    case Field::start_date:
      c.start_date = d;
      return true;
    case Field::first_entry_date:
      c.first_entry_date = d;
      return true;
    default:
      return false;
  }
}

bool set_boolean(const FieldRef& f, bool v, Citizen& c) {
  if (f.builtin) {
    if (*f.builtin != Field::born_in_denmark) return false;
    c.born_in_denmark = v;
    return true;
  }
  Value& x = c.extra[f.declared];
  x.known = true;
  x.boolean = v;
  return true;
}

void start_list(const FieldRef& f, Citizen& c, ListMemory& lists) {
  if (!f.builtin) {
    Value& x = c.extra[f.declared];
    x.known = true;
    x.list.clear();
  } else if (*f.builtin == Field::danish_tests) {
    fresh_list(c.danish_tests, lists.danish_tests);
  } else if (*f.builtin == Field::exemptions) {
    fresh_list(c.exemptions, lists.exemptions);
  }
}

bool add_list_item(const FieldRef& f, std::string_view v, const Schema& schema, Citizen& c,
                   Fault& why) {
  if (!f.builtin) {
    const DeclaredField& d = schema.fields[f.declared];
    return declared_code(d.codes, d.name.c_str(), v, c.extra[f.declared].list.emplace_back(), why,
                         true);
  }
  if (*f.builtin == Field::danish_tests) {
    std::optional<size_t> i = code_of(danish_test_codes(), N_("Danish test"), v, why);
    if (!i) return false;
    c.danish_tests->push_back(static_cast<DanishTest>(*i + 1));  // the list has no `none`
    return true;
  }
  return declared_code(schema.exemption_codes, N_("exemption"), v, c.exemptions->emplace_back(),
                       why);
}

std::optional<Benefit> parse_benefit(std::string_view v, Fault& why) {
  if (std::optional<size_t> i = code_of(benefit_codes(), N_("benefit"), v, why)) {
    return static_cast<Benefit>(*i);
  }
  return std::nullopt;
}

std::optional<Weekday> parse_day(std::string_view v, Fault& why) {
  if (std::optional<Weekday> d = parse_weekday(v)) return d;
  fail_with(why, trf("unknown day '{}' (expected mon, tue, wed, thu, fri, sat or sun)", excerpt(v)),
            "unknown-code");
  return std::nullopt;
}

bool check_period(const BenefitPeriod& p, Fault& why) {
  if (p.to && *p.to < p.from) {
    return fail_with(
        why, trf("benefit period ends ({}) before it starts ({})", p.to->iso(), p.from.iso()),
        "bad-period");
  }
  return true;
}

bool check_block(const UnavailableBlock& b, Fault& why) {
  if (!(b.from < b.to)) {
    return fail_with(why,
                     trf("unavailable block must end after it starts, found {} to {}",
                         b.from.hh_mm(), b.to.hh_mm()),
                     "bad-period");
  }
  return true;
}

namespace {

// Empties an optional list, keeping its memory in `spare` (the larger one).
template <class T>
void keep_memory(std::optional<std::vector<T>>& list, std::vector<T>& spare) {
  if (!list) return;
  if (list->capacity() > spare.capacity()) {
    list->clear();
    spare.swap(*list);
  }
  list.reset();
}

}  // namespace

void reset(Citizen& c, const Schema& schema, ListMemory& lists) {
  keep_memory(c.benefit_history, lists.benefit_history);
  keep_memory(c.danish_tests, lists.danish_tests);
  keep_memory(c.exemptions, lists.exemptions);
  keep_memory(c.unavailable, lists.unavailable);
  c.clear();
  c.extra.resize(schema.fields.size());  // clear() emptied the values there
  for (size_t i = 0; i < c.extra.size(); ++i) c.extra[i].type = schema.fields[i].type;
}

namespace {

// The CPR number against birth_date and sex, filling those from it.
void check_cpr(Citizen& c, const Marks& m, Problems& problems) {
  if (c.cpr.empty()) return;
  std::string why;
  std::optional<CprFacts> facts = decode_cpr(c.cpr, &why);
  if (!facts) {
    // `why` comes from the decoder; keep it out if it quotes the number.
    bool quotes =
        why.find(c.cpr) != std::string::npos || why.find(c.cpr.substr(7)) != std::string::npos;
    problems.add(m.cpr,
                 quotes || why.empty() ? std::string(tr("malformed CPR number"))
                                       : trf("malformed CPR number: {}", why),
                 "bad-cpr");
    return;
  }
  if (!c.birth_date) {
    c.birth_date = facts->birth_date;
    c.birth_date_from_cpr = true;
  } else if (*c.birth_date != facts->birth_date) {
    problems.add(m.birth_date,
                 trf("birth_date {} disagrees with the CPR number, which gives {}",
                     c.birth_date->iso(), facts->birth_date.iso()),
                 "cpr-mismatch");
  }
  if (!c.sex) {
    c.sex = facts->sex;
    c.sex_from_cpr = true;
  } else if (*c.sex != facts->sex) {
    problems.add(m.sex,
                 trf("sex '{}' disagrees with the CPR number, which gives {}", sex_code(*c.sex),
                     sex_code(facts->sex)),
                 "cpr-mismatch");
  }
}

}  // namespace

void finish_record(Citizen& c, const Marks& m, Problems& problems) {
  if (m.id.line == 0) {
    problems.add(m.record, tr("missing required field 'id' (a non-empty string)"), "missing-id");
  }
  check_cpr(c, m, problems);
  // The birth date given or from the CPR number: nobody enters before birth.
  if (c.first_entry_date && c.birth_date && *c.first_entry_date < *c.birth_date) {
    problems.add(m.first_entry_date,
                 c.birth_date_from_cpr
                     ? trf("first_entry_date {} is before the birth date {} (from the CPR number)",
                           c.first_entry_date->iso(), c.birth_date->iso())
                     : trf("first_entry_date {} is before the birth date {}",
                           c.first_entry_date->iso(), c.birth_date->iso()),
                 "invalid-value");
  }
}

std::optional<Date> parse_date_text(std::string_view v) {
  return Date::parse(v);
}

std::optional<TimeOfDay> parse_time_text(std::string_view v) {
  return TimeOfDay::parse(v);
}

}  // namespace nytte::citizen_fields
