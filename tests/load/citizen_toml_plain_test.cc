// The plain TOML reader against toml++: on any text, both give the same
// records and the same messages (the plain reader declines what it does not
// take, and toml++ reads that).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <fmt/format.h>

#include "../citizen_dump.h"
#include "load/citizen_fields.h"

namespace nytte::citizen_fields {
namespace {

using testing::dump;

// Everything a chunk gave, one line a record or a problem.
class Dump : public RecordSink {
 public:
  void record(const Citizen& c) override {
    text += dump(c);
    text += '\n';
  }
  void bad_record(const std::vector<Diagnostic>& problems) override {
    for (const Diagnostic& d : problems) {
      text += fmt::format("! {}:{}:{} [{}] {}\n", d.pos.file, d.pos.line, d.pos.column, d.code,
                          d.message);
    }
  }
  std::string text;
};

std::string read_with(const std::string& text, const Schema& schema, bool plain) {
  Chunk chunk;
  chunk.file = std::make_shared<const std::string>("t.toml");
  chunk.text = text;
  chunk.first_line = 3;
  Citizen c;
  Dump sink;
  parse_toml_chunk(chunk, schema, c, sink, plain);
  return sink.text;
}

Schema declared_schema() {
  Schema s;
  s.fields.push_back({"has_car", Type::boolean, "", {}, {}});
  s.fields.push_back({"children", Type::number, "", {}, {}});
  s.fields.push_back({"zone", Type::string, "", {"north", "south"}, {}});
  s.fields.push_back({"languages", Type::string_list, "", {}, {}});
  s.fields.push_back({"since", Type::date, "", {}, {}});
  s.exemption_codes = {"health", "ukraine"};
  s.track_ids = {"jobpakke", "arbejdspligt"};
  return s;
}

// Texts that are read the plain way, and near misses of every kind that must
// be declined and read by toml++.
const char* const kCases[] = {
    "[[citizen]]\nid = \"a\"\nbenefit = \"kontanthjaelp\"\nschool_years = 9\n",
    "# head\n\n[[citizen]]   # a comment\nid = 'a'\t# tab\r\nschool_years = 0\r\n",
    "[[citizen]]\nid = \"æøå\"\nresidence_area = \"Gellerup ✓\"\n",
    "[[citizen]]\nid = \"a\\tb\"\n",
    "[[citizen]]\nid = \"\"\"a\"\"\"\n",
    "[[citizen]]\nid = ''\n",
    "[[citizen]]\nid = \"a\"\nid = \"b\"\n",
    "[[citizen]]\nid = \"a\"\nschool_years = 09\n",
    "[[citizen]]\nid = \"a\"\nschool_years = +9\n",
    "[[citizen]]\nid = \"a\"\nschool_years = 1_0\n",
    "[[citizen]]\nid = \"a\"\nschool_years = 9.0\n",
    "[[citizen]]\nid = \"a\"\nordinary_hours = 1e1\n",
    "[[citizen]]\nid = \"a\"\nordinary_hours = -0.5\n",
    "[[citizen]]\nid = \"a\"\nordinary_hours = 12.\n",
    "[[citizen]]\nid = \"a\"\nordinary_hours = inf\n",
    "[[citizen]]\nid = \"a\"\nunemployed_since = 2023-02-30\n",
    "[[citizen]]\nid = \"a\"\nunemployed_since = 2023-02-03T10:00:00\n",
    "[[citizen]]\nid = \"a\"\nunemployed_since = 2023-02-03 10:00:00\n",
    "[[citizen]]\nid = \"a\"\nunemployed_since = \"2023-02-03\"\n",
    "[[citizen]]\nid = \"a\"\ndanish_tests = [\n  \"PD1\", # first\n  \"PD2\",\n]\n",
    "[[citizen]]\nid = \"a\"\ndanish_tests = [,]\n",
    "[[citizen]]\nid = \"a\"\ndanish_tests = [\"PD9\"]\n",
    "[[citizen]]\nid = \"a\"\nbenefit_history = "
    "[{benefit=\"kontanthjælp\",from=2020-01-01,to=2020-12-31}]\n",
    "[[citizen]]\nid = \"a\"\nbenefit_history = [{ benefit = \"x\", from = 2020-01-01 }]\n",
    "[[citizen]]\nid = \"a\"\nbenefit_history = [{ from = 2020-01-01 }]\n",
    "[[citizen]]\nid = \"a\"\nbenefit_history = [{ benefit = \"ingen\", from = 2020-01-01, }]\n",
    "[[citizen]]\nid = \"a\"\nbenefit_history = [{ benefit = \"ingen\", from = 2021-01-01, to = "
    "2020-01-01 }]\n",
    "[[citizen]]\nid = \"a\"\nbenefit_history = [{ benefit = \"ingen\",\n from = 2021-01-01 }]\n",
    "[[citizen]]\nid = \"a\"\nunavailable = [{ day = \"man\", from = 08:00:00, to = 12:00:00 }]\n",
    "[[citizen]]\nid = \"a\"\nunavailable = [{ day = \"mon\", from = 08:00, to = 12:00 }]\n",
    "[[citizen]]\nid = \"a\"\nunavailable = [{ day = \"mon\", from = 12:00:00, to = 08:00:00 }]\n",
    "[[citizen]]\nid = \"a\"\nunavailable = [{ day = \"mon\", from = 08:00:00.5, to = 12:00:00 "
    "}]\n",
    "[[citizen]]\nid = \"a\"\n[[citizen.benefit_history]]\nbenefit = \"ingen\"\nfrom = "
    "2020-01-01\n",
    "[[citizen]]\nid = \"a\"\nsub.key = 1\n",
    "[[citizen]]\nid = \"a\"\n\"school_years\" = 9\n",
    "[[citizen]]\nschool_years = 9\n",
    "[[citizen]]\nid = \"a\"\ncpr = \"140370-1234\"\nbirth_date = 1970-03-14\nsex = \"M\"\n",
    "[[citizen]]\nid = \"a\"\ncpr = \"140370-1234\"\nbirth_date = 1971-03-14\n",
    "[[citizen]]\nid = \"a\"\ncpr = \"140370-123\"\n",
    "[[citizen]]\nid = \"a\"\nbenfit = \"ingen\"\n",
    "[[citizen]]\nid = \"a\"\nexemptions = [\"health\", \"sick\"]\nassigned_track = \"jobpakke\"\n",
    "[[citizen]]\nid = \"a\"\nhas_car = true\nchildren = 2\nzone = \"north\"\nlanguages = "
    "[\"da\", 'en']\nsince = 2020-02-29\n",
    "[[citizen]]\nid = \"a\"\nhas_car = 1\n",
    "[[citizen]]\nid = \"a\"\nzone = \"east\"\n",
    "[[citizen]]\nid = \"a\"\nschool_years = 9 x\n",
    "[[citizen]]\nid = \"a\"\r\nschool_years = 9\r",
    "[[citizen]]\nid = \"a\" # ok \x01\n",
    "[[citizen]]\nid = \"a\xff\"\n",
    "[[citizen]]\nid = \"a\xed\xa0\x80\"\n",
    "[[citizen]] x\nid = \"a\"\n",
    "[ [citizen] ]\nid = \"a\"\n",
    "top = 1\n[[citizen]]\nid = \"a\"\n",
    "[other]\nx = 1\n",
    "\xef\xbb\xbf[[citizen]]\nid = \"a\"\n",
    "[[citizen]]\nid = \"a\"\nborn_in_denmark = true\n",
    "[[citizen]]\nid = \"a\"\nborn_in_denmark = false\nfirst_entry_date = 1994-08-15\n",
    "[[citizen]]\nid = \"a\"\nborn_in_denmark = \"nej\"\n",
    "[[citizen]]\nid = \"a\"\nborn_in_denmark = 0\n",
    "[[citizen]]\nid = \"a\"\nborn_in_denmark = TRUE\n",
    "[[citizen]]\nid = \"a\"\nborn_in_denmark = true\nborn_in_denmark = true\n",
    "[[citizen]]\nid = \"a\"\nfirst_entry_date = \"1994-08-15\"\n",
    "[[citizen]]\nid = \"a\"\nfirst_entry_date = 1994-02-29\n",
    "[[citizen]]\nid = \"a\"\ncpr = \"140370-1234\"\nfirst_entry_date = 1970-03-13\n",
    "[[citizen]]\nid = \"a\"\nbirth_date = 1970-03-14\nfirst_entry_date = 1970-03-14\n",
};

TEST_CASE("plain TOML reader: takes plain records and declines the rest") {
  Schema schema = declared_schema();
  Citizen c;
  PlainTomlReader reader(schema);
  CHECK(reader.read("[[citizen]]\nid = \"a\"\nbenefit = \"kontanthjælp\"\n", c) ==
        PlainTomlReader::Result::record);
  CHECK(c.id == "a");
  CHECK(reader.read("# only a comment\n\n", c) == PlainTomlReader::Result::nothing);
  CHECK(reader.read("[[citizen]]\nid = \"a\\u0041\"\n", c) == PlainTomlReader::Result::declined);
  CHECK(reader.read("[[citizen]]\nid = \"a\"\nbenefit = \"none\"\n", c) ==
        PlainTomlReader::Result::declined);
  CHECK(reader.read("[[citizen]]\nschool_years = 3\n", c) == PlainTomlReader::Result::declined);
}

TEST_CASE("plain TOML reader: the same records and messages as toml++") {
  Schema schema = declared_schema();
  for (const char* text : kCases) {
    CAPTURE(text);
    CHECK(read_with(text, schema, true) == read_with(text, schema, false));
  }
  // The example and test citizen files, whole.
  for (const char* dir : {"/examples/citizens", "/tests/data/citizens"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(NYTTE_SOURCE_DIR) + dir)) {
      if (entry.path().extension() != ".toml") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      CAPTURE(entry.path().string());
      std::string plain = read_with(buf.str(), schema, true);
      CHECK(plain == read_with(buf.str(), schema, false));
      CHECK(!plain.empty());
    }
  }
}

TEST_CASE("plain TOML reader: the same as toml++ on damaged records") {
  // Every case and a full record, damaged at random places (seeded): a byte
  // dropped, doubled or replaced by one TOML gives meaning to.
  Schema schema = declared_schema();
  std::vector<std::string> texts(std::begin(kCases), std::end(kCases));
  texts.push_back(
      "[[citizen]]\nid = \"p1\"\ncpr = \"051276-0486\"\nmunicipality = \"751\"\n"
      "benefit = \"kontanthjaelp\"\nbenefit_history = [{ benefit = \"kontanthjaelp\", from = "
      "2017-10-05, to = 2018-01-01 }, { benefit = \"ingen\", from = 2018-01-02 }]\n"
      "category = \"jobparat\"\ndanish_tests = [\"PD3\"]\nschool_years = 13\n"
      "residence_years_last_10 = 9.0\nunemployed_since = 2019-10-27\nordinary_hours = 0.0\n"
      "exemptions = []\nunavailable = [{ day = \"wed\", from = 08:00:00, to = 12:00:00 }]\n"
      "has_car = false\nlanguages = [\"da\"]\n\n[[citizen]]\nid = \"p2\"\n");
  texts.push_back(
      "[[citizen]]\nid = \"p3\"\nbirth_date = 1970-03-14\nborn_in_denmark = false\n"
      "first_entry_date = 1994-08-15\n");
  const std::string alphabet = "\"'=[]{},.#-+:0129 \t\nTe\\\xc3";
  std::mt19937 rng(2025);
  size_t damaged = 0;
  for (const std::string& text : texts) {
    for (int round = 0; round < 40; ++round) {
      std::string t = text;
      size_t at = rng() % t.size();
      switch (rng() % 3) {
        case 0:
          t.erase(at, 1);
          break;
        case 1:
          t.insert(at, 1, t[at]);
          break;
        default:
          t[at] = alphabet[rng() % alphabet.size()];
      }
      CAPTURE(t);
      CHECK(read_with(t, schema, true) == read_with(t, schema, false));
      ++damaged;
    }
  }
  CHECK(damaged == texts.size() * 40);
}

}  // namespace
}  // namespace nytte::citizen_fields
