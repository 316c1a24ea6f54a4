// iCalendar: Danish time to UTC, the course's end, EXDATE for days off, the
// conversations and phases as events, file names of a --split directory and
// the directory written whole or not at all.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <fmt/format.h>

#include "format/icalendar.h"
#include "load/rules.h"
#include "nytte/i18n.h"
#include "schedule/package.h"

using namespace nytte;

namespace {

Date d(int y, int m, int day) {
  return Date::from_ymd(y, m, day);
}

int64_t utc(Date day, int hh, int mm) {
  return int64_t{day.days} * 1440 + hh * 60 + mm;
}

TimeOfDay at(int hh, int mm) {
  return TimeOfDay{hh * 60 + mm};
}

RuleSet rules_of(const char* name) {
  return load_rules_file(fmt::format("{}/rules/{}", NYTTE_SOURCE_DIR, name));
}

// Greve's young woman (examples/citizens/greve-ung.toml): Service++ five
// days a week.
Citizen greve_ung() {
  Citizen c;
  c.id = "greve-ung";
  c.birth_date = d(2003, 7, 22);
  c.sex = Sex::F;
  c.municipality = "253";
  c.benefit = Benefit::uddannelseshjaelp;
  c.category = Category::aabenlyst_uddannelsesparat;
  c.school_years = 10;
  c.residence_years_last_10 = 10.0;
  c.fulltime_work_years_last_10 = 0.0;
  return c;
}

std::string unfolded(std::string s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += s[i];
  }
  return out;
}

}  // namespace

TEST_CASE("icalendar: Danish time to UTC, summer time from the last Sunday of March") {
  // 2025: summer time from 30 March 01:00 UTC to 26 October 01:00 UTC.
  CHECK(copenhagen_to_utc(d(2025, 1, 6), at(8, 0)) == utc(d(2025, 1, 6), 7, 0));
  CHECK(copenhagen_to_utc(d(2025, 7, 1), at(8, 0)) == utc(d(2025, 7, 1), 6, 0));
  CHECK(copenhagen_to_utc(d(2025, 3, 30), at(1, 30)) == utc(d(2025, 3, 30), 0, 30));
  CHECK(copenhagen_to_utc(d(2025, 3, 30), at(3, 30)) == utc(d(2025, 3, 30), 1, 30));
  CHECK(copenhagen_to_utc(d(2025, 10, 26), at(1, 30)) == utc(d(2025, 10, 25), 23, 30));
  CHECK(copenhagen_to_utc(d(2025, 10, 26), at(2, 30)) == utc(d(2025, 10, 26), 0, 30));  // first
  CHECK(copenhagen_to_utc(d(2025, 10, 26), at(3, 30)) == utc(d(2025, 10, 26), 2, 30));
  CHECK(copenhagen_to_utc(d(2025, 12, 25), at(0, 30)) == utc(d(2025, 12, 24), 23, 30));
  // 2024: 31 March and 27 October.
  CHECK(copenhagen_to_utc(d(2024, 3, 30), at(12, 0)) == utc(d(2024, 3, 30), 11, 0));
  CHECK(copenhagen_to_utc(d(2024, 3, 31), at(12, 0)) == utc(d(2024, 3, 31), 10, 0));
  CHECK(copenhagen_to_utc(d(2024, 10, 27), at(12, 0)) == utc(d(2024, 10, 27), 11, 0));
}

