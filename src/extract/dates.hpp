#pragma once

#include "extract/article.hpp"
#include "extract/tokens.hpp"
#include "model/enums.hpp"
#include "model/partial_date.hpp"

#include <date/date.h>

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

// Dates in article text: the day a meeting took place, and the years pledges are due.
namespace pledgetrack::extract {

// Where a date was stated, in the order the meeting date is looked for: the sentence that
// tells of the meeting ("met ... on October 23") says most, a headline or caption least.
enum class DatePlace { meeting_sentence, body, caption };

// A day the article states, its year possibly left out ("on June 24").
struct StatedDay {
    unsigned month = 0, day = 0;
    std::optional<int> year;
    int years_back = 0;  // "on July 13 last year": 1, counted from the year of the context
    DatePlace place = DatePlace::body;
    std::optional<std::pair<unsigned, unsigned>> until;  // "from March 24 to 26": month, day
    std::size_t sentence = 0;  // where it is stated: an index in Article::sentences
    bool dateline = false;     // "HANOI, June 25 (VNA) --": the day the story was filed
};

// "yesterday", "last night", "earlier today": a day counted back from publication.
struct RelativeDay {
    unsigned days_back = 1;      // 1 for "yesterday", 0 for "today"
    bool dates_meeting = false;  // in the lead or right after a word for the meeting
    std::size_t sentence = 0;
    bool outranks_weekday = false;  // told more surely with the meeting than the weekday stated
};

// The dates an article states: full days ("December 10, 2024", "10 Dec 2024",
// "2024-12-10"), days without a year ("on June 24"), a weekday ("on Tuesday"), months
// ("in October", "March 2025"), years. A line holding nothing but a date ("Thursday,
// October 24, 2024 07:45 GMT+7") is the page's time stamp: the publication day.
struct DateClues {
    std::vector<StatedDay> days;                     // in reading order
    // The first time stamp line; else the JSON-LD datePublished; else a time stamp in a
    // byline or a short line set aside ("By Staff | Aug 20, 2024").
    std::optional<date::year_month_day> published;
    // The first in the story's lead right after a word for the meeting; else the first in
    // the lead; else the first after a word for the meeting; else the first. A day a trip
    // began or ended, a document's day and a day still to come are taken last or not at all.
    std::optional<date::weekday> weekday;
    bool weekday_dates_meeting = false;     // in the lead or right after a word for the meeting
    std::size_t weekday_sentence = 0;       // where it is stated
    std::optional<RelativeDay> relative_day;  // "issued yesterday", chosen as the weekday is
    std::vector<unsigned> months;          // 1-12, without a day or a year; meeting sentences first
    std::optional<date::year_month> header_month;  // "March 2025" in a headline or dateline
    std::vector<int> years;
};

// The month a lower-case word names, 1-12: "december", "dec", "sept".
std::optional<unsigned> month_number(const std::string& lower);

// The day of the month a token writes: "1" to "31".
std::optional<int> day_of(const Token& token);

// The year a token writes: "2008" and any four digits from 1900 to 2100.
std::optional<int> year_of(const Token& token);

// Whether the words are only a date and a time, as in a page's time stamp.
bool is_time_stamp(const std::vector<Token>& tokens);

DateClues find_date_clues(const Article& article);

struct ResolvedDate {
    model::MeetingDate date;
    std::string reason;
};

// The sentences (indexes in Article::sentences) telling of a meeting on a day after the
// meeting's date, and on none inside it: "Chinh chaired a government meeting on September
// 29" in a story of a session held on September 23. (An earlier day is mostly a clause of
// background: "since the 14th meeting, held on July 13 last year, the co-chairs ...".)
std::set<std::size_t> sentences_of_later_days(const DateClues& clues, const model::MeetingDate& meeting);

// The meeting date from the clues: with a weekday (or "yesterday", "today") in the lead or right
// after a word for the meeting ("met Li on Monday") and no day stated in an earlier
// sentence telling of the meeting, the latest such day on or before publication; else a day stated in the sentence that tells
// of the meeting (a window for a span such as "a trip from March 24 to 26"); else a stated
// day in the two weeks before publication that is the stated weekday; else, with a
// weekday, the latest such day on or before the publication date; else the first stated
// day (days without a year take the publication year, else the first stated year); else a
// window: the month a headline or dateline names, the month mentioned (the latest such
// month on or before publication), or from the latest month mentioned to the end of the
// year. Days after publication are left out. nullopt when nothing dates the meeting.
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
