#include "schedule/run_plan.hpp"

#include <catch2/catch.hpp>

using namespace pledgetrack;
using namespace pledgetrack::schedule;
using namespace date::literals;
using namespace std::chrono_literals;

namespace {

ReportConfig config_in(const char* dir) {
    ReportConfig config;
    config.base_dir = dir;
    return config;
}

ReportDefinition definition(RollingWindow window) {
    ReportDefinition report;
    report.name = "rail";
    report.inputs = {"../seeds"};
    report.output = "out/{name}-{year}-{quarter}-{month}-{as_of}.xlsx";
    report.window = window;
    report.cadence.time_zone = "Asia/Ho_Chi_Minh";
    return report;
}

// 2025-05-20 20:00 UTC is already 2025-05-21 in Ho Chi Minh City.
const date::sys_seconds run_time = date::sys_days{2025_y / 5 / 20} + 20h;

}  // namespace

TEST_CASE("Output placeholders take the run's local date", "[plan]") {
    const auto request = plan_run(config_in("reports"), definition({}), run_time);
    CHECK(request.output.path == "reports/out/rail-2025-Q2-05-2025-05-21.xlsx");
    CHECK(request.inputs == std::vector<std::string>{"seeds"});
}

TEST_CASE("Unknown placeholders and unclosed braces are reported", "[plan]") {
    CHECK_FALSE(placeholder_problem("r/{name}-{as_of}.xlsx"));
    CHECK(placeholder_problem("r/{date}.xlsx") ==
          "unknown placeholder {date}; known: {name}, {year}, {quarter}, {month}, {as_of}");
    CHECK(placeholder_problem("r/{year.xlsx") == "unclosed '{' in the output path");
}

TEST_CASE("last-quarters covers the complete quarters before the run's quarter", "[plan]") {
    const auto request = plan_run(config_in("."), definition({RollingWindow::Kind::last_quarters, {}, {}, 4}), run_time);
    CHECK(request.from == 2024_y / 4 / 1);
    CHECK(request.to == 2025_y / 3 / 31);
}

TEST_CASE("year-to-date and last-days end on the run's local date", "[plan]") {
    const auto ytd = plan_run(config_in("."), definition({RollingWindow::Kind::year_to_date, {}, {}, 0}), run_time);
    CHECK(ytd.from == 2025_y / 1 / 1);
    CHECK(ytd.to == 2025_y / 5 / 21);
    const auto week = plan_run(config_in("."), definition({RollingWindow::Kind::last_days, {}, {}, 7}), run_time);
    CHECK(week.from == 2025_y / 5 / 15);
    CHECK(week.to == 2025_y / 5 / 21);
}

TEST_CASE("The as-of day is the run date, the window's end or a fixed day", "[plan]") {
    ReportDefinition report = definition({RollingWindow::Kind::last_quarters, {}, {}, 1});
    CHECK(plan_run(config_in("."), report, run_time).as_of == 2025_y / 5 / 21);
    report.as_of.kind = AsOf::Kind::window_end;
    CHECK(plan_run(config_in("."), report, run_time).as_of == 2025_y / 3 / 31);
    report.as_of = {AsOf::Kind::fixed, 2024_y / 12 / 31};
    CHECK(plan_run(config_in("."), report, run_time).as_of == 2024_y / 12 / 31);
}
