#include "format/decision_format.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <functional>
#include <type_traits>
#include <unordered_map>

#include <fmt/format.h>

#include "base/duration.h"
#include "format/json_indent.h"

namespace nytte {
namespace {

// Decimal hours as whole minutes, as build-package and weekly-hours count
// them (docs/hours.md): the `_minutes` keys beside the decimal ones.
// t / 10 hours in minutes (t * 6) for t below 1000, worked out when
// compiling: nearly every figure is one (0, 37, 12, 18.5), and a call of
// llround and to_chars cost more than the rest of the key.
struct MinutesText {
  char text[8];
  uint8_t size;
};
inline constexpr std::array<MinutesText, 1000> kMinutesOfTenths = [] {
  std::array<MinutesText, 1000> a{};
  for (unsigned t = 0; t < a.size(); ++t) {
    unsigned m = t * 6, n = m < 10 ? 1 : m < 100 ? 2 : m < 1000 ? 3 : 4;
    a[t].size = static_cast<uint8_t>(n);
    for (unsigned i = n; i-- > 0; m /= 10) a[t].text[i] = static_cast<char>('0' + m % 10);
  }
  return a;
}();

[[gnu::noinline]] void append_other_minutes(ByteBuffer& out, double hours) {
  char* p = out.tail(12);
  out.commit(static_cast<size_t>(std::to_chars(p, p + 12, hours_to_minutes(hours)).ptr - p));
}
[[gnu::always_inline]] inline void append_minutes(ByteBuffer& out, double hours) {
  if (hours >= 0 && hours < 100) {  // as append_number finds its tenths
    auto t = static_cast<unsigned>(hours * 10);
    if (static_cast<double>(t) == hours * 10 && detail::kTenths[t].value == hours) {
      const MinutesText& e = kMinutesOfTenths[t];
      std::memcpy(out.tail(8), e.text, 8);
      out.commit(e.size);
      return;
    }
  }
  append_other_minutes(out, hours);
}
void append_minutes(ByteBuffer& out, const std::optional<double>& hours) {
  if (hours) {
    append_minutes(out, *hours);
  } else {
    out += "null";
  }
}

// A decimal figure of hours as people read it: "15:18".
std::string duration_text(double hours) {
  return format_minutes(hours_to_minutes(hours));
}

// A constant's value as people read it: 9, 2.5, 1968-01-01, "PD2", [a, b].
std::string constant_text(const Constant& k) {
  std::string v;
  switch (k.type) {
    case Type::boolean:
      return k.boolean ? "true" : "false";
    case Type::number:
      append_number(v, k.number);
      return v;
    case Type::date:
      return k.date.iso();
    case Type::string:
      return k.string;
    case Type::string_list:
      return fmt::format("[{}]", fmt::join(k.list, ", "));
  }
  return v;
}

void write_constant_json(const Constant& k, JsonWriter& w) {
  switch (k.type) {
    case Type::boolean:
      w.boolean(k.boolean);
      return;
    case Type::number:
      w.number(k.number);
      return;
    case Type::date:
      w.string(k.date.iso());
      return;
    case Type::string:
      w.string(k.string);
      return;
    case Type::string_list:
      w.begin_array();
      for (const std::string& x : k.list) w.string(x);
      w.end_array();
      return;
  }
}

bool is_hours(RuleKind k) {
  return k == RuleKind::hours || k == RuleKind::max_hours;
}

// The kommunekode of the rule set that defines the reason's target group.
std::string_view municipality_of(const Decision& d, const Reason& r) {
  for (const TargetGroup& g : d.rules->target_groups) {
    if (&g.h == r.rule) return g.municipality;
  }
  return d.rules->municipality;
}

// What an assumption means, in words.
std::string assumption_text(const Decision& d, const Assumption& a) {
  if (a.field == "municipality") {
    std::string_view name = municipality_name(a.value);
    return fmt::format(
        "municipality not recorded: assumed to be {}{}{}{}, the municipality of rule set {}",
        a.value, name.empty() ? "" : " (", name, name.empty() ? "" : ")", d.rules->id);
  }
  if (a.field == "work_capacity_hours") {
    return fmt::format("work_capacity_hours not recorded: read as {}, full capacity", a.value);
  }
  return fmt::format("{} not recorded: assumed {}", a.field, a.value);
}

void write_phase_in(const TargetGroup& g, JsonWriter& w) {
  w.begin_object();
  w.key("group");
  w.string(g.h.id);
  w.key("fully_phased_in_by");
  w.string(g.phased_in_by->iso());
  w.end_object();
}

void write_warning(const DataWarning& x, JsonWriter& w) {
  w.begin_object();
  w.key("id");
  w.string(x.h.id);
  w.key("message");
  w.string(x.h.title);
  w.key("source");
  w.string(x.h.cite.source);
  w.end_object();
}

void write_assumption(const Decision& d, const Assumption& a, JsonWriter& w) {
  w.begin_object();
  w.key("field");
  w.string(a.field);
  w.key("value");
  w.string(a.value);
  w.key("note");
  w.string(assumption_text(d, a));
  w.end_object();
}

// Whether the extras are the common ones, written from kPlainExtras.
bool plain_extras(const Decision& d) {
  return !d.max_weekly_hours && (!d.track || d.track->hours_parts.empty() || !d.eligible) &&
         d.exempt_from.empty() && d.phase_in.empty() && d.warnings.empty() && d.assumptions.empty();
}
constexpr std::string_view kPlainExtras[2] = {
    ",\"hours_stated\":false,\"max_weekly_hours\":null,\"max_weekly_minutes\":null,\"hours_parts\":"
    "[],\"exempt_from\":[],"
    "\"phase_in\":[],\"warnings\":[],\"assumptions\":[]",
    ",\"hours_stated\":true,\"max_weekly_hours\":null,\"max_weekly_minutes\":null,\"hours_parts\":["
    "],\"exempt_from\":[],"
    "\"phase_in\":[],\"warnings\":[],\"assumptions\":[]"};

void write_explain_node(const ExplainNode& n, JsonWriter& w) {
  w.begin_object();
  w.key("expr");
  w.string(n.text);
  w.key("value");
  write_observed_json(n.value, w);
  if (!n.children.empty()) {
    w.key("children");
    w.begin_array();
    for (const ExplainNode& c : n.children) write_explain_node(c, w);
    w.end_array();
  }
  w.end_object();
}

void write_rule_head(const Reason& r, JsonWriter& w) {
  w.key("kind");
  w.string(rule_kind_name(r.kind));
  w.key("rule");
  w.string(r.rule->id);
  w.key("ruleset");
  w.string(r.rule->ruleset);
}

void write_rule_source(const RuleHeader& h, JsonWriter& w) {
  w.key("source");
  w.string(h.cite.source);
  if (!h.cite.legal_basis.empty()) {
    w.key("legal_basis");
    w.string(h.cite.legal_basis);
  }
}

// What a rule says, for explanations: its title, condition, quote, note,
// dates in force and the constants the condition compares with.
void write_rule_text(const RuleHeader& h, const CompiledExpr* expr, JsonWriter& w) {
  w.key("title");
  w.string(h.title);
  if (expr) {
    w.key("condition");
    w.string(expr->text);
  }
  w.key("quote");
  w.string(h.cite.quote);
  if (!h.cite.note.empty()) {
    w.key("note");
    w.string(h.cite.note);
  }
  if (h.valid.from) {
    w.key("valid_from");
    w.string(h.valid.from->iso());
  }
  if (h.valid.to) {
    w.key("valid_to");
    w.string(h.valid.to->iso());
  }
  if (expr && !expr->constants.empty()) {
    w.key("constants");
    w.begin_object();
    for (const Constant& k : expr->constants) {
      w.key(k.name);
      write_constant_json(k, w);
    }
    w.end_object();
  }
}

// A municipality's group not tried for a person recorded elsewhere.
void write_other_municipality(const Decision& d, const Reason& r, JsonWriter& w) {
  w.key("municipality");
  w.begin_object();
  w.key("recorded");
  w.string(d.citizen->municipality.value_or(""));
  w.key("rule_set");
  w.string(d.rules->municipality.empty() ? std::string_view(r.rule->ruleset)
                                         : std::string_view(municipality_of(d, r)));
  w.end_object();
}

// ----------------------------------------------------------------- JSON --
// A decision's JSON is appended straight to a buffer, compact; the parts that
// depend on a rule alone are rendered once, with a compact JsonWriter, and
// kept. The indented form (json) is the same bytes laid out again.

// The parts of a reason that depend on its rule alone.
struct ReasonFragments {
  const RuleHeader* rule = nullptr;
  RuleKind kind = RuleKind::target_group;
  // `{"kind":..,"rule":..,"ruleset":..,"in_force":..,"held":..` by in_force
  // and held (no, yes, unknown).
  std::string open[2][3];
  std::string source;      // `,"source":..` and `,"legal_basis":..` when there is one
  std::string head[2][3];  // open and source together: a reason without a value
  // The keys of the values the expression reads (they come in the same order
  // every time): `,"values":{"name":` for the first, `,"name":` for the
  // others; and the expression they belong to.
  const CompiledExpr* expr = nullptr;
  std::vector<std::string> value_keys;
  // Whether this expression observes what `like` (the one of the reason
  // before, when last asked) does: its values are then copied from there.
  const CompiledExpr* like = nullptr;
  bool same_as_like = false;
  // With explanations: `,"title":..` to `,"constants":{..}`, for the
  // expression `explained_expr` (a track's reason may have none).
  bool explained = false;
  const CompiledExpr* explained_expr = nullptr;
  std::string explained_members;
};

// An item of the decision's extras (phase-in, warnings, assumptions, stated
// parts), rendered once by what it describes, the rule set and a value.
struct RenderedItem {
  const void* what;
  const RuleSet* rules;
  std::string value;
  std::string json;
};

struct PrinterState {
  EvalCache own_eval;
  EvalCache* eval = &own_eval;  // what observing the conditions' values remembers (age())
  std::vector<Observed> observed;
  ByteBuffer line;  // a decision's JSON, put together for the indented form
  // The fragments of each rule (by rule and kind: a track's hours share the
  // track's header), and the ones last used at each place in a decision's
  // reasons, which are nearly always the same again.
  std::unordered_map<uint64_t, std::unique_ptr<ReasonFragments>> fragments;
  std::vector<ReasonFragments*> fragments_at;
  // The expression of the reason last written with values in the line being
  // put together, and where its values are in the buffer.
  const CompiledExpr* values_expr = nullptr;
  size_t values_begin = 0, values_end = 0;
  std::vector<RenderedItem> rendered;
  // `,"on":"..","rules":"..","eligible":` for the date and rule set last seen.
  std::string run_members;
  Date run_on;
  const RuleSet* run_rules = nullptr;
  std::string explanation;  // a reason's explanation tree, rendered
};

template <class Out>
void append_string(Out& out, std::string_view s) {
  if constexpr (std::is_same_v<Out, ByteBuffer>) {
    if (!detail::any_escape(s)) {  // nearly always: one piece with its quotes
      out.append_quoted(s);
      return;
    }
  }
  out += '"';
  json_escape(out, s);
  out += '"';
}

template <class Out>
void append_string_array(Out& out, const std::vector<std::string_view>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    append_string(out, items[i]);
  }
  out += ']';
}

// Members that follow others in an object (`,"a":1,"b":2`), rendered by a
// compact writer.
std::string more_members(const std::function<void(JsonWriter&)>& write) {
  std::string s;
  JsonWriter w(s);
  w.begin_object();
  write(w);
  s[0] = ',';
  return s;
}

ReasonFragments make_fragments(const Reason& r) {
  ReasonFragments fr;
  fr.rule = r.rule;
  fr.kind = r.kind;
  for (int in_force = 0; in_force < 2; ++in_force) {
    for (int held = 0; held < 3; ++held) {
      std::string& open = fr.open[in_force][held];
      JsonWriter w(open);
      w.begin_object();
      write_rule_head(r, w);
      w.key("in_force");
      w.boolean(in_force != 0);
      w.key("held");
      if (static_cast<Tri>(held) == Tri::unknown) {
        w.null();
      } else {
        w.boolean(static_cast<Tri>(held) == Tri::yes);
      }
    }
  }
  fr.source = more_members([&](JsonWriter& w) { write_rule_source(*r.rule, w); });
  for (int in_force = 0; in_force < 2; ++in_force) {
    for (int held = 0; held < 3; ++held)
      fr.head[in_force][held] = fr.open[in_force][held] + fr.source;
  }
  return fr;
}

ReasonFragments& fragments_of(const Reason& r, size_t at, PrinterState& scratch) {
  if (at < scratch.fragments_at.size()) {
    ReasonFragments* fr = scratch.fragments_at[at];
    if (fr->rule == r.rule && fr->kind == r.kind) return *fr;
  }
  uint64_t key = (static_cast<uint64_t>(reinterpret_cast<uintptr_t>(r.rule)) << 3) |
                 static_cast<uint64_t>(r.kind);
  std::unique_ptr<ReasonFragments>& fr = scratch.fragments[key];
  if (!fr) fr = std::make_unique<ReasonFragments>(make_fragments(r));
  if (at >= scratch.fragments_at.size()) scratch.fragments_at.resize(at + 1, fr.get());
  scratch.fragments_at[at] = fr.get();
  return *fr;
}

void append_observed_json(ByteBuffer& out, const Observed& o);

// An id the rule file loader checked to be [a-z0-9_]+ (rule, target group,
// exemption, track and field names) or a fixed name (status): nothing to
// escape.
void append_id(ByteBuffer& out, std::string_view id) {
  out.append_quoted(id);
}

void append_id_array(ByteBuffer& out, const std::vector<std::string_view>& ids) {
  out.push_back('[');
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_id(out, ids[i]);
  }
  out.push_back(']');
}

