// Applying a rule set to one person on one date.
#include "eligibility.h"

#include <algorithm>

namespace nytte {
namespace {

bool contains(const std::vector<std::string_view>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// A new reason, its `missing` list using the memory of an earlier one.
Reason& new_reason(Decision& out) {
  Reason& r = out.reasons.emplace_back();
  if (!out.spare_missing.empty()) {
    r.missing = std::move(out.spare_missing.back());
    out.spare_missing.pop_back();
  }
  return r;
}

// Tries one boolean rule and records the reason. Returns what it found.
Tri try_rule(RuleKind kind, const RuleHeader& h, const CompiledExpr& when, const EvalContext& ctx,
             Decision& out) {
  Reason& r = new_reason(out);
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

bool qualifies(const Track& t, const Decision& d) {
  if (t.groups.empty()) return true;
  return std::any_of(t.groups.begin(), t.groups.end(),
                     [&](const std::string& g) { return contains(d.target_groups, g); });
}

void add_missing(Decision& out, const std::vector<std::string_view>& missing) {
  for (std::string_view m : missing) {
    if (!contains(out.missing_fields, m)) out.missing_fields.push_back(m);
  }
}

// Chooses the track: the assigned one when the person qualifies for it, else
// the first qualified track whose proposal condition holds.
void choose_track(const RuleSet& rules, const EvalContext& ctx, Decision& out) {
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
    Tri held = try_rule(RuleKind::track, t.h, *t.propose, ctx, out);
    if (held == Tri::yes) {
      out.track = &t;
      return;
    }
    if (held == Tri::unknown) add_missing(out, out.reasons.back().missing);
  }
}

void required_hours(const RuleSet& rules, const EvalContext& ctx, Decision& out) {
  const RuleHeader* h = nullptr;
  const CompiledExpr* value = nullptr;
  if (out.track && out.track->hours) {
    h = &out.track->h;
    value = &*out.track->hours;
  } else {
    for (const HoursRule& r : rules.hours) {
      if (r.h.valid.contains(ctx.on)) {
        h = &r.h;
        value = &r.hours;
        break;
      }
    }
  }
  if (!value) return;
  Reason& r = new_reason(out);
  r.kind = RuleKind::hours;
  r.rule = h;
  r.expr = value;
  r.in_force = true;
  r.missing.clear();
  std::optional<double> hours = eval_number(*value, ctx, &r.missing);
  r.held = hours ? Tri::yes : Tri::unknown;
  r.value = hours.value_or(0);
  if (hours) {
    out.required_weekly_hours = std::max(0.0, *hours);
  } else {
    add_missing(out, r.missing);
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

void decide(const RuleSet& rules, const Citizen& c, Date on, Decision& out) {
  out.citizen = &c;
  out.rules = &rules;
  out.on = on;
  out.target_groups.clear();
  out.exemptions.clear();
  out.track = nullptr;
  out.track_assigned = false;
  out.required_weekly_hours = 0;
  out.missing_fields.clear();
  for (Reason& r : out.reasons) {
    if (r.missing.capacity() > 0) {
      r.missing.clear();
      out.spare_missing.push_back(std::move(r.missing));
    }
  }
  out.reasons.clear();

  EvalContext ctx{c, on};
  bool group_unknown = false;
  for (const TargetGroup& g : rules.target_groups) {
    Tri held = try_rule(RuleKind::target_group, g.h, g.when, ctx, out);
    if (held == Tri::yes) out.target_groups.push_back(g.h.id);
    if (held == Tri::unknown) group_unknown = true;
  }
  bool exemption_unknown = false;
  if (!out.target_groups.empty()) {
    for (const Exemption& e : rules.exemptions) {
      Tri held = try_rule(RuleKind::exemption, e.h, e.when, ctx, out);
      if (held == Tri::yes) out.exemptions.push_back(e.h.id);
      if (held == Tri::unknown) exemption_unknown = true;
    }
  }

  if (!out.target_groups.empty() && !out.exemptions.empty()) {
    out.status = Status::exempt;
  } else if (!out.target_groups.empty() && !exemption_unknown) {
    out.status = Status::eligible;
  } else if (group_unknown || exemption_unknown) {
    out.status = Status::undetermined;
  } else {
    out.status = Status::not_eligible;
  }
  out.eligible = out.status == Status::eligible;

  if (out.status == Status::undetermined) {
    for (const Reason& r : out.reasons) {
      if (r.held == Tri::unknown) add_missing(out, r.missing);
    }
  }
  if (out.eligible) {
    choose_track(rules, ctx, out);
    required_hours(rules, ctx, out);
  }
  std::sort(out.missing_fields.begin(), out.missing_fields.end());
}

}  // namespace nytte
