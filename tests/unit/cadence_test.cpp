#include "schedule/cadence.hpp"

#include <catch2/catch.hpp>

using namespace pledgetrack::schedule;
using namespace date::literals;
using namespace std::chrono_literals;

namespace {

Cadence daily(const char* zone, std::chrono::minutes at) {
    Cadence cadence;
    cadence.time_zone = zone;
    cadence.at = at;
    return cadence;
}

Cadence monthly(unsigned day, Cadence::Kind kind = Cadence::Kind::monthly) {
    Cadence cadence = daily("Asia/Ho_Chi_Minh", 6h + 30min);
    cadence.kind = kind;
    cadence.day_of_month = day;
    return cadence;
}

date::sys_seconds utc(date::year_month_day day, std::chrono::seconds time) { return date::sys_days{day} + time; }

std::vector<std::string> utc_texts(const std::vector<date::sys_seconds>& runs) {
    std::vector<std::string> texts;
    for (auto run : runs) texts.push_back(format_utc(run));
    return texts;
}

}  // namespace

TEST_CASE("A daily 02:30 run in Brussels has no run on the spring-forward day", "[cadence][dst]") {
    const auto runs = next_runs(daily("Europe/Brussels", 2h + 30min), utc(2026_y / 3 / 27, 12h), 3);
    CHECK(utc_texts(runs) == std::vector<std::string>{"2026-03-28 01:30 UTC", "2026-03-30 00:30 UTC", "2026-03-31 00:30 UTC"});
}

TEST_CASE("A daily 02:30 run in Brussels runs once, at the first 02:30, when the hour repeats", "[cadence][dst]") {
    const auto runs = next_runs(daily("Europe/Brussels", 2h + 30min), utc(2026_y / 10 / 24, 12h), 3);
    CHECK(utc_texts(runs) == std::vector<std::string>{"2026-10-25 00:30 UTC", "2026-10-26 01:30 UTC", "2026-10-27 01:30 UTC"});
    CHECK(format_local("Europe/Brussels", runs[0]) == "2026-10-25 02:30 CEST (+02:00)");
    CHECK(format_local("Europe/Brussels", runs[1]) == "2026-10-26 02:30 CET (+01:00)");
}

TEST_CASE("A local time in a zone ahead of UTC can fall on the previous UTC day", "[cadence]") {
    const auto runs = next_runs(daily("Asia/Ho_Chi_Minh", 6h + 30min), utc(2025_y / 1 / 1, 0h), 1);
    CHECK(utc_texts(runs) == std::vector<std::string>{"2025-01-01 23:30 UTC"});
    CHECK(local_day(daily("Asia/Ho_Chi_Minh", 0min), utc(2025_y / 1 / 1, 20h)) == 2025_y / 1 / 2);
}

TEST_CASE("Monthly on the 31st runs on the last day of shorter months, leap years included", "[cadence]") {
    const auto runs = next_runs(monthly(31), utc(2028_y / 1 / 1, 0h), 5);
    std::vector<std::string> days;
    for (auto run : runs) days.push_back(format_local("Asia/Ho_Chi_Minh", run).substr(0, 10));
    CHECK(days == std::vector<std::string>{"2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31"});
    const auto next_year = next_runs(monthly(30), utc(2029_y / 2 / 1, 0h), 2);
    CHECK(format_local("Asia/Ho_Chi_Minh", next_year[0]).substr(0, 10) == "2029-02-28");
    CHECK(format_local("Asia/Ho_Chi_Minh", next_year[1]).substr(0, 10) == "2029-03-30");
}

TEST_CASE("Quarterly runs fall in January, April, July and October", "[cadence]") {
    const auto runs = next_runs(monthly(1, Cadence::Kind::quarterly), utc(2025_y / 2 / 1, 0h), 4);
    std::vector<std::string> days;
    for (auto run : runs) days.push_back(format_local("Asia/Ho_Chi_Minh", run).substr(0, 10));
    CHECK(days == std::vector<std::string>{"2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01"});
}

TEST_CASE("Weekly runs fall on the stated local weekdays", "[cadence]") {
    Cadence weekly = daily("Europe/Brussels", 8h + 15min);
    weekly.kind = Cadence::Kind::weekly;
    weekly.weekdays = {date::Monday, date::Thursday};
    const auto runs = next_runs(weekly, utc(2025_y / 3 / 29, 12h), 3);  // a Saturday
    CHECK(utc_texts(runs) == std::vector<std::string>{"2025-03-31 06:15 UTC", "2025-04-03 06:15 UTC", "2025-04-07 06:15 UTC"});
}

TEST_CASE("The last run at or before a moment is found, counting that moment itself", "[cadence]") {
    const Cadence cadence = daily("Europe/Brussels", 2h + 30min);
    CHECK(format_utc(*last_run_at_or_before(cadence, utc(2025_y / 6 / 10, 0h + 30min))) == "2025-06-10 00:30 UTC");
    CHECK(format_utc(*last_run_at_or_before(cadence, utc(2025_y / 6 / 10, 0h + 29min))) == "2025-06-09 00:30 UTC");
}

TEST_CASE("An unknown time zone is an error, not a guess", "[cadence]") {
    CHECK_FALSE(is_known_time_zone("Asia/Hanoi_Typo"));
    CHECK(is_known_time_zone("Asia/Shanghai"));
    CHECK_THROWS_WITH(next_runs(daily("Mars/Olympus", 0min), utc(2025_y / 1 / 1, 0h), 1),
                      "unknown time zone 'Mars/Olympus'");
}
