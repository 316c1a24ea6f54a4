// A decision as text for people: the answer first, then every rule tried,
// with what it read and the source it encodes.
#include <algorithm>

#include <fmt/format.h>

#include "base/codes.h"
#include "base/duration.h"
#include "base/local_format.h"
#include "format/decision_format.h"
#include "format/decision_parts.h"
#include "format/decision_printer_state.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

// A decimal figure of hours as people read it: "15:18".
std::string duration_text(double hours) {
  return format_minutes(hours_to_minutes(hours));
}

// Hours a week: "12:00 a week" in English (h:mm, as every subcommand writes
// durations), "12 timer om ugen" and "15,3 timer om ugen" in Danish, where a
// caseworker reads the hours as the law states them.
std::string weekly_hours_text(double hours) {
  if (!danish()) return duration_text(hours) + " a week";
  return trf_plural("{} hour a week", "{} hours a week", hours == 1 ? 1 : 2,
                    local_number(hours, 4));
}

// A rule as the headline names it: by its id in English (as nytte has always
// written it), by its title in Danish, where a caseworker reads words; the
// title quoted, since titles have commas and colons of their own.
std::string rule_name(const RuleHeader& h) {
  if (!danish() || h.title.empty()) return h.id;
  return fmt::format("\u201e{}\u201c", h.title);
}

