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
#include "schedule/package.h"

#include "base/codes.h"
#include "base/duration.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace nytte {
namespace search {
namespace {

constexpr int kMaxTiers = 8;
constexpr int kMaxParts = 3;
constexpr size_t kMaxWholeCourse = 10;  // 2^10 subsets at most
constexpr int kMaxGroupNodes = 4096;    // branches of the group search
constexpr size_t kMaxGroupSize = 4;     // members of a group searched in a large catalogue

// What the objective ranks after mandatory and total minutes: additive.
struct Val {
  std::array<int, kMaxTiers> tiers{};
  int blocks = 0;
  int64_t order = 0;
  Val operator+(const Val& o) const {
    Val v;
    for (int i = 0; i < kMaxTiers; ++i) v.tiers[i] = tiers[i] + o.tiers[i];
    v.blocks = blocks + o.blocks;
    v.order = order + o.order;
    return v;
  }
  bool better_than(const Val& o) const {
    if (tiers != o.tiers) return tiers > o.tiers;
    if (blocks != o.blocks) return blocks < o.blocks;
    return order < o.order;
  }
};

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

// An open-addressing index from a state's key (two words) to its position
// in a vector of states; reused across the days of a search.
class StateIndex {
 public:
  // Forgets every key in constant time: a slot is in use only when it has
  // the current generation.
  void clear() {
    size_ = 0;
    if (++gen_ == 0) {  // wrapped: stamps of 2^32 clears ago would look current
      std::fill(slots_.begin(), slots_.end(), Slot{});
      gen_ = 1;
    }
  }
  // The position stored under (a, b), or `value` stored there and
  // `inserted` set when the key is new.
  uint32_t& find_or_insert(uint64_t a, uint64_t b, uint32_t value, bool& inserted) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = hash(a, b) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.gen != gen_) {
        s = Slot{a, b, value, gen_};
        ++size_;
        inserted = true;
        return s.value;
      }
      if (s.a == a && s.b == b) {
        inserted = false;
        return s.value;
      }
    }
  }

 private:
  struct Slot {
    uint64_t a = 0, b = 0;
    uint32_t value = 0;
    uint32_t gen = 0;
  };
  static size_t hash(uint64_t a, uint64_t b) {
    uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL);
    return static_cast<size_t>(h ^ (h >> 29));
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    uint32_t old_gen = gen_;
    slots_.assign(std::max<size_t>(old.size() * 2, 256), Slot{});
    size_ = 0;
    gen_ = 1;
    bool inserted = false;
    for (const Slot& s : old)
      if (s.gen == old_gen) find_or_insert(s.a, s.b, s.value, inserted);
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
  uint32_t gen_ = 1;
};

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
  Val val;
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
  Val val;
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
    Val val;
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
      Val val;
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

bool Score::better_than(const Score& o) const {
  if (parts != o.parts) return parts > o.parts;
  if (total != o.total) return total > o.total;
  if (tiers != o.tiers) return tiers > o.tiers;
  if (blocks != o.blocks) return blocks < o.blocks;
  return order < o.order;
}

std::optional<Score> score_of(const Problem& p, const std::vector<Chosen>& chosen) {
  Score s;
  s.tiers.assign(static_cast<size_t>(std::max(p.tiers, 1)), 0);
  s.part_minutes.assign(p.part_targets.size(), 0);
  std::vector<Chosen> sorted = chosen;
  auto slot_of = [&](const Chosen& c) -> const Span& {
    return p.candidates[c.candidate].slots[c.slot];
  };
  std::sort(sorted.begin(), sorted.end(), [&](const Chosen& a, const Chosen& b) {
    const Span &x = slot_of(a), &y = slot_of(b);
    if (x.day != y.day) return x.day < y.day;
    return x.from < y.from;
  });
  // Whole-course candidates: every slot or none.
  for (const Chosen& c : sorted) {
    const Candidate& cand = p.candidates[c.candidate];
    if (!cand.take_all) continue;
    for (uint32_t si = 0; si < cand.slots.size(); ++si) {
      bool has = std::any_of(sorted.begin(), sorted.end(), [&](const Chosen& x) {
        return x.candidate == c.candidate && x.slot == si;
      });
      if (!has) return std::nullopt;
    }
  }
  // At most one candidate of each group.
  for (const Chosen& a : sorted) {
    for (const Chosen& b : sorted) {
      int ga = p.candidates[a.candidate].group;
      if (ga >= 0 && a.candidate != b.candidate && ga == p.candidates[b.candidate].group)
        return std::nullopt;
    }
  }
  std::array<int, 7> day_minutes{};
  for (size_t i = 0; i < sorted.size(); ++i) {
    const Candidate& cand = p.candidates[sorted[i].candidate];
    const Span& sl = slot_of(sorted[i]);
    int counted = cand.counts ? sl.to.minutes - sl.from.minutes + cand.preparation : 0;
    int d = static_cast<int>(sl.day);
    if (i > 0) {
      const Chosen& prev = sorted[i - 1];
      const Span& ps = slot_of(prev);
      if (ps.day == sl.day) {
        if (prev.candidate == sorted[i].candidate && prev.slot == sorted[i].slot)
          return std::nullopt;
        int travel =
            p.transport ? p.transport->between(p.candidates[prev.candidate].location, cand.location)
                        : 0;
        if (ps.to.minutes + travel > sl.from.minutes) return std::nullopt;
        if (p.transport && p.transport->counts) {
          day_minutes[d] += travel;
          s.total += travel;
        }
      }
    }
    day_minutes[d] += counted;
    s.total += counted;
    s.tiers[static_cast<size_t>(std::min(cand.tier, kMaxTiers - 1))] += counted;
    for (size_t k = 0; k < p.part_targets.size(); ++k) {
      if (cand.part_mask >> k & 1) s.part_minutes[k] += counted;
    }
    s.blocks += 1;
    s.order += static_cast<int64_t>(sorted[i].candidate) * 1024 + sorted[i].slot;
  }
  for (int m : day_minutes) {
    if (m > p.daily_limit) return std::nullopt;
  }
  if (s.total > p.target) return std::nullopt;
  for (size_t k = 0; k < p.part_targets.size(); ++k) {
    s.parts += std::min(s.part_minutes[k], p.part_targets[k]);
  }
  // Compare tiers over the full width, as the search does.
  s.tiers.resize(kMaxTiers, 0);
  return s;
}

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

