// The package search (docs/packages.md, "How the choice is made").
//
// The week is searched day by day. For one day, a dynamic programme over the
// slots in order of start time keeps, for every (end time, place, counted
// minutes, mandatory minutes) reached, the best way of reaching it; the
// days' results are then combined the same way over (week minutes,
// mandatory minutes). Every quantity the objective ranks by is a sum over
// the blocks, so keeping the best of each state loses no better package:
// the search is exact. Whole-course offers (take = "all") span days; each
// subset of them is tried with its slots fixed.
#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schedule/search.h"
#include "schedule/state_index.h"

namespace nytte {
namespace search {
namespace {

constexpr size_t kMaxWholeCourse = 10;  // 2^10 subsets at most
constexpr int kMaxGroupNodes = 4096;    // branches of the group search
constexpr size_t kMaxGroupSize = 4;     // members of a group searched in a large catalogue

// The part of the objective after mandatory and total minutes: minutes in
// each tier, blocks and order, each a sum over the blocks taken.
struct AdditiveScore {
  std::array<int, kMaxTiers> tiers{};
  int blocks = 0;
  int64_t order = 0;
  AdditiveScore operator+(const AdditiveScore& o) const {
    AdditiveScore v;
    for (int i = 0; i < kMaxTiers; ++i) v.tiers[i] = tiers[i] + o.tiers[i];
    v.blocks = blocks + o.blocks;
    v.order = order + o.order;
    return v;
  }
  bool better_than(const AdditiveScore& o) const {
    if (tiers != o.tiers) return tiers > o.tiers;
    if (blocks != o.blocks) return blocks < o.blocks;
    return order < o.order;
  }
};

// A slot of a candidate as the day's search takes it.
struct Item {
  uint32_t cand, slot;
  int day, from, to;
  int counted;
  int tier;
  uint32_t mask;
  int loc;
  bool fixed;
  int64_t order;
};

using Parts = std::array<int, kMaxParts>;

// The (minutes, mandatory minutes) half of a state's key; each fits in 16
// bits (a week has 10,080 minutes).
uint64_t pack(int minutes, const Parts& parts) {
  uint64_t k = static_cast<uint16_t>(minutes);
  for (int i = 0; i < kMaxParts; ++i)
    k |= static_cast<uint64_t>(static_cast<uint16_t>(parts[i])) << (16 * (i + 1));
  return k;
}

// A partial day: where it ends and what it adds up to; the items taken are
// a chain of (item, previous) links in the day's trail.
struct DayState {
  int end = -1;
  int loc = -1;
  int minutes = 0;
  Parts parts{};
  AdditiveScore val;
  int32_t link = -1;  // last link of the trail, -1: nothing taken
  bool dead = false;  // another state is at least as good (settle)
};

struct Link {
  uint16_t item;
  int32_t prev;
};

struct DayOption {
  int minutes = 0;
  Parts parts{};
  AdditiveScore val;
  std::vector<uint16_t> items;
};

// What every branch of one problem's search shares: the places and the
// travel between them, and every candidate's slots as items by day in the
// order the day's search takes them.
struct Prepared {
  explicit Prepared(const Problem& p) : p(p) {
    std::unordered_map<std::string_view, int> loc_of;
    std::vector<std::string_view> locs;
    std::vector<int> cand_loc(p.candidates.size());
    for (size_t ci = 0; ci < p.candidates.size(); ++ci) {
      auto [at, inserted] =
          loc_of.emplace(p.candidates[ci].location, static_cast<int>(locs.size()));
      if (inserted) locs.push_back(p.candidates[ci].location);
      cand_loc[ci] = at->second;
    }
    nloc = static_cast<int>(locs.size());
    travel.assign(locs.size() * locs.size(), 0);
    for (size_t a = 0; a < locs.size(); ++a) {
      for (size_t b = 0; b < locs.size(); ++b) {
        travel[a * locs.size() + b] = p.transport ? p.transport->between(locs[a], locs[b]) : 0;
      }
    }
    counts_travel = p.transport && p.transport->counts;
    for (int t : travel) max_travel = std::max(max_travel, t);
    for (size_t k = 0; k < p.part_targets.size() && k < kMaxParts; ++k)
      part_target[k] = p.part_targets[k];
    for (uint32_t ci = 0; ci < p.candidates.size(); ++ci) {
      const Candidate& c = p.candidates[ci];
      for (uint32_t si = 0; si < c.slots.size(); ++si) {
        const Span& s = c.slots[si];
        Item it;
        it.cand = ci;
        it.slot = si;
        it.day = static_cast<int>(s.day);
        it.from = s.from.minutes;
        it.to = s.to.minutes;
        it.counted = c.counts ? it.to - it.from + c.preparation : 0;
        it.tier = std::min(c.tier, kMaxTiers - 1);
        it.mask = c.part_mask;
        it.loc = cand_loc[ci];
        it.fixed = false;
        it.order = static_cast<int64_t>(ci) * 1024 + si;
        items[it.day].push_back(it);
      }
    }
    for (auto& day : items) {
      std::sort(day.begin(), day.end(), [](const Item& a, const Item& b) {
        if (a.from != b.from) return a.from < b.from;
        if (a.to != b.to) return a.to < b.to;
        return a.order < b.order;
      });
    }
  }