// `,"values":{` and the members of the values the reason's condition read
// (without the closing brace).
void append_values(const Decision& d, const Reason& r, ReasonFragments& fr, ByteBuffer& out,
                   PrinterState& scratch) {
  if (fr.expr != r.expr) {  // the keys, made once for the rule's condition
    fr.expr = r.expr;
    fr.value_keys.clear();
    for (std::string_view name : observed_names(*r.expr)) {
      std::string& k = fr.value_keys.emplace_back(fr.value_keys.empty() ? ",\"values\":{" : ",");
      append_string(k, name);
      k += ':';
    }
  }
  if (fr.value_keys.empty()) out += ",\"values\":{";
  if (scratch.observed.empty()) scratch.observed.resize(1);
  append_observed_json_values(*r.expr, EvalContext{*d.citizen, d.on, scratch.eval}, fr.value_keys,
                              out, scratch.observed[0], append_observed_json);
}

// With explanations, the members after `missing`: the rule's title,
// condition, quote, note, dates and constants (rendered once), and the tree
// of the condition's values for this person.
void append_explanation(const Decision& d, const Reason& r, ReasonFragments& fr, ByteBuffer& out,
                        PrinterState& scratch) {
  if (!fr.explained || fr.explained_expr != r.expr) {
    fr.explained = true;
    fr.explained_expr = r.expr;
    fr.explained_members =
        more_members([&](JsonWriter& w) { write_rule_text(*r.rule, r.expr, w); });
  }
  out += fr.explained_members;
  if (r.in_force && r.expr) {
    scratch.explanation.clear();
    JsonWriter w(scratch.explanation);
    write_explain_node(explain(*r.expr, EvalContext{*d.citizen, d.on, scratch.eval}), w);
    out += ",\"explanation\":";
    out += scratch.explanation;
  }
}

