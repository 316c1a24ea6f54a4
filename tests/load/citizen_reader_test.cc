#include "load/citizen_reader.h"
#include "load/citizen_fields.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>

#include <unistd.h>

#include <fmt/format.h>

namespace nytte {
namespace {

const std::string kData = std::string(NYTTE_SOURCE_DIR) + "/tests/data/citizens/";

// What a reader and parse_chunk made of some input.
struct Loaded {
  std::vector<Citizen> citizens;
  std::vector<std::vector<Diagnostic>> bad;  // one entry a bad record
  std::vector<Diagnostic> input_errors;
  size_t chunks = 0;
};

class Keep : public RecordSink {
 public:
  explicit Keep(Loaded& l) : l_(l) {}
  void record(const Citizen& c) override { l_.citizens.push_back(c); }
  void bad_record(const std::vector<Diagnostic>& problems) override {
    REQUIRE(!problems.empty());
    l_.bad.push_back(problems);
  }

 private:
  Loaded& l_;
};

Loaded drain(ChunkReader& reader, const Schema& schema) {
  Loaded l;
  Keep sink(l);
  Citizen scratch;
  Chunk chunk;
  uint64_t seq = 0;
  while (reader.next(chunk, l.input_errors)) {
    CHECK(chunk.seq == seq++);
    parse_chunk(chunk, schema, scratch, sink);
    ++l.chunks;
  }
  return l;
}

// Reads `text` as standard input would be read.
Loaded read_text(const std::string& text, const Schema& schema = {}, ReaderOptions opt = {}) {
  std::istringstream in(text);
  ChunkReader reader(in, "t", schema, opt);
  return drain(reader, schema);
}

Loaded read_paths(const std::vector<std::string>& paths, const Schema& schema = {},
                  ReaderOptions opt = {}) {
  ChunkReader reader(paths, schema, opt);
  return drain(reader, schema);
}

// The one problem of the one bad record.
const Diagnostic& only_problem(const Loaded& l) {
  REQUIRE(l.bad.size() == 1);
  REQUIRE(l.bad[0].size() == 1);
  return l.bad[0][0];
}

std::string at(const Diagnostic& d) {
  return fmt::format("{}:{}:{}", d.pos.file, d.pos.line, d.pos.column);
}

// A population of n records whose values vary with the index, in TOML or CSV,
// with quoted cells holding separators, quotes and newlines.
std::string generated_toml(int n) {
  std::string out = "# generated population\n\n";
  for (int i = 0; i < n; ++i) {
    out += fmt::format("[[citizen]]\nid = \"p{}\"\nschool_years = {}\nbirth_date = {}-0{}-1{}\n", i,
                       i % 31, 1950 + i % 50, 1 + i % 9, i % 10);
    if (i % 3 == 0) out += "danish_tests = [\"PD1\", \"studieprøven\"]\n";
    if (i % 5 == 0) {
      out += "residence_area = \"\"\"two\nlines\"\"\"\n";
      out += "[[citizen.benefit_history]]\nbenefit = \"kontanthjaelp\"\nfrom = 2020-01-01\n";
    }
    out += "\n";
  }
  return out;
}

std::string generated_csv(int n) {
  std::string out = "id,school_years,birth_date,danish_tests,residence_area,benefit_history\n";
  for (int i = 0; i < n; ++i) {
    out += fmt::format("p{},{},{}-0{}-1{},{},{},{}\n", i, i % 31, 1950 + i % 50, 1 + i % 9, i % 10,
                       i % 3 == 0 ? "PD1;studieprøven" : "",
                       i % 5 == 0 ? "\"two\nlines, \"\"quoted\"\"\"" : "",
                       i % 5 == 0 ? "kontanthjaelp:2020-01-01.." : "");
  }
  return out;
}

// Everything the generated records carry, for comparing readings.
std::vector<std::string> summary(const Loaded& l) {
  std::vector<std::string> out;
  for (const Citizen& c : l.citizens) {
    out.push_back(fmt::format(
        "{} {}:{} {} {} {} {} {}", c.id, c.pos.file, c.pos.line, c.school_years.value_or(-1),
        c.birth_date ? c.birth_date->iso() : "", c.danish_tests ? c.danish_tests->size() : 99,
        c.residence_area.value_or("-"), c.benefit_history ? c.benefit_history->size() : 99));
  }
  for (const auto& problems : l.bad) {
    for (const Diagnostic& d : problems) out.push_back(at(d) + " " + d.message);
  }
  return out;
}

struct TempDir {
  std::filesystem::path path;
  explicit TempDir(std::string_view name)
      : path(std::filesystem::temp_directory_path() /
             fmt::format("nytte-reader-{}-{}", name, ::getpid())) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::string p = (path / name).string();
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
};

}  // namespace

TEST_CASE("reader: the Nordfyns example loads as written") {
  LoadResult r = load_citizens({kData + "nordfyns.toml"}, Schema{});
  REQUIRE(r.errors.empty());
  REQUIRE(r.citizens.size() == 1);
  const Citizen& c = r.citizens[0];
  CHECK(c.id == "nordfyns-49");
  CHECK(c.pos.file == kData + "nordfyns.toml");
  CHECK(c.pos.line == 3);
  CHECK(c.birth_date == Date::from_ymd(1970, 3, 14));
  CHECK_FALSE(c.birth_date_from_cpr);
  CHECK(c.sex == Sex::F);
  CHECK(c.municipality == "480");
  CHECK(c.benefit == Benefit::kontanthjaelp);
  CHECK(c.category == Category::aktivitetsparat);
  CHECK(c.school_years == 9);
  REQUIRE(c.danish_tests);
  CHECK(*c.danish_tests == std::vector<DanishTest>{DanishTest::studieproeven});
  CHECK(c.residence_years_last_10 == 10.0);
  CHECK(c.fulltime_work_years_last_10 == 0.5);
  CHECK(c.work_capacity_hours == 12.0);
  CHECK_FALSE(c.ordinary_hours);
  CHECK_FALSE(c.benefit_history);
}

TEST_CASE("reader: every field of contract v1 from TOML, Danish spellings stored canonical") {
  LoadResult r = load_citizens({kData + "all_fields.toml"}, Schema{});
  REQUIRE(r.errors.empty());
  REQUIRE(r.citizens.size() == 1);
  const Citizen& c = r.citizens[0];
  CHECK(c.cpr == "140370-1234");
  // The CPR gives birth date (7th digit 1: the 1900s) and sex (even: F).
  CHECK(c.birth_date == Date::from_ymd(1970, 3, 14));
  CHECK(c.birth_date_from_cpr);
  CHECK(c.sex == Sex::F);
  CHECK(c.sex_from_cpr);
  CHECK(c.municipality == "751");
  CHECK(c.benefit == Benefit::kontanthjaelp);
  REQUIRE(c.benefit_history);
  REQUIRE(c.benefit_history->size() == 2);
  CHECK((*c.benefit_history)[0].benefit == Benefit::uddannelseshjaelp);
  CHECK((*c.benefit_history)[0].from == Date::from_ymd(2019, 1, 1));
  CHECK((*c.benefit_history)[0].to == Date::from_ymd(2020, 12, 31));
  CHECK((*c.benefit_history)[1].benefit == Benefit::kontanthjaelp);
  CHECK_FALSE((*c.benefit_history)[1].to);
  CHECK(c.category == Category::aabenlyst_uddannelsesparat);
  CHECK(*c.danish_tests == std::vector<DanishTest>{DanishTest::PD1, DanishTest::studieproeven});
  CHECK(c.school_years == 5);
  CHECK(c.residence_years_last_10 == 8.0);  // an integer where a float is expected
  CHECK(c.fulltime_work_years_last_10 == 1.5);
  CHECK(c.unemployed_since == Date::from_ymd(2023, 2, 1));
  CHECK(c.ordinary_hours == 4.5);
  CHECK(c.work_capacity_hours == 30.0);
  CHECK(*c.exemptions == std::vector<std::string>{"health"});
  REQUIRE(c.unavailable);
  REQUIRE(c.unavailable->size() == 2);
  CHECK((*c.unavailable)[1].day == Weekday::wed);
  CHECK((*c.unavailable)[1].from.minutes == 13 * 60);
  CHECK((*c.unavailable)[1].to.minutes == 16 * 60 + 30);
  CHECK(c.residence_area == "Gellerup");
  CHECK(c.start_date == Date::from_ymd(2025, 3, 3));
  CHECK(c.assigned_track == "jobpakke");
  CHECK(c.born_in_denmark == false);
  CHECK(c.first_entry_date == Date::from_ymd(1994, 8, 15));
}

TEST_CASE("reader: CPR numbers") {
  SUBCASE("a century from the 7th digit, an odd last digit for men, no dash needed") {
    Loaded l = read_text("[[citizen]]\nid = \"a\"\ncpr = \"0101104001\"\n");
    REQUIRE(l.citizens.size() == 1);
    CHECK(l.citizens[0].cpr == "010110-4001");
    CHECK(l.citizens[0].birth_date == Date::from_ymd(2010, 1, 1));
    CHECK(l.citizens[0].sex == Sex::M);
  }
  SUBCASE("agreeing birth date and sex are kept, not marked as from the CPR") {
    Loaded l = read_text(
        "[[citizen]]\nid = \"a\"\ncpr = \"140370-1234\"\nbirth_date = 1970-03-14\nsex = \"F\"\n");
    REQUIRE(l.citizens.size() == 1);
    CHECK_FALSE(l.citizens[0].birth_date_from_cpr);
    CHECK_FALSE(l.citizens[0].sex_from_cpr);
  }
  SUBCASE("a birth date and a sex that disagree: both reported at their values") {
    Loaded l = read_text(
        "[[citizen]]\nid = \"a\"\ncpr = \"140370-1234\"\nbirth_date = 1970-03-15\nsex = \"M\"\n");
    CHECK(l.citizens.empty());
    REQUIRE(l.bad.size() == 1);
    REQUIRE(l.bad[0].size() == 2);
    CHECK(at(l.bad[0][0]) == "t:4:14");
    CHECK(l.bad[0][0].message ==
          "birth_date 1970-03-15 disagrees with the CPR number, which "
          "gives 1970-03-14");
    CHECK(l.bad[0][0].code == "cpr-mismatch");
    CHECK(at(l.bad[0][1]) == "t:5:7");
    CHECK(l.bad[0][1].message == "sex 'M' disagrees with the CPR number, which gives F");
  }
  SUBCASE("a malformed number is an error that never repeats it") {
    for (std::string cpr : {"14037-01234", "1403701234X", "320170-1234"}) {
      Loaded l = read_text("[[citizen]]\nid = \"a\"\ncpr = \"" + cpr + "\"\n");
      const Diagnostic& d = only_problem(l);
      CHECK(at(d) == "t:3:7");
      CHECK(d.code == "bad-cpr");
      CHECK(d.message.find(cpr) == std::string::npos);
      CHECK(d.message.find("1234") == std::string::npos);
      CHECK(d.message.starts_with("malformed CPR number"));
    }
  }
}

TEST_CASE("reader: TOML errors, each at its line and column") {
  struct Case {
    std::string lines;  // after `id = "a"` on line 2
    std::string where;
    std::string message;
    std::string code;
  };
  for (const Case& k : std::vector<Case>{
           {"benfit = \"ingen\"", "t:3:1", "unknown field 'benfit'; did you mean 'benefit'?",
            "unknown-field"},
           {"school_years = \"9\"", "t:3:16",
            "field 'school_years' must be an integer, found string", "wrong-type"},
           {"school_years = 9.0", "t:3:16", "field 'school_years' must be an integer, found float",
            "wrong-type"},
           {"school_years = 31", "t:3:16",
            "field 'school_years' must be between 0 and 30, found 31", "out-of-range"},
           {"ordinary_hours = 200.5", "t:3:18",
            "field 'ordinary_hours' must be between 0 and 168, found 200.5", "out-of-range"},
           {"residence_years_last_10 = nan", "t:3:27",
            "field 'residence_years_last_10' must be a finite number, found nan", "out-of-range"},
           {"birth_date = \"1970-03-14\"", "t:3:14",
            "field 'birth_date' must be a date, found string; expected a TOML date like 1970-03-14 "
            "(no quotes)",
            "wrong-type"},
           {"benefit = \"kontanthjelp\"", "t:3:11",
            "unknown benefit 'kontanthjelp'; did you mean 'kontanthjaelp'?", "unknown-code"},
           {"category = 7", "t:3:12", "field 'category' must be a string, found integer",
            "wrong-type"},
           {"danish_tests = \"PD1\"", "t:3:16",
            "field 'danish_tests' must be an array of strings, found string", "wrong-type"},
           {"danish_tests = [\"PD1\", 2]", "t:3:24",
            "items of field 'danish_tests' must be strings, found integer", "wrong-type"},
           {"sex = \"X\"", "t:3:7", "unknown sex 'X' (expected F or M)", "unknown-code"},
           {"municipality = \"Arhus\"", "t:3:16",
            "unknown municipality 'Arhus': expected a kommunekode of three digits or a "
            "municipality name; did you mean 'Aarhus'?",
            "unknown-code"},
           {"benefit_history = [{ benefit = \"ingen\", from = 2021-01-01, to = 2020-12-31 }]",
            "t:3:20", "benefit period ends (2020-12-31) before it starts (2021-01-01)",
            "bad-period"},
           {"benefit_history = [{ benefit = \"ingen\", fro = 2021-01-01 }]", "t:3:41",
            "unknown key 'fro' in benefit_history; did you mean 'from'?", "unknown-field"},
           {"benefit_history = [{ benefit = \"ingen\" }]", "t:3:20",
            "benefit_history item without 'from'", "missing-field"},
           {"unavailable = [{ day = \"mon\", from = \"08:00\", to = 12:00:00 }]", "t:3:38",
            "field 'unavailable.from' must be a time, found string; expected a TOML local time "
            "like 08:00:00 (no quotes)",
            "wrong-type"},
           {"unavailable = [{ day = \"man\", from = 08:00:00, to = 12:00:00 }]", "t:3:24",
            "unknown day 'man' (expected mon, tue, wed, thu, fri, sat or sun)", "unknown-code"},
           {"unavailable = [{ day = \"mon\", from = 12:00:00, to = 08:00:00 }]", "t:3:16",
            "unavailable block must end after it starts, found 12:00 to 08:00", "bad-period"},
           {"[citizen.x]\ny = 1", "t:3:10", "unknown field 'x'", "unknown-field"},
       }) {
    CAPTURE(k.lines);
    Loaded l = read_text("[[citizen]]\nid = \"a\"\n" + k.lines + "\n");
    CHECK(l.citizens.empty());
    const Diagnostic& d = only_problem(l);
    CHECK(at(d) == k.where);
    CHECK(d.message == k.message);
    CHECK(d.code == k.code);
    CHECK(d.severity == Severity::error);
  }
}

TEST_CASE("reader: a record lists all its problems, in order; the id is required") {
  Loaded l = read_text(
      "[[citizen]]\nbenfit = \"ingen\"\nschool_years = -1\n\n[[citizen]]\nid = \"\"\n"
      "[[citizen]]\nid = 7\n");
  REQUIRE(l.bad.size() == 3);
  REQUIRE(l.bad[0].size() == 3);
  CHECK(at(l.bad[0][0]) == "t:1:1");
  CHECK(l.bad[0][0].message == "missing required field 'id' (a non-empty string)");
  CHECK(at(l.bad[0][1]) == "t:2:1");
  CHECK(at(l.bad[0][2]) == "t:3:16");
  CHECK(only_problem(Loaded{{}, {l.bad[1]}, {}, 0}).message == "field 'id' must not be empty");
  CHECK(l.bad[2][0].message == "field 'id' must be a string, found integer");
}

TEST_CASE("reader: byte columns after non-ASCII text") {
  Loaded l = read_text(
      "[[citizen]]\nid = \"a\"\n"
      "benefit_history = [{ benefit = \"kontanthjælp\", from = \"2021-01-01\" }]\n");
  // toml++ counts code points; the contract counts bytes (æ is two).
  CHECK(at(only_problem(l)) == "t:3:56");
}

TEST_CASE("reader: unknown top-level keys and tables, among the records") {
  Loaded l = read_text(
      "title = \"x\"\n[[citizen]]\nid = \"a\"\n[citizens]\nid = \"b\"\n[[citizen]]\nid = \"c\"\n");
  REQUIRE(l.citizens.size() == 2);
  CHECK(l.citizens[0].id == "a");
  CHECK(l.citizens[1].id == "c");
  REQUIRE(l.bad.size() == 2);
  CHECK(at(l.bad[0][0]) == "t:1:1");
  CHECK(l.bad[0][0].message ==
        "unknown top-level key 'title' (a citizen file holds [[citizen]] tables only)");
  CHECK(at(l.bad[1][0]) == "t:4:2");
  CHECK(l.bad[1][0].message ==
        "unknown top-level table 'citizens'; did you mean 'citizen'? (a citizen file holds "
        "[[citizen]] tables only)");
  CHECK(l.bad[1][0].code == "unknown-key");

  Loaded single = read_text("[citizen]\nid = \"a\"\n");
  CHECK(only_problem(single).message ==
        "'citizen' must be an array of tables, found table: write each record as [[citizen]]");
}

TEST_CASE("reader: a syntax error loses only its own record") {
  LoadResult r = load_citizens({kData + "malformed.toml"}, Schema{});
  REQUIRE(r.citizens.size() == 2);
  CHECK(r.citizens[0].id == "good-1");
  CHECK(r.citizens[1].id == "good-2");
  CHECK(r.citizens[1].pos.line == 11);
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].pos.file == kData + "malformed.toml");
  CHECK(r.errors[0].pos.line == 8);
  CHECK(r.errors[0].code == "toml-syntax");
  CHECK(r.errors[1].pos.line == 16);
  CHECK(r.errors[1].message == "unknown field 'benfit'; did you mean 'benefit'?");
}

