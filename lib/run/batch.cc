#include "run/batch.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>

#include "base/plural.h"
#include "load/duplicate_id.h"
#include "nytte/i18n.h"
#include "run/id_set.h"
#include "run/parallel_for.h"

namespace nytte {
namespace {

// What a worker made of one chunk (or the reader of an unreadable input).
struct Result {
  struct Item {
    bool bad = false;
    uint32_t out_end = 0;               // end of this record's bytes in `out`
    uint32_t id_begin = 0, id_end = 0;  // the id, in `ids`
    uint64_t id_hash = 0;
    uint32_t tag_end = 0;           // end of this record's tags in `tags`
    uint32_t line = 0, column = 0;  // where the record starts
    std::vector<Diagnostic> problems;
  };
  ByteBuffer out;
  std::string ids;
  std::vector<uint64_t> tags;
  std::vector<Item> items;
  std::vector<Diagnostic> input_errors;     // whole inputs that could not be read
  std::shared_ptr<const std::string> file;  // of the chunk, for messages
  uint64_t bytes = 0;                       // of the chunk's text, for progress
  Chunk chunk;  // the chunk itself, kept when the sink wants skipped records
};

class ChunkSink : public RecordSink {
 public:
  ChunkSink(Result& r, BatchWorker& w) : r_(r), w_(w) {}
  void record(const Citizen& c) override {
    Result::Item& item = r_.items.emplace_back();
    w_.process(c, r_.out, r_.tags);
    item.tag_end = static_cast<uint32_t>(r_.tags.size());
    item.out_end = static_cast<uint32_t>(r_.out.size());
    item.id_begin = static_cast<uint32_t>(r_.ids.size());
    r_.ids += c.id;
    item.id_end = static_cast<uint32_t>(r_.ids.size());
    item.id_hash = hash_id(c.id);
    item.line = c.pos.line;
    item.column = c.pos.column;
  }
  void bad_record(const std::vector<Diagnostic>& problems) override {
    Result::Item& item = r_.items.emplace_back();
    item.bad = true;
    item.out_end = static_cast<uint32_t>(r_.out.size());
    item.tag_end = static_cast<uint32_t>(r_.tags.size());
    item.problems = problems;
  }

 private:
  Result& r_;
  BatchWorker& w_;
};

// The records of a kept chunk parsed again, one a result item (a bad record
// as an empty citizen): parsing is deterministic, so they are the records
// the worker saw, in the same order.
class Reread : public RecordSink {
 public:
  explicit Reread(std::vector<Citizen>& out) : out_(out) {}
  void record(const Citizen& c) override { out_.push_back(c); }
  void bad_record(const std::vector<Diagnostic>&) override { out_.emplace_back(); }

