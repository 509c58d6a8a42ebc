#pragma once

#include "schedule/definition.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace pledgetrack::schedule {

// systemd OnCalendar= expressions for a cadence, in its time zone. A monthly day past
// some months' end needs several expressions (the month's last day, "~01", for those).
std::vector<std::string> on_calendar(const Cadence& cadence);

struct UnitFile {
    std::string name;     // "pledgetrack-<report>.service" / ".timer"
    std::string content;
};

// A .service running `pledgetrack regen` for the report and a .timer with Persistent=true
// so that runs missed while the machine was off happen at the next boot.
std::vector<UnitFile> systemd_units(const ReportDefinition& report, const std::filesystem::path& binary,
                                    const std::filesystem::path& config);

// Crontab lines under a CRON_TZ line for the report's zone.
std::string crontab_lines(const ReportDefinition& report, const std::filesystem::path& binary,
                          const std::filesystem::path& config);

}  // namespace pledgetrack::schedule