TEST_CASE("reader: fields a rule set declares, and the codes it allows") {
  Schema schema;
  schema.fields.push_back({"integration_need", Type::boolean, "", {}, {}});
  schema.fields.push_back({"caseworker_hours", Type::number, "", {}, {}});
  schema.fields.push_back({"language", Type::string, "", {"dansk", "arabisk"}, {}});
  schema.fields.push_back({"referred", Type::date, "", {}, {}});
  schema.fields.push_back({"courses", Type::string_list, "", {"truck", "koerekort"}, {}});
  schema.exemption_codes = {"ukraine_special_act", "health"};
  schema.track_ids = {"ordinaert_job", "igu", "jobpakke"};

  SUBCASE("TOML") {
    Loaded l = read_text(
        "[[citizen]]\nid = \"a\"\nintegration_need = true\ncaseworker_hours = 3\n"
        "language = \"Dansk\"\nreferred = 2024-05-01\ncourses = [\"kørekort\"]\n"
        "exemptions = [\"health\"]\nassigned_track = \"igu\"\n"
        "[[citizen]]\nid = \"b\"\n",
        schema);
    REQUIRE(l.bad.empty());
    REQUIRE(l.citizens.size() == 2);
    const Citizen& c = l.citizens[0];
    REQUIRE(c.extra.size() == 5);
    CHECK(c.extra[0].known);
    CHECK(c.extra[0].boolean);
    CHECK(c.extra[1].number == 3.0);
    CHECK(c.extra[2].text == "dansk");
    CHECK(c.extra[3].date == Date::from_ymd(2024, 5, 1));
    CHECK(c.extra[4].list == std::vector<std::string>{"koerekort"});
    for (size_t i = 0; i < c.extra.size(); ++i) CHECK(c.extra[i].type == schema.fields[i].type);
    CHECK(c.assigned_track == "igu");
    // The scratch record is reused: nothing of `a` is left in `b`.
    REQUIRE(l.citizens[1].extra.size() == 5);
    for (const Value& x : l.citizens[1].extra) CHECK_FALSE(x.known);
    CHECK_FALSE(l.citizens[1].assigned_track);
    CHECK_FALSE(l.citizens[1].exemptions);
  }
  SUBCASE("TOML errors") {
    Loaded l = read_text(
        "[[citizen]]\nid = \"a\"\nintegration_need = \"ja\"\nlanguage = \"tysk\"\n"
        "exemptions = [\"helth\"]\nassigned_track = \"job\"\nintegraton_need = true\n",
        schema);
    REQUIRE(l.bad.size() == 1);
    REQUIRE(l.bad[0].size() == 5);
    CHECK(l.bad[0][0].message ==
          "field 'integration_need' must be a boolean (true or false), found string");
    CHECK(l.bad[0][1].message == "unknown language 'tysk' (expected one of: dansk, arabisk)");
    CHECK(l.bad[0][2].message == "unknown exemption 'helth'; did you mean 'health'?");
    CHECK(l.bad[0][3].message ==
          "unknown track 'job' (expected one of: ordinaert_job, igu, jobpakke)");
    CHECK(l.bad[0][4].message ==
          "unknown field 'integraton_need'; did you mean 'integration_need'?");
  }
  SUBCASE("CSV") {
    Loaded l = read_text(
        "id,integration_need,caseworker_hours,language,referred,courses\n"
        "a,true,2.5,arabisk,2024-05-01,truck;kørekort\n"
        "b,maybe,x,,01-05-2024,\n",
        schema);
    REQUIRE(l.citizens.size() == 1);
    const Citizen& c = l.citizens[0];
    CHECK(c.extra[0].boolean);
    CHECK(c.extra[1].number == 2.5);
    CHECK(c.extra[2].text == "arabisk");
    CHECK(c.extra[4].list == std::vector<std::string>{"truck", "koerekort"});
    REQUIRE(l.bad.size() == 1);
    REQUIRE(l.bad[0].size() == 3);
    CHECK(at(l.bad[0][0]) == "t:3:3");
    CHECK(l.bad[0][0].message == "field 'integration_need' must be true or false, found 'maybe'");
    CHECK(at(l.bad[0][1]) == "t:3:9");
    CHECK(l.bad[0][1].message == "field 'caseworker_hours' must be a number, found 'x'");
    CHECK(at(l.bad[0][2]) == "t:3:12");
    CHECK(l.bad[0][2].message ==
          "field 'referred' must be a date like 1970-03-14, found "
          "'01-05-2024'");
  }
  SUBCASE("an empty code list accepts any code") {
    Loaded l = read_text(
        "[[citizen]]\nid = \"a\"\nexemptions = [\"anything\"]\n"
        "assigned_track = \"whatever\"\n");
    REQUIRE(l.citizens.size() == 1);
    CHECK(*l.citizens[0].exemptions == std::vector<std::string>{"anything"});
    CHECK(l.citizens[0].assigned_track == "whatever");
  }
}