// The names of the groups (or exemptions) `ids` of a decision: `ids` point
// into the rules' own ids, so each is found by its address.
template <class Rules>
std::string names_of(const Rules& rules, const std::vector<std::string_view>& ids) {
  if (!danish()) return fmt::format("{}", fmt::join(ids, ", "));
  std::vector<std::string> names;
  for (std::string_view id : ids) {
    std::string name(id);
    for (const auto& r : rules) {
      if (r.h.id.data() == id.data() || (r.h.id == id && name == id)) name = rule_name(r.h);
    }
    names.push_back(name);
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

// A value a condition read, as people read it; in Danish numbers and dates
// the Danish way and a code followed by its Danish name
// ("kontanthjaelp (kontanthjælp)").
std::string read_value_text(const Observed& v) {
  if (!danish()) return observed_text(v);
  if (!v.known) return tr("missing");
  switch (v.type) {
    case Type::number:
      return local_number(v.number, 4);
    case Type::date:
      return local_date(v.date);
    case Type::string: {
      const CodeList* list = v.name == "benefit"    ? &benefit_codes()
                             : v.name == "category" ? &category_codes()
                             : v.name == "sex"      ? &sex_codes()
                                                    : nullptr;
      std::string_view title = list ? code_title(*list, v.text) : v.text;
      if (title == v.text) return std::string(v.text);
      return fmt::format("{} ({})", v.text, title);
    }
    case Type::string_list:
      if (v.text.empty() && v.list.empty()) return tr("(none)");
      return observed_text(v);
    case Type::boolean:
      break;
  }
  return observed_text(v);
}

// A constant's value as people read it: 9, 2.5, 1968-01-01, "PD2", [a, b].
std::string constant_text(const Constant& k) {
  std::string v;
  switch (k.value.type) {
    case Type::boolean:
      return k.value.boolean ? "true" : "false";
    case Type::number:
      if (danish()) return local_number(k.value.number, 4);
      append_number(v, k.value.number);
      return v;
    case Type::date:
      return local_date(k.value.date);
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
      return tr("Target groups");
    case RuleKind::exemption:
      return tr("Exemptions");
    case RuleKind::track:
      return tr("Track");
    case RuleKind::hours:
      return tr("Weekly hours");
    case RuleKind::max_hours:
      return tr("Most weekly hours");
  }
  return "";
}

// The rule set's status as the reader's language says it: the one notice
// the shipped rule sets carry is translated; any other is the file's own.
std::string_view status_text(const std::string& status) {
  static constexpr const char* kKnown[] = {
      N_("Encoding of a public description; check against the law before use in a decision."),
  };
  for (const char* known : kKnown) {
    if (status == known) return tr(known);
  }
  return status;
}

// A source as a caseworker cites it: its title, author and date, where it
// is published, and the seed file it is kept in.
std::string source_text(const Source& s) {
  std::string out = s.title;
  std::vector<std::string> about;
  if (!s.author.empty()) about.push_back(s.author);
  if (s.date) about.push_back(local_date(*s.date));
  if (!s.url.empty()) about.push_back(s.url);
  if (!s.file.empty()) about.push_back(trf("seed {}", s.file));
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
    out += trf("      not in force on {} (in force {} to {})\n", local_date(d.on),
               h.valid.from ? local_date(*h.valid.from) : tr("always"),
               h.valid.to ? local_date(*h.valid.to) : tr("further notice"));
    return;
  }
  if (r.other_municipality) {
    std::string_view m = municipality_of(d, r);
    std::string_view name = municipality_name(m);
    out +=
        trf("      not for this person: recorded in municipality {}; the group is {}'s own ({})\n",
            d.citizen->municipality.value_or(""), name.empty() ? m : name, m);
    return;
  }
  if (r.kind == RuleKind::track && !r.expr) {
    fmt::format_to(o, "      {}\n",
                   d.track_assigned
                       ? tr("assigned by the job consultant (assigned_track), and the person "
                            "qualifies")
                       : tr("proposed: first track the person qualifies for"));
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
    // The label before the rule's condition (its text is the rule file's).
    fmt::format_to(o, "      {}{}{} {}\n", st.dim(),
                   r.expr->type == Type::boolean ? tr("if") : tr("value"), st.reset(), cond);
    EvalContext ctx{*d.citizen, d.on, scratch.eval};
    std::span<const Observed> values = observe_into(*r.expr, ctx, scratch.observed);
    if (!values.empty()) {
      out += "      ";
      out += tr("read:");
      bool first = true;
      for (const Observed& v : values) {
        fmt::format_to(o, "{} {} = {}{}", first ? "" : ",", v.name, read_value_text(v),
                       v.assumed ? tr(" (not recorded: assumed, full capacity)") : "");
        first = false;
      }
      out += '\n';
    }
    // The thresholds the condition compares with, by name and value.
    if (!r.expr->constants.empty()) {
      out += "      ";
      out += tr("compared with:");
      bool first_constant = true;
      for (const Constant& k : r.expr->constants) {
        fmt::format_to(o, "{} {} = {}", first_constant ? "" : ",", k.name, constant_text(k));
        first_constant = false;
      }
      out += '\n';
    }
  }
  if (is_hours(r.kind) && r.held == Tri::yes) {
    out += r.kind == RuleKind::max_hours
               ? trf("      = {} at most (a cap, not a requirement)\n", weekly_hours_text(r.value))
               : fmt::format("      = {}\n", weekly_hours_text(r.value));
  }
  if (!r.missing.empty()) {
    out += trf("      {}missing: {}{}\n", st.yellow(), fmt::join(r.missing, ", "), st.reset());
  }
  std::string cite = citation_text(d, h);
  if (!cite.empty()) out += trf("      source: {}\n", cite);
  if (!h.cite.quote.empty()) fmt::format_to(o, "      \u201c{}\u201d\n", h.cite.quote);
  if (f.explain && !h.cite.note.empty()) out += trf("      note: {}\n", h.cite.note);
}

// "12:00 a week", "hours not stated by the source (at most 37:00 a week)".
std::string hours_text(const Decision& d) {
  if (d.required_weekly_hours) return weekly_hours_text(*d.required_weekly_hours);
  if (d.hours_stated) {  // no field missing: the hours rule divided by zero (its warning)
    return d.missing_fields.empty() ? tr("hours a week unknown: the hours rule divides by zero")
                                    : tr("hours a week unknown: data missing");
  }
  std::string out = tr("hours not stated by the source");
  if (d.max_weekly_hours) out += trf(" (at most {})", weekly_hours_text(*d.max_weekly_hours));
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
  fmt::format_to(o, "\n {}{}{}\n", st.bold(), tr("Weekly hours"), st.reset());
  out += trf("  - not stated by the source: no rule in force gives the hours a week{}\n",
             d.track ? trf(" of track {}", rule_name(d.track->h)) : "");
  if (d.track) {
    for (const HoursPart& p : d.track->hours_parts) {
      out += trf("      stated part: {} {}\n", p.title, weekly_hours_text(p.hours));
    }
    std::string cite = citation_text(d, d.track->h);
    if (!cite.empty()) out += trf("      source: {}\n", cite);
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
  out += trf(" - rules {} on {}\n", d.rules->id, local_date(d.on));

  const RuleSet& rs = *d.rules;
  std::string hours = hours_text(d);
  switch (d.status) {
    case Status::eligible:
      out += trf("  {}{}ELIGIBLE{}: in {}; track {}{}; {}\n", st.bold(), st.green(), st.reset(),
                 names_of(rs.target_groups, in_effect_groups(d)),
                 d.track ? rule_name(d.track->h) : std::string(tr("none")),
                 d.track_assigned ? tr(" (assigned)") : "", hours);
      if (!d.exempt_from.empty()) {
        out += trf("  exempt from {} ({})\n", names_of(rs.target_groups, d.exempt_from),
                   names_of(rs.exemptions, d.exemptions));
      }
      break;
    case Status::exempt:
      out +=
          trf("  {}{}NOT ELIGIBLE{}: in {} but exempt ({})\n", st.bold(), st.red(), st.reset(),
              names_of(rs.target_groups, d.target_groups), names_of(rs.exemptions, d.exemptions));
      break;
    case Status::not_eligible:
      out += trf("  {}{}NOT ELIGIBLE{}: in no target group\n", st.bold(), st.red(), st.reset());
      break;
    case Status::undetermined:
      out += trf("  {}{}UNDETERMINED{}: data missing: {}\n", st.bold(), st.yellow(), st.reset(),
                 fmt::join(d.missing_fields, ", "));
      break;
  }
  for (const TargetGroup* g : d.phase_in) {
    out +=
        trf("  phase-in: {} came into force on {}; the job centre must have it fully phased in by "
            "{}\n",
            rule_name(g->h), g->h.valid.from ? local_date(*g->h.valid.from) : "?",
            local_date(*g->phased_in_by));
  }
  for (const DataWarning* w : d.warnings) {
    // The one warning nytte makes itself has an English title (N_, eligibility.cc);
    // a rule file's are as it wrote them.
    const char* title = w->h.id == "division_by_zero" ? tr(w->h.title.c_str()) : w->h.title.c_str();
    out += trf("  {}warning{}: {} [{}]\n", st.yellow(), st.reset(), title, w->h.id);
  }
  for (const Assumption& a : d.assumptions) {
    out += trf("  assumed: {}\n", assumption_text_for_people(d, a));
  }
  bool warn_assigned = c.assigned_track && d.eligible && !d.track_assigned;
  if (warn_assigned) {
    out +=
        trf("  note: assigned_track '{}' was not used: the person does not qualify for it on this "
            "date\n",
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
    fmt::format_to(o, "\n {}{}{}\n", st.dim(), status_text(d.rules->status), st.reset());
}

}  // namespace nytte
