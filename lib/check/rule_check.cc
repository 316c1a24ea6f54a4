// Checking rule files: loader problems, lint warnings and rule tests.
#include "check/rule_check.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/io_error.h"
#include "base/local_format.h"
#include "base/plural.h"
#include "decide/eligibility.h"
#include "format/decision_format.h"
#include "load/citizen_reader.h"
#include "load/rules.h"
#include "nytte/i18n.h"

namespace nytte {
namespace {

namespace fs = std::filesystem;

Diagnostic warning(SourcePos pos, std::string message, std::string code) {
  return Diagnostic{Severity::warning, std::move(pos), std::move(message), std::move(code)};
}

bool own(const RuleSet& rs, const RuleHeader& h) {
  return h.pos.file == rs.file;
}

// A rule named in a message: `kind` is "target group '{}'" or the like,
// marked with N_ and translated here.
std::string named(const char* kind, std::string_view id) {
  return fmt::format(fmt::runtime(tr(kind)), id);
}

void check_source(const RuleSet& rs, const RuleHeader& h, const char* kind,
                  std::vector<Diagnostic>& out) {
  if (!own(rs, h)) return;
  if (h.cite.source.empty() && h.cite.legal_basis.empty()) {
    out.push_back(warning(h.pos,
                          trf("{} names no source or legal basis; add source = "
                              "\"...\" (a [[source]] id) and the quote it encodes",
                              named(kind, h.id)),
                          "no-source"));
  }
}

bool overlaps(const Validity& a, const Validity& b) {
  bool a_before_b = a.to && b.from && *a.to < *b.from;
  bool b_before_a = b.to && a.from && *b.to < *a.from;
  return !a_before_b && !b_before_a;
}

// Versions of one id with days between them when none is in force.
template <class Rule>
void check_gaps(const RuleSet& rs, const std::vector<Rule>& rules, const char* kind,
                std::vector<Diagnostic>& out) {
  std::map<std::string, std::vector<const RuleHeader*>> by_id;
  for (const Rule& r : rules) {
    if (own(rs, r.h)) by_id[r.h.id].push_back(&r.h);
  }
  for (auto& [id, versions] : by_id) {
    if (versions.size() < 2) continue;
    std::sort(versions.begin(), versions.end(), [](const RuleHeader* a, const RuleHeader* b) {
      if (!a->valid.from) return b->valid.from.has_value();
      return b->valid.from && *a->valid.from < *b->valid.from;
    });
    for (size_t i = 1; i < versions.size(); ++i) {
      const RuleHeader& prev = *versions[i - 1];
      const RuleHeader& next = *versions[i];
      if (prev.valid.to && next.valid.from && next.valid.from->days > prev.valid.to->days + 1) {
        out.push_back(warning(next.pos,
                              trf("{} has a gap between versions: none is in force from {} to {} "
                                  "(the earlier version at line {} ends {})",
                                  named(kind, id), local_date(prev.valid.to->plus_days(1)),
                                  local_date(next.valid.from->plus_days(-1)), prev.pos.line,
                                  local_date(*prev.valid.to)),
                              "version-gap"));
      }
    }
  }
}

void note_reads(const CompiledExpr& e, std::set<std::string>& reads) {
  for (const std::string& r : e.reads) reads.insert(r);
}

std::string json_list(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) {
    out += i ? ",\"" : "\"";
    out += v[i];
    out += '"';
  }
  return out + "]";
}

std::string json_number(double v) {
  std::string out;
  append_number(out, v);
  return out;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

template <class Views>
std::vector<std::string> strings(const Views& views) {
  std::vector<std::string> out;
  for (std::string_view s : views) out.emplace_back(s);
  return out;
}

// Collects the records of a chunk.
struct Collect : RecordSink {
  std::vector<Citizen> citizens;
  std::vector<Diagnostic> problems;
  void record(const Citizen& c) override { citizens.push_back(c); }
  void bad_record(const std::vector<Diagnostic>& p) override {
    problems.insert(problems.end(), p.begin(), p.end());
  }
};

bool has_id_key(std::string_view toml) {
  size_t at = 0;
  while (at < toml.size()) {
    size_t end = toml.find('\n', at);
    std::string_view line = toml.substr(at, end == std::string_view::npos ? end : end - at);
    size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos) {
      line.remove_prefix(first);
      if (line.starts_with("id")) {
        std::string_view rest = line.substr(2);
        size_t k = rest.find_first_not_of(" \t");
        if (k != std::string_view::npos && rest[k] == '=') return true;
      }
    }
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return false;
}

// The citizen of a test, or the problems that kept it from loading.
std::optional<Citizen> test_citizen(const RuleSet& rs, const RuleTest& t,
                                    std::vector<Diagnostic>& problems) {
  if (!t.citizen_path.empty()) {
    LoadResult loaded = load_citizens({t.citizen_path}, rs.schema);
    problems = loaded.errors;
    if (!problems.empty()) return std::nullopt;
    if (!t.citizen_id.empty()) {
      for (Citizen& c : loaded.citizens) {
        if (c.id == t.citizen_id) return std::move(c);
      }
      problems.push_back(Diagnostic{
          Severity::error, t.citizen_pos,
          trf("test '{}': no citizen with id '{}' in {}", t.name, t.citizen_id, t.citizen_path),
          "test-citizen"});
      return std::nullopt;
    }
    if (loaded.citizens.size() != 1) {
      problems.push_back(
          Diagnostic{Severity::error, t.citizen_pos,
                     trf("test '{}': {} holds {}; name one with citizen_id = \"...\"", t.name,
                         t.citizen_path, plural(loaded.citizens.size(), "citizen", "citizens")),
                     "test-citizen"});
      return std::nullopt;
    }
    return std::move(loaded.citizens.front());
  }
  Chunk chunk;
  chunk.file = std::make_shared<const std::string>(t.pos.file);
  chunk.format = InputFormat::toml;
  chunk.text = t.citizen_toml;
  // Without an id of its own the record is named after the test; the line is
  // added last so that the lines above keep the rule file's numbers.
  if (!has_id_key(chunk.text)) chunk.text += fmt::format("id = \"test:{}\"\n", t.name);
  chunk.first_line = t.citizen_line;
  Collect sink;
  Citizen scratch;
  parse_chunk(chunk, rs.schema, scratch, sink);
  problems = std::move(sink.problems);
  if (t.citizen_inline) {
    for (Diagnostic& d : problems) d.pos = t.citizen_pos;
  }
  if (!problems.empty() || sink.citizens.empty()) return std::nullopt;
  return std::move(sink.citizens.front());
}

TestResult run_test(const RuleSet& rs, const RuleTest& t) {
  TestResult r;
  r.name = t.name;
  r.pos = t.pos;
  r.on = t.on;
  std::optional<Citizen> c = test_citizen(rs, t, r.errors);
  if (!c) return r;
  Decision d;
  decide(rs, *c, t.on, d);
  auto mismatch = [&](std::string what, std::string expected, std::string actual) {
    if (expected != actual) r.mismatches.push_back({std::move(what), expected, actual});
  };
  if (t.eligible) {
    mismatch("eligible", *t.eligible ? "true" : "false", d.eligible ? "true" : "false");
  }
  if (t.status) {
    mismatch("status", fmt::format("\"{}\"", *t.status),
             fmt::format("\"{}\"", status_name(d.status)));
  }
  if (t.target_groups) {
    mismatch("target_groups", json_list(sorted(*t.target_groups)),
             json_list(sorted(strings(d.target_groups))));
  }
  if (t.exemptions) {
    mismatch("exemptions", json_list(sorted(*t.exemptions)),
             json_list(sorted(strings(d.exemptions))));
  }
  if (t.track) {
    auto show = [](std::string_view id) {
      return id.empty() ? std::string("null") : fmt::format("\"{}\"", id);
    };
    mismatch("track", show(*t.track), show(d.track ? std::string_view(d.track->h.id) : ""));
  }
  auto hours = [&](const char* what, const std::optional<double>& expected,
                   const std::optional<double>& actual) {
    if (!expected) return;
    if (!actual || std::fabs(*expected - *actual) > 1e-9) {
      r.mismatches.push_back(
          {what, json_number(*expected), actual ? json_number(*actual) : std::string("null")});
    }
  };
  hours("required_weekly_hours", t.required_weekly_hours, d.required_weekly_hours);
  hours("max_weekly_hours", t.max_weekly_hours, d.max_weekly_hours);
  if (t.hours_stated) {
    mismatch("hours_stated", *t.hours_stated ? "true" : "false", d.hours_stated ? "true" : "false");
  }
  if (t.missing_fields) {
    mismatch("missing_fields", json_list(sorted(*t.missing_fields)),
             json_list(sorted(strings(d.missing_fields))));
  }
  if (t.exempt_from) {
    mismatch("exempt_from", json_list(sorted(*t.exempt_from)),
             json_list(sorted(strings(d.exempt_from))));
  }
  if (t.warnings) {
    std::vector<std::string> ids;
    for (const DataWarning* w : d.warnings) ids.push_back(w->h.id);
    mismatch("warnings", json_list(sorted(*t.warnings)), json_list(sorted(ids)));
  }
  if (!r.mismatches.empty()) {
    DecisionPrinter(DecisionFormat{}).text(d, r.explanation);
  }
  return r;
}

}  // namespace

size_t FileResult::errors() const {
  return static_cast<size_t>(std::count_if(problems.begin(), problems.end(), [](const auto& d) {
    return d.severity == Severity::error;
  }));
}

size_t FileResult::warnings() const {
  return static_cast<size_t>(std::count_if(problems.begin(), problems.end(), [](const auto& d) {
    return d.severity == Severity::warning;
  }));
}

std::vector<std::string> find_rule_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (const auto& e : fs::directory_iterator(p, ec)) {
        if (e.is_regular_file() && e.path().extension() == ".toml") {
          found.push_back(e.path().string());
        }
      }
      if (found.empty()) fail({p, 0, 0}, tr("no rule files (*.toml) in this directory"), "io");
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      fail_io(p, Io::read, ENOENT);
    }
  }
  return files;
}