void append_reason(const Decision& d, const Reason& r, size_t at, bool explained, ByteBuffer& out,
                   PrinterState& scratch) {
  ReasonFragments& fr = fragments_of(r, at, scratch);
  if (is_hours(r.kind) && r.held == Tri::yes) {
    out += fr.open[r.in_force ? 1 : 0][static_cast<int>(r.held)];
    out += ",\"value\":";
    append_number(out, r.value);
    out += ",\"value_minutes\":";
    append_minutes(out, r.value);
    out += fr.source;
  } else {
    out += fr.head[r.in_force ? 1 : 0][static_cast<int>(r.held)];
  }
  if (r.other_municipality) {
    out += more_members([&](JsonWriter& w) { write_other_municipality(d, r, w); });
  }
  if (r.in_force && r.expr) {
    // Two rules often read the same fields (the national groups do): the
    // values written for the one before are copied.
    bool copy = false;
    if (scratch.values_expr) {
      if (fr.like != scratch.values_expr) {
        fr.like = scratch.values_expr;
        fr.same_as_like = same_observations(*fr.like, *r.expr);
      }
      copy = fr.same_as_like;
    }
    size_t begin = out.size();
    if (copy) {
      out.append_earlier(scratch.values_begin, scratch.values_end - scratch.values_begin);
    } else {
      append_values(d, r, fr, out, scratch);
    }
    scratch.values_expr = r.expr;
    scratch.values_begin = begin;
    scratch.values_end = out.size();
    out += '}';
  }
  if (!r.missing.empty()) {
    out += ",\"missing\":";
    append_id_array(out, r.missing);
  }
  if (explained) append_explanation(d, r, fr, out, scratch);
  out += '}';
}