  const Problem& p;
  int nloc = 0;
  std::vector<int> travel;
  int max_travel = 0;
  bool counts_travel = false;
  Parts part_target{};
  std::array<std::vector<Item>, 7> items;
};

// The search of one branch: the problem without the candidates `off` marks.
class Searcher {
 public:
  Searcher(const Prepared& pre, const std::vector<char>& off) : pre_(pre), p_(pre.p) {
    for (uint32_t ci = 0; ci < p_.candidates.size(); ++ci) {
      if (p_.candidates[ci].take_all && !off[ci]) whole_.push_back(ci);
    }
    for (int d = 0; d < 7; ++d) {
      for (const Item& it : pre.items[d])
        if (!off[it.cand]) items_[d].push_back(it);
    }
  }

  Solution run() {
    Solution best;
    bool found = false;
    BestWeek best_week;
    size_t n = std::min(whole_.size(), kMaxWholeCourse);
    best.exact = whole_.size() <= kMaxWholeCourse;
    std::array<std::vector<DayOption>, 7> base;
    for (int d = 0; d < 7; ++d) base[d] = day_options(d, 0);
    for (uint32_t subset = 0; subset < (1u << n); ++subset) {
      std::array<const std::vector<DayOption>*, 7> days;
      std::array<std::vector<DayOption>, 7> own;
      uint32_t taken = 0;
      for (size_t i = 0; i < whole_.size(); ++i) {
        if (i < n && (subset >> i & 1)) taken |= 1u << i;
      }
      // Two whole courses of one group break the group rule in every
      // package (the group search would only split them again).
      if (!one_per_group(taken)) continue;
      // The days a taken course has no slot on are the base days.
      std::array<bool, 7> touched{};
      for (size_t i = 0; i < n; ++i) {
        if (!(taken >> i & 1)) continue;
        for (const Span& sl : p_.candidates[whole_[i]].slots)
          touched[static_cast<int>(sl.day)] = true;
      }
      bool feasible = true;
      for (int d = 0; d < 7; ++d) {
        if (touched[d]) {
          own[d] = day_options(d, taken);
          days[d] = &own[d];
        } else {
          days[d] = &base[d];
        }
        if (days[d]->empty()) feasible = false;
      }
      if (!feasible) continue;
      BestWeek w = combine(days);
      if (!w.found) continue;
      if (!found || w.better_than(best_week)) {
        found = true;
        best_week = w;
        best.chosen.clear();
        for (int d = 0; d < 7; ++d) {
          const DayOption& o = (*days[d])[w.choice[d]];
          for (uint16_t ix : o.items) {
            const Item& it = day_items(d, taken)[ix];
            best.chosen.push_back({it.cand, it.slot});
          }
        }
      }
    }
    if (found) {
      std::optional<Score> s = score_of(p_, best.chosen);
      if (s) best.score = *s;
    } else {
      best.score = *score_of(p_, {});
    }
    return best;
  }

