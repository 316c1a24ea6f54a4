// The benchmark of docs/performance.md: runs the built `nytte` binary on
// generated populations and reports throughput, wall time and peak memory
// (maximum resident set size of the child process, from wait4).
//
//   build/bench/nytte_bench --nytte build/cli/nytte --gen build/tools/nytte-gen
//       [--dir /tmp/nytte-bench] [--quick] [--runs 5] [--only check|report|diff|build-package|one]
//
// Each row runs its command --runs times (after one run that warms the page
// cache) and gives the median wall time, the fastest, and the largest peak
// memory: a shared machine's speed varies from run to run.
//
// Not a test: it asserts nothing; it prints a Markdown table to paste.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace {

struct Run {
  double seconds = 0;
  double fastest = 0;  // over the runs of a row
  long max_rss_kb = 0;
  int status = 0;
};

// Runs argv with stdout to `out_path` ("/dev/null") and returns time and memory.
Run run(const std::vector<std::string>& argv, const std::string& out_path = "/dev/null") {
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int fd = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 1);
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 2);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Run r;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.max_rss_kb = usage.ru_maxrss;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  return r;
}

std::string arg_after(int argc, char** argv, std::string_view name, std::string fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (argv[i] == name) return argv[i + 1];
  }
  return fallback;
}

bool has_flag(int argc, char** argv, std::string_view name) {
  for (int i = 1; i < argc; ++i) {
    if (argv[i] == name) return true;
  }
  return false;
}

std::string generate(const std::string& gen, const std::string& dir, long count,
                     const std::string& format) {
  std::string path = fmt::format("{}/population-{}.{}", dir, count, format);
  if (!std::filesystem::exists(path)) {
    Run g = run(
        {gen, "--count", std::to_string(count), "--seed", "2022", "--format", format, "-o", path});
    if (g.status != 0) {
      fmt::print(stderr, "nytte-gen failed ({})\n", g.status);
      std::exit(2);
    }
  }
  return path;
}

int g_runs = 5;

// Runs `once` g_runs times: the median time, the fastest, the largest memory
// and the first failing exit status.
template <class F>
Run repeat(F once) {
  std::vector<Run> all;
  for (int i = 0; i < g_runs; ++i) all.push_back(once());
  std::sort(all.begin(), all.end(),
            [](const Run& a, const Run& b) { return a.seconds < b.seconds; });
  Run r = all[all.size() / 2];
  r.fastest = all.front().seconds;
  for (const Run& a : all) {
    r.max_rss_kb = std::max(r.max_rss_kb, a.max_rss_kb);
    if (r.status == 0) r.status = a.status;
  }
  return r;
}

void row(std::string_view what, long count, const Run& r) {
  fmt::print("| {} | {} | {:.2f} s | {:.2f} s | {:.0f} /s | {:.1f} MB | {} |\n", what, count,
             r.seconds, r.fastest, count / r.seconds, r.max_rss_kb / 1024.0, r.status);
}

}  // namespace