namespace {

bool clashes(const Slot& s, const std::optional<std::vector<UnavailableBlock>>& blocks) {
  if (!blocks) return false;
  for (const UnavailableBlock& b : *blocks) {
    if (b.day == s.day && b.from < s.to && s.from < b.to) return true;
  }
  return false;
}

// The ids of some offers (indices into rules.offers), the first four.
std::string id_list(const RuleSet& rules, const std::vector<uint32_t>& offers) {
  std::vector<std::string_view> ids;
  for (size_t k = 0; k < offers.size() && k < 4; ++k) ids.push_back(rules.offers[offers[k]].h.id);
  if (offers.size() <= 4) return fmt::format("{}", fmt::join(ids, ", "));
  return fmt::format("{}, ... ({} more)", fmt::join(ids, ", "), offers.size() - 4);
}

// The recipes for a track in force on `start`: those of its phases, in phase
// order, else the one for the whole course.
std::vector<const Recipe*> recipes_for(const RuleSet& rules, const Track& track, Date start) {
  std::vector<const Recipe*> phased, whole;
  for (const Recipe& r : rules.recipes) {
    if (!r.h.valid.contains(start)) continue;
    if (!r.tracks.empty() &&
        std::find(r.tracks.begin(), r.tracks.end(), track.h.id) == r.tracks.end())
      continue;
    (r.phase.empty() ? whole : phased).push_back(&r);
  }
  if (phased.empty()) {
    if (whole.size() > 1) whole.erase(whole.begin() + 1, whole.end());
    return whole;
  }
  std::stable_sort(phased.begin(), phased.end(), [&](const Recipe* a, const Recipe* b) {
    return rules.find_phase(a->phase)->from_day < rules.find_phase(b->phase)->from_day;
  });
  return phased;
}

int tier_of(const Recipe& r, std::string_view kind) {
  for (size_t t = 0; t < r.prefer.size(); ++t) {
    if (std::find(r.prefer[t].begin(), r.prefer[t].end(), kind) != r.prefer[t].end())
      return static_cast<int>(t);
  }
  return -1;
}

// The mandatory parts of a recipe's week for a track, as f(title, kinds,
// hours, from_track): the recipe's [[recipe.part]], then the parts the
// track's source states (hours_parts, Greve's 5 hours of Danish) of a kind
// no recipe part covers; as many as the search takes.
template <class F>
void each_part(const Recipe& recipe, const Track& track, F&& f) {
  size_t n = 0;
  for (const RecipePart& p : recipe.parts) {
    if (n++ == static_cast<size_t>(search::kMaxParts)) return;
    f(std::string_view(p.title), std::span<const std::string>(p.kinds), p.hours, false);
  }
  for (const HoursPart& hp : track.hours_parts) {
    bool covered = false;
    for (const RecipePart& p : recipe.parts)
      covered = covered || std::find(p.kinds.begin(), p.kinds.end(), hp.kind) != p.kinds.end();
    if (covered || hp.kind.empty() || hp.hours <= 0) continue;
    if (n++ == static_cast<size_t>(search::kMaxParts)) return;
    f(std::string_view(hp.title), std::span<const std::string>(&hp.kind, 1), hp.hours, true);
  }
}

// What a recipe makes of each offer for one track: the same for everyone on
// the track, so a batch works it out once.
struct OfferFit {
  int tier = -1;  // -1: not on the menu (a kind the recipe does not take, another track's offer)
  int group = -1;
  uint32_t part_mask = 0;
};
using Fits = std::vector<OfferFit>;  // by offer index

Fits offer_fits(const RuleSet& rules, const Recipe& recipe, const Track& track) {
  Fits menu(rules.offers.size());
  for (size_t i = 0; i < rules.offers.size(); ++i) {
    const Offer& o = rules.offers[i];
    OfferFit& f = menu[i];
    if (!o.tracks.empty() &&
        std::find(o.tracks.begin(), o.tracks.end(), track.h.id) == o.tracks.end()) {
      continue;  // another track's offer: not on this person's menu
    }
    f.tier = tier_of(recipe, o.kind);
    if (recipe.one_offer_per_kind) {
      f.group = static_cast<int>(find_code(offer_kind_codes(), o.kind).value_or(0));
    }
    uint32_t k = 0;
    each_part(recipe, track,
              [&](std::string_view, std::span<const std::string> kinds, double, bool) {
                if (std::find(kinds.begin(), kinds.end(), o.kind) != kinds.end())
                  f.part_mask |= 1u << k;
                ++k;
              });
  }
  return menu;
}

// Why offers were left out of a person's search.
struct Exclusions {
  std::vector<uint32_t> no_seats, not_open, clash;  // offer indices, in offer order
  std::vector<std::string_view> missing;            // fields a `who` condition needed
};

struct Made {
  search::Problem problem;
  std::vector<uint32_t> offer_of;  // candidate -> offer index
  Exclusions out;
};

// The search problem of one person and recipe, every offer as if it had
// seats (the batch cache's key; with_seats takes out the full ones).
// `parts_only`: only the offers of a mandatory part's kinds (a package of
// the stated parts, for hours the source does not state).
Made make_problem(const RuleSet& rules, const Recipe& recipe, const Track& track, const Fits& menu,
                  const Citizen& c, Date on, Date start, int target, const std::vector<bool>& held,
                  bool parts_only = false) {
  Made m;
  search::Problem& p = m.problem;
  p.target = target;
  p.daily_limit = hours_to_minutes(recipe.daily_limit.value_or(rules.calendar.hours_per_day));
  p.tiers = static_cast<int>(recipe.prefer.size());
  each_part(recipe, track, [&](std::string_view, std::span<const std::string>, double hours, bool) {
    p.part_targets.push_back(std::min(hours_to_minutes(hours), target));
  });
  p.transport = &rules.transport;
  EvalContext ctx{c, on};
  for (uint32_t i = 0; i < rules.offers.size(); ++i) {
    const Offer& o = rules.offers[i];
    const OfferFit& fit = menu[i];
    if (fit.tier < 0 || !o.h.valid.contains(start) || (parts_only && !fit.part_mask)) continue;
    if (o.who && eval_condition(*o.who, ctx, &m.out.missing) != Tri::yes) {
      m.out.not_open.push_back(i);
      continue;
    }
    search::Candidate cand;
    cand.offer = i;
    cand.tier = fit.tier;
    cand.take_all = o.take_all;
    cand.counts = o.counts;
    cand.preparation = hours_to_minutes(o.preparation_hours);
    cand.location = o.location;
    cand.group = fit.group;
    cand.part_mask = fit.part_mask;
    bool clash = false;
    cand.slots.reserve(o.slots.size());
    for (const Slot& s : o.slots) {
      if (clashes(s, c.unavailable)) {
        clash = true;
      } else {
        cand.slots.push_back({s.day, s.from, s.to});
      }
    }
    if (clash) m.out.clash.push_back(i);
    if (cand.slots.empty() || (clash && o.take_all)) continue;
    p.candidates.push_back(std::move(cand));
    m.offer_of.push_back(i);
  }
  // Places held in an earlier phase come first, so that among equally good
  // packages the person keeps the same place ("the same place continues").
  std::vector<size_t> idx(p.candidates.size());
  for (size_t k = 0; k < idx.size(); ++k) idx[k] = k;
  std::stable_partition(idx.begin(), idx.end(), [&](size_t k) { return held[m.offer_of[k]]; });
  std::vector<search::Candidate> cands;
  std::vector<uint32_t> offer_of;
  for (size_t k : idx) {
    cands.push_back(std::move(p.candidates[k]));
    offer_of.push_back(m.offer_of[k]);
  }
  p.candidates = std::move(cands);
  m.offer_of = std::move(offer_of);
  std::sort(m.out.missing.begin(), m.out.missing.end());
  m.out.missing.erase(std::unique(m.out.missing.begin(), m.out.missing.end()), m.out.missing.end());
  return m;
}

// The problem with seats from the one as if every offer had seats: the
// offers without a seat left (and not held) taken out, and given as the
// reason instead of any time conflict.
Made with_seats(const RuleSet& rules, const Made& all, const SeatBook& seats,
                const std::vector<bool>& held) {
  auto full = [&](uint32_t i) { return !held[i] && seats.left(rules, i) <= 0; };
  Made m;
  m.problem.target = all.problem.target;
  m.problem.daily_limit = all.problem.daily_limit;
  m.problem.part_targets = all.problem.part_targets;
  m.problem.tiers = all.problem.tiers;
  m.problem.transport = all.problem.transport;
  m.out.not_open = all.out.not_open;
  m.out.missing = all.out.missing;
  for (size_t k = 0; k < all.problem.candidates.size(); ++k) {
    uint32_t i = all.offer_of[k];
    if (full(i)) {
      m.out.no_seats.push_back(i);
    } else {
      m.problem.candidates.push_back(all.problem.candidates[k]);
      m.offer_of.push_back(i);
    }
  }
  for (uint32_t i : all.out.clash) (full(i) ? m.out.no_seats : m.out.clash).push_back(i);
  std::sort(m.out.no_seats.begin(), m.out.no_seats.end());
  m.out.no_seats.erase(std::unique(m.out.no_seats.begin(), m.out.no_seats.end()),
                       m.out.no_seats.end());
  return m;
}

// offer_fits by recipe and track, worked out when first asked for. After
// fill() every pair is in the table and it is only read: threads may share it.
class FitsTable {
 public:
  void fill(const RuleSet& rules) {
    for (const Recipe& r : rules.recipes)
      for (const Track& t : rules.tracks) get(rules, r, t);
  }
  const Fits& get(const RuleSet& rules, const Recipe& recipe, const Track& track) {
    auto at = map_.find({&recipe, &track});
    if (at != map_.end()) return at->second;
    return map_.emplace(std::make_pair(&recipe, &track), offer_fits(rules, recipe, track))
        .first->second;
  }

