// The draft of a decision letter (decision_letter.h), all its sentences in
// one place. Danish is written here directly, not through the catalogue:
// the letter is Danish in every locale.
//
// One paragraph a line, not wrapped: the caseworker pastes the text into the
// case system's letter template, which wraps to its own width; a line break
// inside a paragraph would stay there as a hard break.
#include "format/decision_letter.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "base/codes.h"
#include "model/citizen.h"
#include "model/rules.h"

namespace nytte {
namespace {

constexpr std::string_view kMonths[] = {"januar",    "februar", "marts",    "april",
                                        "maj",       "juni",    "juli",     "august",
                                        "september", "oktober", "november", "december"};

// The citizen fields by their Danish names, as a caseworker asks for them.
struct FieldName {
  std::string_view field, danish;
};
constexpr FieldName kFieldNames[] = {
    {"id", "sagsnummer"},
    {"cpr", "CPR-nummer"},
    {"birth_date", "fødselsdato"},
    {"sex", "køn"},
    {"municipality", "bopælskommune"},
    {"benefit", "ydelse"},
    {"benefit_history", "tidligere ydelser"},
    {"category", "visitationskategori"},
    {"danish_tests", "beståede danskprøver"},
    {"school_years", "antal gennemførte skoleår"},
    {"residence_years_last_10", "år med lovligt ophold i Danmark inden for de seneste 10 år"},
    {"fulltime_work_years_last_10", "år med fuldtidsbeskæftigelse inden for de seneste 10 år"},
    {"unemployed_since", "ledig siden"},
    {"ordinary_hours", "ordinære løntimer om ugen"},
    {"work_capacity_hours", "vurderet arbejdsevne i timer om ugen"},
    {"exemptions", "fritagelsesgrunde"},
    {"unavailable", "tidspunkter, hvor borgeren ikke kan deltage"},
    {"residence_area", "boligområde"},
    {"start_date", "startdato for forløbet"},
    {"assigned_track", "tildelt spor"},
    {"born_in_denmark", "født i Danmark"},
    {"first_entry_date", "dato for første indrejse i Danmark"},
};

// The one status the shipped rule sets carry, and what it asks of the caseworker.
constexpr std::string_view kEncodingStatus =
    "Encoding of a public description; check against the law before use in a decision.";

std::string quoted(std::string_view s) {
  return fmt::format("„{}“", s);
}

// "a", "a og b", "a, b og c".
std::string and_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " og " : ", ";
    out += items[i];
  }
  return out;
}