TEST_CASE("reader: CSV with every field, quoted cells, an empty list") {
  Loaded l = read_paths({kData + "population.csv"});
  REQUIRE(l.bad.empty());
  REQUIRE(l.citizens.size() == 3);
  const Citizen& a = l.citizens[0];
  CHECK(a.id == "csv-1");
  CHECK(a.pos.line == 2);
  CHECK(a.cpr.empty());
  CHECK(a.birth_date == Date::from_ymd(1980, 5, 1));
  CHECK(a.sex == Sex::M);
  CHECK(a.municipality == "751");
  REQUIRE(a.benefit_history);
  REQUIRE(a.benefit_history->size() == 2);
  CHECK((*a.benefit_history)[0].to == Date::from_ymd(2024, 12, 31));
  CHECK((*a.benefit_history)[1].benefit == Benefit::hjemrejseydelse);
  CHECK_FALSE((*a.benefit_history)[1].to);
  CHECK(*a.danish_tests == std::vector<DanishTest>{DanishTest::PD1, DanishTest::PD2});
  CHECK(a.school_years == 10);
  CHECK(a.residence_years_last_10 == 9.5);
  CHECK(a.ordinary_hours == 0.0);
  CHECK_FALSE(a.work_capacity_hours);  // an empty cell is a missing field
  REQUIRE(a.unavailable);
  REQUIRE(a.unavailable->size() == 2);
  CHECK((*a.unavailable)[0].day == Weekday::mon);
  CHECK((*a.unavailable)[0].to.minutes == 12 * 60);
  CHECK((*a.unavailable)[1].day == Weekday::wed);
  CHECK(a.assigned_track == "igu");
  CHECK(a.born_in_denmark == false);
  CHECK(a.first_entry_date == Date::from_ymd(2001, 6, 1));

  const Citizen& b = l.citizens[1];
  CHECK(b.cpr == "020304-1235");
  CHECK(b.birth_date == Date::from_ymd(1904, 3, 2));
  CHECK(b.sex == Sex::M);
  CHECK(b.municipality == "253");
  CHECK(b.benefit == Benefit::selvforsoergelsesydelse);
  REQUIRE(b.danish_tests);  // "[]": known to have passed none
  CHECK(b.danish_tests->empty());
  CHECK(b.residence_area == "Æblehaven, Roskilde");
  CHECK(b.born_in_denmark == true);
  CHECK_FALSE(b.first_entry_date);

  const Citizen& c = l.citizens[2];
  CHECK(c.id == "csv-3");
  CHECK(c.cpr.empty());
  CHECK(c.residence_area == "a \"quoted\" name\nover two lines");
  CHECK_FALSE(c.born_in_denmark);
  CHECK_FALSE(c.first_entry_date);
}