 private:
  std::map<std::pair<const Recipe*, const Track*>, Fits> map_;
};

// A search done for a person, and the problem it was done on (the same
// person and recipe: the candidates' offers in order say the rest).
struct Searched {
  const Recipe* recipe = nullptr;
  int target = 0;
  std::vector<uint32_t> offer_of;
  search::Solution solution;
};

// How a person's searches are done (make_package asks it).
//  - cache: the batch's. Solutions by the person's problem as if every offer
//    had seats. Seats only run out during a batch, so a person's open offers
//    are a subset of those of anyone earlier with the same problem: the
//    earlier best package is still the best as long as its own offers have
//    seats left. A search another thread did ahead for the same problem
//    (`ahead`) is taken instead of being done again.
//  - ahead: searches for people further on, on another thread, against the
//    seats as they were; kept in `recorded`. The batch's cache is only read.
//  - plain: every search done.
class SolveCache {
 public:
  enum class Mode { cache, ahead, plain };
  explicit SolveCache(FitsTable& fits, Mode mode = Mode::cache, const SolveCache* shared = nullptr)
      : fits_(fits), mode_(mode), shared_(shared) {}

  const Fits& fits(const RuleSet& rules, const Recipe& recipe, const Track& track) {
    return fits_.get(rules, recipe, track);
  }

