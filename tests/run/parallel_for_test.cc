// The worker pool for a fixed set of jobs: every job once, on workers
// numbered below the threads asked for.
#include <doctest/doctest.h>

#include <atomic>
#include <cstddef>
#include <vector>

#include "run/parallel_for.h"

using namespace nytte;

TEST_CASE("parallel_for: every job exactly once, each on a worker below the threads") {
  for (unsigned threads : {0u, 1u, 2u, 4u}) {
    for (size_t n : {size_t{0}, size_t{1}, size_t{3}, size_t{1000}}) {
      std::vector<std::atomic<int>> runs(n);
      std::vector<unsigned> worker(n, 99);
      parallel_for(n, threads, [&](unsigned w, size_t i) {
        ++runs[i];
        worker[i] = w;
      });
      for (size_t i = 0; i < n; ++i) {
        CHECK(runs[i] == 1);
        CHECK(worker[i] < (threads ? threads : 1u));
      }
    }
  }
}

TEST_CASE("parallel_for: one thread runs the jobs in order on worker 0") {
  std::vector<size_t> order;
  parallel_for(5, 1, [&](unsigned w, size_t i) {
    CHECK(w == 0);
    order.push_back(i);
  });
  CHECK(order == std::vector<size_t>{0, 1, 2, 3, 4});
}
