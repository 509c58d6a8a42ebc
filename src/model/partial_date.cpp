#include "model/partial_date.hpp"

#include <array>
#include <charconv>

namespace pledgetrack::model {
namespace {

std::optional<unsigned> parse_digits(std::string_view text, std::size_t count) {
    if (text.size() != count) return std::nullopt;
    unsigned value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

constexpr std::array<const char*, 7> weekday_names{
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

}  // namespace

PartialDate PartialDate::of_year(date::year y) {
    return PartialDate(y / date::January / 1, DatePrecision::year);
}

PartialDate PartialDate::of_month(date::year_month ym) {
    return PartialDate(ym / 1, DatePrecision::month);
}

PartialDate PartialDate::of_day(date::year_month_day ymd) {
    return PartialDate(ymd, DatePrecision::day);
}

std::optional<PartialDate> PartialDate::parse(std::string_view text) {
    auto year = parse_digits(text.substr(0, 4), 4);
    if (!year) return std::nullopt;
    const date::year y{static_cast<int>(*year)};
    if (text.size() == 4) return of_year(y);

    if (text.size() < 7 || text[4] != '-') return std::nullopt;
    auto month = parse_digits(text.substr(5, 2), 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    const date::year_month ym = y / date::month{*month};
    if (text.size() == 7) return of_month(ym);

    if (text.size() != 10 || text[7] != '-') return std::nullopt;
    auto day = parse_digits(text.substr(8, 2), 2);
    if (!day) return std::nullopt;
    const date::year_month_day ymd = ym / date::day{*day};
    if (!ymd.ok()) return std::nullopt;
    return of_day(ymd);
}

date::year_month_day PartialDate::last_day() const {
    switch (precision_) {
    case DatePrecision::year: return first_.year() / date::December / 31;
    case DatePrecision::month:
        return date::year_month_day{first_.year() / first_.month() / date::last};
    case DatePrecision::day: break;
    }
    return first_;
}

std::string PartialDate::to_string() const {
    std::string text = format_day(first_);
    switch (precision_) {
    case DatePrecision::year: text.resize(4); break;
    case DatePrecision::month: text.resize(7); break;
    case DatePrecision::day: break;
    }
    return text;
}

std::strong_ordering PartialDate::operator<=>(const PartialDate& other) const {
    if (first_ != other.first_) return first_ < other.first_ ? std::strong_ordering::less
                                                             : std::strong_ordering::greater;
    return precision_ <=> other.precision_;
}

bool DateWindow::weekday_fits() const {
    if (!weekday || !is_ordered()) return true;
    const date::sys_days first{not_before};
    const date::sys_days first_match = first + (*weekday - date::weekday{first});
    return first_match <= date::sys_days{not_after};
}

std::string DateWindow::to_string() const {
    std::string text = format_day(not_before) + ".." + format_day(not_after);
    if (weekday) text += " (" + weekday_name(*weekday) + ")";
    return text;
}

MeetingDate::MeetingDate(PartialDate date, std::optional<date::weekday> stated_weekday)
    : value_(date), stated_weekday_(stated_weekday) {}

MeetingDate::MeetingDate(DateWindow window) : value_(window) {}

date::year_month_day MeetingDate::earliest() const {
    if (auto* p = partial()) return p->first_day();
    return window()->not_before;
}

date::year_month_day MeetingDate::latest() const {
    if (auto* p = partial()) return p->last_day();
    return window()->not_after;
}

bool MeetingDate::is_exact_day() const {
    auto* p = partial();
    return p && p->precision() == DatePrecision::day;
}

std::string MeetingDate::precision_label() const {
    if (auto* p = partial()) {
        switch (p->precision()) {
        case DatePrecision::year: return "year";
        case DatePrecision::month: return "month";
        case DatePrecision::day: return "day";
        }
    }
    return "window";
}

std::string MeetingDate::to_string() const {
    if (auto* p = partial()) return p->to_string();
    return window()->to_string();
}

bool MeetingDate::weekday_contradicts() const {
    if (auto* w = window()) return !w->weekday_fits();
    if (!stated_weekday_) return false;
    const DateWindow span{earliest(), latest(), stated_weekday_};
    return !span.weekday_fits();
}

std::optional<date::year_month_day> parse_full_date(std::string_view text) {
    auto parsed = PartialDate::parse(text);
    if (!parsed || parsed->precision() != DatePrecision::day) return std::nullopt;
    return parsed->first_day();
}

std::optional<date::weekday> parse_weekday(std::string_view name) {
    for (unsigned i = 0; i < weekday_names.size(); ++i)
        if (name == weekday_names[i]) return date::weekday{i};
    return std::nullopt;
}

std::string weekday_name(date::weekday wd) { return weekday_names[wd.c_encoding()]; }

// The text of date::format("%F", ymd), written digit by digit for the years 0 to 9999 that
// dates are written with: a report formats several dates a row, and a stream (or snprintf)
// costs more than the rest of the row.
std::string format_day(date::year_month_day ymd) {
    const int year = static_cast<int>(ymd.year());
    if (year < 0 || year > 9999) return date::format("%F", ymd);
    std::string text = "0000-00-00";
    auto put = [&text](std::size_t end, unsigned value) {
        for (std::size_t i = end; value != 0; value /= 10) text[--i] = static_cast<char>('0' + value % 10);
    };
    put(4, static_cast<unsigned>(year));
    put(7, static_cast<unsigned>(ymd.month()));
    put(10, static_cast<unsigned>(ymd.day()));
    return text;
}

unsigned quarter_of(date::month month) { return (static_cast<unsigned>(month) - 1) / 3 + 1; }

}  // namespace pledgetrack::model