  search::Solution solve(const RuleSet& rules, const Recipe& recipe, const Made& m, const Made& all,
                         const SeatBook& seats, const std::vector<bool>& held) {
    if (mode_ == Mode::plain) return search::solve(m.problem);
    std::string key = key_of(rules, all, held);
    const SolveCache& lookup = shared_ ? *shared_ : *this;
    if (auto hit = lookup.cached(rules, key, m, seats, held)) return *hit;
    if (mode_ == Mode::ahead && claims) {
      // Someone earlier among those searched ahead has the same problem:
      // the batch will most likely find theirs in the cache.
      std::lock_guard<std::mutex> lock(claims->mutex);
      if (!claims->keys.insert(key).second) return {};
    }
    auto same_problem = [&](const Searched& a) {
      return a.recipe == &recipe && a.target == m.problem.target && a.offer_of == m.offer_of;
    };
    auto done = ahead ? std::find_if(ahead->begin(), ahead->end(), same_problem)
                      : std::vector<Searched>::const_iterator{};
    search::Solution s = ahead && done != ahead->end() ? done->solution : search::solve(m.problem);
    if (mode_ == Mode::ahead) {
      recorded.push_back({&recipe, m.problem.target, m.offer_of, s});
      return s;
    }
    ++searches;
    Entry e;
    e.score = s.score;
    e.exact = s.exact;
    for (const search::Chosen& c : s.chosen) e.chosen.emplace_back(m.offer_of[c.candidate], c.slot);
    if (map_.size() > kMaxEntries) map_.clear();
    map_[std::move(key)] = std::move(e);
    return s;
  }

  // ahead: the problems taken by the threads searching ahead.
  struct Claims {
    std::mutex mutex;
    std::unordered_set<std::string> keys;
  };
  Claims* claims = nullptr;
  const std::vector<Searched>* ahead = nullptr;  // cache: searched ahead for this person
  std::vector<Searched> recorded;                // ahead: the searches done
  size_t searches = 0;  // cache: problems actually searched (not found in the cache)

 private:
  static constexpr size_t kMaxEntries = 200000;
  struct Entry {
    std::vector<std::pair<uint32_t, uint32_t>> chosen;  // (offer, slot)
    search::Score score;
    bool exact = true;
  };

  // The problem as if every offer had seats, as bytes.
  static std::string key_of(const RuleSet& rules, const Made& all, const std::vector<bool>& held) {
    std::string key;
    auto put = [&](int64_t v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); };
    const search::Problem& p = all.problem;
    put(p.target);
    put(p.daily_limit);
    put(static_cast<int64_t>(p.part_targets.size()));
    for (int t : p.part_targets) put(t);
    for (size_t k = 0; k < p.candidates.size(); ++k) {
      const search::Candidate& cand = p.candidates[k];
      uint32_t offer = all.offer_of[k];
      put(static_cast<int64_t>(offer) << 1 | (held[offer] ? 1 : 0));
      put(static_cast<int64_t>(cand.tier) << 32 | static_cast<int64_t>(cand.slots.size()));
      if (cand.slots.size() != rules.offers[offer].slots.size()) {
        for (const search::Span& sl : cand.slots)
          put(static_cast<int>(sl.day) * 10000 + sl.from.minutes);
      }
    }
    return key;
  }

  std::optional<search::Solution> cached(const RuleSet& rules, const std::string& key,
                                         const Made& m, const SeatBook& seats,
                                         const std::vector<bool>& held) const {
    auto it = map_.find(key);
    if (it == map_.end()) return std::nullopt;
    for (const auto& [offer, slot] : it->second.chosen) {
      if (!held[offer] && seats.left(rules, offer) <= 0) return std::nullopt;
    }
    search::Solution s;
    s.score = it->second.score;
    s.exact = it->second.exact;
    for (const auto& [offer, slot] : it->second.chosen) {
      uint32_t cand = static_cast<uint32_t>(std::find(m.offer_of.begin(), m.offer_of.end(), offer) -
                                            m.offer_of.begin());
      s.chosen.push_back({cand, slot});
    }
    return s;
  }

  FitsTable& fits_;
  Mode mode_;
  const SolveCache* shared_;  // ahead: the batch's cache, read
  std::unordered_map<std::string, Entry> map_;
};

