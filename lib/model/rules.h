// Rule sets: municipal and national rules as data, a plain immutable RuleSet
// with every condition compiled. Loaded from TOML files by load/rules.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar.h"
#include "base/date.h"
#include "base/diagnostic.h"
#include "condition/condition.h"

namespace nytte {

// Where a rule comes from: a [[source]] of the rule set (a seed file, a law,
// an agency's guidance) and the sentence it encodes.
struct Source {
  std::string id;
  std::string title;
  std::string file;         // seed file name, e.g. "000_0c1ca0eca22ce79b.txt"
  std::string url;          // where published, if known
  std::string legal_basis;  // e.g. "LAB § 105 a"
  std::string author;       // who wrote or published it: an authority, or a person and body
  std::optional<Date> date;
  SourcePos pos;
};

struct Citation {
  std::string source;       // id of a Source of the rule set (or one it extends)
  std::string quote;        // the sentence of the source it encodes, verbatim
  std::string legal_basis;  // e.g. "LAB §§ 82-89"; may be empty
  std::string note;         // how the sentence was read, if not obvious
};

// The dates a rule is in force, both ends included; missing = open.
struct Validity {
  std::optional<Date> from;
  std::optional<Date> to;
  bool contains(Date d) const { return (!from || *from <= d) && (!to || d <= *to); }
};

// Common part of every rule: id, title, dates, citation, where defined.
struct RuleHeader {
  std::string id;
  std::string title;
  Validity valid;
  Citation cite;
  std::string ruleset;  // id of the rule set that defines it
  SourcePos pos;
};

struct TargetGroup {
  RuleHeader h;
  CompiledExpr when;
  // The kommunekode of the rule set that defines the group ("" for national):
  // a municipality's group is that municipality's (docs/rules.md).
  std::string municipality;
  // The date by which the job centre must have the obligation fully phased
  // in for this group (STAR's phase-in); shown while the date is ahead.
  std::optional<Date> phased_in_by;
};

// A person who meets an exemption is not covered by the groups it exempts
// from (`groups`; empty = every group): the Ukraine exemption belongs to the
// arbejdspligt, not to a municipality's own nytteindsats groups.
struct Exemption {
  RuleHeader h;
  CompiledExpr when;
  std::vector<std::string> groups;
  bool covers(std::string_view group) const;
};

// A data warning ([[warning]]): tried for every person whatever the outcome,
// it flags a record that is stale or suspect on the date (an SHO code after
// the benefits were folded into the new kontanthjælp). Never changes the
// decision.
struct DataWarning {
  RuleHeader h;  // h.title is the message a caseworker reads
  CompiledExpr when;
};

// A track (spor). A person qualifies for it when in one of `groups` (empty =
// any target group). In order, the first qualified track whose `propose`
// holds is proposed, unless the record's assigned_track names a qualified one.
// A part of the week that a source states where it gives no total (Greve's
// individual track: 5 hours of Danish lessons).
struct HoursPart {
  std::string title;
  std::string kind;  // offer kind code, "" when not said
  double hours = 0;
  SourcePos pos;
};

struct Track {
  RuleHeader h;
  std::vector<std::string> groups;
  std::optional<CompiledExpr> propose;    // missing = always
  std::optional<CompiledExpr> hours;      // overrides the rule set's hours rules
  std::optional<CompiledExpr> max_hours;  // a cap the source gives ("op til 37 timer")
  std::vector<HoursPart> hours_parts;     // parts of the week the source states
};

// The weekly hours requirement, e.g. min(37, work_capacity_hours), for the
// people in one of `groups` (empty = any group): the arbejdspligt's 37 hours
// are not borrowed by a municipality's own groups.
struct HoursRule {
  RuleHeader h;
  CompiledExpr hours;  // a number expression
  std::vector<std::string> groups;
};

// How weeks are counted (weekly-hours): the hours of a working day, the days
// the workplaces close besides the public holidays, and how many fully
// attended weeks in a row count as stable attendance. A rule set that
// extends another inherits its [calendar] and may override each key.
struct CalendarRules {
  double hours_per_day = 7.4;  // a full working day, 37 / 5
  std::vector<ClosingDay> closing_days;
  int stable_attendance_weeks = 0;  // 0 = the rule set declares none
  Citation cite;
  SourcePos pos;
};

// A phase of a course, counted in days from its start (0 = the first day):
// e.g. Copenhagen's first 14 days of nytteindsats only.
struct Phase {
  RuleHeader h;
  std::vector<std::string> tracks;  // empty = every track
  int from_day = 0;
  std::optional<int> to_day;  // inclusive; missing = to the end of the course
};

// Conversations with the job centre planned from the start of a course: the
// k-th (k = 0, 1, ...) on the start date plus k * every_months months, moved
// off a day off to a working day in the same calendar month (hours.cc,
// working_day_in_month), as long as it falls within the first within_weeks
// weeks (Greve: 6 in the first 26 weeks, one a month).
struct ConversationPlan {
  RuleHeader h;
  std::vector<std::string> tracks;  // empty = every track
  int count = 0;
  int every_months = 1;
  int within_weeks = 0;  // 0 = no limit
};

// A weekly time slot of an offer: every week on `day`, from-to.
struct Slot {
  Weekday day = Weekday::mon;
  TimeOfDay from, to;
  SourcePos pos;
};

// An offer (tilbud) a package is made of: a workplace or course with weekly
// slots and a number of seats. A person takes some of its slots (`take_all`:
// every slot or none, as in a course) and holds one seat whatever the number
// of slots. Docs: docs/packages.md.
struct Offer {
  RuleHeader h;
  std::string kind;          // offer kind code (domain.md): "praktik", "dansk", ...
  std::string workplace;     // where, in words
  std::string sector;        // "municipal" or "private"; "" when not said
  std::string location;      // id of the place; transport is counted between places
  std::optional<int> seats;  // missing = as many as needed
  double cost_per_week = 0;  // kr. a seat a week
  bool take_all = false;
  bool counts = true;               // whether its hours count towards the requirement
  double preparation_hours = 0;     // counted a block on top of its time (Danish homework)
  std::vector<std::string> tracks;  // who may take it: these tracks (empty = any) ...
  std::optional<CompiledExpr> who;  // ... and this condition (missing = anyone)
  std::vector<Slot> slots;
};

// A mandatory part of a recipe: at least `hours` a week of these kinds
// (Greve: one day of job search, 5 hours of Danish).
struct RecipePart {
  std::string title;
  std::vector<std::string> kinds;
  double hours = 0;
  SourcePos pos;
};

// What a track's week is made of: the mandatory parts, the kinds it may
// contain in tiers of preference (the seeds' principle: ordinary paid hours
// first, then company-based offers, then the rest), and the most counted
// hours a day.
struct Recipe {
  RuleHeader h;
  std::vector<std::string> tracks;               // empty = every track
  std::string phase;                             // id of a [[phase]]; "" = the whole course
  std::vector<std::vector<std::string>> prefer;  // tiers of kinds, best first
  std::vector<RecipePart> parts;
  std::optional<double> daily_limit;  // hours; missing = [calendar] hours_per_day
  bool one_offer_per_kind = true;     // one workplace per kind a week (one praktik, ...)
};

// [transport]: whether travel between two places on the same day counts
// towards the hours (borger.dk: it does), and how long it takes.
struct TransportRules {
  bool counts = false;
  int minutes = 0;  // between two different locations, unless a route says otherwise
  struct Route {
    std::string a, b;
    int minutes = 0;
  };
  std::vector<Route> routes;
  Citation cite;
  SourcePos pos;
  // Minutes from one location to another (0 when the same or unnamed).
  int between(std::string_view from, std::string_view to) const;
};

// A budget line ([[budget]]): an amount set aside for the period the line is
// in force (valid_from..valid_to), paying for the seats of offers of these
// kinds or ids (both empty: costs outside the offers, e.g. staff training).
// `report` sets the yearly cost of the seats against it.
struct BudgetLine {
  RuleHeader h;
  double amount = 0;  // kr. over the whole period
  std::vector<std::string> kinds;
  std::vector<std::string> offers;
  // Whether the line pays for an offer's seats.
  bool covers(const Offer& o) const;
  // The amount a year: spread over the months of a period of whole months,
  // else over its days (365.25 a year); the whole amount when the period is
  // open at either end.
  double per_year() const;
};

// A test case written beside the rules ([[test]] in a rule file, or in
// rules/tests/<file>): a citizen, a date, and the answer the authors promise.
// Each expectation is optional; only those given are checked.
struct RuleTest {
  std::string name;
  SourcePos pos;  // the [[test]] table
  Date on;
  // The citizen: TOML text of one [[citizen]] record whose lines are those of
  // the rule file from `citizen_line` (a [test.citizen] table or an inline
  // table), or a file of records relative to the rule file (`citizen_path`,
  // `citizen_id` naming the record when it holds several).
  std::string citizen_toml;
  uint32_t citizen_line = 1;
  bool citizen_inline = false;  // { ... } on one line: problems are reported at it
  std::string citizen_path;
  std::string citizen_id;
  SourcePos citizen_pos;

