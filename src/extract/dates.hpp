#pragma once

#include "extract/article.hpp"
#include "extract/tokens.hpp"
#include "model/enums.hpp"
#include "model/partial_date.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

// Dates in article text: the day a meeting took place, and the years pledges are due.
namespace pledgetrack::extract {

// The dates an article states: full days ("December 10, 2024", "10 Dec 2024",
// "2024-12-10"), days without a year ("on June 24"), a weekday ("on Tuesday"), months
// ("in October", "March 2025"), years.
struct DateClues {
    std::vector<date::year_month_day> body_days;     // with a stated year, in reading order
    std::vector<date::year_month_day> caption_days;  // headlines, captions, datelines
    std::vector<std::pair<unsigned, unsigned>> days_without_year;  // month, day
    std::optional<date::year_month_day> published;  // an ISO date outside the body
    std::optional<date::weekday> weekday;
    std::vector<unsigned> months;  // 1-12, without a day or a year
    std::optional<date::year_month> header_month;  // "March 2025" in a headline or dateline
    std::vector<int> years;
};

DateClues find_date_clues(const Article& article);

struct ResolvedDate {
    model::MeetingDate date;
    std::string reason;
};

// The meeting date from the clues: a stated day (one that matches a stated weekday
// first; days without a year take the publication year, else the first stated year);
// else the latest stated weekday on or before the publication date; else a window: the
// month a headline or dateline names, or from the latest month mentioned to the end of
// the year. Days after publication are left out. nullopt when nothing dates the meeting.
std::optional<ResolvedDate> resolve_meeting_date(const DateClues& clues,
                                                 std::optional<date::year_month_day> published);

struct Due {
    model::PartialDate date;
    std::optional<model::RelativeYear> stated;
    std::string phrase;  // as written: "in 2025", "next year"
};

// The due year stated near tokens [first, end) of a sentence ("in 2025", "by 2030",
// "next year", "by the end of this year"), if it is not before the meeting's year.
std::optional<Due> find_due(const std::vector<Token>& tokens, std::size_t first, std::size_t end,
                            date::year meeting_year);

}  // namespace pledgetrack::extract
