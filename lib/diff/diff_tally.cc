// Counting a diff while the population streams past (DiffTally): each
// person decided on both sides, the two decisions compared and counted, and
// for the people whose decision changed, the rules whose value changed.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/duration.h"
#include "diff/diff.h"
#include "report/counts.h"
#include "report/package_key.h"
#include "schedule/package.h"

namespace nytte {
namespace {

using reporting::bump;  // and one for pairs, below

constexpr int kBefore = 0, kAfter = 1;

std::string_view track_id(const Decision& d) {
  return d.track ? std::string_view(d.track->h.id) : std::string_view();
}

// The ids met, in rule order, joined with "+" ("" = none), into `key`.
void groups_key(const Decision& d, std::string& key) {
  key.clear();
  for (std::string_view id : d.target_groups) {
    if (!key.empty()) key += '+';
    key += id;
  }
}

// One more for the pair `key`, which is copied only when new.
void bump(std::map<std::pair<std::string, std::string>, uint64_t>& counts,
          const std::pair<std::string, std::string>& key) {
  auto it = counts.find(key);
  if (it == counts.end()) {
    counts.emplace(key, 1);
  } else {
    ++it->second;
  }
}

// The rules of a rule set by kind and id (versions of one id once): a rule
// the decision gave no reason for is not_tried when the rule set has it,
// else absent.
using RuleIds = std::vector<std::pair<RuleKind, std::string_view>>;

RuleIds rule_ids(const RuleSet& rules) {
  RuleIds v;
  auto add = [&](RuleKind kind, const RuleHeader& h) { v.emplace_back(kind, h.id); };
  for (const TargetGroup& g : rules.target_groups) add(RuleKind::target_group, g.h);
  for (const Exemption& e : rules.exemptions) add(RuleKind::exemption, e.h);
  for (const Track& t : rules.tracks) add(RuleKind::track, t.h);
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

bool is_hours(RuleKind k) {
  return k == RuleKind::hours || k == RuleKind::max_hours;
}

// The value of the boolean rule (kind, id) in `d` (docs/diff.md): the
// reason of the version in force; a rule tried only in versions not in
// force: not_in_force; one the decision did not try (an exemption of
// someone in no group, a track after the one chosen): not_tried when the
// rule set has it, else absent.
ConditionValue value_of(const Decision& d, const RuleIds& ids, RuleKind kind, std::string_view id) {
  bool tried = false;
  for (const Reason& r : d.reasons) {
    if (r.kind != kind || r.rule->id != id) continue;
    tried = true;
    if (!r.in_force) continue;
    if (r.held == Tri::unknown) return ConditionValue::unknown;
    return r.held == Tri::yes ? ConditionValue::yes : ConditionValue::no;
  }
  if (tried) return ConditionValue::not_in_force;
  bool has = std::binary_search(ids.begin(), ids.end(), std::pair(kind, id));
  return has ? ConditionValue::not_tried : ConditionValue::absent;
}

// A boolean rule's value as the decision saw it: a rule not in force, or
// not in the rule set, holds for no one.
ConditionValue effective(ConditionValue v) {
  return v == ConditionValue::not_in_force || v == ConditionValue::absent ? ConditionValue::no : v;
}

// The hours of one kind a decision was given, and by which rule (the
// track's, or the rule set's hours rule): none when no rule gave any.
struct HoursGiven {
  enum State : uint8_t { none, unknown, value } state = none;
  int minutes = 0;
  const RuleHeader* rule = nullptr;
  bool operator==(const HoursGiven& o) const {
    return state == o.state && (state != value || minutes == o.minutes);
  }
};

HoursGiven hours_given(const Decision& d, RuleKind kind) {
  for (const Reason& r : d.reasons) {
    if (r.kind != kind || !r.in_force) continue;
    if (r.held == Tri::unknown) return {HoursGiven::unknown, 0, r.rule};
    return {HoursGiven::value, hours_to_minutes(r.value), r.rule};
  }
  return {};
}

template <class Op>
void combine(DiffSideTally& a, const DiffSideTally& b, Op op) {
  for (int i = 0; i < 4; ++i) a.by_status[i] = op(a.by_status[i], b.by_status[i]);
  a.covered = op(a.covered, b.covered);
  a.required_minutes = op(a.required_minutes, b.required_minutes);
  a.hours_stated = op(a.hours_stated, b.hours_stated);
  a.hours_not_stated = op(a.hours_not_stated, b.hours_not_stated);
  a.hours_unknown = op(a.hours_unknown, b.hours_unknown);
  for (const auto& [k, v] : b.by_track) a.by_track[k] = op(a.by_track[k], v);
  for (const auto& [k, v] : b.track_minutes) a.track_minutes[k] = op(a.track_minutes[k], v);
  for (const auto& [k, v] : b.track_stated) a.track_stated[k] = op(a.track_stated[k], v);
  for (const auto& [k, v] : b.demand) a.demand[k] = op(a.demand[k], v);
}

// a = op(a, b) for every count: merge adds, remove subtracts (unsigned
// counts wrap and come right once everything removed has been added).
template <class Op>
void combine(DiffTally& a, const DiffTally& b, Op op) {
  a.people = op(a.people, b.people);
  a.changed = op(a.changed, b.changed);
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j) a.status[i][j] = op(a.status[i][j], b.status[i][j]);
  for (const auto& [k, v] : b.groups) a.groups[k] = op(a.groups[k], v);
  for (const auto& [k, v] : b.tracks) a.tracks[k] = op(a.tracks[k], v);
  for (int s = 0; s < 2; ++s) combine(a.side[s], b.side[s], op);
  for (const auto& [k, v] : b.conditions) {
    ConditionChange& m = a.conditions[k];
    m.people = op(m.people, v.people);
    m.to_yes = op(m.to_yes, v.to_yes);
    m.to_no = op(m.to_no, v.to_no);
    m.to_other = op(m.to_other, v.to_other);
  }
}

template <class Map>
void drop_zeros(Map& m) {
  std::erase_if(m, [](const auto& kv) { return kv.second == 0; });
}

}  // namespace

std::string_view condition_value_name(ConditionValue v) {
  switch (v) {
    case ConditionValue::yes:
      return "yes";
    case ConditionValue::no:
      return "no";
    case ConditionValue::unknown:
      return "unknown";
    case ConditionValue::not_in_force:
      return "not_in_force";
    case ConditionValue::not_tried:
      return "not_tried";
    case ConditionValue::absent:
      return "absent";
  }
  return "?";
}

unsigned changed_parts(const Decision& a, const Decision& b) {
  unsigned parts = 0;
  if (a.status != b.status) parts |= 1u << 0;
  if (a.target_groups != b.target_groups) parts |= 1u << 1;
  if (a.exemptions != b.exemptions) parts |= 1u << 2;
  if (track_id(a) != track_id(b)) parts |= 1u << 3;
  if (a.required_weekly_hours != b.required_weekly_hours) parts |= 1u << 4;
  if (a.max_weekly_hours != b.max_weekly_hours) parts |= 1u << 5;
  return parts;
}

bool decision_changed(const Decision& a, const Decision& b) {
  return changed_parts(a, b) != 0;
}

// A side's packages with every offer free, as report's capacity section
// makes them: one build a package key, the offers held kept by key.
struct FreePackages {
  explicit FreePackages(const RuleSet& rules) : free_seats(rules) {}
  PackageCache cache;
  SeatBook free_seats;
  std::unordered_map<std::string, std::vector<uint32_t>> held;  // package key -> offers
  std::string key;
};

struct DiffTally::Scratch {
  Decider decider[2];
  Decision decision[2];
  RuleIds ids[2];
  std::optional<FreePackages> packages[2];  // when counted
  std::pair<std::string, std::string> pair;
  ConditionKey condition;
  std::vector<std::pair<RuleKind, std::string_view>> tried;
};

DiffTally::DiffTally(const DiffOptions& options)
    : options_(options), scratch_(std::make_unique<Scratch>()) {
  const DiffSide* sides[2] = {&options.before, &options.after};
  for (int s = 0; s < 2; ++s) {
    const RuleSet& rules = *sides[s]->rules;
    scratch_->ids[s] = rule_ids(rules);
    if (options.packages && !rules.offers.empty()) scratch_->packages[s].emplace(rules);
  }
}

DiffTally::~DiffTally() = default;
DiffTally::DiffTally(DiffTally&&) noexcept = default;

const Decision& DiffTally::before() const {
  return scratch_->decision[kBefore];
}

const Decision& DiffTally::after() const {
  return scratch_->decision[kAfter];
}

namespace {

void count_side(const Citizen& c, const Decision& d, std::optional<FreePackages>& packages,
                DiffSideTally& t) {
  ++t.by_status[static_cast<int>(d.status)];
  if (!d.eligible) return;
  ++t.covered;
  std::string_view track = track_id(d);
  bump(t.by_track, track);
  if (d.required_weekly_hours) {
    int64_t minutes = hours_to_minutes(*d.required_weekly_hours);
    t.required_minutes += minutes;
    ++t.hours_stated;
    bump(t.track_stated, track);
    // Only minutes counted make a key: a key is never left at zero.
    if (minutes != 0) {
      auto it = t.track_minutes.find(track);
      if (it == t.track_minutes.end()) {
        t.track_minutes.emplace(std::string(track), minutes);
      } else {
        it->second += minutes;
      }
    }
  } else {
    ++(d.hours_stated ? t.hours_unknown : t.hours_not_stated);
  }
  if (!packages) return;
  FreePackages& p = *packages;
  const RuleSet& rules = *d.rules;
  Date start = c.start_date.value_or(d.on);
  package_key(rules, c, d, start, p.key);
  auto it = p.held.find(p.key);
  if (it == p.held.end()) {
    PackageResult r = build_package(rules, c, d, start, p.free_seats, p.cache);
    std::vector<bool> held = offers_held(rules, r);
    std::vector<uint32_t> offers;
    for (uint32_t k = 0; k < held.size(); ++k)
      if (held[k]) offers.push_back(k);
    if (p.held.size() > 100000) p.held.clear();  // memory bounded, as report's
    it = p.held.emplace(p.key, std::move(offers)).first;
  }
  for (uint32_t k : it->second) bump(t.demand, rules.offers[k].h.id);
}

}  // namespace

bool DiffTally::add(const Citizen& c) {
  Scratch& s = *scratch_;
  Decision& b = s.decision[kBefore];
  Decision& a = s.decision[kAfter];
  s.decider[kBefore].decide(*options_.before.rules, c, options_.before.on, b);
  s.decider[kAfter].decide(*options_.after.rules, c, options_.after.on, a);
  ++people;
  ++status[static_cast<int>(b.status)][static_cast<int>(a.status)];
  groups_key(b, s.pair.first);
  groups_key(a, s.pair.second);
  bump(groups, s.pair);
  s.pair.first.assign(b.eligible ? track_id(b) : std::string_view());
  s.pair.second.assign(a.eligible ? track_id(a) : std::string_view());
  bump(tracks, s.pair);
  count_side(c, b, s.packages[kBefore], side[kBefore]);
  count_side(c, a, s.packages[kAfter], side[kAfter]);
  if (!decision_changed(b, a)) return false;
  ++changed;
  count_conditions();
  return true;
}

// The rules whose value changed for the changed person just decided: any
// boolean rule either decision gave a reason for, compared by kind and id
// as the decision saw it (a rule not in force, or not in the rule set,
// holds for no one); and the hours, under the rule that gave them.
void DiffTally::count_conditions() {
  Scratch& s = *scratch_;
  s.tried.clear();
  for (const Decision& d : s.decision)
    for (const Reason& r : d.reasons)
      if (!is_hours(r.kind)) s.tried.emplace_back(r.kind, r.rule->id);
  std::sort(s.tried.begin(), s.tried.end());
  s.tried.erase(std::unique(s.tried.begin(), s.tried.end()), s.tried.end());
  for (const auto& [kind, id] : s.tried) {
    ConditionValue b = value_of(s.decision[kBefore], s.ids[kBefore], kind, id);
    ConditionValue a = value_of(s.decision[kAfter], s.ids[kAfter], kind, id);
    if (a == ConditionValue::not_tried || b == ConditionValue::not_tried) continue;
    a = effective(a);
    if (a == effective(b)) continue;
    ConditionChange& m = change_of(kind, id);
    ++m.people;
    ++(a == ConditionValue::yes ? m.to_yes : a == ConditionValue::no ? m.to_no : m.to_other);
  }
  for (RuleKind kind : {RuleKind::hours, RuleKind::max_hours}) {
    HoursGiven b = hours_given(s.decision[kBefore], kind);
    HoursGiven a = hours_given(s.decision[kAfter], kind);
    if (a == b) continue;
    ConditionChange& m = change_of(kind, a.rule ? a.rule->id : b.rule->id);
    ++m.people;
    bool values = a.state == HoursGiven::value && b.state == HoursGiven::value;
    ++(!values ? m.to_other : a.minutes > b.minutes ? m.to_yes : m.to_no);
  }
}

ConditionChange& DiffTally::change_of(RuleKind kind, std::string_view id) {
  Scratch& s = *scratch_;
  s.condition.kind = kind;
  s.condition.id.assign(id);
  auto it = conditions.find(s.condition);
  if (it == conditions.end()) it = conditions.emplace(s.condition, ConditionChange{}).first;
  return it->second;
}

void DiffTally::merge(const DiffTally& o) {
  combine(*this, o, std::plus<>{});
}

void DiffTally::remove(const DiffTally& o) {
  combine(*this, o, std::minus<>{});
  drop_zeros(groups);
  drop_zeros(tracks);
  for (DiffSideTally& t : side) {
    drop_zeros(t.by_track);
    drop_zeros(t.track_minutes);
    drop_zeros(t.track_stated);
    drop_zeros(t.demand);
  }
  std::erase_if(conditions, [](const auto& kv) { return kv.second.people == 0; });
}

}  // namespace nytte
