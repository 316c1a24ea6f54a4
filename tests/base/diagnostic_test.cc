// Diagnostics: "did you mean" suggestions, and input quoted in messages cut
// short, so that an absurd name costs neither minutes nor megabytes.
#include "base/diagnostic.h"

#include <doctest/doctest.h>

#include <sstream>

#include "load/citizen_reader.h"

namespace nytte {
namespace {

// The problems of reading `text` as a citizen input named "t" (one bad record,
// or a whole-input problem such as a CSV header).
std::vector<Diagnostic> problems_of(const std::string& text, InputFormat format) {
  struct Keep : RecordSink {
    std::vector<Diagnostic> out;
    void record(const Citizen&) override {}
    void bad_record(const std::vector<Diagnostic>& p) override {
      out.insert(out.end(), p.begin(), p.end());
    }
  } sink;
  std::istringstream in(text);
  ReaderOptions opt;
  opt.format = format;
  Schema schema;
  ChunkReader reader(in, "t", schema, opt);
  Chunk chunk;
  Citizen scratch;
  while (reader.next(chunk, sink.out)) parse_chunk(chunk, schema, scratch, sink);
  return sink.out;
}

const std::string kHuge(10 << 20, 'x');  // a 10 MB name

}  // namespace

TEST_CASE("edit_distance: insertions, deletions, substitutions and transpositions cost 1") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("titel", "title") == 1);
  CHECK(edit_distance("benefit", "benefti") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("ca", "abc") == 3);  // optimal string alignment, not Damerau
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("did_you_mean: close words suggested, far and absurdly long ones not") {
  CHECK(did_you_mean("benfit", {"benefit", "category"}) == "did you mean 'benefit'?");
  CHECK(did_you_mean("zzzzzz", {"benefit", "category"}) == "");
  CHECK(did_you_mean("PD4", {"PD1", "PD2"}) == "did you mean 'PD1'?");
  // Case is no edit: the word in capitals, or close to it.
  CHECK(did_you_mean("JSON", {"text", "json"}) == "did you mean 'json'?");
  CHECK(did_you_mean("NEVER", {"auto", "always", "never"}) == "did you mean 'never'?");
  CHECK(did_you_mean("JSNO", {"text", "json"}) == "did you mean 'json'?");
  CHECK(did_you_mean("csv", {"CSV"}) == "did you mean 'CSV'?");
  CHECK(did_you_mean("XYZW", {"json"}) == "");
  // Too far apart in length to be within the edits allowed: not compared.
  CHECK(did_you_mean("benefitbenefitbenefit", {"benefit"}) == "");
  // Over kMaxSuggestedWord: no suggestion, whatever the candidates.
  std::string long_word(kMaxSuggestedWord + 1, 'a');
  CHECK(did_you_mean(long_word, {long_word.substr(1)}) == "");
  CHECK(did_you_mean(kHuge, {"benefit", "category", std::string_view(kHuge).substr(1)}) == "");
}

TEST_CASE("message_line: standard error's one form; str() stays validate's") {
  Diagnostic d{Severity::error, {"r.toml", 11, 17}, "cannot compare", "type-error"};
  CHECK(message_line(d) == "nytte: error: r.toml:11:17: cannot compare");
  CHECK(d.str() == "r.toml:11:17: error: cannot compare");
  d.pos.column = 0;
  CHECK(message_line(d) == "nytte: error: r.toml:11: cannot compare");
  d.pos.line = 0;
  CHECK(message_line(d) == "nytte: error: r.toml: cannot compare");
  d.pos.file.clear();
  CHECK(message_line(d) == "nytte: error: cannot compare");
  Diagnostic w = d;
  w.severity = Severity::warning;
  w.pos = SourcePos{"p.csv", 3, 1};
  w.message = "ung-1: 2:00 missing";
  CHECK(message_line(w) == "nytte: warning: p.csv:3:1: ung-1: 2:00 missing");
}

TEST_CASE("excerpt: short text as it is, long text cut at a character with its size") {
  CHECK(excerpt("benefit") == "benefit");
  CHECK(excerpt(std::string(kMaxExcerpt, 'a')) == std::string(kMaxExcerpt, 'a'));
  CHECK(excerpt(std::string(kMaxExcerpt + 1, 'a')) ==
        std::string(kMaxExcerpt, 'a') + "…(61 bytes)");
  CHECK(excerpt(kHuge) == std::string(kMaxExcerpt, 'x') + "…(10485760 bytes)");
  // "æ" is two bytes: a cut never falls inside it.
  std::string danish = std::string(kMaxExcerpt - 1, 'a') + "æøå";
  CHECK(excerpt(danish) == std::string(kMaxExcerpt - 1, 'a') + "…(65 bytes)");
  CHECK(excerpt("abcdef", 3) == "abc…(6 bytes)");
}

TEST_CASE("a 10 MB unknown field, code or column: a short message and no suggestion") {
  auto check_short = [](const std::vector<Diagnostic>& problems, std::string_view what) {
    REQUIRE(problems.size() == 1);
    const std::string& m = problems[0].message;
    CAPTURE(m.substr(0, 200));
    CHECK(m.find(what) != std::string::npos);
    CHECK(m.size() < 400);
    CHECK(m.find("…(10485760 bytes)") != std::string::npos);
    CHECK(m.find("did you mean") == std::string::npos);
  };
  check_short(problems_of("[[citizen]]\nid = \"a\"\n" + kHuge + " = 1\n", InputFormat::toml),
              "unknown field");
  check_short(
      problems_of("[[citizen]]\nid = \"a\"\nbenefit = \"" + kHuge + "\"\n", InputFormat::toml),
      "unknown benefit");
  check_short(problems_of("id,category\na," + kHuge + "\n", InputFormat::csv), "unknown category");
  check_short(problems_of("id," + kHuge + "\na,1\n", InputFormat::csv), "unknown column");
}

}  // namespace nytte
