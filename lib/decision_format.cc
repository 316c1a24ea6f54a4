#include "decision_format.h"

#include <functional>
#include <type_traits>

#include <fmt/format.h>

namespace nytte {
namespace {

void write_string_array(JsonWriter& w, const std::vector<std::string_view>& items) {
  w.begin_array();
  for (std::string_view s : items) w.string(s);
  w.end_array();
}

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

void write_reason_json(const Decision& d, const Reason& r, JsonWriter& w, const DecisionFormat& f,
                       DecisionScratch& scratch) {
  const RuleHeader& h = *r.rule;
  w.begin_object();
  write_rule_head(r, w);
  w.key("in_force");
  w.boolean(r.in_force);
  w.key("held");
  if (r.held == Tri::unknown) {
    w.null();
  } else {
    w.boolean(r.held == Tri::yes);
  }
  if (r.kind == RuleKind::hours && r.held == Tri::yes) {
    w.key("value");
    w.number(r.value);
  }
  write_rule_source(h, w);
  if (r.in_force && r.expr) {
    EvalContext ctx{*d.citizen, d.on};
    w.key("values");
    w.begin_object();
    for (const Observed& o : observe_into(*r.expr, ctx, scratch.observed)) {
      w.key(o.name);
      write_observed_json(o, w);
    }
    w.end_object();
  }
  if (!r.missing.empty()) {
    w.key("missing");
    write_string_array(w, r.missing);
  }
  if (f.explain) {
    w.key("title");
    w.string(h.title);
    if (r.expr) {
      w.key("condition");
      w.string(r.expr->text);
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
    if (r.in_force && r.expr) {
      w.key("explanation");
      write_explain_node(explain(*r.expr, EvalContext{*d.citizen, d.on}), w);
    }
  }
  w.end_object();
}

// ---------------------------------------------- one-line JSON from fragments --
// The same bytes as write_decision_json through a compact JsonWriter, appended
// straight to the buffer: the parts that depend on the rule alone are
// rendered once (with JsonWriter, so the two cannot drift apart in layout).

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

ReasonFragments& fragments_of(const Reason& r, size_t at, DecisionScratch& scratch) {
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
                   DecisionScratch& scratch) {
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
  append_observed_json_values(*r.expr, EvalContext{*d.citizen, d.on}, fr.value_keys, out,
                              scratch.observed[0], append_observed_json);
}

void append_reason(const Decision& d, const Reason& r, size_t at, ByteBuffer& out,
                   DecisionScratch& scratch) {
  ReasonFragments& fr = fragments_of(r, at, scratch);
  if (r.kind == RuleKind::hours && r.held == Tri::yes) {
    out += fr.open[r.in_force ? 1 : 0][static_cast<int>(r.held)];
    out += ",\"value\":";
    append_number(out, r.value);
    out += fr.source;
  } else {
    out += fr.head[r.in_force ? 1 : 0][static_cast<int>(r.held)];
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
  out += '}';
}

void append_decision(const Decision& d, ByteBuffer& out, const DecisionFormat& f,
                     DecisionScratch& scratch) {
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
  append_number(out, d.required_weekly_hours);
  out += ",\"missing_fields\":";
  append_id_array(out, d.missing_fields);
  out += ",\"reasons\":[";
  for (size_t i = 0; i < d.reasons.size(); ++i) {
    if (i > 0) out += ',';
    append_reason(d, d.reasons[i], i, out, scratch);
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

void append_decision_line(const Decision& d, ByteBuffer& out, const DecisionFormat& f,
                          DecisionScratch& scratch) {
  if (f.fragments && !f.explain) {
    append_decision(d, out, f, scratch);
    return;
  }
  scratch.text.clear();
  JsonWriter w(scratch.text, 0);
  write_decision_json(d, w, f, scratch);
  out += scratch.text;
}

void write_decision_json(const Decision& d, JsonWriter& w, const DecisionFormat& f,
                         DecisionScratch& scratch) {
  if (w.compact() && f.fragments && !f.explain) {
    scratch.line.clear();
    append_decision(d, scratch.line, f, scratch);
    w.value_buffer() += scratch.line.view();
    return;
  }
  const Citizen& c = *d.citizen;
  w.begin_object();
  w.key("id");
  w.string(c.id);
  if (!c.cpr.empty()) {
    w.key("cpr");
    w.string(f.show_cpr ? c.cpr : mask_cpr(c.cpr));
  }
  w.key("on");
  w.string(d.on.iso());
  w.key("rules");
  w.string(d.rules->id);
  w.key("eligible");
  w.boolean(d.eligible);
  w.key("status");
  w.string(status_name(d.status));
  w.key("target_groups");
  write_string_array(w, d.target_groups);
  w.key("exemptions");
  write_string_array(w, d.exemptions);
  w.key("track");
  if (d.track) {
    w.string(d.track->h.id);
  } else {
    w.null();
  }
  w.key("track_assigned");
  w.boolean(d.track_assigned);
  w.key("required_weekly_hours");
  w.number(d.required_weekly_hours);
  w.key("missing_fields");
  write_string_array(w, d.missing_fields);
  w.key("reasons");
  w.begin_array();
  for (const Reason& r : d.reasons) write_reason_json(d, r, w, f, scratch);
  w.end_array();
  w.end_object();
}

void write_decision_csv(const Decision& d, std::string& out) {
  csv_cell(out, d.citizen->id);
  out += d.eligible ? ",true," : ",false,";
  std::string groups = fmt::format("{}", fmt::join(d.target_groups, ";"));
  csv_cell(out, groups);
  out += ',';
  if (d.track) csv_cell(out, d.track->h.id);
  out += ',';
  append_number(out, d.required_weekly_hours);
  out += ',';
  out += status_name(d.status);
  out += ',';
  csv_cell(out, fmt::format("{}", fmt::join(d.missing_fields, ";")));
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
  }
  return "";
}

std::string citation_text(const Decision& d, const RuleHeader& h) {
  std::string out;
  if (const Source* s = d.rules->find_source(h.cite.source)) {
    out = s->file.empty() ? s->title : fmt::format("{} ({})", s->title, s->file);
  }
  std::string_view basis = h.cite.legal_basis;
  if (basis.empty()) {
    if (const Source* s = d.rules->find_source(h.cite.source)) basis = s->legal_basis;
  }
  if (!basis.empty()) out = out.empty() ? std::string(basis) : fmt::format("{}; {}", basis, out);
  return out;
}

void write_reason_text(const Decision& d, const Reason& r, std::string& out,
                       const DecisionFormat& f, DecisionScratch& scratch) {
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
    EvalContext ctx{*d.citizen, d.on};
    std::span<const Observed> values = observe_into(*r.expr, ctx, scratch.observed);
    if (!values.empty()) {
      out += "      read:";
      bool first = true;
      for (const Observed& v : values) {
        fmt::format_to(o, "{} {} = {}", first ? "" : ",", v.name, observed_text(v));
        first = false;
      }
      out += '\n';
    }
  }
  if (r.kind == RuleKind::hours && r.held == Tri::yes) {
    std::string v;
    append_number(v, r.value);
    fmt::format_to(o, "      = {} hours a week\n", v);
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

}  // namespace

void write_decision_text(const Decision& d, std::string& out, const DecisionFormat& f,
                         DecisionScratch& scratch) {
  const Style& st = f.style;
  const Citizen& c = *d.citizen;
  auto o = std::back_inserter(out);
  fmt::format_to(o, "{}{}{}", st.bold(), c.id, st.reset());
  if (!c.cpr.empty()) fmt::format_to(o, " (CPR {})", f.show_cpr ? c.cpr : mask_cpr(c.cpr));
  fmt::format_to(o, " - rules {} on {}\n", d.rules->id, d.on.iso());

  std::string hours;
  append_number(hours, d.required_weekly_hours);
  switch (d.status) {
    case Status::eligible:
      fmt::format_to(o, "  {}{}ELIGIBLE{}: in {}; track {}{}; {} hours a week\n", st.bold(),
                     st.green(), st.reset(), fmt::join(d.target_groups, ", "),
                     d.track ? d.track->h.id : "none", d.track_assigned ? " (assigned)" : "",
                     hours);
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
  if (!d.rules->status.empty())
    fmt::format_to(o, "\n {}{}{}\n", st.dim(), d.rules->status, st.reset());
}

}  // namespace nytte