  std::optional<bool> eligible;
  std::optional<std::string> status;
  std::optional<std::vector<std::string>> target_groups;
  std::optional<std::vector<std::string>> exemptions;
  std::optional<std::string> track;  // "" = no track
  std::optional<double> required_weekly_hours;
  std::optional<bool> hours_stated;
  std::optional<double> max_weekly_hours;
  std::optional<std::vector<std::string>> missing_fields;
  std::optional<std::vector<std::string>> warnings;
  std::optional<std::vector<std::string>> exempt_from;
};

struct RuleSet {
  std::string id;
  std::string title;
  std::string municipality;        // kommunekode, "" for national
  std::string status;              // e.g. "encoding of a public description; check against the law"
  std::string version;             // [ruleset] version, free text ("2025-07"); "" if not given
  std::string extends;             // id of the parent rule set, "" if none
  std::vector<std::string> chain;  // ids, root first, this one last
  std::string file;                // where it was loaded from ("<built-in>" for national)

  std::vector<Source> sources;  // own and inherited
  Schema schema;                // declared fields, constants, codes
  std::vector<TargetGroup> target_groups;
  std::vector<Exemption> exemptions;
  std::vector<DataWarning> warnings;
  std::vector<Track> tracks;
  std::vector<HoursRule> hours;
  CalendarRules calendar;
  std::vector<Phase> phases;
  std::vector<ConversationPlan> conversations;
  std::vector<Offer> offers;
  std::vector<Recipe> recipes;
  TransportRules transport;
  std::vector<BudgetLine> budget;
  std::vector<RuleTest> tests;     // this file's own, not inherited
  std::vector<std::string> files;  // every file loaded: the parents', then this one

  const Source* find_source(std::string_view id) const;
  const Track* find_track(std::string_view id) const;  // any version
  const Phase* find_phase(std::string_view id) const;  // any version
};

}  // namespace nytte
