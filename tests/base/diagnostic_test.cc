// Diagnostics: "did you mean" suggestions, and input quoted in messages cut
// short, so that an absurd name costs neither minutes nor megabytes.
#include "base/diagnostic.h"

#include <doctest/doctest.h>

#include <sstream>

#include "load/citizen_reader.h"
#include "nytte/i18n.h"

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

// Sets the language for one test and English again after it.
struct InDanish {
  InDanish() { set_language(Language::da); }
  ~InDanish() { set_language(Language::en); }
};

TEST_CASE("message_line in Danish: fejl and advarsel; str() keeps error: for CI parsers") {
  std::string error, warning, plain, validate_form;
  {
    InDanish da;
    Diagnostic d{Severity::error, {"a.toml", 3, 1}, "besked", "x"};
    error = message_line(d);
    validate_form = d.str();
    d.severity = Severity::warning;
    warning = message_line(d);
    plain = message_line(Severity::error, "besked");
  }
  CHECK(error == "nytte: fejl: a.toml:3:1: besked");
  CHECK(warning == "nytte: advarsel: a.toml:3:1: besked");
  CHECK(plain == "nytte: fejl: besked");
  CHECK(validate_form == "a.toml:3:1: error: besked");
  CHECK(message_line(Severity::error, "m") == "nytte: error: m");
}

TEST_CASE("a citizen input's problems in Danish, codes and field names as they are") {
  std::vector<Diagnostic> toml, csv, header, date;
  std::string hint, syntax;
  {
    InDanish da;
    toml = problems_of("[[citizen]]\nid = \"a\"\nbenfit = \"su\"\n", InputFormat::toml);
    csv = problems_of("id,benefit\na,su,9\n", InputFormat::csv);
    header = problems_of("id,shcool_years\na,9\n", InputFormat::csv);
    date = problems_of("[[citizen]]\nid = \"a\"\nbirth_date = 2023-02-30\n", InputFormat::toml);
    hint = did_you_mean("jsn", {"json"});
    syntax = toml_syntax_message("Error while parsing date: expected day, saw 30");
  }
  REQUIRE(toml.size() == 1);
  CHECK(toml[0].message == "ukendt felt 'benfit'; mente du 'benefit'?");
  CHECK(toml[0].code == "unknown-field");
  REQUIRE(csv.size() == 1);
  CHECK(csv[0].message == "rækken har 3 celler, overskriften har 2 kolonner");
  REQUIRE(header.size() == 1);
  CHECK(header[0].message == "ukendt kolonne 'shcool_years'; mente du 'school_years'?");
  REQUIRE(date.size() == 1);
  CHECK(date[0].message.starts_with("ugyldig dato: "));
  CHECK(hint == "mente du 'json'?");
  CHECK(syntax == "ugyldig dato: expected day, saw 30");
  // English as before.
  CHECK(toml_syntax_message("Error while parsing date: expected day, saw 30") ==
        "invalid date: expected day, saw 30");
  CHECK(toml_syntax_message("Error while parsing inline table: x") == "invalid inline table: x");
}

TEST_CASE("toml++'s details in Danish where they have a known form, English as toml++ wrote them") {
  std::string day, hour, bracket, comment, utf8, other;
  {
    InDanish da;
    day = toml_syntax_message(
        "Error while parsing date: expected day between 1 and 28 (inclusive), saw 30");
    hour = toml_syntax_message(
        "Error while parsing time: expected hour between 0 to 59 (inclusive), saw 77");
    bracket = toml_syntax_message("Error while parsing table header: expected ']', saw '\\n'");
    comment = toml_syntax_message(
        "Error while parsing key-value pair: expected a comment or whitespace, saw '7'");
    utf8 = toml_syntax_message("Encountered invalid utf-8 sequence");
    other = toml_syntax_message("Error while parsing string: expected nothing, saw x");
  }
  CHECK(day == "ugyldig dato: forventede en dag fra 1 til 28, fandt 30");
  CHECK(hour == "ugyldigt klokkeslæt: forventede en time fra 0 til 59, fandt 77");
  CHECK(bracket == "ugyldig tabeloverskrift: forventede ']', fandt '\\n'");
  CHECK(comment == "ugyldigt nøgle-værdi-par: forventede en kommentar eller mellemrum, fandt '7'");
  CHECK(utf8 == "ugyldig UTF-8-sekvens");
  CHECK(other == "ugyldig tekst: expected nothing, saw x");  // an unknown phrase stays
  CHECK(toml_syntax_message("Error while parsing table header: expected ']', saw '\\n'") ==
        "invalid table header: expected ']', saw '\\n'");
  CHECK(toml_syntax_message("Encountered invalid utf-8 sequence") ==
        "Encountered invalid utf-8 sequence");
}

}  // namespace nytte
