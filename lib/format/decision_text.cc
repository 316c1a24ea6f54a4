// A decision as text for people: the answer first, then every rule tried,
// with what it read and the source it encodes.
#include <algorithm>

#include <fmt/format.h>

#include "base/duration.h"
#include "format/decision_format.h"
#include "format/decision_parts.h"
#include "format/decision_printer_state.h"

namespace nytte {
namespace {

// A decimal figure of hours as people read it: "15:18".
std::string duration_text(double hours) {
  return format_minutes(hours_to_minutes(hours));
}

// A constant's value as people read it: 9, 2.5, 1968-01-01, "PD2", [a, b].
std::string constant_text(const Constant& k) {
  std::string v;
  switch (k.value.type) {
    case Type::boolean:
      return k.value.boolean ? "true" : "false";
    case Type::number:
      append_number(v, k.value.number);
      return v;
    case Type::date:
      return k.value.date.iso();
    case Type::string:
      return k.value.text;
    case Type::string_list:
      return fmt::format("[{}]", fmt::join(k.value.list, ", "));
  }
  return v;
}

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
