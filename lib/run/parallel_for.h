// A worker pool for a fixed set of jobs: job(worker, i) for every i below
// n, taken in turn by up to `threads` threads (worker 0 .. threads - 1, the
// calling thread being worker 0). A job writes only what belongs to its i,
// so a worker may keep its buffers in a per-worker object.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace nytte {

// The threads a run asks for (--threads; 0: one per core), at least one and
// at most 1024: more than the system lets a process start ended the run with
// std::terminate, and the outcome is the same on any number.
inline unsigned worker_threads(unsigned asked) {
  unsigned n = asked ? asked : std::thread::hardware_concurrency();
  return std::clamp(n, 1u, 1024u);
}

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

}  // namespace nytte
