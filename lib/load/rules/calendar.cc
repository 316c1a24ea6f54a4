// How weeks are counted (weekly-hours, docs/hours.md): [calendar],
// [[phase]] (phases of a course) and [[conversations]] (conversations
// planned from its start).
#include "load/rules/loader.h"

#include <optional>
#include <string>
#include <vector>

#include "base/calendar.h"

namespace nytte::rule_loader {

// [calendar]: merged key by key over the inherited one.
void load_calendar(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  const toml::node* n = doc.get("calendar");
  if (!n) return;
  const toml::table* t = n->as_table();
  if (!t) fail(rf.pos(*n), tr("'calendar' must be a table: write [calendar]"), "wrong-type");
  rf.check_keys(*t,
                {"hours_per_day", "closing_days", "stable_attendance_weeks", "source", "quote",
                 "legal_basis", "note"},
                "[calendar]");
  CalendarRules& c = rs.calendar;
  c.pos = rf.pos(*t);
  if (const toml::node* h = t->get("hours_per_day")) {
    std::optional<double> v = h->value<double>();
    if (!v || !(h->is_floating_point() || h->is_integer()) || !(*v > 0 && *v <= 24)) {
      fail(rf.pos(*h), tr("'hours_per_day' must be a number of hours above 0 and at most 24"),
           "invalid-value");
    }
    c.hours_per_day = *v;
  }
  if (auto w = rf.optional_int(*t, "stable_attendance_weeks", 1, 520)) {
    c.stable_attendance_weeks = static_cast<int>(*w);
  }
  if (const toml::node* days = t->get("closing_days")) {
    const toml::array* a = days->as_array();
    if (!a) fail(rf.pos(*days), tr("'closing_days' must be an array"), "wrong-type");
    c.closing_days.clear();
    for (const toml::node& e : *a) {
      if (e.is_string()) {
        std::string id = e.as_string()->get();
        std::optional<ClosingDay> known = known_closing_day(id);
        if (!known) {
          std::string hint =
              did_you_mean(id, {"grundlovsdag", "juleaftensdag", "nytaarsaftensdag"});
          rf.report(rf.pos(e),
                    hint.empty() ? trf("unknown closing day '{}' (known: grundlovsdag, "
                                       "juleaftensdag, nytaarsaftensdag; or write a date)",
                                       id)
                                 : trf("unknown closing day '{}' (known: grundlovsdag, "
                                       "juleaftensdag, nytaarsaftensdag; or write a date); {}",
                                       id, hint),
                    "unknown-reference");
          continue;
        }
        c.closing_days.push_back(*known);
      } else if (const auto* d = e.as_date()) {
        toml::date v = d->get();
        Date date = Date::from_ymd(v.year, v.month, v.day);
        c.closing_days.push_back({"lukkedag", "Lukkedag", 0, 0, date});
      } else {
        rf.report(rf.pos(e),
                  trf("closing days are names (\"grundlovsdag\") or dates (2025-05-30), found {}",
                      type_word(e)),
                  "wrong-type");
      }
    }
  }
  merge_citation(rf, *t, rs, c.cite);
}

void load_phases(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  std::vector<Phase> own;
  rf.each_table(doc, "phase", [&](const toml::table& t) {
    rf.check_keys(t, keys_with({"tracks", "from_day", "to_day"}), "[[phase]]");
    Phase ph;
    ph.h = header(rf, t, rs, N_("phase"));
    ph.tracks = track_list(rf, t, rs);
    ph.from_day = static_cast<int>(rf.optional_int(t, "from_day", 0, 36500).value_or(0));
    if (auto to = rf.optional_int(t, "to_day", 0, 36500)) ph.to_day = static_cast<int>(*to);
    if (ph.to_day && *ph.to_day < ph.from_day) {
      fail(rf.pos(*t.get("to_day")), tr("'to_day' is before 'from_day'"), "bad-dates");
    }
    own.push_back(std::move(ph));
  });
  add_versions(rf, rs.phases, std::move(own), N_("phase"));
}

void load_conversations(RuleFile& rf, const toml::table& doc, RuleSet& rs) {
  std::vector<ConversationPlan> own;
  rf.each_table(doc, "conversations", [&](const toml::table& t) {
    rf.check_keys(t, keys_with({"tracks", "count", "every_months", "within_weeks"}),
                  "[[conversations]]");
    ConversationPlan cp;
    cp.h = header(rf, t, rs, N_("conversation plan"));
    cp.tracks = track_list(rf, t, rs);
    std::optional<int64_t> count = rf.optional_int(t, "count", 1, 1000);
    if (!count) fail(rf.pos(t), trf("missing required key '{}'", "count"), "missing-key");
    cp.count = static_cast<int>(*count);
    cp.every_months = static_cast<int>(rf.optional_int(t, "every_months", 1, 120).value_or(1));
    cp.within_weeks = static_cast<int>(rf.optional_int(t, "within_weeks", 1, 520).value_or(0));
    own.push_back(std::move(cp));
  });
  add_versions(rf, rs.conversations, std::move(own), N_("conversation plan"));
}

}  // namespace nytte::rule_loader
