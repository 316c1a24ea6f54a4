// Applying a rule set to one person on one date.
#include "decide/eligibility.h"

#include <algorithm>
#include <cmath>

#include "nytte/i18n.h"

namespace nytte {
namespace {

bool contains(const std::vector<std::string_view>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

using MissingLists = std::vector<std::vector<std::string_view>>;

// A new reason, its `missing` list using the memory of an earlier one.
Reason& new_reason(Decision& out, MissingLists& spare) {
  Reason& r = out.reasons.emplace_back();
  if (!spare.empty()) {
    r.missing = std::move(spare.back());
    spare.pop_back();
  }
  return r;
}

// Tries one boolean rule and records the reason. Returns what it found.
Tri try_rule(RuleKind kind, const RuleHeader& h, const CompiledExpr& when, const EvalContext& ctx,
             Decision& out, MissingLists& spare) {
  Reason& r = new_reason(out, spare);
  r.kind = kind;
  r.rule = &h;
  r.expr = &when;
  r.in_force = h.valid.contains(ctx.on);
  r.held = Tri::no;
  r.missing.clear();
  if (!r.in_force) return Tri::no;
  r.held = eval_condition(when, ctx, &r.missing);
  return r.held;
}

// The groups a person is in and not exempted from: the ones that give a
// track and hours.
bool in_effect(const Decision& d, std::string_view group) {
  return contains(d.target_groups, group) && !contains(d.exempt_from, group);
}

bool any_in_effect(const std::vector<std::string>& groups, const Decision& d) {
  if (groups.empty()) return true;
  return std::any_of(groups.begin(), groups.end(),
                     [&](const std::string& g) { return in_effect(d, g); });
}

bool qualifies(const Track& t, const Decision& d) {
  return any_in_effect(t.groups, d);
}

bool reads(const CompiledExpr& e, std::string_view field) {
  return std::find(e.reads.begin(), e.reads.end(), field) != e.reads.end();
}

void assume(Decision& out, std::string_view field, std::string value) {
  for (const Assumption& a : out.assumptions) {
    if (a.field == field) return;
  }
  out.assumptions.push_back({field, std::move(value)});
}

void add_missing(Decision& out, const std::vector<std::string_view>& missing) {
  for (std::string_view m : missing) {
    if (!contains(out.missing_fields, m)) out.missing_fields.push_back(m);
  }
}

// Chooses the track: the assigned one when the person qualifies for it, else
// the first qualified track whose proposal condition holds.
void choose_track(const RuleSet& rules, const EvalContext& ctx, Decision& out,
                  MissingLists& spare) {
  const Citizen& c = ctx.citizen;
  if (c.assigned_track) {
    for (const Track& t : rules.tracks) {
      if (t.h.id == *c.assigned_track && t.h.valid.contains(ctx.on) && qualifies(t, out)) {
        out.track = &t;
        out.track_assigned = true;
        Reason& r = out.reasons.emplace_back();
        r = Reason{RuleKind::track, &t.h, nullptr, true, Tri::yes, 0, {}};
        return;
      }
    }
  }
  for (const Track& t : rules.tracks) {
    if (!t.h.valid.contains(ctx.on) || !qualifies(t, out)) continue;
    if (!t.propose) {
      Reason& r = out.reasons.emplace_back();
      r = Reason{RuleKind::track, &t.h, nullptr, true, Tri::yes, 0, {}};
      out.track = &t;
      return;
    }
    Tri held = try_rule(RuleKind::track, t.h, *t.propose, ctx, out, spare);
    if (held == Tri::yes) {
      out.track = &t;
      return;
    }
    if (held == Tri::unknown) add_missing(out, out.reasons.back().missing);
  }
}

// The warning of a person whose hours rule divided by zero (an infinite or
// undefined figure is no requirement); its hours reason names the rule.
[[gnu::cold, gnu::noinline]] void divided_by_zero(Decision& out) {
  static const DataWarning w = [] {
    DataWarning x;
    x.h.id = "division_by_zero";
    // English in JSON and CSV; the text for people translates it (decision_text.cc).
    x.h.title =
        N_("weekly hours undetermined: the hours rule divides by zero for this person (see the "
           "hours reason: the rule and the values it read)");
    return x;
  }();
  if (out.warnings.empty() || out.warnings.back() != &w) out.warnings.push_back(&w);
}

// An hours value of `kind`, as a reason: nullopt when it needs missing data
// or divides by zero.
std::optional<double> try_hours(RuleKind kind, const RuleHeader& h, const CompiledExpr& value,
                                const EvalContext& ctx, Decision& out, MissingLists& spare) {
  Reason& r = new_reason(out, spare);
  r.kind = kind;
  r.rule = &h;
  r.expr = &value;
  r.in_force = true;
  r.missing.clear();
  std::optional<double> hours = eval_number(value, ctx, &r.missing);
  if (!ctx.citizen.work_capacity_hours && reads(value, "work_capacity_hours") &&
      !(ctx.unasked && ctx.unasked->field(Field::work_capacity_hours))) {
    assume(out, "work_capacity_hours", "37");
  }
  if (hours && std::isfinite(*hours)) {
    r.held = Tri::yes;
    r.value = *hours;
    return std::max(0.0, *hours);
  }
  if (hours) divided_by_zero(out);
  r.held = Tri::unknown;
  r.value = 0;
  add_missing(out, r.missing);
  return std::nullopt;
}

// The track's hours if it states them, else the first hours rule in force
// for a group the person is in; else the source states none (null, never 0
// and never a figure borrowed from another group's law).
void required_hours(const RuleSet& rules, const EvalContext& ctx, Decision& out,
                    MissingLists& spare) {
  const RuleHeader* h = nullptr;
  const CompiledExpr* value = nullptr;
  if (out.track && out.track->hours) {
    h = &out.track->h;
    value = &*out.track->hours;
  } else {
    for (const HoursRule& r : rules.hours) {
      if (r.h.valid.contains(ctx.on) && any_in_effect(r.groups, out)) {
        h = &r.h;
        value = &r.hours;
        break;
      }
    }
  }
  out.required_weekly_hours.reset();
  if (value) {
    out.hours_stated = true;
    out.required_weekly_hours = try_hours(RuleKind::hours, *h, *value, ctx, out, spare);
  }
  if (out.track && out.track->max_hours) {
    out.max_weekly_hours =
        try_hours(RuleKind::max_hours, out.track->h, *out.track->max_hours, ctx, out, spare);
  }
}

}  // namespace

std::string_view rule_kind_name(RuleKind k) {
  switch (k) {
    case RuleKind::target_group:
      return "target_group";
    case RuleKind::exemption:
      return "exemption";
    case RuleKind::track:
      return "track";
    case RuleKind::hours:
      return "hours";
    case RuleKind::max_hours:
      return "max_hours";
  }
  return "?";
}

std::string_view status_name(Status s) {
  switch (s) {
    case Status::eligible:
      return "eligible";
    case Status::not_eligible:
      return "not_eligible";
    case Status::exempt:
      return "exempt";
    case Status::undetermined:
      return "undetermined";
  }
  return "?";
}

namespace {

// A municipality's own group, tried for a person recorded in another
// municipality: a reason that says so, not an evaluation.
bool other_municipality(const TargetGroup& g, const EvalContext& ctx, Decision& out,
                        MissingLists& spare) {
  if (g.municipality.empty() || !g.h.valid.contains(ctx.on)) return false;
  const std::optional<std::string>& m = ctx.citizen.municipality;
  if (!m) {
    assume(out, "municipality", g.municipality);
    return false;
  }
  if (*m == g.municipality) return false;
  Reason& r = new_reason(out, spare);
  r = Reason{RuleKind::target_group, &g.h, &g.when, true, Tri::no, 0, {}, true};
  return true;
}

void try_groups(const RuleSet& rules, const EvalContext& ctx, Decision& out, MissingLists& spare,
                std::vector<std::string_view>& unknown) {
  for (const TargetGroup& g : rules.target_groups) {
    if (other_municipality(g, ctx, out, spare)) continue;
    Tri held = try_rule(RuleKind::target_group, g.h, g.when, ctx, out, spare);
    if (held == Tri::yes) out.target_groups.push_back(g.h.id);
    if (held == Tri::unknown) unknown.push_back(g.h.id);
  }
}

struct ExemptionsTried {
  std::vector<const Exemption*>& held;
  std::vector<const Exemption*>& unknown;
};

void try_exemptions(const RuleSet& rules, const EvalContext& ctx, Decision& out,
                    MissingLists& spare, ExemptionsTried& tried) {
  for (const Exemption& e : rules.exemptions) {
    Tri held = try_rule(RuleKind::exemption, e.h, e.when, ctx, out, spare);
    if (held == Tri::unknown) tried.unknown.push_back(&e);
    if (held != Tri::yes) continue;
    tried.held.push_back(&e);
    out.exemptions.push_back(e.h.id);
    for (std::string_view g : out.target_groups) {
      if (e.covers(g) && !contains(out.exempt_from, g)) out.exempt_from.push_back(g);
    }
  }
}

bool any_covers(const std::vector<const Exemption*>& es, std::string_view group) {
  return std::any_of(es.begin(), es.end(), [&](const Exemption* e) { return e->covers(group); });
}

// Eligible when a group is in effect that no undecided exemption could take
// away; exempt when every group met is exempted and no undecided group could
// still give one that is not; else undetermined or not eligible.
Status status_of(const Decision& out, const std::vector<std::string_view>& unknown_groups,
                 const ExemptionsTried& ex) {
  bool in_effect_somewhere = false;
  for (std::string_view g : out.target_groups) {
    if (contains(out.exempt_from, g)) continue;
    in_effect_somewhere = true;
    if (!any_covers(ex.unknown, g)) return Status::eligible;
  }
  if (in_effect_somewhere) return Status::undetermined;
  bool exempted_anyway = false;
  for (std::string_view g : unknown_groups) {
    if (!any_covers(ex.held, g)) return Status::undetermined;
    exempted_anyway = true;
  }
  // Groups undecided but exempted from anyway are exempt too.
  return out.target_groups.empty() && !exempted_anyway ? Status::not_eligible : Status::exempt;
}

void try_warnings(const RuleSet& rules, const EvalContext& ctx, Decision& out) {
  for (const DataWarning& w : rules.warnings) {
    if (w.h.valid.contains(ctx.on) && eval_condition(w.when, ctx) == Tri::yes) {
      out.warnings.push_back(&w);
    }
  }
}

void note_phase_in(const RuleSet& rules, Date on, Decision& out) {
  for (const TargetGroup& g : rules.target_groups) {
    if (g.phased_in_by && on < *g.phased_in_by && g.h.valid.contains(on) &&
        in_effect(out, g.h.id)) {
      out.phase_in.push_back(&g);
    }
  }
}

}  // namespace

void Decider::decide(const RuleSet& rules, const Citizen& c, Date on, Decision& out,
                     const UnaskedFields* unasked) {
  out.citizen = &c;
  out.rules = &rules;
  out.on = on;
  out.target_groups.clear();
  out.exemptions.clear();
  out.exempt_from.clear();
  out.track = nullptr;
  out.track_assigned = false;
  out.required_weekly_hours = 0;
  out.hours_stated = false;
  out.max_weekly_hours.reset();
  out.phase_in.clear();
  out.warnings.clear();
  out.assumptions.clear();
  out.missing_fields.clear();
  for (Reason& r : out.reasons) {
    if (r.missing.capacity() > 0) {
      r.missing.clear();
      spare_missing_.push_back(std::move(r.missing));
    }
  }
  out.reasons.clear();

  EvalContext ctx{c, on, &eval_, unasked};
  std::vector<std::string_view>& unknown_groups = unknown_groups_;
  unknown_groups.clear();
  try_groups(rules, ctx, out, spare_missing_, unknown_groups);
  exemptions_held_.clear();
  exemptions_unknown_.clear();
  ExemptionsTried exemptions{exemptions_held_, exemptions_unknown_};
  // Exemptions are tried when a group holds or could: an exemption that
  // holds settles a group left undecided by missing data (a person under the
  // Ukraine special act is not covered by the arbejdspligt, whatever their
  // residence figures).
  if (!out.target_groups.empty() || !unknown_groups.empty()) {
    try_exemptions(rules, ctx, out, spare_missing_, exemptions);
  }

  out.status = status_of(out, unknown_groups, exemptions);
  out.eligible = out.status == Status::eligible;

  if (out.status == Status::undetermined) {
    for (const Reason& r : out.reasons) {
      if (r.held == Tri::unknown) add_missing(out, r.missing);
    }
  }
  if (out.eligible) {
    choose_track(rules, ctx, out, spare_missing_);
    required_hours(rules, ctx, out, spare_missing_);
    note_phase_in(rules, on, out);
  }
  try_warnings(rules, ctx, out);
  std::sort(out.missing_fields.begin(), out.missing_fields.end());
}

void decide(const RuleSet& rules, const Citizen& c, Date on, Decision& out) {
  Decider().decide(rules, c, on, out);
}

}  // namespace nytte
