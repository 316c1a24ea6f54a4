// The rule-set model's lookups: sources, tracks and phases by id, whom an
// exemption and a budget line cover, and travel time between places.
#include <doctest/doctest.h>

#include "model/rules.h"

using namespace nytte;

TEST_CASE("a rule set finds its sources, tracks and phases by id") {
  RuleSet rs;
  rs.sources.emplace_back().id = "law";
  rs.tracks.emplace_back().h.id = "job";
  rs.phases.emplace_back().h.id = "first_weeks";
  REQUIRE(rs.find_source("law") != nullptr);
  CHECK(rs.find_source("law")->id == "law");
  CHECK(rs.find_source("guide") == nullptr);
  REQUIRE(rs.find_track("job") != nullptr);
  CHECK(rs.find_track("job")->h.id == "job");
  CHECK(rs.find_track("jo") == nullptr);
  CHECK(rs.find_phase("first_weeks") == &rs.phases[0]);
  CHECK(rs.find_phase("") == nullptr);
}

TEST_CASE("an exemption without groups covers every group; with groups only those") {
  Exemption all;
  CHECK(all.covers("sho_ydelse"));
  Exemption some;
  some.groups = {"sho_ydelse", "kontanthjaelpssystemet"};
  CHECK(some.covers("kontanthjaelpssystemet"));
  CHECK_FALSE(some.covers("aktivitetsparate_30plus"));
}

TEST_CASE("a budget line covers an offer by its kind or its id") {
  Offer praktik;
  praktik.h.id = "kantine";
  praktik.kind = "praktik";
  Offer dansk;
  dansk.h.id = "sprogcenter";
  dansk.kind = "dansk";
  BudgetLine by_kind;
  by_kind.kinds = {"praktik"};
  CHECK(by_kind.covers(praktik));
  CHECK_FALSE(by_kind.covers(dansk));
  BudgetLine by_id;
  by_id.offers = {"sprogcenter"};
  CHECK(by_id.covers(dansk));
  CHECK_FALSE(by_id.covers(praktik));
  CHECK_FALSE(BudgetLine{}.covers(praktik));  // costs outside the offers
}

TEST_CASE("travel time: a route either way, else the default, none within a place") {
  TransportRules t;
  t.minutes = 20;
  t.routes.push_back({"centrum", "havn", 35});
  CHECK(t.between("centrum", "havn") == 35);
  CHECK(t.between("havn", "centrum") == 35);
  CHECK(t.between("centrum", "skov") == 20);
  CHECK(t.between("havn", "havn") == 0);
  CHECK(t.between("", "havn") == 0);
}
