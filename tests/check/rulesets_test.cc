// The seven shipped rule sets (rules/*.toml): every quote checked against its
// source text, and what their test cases (rules/tests/*.toml, run by `nytte
// validate`) cannot state; the boundaries their sources state are tried there.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "../test_citizens.h"
#include "decide/eligibility.h"
#include "load/rules.h"
#include "model/citizen.h"

namespace nytte {
namespace {

const std::string kRulesDir = NYTTE_SOURCE_DIR "/rules/";
const std::string kSharedDir = NYTTE_SOURCE_DIR "/../shared/";
const std::vector<std::string> kShipped = {"national", "aarhus",           "greve",   "koebenhavn",
                                           "roskilde", "flere_skal_med_2", "nordfyns"};
constexpr std::string_view kStatus =
    "Encoding of a public description; check against the law before use in a decision.";

RuleSet load(const std::string& id) {
  return load_rules_file(kRulesDir + id + ".toml");
}

Date day(const char* iso) {
  std::optional<Date> d = Date::parse(iso);
  REQUIRE(d.has_value());
  return *d;
}

// A decision copied out of Decision (whose views point into the rule set).
struct Outcome {
  Status status = Status::not_eligible;
  bool eligible = false;
  std::vector<std::string> groups;
  std::string track;  // "" when none
  bool track_assigned = false;
  std::optional<double> hours;  // nullopt: not stated by the source
  bool hours_stated = false;
  std::optional<double> max_hours;
  std::vector<std::string> exemptions;
  std::vector<std::string> exempt_from;
  std::vector<std::string> warnings;
  std::vector<std::string> phase_in;  // groups still being phased in
  std::vector<std::string> assumed;   // fields assumed, not recorded
  std::string assumed_municipality;
  std::vector<std::string> missing;
  std::vector<std::string> not_in_force;        // ids of rules listed as not in force
  std::vector<std::string> other_municipality;  // groups not tried: another municipality
  std::vector<std::string> parts;               // the track's hours_parts, "kind hours"
};

Outcome run(const RuleSet& rules, const Citizen& c, const char* on) {
  Decision d;
  decide(rules, c, day(on), d);
  Outcome o;
  o.status = d.status;
  o.eligible = d.eligible;
  for (std::string_view g : d.target_groups) o.groups.emplace_back(g);
  if (d.track) o.track = d.track->h.id;
  o.track_assigned = d.track_assigned;
  o.hours = d.required_weekly_hours;
  o.hours_stated = d.hours_stated;
  o.max_hours = d.max_weekly_hours;
  for (std::string_view e : d.exemptions) o.exemptions.emplace_back(e);
  for (std::string_view g : d.exempt_from) o.exempt_from.emplace_back(g);
  for (const DataWarning* w : d.warnings) o.warnings.push_back(w->h.id);
  for (const TargetGroup* g : d.phase_in) o.phase_in.push_back(g->h.id);
  for (const Assumption& a : d.assumptions) {
    o.assumed.emplace_back(a.field);
    if (a.field == "municipality") o.assumed_municipality = a.value;
  }
  for (std::string_view m : d.missing_fields) o.missing.emplace_back(m);
  for (const Reason& r : d.reasons) {
    if (!r.in_force) o.not_in_force.push_back(r.rule->id);
    if (r.other_municipality) o.other_municipality.push_back(r.rule->id);
  }
  if (d.track) {
    for (const HoursPart& p : d.track->hours_parts) {
      o.parts.push_back(p.kind + " " + std::to_string(static_cast<int>(p.hours)));
    }
  }
  return o;
}

using Ids = std::vector<std::string>;

bool has(const Ids& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Someone the national obligation covers on SHO-ydelse (the benefit alone
// decides; the figures are those of someone who meets neither part), full work
// capacity, no exemption, municipality not recorded.
Citizen sho_person() {
  return test::sho_person("sho", Date::from_ymd(1985, 5, 10), 1.0);
}

// A kontanthjælp recipient who meets no requirement of any rule set by
// default: Danish and school years high, both parts of the residence and
// employment requirement met (first entered in 2005).
Citizen kontant_person(Category category, Date birth) {
  Citizen c;
  c.id = "kontant";
  c.birth_date = birth;
  c.benefit = Benefit::kontanthjaelp;
  c.category = category;
  c.danish_tests = std::vector<DanishTest>{DanishTest::PD3};
  c.school_years = 10;
  c.residence_years_last_10 = 10.0;
  c.fulltime_work_years_last_10 = 3.0;
  c.first_entry_date = Date::from_ymd(2005, 3, 1);
  c.exemptions = std::vector<std::string>{};
  c.benefit_history = std::vector<BenefitPeriod>{};
  return c;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Collapses runs of white space and drops Markdown emphasis, so a quote can be
// found in domain.md, whose lines are wrapped.
std::string flatten(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (ch == '*') continue;
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

std::vector<const RuleHeader*> all_rules(const RuleSet& rs) {
  std::vector<const RuleHeader*> out;
  for (const TargetGroup& r : rs.target_groups) out.push_back(&r.h);
  for (const Exemption& r : rs.exemptions) out.push_back(&r.h);
  for (const DataWarning& r : rs.warnings) out.push_back(&r.h);
  for (const Track& r : rs.tracks) out.push_back(&r.h);
  for (const HoursRule& r : rs.hours) out.push_back(&r.h);
  return out;
}

}  // namespace

TEST_CASE("rulesets: every shipped file loads, with the ids scripts depend on") {
  const std::vector<std::pair<std::string, Ids>> tracks = {
      {"national", {"arbejdspligt"}},
      {"aarhus", {"ordinaert_job", "igu", "jobpakke"}},
      {"greve", {"service_ung", "service_nyledig", "individuel_dansk"}},
      {"koebenhavn", {"projektplads"}},
      {"roskilde", {"virksomhedsforloeb"}},
      {"flere_skal_med_2", {"jobformidler"}},
      {"nordfyns", {"virksomhedsrettet"}},
  };
  for (const auto& track : tracks) {
    // Named references, not a structured binding: CAPTURE is a lambda, and
    // clang 14 cannot capture a binding.
    const std::string& id = track.first;
    const Ids& want = track.second;
    CAPTURE(id);
    RuleSet rs = load(id);
    CHECK(rs.id == id);
    CHECK(rs.status == kStatus);
    Ids got;
    for (const Track& t : rs.tracks) got.push_back(t.h.id);
    CHECK(got == want);
    if (id != "national") CHECK(rs.extends == "national");
    // The file starts with its comment block, which carries the status too.
    std::string text = read_text(kRulesDir + id + ".toml");
    CHECK(text.starts_with("# "));
    CHECK(text.find("# Status: " + std::string(kStatus)) != std::string::npos);
  }
  CHECK(load("aarhus").municipality == "751");
  CHECK(load("greve").municipality == "253");
  CHECK(load("koebenhavn").municipality == "101");
  CHECK(load("roskilde").municipality == "265");
  CHECK(load("nordfyns").municipality == "480");
  CHECK(load("flere_skal_med_2").municipality.empty());
  CHECK(load("national").municipality.empty());
}

TEST_CASE("rulesets: the built-in national rule set is rules/national.toml") {
  RuleSet builtin = load_builtin_rules();
  RuleSet file = load("national");
  CHECK(builtin.id == "national");
  CHECK(builtin.target_groups.size() == file.target_groups.size());
  CHECK(kBuiltinNationalRules == read_text(kRulesDir + "national.toml"));
}

TEST_CASE("rulesets: every rule cites a source and quotes it verbatim") {
  std::error_code ec;
  if (!std::filesystem::is_directory(kSharedDir + "seeds", ec)) {
    MESSAGE("skipped: no seed texts at " << kSharedDir << "seeds");
    return;
  }
  const std::string domain = flatten(read_text(kSharedDir + "domain.md"));
  for (const std::string& id : kShipped) {
    RuleSet rs = load(id);
    for (const RuleHeader* h : all_rules(rs)) {
      CAPTURE(id);
      CAPTURE(h->id);
      REQUIRE_FALSE(h->cite.source.empty());
      CHECK_FALSE(h->cite.quote.empty());
      const Source* src = rs.find_source(h->cite.source);
      REQUIRE(src != nullptr);
      if (src->file.empty()) {
        // National facts are quoted from domain.md (a public source, not a seed).
        CHECK(domain.find(flatten(h->cite.quote)) != std::string::npos);
      } else {
        std::string seed = read_text(kSharedDir + "seeds/" + src->file);
        REQUIRE_FALSE(seed.empty());
        CHECK(seed.find(h->cite.quote) != std::string::npos);
      }
    }
  }
}

TEST_CASE("rulesets: every source is named by title and author; every rule states its reading") {
  Ids national_sources;
  for (const Source& src : load("national").sources) national_sources.push_back(src.id);
  CHECK(national_sources == Ids{"star_arbejdspligt", "kl_arbejdspligt", "borger_dk_arbejdspligt",
                                "aarhus_dk_arbejdspligt"});
  for (const std::string& id : kShipped) {
    RuleSet rs = load(id);
    for (const Source& src : rs.sources) {
      CAPTURE(id);
      CAPTURE(src.id);
      CHECK_FALSE(src.title.empty());
      CHECK_FALSE(src.author.empty());
      // The national rules cite public pages (quoted in domain.md); every
      // municipal source is a seed.
      CHECK(src.file.empty() == has(national_sources, src.id));
    }
    for (const RuleHeader* h : all_rules(rs)) {
      CAPTURE(id);
      CAPTURE(h->id);
      CHECK_FALSE(h->cite.note.empty());
    }
  }
}

// ---------------------------------------------------------------- national

// What rules/tests/national.toml cannot state: the rules listed as not yet
// in force, the phase-in dates, the assumptions and an assigned track.

TEST_CASE("national: a group before its date is listed as not in force") {
  RuleSet rs = load("national");
  Citizen c = sho_person();
  CHECK(has(run(rs, c, "2024-12-31").not_in_force, "sho_ydelse"));
  Outcome early = run(rs, c, "2024-06-01");
  CHECK(has(early.not_in_force, "sho_ydelse"));
  CHECK(has(early.not_in_force, "kontanthjaelpssystemet"));
  Outcome on = run(rs, c, "2025-01-01");
  CHECK(on.track == "arbejdspligt");
  CHECK_FALSE(on.track_assigned);  // the rule set's track, not one a consultant chose
  for (Benefit b : {Benefit::kontanthjaelp, Benefit::uddannelseshjaelp}) {
    c.benefit = b;
    CHECK(has(run(rs, c, "2025-06-30").not_in_force, "kontanthjaelpssystemet"));
  }
}

TEST_CASE("national: STAR's phase-in dates are shown while they are ahead") {
  RuleSet rs = load("national");
  Citizen c = sho_person();
  CHECK(run(rs, c, "2025-01-01").phase_in == Ids{"sho_ydelse"});
  CHECK(run(rs, c, "2025-06-30").phase_in == Ids{"sho_ydelse"});
  CHECK(run(rs, c, "2025-07-01").phase_in.empty());
  c.benefit = Benefit::kontanthjaelp;
  CHECK(run(rs, c, "2025-07-01").phase_in == Ids{"kontanthjaelpssystemet"});
  CHECK(run(rs, c, "2025-12-31").phase_in == Ids{"kontanthjaelpssystemet"});
  CHECK(run(rs, c, "2026-01-01").phase_in.empty());
  // Not in the group: nothing to phase in.
  c.benefit = Benefit::su;
  CHECK(run(rs, c, "2025-09-01").phase_in.empty());
}

TEST_CASE("national: a work capacity not recorded is assumed full, and says so") {
  RuleSet rs = load("national");
  Citizen c = sho_person();
  Outcome o = run(rs, c, "2025-03-01");
  CHECK(o.hours == 37.0);
  CHECK(has(o.assumed, "work_capacity_hours"));
  c.work_capacity_hours = 20.0;
  o = run(rs, c, "2025-03-01");
  CHECK(o.hours == 20.0);
  CHECK_FALSE(has(o.assumed, "work_capacity_hours"));
}

TEST_CASE("national: assigned_track is used only when it is a track the person qualifies for") {
  RuleSet rs = load("national");
  Citizen c = sho_person();
  c.assigned_track = "arbejdspligt";
  Outcome o = run(rs, c, "2025-03-01");
  CHECK(o.track == "arbejdspligt");
  CHECK(o.track_assigned);
  c.assigned_track = "jobpakke";  // an Aarhus track, not national
  o = run(rs, c, "2025-03-01");
  CHECK(o.track == "arbejdspligt");
  CHECK_FALSE(o.track_assigned);
}

// ---------------------------------------------------------------- aarhus

// What rules/tests/aarhus.toml cannot state: the rules listed as not in force
// or as another municipality's, the assumed municipality, a track without a
// cap, an assigned track, and an assigned track the rule set does not have
// (a test's citizen must name one of its tracks).

namespace {
// Group (b) of the Aarhus model on 2023-06-01: on kontanthjælp now and for
// the last 1,300 days, PD1, 9 school years, recorded in Aarhus.
Citizen aarhus_b() {
  Citizen c = kontant_person(Category::aktivitetsparat, Date::from_ymd(1980, 1, 15));
  c.municipality = "751";
  c.danish_tests = std::vector<DanishTest>{DanishTest::PD1};
  c.school_years = 9;
  c.benefit_history = std::vector<BenefitPeriod>{
      {Benefit::kontanthjaelp, day("2023-06-01").plus_days(-1300), std::nullopt}};
  return c;
}
}  // namespace

TEST_CASE("aarhus: group (a) before 2022-03-09 is listed as not in force") {
  RuleSet rs = load("aarhus");
  Citizen c = sho_person();
  c.municipality = "751";
  CHECK(has(run(rs, c, "2022-03-08").not_in_force, "aarhus_sho_ydelse"));
  CHECK_FALSE(has(run(rs, c, "2022-03-09").not_in_force, "aarhus_sho_ydelse"));
}

TEST_CASE("aarhus: another municipality's record is listed; none recorded is assumed Aarhus") {
  RuleSet rs = load("aarhus");
  Citizen c = aarhus_b();
  c.municipality = "101";
  CHECK(has(run(rs, c, "2023-06-01").other_municipality, "aarhus_integrationsbehov"));
  c.municipality.reset();
  Outcome o = run(rs, c, "2023-06-01");
  CHECK(o.eligible);
  CHECK(has(o.assumed, "municipality"));
  CHECK(o.assumed_municipality == "751");
}

TEST_CASE("aarhus: ordinaert_job and igu have no cap; an assigned track is used if Aarhus has it") {
  RuleSet rs = load("aarhus");
  Citizen c = sho_person();
  c.municipality = "751";
  c.birth_date = Date::from_ymd(1990, 1, 1);
  c.category = Category::jobparat;
  c.ordinary_hours = 10.0;
  Outcome o = run(rs, c, "2023-06-01");
  CHECK(o.track == "ordinaert_job");
  CHECK_FALSE(o.max_hours.has_value());
  c.ordinary_hours.reset();
  o = run(rs, c, "2023-06-01");
  CHECK(o.track == "igu");
  CHECK_FALSE(o.max_hours.has_value());

  c.category = Category::aktivitetsparat;
  c.assigned_track = "igu";
  o = run(rs, c, "2023-06-01");
  CHECK(o.track == "igu");
  CHECK(o.track_assigned);
  c.assigned_track = "arbejdspligt";  // national, not an Aarhus track
  o = run(rs, c, "2023-06-01");
  CHECK(o.track == "jobpakke");
  CHECK_FALSE(o.track_assigned);
}

// ---------------------------------------------------------------- greve

// What rules/tests/greve.toml cannot state: a track's hours parts and
// whether the track was assigned.

namespace {
// A newly unemployed jobparat kontanthjælp recipient in Greve, 35, with PD1
// only: in both nyledige_jobparate and jobparate_begraenset_dansk.
Citizen greve_both() {
  Citizen c = kontant_person(Category::jobparat, Date::from_ymd(1984, 1, 1));
  c.municipality = "253";
  c.unemployed_since = Date::from_ymd(2019, 5, 1);
  c.danish_tests = std::vector<DanishTest>{DanishTest::PD1};
  return c;
}
}  // namespace

TEST_CASE("greve: individuel_dansk states its 5 hours of Danish as a part, no total") {
  RuleSet rs = load("greve");
  Citizen c = kontant_person(Category::jobparat, Date::from_ymd(1975, 1, 1));
  c.municipality = "253";
  c.danish_tests = std::vector<DanishTest>{DanishTest::PD1};
  Outcome o = run(rs, c, "2018-01-01");
  CHECK(o.track == "individuel_dansk");
  CHECK_FALSE(o.hours.has_value());
  CHECK(o.parts == Ids{"dansk 5"});
}

TEST_CASE("greve: assigned_track is marked as assigned only where the person qualifies") {
  RuleSet rs = load("greve");
  Citizen c = greve_both();
  CHECK_FALSE(run(rs, c, "2019-06-01").track_assigned);
  c.assigned_track = "individuel_dansk";
  Outcome o = run(rs, c, "2019-06-01");
  CHECK(o.track == "individuel_dansk");
  CHECK(o.track_assigned);
  c.assigned_track = "service_ung";  // not a track of her groups
  o = run(rs, c, "2019-06-01");
  CHECK(o.track == "service_nyledig");
  CHECK_FALSE(o.track_assigned);
}

// ------------------------------------------ koebenhavn, roskilde

// Everything the C++ cases stated is in rules/tests/koebenhavn.toml and
// rules/tests/roskilde.toml.

// ---------------------------------------------------------------- flere_skal_med_2

// What rules/tests/flere_skal_med_2.toml cannot state: the group listed as
// not in force once the frontrunner year is over.

TEST_CASE("flere_skal_med_2: after 2020-02-03 the group is listed as not in force") {
  RuleSet rs = load("flere_skal_med_2");
  Citizen c = kontant_person(Category::aktivitetsparat, Date::from_ymd(1975, 1, 1));
  c.municipality = "480";
  CHECK_FALSE(has(run(rs, c, "2020-02-03").not_in_force, "aktivitetsparate_over_30"));
  CHECK(has(run(rs, c, "2020-02-04").not_in_force, "aktivitetsparate_over_30"));
}

// ---------------------------------------------------------------- nordfyns

// What rules/tests/nordfyns.toml cannot state: the group listed as not in
// force before 2015, and whether the track was assigned.

namespace {
// The worked example of the Nordfyns seed (examples/citizens/nordfyns-49.toml).
Citizen nordfyns_49() {
  Citizen c;
  c.id = "nordfyns-49";
  c.birth_date = Date::from_ymd(1970, 3, 14);
  c.sex = Sex::F;
  c.municipality = "480";
  c.benefit = Benefit::kontanthjaelp;
  c.category = Category::aktivitetsparat;
  c.school_years = 9;
  c.danish_tests = std::vector<DanishTest>{DanishTest::studieproeven};
  c.residence_years_last_10 = 10.0;
  c.fulltime_work_years_last_10 = 0.5;
  c.work_capacity_hours = 12.0;
  return c;
}
}  // namespace

TEST_CASE("nordfyns: the group before 2015 is listed as not in force") {
  RuleSet rs = load("nordfyns");
  Citizen c = nordfyns_49();
  CHECK(has(run(rs, c, "2014-12-31").not_in_force, "aktivitetsparate_30plus"));
  CHECK_FALSE(has(run(rs, c, "2015-01-01").not_in_force, "aktivitetsparate_30plus"));
}

TEST_CASE("nordfyns: an assigned virksomhedsrettet is marked as assigned") {
  RuleSet rs = load("nordfyns");
  Citizen c = nordfyns_49();
  CHECK_FALSE(run(rs, c, "2019-11-28").track_assigned);
  c.assigned_track = "virksomhedsrettet";
  Outcome o = run(rs, c, "2019-11-28");
  CHECK(o.track == "virksomhedsrettet");
  CHECK(o.track_assigned);
}

}  // namespace nytte