TEST_CASE("reader: CSV with a BOM, ';' between cells, '|' in lists and decimal commas") {
  Loaded l = read_paths({kData + "semicolon.csv"});
  REQUIRE(l.input_errors.empty());
  REQUIRE(l.bad.empty());
  REQUIRE(l.citizens.size() == 2);
  CHECK(l.citizens[0].id == "semi-1");
  CHECK(l.citizens[0].benefit == Benefit::kontanthjaelp);
  CHECK(*l.citizens[0].danish_tests == std::vector<DanishTest>{DanishTest::PD1, DanishTest::PD3});
  CHECK(l.citizens[0].ordinary_hours == 7.5);
  CHECK(l.citizens[1].id == "semi-2");
  CHECK_FALSE(l.citizens[1].danish_tests);
}

TEST_CASE("reader: CSV rows split 16 bytes at a time read as rows with quotes, byte by byte") {
  // A row with a quote anywhere is read byte by byte; the same row with every
  // cell quoted must give the same records, problems and lines (columns move
  // with the added quotes).
  std::mt19937_64 rng(17);
  const std::vector<std::string> values = {"",
                                           "kontanthjaelp",
                                           "su",
                                           "9",
                                           "nine",
                                           "PD1;PD2",
                                           "PD9",
                                           "kontanthjaelp:2020-01-01..",
                                           "x y z",
                                           "Æbelø",
                                           "2021-13-01",
                                           "1976-05-20",
                                           "F",
                                           "M",
                                           "aabenlyst_uddannelsesparat",
                                           "0.5",
                                           "a long residence area name"};
  const std::string header =
      "id,benefit,school_years,danish_tests,benefit_history,residence_area,sex,birth_date\n";
  for (int round = 0; round < 200; ++round) {
    std::string plain = header, quoted = header;
    int rows = static_cast<int>(rng() % 40);
    for (int r = 0; r < rows; ++r) {
      size_t cells = rng() % 10 == 0 ? 1 + rng() % 9 : 8;  // now and then the wrong number
      for (size_t c = 0; c < cells; ++c) {
        std::string v = c == 0 ? fmt::format("p{}", r) : values[rng() % values.size()];
        plain += (c ? "," : "") + v;
        quoted += (c ? ",\"" : "\"") + v + "\"";
      }
      if (rng() % 8 == 0 && r + 1 < rows) {
        plain += "\n";  // a blank line
        quoted += "\n";
      }
      if (r + 1 < rows || rng() % 2) {
        plain += "\n";
        quoted += "\n";
      }
    }
    CAPTURE(plain);
    for (size_t chunk : {size_t{64}, size_t{1} << 16}) {
      ReaderOptions opt;
      opt.format = InputFormat::csv;
      opt.chunk_bytes = chunk;
      Loaded a = read_text(plain, Schema{}, opt), b = read_text(quoted, Schema{}, opt);
      REQUIRE(a.citizens.size() == b.citizens.size());
      for (size_t i = 0; i < a.citizens.size(); ++i) {
        const Citizen &x = a.citizens[i], &y = b.citizens[i];
        CHECK(x.id == y.id);
        CHECK(x.pos.line == y.pos.line);
        CHECK(x.benefit == y.benefit);
        CHECK(x.school_years == y.school_years);
        CHECK(x.danish_tests == y.danish_tests);
        CHECK(x.residence_area == y.residence_area);
        CHECK(x.birth_date == y.birth_date);
        CHECK(x.sex == y.sex);
        CHECK((x.benefit_history ? x.benefit_history->size() : 99) ==
              (y.benefit_history ? y.benefit_history->size() : 99));
      }
      REQUIRE(a.bad.size() == b.bad.size());
      for (size_t i = 0; i < a.bad.size(); ++i) {
        REQUIRE(a.bad[i].size() == b.bad[i].size());
        for (size_t k = 0; k < a.bad[i].size(); ++k) {
          CHECK(a.bad[i][k].pos.line == b.bad[i][k].pos.line);
          CHECK(a.bad[i][k].code == b.bad[i][k].code);
        }
      }
    }
  }
}

