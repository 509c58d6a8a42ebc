#pragma once

#include <date/date.h>

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace pledgetrack::model {

enum class DatePrecision { year, month, day };

// A calendar date known to a year, a month or a day ("2025", "2025-11", "2024-12-10").
// It is always a real date: construction goes through parse() or the named factories.
class PartialDate {
public:
    static PartialDate of_year(date::year y);
    static PartialDate of_month(date::year_month ym);
    static PartialDate of_day(date::year_month_day ymd);

    // Parses YYYY, YYYY-MM or YYYY-MM-DD; nullopt unless the text is one of those forms
    // and names a day that exists (2023-02-29 does not).
    static std::optional<PartialDate> parse(std::string_view text);

    DatePrecision precision() const { return precision_; }
    date::year year() const { return first_.year(); }
    // The first and last day the date may stand for: 2025-11 spans Nov 1 to Nov 30.
    date::year_month_day first_day() const { return first_; }
    date::year_month_day last_day() const;

    std::string to_string() const;

    bool operator==(const PartialDate&) const = default;
    // Orders by first day, then coarser precision first ("2025" before "2025-01").
    std::strong_ordering operator<=>(const PartialDate& other) const;

private:
    PartialDate(date::year_month_day first, DatePrecision precision)
        : first_(first), precision_(precision) {}

    date::year_month_day first_;
    DatePrecision precision_;
};

// A day known only to lie within [not_before, not_after], maybe on a stated weekday.
struct DateWindow {
    date::year_month_day not_before;
    date::year_month_day not_after;
    std::optional<date::weekday> weekday;

    bool is_ordered() const { return not_before <= not_after; }
    // True when no weekday is stated or the stated one falls inside the window.
    bool weekday_fits() const;
    std::string to_string() const;
};

// When a meeting happened: a (possibly partial) date or an uncertain window. A stated
// weekday may accompany an exact date, to be checked against it.
class MeetingDate {
public:
    MeetingDate(PartialDate date, std::optional<date::weekday> stated_weekday = {});
    explicit MeetingDate(DateWindow window);

    date::year_month_day earliest() const;
    date::year_month_day latest() const;
    bool is_exact_day() const;
    // "day", "month", "year" or "window": what an analyst sees next to the date.
    std::string precision_label() const;
    std::string to_string() const;
    // Mismatch between a stated weekday and the date, if any.
    bool weekday_contradicts() const;
    std::optional<date::weekday> stated_weekday() const { return stated_weekday_; }

    const PartialDate* partial() const { return std::get_if<PartialDate>(&value_); }
    const DateWindow* window() const { return std::get_if<DateWindow>(&value_); }

private:
    std::variant<PartialDate, DateWindow> value_;
    std::optional<date::weekday> stated_weekday_;
};

std::optional<date::year_month_day> parse_full_date(std::string_view text);
std::optional<date::weekday> parse_weekday(std::string_view name);
std::string weekday_name(date::weekday wd);
std::string format_day(date::year_month_day ymd);
// 1 to 4: the calendar quarter a month falls in.
unsigned quarter_of(date::month month);

}  // namespace pledgetrack::model
