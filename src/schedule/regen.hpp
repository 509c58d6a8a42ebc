#pragma once

#include "diagnostics/diagnostic.hpp"
#include "schedule/definition.hpp"

#include <date/date.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pledgetrack::schedule {

struct RegenOptions {
    std::vector<std::string> names;  // empty: every report in the config
    bool force = false;
    bool dry_run = false;
    date::sys_seconds now;
    std::filesystem::path state_path;
};

// Where regen keeps its state and lock by default: beside the definitions file.
std::filesystem::path default_state_path(const ReportConfig& config);
std::filesystem::path lock_path(const ReportConfig& config);

enum class Outcome { fresh, rebuilt, would_rebuild, failed };
std::string_view to_string(Outcome outcome);

struct RegenResult {
    std::string name;
    Outcome outcome = Outcome::fresh;
    std::string reason;  // why it was (or would be) rebuilt, or why it failed
    std::string output;
    diagnostics::DiagnosticList diagnostics;  // problems in the inputs, when they are invalid
    std::vector<std::string> warnings;        // cells altered to fit the workbook
};

struct RegenRun {
    std::vector<RegenResult> results;
    std::optional<std::string> state_problem;  // an unreadable state file, now replaced
};

// Rebuilds the selected reports whose inputs (by SHA-256), resolved options or tool
// version changed since their last successful build, or whose output is missing. A
// report whose inputs are invalid, or whose output cannot be written, fails alone: its
// previous output stays untouched and the others still run. The state file is replaced
// atomically after each report. The caller holds the regen lock.
RegenRun regenerate(const ReportConfig& config, const RegenOptions& options);

}  // namespace pledgetrack::schedule
