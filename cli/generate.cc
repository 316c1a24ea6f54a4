// The hidden `--generate KIND [--output-dir DIR]` of the root (generate.h).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include <fmt/format.h>

#include <nytte/version.h>

#include "generate.h"

namespace nytte::cli {
namespace {

// The date of the pages: SOURCE_DATE_EPOCH's day, as reproducible builds
// set it (reproducible-builds.org), else none; never the day of the build.
std::string page_date() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (epoch == nullptr || *epoch == '\0') return "";
  char* end = nullptr;
  long long seconds = std::strtoll(epoch, &end, 10);
  if (*end != '\0' || seconds < 0) return "";
  auto day = std::chrono::floor<std::chrono::days>(
      std::chrono::sys_seconds(std::chrono::seconds(seconds)));
  std::chrono::year_month_day ymd(day);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

struct Output {
  std::string file;  // its name in --output-dir
  std::string text;
};

std::vector<Output> generate(const CommandSpec& root, const std::string& kind) {
  std::string version = std::string("nytte ") + nytte::version();
  std::vector<const CommandSpec*> commands = all_commands(root);
  std::vector<std::string> kinds;
  for (const CommandSpec* c : commands) {
    std::string k = c == &root ? "man" : "man-" + c->page().substr(root.page().size() + 1);
    if (kind == k) return {{c->page() + ".1", man_page(root, *c, page_date(), version)}};
    kinds.push_back(k);
  }
  if (kind == "complete-bash") return {{"nytte.bash", bash_completion(root)}};
  if (kind == "complete-zsh") return {{"_nytte", zsh_completion(root)}};
  if (kind == "complete-fish") return {{"nytte.fish", fish_completion(root)}};
  kinds.insert(kinds.end(), {"complete-bash", "complete-zsh", "complete-fish"});
  throw CLI::ValidationError("--generate",
                             fmt::format("'{}' is not one of {}", kind, fmt::join(kinds, ", ")));
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw std::runtime_error(fmt::format("--output-dir: cannot write {}", path.string()));
}

void run(const CLI::App& app, const std::string& kind, const std::string& dir) {
  CommandSpec root = command_tree(app);
  std::vector<Output> outputs;
  if (kind == "man" && !dir.empty()) {
    for (const CommandSpec* c : all_commands(root))
      outputs.push_back({c->page() + ".1", man_page(root, *c, page_date(),
                                                    std::string("nytte ") + nytte::version())});
  } else {
    outputs = generate(root, kind);
  }
  if (dir.empty()) {
    std::fwrite(outputs[0].text.data(), 1, outputs[0].text.size(), stdout);
    return;
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  for (const Output& o : outputs) write_file(std::filesystem::path(dir) / o.file, o.text);
}

}  // namespace

void add_generate_option(CLI::App& app) {
  // Added before --generate, so that its value is set when --generate's
  // callback runs (options run in the order they were added).
  auto dir = std::make_shared<std::string>();
  app.add_option("--output-dir", *dir,
                 "With --generate: write into DIR (every man page, or the completion script "
                 "under its name) instead of standard output")
      ->type_name("DIR")
      ->group("");
  app.add_option_function<std::string>(
         "--generate",
         [&app, dir](const std::string& kind) {
           run(app, kind, *dir);
           throw CLI::Success();
         },
         "Write a man page (man, man-SUBCOMMAND) or a shell completion (complete-bash, "
         "complete-zsh, complete-fish) made from this command line")
      ->type_name("KIND")
      ->group("");
}

}  // namespace nytte::cli
