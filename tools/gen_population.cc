// nytte-gen: a seeded, synthetic population of citizens for examples,
// benchmarks and load tests. The same seed and count give the same bytes on
// every machine (a hand-written xoshiro256** generator and integer
// arithmetic only). Records are written one by one, so any count streams in
// constant memory.
//
//   nytte-gen --count 2000 --seed 2022 --format csv -o examples/population/aarhus-2000.csv
//
// The proportions follow the Aarhus seed (000_0c1ca0eca22ce79b.txt): ages
// 18-67, about 20 % jobparat and 80 % aktivitetsparat, 57 % women, and women
// over 40 over-represented. Birth date and sex are given by a CPR number (the
// century rule of domain.md), as in the job centres' own extracts. A few
// records leave fields out, as real extracts do, so that "missing data" is
// exercised too. Nothing here is real data.
#include <cstdint>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "base/date.h"
#include "format/output.h"

namespace {

using nytte::Date;

// xoshiro256** (Blackman and Vigna), seeded through splitmix64.
class Random {
 public:
  explicit Random(uint64_t seed) {
    for (uint64_t& word : s_) {
      seed += 0x9e3779b97f4a7c15ULL;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      word = z ^ (z >> 31);
    }
  }
  uint64_t next() {
    uint64_t result = rotl(s_[1] * 5, 7) * 9;
    uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  // Uniform in [0, n), by the multiply-high method (bias below 2^-32 for the
  // small n used here).
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(((next() >> 32) * n) >> 32); }
  // Uniform in [lo, hi].
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<uint32_t>(hi - lo + 1)));
  }
  // True with probability per_mille / 1000.
  bool chance(uint32_t per_mille) { return below(1000) < per_mille; }

 private:
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

struct Options {
  long long count = 2000;
  uint64_t seed = 2022;
  std::string format = "csv";
  std::string output = "-";
  std::string municipality = "751";
  std::string id_prefix = "p";
  std::string on = "2025-09-01";
  int attendance = 0;  // > 0: write an attendance log of this many rows a person instead
  int offers = 0;      // > 0: write a rule file with this many offers instead
};

// One synthetic person. Fields left empty are missing from the record.
struct Person {
  std::string id;
  std::string cpr;
  std::string municipality;
  std::string benefit;
  std::string history;  // CSV form, "benefit:FROM..TO benefit:FROM.."
  struct Period {
    std::string_view benefit;
    Date from;
    bool open = true;
    Date to;
  };
  Period periods[2];
  int period_count = 0;
  std::string_view category;
  std::string_view danish;  // "", or the highest test passed
  int school_years = -1;
  int residence_half_years = -1;  // in half years, 0..20
  int work_half_years = -1;       // in half years, 0..20
  bool unemployed_known = false;
  Date unemployed_since;
  int ordinary_hours = 0;
  int capacity_hours = 0;  // 0 = missing (full capacity)
  std::string_view exemption;
  std::string_view area;
  bool has_unavailable = false;
  int unavailable_day = 0;
};

constexpr std::string_view kDanish[] = {"PD1", "PD2", "PD3", "studieproeven"};
constexpr std::string_view kDays[] = {"mon", "tue", "wed", "thu", "fri"};
constexpr std::string_view kAreas[] = {"Gellerup", "Bispehaven", "Tingbjerg", "Vollsmose",
                                       "Æblehaven"};

// Two-digit year, the 7th digit of the serial, by the century rule of
// domain.md: 1900-1999 with 0-3 (any year); 2000-2036 with 4 or 9; 2000-2057
// with 5-8; 1858-1899 with 5-8.
int seventh_digit(Random& r, int year) {
  if (year >= 2000) return r.chance(500) ? 4 : 5 + r.between(0, 3);
  if (year < 1900) return 5 + r.between(0, 3);
  int yy = year % 100;
  int d = r.between(0, 3);
  if (yy > 36 && r.chance(100)) d = r.chance(500) ? 4 : 9;  // 4 and 9 with yy > 36 are 1900s too
  return d;
}

