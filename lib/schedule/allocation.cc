// A batch: every person a package in priority order against the seats of
// the offers, then pairs swapped where that lowers the hours missing
// (docs/packages.md). The outcome is the same on any number of threads.
#include <algorithm>
#include <optional>
#include <thread>
#include <vector>

#include "run/parallel_for.h"
#include "schedule/package.h"
#include "schedule/person_package.h"
#include "schedule/problem.h"
#include "schedule/solve_cache.h"

namespace nytte {
namespace {

using schedule::build_one;
using schedule::FitsTable;
using schedule::PersonProblem;
using schedule::recipes_for;
using schedule::Searched;
using schedule::SolveCache;

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
    PersonProblem m = schedule::make_problem(
        rules, *recipe, *d.track, cache.fits(rules, *recipe, *d.track), c, on, start, 1, held);
    for (uint32_t i : m.offer_of) menu[i] = true;
  }
  return menu;
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
  unsigned threads = worker_threads(options.threads);
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
      PersonProblem m =
          schedule::make_problem(rules, *recipe, *d.track, fits.get(rules, *recipe, *d.track),
                                 people[i], on_of(i), starts[i], 1, held);
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