void explain_shortfall(const RuleSet& rules, const Recipe& recipe, const Made& m,
                       WeeklyPackage& w) {
  const Exclusions& x = m.out;
  std::vector<std::string>& why = w.shortfall_reasons;
  for (const PartResult& pr : w.parts) {
    if (pr.planned_minutes < pr.required_minutes) {
      why.push_back(fmt::format(
          "mandatory part '{}' ({}) has {} of {}",
          pr.title.empty() ? fmt::format("{}", fmt::join(pr.kinds, ", ")) : std::string(pr.title),
          fmt::join(pr.kinds, ", "), format_minutes(pr.planned_minutes),
          format_minutes(pr.required_minutes)));
    }
  }
  if (!x.no_seats.empty())
    why.push_back(fmt::format("no seats left: {}", id_list(rules, x.no_seats)));
  if (!x.clash.empty())
    why.push_back(fmt::format("time conflicts with the person's unavailable times: {}",
                              id_list(rules, x.clash)));
  if (!x.not_open.empty()) {
    std::string s =
        fmt::format("not open to this person (track or condition): {}", id_list(rules, x.not_open));
    if (!x.missing.empty()) s += fmt::format(" (missing fields: {})", fmt::join(x.missing, ", "));
    why.push_back(s);
  }
  if (m.problem.candidates.empty() && x.no_seats.empty() && x.clash.empty() && x.not_open.empty()) {
    std::vector<std::string> kinds;
    for (const auto& tier : recipe.prefer)
      for (const std::string& k : tier) kinds.push_back(k);
    why.push_back(
        fmt::format("rule set '{}' has no offer in force of the kinds the recipe takes ({})",
                    rules.id, fmt::join(kinds, ", ")));
  } else if (!m.problem.candidates.empty()) {
    why.push_back(
        fmt::format("the slots open to the person that fit together (no overlaps{}, at most {} a "
                    "day) add up to {}",
                    rules.transport.minutes > 0 || !rules.transport.routes.empty()
                        ? ", travel time between places"
                        : "",
                    format_minutes(m.problem.daily_limit),
                    format_minutes(w.planned_minutes - w.ordinary_minutes)));
  }
}

// `total`: the hours to make the week up to (the requirement, or the
// planner's total); nullopt: the stated parts only, capped by `cap`.
WeeklyPackage make_package(const RuleSet& rules, const Recipe& recipe, const Citizen& c, Date on,
                           Date start, const Track& track, std::optional<double> required,
                           std::optional<double> total, std::optional<double> cap,
                           const SeatBook& seats, const std::vector<bool>& held,
                           SolveCache& cache) {
  WeeklyPackage w;
  w.recipe = &recipe;
  w.phase = recipe.phase.empty() ? nullptr : rules.find_phase(recipe.phase);
  if (required) w.required_minutes = hours_to_minutes(*required);
  if (total) {
    w.target_minutes = hours_to_minutes(*total);
    w.ordinary_minutes =
        std::clamp(hours_to_minutes(c.ordinary_hours.value_or(0)), 0, w.target_minutes);
  } else {
    // No total: the parts the source and the recipe state, nothing else
    // (ordinary paid hours are counted against a total only).
    each_part(recipe, track,
              [&](std::string_view, std::span<const std::string>, double hours, bool) {
                w.target_minutes += hours_to_minutes(hours);
              });
    if (cap) w.target_minutes = std::min(w.target_minutes, hours_to_minutes(*cap));
  }
  int target = std::max(0, w.target_minutes - w.ordinary_minutes);
  Made all = make_problem(rules, recipe, track, cache.fits(rules, recipe, track), c, on, start,
                          target, held, !total);
  Made m = with_seats(rules, all, seats, held);
  search::Solution sol = cache.solve(rules, recipe, m, all, seats, held);
  w.exact = sol.exact;
  std::vector<search::Chosen> chosen = sol.chosen;
  std::sort(chosen.begin(), chosen.end(), [&](const search::Chosen& a, const search::Chosen& b) {
    const search::Span& x = m.problem.candidates[a.candidate].slots[a.slot];
    const search::Span& y = m.problem.candidates[b.candidate].slots[b.slot];
    if (x.day != y.day) return x.day < y.day;
    return x.from < y.from;
  });
  int counted = 0;
  std::vector<int> part_minutes(m.problem.part_targets.size(), 0);
  for (size_t i = 0; i < chosen.size(); ++i) {
    const search::Candidate& cand = m.problem.candidates[chosen[i].candidate];
    const Offer& o = rules.offers[m.offer_of[chosen[i].candidate]];
    const search::Span& s = cand.slots[chosen[i].slot];
    if (i > 0) {
      const search::Candidate& prev = m.problem.candidates[chosen[i - 1].candidate];
      const search::Span& ps = prev.slots[chosen[i - 1].slot];
      int travel = rules.transport.between(prev.location, cand.location);
      if (ps.day == s.day && travel > 0) {
        PackageBlock t;
        t.day = s.day;
        t.from = ps.to;
        t.to = TimeOfDay{ps.to.minutes + travel};
        t.minutes = rules.transport.counts ? travel : 0;
        if (rules.transport.counts) counted += travel;
        t.from_location = std::string(prev.location);
        t.to_location = std::string(cand.location);
        w.blocks.push_back(t);
      }
    }
    PackageBlock b;
    b.day = s.day;
    b.from = s.from;
    b.to = s.to;
    b.offer = &o;
    int minutes = cand.counts ? s.to.minutes - s.from.minutes + cand.preparation : 0;
    b.minutes = minutes;
    counted += minutes;
    for (size_t k = 0; k < part_minutes.size(); ++k) {
      if (cand.part_mask >> k & 1) part_minutes[k] += minutes;
    }
    // Back-to-back slots of the same offer read as one block.
    if (!w.blocks.empty() && w.blocks.back().offer == &o && w.blocks.back().day == b.day &&
        w.blocks.back().to == b.from) {
      w.blocks.back().to = b.to;
      w.blocks.back().minutes += minutes;
    } else {
      w.blocks.push_back(b);
    }
    if (std::find(w.offers.begin(), w.offers.end(), &o) == w.offers.end()) w.offers.push_back(&o);
  }
  std::sort(w.offers.begin(), w.offers.end());  // rule-file order: offers is a vector
  for (const Offer* o : w.offers) w.cost_per_week += o->cost_per_week;
  size_t k = 0;
  each_part(
      recipe, track,
      [&](std::string_view title, std::span<const std::string> kinds, double, bool from_track) {
        PartResult pr;
        pr.title = title;
        pr.kinds.assign(kinds.begin(), kinds.end());
        pr.required_minutes = m.problem.part_targets[k];
        pr.planned_minutes = part_minutes[k];
        pr.stated_by_track = from_track;
        w.parts.push_back(std::move(pr));
        ++k;
      });
  w.planned_minutes = w.ordinary_minutes + counted;
  w.missing_minutes = std::max(0, w.target_minutes - w.planned_minutes);
  bool parts_short = false;
  for (const PartResult& pr : w.parts)
    parts_short = parts_short || pr.planned_minutes < pr.required_minutes;
  if (w.missing_minutes > 0 || parts_short) explain_shortfall(rules, recipe, m, w);
  return w;
}

}  // namespace

