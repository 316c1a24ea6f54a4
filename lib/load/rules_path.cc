#include "load/rules_path.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "base/diagnostic.h"
#include "load/rules.h"
#include "nytte/i18n.h"

// Where `cmake --install` puts the rule sets (lib/CMakeLists.txt).
#ifndef NYTTE_RULES_INSTALL_DIR
#define NYTTE_RULES_INSTALL_DIR ""
#endif

namespace nytte {

namespace fs = std::filesystem;

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool is_directory(const std::string& dir) {
  std::error_code ec;
  return fs::is_directory(dir, ec);
}

// The rule set names in one directory, sorted: its *.toml files (not its
// subdirectories, such as rules/tests/, nor hidden files an editor leaves).
std::vector<std::string> names_in(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string file = it->path().filename().string();
    if (!ends_with(file, ".toml")) continue;
    std::string name = file.substr(0, file.size() - 5);
    std::error_code type_ec;
    if (name.empty() || !is_rule_set_name(name) || !fs::is_regular_file(it->path(), type_ec)) {
      continue;
    }
    names.push_back(std::move(name));
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string file_in(const std::string& dir, std::string_view name) {
  return (fs::path(dir) / (std::string(name) + ".toml")).string();
}

// The candidates that exist, each once: /usr/bin/../share and /usr/share
// are one directory, searched where first met.
std::vector<std::string> existing(const std::vector<std::string>& candidates) {
  std::vector<std::string> dirs;
  std::vector<fs::path> seen;
  for (const std::string& dir : candidates) {
    if (!is_directory(dir)) continue;
    std::error_code ec;
    fs::path key = fs::weakly_canonical(dir, ec);
    if (ec) key = fs::path(dir).lexically_normal();
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    dirs.push_back(dir);
  }
  return dirs;
}

}  // namespace

bool is_rule_set_name(std::string_view arg) {
  return !arg.empty() && arg.front() != '.' && arg != "-" &&
         arg.find('/') == std::string_view::npos && !ends_with(arg, ".toml");
}

std::vector<std::string> rules_search_candidates(std::string_view env_path,
                                                 const std::vector<std::string>& installed) {
  std::vector<std::string> candidates;
  auto add = [&](std::string_view dir) {
    if (std::find(candidates.begin(), candidates.end(), dir) == candidates.end())
      candidates.emplace_back(dir);
  };
  while (!env_path.empty()) {
    size_t colon = env_path.find(':');
    std::string_view entry = env_path.substr(0, colon);
    if (!entry.empty()) add(entry);
    env_path = colon == std::string_view::npos ? "" : env_path.substr(colon + 1);
  }
  for (const std::string& dir : installed) add(dir);
  add("rules");
  return candidates;
}

std::vector<std::string> rules_search_candidates() {
  std::vector<std::string> installed;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    installed.push_back(
        (exe.parent_path() / ".." / "share" / "nytte" / "rules").lexically_normal().string());
  }
  if (*NYTTE_RULES_INSTALL_DIR) installed.emplace_back(NYTTE_RULES_INSTALL_DIR);
  const char* env = std::getenv("NYTTE_RULES_PATH");
  return rules_search_candidates(env ? env : "", installed);
}

std::vector<std::string> rules_search_path(std::string_view env_path,
                                           const std::vector<std::string>& installed) {
  return existing(rules_search_candidates(env_path, installed));
}

std::vector<std::string> rules_search_path() {
  return existing(rules_search_candidates());
}

std::vector<RuleSetOnPath> rule_sets_on_path(const std::vector<std::string>& dirs) {
  std::vector<RuleSetOnPath> out;
  out.push_back({std::string(kNationalName), std::string(kBuiltinFileName), true, ""});
  for (const std::string& dir : dirs) {
    for (std::string& name : names_in(dir)) {
      RuleSetOnPath entry{name, file_in(dir, name), false, ""};
      auto first = std::find_if(out.begin(), out.end(),
                                [&](const RuleSetOnPath& e) { return e.name == entry.name; });
      if (first != out.end()) entry.shadowed_by = first->file;
      out.push_back(std::move(entry));
    }
  }
  return out;
}

std::optional<std::string> find_rule_set(std::string_view name,
                                         const std::vector<std::string>& dirs) {
  if (name == kNationalName) return std::string(kBuiltinFileName);
  for (const std::string& dir : dirs) {
    std::string file = file_in(dir, name);
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) return file;
  }
  return std::nullopt;
}

std::string rule_set_not_found(std::string_view name, const std::vector<std::string>& tried) {
  std::vector<RuleSetOnPath> known = rule_sets_on_path(existing(tried));
  std::vector<std::string_view> names;
  for (const RuleSetOnPath& e : known) names.push_back(e.name);
  // Directories written with their '/', so that "rules/" reads as one.
  std::string where;
  for (const std::string& dir : tried) {
    if (!where.empty()) where += ", ";
    where += dir;
    if (where.back() != '/') where += '/';
    if (!is_directory(dir)) where += tr(" (missing)");
  }
  if (tried.empty()) where = tr("no directory");
  std::string hint = did_you_mean(name, names);
  if (hint.empty()) return trf("no rule set named '{}' (looked in: {})", excerpt(name), where);
  return trf("no rule set named '{}' (looked in: {}); {}", excerpt(name), where, hint);
}

std::string resolve_rules_argument(const std::string& arg) {
  if (arg.empty()) {
    throw UsageError(
        tr("--rules: the value is empty; give a rule set's name ('nytte rules' lists them) or a "
           "rule file"));
  }
  if (arg.front() == '.' && is_rule_set_name(arg.substr(1))) {
    std::error_code ec;
    if (!fs::exists(arg, ec)) {
      throw UsageError(
          trf("--rules: '{}' is no rule set's name (a name does not start with '.') "
              "and no file; 'nytte rules' lists the names",
              excerpt(arg)));
    }
  }
  if (!is_rule_set_name(arg)) return arg;
  std::optional<std::string> file = find_rule_set(arg, rules_search_path());
  if (!file) throw UsageError(rule_set_not_found(arg, rules_search_candidates()));
  return *file;
}

}  // namespace nytte