Person make_person(Random& r, const Options& o, long long index, Date on) {
  Person p;
  p.id = fmt::format("{}{:07d}", o.id_prefix, index + 1);
  p.municipality = o.municipality;

  // Sex: 57 % women. Age 18-67; women over 40 over-represented.
  bool woman = r.chance(570);
  int age = woman && r.chance(450) ? r.between(40, 67) : r.between(18, 67);
  Date birth = on.plus_years(-age - 1).plus_days(1 + r.between(0, 364));
  auto ymd = birth.ymd();
  int serial = seventh_digit(r, ymd.year) * 100 + r.between(0, 99);
  int last = r.between(0, 4) * 2 + (woman ? 0 : 1);
  p.cpr =
      fmt::format("{:02d}{:02d}{:02d}-{:03d}{}", ymd.day, ymd.month, ymd.year % 100, serial, last);
  int age_now = nytte::age_on(birth, on);

  // Benefit: under 30 mostly uddannelseshjælp; the SHO-ydelser for newcomers.
  uint32_t b = r.below(100);
  if (age_now < 30 && b < 45)
    p.benefit = "uddannelseshjaelp";
  else if (b < 55)
    p.benefit = age_now < 30 ? "uddannelseshjaelp" : "kontanthjaelp";
  else if (b < 75)
    p.benefit = "selvforsoergelsesydelse";
  else if (b < 87)
    p.benefit = "hjemrejseydelse";
  else if (b < 97)
    p.benefit = "overgangsydelse";
  else
    p.benefit = "ingen";

  // History: the current benefit since 1-96 months ago, sometimes after a
  // period of another benefit.
  if (p.benefit != "ingen" && !r.chance(30)) {
    Date since = on.plus_months(-r.between(1, 96)).plus_days(-r.between(0, 27));
    if (r.chance(300)) {
      Date earlier = since.plus_months(-r.between(6, 48));
      p.periods[p.period_count++] = {r.chance(500) ? "kontanthjaelp" : "uddannelseshjaelp", earlier,
                                     false, since.plus_days(-1)};
    }
    p.periods[p.period_count++] = {p.benefit, since, true, {}};
  }

  // Category: about 20 % jobparat and 80 % aktivitetsparat; some young
  // people education-ready instead.
  if (!r.chance(10)) {
    if (age_now < 30 && r.chance(150))
      p.category = r.chance(500) ? "uddannelsesparat" : "aabenlyst_uddannelsesparat";
    else
      p.category = r.chance(200) ? "jobparat" : "aktivitetsparat";
  }

  uint32_t d = r.below(100);
  p.danish = d < 30 ? "" : kDanish[d < 55 ? 0 : d < 75 ? 1 : d < 90 ? 2 : 3];
  if (!r.chance(10)) p.school_years = r.chance(150) ? r.between(0, 5) : r.between(6, 13);
  if (!r.chance(20)) p.residence_half_years = r.chance(550) ? r.between(0, 17) : r.between(18, 20);
  if (!r.chance(20)) p.work_half_years = r.chance(750) ? r.between(0, 4) : r.between(5, 20);
  if (r.chance(600)) {
    p.unemployed_known = true;
    p.unemployed_since = on.plus_days(-r.between(1, 3000));
  }
  if (r.chance(150)) p.ordinary_hours = r.between(2, 15);
  if (r.chance(100)) p.capacity_hours = r.between(6, 30);
  if (r.chance(30))
    p.exemption = "ukraine_special_act";
  else if (r.chance(20))
    p.exemption = "health";
  if (r.chance(200)) p.area = kAreas[r.below(5)];
  if (r.chance(100)) {
    p.has_unavailable = true;
    p.unavailable_day = static_cast<int>(r.below(5));
  }
  return p;
}

std::string half_years(int h) {
  return h % 2 ? fmt::format("{}.5", h / 2) : fmt::format("{}.0", h / 2);
}

void write_csv_header(std::string& out) {
  out +=
      "id,cpr,municipality,benefit,benefit_history,category,danish_tests,school_years,"
      "residence_years_last_10,fulltime_work_years_last_10,unemployed_since,ordinary_hours,"
      "work_capacity_hours,exemptions,unavailable,residence_area\n";
}

void write_csv(std::string& out, const Person& p) {
  out += p.id;
  out += ',';
  out += p.cpr;
  out += ',';
  out += p.municipality;
  out += ',';
  out += p.benefit;
  out += ',';
  for (int i = 0; i < p.period_count; ++i) {
    const auto& period = p.periods[i];
    if (i) out += ' ';
    out += fmt::format("{}:{}..", period.benefit, period.from.iso());
    if (!period.open) out += period.to.iso();
  }
  out += ',';
  out += p.category;
  out += ',';
  out += p.danish.empty() ? std::string_view("[]") : p.danish;
  out += ',';
  if (p.school_years >= 0) out += std::to_string(p.school_years);
  out += ',';
  if (p.residence_half_years >= 0) out += half_years(p.residence_half_years);
  out += ',';
  if (p.work_half_years >= 0) out += half_years(p.work_half_years);
  out += ',';
  if (p.unemployed_known) out += p.unemployed_since.iso();
  out += ',';
  out += std::to_string(p.ordinary_hours);
  out += ',';
  if (p.capacity_hours) out += std::to_string(p.capacity_hours);
  out += ',';
  out += p.exemption.empty() ? std::string_view("[]") : p.exemption;
  out += ',';
  if (p.has_unavailable) out += fmt::format("{} 08:00-12:00", kDays[p.unavailable_day]);
  out += ',';
  if (!p.area.empty()) nytte::csv_cell(out, p.area);
  out += '\n';
}