int main(int argc, char** argv) {
  std::string nytte = arg_after(argc, argv, "--nytte", "build/cli/nytte");
  std::string gen = arg_after(argc, argv, "--gen", "build/tools/nytte-gen");
  std::string dir = arg_after(argc, argv, "--dir", "/tmp/nytte-bench");
  std::string rules = arg_after(argc, argv, "--rules", "rules/aarhus.toml");
  bool quick = has_flag(argc, argv, "--quick");
  g_runs = std::max(1, std::atoi(arg_after(argc, argv, "--runs", "5").c_str()));
  // --only check|report|diff|build-package|one: one group of rows.
  std::string only = arg_after(argc, argv, "--only", "");
  auto wanted = [&](std::string_view group) { return only.empty() || only == group; };
  for (const std::string& program : {nytte, gen}) {
    if (access(program.c_str(), X_OK) != 0) {
      fmt::print(stderr,
                 "nytte_bench: cannot run {} (build first, or name the binaries with --nytte and "
                 "--gen)\n",
                 program);
      return 2;
    }
  }
  std::filesystem::create_directories(dir);
  long million = quick ? 100000 : 1000000;

  fmt::print(
      "| run | citizens | wall (median of {}) | fastest | throughput (median) | peak memory | exit "
      "|\n",
      g_runs);
  fmt::print("|---|---:|---:|---:|---:|---:|---:|\n");
  auto check = [&](const std::string& input, std::vector<std::string> extra = {}) {
    std::vector<std::string> a = {nytte,  "check-eligibility", input,      "--rules", rules,
                                  "--on", "2025-09-01",        "--format", "jsonl"};
    a.insert(a.end(), extra.begin(), extra.end());
    return repeat([&] { return run(a); });
  };

  std::string csv1 = wanted("check") || wanted("report") || wanted("diff")
                         ? generate(gen, dir, million, "csv")
                         : "";
  if (wanted("check")) {
    run({nytte, "check-eligibility", csv1, "-q"});  // warm the page cache
    row("CSV, aarhus, jsonl to /dev/null", million, check(csv1));
    row("CSV, aarhus, jsonl, 1 thread", million, check(csv1, {"--threads", "1"}));
    std::string toml1 = generate(gen, dir, million, "toml");
    run({nytte, "check-eligibility", toml1, "-q"});
    row("TOML, aarhus, jsonl to /dev/null", million, check(toml1));

    long five = 5 * million;
    std::string csv5 = generate(gen, dir, five, "csv");
    row("CSV, aarhus, jsonl (5x)", five, check(csv5));
    row("CSV, 1x, --no-duplicate-check", million, check(csv1, {"--no-duplicate-check"}));
    row("CSV, 5x, --no-duplicate-check", five, check(csv5, {"--no-duplicate-check"}));
  }

  // report: every section (capacity and cost make the covered people's packages).
  auto report = [&](const std::string& input, std::vector<std::string> extra = {}) {
    std::vector<std::string> a = {nytte,  "report",     input, "--rules", rules,
                                  "--on", "2025-09-01", "-q",  "-o",      "/dev/null"};
    a.insert(a.end(), extra.begin(), extra.end());
    return repeat([&] { return run(a); });
  };
  if (wanted("report")) {
    std::string csv5 = generate(gen, dir, 5 * million, "csv");
    row("report, CSV, aarhus, all sections", million, report(csv1));
    row("report, CSV (5x), all sections", 5 * million, report(csv5));
    row("report, 1x, --no-duplicate-check", million, report(csv1, {"--no-duplicate-check"}));
    row("report, 5x, --no-duplicate-check", 5 * million, report(csv5, {"--no-duplicate-check"}));
  }

  // diff: the population streamed once and decided under both rule sets (a
  // changed copy of the Aarhus rules: 30 months of benefits instead of 36),
  // set against the two check-eligibility runs it replaces; sizes 1x and 5x
  // for memory that does not grow with the population.
  if (wanted("diff")) {
    const std::string against = "tests/data/diff/aarhus-30mdr.toml";
    auto diff = [&](const std::string& input, std::vector<std::string> extra = {}) {
      std::vector<std::string> a = {nytte,   "diff", input,        "--rules", rules, "--against",
                                    against, "--on", "2025-09-01", "-q",      "-o",  "/dev/null"};
      a.insert(a.end(), extra.begin(), extra.end());
      return repeat([&] { return run(a); });
    };
    auto check_against = [&](const std::string& input) {
      std::vector<std::string> a = {nytte,  "check-eligibility", input,      "--rules", against,
                                    "--on", "2025-09-01",        "--format", "jsonl"};
      return repeat([&] { return run(a); });
    };
    std::string csv5 = generate(gen, dir, 5 * million, "csv");
    Run before = check(csv1), after = check_against(csv1);
    row("check-eligibility, aarhus (before)", million, before);
    row("check-eligibility, aarhus-30mdr (after)", million, after);
    row("diff, aarhus -> aarhus-30mdr, every section", million, diff(csv1));
    row("diff, --no-packages", million, diff(csv1, {"--no-packages"}));
    row("diff, 1 thread", million, diff(csv1, {"--threads", "1"}));
    row("diff, CSV (5x), every section", 5 * million, diff(csv5));
  }

  // build-package: a batch in priority order against the offers' seats.
  if (wanted("build-package")) {
    long people = quick ? 10000 : 100000;
    std::string pop = generate(gen, dir, people, "csv");
    std::string offers = dir + "/offers-500.toml";
    if (!std::filesystem::exists(offers) &&
        run({gen, "--offers", "500", "--seed", "7", "-o", offers}).status != 0) {
      fmt::print(stderr, "nytte-gen --offers failed\n");
      return 2;
    }
    auto batch = [&](const std::string& with, std::vector<std::string> extra = {}) {
      std::vector<std::string> a = {nytte,     "build-package", pop,        "--rules", with,
                                    "--start", "2025-09-01",    "--format", "csv"};
      a.insert(a.end(), extra.begin(), extra.end());
      return repeat([&] { return run(a); });
    };
    row("build-package, aarhus offers", people, batch(rules));
    row("build-package, 500 offers (nytte-gen --offers 500)", people, batch(offers));
    row("build-package, 500 offers, 1 thread", people, batch(offers, {"--threads", "1"}));
  }

  if (!wanted("one")) return 0;
  // One person, wall time including start-up: the median of 21 runs.
  std::vector<double> times;
  for (int i = 0; i < 21; ++i) {
    times.push_back(run({nytte, "check-eligibility", "examples/citizens/nordfyns-49.toml",
                         "--rules", "rules/nordfyns.toml", "--on", "2025-09-01"})
                        .seconds);
  }
  std::sort(times.begin(), times.end());
  fmt::print(
      "\nOne person (text, nordfyns rules), median of 21 runs: {:.1f} ms (min {:.1f}, "
      "max {:.1f})\n",
      times[10] * 1000, times.front() * 1000, times.back() * 1000);

  times.clear();
  for (int i = 0; i < 21; ++i) {
    times.push_back(run({nytte, "build-package", "examples/citizens/aarhus-jobpakke.toml",
                         "--rules", "rules/aarhus.toml", "--start", "2025-09-01"})
                        .seconds);
  }
  std::sort(times.begin(), times.end());
  fmt::print(
      "build-package, one person (text, aarhus rules), median of 21 runs: {:.1f} ms (min {:.1f}, "
      "max {:.1f})\n",
      times[10] * 1000, times.front() * 1000, times.back() * 1000);

  // Every shipped rule file and the tests beside them, as CI runs it.
  times.clear();
  for (int i = 0; i < 21; ++i) times.push_back(run({nytte, "validate", "rules/"}).seconds);
  std::sort(times.begin(), times.end());
  fmt::print("nytte validate rules/, median of 21 runs: {:.1f} ms (min {:.1f}, max {:.1f})\n",
             times[10] * 1000, times.front() * 1000, times.back() * 1000);
  return 0;
}
