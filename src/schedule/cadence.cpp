#include "schedule/cadence.hpp"

#include "text/join.hpp"

#include <algorithm>
#include <stdexcept>

namespace pledgetrack::schedule {
namespace {

const date::time_zone* zone_of(const Cadence& cadence) {
    try {
        return date::locate_zone(cadence.time_zone);
    } catch (const std::exception&) {
        throw std::runtime_error("unknown time zone '" + cadence.time_zone + "'");
    }
}

date::year_month_day clamp_to_month(date::year_month ym, unsigned day) {
    const date::year_month_day_last last{ym / date::last};
    return ym / std::min(date::day{day}, last.day());
}

bool runs_on(const Cadence& cadence, date::year_month_day day) {
    switch (cadence.kind) {
    case Cadence::Kind::daily: return true;
    case Cadence::Kind::weekly:
        return std::find(cadence.weekdays.begin(), cadence.weekdays.end(), date::weekday{date::sys_days{day}}) !=
               cadence.weekdays.end();
    case Cadence::Kind::quarterly:
        if ((static_cast<unsigned>(day.month()) - 1) % 3 != 0) return false;
        [[fallthrough]];
    case Cadence::Kind::monthly:
        return day == clamp_to_month(day.year() / day.month(), cadence.day_of_month);
    }
    return false;
}

// The instant a run on this local day happens, or nullopt when the local time does not
// exist that day (see the header for gaps and overlaps).
std::optional<date::sys_seconds> run_instant(const date::time_zone* zone, const Cadence& cadence, date::local_days day) {
    const date::local_seconds local = day + cadence.at;
    if (zone->get_info(local).result == date::local_info::nonexistent) return std::nullopt;
    return zone->to_sys(local, date::choose::earliest);
}

}  // namespace

std::vector<date::sys_seconds> next_runs(const Cadence& cadence, date::sys_seconds after, std::size_t count) {
    const date::time_zone* zone = zone_of(cadence);
    std::vector<date::sys_seconds> runs;
    // Start a day early: the local day of `after` may already have begun in the zone.
    date::local_days day = date::floor<date::days>(zone->to_local(after)) - date::days{1};
    for (int guard = 0; runs.size() < count && guard < 366 * 20; ++guard, day += date::days{1}) {
        if (!runs_on(cadence, date::year_month_day{day})) continue;
        const auto instant = run_instant(zone, cadence, day);
        if (instant && *instant > after) runs.push_back(*instant);
    }
    return runs;
}

std::optional<date::sys_seconds> last_run_at_or_before(const Cadence& cadence, date::sys_seconds now) {
    const date::time_zone* zone = zone_of(cadence);
    date::local_days day = date::floor<date::days>(zone->to_local(now)) + date::days{1};
    for (int back = 0; back < 400; ++back, day -= date::days{1}) {
        if (!runs_on(cadence, date::year_month_day{day})) continue;
        const auto instant = run_instant(zone, cadence, day);
        if (instant && *instant <= now) return instant;
    }
    return std::nullopt;
}

date::year_month_day local_day(const Cadence& cadence, date::sys_seconds instant) {
    return date::year_month_day{date::floor<date::days>(zone_of(cadence)->to_local(instant))};
}

std::string format_local(const std::string& time_zone, date::sys_seconds instant) {
    const date::zoned_seconds zoned{date::locate_zone(time_zone), instant};
    return date::format("%Y-%m-%d %H:%M %Z (%Ez)", zoned);
}

std::string format_utc(date::sys_seconds instant) { return date::format("%Y-%m-%d %H:%M UTC", instant); }

std::string local_time_text(const Cadence& cadence) {
    const auto minutes = static_cast<unsigned>(cadence.at.count());
    return text::two_digits(minutes / 60) + ":" + text::two_digits(minutes % 60);
}

bool is_known_time_zone(const std::string& name) {
    try {
        date::locate_zone(name);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace pledgetrack::schedule
