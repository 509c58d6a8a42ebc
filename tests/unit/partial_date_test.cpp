#include "model/partial_date.hpp"

#include <catch2/catch.hpp>

using namespace pledgetrack::model;
using namespace date::literals;

TEST_CASE("A full date parses to a day-precision date", "[date]") {
    const auto parsed = PartialDate::parse("2024-12-10");
    REQUIRE(parsed);
    CHECK(parsed->precision() == DatePrecision::day);
    CHECK(parsed->first_day() == 2024_y / date::December / 10);
    CHECK(parsed->last_day() == 2024_y / date::December / 10);
    CHECK(parsed->to_string() == "2024-12-10");
}

TEST_CASE("A year-month date spans its whole month, leap days included", "[date]") {
    const auto parsed = PartialDate::parse("2024-02");
    REQUIRE(parsed);
    CHECK(parsed->precision() == DatePrecision::month);
    CHECK(parsed->first_day() == 2024_y / date::February / 1);
    CHECK(parsed->last_day() == 2024_y / date::February / 29);
    CHECK(parsed->to_string() == "2024-02");
}

TEST_CASE("A year date spans January 1 to December 31", "[date]") {
    const auto parsed = PartialDate::parse("2025");
    REQUIRE(parsed);
    CHECK(parsed->precision() == DatePrecision::year);
    CHECK(parsed->first_day() == 2025_y / date::January / 1);
    CHECK(parsed->last_day() == 2025_y / date::December / 31);
    CHECK(parsed->to_string() == "2025");
}

TEST_CASE("Days that do not exist are rejected", "[date]") {
    CHECK_FALSE(PartialDate::parse("2023-02-29"));
    CHECK_FALSE(PartialDate::parse("2024-04-31"));
    CHECK_FALSE(PartialDate::parse("2025-13"));
    CHECK_FALSE(PartialDate::parse("2025-00-10"));
    CHECK(PartialDate::parse("2024-02-29"));
}

TEST_CASE("Malformed date text is rejected", "[date]") {
    for (const char* text : {"", "202", "20245", "2024-1", "2024-01-1", "2024/01/10", "2024-01-10x", "abcd"})
        CHECK_FALSE(PartialDate::parse(text));
}

TEST_CASE("Partial dates sort by first day, coarser precision first", "[date]") {
    const auto year = *PartialDate::parse("2025");
    const auto january = *PartialDate::parse("2025-01");
    const auto first = *PartialDate::parse("2025-01-01");
    const auto later = *PartialDate::parse("2024-12-31");
    CHECK(later < year);
    CHECK(year < january);
    CHECK(january < first);
}

TEST_CASE("A window accepts a stated weekday only if that weekday occurs in it", "[date]") {
    DateWindow window{2025_y / date::March / 24, 2025_y / date::March / 26, date::Wednesday};
    CHECK(window.weekday_fits());
    window.weekday = date::Friday;
    CHECK_FALSE(window.weekday_fits());
    window.not_after = 2025_y / date::March / 30;
    CHECK(window.weekday_fits());
}

TEST_CASE("A window reports whether its ends are in order", "[date]") {
    CHECK(DateWindow{2025_y / date::March / 24, 2025_y / date::March / 24, {}}.is_ordered());
    CHECK_FALSE(DateWindow{2025_y / date::March / 25, 2025_y / date::March / 24, {}}.is_ordered());
}

TEST_CASE("A meeting on an exact day checks the stated weekday against that day", "[date]") {
    const auto day = *PartialDate::parse("2024-12-10");  // a Tuesday
    CHECK_FALSE(MeetingDate(day, date::Tuesday).weekday_contradicts());
    CHECK(MeetingDate(day, date::Monday).weekday_contradicts());
    CHECK_FALSE(MeetingDate(day).weekday_contradicts());
}

TEST_CASE("A meeting in a window spans the window and is labelled as such", "[date]") {
    const MeetingDate date(DateWindow{2025_y / date::October / 27, 2025_y / date::December / 29, date::Monday});
    CHECK(date.earliest() == 2025_y / date::October / 27);
    CHECK(date.latest() == 2025_y / date::December / 29);
    CHECK_FALSE(date.is_exact_day());
    CHECK(date.precision_label() == "window");
    CHECK(date.to_string() == "2025-10-27..2025-12-29 (monday)");
}

TEST_CASE("A meeting known to the month spans the month", "[date]") {
    const MeetingDate date(*PartialDate::parse("2025-11"));
    CHECK(date.earliest() == 2025_y / date::November / 1);
    CHECK(date.latest() == 2025_y / date::November / 30);
    CHECK(date.precision_label() == "month");
}

TEST_CASE("Weekday names parse in lower case only", "[date]") {
    CHECK(parse_weekday("monday") == date::Monday);
    CHECK(parse_weekday("sunday") == date::Sunday);
    CHECK_FALSE(parse_weekday("Monday"));
    CHECK(weekday_name(date::Friday) == "friday");
}

TEST_CASE("format_day writes what date::format(\"%F\") writes", "[date]") {
    for (const date::year_month_day day : {2024_y / date::December / 10, 5_y / date::January / 1,
                                           9999_y / date::December / 31, 2025_y / date::February / 28,
                                           10000_y / date::March / 1, 2000_y / date::October / 20}) {
        INFO(date::format("%F", day));
        CHECK(format_day(day) == date::format("%F", day));
    }
}
