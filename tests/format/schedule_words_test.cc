// The schedule's words: English as nytte always wrote them, Danish as a job
// centre writes them.
#include "format/schedule_words.h"

#include <doctest/doctest.h>

#include "../in_language.h"

#include "nytte/i18n.h"

using namespace nytte;

TEST_CASE("schedule_words: English keeps weekdays, h:mm, ISO weeks and ids") {
  InLanguage en(Language::en);
  CHECK(std::string(weekday_name(Weekday::mon)) == "Monday");
  CHECK(std::string(weekday_short(Weekday::sat)) == "sat");
  CHECK(duration_text(460) == "7:40");
  CHECK(duration_text(720) == "12:00");
  CHECK(duration_cell(20) == "0:20");
  CHECK(week_label(IsoWeek{2025, 36}, 2025) == "2025-W36");
  RuleHeader h;
  h.id = "praktik_kontor";
  h.title = "Virksomhedspraktik som kontorassistent";
  CHECK(rule_name(h) == "praktik_kontor");
  CHECK(offer_kind_name("praktik") == "praktik");
  CHECK(sector_name("private") == "private");
}

TEST_CASE("schedule_words: Danish weekdays, hours, weeks and titles") {
  InLanguage da(Language::da);
  CHECK(std::string(weekday_name(Weekday::mon)) == "mandag");
  CHECK(std::string(weekday_name(Weekday::sat)) == "lørdag");
  CHECK(std::string(weekday_short(Weekday::thu)) == "tor");
  CHECK(duration_text(720) == "12 timer");
  CHECK(duration_text(450) == "7,5 timer");
  CHECK(duration_text(60) == "1 time");
  CHECK(duration_text(20) == "0,33 timer");
  CHECK(duration_cell(444) == "7,4");
  CHECK(week_label(IsoWeek{2025, 36}, 2025) == "uge 36");
  CHECK(week_label(IsoWeek{2026, 1}, 2025) == "uge 1 2026");
  RuleHeader h;
  h.id = "praktik_kontor";
  h.title = "Virksomhedspraktik som kontorassistent";
  CHECK(rule_name(h) == "Virksomhedspraktik som kontorassistent");
  h.title.clear();
  CHECK(rule_name(h) == "praktik_kontor");  // no title: the id
  CHECK(offer_kind_name("praktik") == "virksomhedspraktik");
  CHECK(sector_name("municipal") == "kommunal");
  CHECK(sector_name("other") == "other");
}
