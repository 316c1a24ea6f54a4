// The plain definition of a choice's score: the rules a package keeps.
#include <doctest/doctest.h>

#include <vector>

#include "model/rules.h"
#include "schedule/search.h"

using namespace nytte;
using namespace nytte::search;

TEST_CASE("score_of refuses overlaps, passing the target, a whole course in part, two of a group") {
  TransportRules none;
  Problem p;
  p.target = 600;
  p.daily_limit = 480;
  p.transport = &none;
  Candidate a;
  a.slots = {{Weekday::mon, {480}, {600}}, {Weekday::tue, {480}, {600}}};
  Candidate b = a;
  b.offer = 1;
  p.candidates = {a, b};
  CHECK(score_of(p, {{0, 0}, {0, 1}}));
  CHECK_FALSE(score_of(p, {{0, 0}, {1, 0}}));  // same time on Monday
  p.target = 200;
  CHECK_FALSE(score_of(p, {{0, 0}, {0, 1}}));  // 240 minutes > 200
  p.target = 600;
  p.candidates[0].take_all = true;
  CHECK_FALSE(score_of(p, {{0, 0}}));
  p.candidates[0].take_all = false;
  p.candidates[0].group = p.candidates[1].group = 3;
  CHECK_FALSE(score_of(p, {{0, 0}, {1, 1}}));
}