int PackageResult::missing_minutes() const {
  int m = 0;
  for (const WeeklyPackage& w : packages) m = std::max(m, w.missing_minutes);
  return m;
}

int SeatBook::left(const RuleSet& rules, size_t offer) const {
  const Offer& o = rules.offers[offer];
  if (!o.seats) return INT32_MAX;
  return *o.seats - taken[offer];
}

namespace {

PackageResult build_decided(const RuleSet& rules, const Citizen& c, const Decision& d, Date start,
                            const SeatBook& seats, SolveCache& cache,
                            std::optional<double> planner_hours) {
  Date on = d.on;
  PackageResult r;
  r.id = c.id;
  r.start = start;
  r.status = d.status;
  r.track = d.track;
  r.required_weekly_hours = d.required_weekly_hours;
  r.hours_stated = d.hours_stated;
  r.max_weekly_hours = d.max_weekly_hours;
  r.missing_fields = d.missing_fields;
  // The total to make the week up to: the requirement; when the source
  // states none, the planner's (capped); else the stated parts only.
  std::optional<double> total = d.required_weekly_hours;
  if (!total && d.eligible) {
    if (planner_hours) {
      total = d.max_weekly_hours ? std::min(*planner_hours, *d.max_weekly_hours) : *planner_hours;
      r.target = PackageTarget::planner_total;
      r.target_weekly_hours = total;
    } else {
      r.target = PackageTarget::stated_parts;
    }
  }
  if (!d.eligible) {
    r.problem =
        fmt::format("not in the target group on {} ({}){}", on.iso(), status_name(d.status),
                    d.missing_fields.empty()
                        ? ""
                        : fmt::format("; missing fields: {}", fmt::join(d.missing_fields, ", ")));
    return r;
  }
  if (!d.track) {
    r.problem = fmt::format("rule set '{}' assigns no track on {}", rules.id, on.iso());
    return r;
  }
  std::vector<const Recipe*> recipes = recipes_for(rules, *d.track, start);
  if (recipes.empty()) {
    r.problem = fmt::format("rule set '{}' has no recipe in force on {} for track '{}'", rules.id,
                            start.iso(), d.track->h.id);
    return r;
  }
  // A place held in one phase is kept in the next ("the same place continues").
  std::vector<bool> held(rules.offers.size(), false);
  for (const Recipe* recipe : recipes) {
    r.packages.push_back(make_package(rules, *recipe, c, on, start, *d.track,
                                      d.required_weekly_hours, total, d.max_weekly_hours, seats,
                                      held, cache));
    for (const Offer* o : r.packages.back().offers) held[o - rules.offers.data()] = true;
  }
  return r;
}

PackageResult build_one(const RuleSet& rules, const Citizen& c, Date on, Date start,
                        const SeatBook& seats, SolveCache& cache,
                        std::optional<double> planner_hours) {
  Decision d;
  decide(rules, c, on, d);
  return build_decided(rules, c, d, start, seats, cache, planner_hours);
}

}  // namespace

struct PackageCache::Impl {
  FitsTable fits;
  SolveCache cache{fits};
};
PackageCache::PackageCache() : impl(std::make_unique<Impl>()) {}
PackageCache::~PackageCache() = default;
PackageCache::PackageCache(PackageCache&&) noexcept = default;
PackageCache& PackageCache::operator=(PackageCache&&) noexcept = default;

PackageResult build_package(const RuleSet& rules, const Citizen& c, Date on, Date start,
                            const SeatBook& seats, std::optional<double> planner_hours) {
  FitsTable fits;
  SolveCache plain(fits, SolveCache::Mode::plain);
  return build_one(rules, c, on, start, seats, plain, planner_hours);
}

PackageResult build_package(const RuleSet& rules, const Citizen& c, const Decision& d, Date start,
                            const SeatBook& seats, PackageCache& cache,
                            std::optional<double> planner_hours) {
  return build_decided(rules, c, d, start, seats, cache.impl->cache, planner_hours);
}