TEST_CASE("reader: every benefit code is found, and no code with one byte changed") {
  const CodeList& list = benefit_codes();
  for (size_t i = 0; i < list.codes.size(); ++i) {
    std::string code(list.codes[i]);
    citizen_fields::Fault why;
    CAPTURE(code);
    CHECK(citizen_fields::parse_benefit(code, why) == static_cast<Benefit>(i));
    for (size_t at = 0; at < code.size(); ++at) {
      std::string changed = code;
      changed[at] = changed[at] == 'x' ? 'y' : 'x';
      CAPTURE(changed);
      CHECK_FALSE(citizen_fields::parse_benefit(changed, why));
    }
    CHECK_FALSE(citizen_fields::parse_benefit(code + "x", why));
    CHECK_FALSE(citizen_fields::parse_benefit(code.substr(1), why));
  }
}

TEST_CASE("reader: a reset record's lists' memory is kept for the next record's lists") {
  Citizen c;
  citizen_fields::ListMemory lists;
  c.benefit_history = std::vector<BenefitPeriod>(5);
  c.danish_tests = std::vector<DanishTest>{DanishTest::PD1, DanishTest::PD2};
  const BenefitPeriod* storage = c.benefit_history->data();
  citizen_fields::reset(c, Schema{}, lists);
  CHECK_FALSE(c.benefit_history);  // missing again, as a new record's field
  CHECK_FALSE(c.danish_tests);
  CHECK(lists.danish_tests.capacity() >= 2);
  std::vector<BenefitPeriod>& periods =
      citizen_fields::fresh_list(c.benefit_history, lists.benefit_history);
  CHECK(periods.empty());
  CHECK(periods.capacity() >= 5);
  CHECK(periods.data() == storage);  // the same memory, not a new allocation
  // A list already present is emptied in place.
  periods.push_back(BenefitPeriod{});
  CHECK(citizen_fields::fresh_list(c.benefit_history, lists.benefit_history).empty());
  CHECK(c.benefit_history->data() == storage);
}

