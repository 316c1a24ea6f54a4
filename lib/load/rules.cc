// Loading rule files: TOML -> checked, compiled RuleSet (format: docs/rules.md).
// The sections of the file are read in lib/load/rules/, one file each.
#include "load/rules.h"

#include <filesystem>
#include <iostream>
#include <sstream>
#include <system_error>

#include "base/io_error.h"
#include "load/rules/loader.h"
#include "load/rules_path.h"
#include "nytte/i18n.h"

namespace nytte {

namespace fs = std::filesystem;
using rule_loader::read_file;
using rule_loader::RuleFile;

RuleSet load_rules_text(std::string_view text, const std::string& file_name,
                        const std::string& base_dir) {
  std::vector<std::string> stack{file_name};
  RuleFile rf(text, file_name, base_dir, stack);
  return rule_loader::load_rule_set(rf);
}

RuleSet load_rules_file(const std::string& arg) {
  std::string path = resolve_rules_argument(arg);  // a name (aarhus) is looked for
  if (path == kBuiltinFileName) return load_builtin_rules();
  if (path == "-") {  // standard input, named <stdin>; what it extends is found from here
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    if (std::cin.bad()) fail_io("<stdin>", Io::read, EIO);
    return load_rules_text(ss.str(), "<stdin>");
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) fail({path, 0, 0}, tr("is a directory, not a rule file"), "io");
  std::string text = read_file(path);
  std::vector<std::string> stack{fs::weakly_canonical(path, ec).string()};
  RuleFile rf(text, path, fs::path(path).parent_path().string(), stack);
  return rule_loader::load_rule_set(rf);
}

RuleFileCheck check_rules_file(const std::string& path, const std::string& tests_file) {
  RuleFileCheck out;
  try {
    std::error_code ec;
    if (fs::is_directory(path, ec)) fail({path, 0, 0}, tr("is a directory, not a rule file"), "io");
    std::string text =
        path == kBuiltinFileName ? std::string(kBuiltinNationalRules) : read_file(path);
    std::vector<std::string> stack{
        path == kBuiltinFileName ? path : fs::weakly_canonical(path, ec).string()};
    RuleFile rf(text, path, fs::path(path).parent_path().string(), stack, &out.problems);
    out.rules = rule_loader::load_rule_set(rf);
  } catch (const Error& e) {
    out.problems.push_back(e.diagnostic());
    out.rules.reset();
    return out;
  }
  if (!tests_file.empty()) {
    try {
      std::string text = read_file(tests_file);
      std::vector<std::string> stack{tests_file};
      RuleFile rf(text, tests_file, fs::path(tests_file).parent_path().string(), stack,
                  &out.problems);
      rule_loader::load_tests_file(rf, *out.rules);
    } catch (const Error& e) {
      out.problems.push_back(e.diagnostic());
    }
  }
  return out;
}

RuleSet load_builtin_rules() {
  return load_rules_text(kBuiltinNationalRules, std::string(kBuiltinFileName));
}

std::vector<RuleSet> load_rule_files(const std::vector<std::string>& paths) {
  std::vector<RuleSet> out;
  if (paths.empty()) {
    out.push_back(load_builtin_rules());
    return out;
  }
  for (const std::string& p : paths) out.push_back(load_rules_file(p));
  return out;
}

}  // namespace nytte
