// One function a subcommand: each adds itself to the app and, when run, sets
// the process exit code.
#pragma once

#include <CLI/CLI.hpp>

namespace nytte::cli {

CLI::App* add_check_eligibility(CLI::App& app, int& exit_code);
CLI::App* add_build_package(CLI::App& app, int& exit_code);
CLI::App* add_validate(CLI::App& app, int& exit_code);
CLI::App* add_weekly_hours(CLI::App& app, int& exit_code);
CLI::App* add_report(CLI::App& app, int& exit_code);
CLI::App* add_diff(CLI::App& app, int& exit_code);
CLI::App* add_rules(CLI::App& app, int& exit_code);
CLI::App* add_help(CLI::App& app);  // nytte help [COMMAND]

}  // namespace nytte::cli
