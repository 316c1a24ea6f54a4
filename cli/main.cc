// nytte: the command line. Parses arguments and calls the rules library.
#include <cstdio>

#include <fmt/format.h>

#include "commands.h"
#include "common.h"
#include "diagnostic.h"

int main(int argc, char** argv) {
  using namespace nytte;
  CLI::App app{"nytte: nytteindsats and the 37-hour work obligation, for Danish job centres"};
  app.name("nytte");
  app.set_version_flag("--version", std::string("nytte ") + NYTTE_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'nytte SUBCOMMAND --help' for the options and an example of each.");

  int exit_code = 0;
  cli::add_check_eligibility(app, exit_code);
  cli::add_build_package(app, exit_code);
  cli::add_weekly_hours(app, exit_code);
  cli::add_report(app, exit_code);
  cli::add_validate(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);  // prints help, version or the usage error
    return code == 0 ? 0 : 2;
  } catch (const Error& e) {
    fmt::print(stderr, "{}\n", e.diagnostic().str());
    return 2;
  } catch (const cli::UsageError& e) {
    fmt::print(stderr, "nytte: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "nytte: {}\n", e.what());
    return 2;
  }
  return exit_code;
}
