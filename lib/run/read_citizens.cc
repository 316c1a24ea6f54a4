#include "run/read_citizens.h"

#include <unordered_set>

#include "load/duplicate_id.h"

namespace nytte {

namespace {

class Forward : public RecordSink {
 public:
  Forward(StderrLog& log, const std::function<void(const Citizen&)>& each)
      : log_(log), each_(each) {}
  void record(const Citizen& c) override { each_(c); }
  void bad_record(const std::vector<Diagnostic>& problems) override { log_.bad_record(problems); }

 private:
  StderrLog& log_;
  const std::function<void(const Citizen&)>& each_;
};

}  // namespace

void read_citizens(const std::vector<std::string>& inputs, const Schema& schema,
                   const ReaderOptions& opt, StderrLog& log, Progress* progress,
                   const std::function<void(const Citizen&)>& each) {
  uint64_t total = progress ? input_bytes(inputs) : 0, done = 0;
  ChunkReader reader(inputs, schema, opt);
  Chunk chunk;
  Citizen scratch;
  Forward sink(log, each);
  std::vector<Diagnostic> input_errors;
  for (;;) {
    bool more = reader.next(chunk, input_errors);
    for (const Diagnostic& d : input_errors) log.error(d);
    input_errors.clear();
    if (!more) break;
    parse_chunk(chunk, schema, scratch, sink);
    done += chunk.text.size();
    if (progress) progress->advance(done, total);
  }
}

Diagnostic duplicate_id_error(const Citizen& c) {
  return duplicate_id_error(c.pos, c.id);
}

std::vector<Citizen> read_unique_citizens(const std::vector<std::string>& inputs,
                                          const Schema& schema, StderrLog& log,
                                          StageProgress& progress) {
  std::vector<Citizen> people;
  std::unordered_set<std::string> ids;
  progress.stage("reading citizens", ProgressUnit::bytes);
  read_citizens(inputs, schema, {}, log, &progress, [&](const Citizen& c) {
    if (ids.insert(c.id).second) {
      people.push_back(c);
    } else {
      log.error(duplicate_id_error(c));
    }
  });
  return people;
}

}  // namespace nytte