 private:
  struct BestWeek {
    bool found = false;
    int parts = 0;
    int total = 0;
    AdditiveScore val;
    std::array<size_t, 7> choice{};
    bool better_than(const BestWeek& o) const {
      if (parts != o.parts) return parts > o.parts;
      if (total != o.total) return total > o.total;
      return val.better_than(o.val);
    }
  };

  bool one_per_group(uint32_t taken) const {
    for (size_t i = 0; i < whole_.size() && i < 32; ++i) {
      int g = p_.candidates[whole_[i]].group;
      if (!(taken >> i & 1) || g < 0) continue;
      for (size_t j = i + 1; j < whole_.size() && j < 32; ++j) {
        if ((taken >> j & 1) && p_.candidates[whole_[j]].group == g) return false;
      }
    }
    return true;
  }

  // The day's items, with the whole-course candidates of `taken` fixed and
  // the others left out.
  const std::vector<Item>& day_items(int d, uint32_t taken) {
    scratch_[d].clear();
    for (const Item& it : items_[d]) {
      const Candidate& c = p_.candidates[it.cand];
      if (!c.take_all) {
        scratch_[d].push_back(it);
        continue;
      }
      size_t w = std::find(whole_.begin(), whole_.end(), it.cand) - whole_.begin();
      if (w < 32 && (taken >> w & 1)) {
        Item f = it;
        f.fixed = true;
        scratch_[d].push_back(f);
      }
    }
    return scratch_[d];
  }

  int cap_part(int k, int v) const { return std::min(v, pre_.part_target[k]); }

  std::vector<DayOption> day_options(int d, uint32_t taken) {
    const std::vector<Item>& items = day_items(d, taken);
    std::vector<DayState>& states = states_;
    std::vector<Link>& trail = trail_;
    states.assign(1, DayState{});
    trail.clear();
    index_.clear();
    auto key_a = [](const DayState& n) {
      return static_cast<uint64_t>(static_cast<uint32_t>(n.end)) << 32 |
             static_cast<uint32_t>(n.loc);
    };
    int swept = INT_MIN;
    for (size_t j = 0; j < items.size(); ++j) {
      const Item& it = items[j];
      if (it.from > swept) {
        settle(it.from - pre_.max_travel);
        swept = it.from;
      }
      // A fixed item must be taken: only the states that take it go on.
      std::vector<DayState>& into = it.fixed ? fixed_ : states;
      if (it.fixed) {
        fixed_.clear();
        index_.clear();
      }
      // New states end at it.to > it.from, so none of them can take this
      // item again: the loop runs over the states there were before it.
      size_t before = states.size();
      for (size_t i = 0; i < before; ++i) {
        const DayState& s = states[i];
        if (s.dead) continue;
        int travel = s.loc < 0 ? 0 : pre_.travel[s.loc * pre_.nloc + it.loc];
        if (s.end >= 0 && s.end + travel > it.from) continue;
        int minutes = s.minutes + it.counted + (pre_.counts_travel ? travel : 0);
        if (minutes > p_.daily_limit || minutes > p_.target) continue;
        DayState n;
        n.end = it.to;
        n.loc = it.loc;
        n.minutes = minutes;
        for (int k = 0; k < kMaxParts; ++k)
          n.parts[k] = cap_part(k, s.parts[k] + ((it.mask >> k & 1) ? it.counted : 0));
        n.val = s.val;
        n.val.tiers[it.tier] += it.counted;
        n.val.blocks += 1;
        n.val.order += it.order;
        bool inserted = false;
        uint32_t& at = index_.find_or_insert(key_a(n), pack(n.minutes, n.parts),
                                             static_cast<uint32_t>(into.size()), inserted);
        if (!inserted && !n.val.better_than(into[at].val)) continue;
        trail.push_back({static_cast<uint16_t>(j), s.link});
        n.link = static_cast<int32_t>(trail.size() - 1);
        if (inserted) {
          into.push_back(n);
        } else {
          into[at] = n;
        }
      }
      if (it.fixed) {
        states.swap(fixed_);
        if (states.empty()) return {};
      }
    }
    // The day's options: the best state for each (minutes, mandatory minutes).
    std::vector<DayOption> out;
    std::vector<int32_t> links;
    index_.clear();
    for (const DayState& s : states) {
      if (s.dead) continue;
      bool inserted = false;
      uint32_t& at = index_.find_or_insert(0, pack(s.minutes, s.parts),
                                           static_cast<uint32_t>(out.size()), inserted);
      if (inserted) {
        out.push_back({s.minutes, s.parts, s.val, {}});
        links.push_back(s.link);
      } else if (s.val.better_than(out[at].val)) {
        out[at] = {s.minutes, s.parts, s.val, {}};
        links[at] = s.link;
      }
    }
    for (size_t o = 0; o < out.size(); ++o) {
      for (int32_t l = links[o]; l >= 0; l = trail[static_cast<size_t>(l)].prev)
        out[o].items.push_back(trail[static_cast<size_t>(l)].item);
      std::reverse(out[o].items.begin(), out[o].items.end());
    }
    return out;
  }