std::string_view package_target_name(PackageTarget t) {
  switch (t) {
    case PackageTarget::requirement:
      return "requirement";
    case PackageTarget::planner_total:
      return "planner_total";
    case PackageTarget::stated_parts:
      return "stated_parts";
  }
  return "requirement";
}

Plan plan_of(const PackageResult& r, const RuleSet& rules) {
  Plan p;
  p.id = r.id;
  p.rules = rules.id;
  p.track = r.track ? r.track->h.id : "";
  p.start = r.start;
  if (r.required_weekly_hours)
    p.required_weekly_minutes = hours_to_minutes(*r.required_weekly_hours);
  for (const WeeklyPackage& w : r.packages) {
    p.ordinary_weekly_minutes = std::max(p.ordinary_weekly_minutes, w.ordinary_minutes);
    for (const PackageBlock& b : w.blocks) {
      PlanBlock pb;
      pb.day = b.day;
      pb.from = b.from;
      pb.to = b.to;
      pb.offer = b.offer ? b.offer->h.id : "transport";
      pb.kind = b.offer ? b.offer->kind : "transport";
      pb.minutes = b.minutes;
      if (w.phase) pb.phase = w.phase->h.id;
      p.blocks.push_back(std::move(pb));
    }
  }
  return p;
}

std::vector<bool> offers_held(const RuleSet& rules, const PackageResult& r) {
  std::vector<bool> held(rules.offers.size(), false);
  for (const WeeklyPackage& w : r.packages)
    for (const Offer* o : w.offers) held[o - rules.offers.data()] = true;
  return held;
}

void take_seats(const RuleSet& rules, const PackageResult& r, SeatBook& seats) {
  std::vector<bool> held = offers_held(rules, r);
  for (size_t i = 0; i < held.size(); ++i) seats.taken[i] += held[i] ? 1 : 0;
}

namespace {

void release_seats(const RuleSet& rules, const PackageResult& r, SeatBook& seats) {
  std::vector<bool> held = offers_held(rules, r);
  for (size_t i = 0; i < held.size(); ++i) seats.taken[i] -= held[i] ? 1 : 0;
}

bool holds_full_offer(const RuleSet& rules, const PackageResult& r, const SeatBook& seats,
                      const std::vector<bool>* among = nullptr) {
  for (const WeeklyPackage& w : r.packages)
    for (const Offer* o : w.offers) {
      size_t i = static_cast<size_t>(o - rules.offers.data());
      if (seats.left(rules, i) <= 0 && (!among || (*among)[i])) return true;
    }
  return false;
}

// The offers a person could take if they had seats (her menu, every phase).
std::vector<bool> menu_of(const RuleSet& rules, const Citizen& c, Date on, Date start,
                          SolveCache& cache) {
  std::vector<bool> menu(rules.offers.size(), false);
  Decision d;
  decide(rules, c, on, d);
  if (!d.eligible || !d.track) return menu;
  std::vector<bool> held(rules.offers.size(), false);
  for (const Recipe* recipe : recipes_for(rules, *d.track, start)) {
    Made m = make_problem(rules, *recipe, *d.track, cache.fits(rules, *recipe, *d.track), c, on,
                          start, 1, held);
    for (uint32_t i : m.offer_of) menu[i] = true;
  }
  return menu;
}

// Runs job(worker, i) for every i below n on up to `threads` threads
// (worker 0 .. threads - 1); a job writes only what belongs to its i.
template <class Job>
void parallel_for(size_t n, unsigned threads, Job&& job) {
  if (threads <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) job(0u, i);
    return;
  }
  std::atomic<size_t> next{0};
  auto run = [&](unsigned worker) {
    for (size_t i; (i = next.fetch_add(1)) < n;) job(worker, i);
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < threads && w < n; ++w) pool.emplace_back(run, w);
  run(0);
  for (std::thread& t : pool) t.join();
}