// One item of the extras' arrays as JsonWriter writes it, rendered once for
// its rule (or assumption) and rule set and kept in the scratch.
template <class Write>
const std::string& rendered(PrinterState& scratch, const void* what, const RuleSet* rules,
                            std::string_view value, Write write) {
  for (const RenderedItem& r : scratch.rendered) {
    if (r.what == what && r.rules == rules && r.value == value) return r.json;
  }
  std::string json;
  JsonWriter w(json);
  write(w);
  scratch.rendered.push_back({what, rules, std::string(value), std::move(json)});
  return scratch.rendered.back().json;
}

// The bytes write_decision_extras gives, from items rendered once.
void append_extras(const Decision& d, ByteBuffer& out, PrinterState& scratch) {
  out += d.hours_stated ? std::string_view(",\"hours_stated\":true")
                        : std::string_view(",\"hours_stated\":false");
  out += ",\"max_weekly_hours\":";
  if (d.max_weekly_hours) {
    append_number(out, *d.max_weekly_hours);
  } else {
    out += "null";
  }
  out += ",\"max_weekly_minutes\":";
  append_minutes(out, d.max_weekly_hours);
  out += ",\"hours_parts\":";
  if (d.eligible && d.track && !d.track->hours_parts.empty()) {
    out += rendered(scratch, d.track, nullptr, "", [&](JsonWriter& w) {
      w.begin_array();
      for (const HoursPart& p : d.track->hours_parts) {
        w.begin_object();
        w.key("title");
        w.string(p.title);
        w.key("kind");
        w.string(p.kind);
        w.key("hours");
        w.number(p.hours);
        w.key("minutes");
        w.integer(hours_to_minutes(p.hours));
        w.end_object();
      }
      w.end_array();
    });
  } else {
    out += "[]";
  }
  out += ",\"exempt_from\":";
  append_id_array(out, d.exempt_from);
  out += ",\"phase_in\":[";
  for (size_t i = 0; i < d.phase_in.size(); ++i) {
    if (i > 0) out += ',';
    const TargetGroup* g = d.phase_in[i];
    out += rendered(scratch, g, nullptr, "", [&](JsonWriter& w) { write_phase_in(*g, w); });
  }
  out += "],\"warnings\":[";
  for (size_t i = 0; i < d.warnings.size(); ++i) {
    if (i > 0) out += ',';
    const DataWarning* x = d.warnings[i];
    out += rendered(scratch, x, nullptr, "", [&](JsonWriter& w) { write_warning(*x, w); });
  }
  out += "],\"assumptions\":[";
  for (size_t i = 0; i < d.assumptions.size(); ++i) {
    if (i > 0) out += ',';
    const Assumption& a = d.assumptions[i];
    out += rendered(scratch, a.field.data(), d.rules, a.value,
                    [&](JsonWriter& w) { write_assumption(d, a, w); });
  }
  out += ']';
}