TEST_CASE("icalendar: the course ends at --until, --weeks, the last phase, or 26 weeks") {
  PackageResult r;
  r.id = "x";
  r.start = d(2025, 9, 3);                         // a Wednesday of ISO week 36
  CHECK(course_end(r, {}).last == d(2026, 3, 1));  // the Sunday of the 26th week
  CHECK(course_end(r, {}).why.find("default") != std::string::npos);
  CHECK(course_end(r, {2, std::nullopt}).last == d(2025, 9, 14));
  CHECK(course_end(r, {1, std::nullopt}).last == d(2025, 9, 7));
  CHECK(course_end(r, {0, d(2025, 12, 19)}).last == d(2025, 12, 19));

  // Phases: a last phase with an end day declares the course's length.
  Phase first, second;
  first.h.id.assign(1, 'a');
  first.to_day = 13;
  second.h.id.assign(1, 'b');
  second.from_day = 14;
  r.packages.resize(2);
  r.packages[0].phase = &first;
  r.packages[1].phase = &second;
  CHECK(course_end(r, {}).last == d(2026, 3, 1));  // the last phase is open
  second.to_day = 90;
  CHECK(course_end(r, {}).last == d(2025, 12, 2));
  CHECK(course_end(r, {}).why.find("phase") != std::string::npos);
  CHECK(course_end(r, {3, std::nullopt}).last == d(2025, 9, 21));  // the planner's word first

  // Never past the track's last day in force (Flere skal med 2's year).
  Track t;
  t.h.id = std::string("jobformidler");
  t.h.valid.to = d(2025, 10, 31);
  r.track = &t;
  CHECK(course_end(r, {}).last == d(2025, 10, 31));
  CHECK(course_end(r, {0, d(2026, 1, 1)}).last == d(2025, 10, 31));
  CHECK(course_end(r, {0, d(2026, 1, 1)}).why.find("jobformidler") != std::string::npos);
}