std::vector<Diagnostic> lint_rules(const RuleSet& rs) {
  std::vector<Diagnostic> out;
  const char* group = N_("target group '{}'");
  const char* exemption = N_("exemption '{}'");
  const char* track = N_("track '{}'");
  const char* hours = N_("hours rule '{}'");
  for (const TargetGroup& g : rs.target_groups) check_source(rs, g.h, group, out);
  for (const Exemption& e : rs.exemptions) check_source(rs, e.h, exemption, out);
  for (const Track& t : rs.tracks) check_source(rs, t.h, track, out);
  for (const HoursRule& h : rs.hours) check_source(rs, h.h, hours, out);

  // A track is reached through a target group in force while it is.
  for (const Track& t : rs.tracks) {
    if (!own(rs, t.h)) continue;
    bool reachable = std::any_of(rs.target_groups.begin(), rs.target_groups.end(), [&](auto& g) {
      bool named =
          t.groups.empty() || std::find(t.groups.begin(), t.groups.end(), g.h.id) != t.groups.end();
      return named && overlaps(g.h.valid, t.h.valid);
    });
    if (!reachable) {
      out.push_back(warning(t.h.pos,
                            t.groups.empty()
                                ? trf("track '{}' cannot be reached: no target group is in "
                                      "force while it is",
                                      t.h.id)
                                : trf("track '{}' cannot be reached: no target group it names "
                                      "is in force while it is",
                                      t.h.id),
                            "unreachable-track"));
    }
  }

  std::set<std::string> reads;
  for (const TargetGroup& g : rs.target_groups) note_reads(g.when, reads);
  for (const Exemption& e : rs.exemptions) note_reads(e.when, reads);
  for (const Track& t : rs.tracks) {
    if (t.propose) note_reads(*t.propose, reads);
    if (t.hours) note_reads(*t.hours, reads);
  }
  for (const HoursRule& h : rs.hours) note_reads(h.hours, reads);
  for (const DeclaredField& f : rs.schema.fields) {
    if (f.pos.file == rs.file && !reads.count(f.name)) {
      out.push_back(warning(f.pos, trf("field '{}' is declared but no rule reads it", f.name),
                            "unused-field"));
    }
  }

  check_gaps(rs, rs.target_groups, group, out);
  check_gaps(rs, rs.exemptions, exemption, out);
  check_gaps(rs, rs.tracks, track, out);
  check_gaps(rs, rs.hours, hours, out);
  return out;
}