void write_toml(std::string& out, const Person& p) {
  out += fmt::format(
      "[[citizen]]\nid = \"{}\"\ncpr = \"{}\"\nmunicipality = \"{}\"\nbenefit = \"{}\"\n", p.id,
      p.cpr, p.municipality, p.benefit);
  if (p.period_count) {
    out += "benefit_history = [";
    for (int i = 0; i < p.period_count; ++i) {
      const auto& period = p.periods[i];
      out += fmt::format("{}{{ benefit = \"{}\", from = {}", i ? ", " : "", period.benefit,
                         period.from.iso());
      if (!period.open) out += fmt::format(", to = {}", period.to.iso());
      out += " }";
    }
    out += "]\n";
  }
  if (!p.category.empty()) out += fmt::format("category = \"{}\"\n", p.category);
  out += p.danish.empty() ? std::string("danish_tests = []\n")
                          : fmt::format("danish_tests = [\"{}\"]\n", p.danish);
  if (p.school_years >= 0) out += fmt::format("school_years = {}\n", p.school_years);
  if (p.residence_half_years >= 0)
    out += fmt::format("residence_years_last_10 = {}\n", half_years(p.residence_half_years));
  if (p.work_half_years >= 0)
    out += fmt::format("fulltime_work_years_last_10 = {}\n", half_years(p.work_half_years));
  if (p.unemployed_known) out += fmt::format("unemployed_since = {}\n", p.unemployed_since.iso());
  out += fmt::format("ordinary_hours = {}.0\n", p.ordinary_hours);
  if (p.capacity_hours) out += fmt::format("work_capacity_hours = {}.0\n", p.capacity_hours);
  out += p.exemption.empty() ? std::string("exemptions = []\n")
                             : fmt::format("exemptions = [\"{}\"]\n", p.exemption);
  if (p.has_unavailable)
    out += fmt::format("unavailable = [{{ day = \"{}\", from = 08:00:00, to = 12:00:00 }}]\n",
                       kDays[p.unavailable_day]);
  if (!p.area.empty()) out += fmt::format("residence_area = \"{}\"\n", p.area);
  out += '\n';
}

// An attendance log (CSV id,date,offer,hours,status) for the ids of a
// population of o.count: o.attendance rows a person, one a weekday from --on.
int generate_attendance(const Options& o, Date on) {
  nytte::OutputSink sink(o.output);
  Random r(o.seed ^ 0xa77e4dULL);
  std::string buffer = "id,date,offer,hours,status\n";
  constexpr std::string_view kOffers[] = {"nyttejob", "praktik", "dansk", "jobsoegning"};
  constexpr std::string_view kStatus[] = {"present", "sick", "approved_absence", "unexcused"};
  for (long long i = 0; i < o.count; ++i) {
    std::string id = fmt::format("{}{:07d}", o.id_prefix, i + 1);
    Date d = on;
    for (int k = 0; k < o.attendance; ++k) {
      while (d.weekday() >= nytte::Weekday::sat) d = d.plus_days(1);
      uint32_t s = r.below(100);
      int status = s < 88 ? 0 : s < 94 ? 1 : s < 97 ? 2 : 3;
      buffer += fmt::format("{},{},{},{},{}\n", id, d.iso(), kOffers[r.below(4)],
                            r.chance(500) ? "7.4" : "3.7", kStatus[status]);
      d = d.plus_days(1);
      if (buffer.size() >= (1 << 16)) {
        sink.write(buffer);
        buffer.clear();
      }
    }
  }
  sink.write(buffer);
  sink.commit();
  return 0;
}