  // Every item still to come starts at `limit` + the longest travel or
  // later, so a state that ends by `limit` can take any of them: its end no
  // longer matters, and of the states alike in all but the end (same place,
  // minutes and mandatory minutes) only the best can be part of the best
  // package. The others are marked dead.
  void settle(int limit) {
    for (size_t i = 0; i < states_.size(); ++i) {
      DayState& s = states_[i];
      if (s.dead || s.end < 0 || s.end > limit) continue;
      bool inserted = false;
      uint64_t a = uint64_t{0xFFFFFFFF} << 32 | static_cast<uint32_t>(s.loc);
      uint32_t& at =
          index_.find_or_insert(a, pack(s.minutes, s.parts), static_cast<uint32_t>(i), inserted);
      s.end = -1;
      if (inserted) continue;
      DayState& other = states_[at];
      if (s.val.better_than(other.val)) {
        other.dead = true;
        at = static_cast<uint32_t>(i);
      } else {
        s.dead = true;
      }
    }
  }

  BestWeek combine(const std::array<const std::vector<DayOption>*, 7>& days) {
    struct WeekState {
      int minutes = 0;
      Parts parts{};
      AdditiveScore val;
      std::array<size_t, 7> choice{};
    };
    // Without mandatory parts the week's best total is known before any
    // ranking: the largest sum of one option a day within the target. Only
    // week states from which that total can still be reached are kept (the
    // others cannot end in the best package); the rest is unchanged.
    std::array<Bits, 8> useful;
    const bool prune = p_.part_targets.empty();
    if (prune && !reachable_totals(days, useful)) return {};
    std::vector<WeekState> states(1);
    for (int d = 0; d < 7; ++d) {
      const std::vector<DayOption>& opts = *days[d];
      std::vector<WeekState> next;
      index_.clear();
      for (const WeekState& s : states) {
        for (size_t o = 0; o < opts.size(); ++o) {
          const DayOption& opt = opts[o];
          int minutes = s.minutes + opt.minutes;
          if (minutes > p_.target) continue;
          if (prune && !useful[d + 1].test(minutes)) continue;
          WeekState n;
          n.minutes = minutes;
          for (int k = 0; k < kMaxParts; ++k) n.parts[k] = cap_part(k, s.parts[k] + opt.parts[k]);
          n.val = s.val + opt.val;
          n.choice = s.choice;
          n.choice[d] = o;
          bool inserted = false;
          uint32_t& at = index_.find_or_insert(0, pack(n.minutes, n.parts),
                                               static_cast<uint32_t>(next.size()), inserted);
          if (inserted) {
            next.push_back(n);
          } else if (n.val.better_than(next[at].val)) {
            next[at] = n;
          }
        }
      }
      states = std::move(next);
    }
    BestWeek best;
    for (const WeekState& s : states) {
      BestWeek w;
      w.found = true;
      for (int k = 0; k < kMaxParts; ++k) w.parts += s.parts[k];
      w.total = s.minutes;
      w.val = s.val;
      w.choice = s.choice;
      if (!best.found || w.better_than(best)) best = w;
    }
    return best;
  }

