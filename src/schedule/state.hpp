#pragma once

#include <date/date.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace pledgetrack::schedule {

// What regen remembers about one report's last successful build.
struct ReportState {
    std::string output;                         // the path written
    std::string options;                        // the resolved options, as one string
    std::string tool_version;
    std::map<std::string, std::string> inputs;  // input name -> SHA-256
    std::string built_at;                       // UTC, ISO 8601
    std::string last_success;                   // last run that left it fresh, UTC
};

struct RegenState {
    std::map<std::string, ReportState> reports;  // by report name
};

struct LoadedState {
    RegenState state;
    // Set when a state file existed but could not be read (corrupt, truncated, foreign):
    // the state is then empty, so every report is rebuilt.
    std::optional<std::string> problem;
};

LoadedState load_state(const std::filesystem::path& path);

// Replaces the state file atomically (temporary file, fsync, rename).
void save_state(const std::filesystem::path& path, const RegenState& state);

std::string iso_utc(date::sys_seconds instant);
std::optional<date::sys_seconds> parse_iso_utc(const std::string& text);

}  // namespace pledgetrack::schedule
