// Speed of the citizen reader on one core: cutting chunks (the sequential
// stage), parsing chunks (per worker), and toml++ alone for comparison.
//
//   citizen_reader_perftest [records] [csv|toml]
//
// Not a test: it asserts nothing; it prints records a second.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "load/citizen_reader.h"

namespace {

using namespace nytte;

// Records like the contract's example, with values that vary.
std::string population(int n, InputFormat format) {
  static const char* benefits[] = {"kontanthjaelp", "uddannelseshjaelp", "hjemrejseydelse",
                                   "selvforsoergelsesydelse", "ingen"};
  static const char* categories[] = {"jobparat", "aktivitetsparat", "uddannelsesparat"};
  std::string out;
  if (format == InputFormat::csv) {
    out =
        "id,cpr,municipality,benefit,category,school_years,danish_tests,"
        "residence_years_last_10,fulltime_work_years_last_10,work_capacity_hours,"
        "benefit_history\n";
  }
  for (int i = 0; i < n; ++i) {
    const char* b = benefits[i % 5];
    const char* cat = categories[i % 3];
    std::string cpr =
        fmt::format("{:02}{:02}{:02}-{:04}", 1 + i % 28, 1 + i % 12, i % 100, 1000 + i % 9000);
    if (format == InputFormat::csv) {
      out += fmt::format("p{},{},751,{},{},{},PD1;PD2,{}.5,{}.25,37,{}:2021-01-01..2023-12-31\n", i,
                         cpr, b, cat, i % 12, i % 10, i % 9, b);
    } else {
      out += fmt::format(
          "[[citizen]]\nid = \"p{}\"\ncpr = \"{}\"\nmunicipality = \"751\"\nbenefit = \"{}\"\n"
          "category = \"{}\"\nschool_years = {}\ndanish_tests = [\"PD1\", \"PD2\"]\n"
          "residence_years_last_10 = {}.5\nfulltime_work_years_last_10 = {}.25\n"
          "work_capacity_hours = 37.0\n"
          "benefit_history = [{{ benefit = \"{}\", from = 2021-01-01, to = 2023-12-31 }}]\n\n",
          i, cpr, b, cat, i % 12, i % 10, i % 9, b);
    }
  }
  return out;
}

struct Count : RecordSink {
  uint64_t good = 0, bad = 0;
  void record(const Citizen&) override { ++good; }
  void bad_record(const std::vector<Diagnostic>& p) override {
    if (bad++ == 0) std::fprintf(stderr, "%s\n", p[0].str().c_str());
  }
};

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void measure(int n, InputFormat format) {
  std::string text = population(n, format);
  std::string path =
      fmt::format("/tmp/nytte-reader-perftest.{}", format == InputFormat::csv ? "csv" : "toml");
  std::ofstream(path, std::ios::binary) << text;
  Schema schema;
  // The reading stage as the batch pipeline runs it: a file, one chunk at a time.
  auto t0 = std::chrono::steady_clock::now();
  {
    ChunkReader reader({path}, schema);
    std::vector<Diagnostic> errors;
    Chunk c;
    while (reader.next(c, errors)) {
    }
  }
  double cut = seconds_since(t0);

  std::vector<Chunk> chunks;
  {
    ChunkReader reader({path}, schema);
    std::vector<Diagnostic> errors;
    Chunk c;
    while (reader.next(c, errors)) chunks.push_back(std::move(c));
  }
  std::remove(path.c_str());

  // The best of a few passes: the machine is shared.
  int passes = std::getenv("PASSES") ? std::atoi(std::getenv("PASSES")) : 3;
  Count sink;
  Citizen scratch;
  double parse = 1e9;
  for (int pass = 0; pass < passes; ++pass) {
    sink.good = 0;
    auto t1 = std::chrono::steady_clock::now();
    for (const Chunk& c : chunks) parse_chunk(c, schema, scratch, sink);
    parse = std::min(parse, seconds_since(t1));
  }

  std::string name = format == InputFormat::csv ? "CSV " : "TOML";
  fmt::print("{}: {} records, {:.1f} MB, {} chunks\n", name, sink.good, text.size() / 1e6,
             chunks.size());
  fmt::print("  cut   {:8.3f} s  {:12.0f} records/s  {:6.0f} MB/s\n", cut, n / cut,
             text.size() / 1e6 / cut);
  fmt::print("  parse {:8.3f} s  {:12.0f} records/s  {:6.0f} MB/s (one core)\n", parse, n / parse,
             text.size() / 1e6 / parse);

  if (format == InputFormat::toml) {
    auto t2 = std::chrono::steady_clock::now();
    size_t tables = 0;
    for (const Chunk& c : chunks) tables += toml::parse(c.text)["citizen"].as_array()->size();
    double alone = seconds_since(t2);
    fmt::print("  toml++ alone {:8.3f} s  {:12.0f} records/s (one core)\n", alone, tables / alone);
  }
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 500000;
  std::string only = argc > 2 ? argv[2] : "";  // "csv" or "toml": just that one
  if (only != "toml") measure(n, InputFormat::csv);
  if (only != "csv") measure(n / 5, InputFormat::toml);
}
