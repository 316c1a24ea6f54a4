// Streaming a population through a per-person computation on several threads,
// with results written in input order:
//   read (one thread) -> parse + compute + format (workers) -> emit in order.
// Memory is bounded by the number of chunks in flight, not the population.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "condition/condition.h"
#include "format/output.h"
#include "load/citizen_reader.h"
#include "model/citizen.h"
#include "run/progress.h"

namespace nytte {

// One per worker thread; never shared.
class BatchWorker {
 public:
  virtual ~BatchWorker() = default;
  // Appends the person's output to `out`, and to `tags` any numbers the
  // ordered stage should see for this person (BatchSink::record), e.g. a
  // status and target groups for a summary.
  virtual void process(const Citizen& c, ByteBuffer& out, std::vector<uint64_t>& tags) = 0;
};

// The ordered stage: called on one thread, in input order.
class BatchSink {
 public:
  virtual ~BatchSink() = default;
  virtual void output(std::string_view bytes) = 0;
  // True when the outputs of consecutive records may be passed to output()
  // joined, as one call (no separators between records are added).
  virtual bool joins_outputs() const { return false; }
  virtual void record(std::span<const uint64_t> tags) = 0;
  virtual void error(const Diagnostic& d) = 0;
  virtual void progress(uint64_t records_done) { (void)records_done; }
  // A record skipped as a duplicate id, read again from its input bytes, for
  // a sink whose workers keep something of every record (a report's counts):
  // the workers see a record before the ordered stage knows it is a
  // duplicate, so the sink takes the record's share out again. Called in
  // input order, after the record's error(), only when wants_skipped(); the
  // chunks are then kept until they are emitted (about one more chunk of
  // text a chunk in flight) and one with a duplicate is parsed once more.
  virtual bool wants_skipped() const { return false; }
  virtual void skipped(const Citizen& c) { (void)c; }
};

struct BatchOptions {
  unsigned threads = 0;  // 0: one per core
  bool check_duplicate_ids = true;
  ReaderOptions reader;
  // Told the bytes of input emitted so far, of `input_bytes` (0: not known),
  // from the ordered stage; null: nobody asks.
  Progress* progress = nullptr;
  uint64_t input_bytes = 0;
};

struct BatchCounts {
  uint64_t records = 0;     // good records emitted
  uint64_t errors = 0;      // bad records and unreadable inputs
  uint64_t unreadable = 0;  // of them, the whole inputs (a file that cannot be read)
};

// What a summary line says of `errors`, which counts records, not the lines
// of standard error (a record can have several): "2 records not read", "1
// input not read", "1 input and 2 records not read".
std::string not_read(const BatchCounts& c);

BatchCounts run_batch(const std::vector<std::string>& inputs, const Schema& schema,
                      const BatchOptions& options,
                      const std::function<std::unique_ptr<BatchWorker>()>& make_worker,
                      BatchSink& sink);

}  // namespace nytte