FileResult validate_rule_file(const std::string& path) {
  FileResult r;
  r.file = path;
  fs::path tests = fs::path(path).parent_path() / "tests" / fs::path(path).filename();
  std::error_code ec;
  std::string tests_file = fs::is_regular_file(tests, ec) ? tests.string() : std::string();
  RuleFileCheck check = check_rules_file(path, tests_file);
  r.problems = std::move(check.problems);
  if (check.rules) {
    const RuleSet& rs = *check.rules;
    r.ruleset = rs.id;
    // Lint and tests only on rules that loaded cleanly: after an error the
    // warnings would mostly repeat it, and answers would mislead.
    if (r.problems.empty()) {
      r.problems = lint_rules(rs);
      for (const RuleTest& t : rs.tests) r.tests.push_back(run_test(rs, t));
    }
  }
  // In file order, as compilers report; files in the order first met (the
  // files a rule file extends come first).
  std::map<std::string, size_t> rank;
  for (const Diagnostic& d : r.problems) rank.try_emplace(d.pos.file, rank.size());
  std::stable_sort(r.problems.begin(), r.problems.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     auto key = [&](const Diagnostic& d) {
                       return std::tuple(rank[d.pos.file], d.pos.line, d.pos.column);
                     };
                     return key(a) < key(b);
                   });
  return r;
}

std::vector<FileResult> validate_rule_files(const std::vector<std::string>& files) {
  std::vector<FileResult> results;
  std::set<std::tuple<std::string, uint32_t, uint32_t, std::string>> seen;
  for (const std::string& file : files) {
    FileResult r = validate_rule_file(file);
    std::erase_if(r.problems, [&](const Diagnostic& d) {
      return !seen.emplace(d.pos.file, d.pos.line, d.pos.column, d.message).second;
    });
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace nytte
