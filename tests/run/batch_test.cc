// Batches: records through the workers and back in input order; records
// skipped as duplicate ids, read again for a sink that asks for them.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "base/codes.h"
#include "run/batch.h"

using namespace nytte;

namespace {

struct TempFile {
  std::filesystem::path path;
  TempFile(std::string_view name, const std::string& text)
      : path(std::filesystem::temp_directory_path() /
             fmt::format("nytte-batch-{}-{}", ::getpid(), name)) {
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

// Writes each person's id and a newline; counts what every worker saw.
class IdWorker : public BatchWorker {
 public:
  explicit IdWorker(std::atomic<uint64_t>& seen) : seen_(seen) {}
  void process(const Citizen& c, ByteBuffer& out, std::vector<uint64_t>&) override {
    ++seen_;
    out.append(c.id.data(), c.id.size());
    out.push_back('\n');
  }

 private:
  std::atomic<uint64_t>& seen_;
};

struct Collect : public BatchSink {
  bool wants = true;
  std::string out;
  uint64_t records = 0;
  std::vector<std::string> errors;
  std::vector<std::string> skipped_records;  // id and benefit
  void output(std::string_view bytes) override { out += bytes; }
  void record(std::span<const uint64_t>) override { ++records; }
  void error(const Diagnostic& d) override {
    errors.push_back(fmt::format("{}:{} {}", d.pos.line, d.pos.column, d.code));
  }
  bool wants_skipped() const override { return wants; }
  void skipped(const Citizen& c) override {
    skipped_records.push_back(
        fmt::format("{} {}", c.id, c.benefit ? benefit_code(*c.benefit) : "(missing)"));
  }
};

// 600 people p1..p600 on kontanthjaelp; each with other data, a repeat of
// p1, of p3 right after it, and of p600 and p2 at the end; and a bad record
// with the id of the next (a record that cannot be read takes no id).
std::string population_with_duplicates() {
  std::string s = "id,benefit\n";
  for (int i = 1; i <= 600; ++i) {
    s += fmt::format("p{},kontanthjaelp\n", i);
    if (i == 3) s += "p1,uddannelseshjaelp\n";
    if (i == 4) s += "p3,hjemrejseydelse\n";
    if (i == 300) s += "p301,not-a-benefit\n";
  }
  s += "p600,overgangsydelse\np2,selvforsoergelsesydelse\n";
  return s;
}

}  // namespace

TEST_CASE("batch: the records skipped as duplicate ids, read again, in input order") {
  TempFile file("dups.csv", population_with_duplicates());
  for (unsigned threads : {1u, 4u}) {
    for (bool wants : {true, false}) {
      CAPTURE(threads);
      CAPTURE(wants);
      std::atomic<uint64_t> seen{0};
      Collect sink;
      sink.wants = wants;
      BatchOptions bo;
      bo.threads = threads;
      bo.reader.chunk_bytes = 200;  // many chunks, on every worker
      BatchCounts n = run_batch(
          {file.path.string()}, Schema{}, bo, [&] { return std::make_unique<IdWorker>(seen); },
          sink);
      CHECK(n.records == 600);
      CHECK(n.errors == 5);
      CHECK(sink.records == 600);
      CHECK(seen == 604);  // the workers saw the duplicates too
      std::string ids;
      for (int i = 1; i <= 600; ++i) ids += fmt::format("p{}\n", i);
      CHECK(sink.out == ids);
      CHECK(sink.errors == std::vector<std::string>{"5:1 duplicate-id", "7:1 duplicate-id",
                                                    "304:6 unknown-code", "605:1 duplicate-id",
                                                    "606:1 duplicate-id"});
      // The later records, with their own data, not the first of each id.
      if (wants) {
        CHECK(sink.skipped_records ==
              std::vector<std::string>{"p1 uddannelseshjaelp", "p3 hjemrejseydelse",
                                       "p600 overgangsydelse", "p2 selvforsoergelsesydelse"});
      } else {
        CHECK(sink.skipped_records.empty());
      }
    }
  }
}

TEST_CASE("batch: no record is skipped, nor read again, without the duplicate check") {
  TempFile file("nocheck.csv", population_with_duplicates());
  std::atomic<uint64_t> seen{0};
  Collect sink;
  BatchOptions bo;
  bo.threads = 2;
  bo.check_duplicate_ids = false;
  BatchCounts n = run_batch(
      {file.path.string()}, Schema{}, bo, [&] { return std::make_unique<IdWorker>(seen); }, sink);
  CHECK(n.records == 604);
  CHECK(n.errors == 1);
  CHECK(sink.skipped_records.empty());
}

TEST_CASE("not_read: the records a batch could not read, and the whole inputs apart") {
  CHECK(not_read(BatchCounts{}) == "0 records not read");
  CHECK(not_read(BatchCounts{5, 1, 0}) == "1 record not read");
  CHECK(not_read(BatchCounts{5, 2, 0}) == "2 records not read");
  CHECK(not_read(BatchCounts{0, 1, 1}) == "1 input not read");
  CHECK(not_read(BatchCounts{3, 4, 2}) == "2 inputs and 2 records not read");
}
