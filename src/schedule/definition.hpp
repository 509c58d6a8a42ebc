#pragma once

#include "model/location.hpp"

#include <date/date.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

// Report definitions (reports/reports.xml): plain values, no XML.
namespace pledgetrack::schedule {

// When a report is due: a cadence at a local time in an IANA time zone.
struct Cadence {
    enum class Kind { daily, weekly, monthly, quarterly };
    Kind kind = Kind::daily;
    std::vector<date::weekday> weekdays;  // weekly
    unsigned day_of_month = 1;            // monthly, quarterly; past the month's end = last day
    std::chrono::minutes at{0};           // local time of day
    std::string time_zone;                // IANA name, e.g. "Asia/Ho_Chi_Minh"
};

// Which meetings a run covers, resolved against the run's local date.
struct RollingWindow {
    enum class Kind { all, fixed, year_to_date, last_quarters, last_days };
    Kind kind = Kind::all;
    date::year_month_day from{}, to{};  // fixed
    unsigned count = 0;                 // last_quarters, last_days
};

struct AsOf {
    enum class Kind { run_date, window_end, fixed };
    Kind kind = Kind::run_date;
    date::year_month_day day{};  // fixed
};

struct ReportDefinition {
    std::string name;
    std::string description;
    std::vector<std::string> inputs;  // as written: files, directories or globs
    std::string output;               // as written, with {placeholders}
    bool json = false;                // else xlsx
    RollingWindow window;
    std::vector<std::string> categories, items;
    AsOf as_of;
    int due_within = 90;
    Cadence cadence;
    model::Location at;
};

struct ReportConfig {
    std::filesystem::path path;       // the definitions file
    std::filesystem::path base_dir;   // relative paths in it start here
    std::vector<ReportDefinition> reports;

    const ReportDefinition* find(std::string_view name) const;
};

}  // namespace pledgetrack::schedule