  // A set of week minutes, 0 .. target.
  struct Bits {
    std::vector<uint64_t> w;
    void reset(int target) { w.assign(static_cast<size_t>(target) / 64 + 1, 0); }
    void set(int m) { w[static_cast<size_t>(m) / 64] |= uint64_t{1} << (m % 64); }
    bool test(int m) const { return w[static_cast<size_t>(m) / 64] >> (m % 64) & 1; }
    bool any() const {
      return std::any_of(w.begin(), w.end(), [](uint64_t x) { return x != 0; });
    }
    // this |= other shifted up (by > 0) or down (by < 0) that many minutes,
    // keeping what stays within 0 .. the last word.
    void or_shifted(const Bits& o, int by) {
      const int n = static_cast<int>(w.size());
      const int words = std::abs(by) / 64, bits = std::abs(by) % 64;
      for (int i = 0; i < n; ++i) {
        uint64_t v = 0;
        if (by >= 0) {
          int j = i - words;
          if (j >= 0) v |= o.w[static_cast<size_t>(j)] << bits;
          if (bits && j - 1 >= 0) v |= o.w[static_cast<size_t>(j - 1)] >> (64 - bits);
        } else {
          int j = i + words;
          if (j < n) v |= o.w[static_cast<size_t>(j)] >> bits;
          if (bits && j + 1 < n) v |= o.w[static_cast<size_t>(j + 1)] << (64 - bits);
        }
        w[static_cast<size_t>(i)] |= v;
      }
    }
    void and_with(const Bits& o) {
      for (size_t i = 0; i < w.size(); ++i) w[i] &= o.w[i];
    }
    void clip(int target) {  // drop minutes above target
      w.back() &= target % 64 == 63 ? ~uint64_t{0} : (uint64_t{1} << (target % 64 + 1)) - 1;
    }
  };

  // useful[d]: the minutes after d days from which the best total can still
  // be reached. False when no week fits the target.
  bool reachable_totals(const std::array<const std::vector<DayOption>*, 7>& days,
                        std::array<Bits, 8>& useful) const {
    std::array<Bits, 8> reach;
    for (Bits& b : reach) b.reset(p_.target);
    reach[0].set(0);
    std::vector<int> shifts;
    auto distinct_minutes = [&](int d) {
      shifts.clear();
      for (const DayOption& o : *days[d])
        if (o.minutes <= p_.target) shifts.push_back(o.minutes);
      std::sort(shifts.begin(), shifts.end());
      shifts.erase(std::unique(shifts.begin(), shifts.end()), shifts.end());
    };
    for (int d = 0; d < 7; ++d) {
      distinct_minutes(d);
      for (int m : shifts) reach[d + 1].or_shifted(reach[d], m);
      reach[d + 1].clip(p_.target);
    }
    if (!reach[7].any()) return false;
    int best = p_.target;
    while (!reach[7].test(best)) --best;
    for (Bits& b : useful) b.reset(p_.target);
    useful[7].set(best);
    for (int d = 6; d >= 0; --d) {
      distinct_minutes(d);
      for (int m : shifts) useful[d].or_shifted(useful[d + 1], -m);
      useful[d].and_with(reach[d]);
    }
    return true;
  }