// A rule file extending the national rules with o.offers offers for the
// national track, as a large municipality might have (the build-package
// benchmark): mostly nytteindsats and internship places, some small jobs,
// wage subsidy, Danish, health, job search and mentor hours.
int generate_offers(const Options& o) {
  struct Kind {
    std::string_view code;
    uint32_t per_mille;
  };
  constexpr Kind kinds[] = {{"nytteindsats", 400}, {"praktik", 250}, {"smaajob", 80},
                            {"loentilskud", 60},   {"dansk", 70},    {"sundhed", 60},
                            {"jobsoegning", 40},   {"mentor", 40}};
  Random r(o.seed);
  std::string out = fmt::format(
      "# nytte-gen --offers {} --seed {}: a synthetic catalogue of offers for the\n"
      "# build-package benchmark (docs/performance.md). Not a real municipality's.\n\n"
      "[ruleset]\nid = \"bench_offers\"\ntitle = \"Synthetic offers ({} offers)\"\n"
      "extends = \"national\"\n\n",
      o.offers, o.seed, o.offers);
  for (int i = 0; i < o.offers; ++i) {
    uint32_t x = r.below(1000), acc = 0;
    std::string_view kind = kinds[0].code;
    for (const Kind& k : kinds) {
      acc += k.per_mille;
      if (x < acc) {
        kind = k.code;
        break;
      }
    }
    out += fmt::format(
        "[[offer]]\nid = \"offer_{:04d}\"\ntitle = \"{} {}\"\nkind = \"{}\"\n"
        "location = \"place_{}\"\nseats = {}\ncost_per_week = {}\ntracks = [\"arbejdspligt\"]\n",
        i, kind, i, kind, r.below(60), 20 + r.below(380), 200 + r.below(1800), kind);
    std::string days;
    for (int d = 0; d < 5; ++d) {
      if (r.chance(600)) days += fmt::format("{}\"{}\"", days.empty() ? "" : ", ", kDays[d]);
    }
    if (days.empty()) days = "\"mon\", \"wed\"";
    int start = 7 * 60 + 30 * static_cast<int>(r.below(4));
    auto hhmm = [](int m) { return fmt::format("{:02d}:{:02d}:00", m / 60, m % 60); };
    if (kind == "nytteindsats" || kind == "praktik" || kind == "loentilskud") {
      out += fmt::format("slots = [{{ days = [{}], from = {}, to = {}, step = 60 }}]\n", days,
                         hhmm(start), hhmm(start + 444));
    } else if (kind == "dansk") {
      out += fmt::format(
          "take = \"all\"\npreparation_hours = 1\nwho = 'not passed_danish(\"PD3\")'\n"
          "slots = [{{ days = [{}], from = {}, to = {} }}]\n",
          days, hhmm(start + 60), hhmm(start + 240));
    } else if (kind == "smaajob") {
      out += fmt::format("slots = [{{ days = [{}], from = 16:00:00, to = 18:00:00 }}]\n", days);
    } else {
      out += fmt::format("slots = [{{ days = [{}], from = {}, to = {} }}]\n", days,
                         hhmm(start + 300), hhmm(start + 420));
    }
    out += '\n';
  }
  nytte::OutputSink sink(o.output);
  sink.write(out);
  sink.commit();
  return 0;
}

int generate(const Options& o) {
  auto on = Date::parse(o.on);
  if (!on) {
    fmt::print(stderr, "nytte-gen: error: --on: expected a date YYYY-MM-DD, found '{}'\n", o.on);
    return 2;
  }
  if (o.attendance > 0) return generate_attendance(o, *on);
  if (o.offers > 0) return generate_offers(o);
  nytte::OutputSink sink(o.output);
  Random r(o.seed);
  std::string buffer;
  buffer.reserve(1 << 17);
  if (o.format == "csv")
    write_csv_header(buffer);
  else
    buffer +=
        fmt::format("# nytte-gen --count {} --seed {} --format toml --municipality {} --on {}\n\n",
                    o.count, o.seed, o.municipality, o.on);
  for (long long i = 0; i < o.count; ++i) {
    Person p = make_person(r, o, i, *on);
    if (o.format == "csv")
      write_csv(buffer, p);
    else
      write_toml(buffer, p);
    if (buffer.size() >= (1 << 16)) {
      sink.write(buffer);
      buffer.clear();
    }
  }
  sink.write(buffer);
  sink.commit();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Writes a seeded synthetic population of citizens (contract v1) in CSV or TOML.\n"
      "Proportions follow the Aarhus seed: ages 18-67, ~20 % jobparat / 80 % aktivitetsparat, 57 % "
      "women.\n\n"
      "Example:\n  nytte-gen --count 1000000 --seed 2022 --format csv -o /tmp/pop1m.csv",
      "nytte-gen"};
  Options o;
  app.add_option("--count", o.count, "number of citizens")->check(CLI::NonNegativeNumber);
  app.add_option("--seed", o.seed, "seed of the random generator (same seed, same output)");
  app.add_option("--format", o.format, "csv or toml")->check(CLI::IsMember({"csv", "toml"}));
  app.add_option("-o,--output", o.output,
                 "file to write (whole or not at all); default standard output");
  app.add_option("--municipality", o.municipality, "kommunekode of every citizen");
  app.add_option("--id-prefix", o.id_prefix, "prefix of the ids");
  app.add_option("--on", o.on, "the date ages and histories are counted back from");
  app.add_option(
         "--attendance", o.attendance,
         "write an attendance log (CSV) of this many rows a person, a weekday each from --on, "
         "for the ids of --count people")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--offers", o.offers,
                 "write a rule file (extending the national rules) with this many synthetic "
                 "offers for the build-package benchmark")
      ->check(CLI::NonNegativeNumber);
  CLI11_PARSE(app, argc, argv);
  try {
    return generate(o);
  } catch (const std::exception& e) {
    fmt::print(stderr, "nytte-gen: error: {}\n", e.what());
    return 2;
  }
}