void append_decision(const Decision& d, ByteBuffer& out, const DecisionFormat& f,
                     PrinterState& scratch) {
  const Citizen& c = *d.citizen;
  scratch.values_expr = nullptr;
  out += "{\"id\":";
  append_string(out, c.id);
  if (!c.cpr.empty()) {
    out += ",\"cpr\":";
    char masked[11];
    append_string(out, f.show_cpr ? std::string_view(c.cpr) : mask_cpr(c.cpr, masked));
  }
  if (scratch.run_rules != d.rules || scratch.run_on != d.on || scratch.run_members.empty()) {
    scratch.run_rules = d.rules;
    scratch.run_on = d.on;
    scratch.run_members = more_members([&](JsonWriter& w) {
      w.key("on");
      w.string(d.on.iso());
      w.key("rules");
      w.string(d.rules->id);
      w.key("eligible");
    });
  }
  out += scratch.run_members;
  out += d.eligible ? std::string_view("true") : std::string_view("false");
  out += ",\"status\":";
  append_id(out, status_name(d.status));
  out += ",\"target_groups\":";
  append_id_array(out, d.target_groups);
  out += ",\"exemptions\":";
  append_id_array(out, d.exemptions);
  out += ",\"track\":";
  if (d.track) {
    append_id(out, d.track->h.id);
  } else {
    out += "null";
  }
  out += d.track_assigned ? std::string_view(",\"track_assigned\":true")
                          : std::string_view(",\"track_assigned\":false");
  out += ",\"required_weekly_hours\":";
  if (d.required_weekly_hours) {
    append_number(out, *d.required_weekly_hours);
  } else {
    out += "null";
  }
  out += ",\"required_weekly_minutes\":";
  append_minutes(out, d.required_weekly_hours);
  out += ",\"missing_fields\":";
  append_id_array(out, d.missing_fields);
  if (plain_extras(d)) {
    out += d.hours_stated ? kPlainExtras[1] : kPlainExtras[0];
  } else {
    append_extras(d, out, scratch);
  }
  out += ",\"reasons\":[";
  for (size_t i = 0; i < d.reasons.size(); ++i) {
    if (i > 0) out += ',';
    append_reason(d, d.reasons[i], i, f.explain, out, scratch);
  }
  out += "]}";
}

}  // namespace

namespace {

// An observed value that is not a list, as JSON.
template <class Out>
void scalar_json_to(Out& out, const Observed& o) {
  if (!o.known) {
    out += "null";
    return;
  }
  switch (o.type) {
    case Type::boolean:
      out += o.boolean ? std::string_view("true") : std::string_view("false");
      break;
    case Type::number:
      append_number(out, o.number);
      break;
    case Type::string:
    case Type::string_list:  // a table rendered as text (benefit_history)
      append_string(out, o.text);
      break;
    case Type::date:
      append_string(out, o.date.iso());
      break;
  }
}

bool is_list(const Observed& o) {
  return o.known && o.type == Type::string_list && o.text.empty();
}

void append_observed_json(ByteBuffer& out, const Observed& o) {
  if (!is_list(o)) {
    scalar_json_to(out, o);
    return;
  }
  append_string_array(out, o.list);
}

}  // namespace

void append_observed_json(std::string& out, const Observed& o) {
  if (!is_list(o)) {
    scalar_json_to(out, o);
    return;
  }
  append_string_array(out, o.list);
}

void write_observed_json(const Observed& o, JsonWriter& w) {
  if (!is_list(o)) {
    scalar_json_to(w.value_buffer(), o);
    return;
  }
  w.begin_array();
  for (std::string_view s : o.list) w.string(s);
  w.end_array();
}