TEST_CASE("icalendar: Greve's Thursday Service++ leaves out Juledag, and every rule ends") {
  RuleSet rules = rules_of("greve.toml");
  SeatBook seats(rules);
  PackageResult r = build_package(rules, greve_ung(), d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(r.problem.empty());
  std::string s;
  write_calendar(r, rules, {}, s);
  std::string text = unfolded(s);
  CHECK(text.find("EXDATE;TZID=Europe/Copenhagen:20251225T") != std::string::npos);
  CHECK(text.find("EXDATE;TZID=Europe/Copenhagen:20251226T") != std::string::npos);
  CHECK(text.find("RRULE:FREQ=WEEKLY\r\n") == std::string::npos);
  CHECK(text.find("RRULE:FREQ=WEEKLY;UNTIL=20260227T") != std::string::npos);  // the last Friday
  CHECK(text.find("X-NYTTE-COURSE-END;VALUE=DATE:20260301") != std::string::npos);
  for (size_t at = text.find("UNTIL="); at != std::string::npos; at = text.find("UNTIL=", at + 1)) {
    CHECK(text.substr(at + 6 + 15, 1) == "Z");
  }
  // Every line ends in CRLF and holds at most 75 octets.
  for (size_t from = 0, to; (to = s.find("\r\n", from)) != std::string::npos; from = to + 2) {
    CHECK(to - from <= 75);
    CHECK(s.substr(from, to - from).find('\n') == std::string::npos);
  }
  // The same input, the same bytes.
  std::string again;
  write_calendar(r, rules, {}, again);
  CHECK(again == s);
}

TEST_CASE("icalendar: Greve's conversations, one a month in the first 26 weeks") {
  RuleSet rules = rules_of("greve.toml");
  Citizen c = greve_ung();
  c.id = "greve-nyledig";
  c.birth_date = d(1983, 4, 30);
  c.sex = Sex::M;
  c.benefit = Benefit::kontanthjaelp;
  c.category = Category::jobparat;
  c.danish_tests = std::vector<DanishTest>{DanishTest::studieproeven};
  c.fulltime_work_years_last_10 = 6.0;
  c.unemployed_since = d(2025, 8, 4);
  SeatBook seats(rules);
  PackageResult r = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(r.problem.empty());
  std::string s;
  write_calendar(r, rules, {}, s);
  std::string text = unfolded(s);
  for (const char* day : {"20250901", "20251001", "20251103", "20251201", "20260102"}) {
    CHECK(text.find(fmt::format("DTSTART;VALUE=DATE:{}", day)) != std::string::npos);
  }
  CHECK(text.find("SUMMARY:Conversation 6 of 6 with the job centre") != std::string::npos);
  s.clear();
  write_calendar(r, rules, {8, std::nullopt}, s);  // eight weeks: two of them
  text = unfolded(s);
  CHECK(text.find("SUMMARY:Conversation 2 of 6") != std::string::npos);
  CHECK(text.find("SUMMARY:Conversation 3 of 6") == std::string::npos);
}

TEST_CASE("icalendar: København's phases are events on their first days") {
  RuleSet rules = rules_of("koebenhavn.toml");
  Citizen c;
  c.id = "kbh";
  c.birth_date = d(1985, 1, 1);
  c.municipality = "101";
  c.benefit = Benefit::kontanthjaelp;
  c.category = Category::jobparat;
  c.residence_years_last_10 = 10.0;
  c.fulltime_work_years_last_10 = 0.0;
  SeatBook seats(rules);
  PackageResult r = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(r.problem.empty());
  REQUIRE(r.packages.size() == 2);
  std::string s;
  write_calendar(r, rules, {}, s);
  std::string text = unfolded(s);
  CHECK(text.find("UID:kbh-2025-09-01-phase-kun_nytteindsats@nytte\r\nDTSTAMP:20250901T000000Z"
                  "\r\nDTSTART;VALUE=DATE:20250901") != std::string::npos);
  CHECK(text.find("UID:kbh-2025-09-01-phase-nytteindsats_og_jobsoegning@nytte\r\nDTSTAMP:"
                  "20250901T000000Z\r\nDTSTART;VALUE=DATE:20250915") != std::string::npos);
}

TEST_CASE("icalendar: in Danish, titles and dates in words, folded outside UTF-8 sequences") {
  RuleSet rules = rules_of("greve.toml");
  Citizen c = greve_ung();
  SeatBook seats(rules);
  PackageResult r = build_package(rules, c, d(2025, 9, 1), d(2025, 9, 1), seats);
  REQUIRE(r.problem.empty());
  std::string en;
  write_calendar(r, rules, {8, std::nullopt}, en);
  set_language(Language::da);
  std::string da;
  write_calendar(r, rules, {8, std::nullopt}, da);
  set_language(Language::en);
  std::string text = unfolded(da);
  CHECK(text.find(" Hver mandag fra 1. september 2025 til 20. oktober 2025") != std::string::npos);
  CHECK(text.find("X-WR-CALNAME:greve-ung (nytte\\, regelsæt greve)") != std::string::npos);
  // Every line at most 75 octets, never cut inside a character: a line
  // that continues never starts with a UTF-8 continuation byte.
  for (size_t at = 0, end; (end = da.find("\r\n", at)) != std::string::npos; at = end + 2) {
    CHECK(end - at <= 75);
    if (da[at] == ' ') CHECK((static_cast<unsigned char>(da[at + 1]) & 0xC0) != 0x80);
  }
  // The structure is the English calendar's: the same UIDs, in the same order.
  auto uids = [](const std::string& s) {
    std::string out;
    for (size_t at = 0; (at = s.find("\r\nUID:", at)) != std::string::npos; ++at)
      out += s.substr(at, s.find("\r\n", at + 2) - at);
    return out;
  };
  CHECK(uids(da) == uids(en));
  CHECK(!uids(en).empty());
}

TEST_CASE("icalendar: file names of a --split directory") {
  CHECK(calendar_file_name("greve-1") == "greve-1.ics");
  CHECK(calendar_file_name("A_b.c") == "A_b.c.ics");
  CHECK(calendar_file_name("a/b") == "a%2Fb.ics");
  CHECK(calendar_file_name("..") == "%2E..ics");
  CHECK(calendar_file_name("a b") == "a%20b.ics");
  CHECK(calendar_file_name("a%2Fb") == "a%252Fb.ics");  // % itself: distinct ids, distinct names
  CHECK(calendar_file_name("Søren") == "S%C3%B8ren.ics");
  CHECK_FALSE(file_name_clash({"a.ics", "b.ics"}));
  auto clash = file_name_clash({"Anna.ics", "bo.ics", "anna.ics"});
  REQUIRE(clash);
  CHECK(clash->first == 0);
  CHECK(clash->second == 2);
}

TEST_CASE("icalendar: a --split directory is written whole or not at all") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / fmt::format("nytte-icalendar-test-{}", ::getpid());
  fs::remove_all(dir);
  {
    CalendarDir cals(dir.string());
    cals.add("a.ics", "A");
    cals.add("b.ics", "B");
    CHECK(!fs::exists(dir / "a.ics"));
  }  // no commit: an error on the way
  CHECK(fs::is_empty(dir));
  {
    CalendarDir cals(dir.string());
    cals.add("a.ics", "A");
    cals.add("b.ics", "B");
    cals.commit();
  }
  CHECK(fs::file_size(dir / "a.ics") == 1);
  CHECK(fs::file_size(dir / "b.ics") == 1);
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  CHECK(files == 2);
  fs::remove_all(dir);
}