TEST_CASE("reader: CSV numbers read as from_chars reads them, in every form") {
  Schema schema;
  schema.fields.push_back({"score", Type::number, "", {}, {}});
  std::vector<std::string> texts = {"0",
                                    "7",
                                    "9.0",
                                    "0.5",
                                    "12.25",
                                    "0.1",
                                    "2.675",
                                    "1e3",
                                    "-4.5",
                                    "+3",
                                    ".5",
                                    "5.",
                                    "1..2",
                                    "1.2.3",
                                    "123456789012345",
                                    "1234567890123456",
                                    "0.000000000000001",
                                    "9007199254740993",
                                    "99999999999999.9",
                                    "3.141592653589793",
                                    " 4.5 ",
                                    "0x10",
                                    "1,5",
                                    "",
                                    "00012.500"};
  std::mt19937_64 rng(5);
  for (int i = 0; i < 20000; ++i) {  // random plain decimals of 1 to 17 digits
    std::string t = std::to_string(rng() % 1000000000000000000ULL).substr(0, 1 + rng() % 17);
    if (rng() % 3) {
      size_t k = rng() % t.size();
      t = fmt::format("{}.{}", t.substr(0, k), t.substr(k));
    }
    texts.push_back(t);
  }
  std::string csv = "id,score\n";
  for (size_t i = 0; i < texts.size(); ++i) csv += fmt::format("p{},\"{}\"\n", i, texts[i]);
  Loaded l = read_text(csv, schema, {InputFormat::csv});
  std::map<std::string, const Citizen*> by_id;
  for (const Citizen& c : l.citizens) by_id[c.id] = &c;
  size_t bad = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    std::string_view t = texts[i];
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    double want = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), want);
    bool readable = !t.empty() && ec == std::errc() && end == t.data() + t.size();
    CAPTURE(texts[i]);
    auto it = by_id.find(fmt::format("p{}", i));
    if (t.empty()) {
      REQUIRE(it != by_id.end());
      CHECK_FALSE(it->second->extra[0].known);  // an empty cell is a missing value
      continue;
    }
    REQUIRE((it != by_id.end()) == readable);
    if (readable) {
      CHECK(it->second->extra[0].number == want);
    } else {
      ++bad;
    }
  }
  CHECK(l.bad.size() == bad);
  CHECK(bad == 5);  // "+3", "1..2", "1.2.3", "0x10" and "1,5" are not numbers
}

TEST_CASE("reader: CSV errors at the cell's line and column") {
  struct Case {
    std::string row;
    std::string where;
    std::string message;
  };
  for (const Case& k : std::vector<Case>{
           {"a,kontanthjelp,,,", "t:2:3",
            "unknown benefit 'kontanthjelp'; did you mean "
            "'kontanthjaelp'?"},
           {"a,,nine,,", "t:2:4", "field 'school_years' must be an integer, found 'nine'"},
           {"a,,9.5,,", "t:2:4", "field 'school_years' must be an integer, found '9.5'"},
           {"a,,,PD1;PD9,", "t:2:5", "unknown Danish test 'PD9'; did you mean 'PD1'?"},
           {"a,,,,ingen:2021-01-01", "t:2:6",
            "benefit period 'ingen:2021-01-01' must be written benefit:YYYY-MM-DD..YYYY-MM-DD (the "
            "end may be left out)"},
           {"a,,,,\"ingen:2021-01-01..2020-01-01\"", "t:2:6",
            "benefit period ends (2020-01-01) before it starts (2021-01-01)"},
           {"a,,,", "t:2:1", "row has 4 cells, the header has 5 columns"},
           {"a,,,,,", "t:2:1", "row has 6 cells, the header has 5 columns"},
           {"a,\"ingen\"x,,,", "t:2:10",
            "unexpected text after the closing quote of a cell (write \"\" for a quote inside a "
            "quoted cell)"},
           // Opened on the last line, over its line end: a stray quote (csv_test.cc).
           {"a,,,,\"ingen:2021-01-01..", "t:2:6",
            "stray quote: the quoted cell opened here does not close as a cell over several "
            "lines would (within 100 lines, into a row of 5 cells, no line of it a row on its "
            "own); this line alone is the row, the next line starts the next"},
       }) {
    CAPTURE(k.row);
    Loaded l = read_text("id,benefit,school_years,danish_tests,benefit_history\n" + k.row + "\n",
                         Schema{}, {InputFormat::csv});
    const Diagnostic& d = only_problem(l);
    CHECK(at(d) == k.where);
    CHECK(d.message == k.message);
  }
}

TEST_CASE("reader: CSV unavailable blocks") {
  Loaded l = read_text(
      "id,unavailable\na,mon 08:00-10:00 10:30-12:00 fri 09:00-11:00\nb,mon\nc,mon 8-12\n"
      "d,mon 12:00-08:00\n");
  REQUIRE(l.citizens.size() == 1);
  REQUIRE(l.citizens[0].unavailable->size() == 3);
  CHECK((*l.citizens[0].unavailable)[1].day == Weekday::mon);
  CHECK((*l.citizens[0].unavailable)[1].from.minutes == 10 * 60 + 30);
  CHECK((*l.citizens[0].unavailable)[2].day == Weekday::fri);
  REQUIRE(l.bad.size() == 3);
  CHECK(l.bad[0][0].message == "day 'mon' has no time range");
  CHECK(at(l.bad[1][0]) == "t:4:3");
  CHECK(l.bad[1][0].message ==
        "unavailable block '8-12' must be written like 'mon 08:00-12:00' (a day, then "
        "HH:MM-HH:MM)");
  CHECK(l.bad[2][0].message == "unavailable block must end after it starts, found 12:00 to 08:00");
}

TEST_CASE("reader: CSV rows ending in CRLF, blank lines and a last row without a line end") {
  Loaded l = read_text("id,sex\r\na,F\r\n\r\nb,\"M\"\r\nc,M", Schema{}, {InputFormat::csv});
  REQUIRE(l.bad.empty());
  REQUIRE(l.citizens.size() == 3);
  CHECK(l.citizens[0].sex == Sex::F);
  CHECK(l.citizens[1].sex == Sex::M);
  CHECK(l.citizens[1].pos.line == 4);
  CHECK(l.citizens[2].id == "c");
}