 private:
  std::vector<Citizen>& out_;
};

std::vector<Citizen> reread(const Result& r, const Schema& schema) {
  std::vector<Citizen> out;
  out.reserve(r.items.size());
  Reread sink(out);
  Citizen scratch;
  parse_chunk(r.chunk, schema, scratch, sink);
  if (out.size() != r.items.size())
    throw std::logic_error("run_batch: a chunk parsed again gave other records");
  return out;
}

// Shared state of the pipeline; every field is guarded by `mu`.
struct Pipeline {
  std::mutex mu;
  // Each waiter has its own: the workers wait for chunks, the emitter for the
  // next result in order, the reader for room in the window (one wake-up per
  // event, not every thread at every event).
  std::condition_variable has_work, has_result, has_room;
  std::deque<std::pair<uint64_t, Chunk>> todo;  // slot, chunk
  std::map<uint64_t, Result> done;              // slot -> result
  uint64_t next_slot = 0;                       // given out by the reader
  uint64_t next_emit = 0;                       // wanted by the emitter
  bool reading_done = false;
  std::exception_ptr failure;
  size_t window = 8;  // chunks read but not yet emitted
  // Output buffers given back by the emitter: reusing them spares the page
  // faults and copies of growing a fresh buffer of many megabytes a chunk.
  std::vector<ByteBuffer> spare;
  // The chunks' text, given back by the worker or, where the chunks are
  // kept, the emitter: the reader reads into them, sparing a malloc and a
  // free of the chunk's size (on other threads) a chunk.
  std::vector<std::string> spare_text;
};

void give_back_text(Pipeline& p, std::string&& text) {
  if (!text.empty() && p.spare_text.size() < p.window) p.spare_text.push_back(std::move(text));
}

// After a failure or the end of reading, which every waiter must see.
void wake_all(Pipeline& p) {
  p.has_work.notify_all();
  p.has_result.notify_all();
  p.has_room.notify_all();
}

void read_all(Pipeline& p, const std::vector<std::string>& inputs, const Schema& schema,
              const ReaderOptions& opt) {
  try {
    ChunkReader reader(inputs, schema, opt);
    Chunk chunk;
    for (;;) {
      std::vector<Diagnostic> errors;
      bool more = reader.next(chunk, errors);
      std::unique_lock lock(p.mu);
      p.has_room.wait(lock, [&] { return p.next_slot - p.next_emit < p.window || p.failure; });
      if (p.failure) return;
      if (!errors.empty()) {
        p.done[p.next_slot++].input_errors = std::move(errors);
        p.has_result.notify_one();
      }
      if (!more) break;
      p.todo.emplace_back(p.next_slot++, std::move(chunk));
      p.has_work.notify_one();
      chunk = Chunk{};
      if (!p.spare_text.empty()) {
        chunk.text = std::move(p.spare_text.back());
        p.spare_text.pop_back();
      }
    }
  } catch (...) {
    std::lock_guard lock(p.mu);
    if (!p.failure) p.failure = std::current_exception();
  }
  std::lock_guard lock(p.mu);
  p.reading_done = true;
  wake_all(p);
}

void work(Pipeline& p, const Schema& schema, BatchWorker& worker, bool keep_chunks) {
  Citizen scratch;
  for (;;) {
    ByteBuffer result_buffer;
    std::pair<uint64_t, Chunk> job;
    {
      std::unique_lock lock(p.mu);
      p.has_work.wait(lock, [&] { return !p.todo.empty() || p.reading_done || p.failure; });
      if (p.failure || (p.todo.empty() && p.reading_done)) return;
      job = std::move(p.todo.front());
      p.todo.pop_front();
      if (!p.spare.empty()) {
        result_buffer = std::move(p.spare.back());
        p.spare.pop_back();
      }
    }
    Result result;
    result.out = std::move(result_buffer);
    result.out.clear();
    try {
      result.out.reserve(job.second.text.size() * 3);
      result.file = job.second.file;
      result.bytes = job.second.text.size();
      ChunkSink sink(result, worker);
      parse_chunk(job.second, schema, scratch, sink);
      if (keep_chunks) result.chunk = std::move(job.second);
    } catch (...) {
      std::lock_guard lock(p.mu);
      if (!p.failure) p.failure = std::current_exception();
      wake_all(p);
      return;
    }
    std::lock_guard lock(p.mu);
    if (!keep_chunks) give_back_text(p, std::move(job.second.text));
    p.done.emplace(job.first, std::move(result));
    if (job.first == p.next_emit) p.has_result.notify_one();  // the one the emitter waits for
  }
}

}  // namespace

std::string not_read(const BatchCounts& c) {
  uint64_t records = c.errors - c.unreadable;
  if (c.unreadable == 0) return trf("{} not read", plural(records, "record", "records"));
  if (records == 0) return trf("{} not read", plural(c.unreadable, "input", "inputs"));
  return trf("{} and {} not read", plural(c.unreadable, "input", "inputs"),
             plural(records, "record", "records"));
}

BatchCounts run_batch(const std::vector<std::string>& inputs, const Schema& schema,
                      const BatchOptions& options,
                      const std::function<std::unique_ptr<BatchWorker>()>& make_worker,
                      BatchSink& sink) {
  unsigned threads = worker_threads(options.threads);

  Pipeline p;
  p.window = 2 * threads + 2;
  std::vector<std::unique_ptr<BatchWorker>> workers;
  for (unsigned i = 0; i < threads; ++i) workers.push_back(make_worker());

  std::thread reader([&] { read_all(p, inputs, schema, options.reader); });
  std::vector<std::thread> pool;
  for (unsigned i = 0; i < threads; ++i) {
    pool.emplace_back([&, i] { work(p, schema, *workers[i], sink.wants_skipped()); });
  }

  BatchCounts counts;
  uint64_t bytes_done = 0;
  IdSet seen;
  const bool wants_skipped = sink.wants_skipped();
  auto emit = [&](const Result& r) {
    for (const Diagnostic& d : r.input_errors) {
      sink.error(d);
      ++counts.errors;
      ++counts.unreadable;
    }
    uint32_t begin = 0, tag_begin = 0;
    // Outputs of consecutive good records, written with one call when the
    // sink allows it.
    bool join = sink.joins_outputs();
    uint32_t run_begin = 0, run_end = 0;
    std::optional<std::vector<Citizen>> again;  // the chunk parsed again, at its first duplicate
    auto flush = [&] {
      if (run_end > run_begin) sink.output({r.out.data() + run_begin, run_end - run_begin});
      run_begin = run_end = begin;
    };
    for (size_t i = 0; i < r.items.size(); ++i) {
      const Result::Item& item = r.items[i];
      if (options.check_duplicate_ids) {
        // The set is larger than the cache: fetch what the next inserts read
        // while this one is done.
        constexpr size_t kAhead = 8;
        if (i + kAhead < r.items.size()) seen.prefetch(r.items[i + kAhead].id_hash);
      }
      std::string_view bytes(r.out.data() + begin, item.out_end - begin);
      std::span<const uint64_t> tags(r.tags.data() + tag_begin, item.tag_end - tag_begin);
      begin = item.out_end;
      tag_begin = item.tag_end;
      if (item.bad) {
        if (join) flush();
        for (const Diagnostic& d : item.problems) sink.error(d);
        ++counts.errors;
        continue;
      }
      if (options.check_duplicate_ids && !seen.insert(item.id_hash)) {
        if (join) flush();
        std::string_view id(r.ids.data() + item.id_begin, item.id_end - item.id_begin);
        SourcePos pos{r.file ? *r.file : std::string(), item.line, item.column};
        sink.error(duplicate_id_error(pos, id));
        ++counts.errors;
        if (wants_skipped) {
          if (!again) again = reread(r, schema);
          sink.skipped((*again)[i]);
        }
        continue;
      }
      if (join) {
        run_end = item.out_end;
      } else {
        sink.output(bytes);
      }
      sink.record(tags);
      ++counts.records;
    }
    if (join) flush();
    sink.progress(counts.records);
    bytes_done += r.bytes;
    if (options.progress) options.progress->advance(bytes_done, options.input_bytes);
  };

  std::exception_ptr failure;
  for (;;) {
    Result r;
    {
      std::unique_lock lock(p.mu);
      p.has_result.wait(lock, [&] {
        return p.failure || p.done.count(p.next_emit) ||
               (p.reading_done && p.next_emit == p.next_slot);
      });
      if (p.failure) {
        failure = p.failure;
        break;
      }
      auto it = p.done.find(p.next_emit);
      if (it == p.done.end()) break;  // everything read has been emitted
      r = std::move(it->second);
      p.done.erase(it);
      ++p.next_emit;
      p.has_room.notify_one();
    }
    try {
      emit(r);
    } catch (...) {
      failure = std::current_exception();
      break;
    }
    std::lock_guard lock(p.mu);
    if (p.spare.size() < p.window) p.spare.push_back(std::move(r.out));
    give_back_text(p, std::move(r.chunk.text));
  }
  {
    std::lock_guard lock(p.mu);
    if (!p.failure && failure) p.failure = failure;
    if (failure) p.reading_done = true;
    wake_all(p);
  }
  reader.join();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return counts;
}

}  // namespace nytte