std::string observed_text(const Observed& o) {
  if (!o.known) return "missing";
  switch (o.type) {
    case Type::boolean:
      return o.boolean ? "true" : "false";
    case Type::number: {
      std::string s;
      append_number(s, o.number);
      return s;
    }
    case Type::string:
      return std::string(o.text);
    case Type::date:
      return o.date.iso();
    case Type::string_list:
      if (!o.text.empty()) return std::string(o.text);
      return o.list.empty() ? "(none)" : fmt::format("{}", fmt::join(o.list, ", "));
  }
  return "?";
}

struct DecisionPrinter::State : PrinterState {};

DecisionPrinter::DecisionPrinter(const DecisionFormat& f, EvalCache* eval)
    : format_(f), state_(std::make_unique<State>()) {
  if (eval) state_->eval = eval;
}
DecisionPrinter::DecisionPrinter(DecisionPrinter&&) noexcept = default;
DecisionPrinter::~DecisionPrinter() = default;

void DecisionPrinter::json_line(const Decision& d, ByteBuffer& out) {
  append_decision(d, out, format_, *state_);
}

void DecisionPrinter::json(const Decision& d, std::string& out, int indent) {
  ByteBuffer& line = state_->line;
  line.clear();
  append_decision(d, line, format_, *state_);
  if (indent == 0) {
    out += line.view();
  } else {
    append_indented_json(out, line.view(), indent);
  }
}

std::string_view decision_csv_header(bool with_rules) {
  return with_rules ? kDecisionCsvHeaderWithRules : kDecisionCsvHeader;
}

std::string decision_csv_header(bool with_rules, const csv::Format& f) {
  std::string h(decision_csv_header(with_rules));
  std::replace(h.begin(), h.end(), ',', f.separator);
  return h;
}

void write_decision_csv(const Decision& d, std::string& out, bool with_rules,
                        const csv::Format& f) {
  const char sep = f.separator, list = f.list_separator;
  auto ids = [&](const auto& items) {  // ids and codes: nothing to quote
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += list;
      out += items[i];
    }
  };
  csv_cell(out, d.citizen->id, sep);
  out += sep;
  out += d.eligible ? "true" : "false";
  out += sep;
  csv_cell(out, fmt::format("{}", fmt::join(d.target_groups, std::string_view(&list, 1))), sep);
  out += sep;
  if (d.track) csv_cell(out, d.track->h.id, sep);
  out += sep;
  if (d.required_weekly_hours) csv::number(out, *d.required_weekly_hours, f);  // empty: not stated
  out += sep;
  out += status_name(d.status);
  out += sep;
  csv_cell(out, fmt::format("{}", fmt::join(d.missing_fields, std::string_view(&list, 1))), sep);
  out += sep;
  std::vector<std::string_view> warnings;
  for (const auto* w : d.warnings) warnings.push_back(w->h.id);
  ids(warnings);
  out += sep;
  ids(d.exempt_from);
  out += sep;
  std::string assumed;  // field=value;... : ids, codes and numbers, nothing to quote
  for (const Assumption& a : d.assumptions) {
    if (!assumed.empty()) assumed += list;
    assumed += fmt::format("{}={}", a.field, a.value);
  }
  csv_cell(out, assumed, sep);
  if (with_rules) {
    out += sep;
    out += d.rules->id;
  }
  out += sep;  // the columns added since are last, after `rules`
  if (d.required_weekly_hours) out += std::to_string(hours_to_minutes(*d.required_weekly_hours));
  out += '\n';
}

