// A decision as JSON (json, jsonl): appended straight to a buffer, compact;
// the parts that depend on a rule alone are rendered once, with a compact
// JsonWriter, and kept in the printer's state (decision_printer_state.h).
// The indented form (json) is the same bytes laid out again.
#include <array>
#include <charconv>
#include <cstring>
#include <functional>

#include "base/duration.h"
#include "format/decision_format.h"
#include "format/decision_parts.h"
#include "format/decision_printer_state.h"
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

void write_constant_json(const Constant& k, JsonWriter& w) {
  switch (k.value.type) {
    case Type::boolean:
      w.boolean(k.value.boolean);
      return;
    case Type::number:
      w.number(k.value.number);
      return;
    case Type::date:
      w.string(k.value.date.iso());
      return;
    case Type::string:
      w.string(k.value.text);
      return;
    case Type::string_list:
      w.begin_array();
      for (const std::string& x : k.value.list) w.string(x);
      w.end_array();
      return;
  }
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

}  // namespace nytte
