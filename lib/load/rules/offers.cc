// [[offer]]: the workplaces and courses a package is made of, with their
// weekly slots (docs/packages.md).
#include "load/rules/loader.h"

#include <algorithm>
#include <string>
#include <vector>

namespace nytte::rule_loader {

namespace {

// One entry of 'slots': { day, from, to }, or { days = [...], from, to } for
// the same hours on several days.
void slots(RuleFile& rf, const toml::node& e, std::vector<Slot>& out) {
  const toml::table* st = e.as_table();
  if (!st) fail(rf.pos(e), tr("a slot must be a table { day, from, to }"), "wrong-type");
  rf.check_keys(*st, {"day", "days", "from", "to", "step"}, tr("a slot"));
  const toml::node* d = st->get("day");
  const toml::node* ds = st->get("days");
  if (d && ds) fail(rf.pos(e), tr("give 'day' or 'days', not both"), "invalid-value");
  if (!d && !ds)
    fail(rf.pos(e), tr("missing required key 'day' (mon ... sun) or 'days' (a list)"),
         "missing-key");
  std::vector<const toml::node*> days;
  if (d) {
    days.push_back(d);
  } else {
    const toml::array* a = ds->as_array();
    if (!a || a->empty())
      fail(rf.pos(*ds), tr("'days' must be a non-empty list of days"), "wrong-type");
    for (const toml::node& x : *a) days.push_back(&x);
  }
  const toml::node* f = st->get("from");
  const toml::node* to = st->get("to");
  if (!f || !to)
    fail(rf.pos(e), trf("missing required key '{}'", f ? "to" : "from"), "missing-key");
  TimeOfDay from = rf.time_of_day(*f, "from");
  TimeOfDay until = rf.time_of_day(*to, "to");
  if (until <= from) {
    fail(rf.pos(*to),
         trf("a slot must end after it starts, found {} to {}", from.hh_mm(), until.hh_mm()),
         "bad-times");
  }
  // 'step': the time cut into pieces of that many minutes (the last may be
  // shorter), each taken on its own.
  int step = until.minutes - from.minutes;
  if (auto st_min = rf.optional_int(*st, "step", 5, 24 * 60)) step = static_cast<int>(*st_min);
  for (const toml::node* dn : days) {
    std::string day = rf.as_string(*dn, "day");
    std::optional<Weekday> wd = parse_weekday(day);
    if (!wd) {
      std::string hint = did_you_mean(day, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
      fail(rf.pos(*dn),
           hint.empty()
               ? trf("a day must be mon, tue, wed, thu, fri, sat or sun, found \"{}\"", day)
               : trf("a day must be mon, tue, wed, thu, fri, sat or sun, found \"{}\"; {}", day,
                     hint),
           "invalid-value");
    }
    for (int m = from.minutes; m < until.minutes; m += step) {
      Slot s;
      s.pos = rf.pos(e);
      s.day = *wd;
      s.from = TimeOfDay{m};
      s.to = TimeOfDay{std::min(m + step, until.minutes)};
      for (const Slot& o : out) {
        if (o.day == s.day && o.from < s.to && s.from < o.to) {
          fail(rf.pos(*dn),
               trf("slot {} {}-{} overlaps the offer's slot at line {}", weekday_code(s.day),
                   s.from.hh_mm(), s.to.hh_mm(), o.pos.line),
               "overlapping-slots");
        }
      }
      out.push_back(s);
    }
  }
}

}  // namespace

void load_offers(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  std::vector<Offer> own;
  rf.each_table(doc, "offer", [&](const toml::table& t) {
    rf.check_keys(t,
                  keys_with({"kind", "workplace", "sector", "location", "seats", "cost_per_week",
                             "take", "counts", "preparation_hours", "tracks", "who", "slots"}),
                  "[[offer]]");
    Offer o;
    o.h = header(rf, t, rs, N_("offer"));
    const toml::node* k = t.get("kind");
    if (!k) fail(rf.pos(t), tr("missing required key 'kind' (an offer kind code)"), "missing-key");
    o.kind = rf.kind_code(*k);
    o.workplace = rf.optional_string(t, "workplace");
    o.sector = rf.optional_string(t, "sector");
    if (!o.sector.empty() && o.sector != "municipal" && o.sector != "private") {
      fail(rf.pos(*t.get("sector")),
           trf("'sector' must be \"municipal\" or \"private\", found \"{}\"", o.sector),
           "invalid-value");
    }
    o.location = rf.optional_string(t, "location");
    if (auto seats = rf.optional_int(t, "seats", 0, 1000000)) o.seats = static_cast<int>(*seats);
    o.cost_per_week = rf.optional_kroner(t, "cost_per_week").value_or(0);
    std::string take = rf.optional_string(t, "take");
    if (!take.empty() && take != "any" && take != "all") {
      fail(rf.pos(*t.get("take")),
           trf("'take' must be \"any\" (some of the slots) or \"all\" (every slot), found "
               "\"{}\"",
               take),
           "invalid-value");
    }
    o.take_all = take == "all";
    o.counts = rf.optional_bool(t, "counts", true);
    o.preparation_hours = rf.optional_hours(t, "preparation_hours", 24).value_or(0);
    o.tracks = track_list(rf, t, rs);
    if (t.get("who")) o.who = rf.expression(t, "who", rs, Type::boolean, t);
    const toml::node* sl = t.get("slots");
    if (!sl)
      fail(rf.pos(t), tr("missing required key 'slots' (weekly { day, from, to })"), "missing-key");
    const toml::array* a = sl->as_array();
    if (!a || a->empty())
      fail(rf.pos(*sl), tr("'slots' must be a non-empty array of { day, from, to }"), "wrong-type");
    for (const toml::node& e : *a) slots(rf, e, o.slots);
    own.push_back(std::move(o));
  });
  add_versions(rf, rs.offers, std::move(own), N_("offer"));
}

}  // namespace nytte::rule_loader