  const Prepared& pre_;
  const Problem& p_;  // pre_.p
  std::vector<uint32_t> whole_;
  std::array<std::vector<Item>, 7> items_;
  std::array<std::vector<Item>, 7> scratch_;
  std::vector<DayState> states_, fixed_;
  std::vector<Link> trail_;
  StateIndex index_;
};

}  // namespace

namespace {

// Branch and bound over the groups. The search without the group rule is a
// relaxation: its score is at least that of any package that keeps the rule,
// so a branch whose relaxation is not better than the best package found is
// dropped. A relaxed optimum that uses two or more members U of a group G is
// split into "only m of G may be used" for each m in U, and "no member of U";
// every package that keeps the rule lies in one of these branches.
struct GroupSearch {
  explicit GroupSearch(const Prepared& pre) : pre(pre) {}
  const Prepared& pre;
  int nodes = 0;
  bool exact = true;
  bool found = false;
  Solution best;

  void branch(const std::vector<char>& off) {
    if (++nodes > kMaxGroupNodes) {
      exact = false;
      return;
    }
    const Problem& p = pre.p;
    Solution s = Searcher(pre, off).run();
    exact = exact && s.exact;
    if (found && !s.score.better_than(best.score)) return;
    // The first group (by candidate order) the relaxed optimum breaks.
    std::vector<uint32_t> used;
    for (const Chosen& c : s.chosen) {
      if (std::find(used.begin(), used.end(), c.candidate) == used.end())
        used.push_back(c.candidate);
    }
    std::sort(used.begin(), used.end());
    int group = -1;
    for (size_t a = 0; a < used.size() && group < 0; ++a) {
      int g = p.candidates[used[a]].group;
      for (size_t b = a + 1; b < used.size() && g >= 0; ++b) {
        if (p.candidates[used[b]].group == g) group = g;
      }
    }
    if (group < 0) {
      best = std::move(s);
      found = true;
      return;
    }
    std::vector<uint32_t> members, in_use;
    for (uint32_t ci = 0; ci < p.candidates.size(); ++ci) {
      if (p.candidates[ci].group == group && !off[ci] && !p.candidates[ci].slots.empty())
        members.push_back(ci);
    }
    for (uint32_t ci : used) {
      if (p.candidates[ci].group == group) in_use.push_back(ci);
    }
    for (uint32_t keep : in_use) {
      std::vector<char> sub = off;
      for (uint32_t ci : members) {
        if (ci != keep) sub[ci] = 1;
      }
      branch(sub);
    }
    std::vector<char> rest = off;
    for (uint32_t ci : in_use) rest[ci] = 1;
    branch(rest);
  }
};

// In a large catalogue, a group (one offer of a kind a week) keeps only its
// kMaxGroupSize members with the most minutes the person can use (counted
// time of the slots, up to the week's target), earlier members first on a
// tie; the others are marked off. The package is then the best among those,
// no longer proven the best.
bool prune_groups(const Problem& p, std::vector<char>& off) {
  std::map<int, std::vector<uint32_t>> groups;
  for (uint32_t i = 0; i < p.candidates.size(); ++i) {
    if (p.candidates[i].group >= 0 && !p.candidates[i].slots.empty())
      groups[p.candidates[i].group].push_back(i);
  }
  bool pruned = false;
  for (auto& [g, members] : groups) {
    if (members.size() <= kMaxGroupSize) continue;
    auto usable = [&](uint32_t ci) {
      const Candidate& c = p.candidates[ci];
      int m = 0;
      for (const Span& s : c.slots)
        m += c.counts ? s.to.minutes - s.from.minutes + c.preparation : 0;
      return std::min(m, p.target);
    };
    std::vector<std::pair<int, uint32_t>> ranked;
    for (uint32_t ci : members) ranked.emplace_back(-usable(ci), ci);
    std::sort(ranked.begin(), ranked.end());
    for (size_t k = kMaxGroupSize; k < ranked.size(); ++k) off[ranked[k].second] = 1;
    pruned = true;
  }
  return pruned;
}

}  // namespace

Solution solve(const Problem& p) {
  Prepared pre(p);
  GroupSearch g(pre);
  std::vector<char> off(p.candidates.size(), 0);
  bool cut = prune_groups(p, off);
  g.branch(off);
  g.best.exact = g.exact && !cut;
  return g.best;
}

}  // namespace search

}  // namespace nytte