// After the batch in priority order: a person left short and a person
// holding a seat of a full offer are packed again the other way round (the
// short one first); the swap is kept when their missing hours together go
// down. Repeated in priority order until nothing improves or the budget of
// packages is spent (docs/packages.md). The trials the pass would make next
// are packed on several threads at once; they are taken in order, and those
// after a kept swap are packed again (the seats have changed), so the
// outcome is the same on any number of threads.
void improve_pairs(const RuleSet& rules, const std::vector<Citizen>& people,
                   const std::vector<Date>& starts, const PackageBatchOptions& options,
                   const std::vector<size_t>& order, std::vector<PackageResult>& out,
                   SeatBook& seats, SolveCache& cache, FitsTable& fits, unsigned threads) {
  // Half as many packages as the batch searched (at least 64, at most
  // 20,000), so the pass costs a fraction of the batch whatever the catalogue.
  int budget = static_cast<int>(std::clamp<size_t>(cache.searches / 2, 64, 20000));
  std::vector<SolveCache> workers;
  for (unsigned w = 0; w < threads; ++w) workers.emplace_back(fits, SolveCache::Mode::plain);
  struct Trial {
    std::optional<SeatBook> seats;
    PackageResult n, h;
  };
  auto on_of = [&](size_t i) { return options.on_given ? options.on : starts[i]; };
  for (bool improved = true; improved && budget > 0;) {
    improved = false;
    // The people holding a seat of a full offer, in priority order.
    std::vector<size_t> holders;
    for (size_t h : order)
      if (out[h].problem.empty() && holds_full_offer(rules, out[h], seats)) holders.push_back(h);
    if (holders.empty()) break;
    for (size_t n : order) {
      if (budget <= 0) break;
      if (!out[n].problem.empty() || out[n].missing_minutes() <= 0) continue;
      // Only a holder of a full offer on n's menu can give n something.
      std::vector<bool> menu = menu_of(rules, people[n], on_of(n), starts[n], cache);
      for (size_t next = 0; next < holders.size() && budget > 0;) {
        // The next trials, as the pass would make them one by one.
        std::vector<size_t> batch;  // positions in holders
        for (int left = budget; next < holders.size() && left > 0 && batch.size() < threads;
             ++next) {
          size_t h = holders[next];
          if (h == n || !holds_full_offer(rules, out[h], seats, &menu)) continue;
          batch.push_back(next);
          left -= 2;
        }
        if (batch.empty()) break;
        std::vector<Trial> trials(batch.size());
        parallel_for(batch.size(), threads, [&](unsigned w, size_t j) {
          size_t h = holders[batch[j]];
          Trial& t = trials[j];
          SeatBook& sb = t.seats.emplace(seats);
          release_seats(rules, out[n], sb);
          release_seats(rules, out[h], sb);
          t.n = build_one(rules, people[n], on_of(n), starts[n], sb, workers[w],
                          options.planner_hours);
          take_seats(rules, t.n, sb);
          t.h = build_one(rules, people[h], on_of(h), starts[h], sb, workers[w],
                          options.planner_hours);
          take_seats(rules, t.h, sb);
        });
        for (size_t j = 0; j < batch.size(); ++j) {
          size_t h = holders[batch[j]];
          budget -= 2;
          int before = out[n].missing_minutes() + out[h].missing_minutes();
          int after = trials[j].n.missing_minutes() + trials[j].h.missing_minutes();
          if (after < before) {
            out[n] = std::move(trials[j].n);
            out[h] = std::move(trials[j].h);
            seats = std::move(*trials[j].seats);
            improved = true;
            next = batch[j] + 1;  // the later trials saw the old seats
            break;
          }
        }
        if (out[n].missing_minutes() <= 0) break;
      }
    }
  }
}

// People packed at a time in priority order; their searches are done ahead
// on several threads against the seats as they were before the first of them.
constexpr size_t kAheadChunk = 128;

}  // namespace

std::vector<Date> course_starts(const std::vector<Citizen>& people, std::optional<Date> start,
                                Date fallback) {
  std::vector<Date> starts;
  starts.reserve(people.size());
  for (const Citizen& c : people)
    starts.push_back(start ? *start : c.start_date.value_or(fallback));
  return starts;
}

std::vector<PackageResult> build_packages(const RuleSet& rules, const std::vector<Citizen>& people,
                                          const std::vector<Date>& starts,
                                          const PackageBatchOptions& options, SeatBook& seats) {
  unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
  threads = std::max(threads, 1u);
  FitsTable fits;
  fits.fill(rules);
  auto on_of = [&](size_t i) { return options.on_given ? options.on : starts[i]; };
  // Priority: earliest start, then the fewest offers open to the person (the
  // hardest to place go first, so the easy ones take what is left), then
  // input order.
  std::vector<size_t> order(people.size());
  std::vector<int> open(people.size(), 0);
  parallel_for(people.size(), threads, [&](unsigned, size_t i) {
    order[i] = i;
    Decision d;
    decide(rules, people[i], on_of(i), d);
    if (!d.eligible || !d.track) return;
    std::vector<bool> held(rules.offers.size(), false);
    for (const Recipe* recipe : recipes_for(rules, *d.track, starts[i])) {
      Made m = make_problem(rules, *recipe, *d.track, fits.get(rules, *recipe, *d.track), people[i],
                            on_of(i), starts[i], 1, held);
      open[i] += static_cast<int>(m.problem.candidates.size());
    }
  });
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (starts[a] != starts[b]) return starts[a] < starts[b];
    return open[a] < open[b];
  });

  // In priority order, each from the seats left. A person's searches are
  // done ahead on the other threads; a search done ahead is used when the
  // person's problem turns out the same (no offer on her menu filled up in
  // between), so the outcome is that of one thread.
  std::vector<PackageResult> out(people.size());
  SolveCache cache(fits);
  std::vector<SolveCache> workers;
  for (unsigned w = 0; w < threads; ++w)
    workers.emplace_back(fits, SolveCache::Mode::ahead, &cache);
  for (size_t at = 0; at < order.size(); at += kAheadChunk) {
    size_t end = std::min(order.size(), at + kAheadChunk);
    std::vector<std::vector<Searched>> ahead(end - at);
    if (threads > 1) {
      SolveCache::Claims claims;
      for (SolveCache& w : workers) w.claims = &claims;
      parallel_for(end - at, threads, [&](unsigned w, size_t k) {
        size_t i = order[at + k];
        workers[w].recorded.clear();
        build_one(rules, people[i], on_of(i), starts[i], seats, workers[w], options.planner_hours);
        ahead[k] = std::move(workers[w].recorded);
      });
      for (SolveCache& w : workers) w.claims = nullptr;
    }
    for (size_t k = 0; k < end - at; ++k) {
      size_t i = order[at + k];
      cache.ahead = &ahead[k];
      out[i] =
          build_one(rules, people[i], on_of(i), starts[i], seats, cache, options.planner_hours);
      cache.ahead = nullptr;
      take_seats(rules, out[i], seats);
    }
    if (options.progress) options.progress->advance(end, order.size());
  }
  improve_pairs(rules, people, starts, options, order, out, seats, cache, fits, threads);
  return out;
}

}  // namespace nytte