TEST_CASE("reader: a bad CSV header skips that input, not the next") {
  Loaded l = read_paths({kData + "bad_header.csv", kData + "nordfyns.toml"});
  REQUIRE(l.input_errors.size() == 2);
  CHECK(at(l.input_errors[0]) == kData + "bad_header.csv:1:4");
  CHECK(l.input_errors[0].message == "unknown column 'benfit'; did you mean 'benefit'?");
  CHECK(at(l.input_errors[1]) == kData + "bad_header.csv:1:15");
  CHECK(l.input_errors[1].message == "column 'sex' appears twice (first at column 11)");
  REQUIRE(l.citizens.size() == 1);
  CHECK(l.citizens[0].id == "nordfyns-49");

  Loaded no_id = read_text("sex,benefit\nF,ingen\n");
  REQUIRE(no_id.input_errors.size() == 1);
  CHECK(no_id.input_errors[0].message ==
        "the CSV header has no 'id' column (every record needs an id)");
  CHECK(no_id.citizens.empty());

  Loaded empty = read_text("", Schema{}, {InputFormat::csv});
  REQUIRE(empty.input_errors.size() == 1);
  CHECK(empty.input_errors[0].code == "csv-header");
}

TEST_CASE("reader: directories, missing files, and the order of inputs") {
  Loaded l = read_paths(
      {kData + "dir", kData + "missing.toml", kData + "empty_dir", kData + "nordfyns.toml"});
  REQUIRE(l.citizens.size() == 3);
  CHECK(l.citizens[0].id == "dir-a");  // a.csv before b.toml; notes.txt is not read
  CHECK(l.citizens[0].pos.file == kData + "dir/a.csv");
  CHECK(l.citizens[1].id == "dir-b");
  CHECK(l.citizens[2].id == "nordfyns-49");
  REQUIRE(l.input_errors.size() == 2);
  CHECK(l.input_errors[0].pos.file == kData + "missing.toml");
  CHECK(l.input_errors[0].pos.line == 0);
  CHECK(l.input_errors[0].message == "cannot read: no such file or directory");
  CHECK(l.input_errors[0].code == "unreadable-input");
  CHECK(l.input_errors[1].message == "directory holds no *.toml or *.csv files");
}

TEST_CASE("reader: the format by extension, forced, or sniffed on standard input") {
  TempDir dir("format");
  std::string csv_named_txt = dir.write("people.txt", "id,sex\nx,F\n");
  Loaded forced = read_paths({csv_named_txt}, Schema{}, {InputFormat::csv});
  REQUIRE(forced.citizens.size() == 1);
  CHECK(forced.citizens[0].sex == Sex::F);
  Loaded by_name = read_paths({csv_named_txt});  // read as TOML: a syntax error
  CHECK(by_name.citizens.empty());
  CHECK(only_problem(by_name).code == "toml-syntax");

  CHECK(read_text("\n\nid,sex\nx,F\n").citizens.size() == 1);
  CHECK(read_text("# a comment\n[[citizen]]\nid = \"x\"\n").citizens.size() == 1);
  CHECK(read_text("\xEF\xBB\xBF[[citizen]]\nid = \"x\"\n").citizens.size() == 1);
}

TEST_CASE("reader: chunks cut at every boundary give the same records") {
  const int n = 3000;
  for (InputFormat format : {InputFormat::toml, InputFormat::csv}) {
    CAPTURE(static_cast<int>(format));
    std::string text = format == InputFormat::toml ? generated_toml(n) : generated_csv(n);
    std::vector<std::string> expected;
    for (size_t bytes : {size_t{1} << 20, size_t{1}, size_t{7}, size_t{64}, size_t{4096}}) {
      CAPTURE(bytes);
      Loaded l = read_text(text, Schema{}, {format, bytes});
      CHECK(l.bad.empty());
      CHECK(l.input_errors.empty());
      REQUIRE(l.citizens.size() == n);
      if (bytes == 1) CHECK(l.chunks == n);  // one record a chunk
      if (bytes == 4096) CHECK(l.chunks > 10);
      std::vector<std::string> got = summary(l);
      if (expected.empty()) {
        expected = got;
        CHECK(l.chunks == 1);
        // Spot checks that the summary reads what was written.
        CHECK(l.citizens[10].id == "p10");
        CHECK(l.citizens[10].school_years == 10);
        CHECK(l.citizens[10].residence_area ==
              "two\nlines" + std::string(format == InputFormat::csv ? ", \"quoted\"" : ""));
      } else {
        CHECK(got == expected);
      }
    }
  }
}

TEST_CASE("reader: errors deep in a chunked input keep their line numbers") {
  std::string toml = generated_toml(500);
  std::string csv = generated_csv(500);
  // Spoil record 321 of each: a syntax error in TOML, a bad cell in CSV.
  size_t t = toml.find("id = \"p321\"");
  toml.insert(t, "oops\n");
  uint32_t toml_line = static_cast<uint32_t>(std::count(toml.begin(), toml.begin() + t, '\n')) + 1;
  size_t c = csv.find("\np321,") + 1;
  csv.insert(c + 5, 1, 'x');
  uint32_t csv_line = static_cast<uint32_t>(std::count(csv.begin(), csv.begin() + c, '\n')) + 1;
  for (size_t bytes : {size_t{1} << 20, size_t{1}, size_t{100}, size_t{1000}}) {
    CAPTURE(bytes);
    Loaded lt = read_text(toml, Schema{}, {InputFormat::toml, bytes});
    CHECK(lt.citizens.size() == 499);
    CHECK(only_problem(lt).pos.line == toml_line);
    CHECK(only_problem(lt).code == "toml-syntax");
    CHECK(lt.citizens[321].id == "p322");
    Loaded lc = read_text(csv, Schema{}, {InputFormat::csv, bytes});
    CHECK(lc.citizens.size() == 499);
    CHECK(at(only_problem(lc)) == fmt::format("t:{}:6", csv_line));
    CHECK(lc.citizens[321].id == "p322");
    CHECK(lc.citizens[321].pos.line == csv_line + 1);
  }
}

