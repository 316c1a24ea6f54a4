// Rule sets by name (docs/rules.md, "Rule sets by name"): `--rules aarhus`
// and `extends = "aarhus"` find aarhus.toml on a search path, as a shell
// finds a command on PATH; "national" is always the set built into the
// binary.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nytte {

inline constexpr std::string_view kNationalName = "national";

// Whether an argument names a rule set rather than a file: not empty, no
// '/', not ending in ".toml", not "-" (standard input), not starting with '.'
// (a hidden file, which `nytte rules` does not list, is no rule set's name).
bool is_rule_set_name(std::string_view arg);

// The directories tried for a name, in order: each entry of `env_path`
// (NYTTE_RULES_PATH, colon-separated, empty entries skipped), then
// `installed` (the rules installed with the binary), then "rules" (./rules);
// each once as written, whether it exists or not (for messages).
std::vector<std::string> rules_search_candidates(std::string_view env_path,
                                                 const std::vector<std::string>& installed);
// The same for this process: NYTTE_RULES_PATH, then
// dirname(/proc/self/exe)/../share/nytte/rules, then the directory the build
// was configured to install into (CMAKE_INSTALL_FULL_DATADIR/nytte/rules).
std::vector<std::string> rules_search_candidates();

// The directories a name is looked for in: the candidates that exist, each
// once (the same directory reached twice, /usr/bin/../share and /usr/share,
// is searched once, where first met).
std::vector<std::string> rules_search_path(std::string_view env_path,
                                           const std::vector<std::string>& installed);
std::vector<std::string> rules_search_path();  // for this process

// A rule set found on the search path, in search-path order: the built-in
// national one first (file kBuiltinFileName), then each directory's *.toml
// by name. `shadowed_by` is the file an earlier entry of the same name has,
// which is the one a name finds.
struct RuleSetOnPath {
  std::string name;  // the file name without ".toml": what --rules takes
  std::string file;
  bool builtin = false;
  std::string shadowed_by;  // "" when this is the one the name finds
};
std::vector<RuleSetOnPath> rule_sets_on_path(const std::vector<std::string>& dirs);

// The file `name` stands for: kBuiltinFileName for "national", else the first
// DIR/NAME.toml of `dirs` that is a file; nullopt when none is.
std::optional<std::string> find_rule_set(std::string_view name,
                                         const std::vector<std::string>& dirs);
// "no rule set named 'aarhu' (looked in: DIR/, MISSING/ (missing), ...); did
// you mean 'aarhus'?": every directory tried (rules_search_candidates), those
// that do not exist marked, and a close name of those that do.
std::string rule_set_not_found(std::string_view name, const std::vector<std::string>& tried);

// What --rules ARG loads: a name's file on this process's search path, or
// ARG itself when it is a path. Throws UsageError for a name found nowhere,
// and for "", which is neither (`--rules ''`).
std::string resolve_rules_argument(const std::string& arg);

}  // namespace nytte
