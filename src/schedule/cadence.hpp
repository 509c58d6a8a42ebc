#pragma once

#include "schedule/definition.hpp"

#include <date/tz.h>

#include <optional>
#include <vector>

namespace pledgetrack::schedule {

// Run times are computed in the cadence's time zone with the tz database, the way
// systemd timers compute OnCalendar= with a time zone:
// - a local time that does not exist that day (the hour skipped when clocks go forward)
//   has no run that day;
// - a local time that occurs twice (the hour repeated when clocks go back) runs once, at
//   its first occurrence;
// - a monthly or quarterly day past the month's end runs on the month's last day.
// Throws std::runtime_error for an unknown time zone.

// The next `count` run times strictly after `after`.
std::vector<date::sys_seconds> next_runs(const Cadence& cadence, date::sys_seconds after, std::size_t count);

// The latest run time at or before `now`, if any within the past 400 days.
std::optional<date::sys_seconds> last_run_at_or_before(const Cadence& cadence, date::sys_seconds now);

// The local calendar day of an instant in the cadence's time zone.
date::year_month_day local_day(const Cadence& cadence, date::sys_seconds instant);

// "2025-03-30 03:00 CEST (+02:00)": an instant shown in a zone.
std::string format_local(const std::string& time_zone, date::sys_seconds instant);
std::string format_utc(date::sys_seconds instant);

// "06:30": the cadence's local time of day.
std::string local_time_text(const Cadence& cadence);

// True if the tz database knows the zone.
bool is_known_time_zone(const std::string& name);

}  // namespace pledgetrack::schedule
