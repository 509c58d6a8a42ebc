#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace pledgetrack::cli {

// Exit codes shared by every command.
enum ExitCode : int { exit_ok = 0, exit_invalid = 1, exit_usage = 2 };

// A subcommand and what to run when the command line chose it; returns the exit code.
struct Command {
    CLI::App* parser;
    std::function<int()> run;
};

Command add_validate_command(CLI::App& app);
Command add_report_command(CLI::App& app);
Command add_regen_command(CLI::App& app);
Command add_schedule_command(CLI::App& app);
Command add_extract_command(CLI::App& app);

}  // namespace pledgetrack::cli