namespace {

std::string_view mark(const Style& s, Tri held, bool in_force) {
  (void)s;
  if (!in_force) return "-";
  switch (held) {
    case Tri::yes:
      return "✔";
    case Tri::no:
      return "✘";
    case Tri::unknown:
      return "?";
  }
  return "?";
}

std::string_view section_title(RuleKind k) {
  switch (k) {
    case RuleKind::target_group:
      return "Target groups";
    case RuleKind::exemption:
      return "Exemptions";
    case RuleKind::track:
      return "Track";
    case RuleKind::hours:
      return "Weekly hours";
    case RuleKind::max_hours:
      return "Most weekly hours";
  }
  return "";
}

// A source as a caseworker cites it: its title, author and date, where it
// is published, and the seed file it is kept in.
std::string source_text(const Source& s) {
  std::string out = s.title;
  std::vector<std::string> about;
  if (!s.author.empty()) about.push_back(s.author);
  if (s.date) about.push_back(s.date->iso());
  if (!s.url.empty()) about.push_back(s.url);
  if (!s.file.empty()) about.push_back("seed " + s.file);
  if (!about.empty()) out += fmt::format(" ({})", fmt::join(about, ", "));
  return out;
}

std::string citation_text(const Decision& d, const RuleHeader& h) {
  std::string out;
  if (const Source* s = d.rules->find_source(h.cite.source)) out = source_text(*s);
  std::string_view basis = h.cite.legal_basis;
  if (basis.empty()) {
    if (const Source* s = d.rules->find_source(h.cite.source)) basis = s->legal_basis;
  }
  if (!basis.empty()) out = out.empty() ? std::string(basis) : fmt::format("{}; {}", basis, out);
  return out;
}

void write_reason_text(const Decision& d, const Reason& r, std::string& out,
                       const DecisionFormat& f, PrinterState& scratch) {
  const Style& st = f.style;
  const RuleHeader& h = *r.rule;
  auto o = std::back_inserter(out);
  std::string_view color = !r.in_force          ? st.dim()
                           : r.held == Tri::yes ? st.green()
                           : r.held == Tri::no  ? st.red()
                                                : st.yellow();
  std::string from_set = h.ruleset == d.rules->id ? "" : fmt::format(" [{}]", h.ruleset);
  fmt::format_to(o, "  {}{} {}{}{}", color, mark(st, r.held, r.in_force), h.id, from_set,
                 st.reset());
  if (!h.title.empty()) fmt::format_to(o, ": {}", h.title);
  out += '\n';
  if (!r.in_force) {
    fmt::format_to(o, "      not in force on {} (in force {} to {})\n", d.on.iso(),
                   h.valid.from ? h.valid.from->iso() : "always",
                   h.valid.to ? h.valid.to->iso() : "further notice");
    return;
  }
  if (r.other_municipality) {
    std::string_view m = municipality_of(d, r);
    std::string_view name = municipality_name(m);
    fmt::format_to(o,
                   "      not for this person: recorded in municipality {}; the group is {}'s "
                   "own ({})\n",
                   d.citizen->municipality.value_or(""), name.empty() ? m : name, m);
    return;
  }
  if (r.kind == RuleKind::track && !r.expr) {
    fmt::format_to(o, "      {}\n",
                   d.track_assigned ? "assigned by the job consultant "
                                      "(assigned_track), and the person qualifies"
                                    : "proposed: first track the person "
                                      "qualifies for");
  }
  if (r.expr) {
    // The condition as written, a line of it per line (comments kept).
    std::string cond;
    std::string_view text = r.expr->text;
    while (!text.empty()) {
      size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
      if (line.empty()) continue;
      if (!cond.empty()) cond += "\n         ";
      cond += line;
    }
    fmt::format_to(o, "      {}{}{} {}\n", st.dim(), r.expr->type == Type::boolean ? "if" : "value",
                   st.reset(), cond);
    EvalContext ctx{*d.citizen, d.on, scratch.eval};
    std::span<const Observed> values = observe_into(*r.expr, ctx, scratch.observed);
    if (!values.empty()) {
      out += "      read:";
      bool first = true;
      for (const Observed& v : values) {
        fmt::format_to(o, "{} {} = {}{}", first ? "" : ",", v.name, observed_text(v),
                       v.assumed ? " (not recorded: assumed, full capacity)" : "");
        first = false;
      }
      out += '\n';
    }
    // The thresholds the condition compares with, by name and value.
    if (!r.expr->constants.empty()) {
      out += "      compared with:";
      bool first_constant = true;
      for (const Constant& k : r.expr->constants) {
        fmt::format_to(o, "{} {} = {}", first_constant ? "" : ",", k.name, constant_text(k));
        first_constant = false;
      }
      out += '\n';
    }
  }
  if (is_hours(r.kind) && r.held == Tri::yes) {
    fmt::format_to(o, "      = {} a week{}\n", duration_text(r.value),
                   r.kind == RuleKind::max_hours ? " at most (a cap, not a requirement)" : "");
  }
  if (!r.missing.empty()) {
    fmt::format_to(o, "      {}missing: {}{}\n", st.yellow(), fmt::join(r.missing, ", "),
                   st.reset());
  }
  std::string cite = citation_text(d, h);
  if (!cite.empty()) fmt::format_to(o, "      source: {}\n", cite);
  if (!h.cite.quote.empty()) fmt::format_to(o, "      \u201c{}\u201d\n", h.cite.quote);
  if (f.explain && !h.cite.note.empty()) fmt::format_to(o, "      note: {}\n", h.cite.note);
}

// "12:00 a week", "hours not stated by the source (at most 37:00 a week)".
std::string hours_text(const Decision& d) {
  if (d.required_weekly_hours) return duration_text(*d.required_weekly_hours) + " a week";
  if (d.hours_stated) {  // no field missing: the hours rule divided by zero (its warning)
    return d.missing_fields.empty() ? "hours a week unknown: the hours rule divides by zero"
                                    : "hours a week unknown: data missing";
  }
  std::string out = "hours not stated by the source";
  if (d.max_weekly_hours)
    out += fmt::format(" (at most {} a week)", duration_text(*d.max_weekly_hours));
  return out;
}

std::vector<std::string_view> in_effect_groups(const Decision& d) {
  std::vector<std::string_view> v;
  for (std::string_view g : d.target_groups) {
    if (std::find(d.exempt_from.begin(), d.exempt_from.end(), g) == d.exempt_from.end())
      v.push_back(g);
  }
  return v;
}

// For an eligible person whose hours no rule in force states: say so, with
// the track's source and the parts of the week it does state.
void write_hours_not_stated(const Decision& d, std::string& out, const Style& st) {
  auto o = std::back_inserter(out);
  fmt::format_to(o, "\n {}Weekly hours{}\n", st.bold(), st.reset());
  fmt::format_to(o, "  - not stated by the source: no rule in force gives the hours a week{}\n",
                 d.track ? fmt::format(" of track {}", d.track->h.id) : "");
  if (d.track) {
    for (const HoursPart& p : d.track->hours_parts) {
      fmt::format_to(o, "      stated part: {} {} a week\n", p.title, duration_text(p.hours));
    }
    std::string cite = citation_text(d, d.track->h);
    if (!cite.empty()) fmt::format_to(o, "      source: {}\n", cite);
    if (!d.track->h.cite.quote.empty())
      fmt::format_to(o, "      \u201c{}\u201d\n", d.track->h.cite.quote);
  }
}

}  // namespace