void add_unique(std::vector<std::string>& v, std::string s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

std::string title_of(const RuleHeader& h) {
  return h.title.empty() ? h.id : h.title;
}

// The rule whose id `id` is: a decision's ids point into its rule set's
// rules, so the address finds the very version met.
template <class Rules>
const RuleHeader* find_rule(const Rules& rules, std::string_view id) {
  for (const auto& r : rules) {
    if (r.h.id.data() == id.data()) return &r.h;
  }
  for (const auto& r : rules) {
    if (r.h.id == id) return &r.h;
  }
  return nullptr;
}

template <class Rules>
std::vector<const RuleHeader*> find_rules(const Rules& rules,
                                          const std::vector<std::string_view>& ids) {
  std::vector<const RuleHeader*> out;
  for (std::string_view id : ids) {
    if (const RuleHeader* h = find_rule(rules, id)) out.push_back(h);
  }
  return out;
}

// What a target group belongs to: the national rule set's groups are the
// arbejdspligt; a municipality's own are its scheme, named by its rule set.
std::string scheme_of(const Decision& d, const RuleHeader& h) {
  if (h.ruleset == "national") return "arbejdspligten";
  if (h.ruleset == d.rules->id && !d.rules->title.empty())
    return "indsatsen " + quoted(d.rules->title);
  return "indsatsen efter regelsættet " + h.ruleset;
}

std::string schemes_of(const Decision& d, const std::vector<const RuleHeader*>& groups) {
  std::vector<std::string> schemes;
  for (const RuleHeader* h : groups) add_unique(schemes, scheme_of(d, *h));
  return and_list(schemes);
}

// "målgruppen „A“", "målgrupperne „A“ og „B“".
std::string groups_text(const std::vector<const RuleHeader*>& groups) {
  std::vector<std::string> titles;
  for (const RuleHeader* h : groups) add_unique(titles, quoted(title_of(*h)));
  return (titles.size() == 1 ? "målgruppen " : "målgrupperne ") + and_list(titles);
}

std::string titles_text(const std::vector<const RuleHeader*>& rules) {
  std::vector<std::string> titles;
  for (const RuleHeader* h : rules) add_unique(titles, quoted(title_of(*h)));
  return and_list(titles);
}

std::string fields_text(const std::vector<std::string_view>& fields) {
  std::vector<std::string> names;
  for (std::string_view f : fields) names.push_back(letter_field(f));
  return and_list(names);
}

std::string source_text(const Source& s) {
  std::string out = s.title;
  std::vector<std::string> about;
  if (!s.author.empty()) about.push_back(s.author);
  if (s.date) about.push_back(letter_date(*s.date));
  if (!s.url.empty()) about.push_back(s.url);
  if (!s.file.empty()) about.push_back("kildefil " + s.file);
  if (!about.empty()) out += fmt::format(" ({})", fmt::join(about, ", "));
  return out;
}

// A rule's legal basis and source as its rule file cites them (the same
// fields the text's "source:" line prints).
std::string citation_text(const Decision& d, const RuleHeader& h) {
  const Source* s = d.rules->find_source(h.cite.source);
  std::string_view basis = h.cite.legal_basis;
  if (basis.empty() && s) basis = s->legal_basis;
  std::vector<std::string> parts;
  if (!basis.empty()) parts.push_back(fmt::format("retsgrundlag {}", basis));
  if (s) parts.push_back("kilde: " + source_text(*s));
  if (parts.empty()) return "ingen kilde angivet i regelsættet";
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string_view kind_text(RuleKind k) {
  switch (k) {
    case RuleKind::target_group:
      return "Målgruppe";
    case RuleKind::exemption:
      return "Fritagelse";
    case RuleKind::track:
      return "Spor";
    case RuleKind::hours:
      return "Timetal";
    case RuleKind::max_hours:
      return "Højeste timetal";
  }
  return "Regel";
}

// Whether the decision rests on reason `r`: for a person covered or exempt,
// the groups, exemptions, track and hours rules that held; for one in no
// group, every group tried; for an undecided one, the groups left undecided.
bool applied(const Decision& d, const Reason& r) {
  if (!r.in_force || r.other_municipality) return false;
  switch (d.status) {
    case Status::not_eligible:
      return r.kind == RuleKind::target_group;
    case Status::undetermined:
      return r.kind == RuleKind::target_group && r.held == Tri::unknown;
    case Status::exempt:
      return (r.kind == RuleKind::target_group || r.kind == RuleKind::exemption) &&
             r.held == Tri::yes;
    case Status::eligible:
      if (r.kind == RuleKind::track) return d.track && r.rule == &d.track->h;
      return r.held == Tri::yes;
  }
  return false;
}

std::vector<const RuleHeader*> groups_tried(const Decision& d, Tri held) {
  std::vector<const RuleHeader*> out;
  for (const Reason& r : d.reasons) {
    if (r.kind != RuleKind::target_group || !r.in_force || r.other_municipality) continue;
    if (held == Tri::unknown && r.held != Tri::unknown) continue;
    if (std::find(out.begin(), out.end(), r.rule) == out.end()) out.push_back(r.rule);
  }
  return out;
}

const Reason* hours_reason(const Decision& d) {
  for (const Reason& r : d.reasons) {
    if (r.kind == RuleKind::hours && r.in_force && r.held == Tri::yes) return &r;
  }
  return nullptr;
}

void write_hours(const Decision& d, std::string& out) {
  if (d.required_weekly_hours) {
    out += fmt::format(" Dit timetal er {}", letter_hours(*d.required_weekly_hours));
    if (const Reason* r = hours_reason(d); r && !r->rule->title.empty())
      out += fmt::format(" efter reglen {}", quoted(r->rule->title));
    out += '.';
    if (d.max_weekly_hours)
      out += fmt::format(" Sporet har et loft på {}.", letter_hours(*d.max_weekly_hours));
    return;
  }
  if (d.hours_stated) {
    if (!d.missing_fields.empty()) {
      out += fmt::format(
          " Dit timetal om ugen kan ikke fastsættes endnu, fordi disse oplysninger mangler: {}.",
          fields_text(d.missing_fields));
    } else {
      out +=
          " Dit timetal om ugen kan ikke beregnes ud fra de registrerede oplysninger "
          "(timereglen dividerer med nul); jobcentret fastsætter det.";
    }
    return;
  }
  out +=
      " Reglerne fastsætter ikke, hvor mange timer om ugen du skal deltage; det fastsætter "
      "jobcentret.";
  if (d.track) {
    for (const HoursPart& p : d.track->hours_parts)
      out += fmt::format(" Sporet indeholder {} med {}.", quoted(p.title), letter_hours(p.hours));
  }
  if (d.max_weekly_hours)
    out += fmt::format(" Du skal højst deltage {}.", letter_hours(*d.max_weekly_hours));
}

// The paragraph of the outcome: covered, exempt, in no group, or not yet
// decided for want of data.
void write_outcome(const Decision& d, std::string& out) {
  const RuleSet& rs = *d.rules;
  switch (d.status) {
    case Status::eligible: {
      std::vector<std::string_view> in_effect;
      for (std::string_view g : d.target_groups) {
        if (std::find(d.exempt_from.begin(), d.exempt_from.end(), g) == d.exempt_from.end())
          in_effect.push_back(g);
      }
      std::vector<const RuleHeader*> groups = find_rules(rs.target_groups, in_effect);
      out += fmt::format("Du er omfattet af {}, fordi du hører til {}.", schemes_of(d, groups),
                         groups_text(groups));
      if (!d.exempt_from.empty()) {
        out += fmt::format(" Du er dog fritaget for {}, fordi dette gælder for dig: {}.",
                           groups_text(find_rules(rs.target_groups, d.exempt_from)),
                           titles_text(find_rules(rs.exemptions, d.exemptions)));
      }
      if (d.track) {
        out += d.track_assigned
                   ? fmt::format(" Jobcentret har tildelt dig sporet {}.",
                                 quoted(title_of(d.track->h)))
                   : fmt::format(" Du skal følge sporet {}.", quoted(title_of(d.track->h)));
      }
      write_hours(d, out);
      break;
    }
    case Status::exempt: {
      std::vector<const RuleHeader*> groups = find_rules(rs.target_groups, d.target_groups);
      out += fmt::format(
          "Du er fritaget for {}. Du hører til {}, men du er fritaget, fordi dette gælder for "
          "dig: {}.",
          schemes_of(d, groups), groups_text(groups),
          titles_text(find_rules(rs.exemptions, d.exemptions)));
      break;
    }
    case Status::not_eligible: {
      std::vector<const RuleHeader*> tried = groups_tried(d, Tri::no);
      if (tried.empty()) {
        out += fmt::format(
            "Du er ikke omfattet, fordi ingen af regelsættets målgrupper gælder pr. {}.",
            letter_date(d.on));
      } else {
        out += fmt::format(
            "Du er ikke omfattet af {}, fordi du ikke hører til nogen af målgrupperne. Jobcentret "
            "har vurderet, om du hører til {}, og du opfylder ikke betingelserne.",
            schemes_of(d, tried), groups_text(tried));
      }
      break;
    }
    case Status::undetermined: {
      std::vector<const RuleHeader*> open = groups_tried(d, Tri::unknown);
      out += fmt::format(
          "Det kan endnu ikke afgøres, om du er omfattet af {}, fordi disse oplysninger mangler: "
          "{}. Det drejer sig om {}. Jobcentret træffer afgørelse, når oplysningerne foreligger.",
          schemes_of(d, open), fields_text(d.missing_fields), groups_text(open));
      break;
    }
  }
  out += '\n';
}

void write_basis(const Decision& d, std::string& out) {
  std::vector<const Reason*> rules;
  for (const Reason& r : d.reasons) {
    if (applied(d, r)) rules.push_back(&r);
  }
  if (rules.empty()) return;
  out += "\nAfgørelsen bygger på disse regler:\n";
  for (const Reason* r : rules) {
    out += fmt::format("- {} {}: {}.\n", kind_text(r->kind), quoted(title_of(*r->rule)),
                       citation_text(d, *r->rule));
  }
}

// What the caseworker must see before the letter is sent: data warnings,
// values assumed, phase-in, an assigned track not used, the rule set's status.
void write_notes(const Decision& d, std::string& out) {
  std::vector<std::string> notes;
  for (const DataWarning* w : d.warnings) {
    notes.push_back(w->h.id == "division_by_zero"
                        ? "Timereglen dividerer med nul for denne borger; timetallet er ikke "
                          "beregnet."
                        : fmt::format("Advarsel: {}.", w->h.title));
  }
  for (const Assumption& a : d.assumptions) {
    if (a.field == "municipality") {
      std::string_view name = municipality_name(a.value);
      notes.push_back(fmt::format(
          "Bopælskommunen er ikke registreret; den er antaget at være {}{}, regelsættets kommune.",
          a.value, name.empty() ? "" : fmt::format(" ({})", name)));
    } else if (a.field == "work_capacity_hours") {
      notes.push_back(fmt::format(
          "Arbejdsevnen er ikke registreret; den er læst som {} timer om ugen (fuld arbejdsevne).",
          a.value));
    } else {
      notes.push_back(
          fmt::format("Ikke registreret: {}; antaget {}.", letter_field(a.field), a.value));
    }
  }
  // A person already covered (or exempt) may be in a further group that the
  // data does not decide: the letter names only the groups met, so the
  // caseworker must know what is still open (it can change the legal basis,
  // e.g. the national work obligation beside a municipality's scheme).
  if (d.status == Status::eligible || d.status == Status::exempt) {
    for (const Reason& r : d.reasons) {
      if (r.kind != RuleKind::target_group || !r.in_force || r.other_municipality ||
          r.held != Tri::unknown)
        continue;
      notes.push_back(
          fmt::format("Det er ikke afgjort, om borgeren også hører til målgruppen {}, fordi disse "
                      "oplysninger mangler: {}.",
                      quoted(title_of(*r.rule)), fields_text(r.missing)));
    }
  }
  for (const TargetGroup* g : d.phase_in) {
    notes.push_back(
        fmt::format("Målgruppen {} indfases; jobcentret skal have den fuldt indfaset "
                    "senest {}.",
                    quoted(title_of(g->h)), letter_date(*g->phased_in_by)));
  }
  if (d.citizen->assigned_track && d.eligible && !d.track_assigned) {
    notes.push_back(fmt::format(
        "Det tildelte spor (`assigned_track` = {}) er ikke brugt: borgeren opfylder ikke "
        "betingelserne for det på datoen.",
        *d.citizen->assigned_track));
  }
  if (d.rules->status == kEncodingStatus) {
    notes.push_back(
        "Regelsættet er en indkodning af en offentlig beskrivelse; kontrollér afgørelsen mod "
        "loven, før den bruges.");
  } else if (!d.rules->status.empty()) {
    notes.push_back(fmt::format("Regelsættets status: {}", d.rules->status));
  }
  if (notes.empty()) return;
  out += "\nTil sagsbehandleren (slettes før brug):\n";
  for (const std::string& n : notes) out += fmt::format("- {}\n", n);
}

}  // namespace

std::string letter_date(Date d) {
  YearMonthDay ymd = d.ymd();
  return fmt::format("{}. {} {}", ymd.day, kMonths[ymd.month - 1], ymd.year);
}

std::string letter_hours(double hours) {
  double rounded = std::round(hours * 100) / 100;
  std::string n = fmt::format("{}", rounded);
  std::replace(n.begin(), n.end(), '.', ',');
  return fmt::format("{} {} om ugen", n, rounded == 1 ? "time" : "timer");
}

std::string letter_field(std::string_view name) {
  for (const FieldName& f : kFieldNames) {
    if (f.field == name) return fmt::format("{} (`{}`)", f.danish, name);
  }
  return fmt::format("`{}`", name);
}

void write_decision_letter(const Decision& d, std::string& out) {
  const Citizen& c = *d.citizen;
  const RuleSet& rs = *d.rules;
  out += kLetterDraftMark;
  out += "\n\n";
  out += fmt::format("Sag: {}", c.id);
  if (!c.cpr.empty()) out += fmt::format(" (CPR {})", mask_cpr(c.cpr));
  out += "\n\n";
  out += fmt::format("Jobcentret har vurderet din sag pr. {} efter regelsættet {} ({}{}).\n\n",
                     letter_date(d.on), quoted(rs.title.empty() ? rs.id : rs.title), rs.id,
                     rs.version.empty() ? "" : ", version " + rs.version);
  write_outcome(d, out);
  write_basis(d, out);
  write_notes(d, out);
  out += '\n';
  out += kLetterDraftMark;
  out += '\n';
}

}  // namespace nytte