TEST_CASE("reader: a malformed [[citizen]] header costs only the record it heads") {
  const std::string broken = std::string(NYTTE_SOURCE_DIR) + "/tests/data/broken/";
  LoadResult r = load_citizens({broken + "broken-header.toml"}, Schema{});
  REQUIRE(r.citizens.size() == 3);
  CHECK(r.citizens[0].id == "t1");
  CHECK(r.citizens[0].school_years == 9);
  CHECK(r.citizens[1].id == "t3");
  CHECK(r.citizens[2].id == "t5");
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].pos.line == 5);
  CHECK(r.errors[0].pos.column == 11);
  CHECK(r.errors[1].pos.line == 12);
  // Deep in a chunked input, and the same with the plain reader or toml++ alone.
  std::string toml = generated_toml(300);
  for (int i : {1, 150, 299}) {
    size_t at = toml.find(fmt::format("[[citizen]]\nid = \"p{}\"", i));
    toml.replace(at, 11, i == 150 ? "[citizen]]" : "[[citizen]");
  }
  for (size_t bytes : {size_t{1} << 20, size_t{1}, size_t{100}}) {
    CAPTURE(bytes);
    Loaded l = read_text(toml, Schema{}, {InputFormat::toml, bytes});
    CHECK(l.citizens.size() == 297);
    CHECK(l.bad.size() == 3);
    CHECK(l.citizens[0].id == "p0");
    CHECK(l.citizens[1].id == "p2");
  }
  ChunkReader reader({broken + "broken-header.toml"}, Schema{}, {});
  Chunk chunk;
  std::vector<Diagnostic> errors;
  REQUIRE(reader.next(chunk, errors));
  for (bool plain : {true, false}) {
    Loaded l;
    Keep sink(l);
    Citizen scratch;
    citizen_fields::parse_toml_chunk(chunk, Schema{}, scratch, sink, plain);
    CHECK(l.citizens.size() == 3);
    CHECK(l.bad.size() == 2);
  }
}

TEST_CASE("reader: a stray quote costs only its own line, at every chunk size") {
  // Stray quotes spoil a few rows of a population that also has cells over
  // two lines (every fifth row): nothing closes the first, the others close
  // into a later row or run past kMaxQuotedLines.
  const int n = 3000;
  std::string csv = generated_csv(n);
  std::vector<int> spoiled = {1, 2, 7, 401, 1234, 2999};
  for (int i : spoiled) {
    size_t at = csv.find(fmt::format("\np{},", i)) + 1;
    csv.insert(csv.find(',', at) + 1, 1, '"');  // before school_years
  }
  for (size_t bytes : {size_t{1} << 20, size_t{1}, size_t{7}, size_t{64}, size_t{4096}}) {
    CAPTURE(bytes);
    Loaded l = read_text(csv, Schema{}, {InputFormat::csv, bytes});
    CHECK(l.input_errors.empty());
    // Records in = records out + records reported.
    CHECK(l.citizens.size() + l.bad.size() == n);
    std::vector<int> bad_lines;
    for (const auto& problems : l.bad) {
      REQUIRE(problems.size() == 1);
      CHECK(problems[0].code == "csv-stray-quote");
      bad_lines.push_back(static_cast<int>(problems[0].pos.line));
    }
    // Rows over two lines come before: p0 on line 2, p5 on 7, p10 on 13, ...
    std::vector<int> expected;
    for (int i : spoiled) expected.push_back(2 + i + (i + 4) / 5);
    CHECK(bad_lines == expected);
    CHECK(l.citizens.size() == n - spoiled.size());
    CHECK(l.citizens[0].id == "p0");
    CHECK(l.citizens[1].id == "p3");
    CHECK(l.citizens[7].id == "p10");
    CHECK(l.citizens[7].residence_area == "two\nlines, \"quoted\"");
  }
}

TEST_CASE("reader: a runaway quote in row 2 of 700,000 loses that row only") {
  std::string csv = "id,school_years,residence_area\np1,9,\"Vest\n";
  for (int i = 2; i <= 700000; ++i) csv += fmt::format("p{},{},Syd\n", i, i % 20);
  for (size_t bytes : {size_t{1} << 20, size_t{64} << 10}) {
    Loaded l = read_text(csv, Schema{}, {InputFormat::csv, bytes});
    CHECK(l.citizens.size() == 699999);
    REQUIRE(l.bad.size() == 1);
    CHECK(at(l.bad[0][0]) == "t:2:6");
    CHECK(l.citizens.back().pos.line == 700001);
    // The cut never waits for the quote to close: chunks stay small.
    if (bytes != size_t{1} << 20) CHECK(l.chunks > 100);
  }
}

TEST_CASE("reader: load_citizens leaves out repeated ids") {
  TempDir dir("dup");
  std::string p = dir.write("dup.toml", "[[citizen]]\nid = \"a\"\n[[citizen]]\nid = \"a\"\n");
  LoadResult r = load_citizens({p}, Schema{});
  CHECK(r.citizens.size() == 1);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].code == "duplicate-id");
  CHECK(r.errors[0].pos.line == 3);
}

}  // namespace nytte

namespace nytte {

TEST_CASE("reader: '-' reads standard input, named <stdin> in messages") {
  std::istringstream fake("id;sex\nx;F\ny;Q\n");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  Loaded l = read_paths({"-"});
  std::cin.rdbuf(saved);
  REQUIRE(l.citizens.size() == 1);
  CHECK(l.citizens[0].pos.file == "<stdin>");
  CHECK(at(only_problem(l)) == "<stdin>:3:3");
}

}  // namespace nytte

namespace nytte {

TEST_CASE("reader: an input with no records is an error of that input, the others are read") {
  for (const char* text : {"", "\n\n", "# a comment only\n\n", "\xEF\xBB\xBF"}) {
    CAPTURE(text);
    Loaded l = read_text(text);
    CHECK(l.citizens.empty());
    REQUIRE(l.input_errors.size() == 1);
    CHECK(l.input_errors[0].code == "no-records");
    CHECK(l.input_errors[0].message.starts_with("no citizen records"));
    CHECK(l.input_errors[0].pos.file == "t");
  }
  ReaderOptions csv;
  csv.format = InputFormat::csv;
  Loaded header_only = read_text("id,benefit\n\n", {}, csv);
  REQUIRE(header_only.input_errors.size() == 1);
  CHECK(header_only.input_errors[0].message == "no citizen records: a header row and no rows");

  TempDir dir("empty");
  std::string empty = dir.write("empty.toml", "");
  std::string one = dir.write("one.toml", "[[citizen]]\nid = \"a\"\n");
  Loaded both = read_paths({empty, one});
  CHECK(both.citizens.size() == 1);
  REQUIRE(both.input_errors.size() == 1);
  CHECK(both.input_errors[0].pos.file == empty);
  // A record that is bad is a record: no second message that there are none.
  CHECK(read_text("[[citizen]]\nid = 3\n").input_errors.empty());
}

}  // namespace nytte
