#pragma once

#include "schedule/definition.hpp"

#include <CLI/CLI.hpp>

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace pledgetrack::cli {

// Options shared by `regen` and `schedule`.
struct ConfigArgs {
    std::string config = "reports/reports.xml";
    std::vector<std::string> names;
    std::string now;  // ISO 8601 UTC; empty: the clock
};

void add_config_options(CLI::App& command, ConfigArgs& args);

// Loads and checks the definitions file and the names asked for; prints problems to
// stderr and returns nullopt when they stop the command (exit 2).
std::optional<schedule::ReportConfig> load_config(const ConfigArgs& args);

// --now, else the current time; nullopt (after a message) when --now is malformed.
std::optional<date::sys_seconds> resolve_now(const ConfigArgs& args);

}  // namespace pledgetrack::cli
