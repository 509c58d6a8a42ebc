// Facts about the bundled seed data that the reports depend on.
#include "support/process.hpp"
#include "validate/validator.hpp"

#include <catch2/catch.hpp>

using namespace pledgetrack;

namespace {

const validate::Result& seeds() {
    static const validate::Result result =
        validate::validate_paths({(test::source_dir() / "seeds").string()}, {.strict = true});
    return result;
}

}  // namespace

TEST_CASE("The bundled seeds validate strictly with no diagnostics", "[seeds]") {
    const auto result = test::run_pledgetrack({"validate", "--strict", (test::source_dir() / "seeds").string()});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::StartsWith("0 errors, 0 warnings in "));
}

TEST_CASE("The seeds hold the 25 real meetings, 2023 to 2025", "[seeds]") {
    const auto& meetings = seeds().dataset.meetings;
    CHECK(meetings.size() == 25);
    for (const auto& meeting : meetings) {
        CHECK(meeting.date.earliest().year() >= date::year{2023});
        CHECK(meeting.date.latest().year() <= date::year{2025});
    }
}

TEST_CASE("The 10 Dec 2024 meeting is one meeting reported by two sources from both sides", "[seeds]") {
    const auto* meeting = seeds().dataset.find_meeting("2024-12-10-han-zheng-bui-thanh-son-beijing");
    REQUIRE(meeting);
    CHECK(meeting->date.to_string() == "2024-12-10");
    REQUIRE(meeting->source_ids.size() == 2);
    CHECK(seeds().dataset.find_source(meeting->source_ids[0])->outlet == model::OutletSide::vn);
    CHECK(seeds().dataset.find_source(meeting->source_ids[1])->outlet == model::OutletSide::cn);
}

TEST_CASE("The Luong Cuong meeting is dated by its weekday, not by the article", "[seeds]") {
    const auto* meeting = seeds().dataset.find_meeting("2024-10-11-xi-luong-cuong-beijing");
    REQUIRE(meeting);
    CHECK(meeting->date.to_string() == "2024-10-11");
    CHECK(seeds().dataset.find_source(meeting->source_ids[0])->published->to_string() == "2024-10-12");
}

TEST_CASE("The He Wei reception known only as 'a Monday' is a window", "[seeds]") {
    const auto* meeting = seeds().dataset.find_meeting("2025-reception-he-wei-bui-thanh-son-hanoi");
    REQUIRE(meeting);
    REQUIRE(meeting->date.window());
    CHECK(meeting->date.window()->weekday == date::Monday);
    CHECK(meeting->date.precision_label() == "window");
}