void DecisionPrinter::text(const Decision& d, std::string& out) {
  const DecisionFormat& f = format_;
  PrinterState& scratch = *state_;
  const Style& st = f.style;
  const Citizen& c = *d.citizen;
  auto o = std::back_inserter(out);
  fmt::format_to(o, "{}{}{}", st.bold(), c.id, st.reset());
  if (!c.cpr.empty()) fmt::format_to(o, " (CPR {})", f.show_cpr ? c.cpr : mask_cpr(c.cpr));
  fmt::format_to(o, " - rules {} on {}\n", d.rules->id, d.on.iso());

  std::string hours = hours_text(d);
  switch (d.status) {
    case Status::eligible:
      fmt::format_to(o, "  {}{}ELIGIBLE{}: in {}; track {}{}; {}\n", st.bold(), st.green(),
                     st.reset(), fmt::join(in_effect_groups(d), ", "),
                     d.track ? d.track->h.id : "none", d.track_assigned ? " (assigned)" : "",
                     hours);
      if (!d.exempt_from.empty()) {
        fmt::format_to(o, "  exempt from {} ({})\n", fmt::join(d.exempt_from, ", "),
                       fmt::join(d.exemptions, ", "));
      }
      break;
    case Status::exempt:
      fmt::format_to(o, "  {}{}NOT ELIGIBLE{}: in {} but exempt ({})\n", st.bold(), st.red(),
                     st.reset(), fmt::join(d.target_groups, ", "), fmt::join(d.exemptions, ", "));
      break;
    case Status::not_eligible:
      fmt::format_to(o, "  {}{}NOT ELIGIBLE{}: in no target group\n", st.bold(), st.red(),
                     st.reset());
      break;
    case Status::undetermined:
      fmt::format_to(o, "  {}{}UNDETERMINED{}: data missing: {}\n", st.bold(), st.yellow(),
                     st.reset(), fmt::join(d.missing_fields, ", "));
      break;
  }
  for (const TargetGroup* g : d.phase_in) {
    fmt::format_to(o,
                   "  phase-in: {} came into force on {}; the job centre must have it fully "
                   "phased in by {}\n",
                   g->h.id, g->h.valid.from ? g->h.valid.from->iso() : "?", g->phased_in_by->iso());
  }
  for (const DataWarning* w : d.warnings) {
    fmt::format_to(o, "  {}warning{}: {} [{}]\n", st.yellow(), st.reset(), w->h.title, w->h.id);
  }
  for (const Assumption& a : d.assumptions) {
    fmt::format_to(o, "  assumed: {}\n", assumption_text(d, a));
  }
  bool warn_assigned = c.assigned_track && d.eligible && !d.track_assigned;
  if (warn_assigned) {
    fmt::format_to(o,
                   "  note: assigned_track '{}' was not used: the person does not qualify "
                   "for it on this date\n",
                   *c.assigned_track);
  }
  RuleKind section = RuleKind::hours;
  bool first = true;
  for (const Reason& r : d.reasons) {
    if (first || r.kind != section) {
      fmt::format_to(o, "\n {}{}{}\n", st.bold(), section_title(r.kind), st.reset());
      section = r.kind;
      first = false;
    }
    write_reason_text(d, r, out, f, scratch);
  }
  if (d.eligible && !d.hours_stated) write_hours_not_stated(d, out, st);
  if (!d.rules->status.empty())
    fmt::format_to(o, "\n {}{}{}\n", st.dim(), d.rules->status, st.reset());
}

}  // namespace nytte
