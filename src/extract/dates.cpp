#include "extract/dates.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace pledgetrack::extract {
namespace {

using namespace date;

std::optional<int> number_of(const std::string& lower) {
    int value = 0;
    const auto [end, error] = std::from_chars(lower.data(), lower.data() + lower.size(), value);
    if (error != std::errc() || end != lower.data() + lower.size()) return std::nullopt;
    return value;
}

std::optional<year_month_day> real_day(int y, unsigned m, int d) {
    const year_month_day day{year{y}, month{m}, date::day{static_cast<unsigned>(d)}};
    if (!day.ok()) return std::nullopt;
    return day;
}

// "2024-12-10" written as one string: the tokenizer splits it into three numbers.
std::optional<year_month_day> iso_day(const std::vector<Token>& tokens, std::size_t i) {
    if (i + 2 >= tokens.size()) return std::nullopt;
    const auto y = year_of(tokens[i]);
    const auto m = number_of(tokens[i + 1].lower);
    const auto d = number_of(tokens[i + 2].lower);
    if (!y || !m || !d || tokens[i + 1].lower.size() != 2 || tokens[i + 2].lower.size() != 2) return std::nullopt;
    if (tokens[i + 1].begin != tokens[i].begin + 5 || tokens[i + 2].begin != tokens[i + 1].begin + 3) return std::nullopt;
    if (*m < 1 || *m > 12) return std::nullopt;
    return real_day(*y, static_cast<unsigned>(*m), *d);
}

std::optional<weekday> weekday_of(const std::string& lower) { return model::parse_weekday(lower); }

year_month_day latest_on_or_before(year_month_day limit, weekday wd) {
    const sys_days day{limit};
    return year_month_day{day - (weekday{day} - wd)};
}

// Words a page's time stamp holds besides the date: "Updated 21:06 GMT+7", "10:15 AM
// (BRT, UTC-3)", "19:47 KST".
bool is_time_stamp_word(const Token& token) {
    static constexpr std::array words{"gmt", "utc", "ict", "am", "pm", "updated", "update", "published", "posted",
                                      "local", "time", "h", "ago", "hour", "hours", "minute", "minutes", "min", "mins",
                                      "on", "at", "last",
                                      // time zones news pages print
                                      "bst", "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt",
                                      "brt", "ist", "wib", "pht", "sgt", "myt", "hkt", "kst", "jst", "aest", "aedt",
                                      "msk"};
    return number_of(token.lower) || weekday_of(token.lower) ||
           std::find(words.begin(), words.end(), token.lower) != words.end();
}

DatePlace place_of(const Sentence& sentence) {
    if (!sentence.body) return DatePlace::caption;
    return sentence.tells_of_meeting ? DatePlace::meeting_sentence : DatePlace::body;
}

// "from March 24 to 26", "from March 24 to April 2", "December 12-13": the last day of a
// span that starts with the month at token `at`.
std::optional<std::pair<unsigned, unsigned>> span_end(const std::vector<Token>& tokens, std::size_t at) {
    const unsigned first_month = *month_number(tokens[at].lower);
    if (at + 2 < tokens.size() && day_of(tokens[at + 1]) && gap_between(tokens[at + 1], tokens[at + 2]) == "-")
        if (const auto d = day_of(tokens[at + 2])) return std::pair{first_month, static_cast<unsigned>(*d)};
    if (at == 0 || tokens[at - 1].lower != "from" || at + 3 >= tokens.size() || tokens[at + 2].lower != "to")
        return std::nullopt;
    if (const auto d = day_of(tokens[at + 3])) return std::pair{first_month, static_cast<unsigned>(*d)};
    const auto m = month_number(tokens[at + 3].lower);
    if (!m || at + 4 >= tokens.size()) return std::nullopt;
    if (const auto d = day_of(tokens[at + 4])) return std::pair{*m, static_cast<unsigned>(*d)};
    return std::nullopt;
}

// "told visiting Prime Minister Chinh on Saturday" dates a talk; "told reporters on
// Saturday" or "told a news conference" a briefing.
bool tells_someone(const std::vector<Token>& tokens, std::size_t at) {
    return tokens[at].lower == "told" && at + 1 < tokens.size() &&
           !is_one_of(tokens[at + 1].lower, {"reporters", "journalists", "the", "a", "media", "state", "lawmakers"});
}

// Whether a weekday at token `at` dates the meeting: it closely follows a word for the
// meeting ("sat down for talks with his counterpart in Hanoi on Sunday", "told visiting
// Prime Minister Chinh on Saturday"). A visit lasts days, so "ended a visit on Monday"
// dates no meeting, and "Chinh, who held talks with Li on Monday" tells of another. A
// title set off by commas does not count toward the reach: "held talks with To Lam,
// general secretary of the Communist Party of Vietnam, on Monday".
bool follows_meeting_word(const std::vector<Token>& tokens, std::size_t at) {
    constexpr std::size_t reach = 12;  // tokens
    std::size_t set_off = 0;  // tokens of the one parenthetical skipped
    if (at >= 2 && comma_before(tokens, at - 1))
        for (std::size_t i = at - 2; i > 0 && at - i <= reach + 1; --i)
            if (comma_before(tokens, i)) {
                set_off = at - 1 - i;
                break;
            }
    // A name or place of several words ("the Great Hall of the People") counts as one.
    std::size_t distance = 0;
    for (std::size_t i = at; i-- > 0;) {
        const bool in_name = tokens[i].capitalized && i + 1 < at && tokens[i + 1].capitalized &&
                             gap_between(tokens[i], tokens[i + 1]) == " ";
        if (!in_name && ++distance > reach + set_off) break;
        if (!(is_meeting_word(tokens[i].lower) && tokens[i].lower != "visit") && !tells_someone(tokens, i)) continue;
        const bool in_relative_clause = (i >= 1 && is_one_of(tokens[i - 1].lower, {"who", "which"})) ||
                                        (i >= 2 && is_one_of(tokens[i - 2].lower, {"who", "which"}));
        return !in_relative_clause;
    }
    return false;
}

// Whether one of the words stands in the `reach` tokens before token `at`.
bool shortly_after(const std::vector<Token>& tokens, std::size_t at, std::size_t reach,
                   std::initializer_list<std::string_view> words) {
    for (std::size_t i = at; i-- > 0 && at - i <= reach;)
        if (is_one_of(tokens[i].lower, words)) return true;
    return false;
}

// Whether one of the words stands before token `at` in its clause (back to a comma or a
// semicolon).
bool in_clause_after(const std::vector<Token>& tokens, std::size_t at, std::initializer_list<std::string_view> words) {
    for (std::size_t i = at; i-- > 0;) {
        if (is_one_of(tokens[i].lower, words)) return true;
        if (gap_between(tokens[i], tokens[i + 1]).find_first_of(",;") != std::string_view::npos) break;
    }
    return false;
}

// "landed in Beijing on Sunday", "ended a visit to Vietnam on Monday": the day a trip
// began or ended, not the day of its meeting.
bool follows_arrival_or_departure(const std::vector<Token>& tokens, std::size_t at) {
    return shortly_after(tokens, at, 6,
                         {"arrived", "arrives", "landed", "lands", "ended", "ends", "concluded", "left", "departed",
                          "wrapped", "began", "begins", "started"});
}

// "a joint statement issued on Tuesday": the day of a document, which may come after
// the talks.
bool follows_document_verb(const std::vector<Token>& tokens, std::size_t at) {
    return shortly_after(tokens, at, 3, {"issued", "released", "published", "adopted"});
}

// "the anniversary, which falls on Saturday", "was expected on Tuesday", "the trip runs
// through Thursday and includes a meeting with Xi on Wednesday": what is still to come.
bool tells_what_is_to_come(const std::vector<Token>& tokens, std::size_t at) {
    return in_clause_after(tokens, at,
                           {"falls", "expected", "due", "scheduled", "until", "through", "next", "will", "runs", "lasts"});
}

// "had not been released by Tuesday morning": a time limit, not the day of an event.
bool is_time_limit(const std::vector<Token>& tokens, std::size_t at) {
    return at > 0 && tokens[at - 1].lower == "by";
}

// "the first since the body met in Nanning on July 13", "when they last met on June 24":
// a day in a clause about an earlier event.
bool tells_of_earlier_event(const std::vector<Token>& tokens, std::size_t at) {
    return in_clause_after(tokens, at, {"since", "last", "previous", "previously", "earlier"});
}

// "yesterday", "last night" (1), "earlier today", "this morning" (0): the days back from
// publication a word at token `at` counts, if it is such a word. "later today" is to come.
std::optional<unsigned> days_back_at(const std::vector<Token>& tokens, std::size_t at) {
    const std::string& word = tokens[at].lower;
    const std::string_view before = at > 0 ? std::string_view(tokens[at - 1].lower) : "";
    if (word == "yesterday" || (word == "night" && before == "last")) return 1;
    if ((word == "today" && before != "later") || (is_one_of(word, {"morning", "afternoon"}) && before == "this"))
        return 0;
    return std::nullopt;
}

// How surely a weekday (or "yesterday") dates the meeting. News tells the event it
// reports in its first sentence, the lead: a weekday there right after a word for the
// meeting is surest, then any other weekday in the lead, then one after a word for the
// meeting elsewhere; the day a trip began or ended ("landed on Sunday") or a document's
// ("a statement issued on Tuesday") comes last.
enum class WeekdayRank { trip_or_document, elsewhere, after_meeting_word, in_lead, after_meeting_word_in_lead };

WeekdayRank rank_of(const std::vector<Token>& tokens, std::size_t at, bool in_lead) {
    // "Tuesday's decision" names a thing of that day; "Tuesday's talks" would be a meeting.
    const bool names_a_thing = at + 2 < tokens.size() && tokens[at + 1].lower == "s" && !is_meeting_word(tokens[at + 2].lower);
    if (follows_arrival_or_departure(tokens, at) || follows_document_verb(tokens, at) || names_a_thing)
        return WeekdayRank::trip_or_document;
    if (follows_meeting_word(tokens, at))
        return in_lead ? WeekdayRank::after_meeting_word_in_lead : WeekdayRank::after_meeting_word;
    return in_lead ? WeekdayRank::in_lead : WeekdayRank::elsewhere;
}

// "TIANJIN, June 25 (Bernama-VNA) -- ...": the day a story was filed, before the dash
// that opens it.
bool in_dateline(const std::vector<Token>& tokens, std::size_t month_at) {
    if (month_at > 2) return false;
    for (std::size_t i = month_at + 1; i < tokens.size() && i <= month_at + 5; ++i) {
        if (has_dateline_dash(gap_between(tokens[i - 1], tokens[i]))) return true;
    }
    return false;
}

// "datePublished":"2024-04-11T07:20:00+08:00" in a page's embedded JSON-LD.
std::optional<year_month_day> json_ld_published(const Article& article) {
    const std::optional<std::string_view> published = json_ld_string(article, "datePublished");
    if (!published) return std::nullopt;
    return iso_day(tokenize(published->substr(0, 10)), 0);
}

// "20/08/2024", "20/8/2024", "20.08.2024": Vietnamese and Chinese pages put the day first.
std::optional<year_month_day> numeric_day(const std::vector<Token>& tokens, std::size_t i) {
    if (i + 2 >= tokens.size()) return std::nullopt;
    const std::string_view first_gap = gap_between(tokens[i], tokens[i + 1]);
    if ((first_gap != "/" && first_gap != ".") || gap_between(tokens[i + 1], tokens[i + 2]) != first_gap)
        return std::nullopt;
    const auto d = day_of(tokens[i]);
    const auto m = number_of(tokens[i + 1].lower);
    const auto y = year_of(tokens[i + 2]);
    if (!d || !m || !y || *m < 1 || *m > 12) return std::nullopt;
    return real_day(*y, static_cast<unsigned>(*m), *d);
}

// The day a time stamp's words hold: "Aug 20, 2024", "20 August 2024", "2024-08-20",
// "20/08/2024".
std::optional<year_month_day> stamp_day(const std::vector<Token>& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (const auto day = iso_day(tokens, i)) return day;
        if (const auto day = numeric_day(tokens, i)) return day;
        const auto m = month_number(tokens[i].lower);
        if (!m) continue;
        const bool day_after = i + 2 < tokens.size() && day_of(tokens[i + 1]) && year_of(tokens[i + 2]);
        const bool day_before = i > 0 && i + 1 < tokens.size() && day_of(tokens[i - 1]) && year_of(tokens[i + 1]);
        if (day_after) return real_day(*year_of(tokens[i + 2]), *m, *day_of(tokens[i + 1]));
        if (day_before) return real_day(*year_of(tokens[i + 1]), *m, *day_of(tokens[i - 1]));
    }
    return std::nullopt;
}

// The day of a time stamp the line is, or ends a part of: "Aug 20, 2024", "By Staff
// Reporter | August 20, 2024".
std::optional<year_month_day> time_stamp_in(std::string_view line) {
    for (std::size_t from = 0; from <= line.size();) {
        const std::size_t bar = line.find('|', from);
        const std::vector<Token> tokens = tokenize(line.substr(from, bar == std::string_view::npos ? bar : bar - from));
        if (is_time_stamp(tokens))
            if (const auto day = stamp_day(tokens)) return day;
        if (bar == std::string_view::npos) break;
        from = bar + 1;
    }
    return std::nullopt;
}

// The first time stamp among headline-like lines, then among lines set aside as too short
// for a sentence.
std::optional<year_month_day> time_stamp_among(const Article& article) {
    for (const Sentence& sentence : article.sentences)
        if (!sentence.body)
            if (const auto day = time_stamp_in(sentence.text)) return day;
    for (std::string_view line : article.furniture)
        if (const auto day = time_stamp_in(line)) return day;
    return std::nullopt;
}

// "Hanoi (VNA) – ...", "BEIJING, Jan. 15 (Xinhua) -- ...": a sentence that opens on the
// place and agency a story was filed from.
bool opens_with_dateline(const std::vector<Token>& tokens) {
    constexpr std::size_t longest_dateline = 7;  // tokens
    for (std::size_t i = 1; i < tokens.size() && i <= longest_dateline; ++i) {
        const std::string_view gap = gap_between(tokens[i - 1], tokens[i]);
        if (has_dateline_dash(gap)) return gap.find(')') != std::string_view::npos;
    }
    return false;
}

// The story's first sentence, its lead: the first long sentence of the body, or one that
// opens with a dateline right after it (the first was a standfirst).
std::optional<std::size_t> lead_of(const Article& article) {
    constexpr std::size_t lead_length = 8;      // tokens; a short sentence is page furniture
    constexpr std::size_t standfirst_reach = 3;  // sentences
    std::optional<std::size_t> first;
    for (std::size_t at = 0; at < article.sentences.size(); ++at) {
        const Sentence& sentence = article.sentences[at];
        if (!sentence.body || sentence.bulleted || is_time_stamp(sentence.tokens) || sentence.tokens.size() < lead_length)
            continue;
        if (!first) first = at;
        else if (at > *first + standfirst_reach) break;
        else if (opens_with_dateline(sentence.tokens)) return at;
    }
    return first;
}

}  // namespace

std::optional<unsigned> month_number(const std::string& lower) {
    static constexpr std::array names{"january", "february", "march", "april", "may", "june", "july",
                                      "august", "september", "october", "november", "december"};
    for (unsigned m = 0; m < names.size(); ++m) {
        const std::string_view name = names[m];
        if (lower == name) return m + 1;
        if (lower.size() >= 3 && lower.size() <= 4 && name.starts_with(lower) && lower != "may" &&
            (lower.size() == 3 || lower == "sept"))
            return m + 1;
    }
    return std::nullopt;
}

std::optional<int> day_of(const Token& token) {
    const auto value = number_of(token.lower);
    if (!value || *value < 1 || *value > 31) return std::nullopt;
    return value;
}

std::optional<int> year_of(const Token& token) {
    if (token.lower.size() != 4) return std::nullopt;
    const auto value = number_of(token.lower);
    if (!value || *value < 1900 || *value > 2100) return std::nullopt;
    return value;
}

bool is_time_stamp(const std::vector<Token>& tokens) {
    bool dated = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (month_number(tokens[i].lower) || iso_day(tokens, i) || numeric_day(tokens, i)) dated = true;
        else if (!is_time_stamp_word(tokens[i])) return false;
    }
    return dated;
}

DateClues find_date_clues(const Article& article) {
    DateClues clues;
    std::vector<std::pair<DatePlace, unsigned>> months;
    WeekdayRank weekday_rank{}, relative_rank{};
    const std::optional<std::size_t> lead_at = lead_of(article);
    for (std::size_t at = 0; at < article.sentences.size(); ++at) {
        const Sentence& sentence = article.sentences[at];
        const std::vector<Token>& tokens = sentence.tokens;
        const bool time_stamp = is_time_stamp(tokens);
        if (time_stamp && !clues.published) clues.published = stamp_day(tokens);
        const DatePlace place = place_of(sentence);
        const bool lead = lead_at == at;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (const auto iso = iso_day(tokens, i)) {
                if (sentence.body && !time_stamp) clues.days.push_back({unsigned(iso->month()), unsigned(iso->day()), int(iso->year()), 0, place, {}, at});
                i += 2;
                continue;
            }
            if (const auto y = year_of(tokens[i])) {
                if (!time_stamp) clues.years.push_back(*y);
                continue;
            }
            const auto wd = weekday_of(tokens[i].lower);
            const std::optional<unsigned> days_back = wd ? std::nullopt : days_back_at(tokens, i);
            if ((wd && tokens[i].capitalized) || days_back) {
                if (!sentence.body || time_stamp || tells_what_is_to_come(tokens, i) || is_time_limit(tokens, i))
                    continue;
                const WeekdayRank rank = rank_of(tokens, i, lead);
                const bool dates_meeting = rank >= WeekdayRank::after_meeting_word;
                if (wd && (!clues.weekday || rank > weekday_rank)) {
                    clues.weekday = wd;
                    clues.weekday_dates_meeting = dates_meeting;
                    clues.weekday_sentence = at;
                    weekday_rank = rank;
                }
                if (!days_back) continue;
                const unsigned back = *days_back;
                // "Vietnam today is ...": only a today told with the meeting dates it.
                if ((back > 0 || dates_meeting) && (!clues.relative_day || rank > relative_rank)) {
                    clues.relative_day = RelativeDay{back, dates_meeting, at, false};
                    relative_rank = rank;
                }
                continue;
            }
            const auto m = month_number(tokens[i].lower);
            if (!m || !tokens[i].capitalized) continue;
            // "December 10, 2024" or "10 December 2024"; the year may be left out.
            int d = 0;  // 0: no day written
            std::size_t year_at = i + 2;
            if (i + 1 < tokens.size()) d = day_of(tokens[i + 1]).value_or(0);
            if (d == 0 && i > 0) {
                d = day_of(tokens[i - 1]).value_or(0);
                year_at = i + 1;
            }
            const auto y = year_at < tokens.size() ? year_of(tokens[year_at]) : std::nullopt;
            if (d == 0) {
                const auto month_year = i + 1 < tokens.size() ? year_of(tokens[i + 1]) : std::nullopt;
                if (month_year && !sentence.body && !clues.header_month)
                    clues.header_month = year{*month_year} / month{*m};
                else if (!month_year && !time_stamp)
                    months.emplace_back(place, *m);
                continue;
            }
            if (time_stamp) {
                if (y) i = year_at;
                continue;
            }
            if (y) clues.years.push_back(*y);
            const bool last_year = !y && year_at + 1 < tokens.size() && tokens[year_at].lower == "last" &&
                                   tokens[year_at + 1].lower == "year";
            // "arrived in Beijing on 7 April for an official visit that ran until 12 April": the
            // trip's days, not the meeting's.
            const std::size_t day_begin = year_at == i + 1 ? i - 1 : i;
            const bool other_event = tells_of_earlier_event(tokens, i) || follows_arrival_or_departure(tokens, day_begin) ||
                                     shortly_after(tokens, day_begin, 1, {"until", "till", "through"});
            const DatePlace day_place = place == DatePlace::meeting_sentence && other_event ? DatePlace::body : place;
            clues.days.push_back({*m, static_cast<unsigned>(d), y, last_year ? 1 : 0, day_place, span_end(tokens, i), at,
                                  in_dateline(tokens, i)});
            if (y) i = year_at;
        }
    }
    if (clues.relative_day) clues.relative_day->outranks_weekday = !clues.weekday || relative_rank > weekday_rank;
    std::stable_sort(months.begin(), months.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [place, m] : months) clues.months.push_back(m);
    if (!clues.published) clues.published = json_ld_published(article);
    if (!clues.published) clues.published = time_stamp_among(article);
    return clues;
}

std::set<std::size_t> sentences_of_later_days(const DateClues& clues, const model::MeetingDate& meeting) {
    std::set<std::size_t> other, inside;
    const int meeting_year = int(meeting.earliest().year());
    for (const StatedDay& d : clues.days) {
        if (d.place != DatePlace::meeting_sentence) continue;  // not "since they met on July 13"
        const auto day = real_day(d.year.value_or(meeting_year - d.years_back), d.month, static_cast<int>(d.day));
        if (!day) continue;
        if (*day > meeting.latest()) other.insert(d.sentence);
        else if (*day >= meeting.earliest()) inside.insert(d.sentence);
    }
    for (std::size_t sentence : inside) other.erase(sentence);
    return other;
}

std::optional<ResolvedDate> resolve_meeting_date(const DateClues& stated_clues, std::optional<year_month_day> published) {
    if (!published) published = stated_clues.published;
    // "issued yesterday" is the weekday before publication, weighed like a stated weekday.
    DateClues clues = stated_clues;
    if (const auto& relative = clues.relative_day; relative && published && relative->outranks_weekday) {
        clues.weekday = weekday{sys_days{*published} - days{relative->days_back}};
        clues.weekday_dates_meeting = relative->dates_meeting;
        clues.weekday_sentence = relative->sentence;
    }
    std::vector<StatedDay> candidates = clues.days;
    // "TIANJIN, June 25 (Bernama-VNA) -- ... talks held here on June 24": the day the
    // story was filed gives way to a day its sentence states.
    for (StatedDay& d : candidates)
        if (d.dateline && std::any_of(candidates.begin(), candidates.end(), [&](const StatedDay& other) {
                return other.sentence == d.sentence && !other.dateline;
            }))
            d.place = DatePlace::caption;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const StatedDay& a, const StatedDay& b) { return a.place < b.place; });
    // "on June 24" belongs to the year the story is published in, or the year it states.
    const auto first_year =
        std::find_if(candidates.begin(), candidates.end(), [](const StatedDay& d) { return d.year.has_value(); });
    std::optional<int> context_year;
    if (published) context_year = int(published->year());
    else if (first_year != candidates.end()) context_year = first_year->year;
    else if (clues.header_month) context_year = int(clues.header_month->year());
    struct Day {
        year_month_day day;
        DatePlace place;
        std::optional<year_month_day> until;
        std::size_t sentence;
    };
    std::vector<Day> stated;
    for (const StatedDay& d : candidates) {
        if (!d.year && !context_year) continue;
        const int y = d.year.value_or(context_year.value_or(0) - d.years_back);
        const auto day = real_day(y, d.month, static_cast<int>(d.day));
        if (!day || (published && *day > *published)) continue;
        std::optional<year_month_day> until;
        if (d.until) until = real_day(y, d.until->first, static_cast<int>(d.until->second));
        if (until && *until <= *day) until.reset();
        stated.push_back({*day, d.place, until, d.sentence});
    }
    const auto on_day = [&](year_month_day day, std::string reason) {
        const bool weekday_fits = clues.weekday && weekday{sys_days{day}} == *clues.weekday;
        return ResolvedDate{model::MeetingDate(model::PartialDate::of_day(day),
                                               weekday_fits ? clues.weekday : std::nullopt),
                            std::move(reason)};
    };
    // The sentence telling of the meeting names its day (and a weekday elsewhere may be
    // another event); else the stated day that is the stated weekday; else the first.
    const auto told = std::find_if(stated.begin(), stated.end(), [](const Day& d) { return d.place == DatePlace::meeting_sentence; });
    // News gives the day of the event it reports as a weekday ("met Li on Monday") and
    // earlier events as dates ("when they last met on June 24").
    if (clues.weekday_dates_meeting && published && (told == stated.end() || clues.weekday_sentence <= told->sentence)) {
        const year_month_day day = latest_on_or_before(*published, *clues.weekday);
        return on_day(day, "the last " + model::weekday_name(*clues.weekday) + " on or before publication (" +
                               model::format_day(*published) + "), the weekday the meeting is told with");
    }
    if (told != stated.end() && told->until) {
        model::DateWindow window{told->day, *told->until, clues.weekday};
        if (!window.weekday_fits()) window.weekday.reset();
        return ResolvedDate{model::MeetingDate(window), "the span stated where the article tells of the meeting"};
    }
    if (told != stated.end())
        return on_day(told->day, "the day stated where the article tells of the meeting");
    // A weekday names a day of the last week or two: "January 18, 1950" was a Wednesday too.
    const auto recent = [&](year_month_day day) { return !published || sys_days{*published} - sys_days{day} <= days{13}; };
    if (clues.weekday)
        for (const Day& d : stated)
            if (weekday{sys_days{d.day}} == *clues.weekday && recent(d.day))
                return on_day(d.day, "the stated day " + model::format_day(d.day) + " is the stated " +
                                         model::weekday_name(*clues.weekday));
    if (!stated.empty() && !clues.weekday) return on_day(stated.front().day, "the first day the article states");
    if (clues.weekday && published) {
        const year_month_day day = latest_on_or_before(*published, *clues.weekday);
        return on_day(day, "the last " + model::weekday_name(*clues.weekday) + " on or before publication (" +
                               model::format_day(*published) + ")");
    }

    // Only context is left: a window.
    year_month_day not_before, not_after;
    std::string reason;
    if (clues.header_month) {
        not_before = clues.header_month->year() / clues.header_month->month() / 1;
        not_after = clues.header_month->year() / clues.header_month->month() / last;
        reason = "no stated day; window: the month the headline or dateline names";
    } else if (published && !clues.months.empty()) {
        // "arrived in Hanoi in December", published in January: the December before.
        const month m{clues.months.front()};
        const year y = m > published->month() ? published->year() - years{1} : published->year();
        not_before = y / m / 1;
        not_after = y / m / last;
        reason = "no stated day; window: the month mentioned, on or before publication";
    } else if (published) {
        not_before = year_month_day{sys_days{*published} - days{13}};
        not_after = *published;
        reason = "no stated day; window: the two weeks before publication";
    } else if (!clues.years.empty()) {
        const year y{*std::max_element(clues.years.begin(), clues.years.end())};
        not_before = y / January / 1;
        for (unsigned m : clues.months) not_before = std::max(not_before, y / month{m} / 1);
        not_after = y / December / 31;
        reason = clues.months.empty() ? "no stated day; window: the latest year mentioned"
                                      : "no stated day; window: from the latest month mentioned to the end of its year";
    } else {
        return std::nullopt;
    }
    if (published) not_after = std::min(not_after, *published);
    if (not_before > not_after) return std::nullopt;
    model::DateWindow window{not_before, not_after, clues.weekday};
    if (!window.weekday_fits()) window.weekday.reset();
    return ResolvedDate{model::MeetingDate(window), reason};
}

std::optional<Due> find_due(const std::vector<Token>& tokens, std::size_t first, std::size_t end,
                            year meeting_year) {
    const std::size_t from = first >= 4 ? first - 4 : 0;
    const std::size_t to = std::min(tokens.size(), end + 8);
    std::optional<Due> nearest;
    std::size_t nearest_distance = tokens.size();
    const auto consider = [&](std::size_t at, std::size_t span, Due due) {
        if (due.date.year() < meeting_year) return;
        const std::size_t distance = at >= end ? at - end : (at + span <= first ? first - at - span : 0);
        if (distance < nearest_distance) {
            nearest_distance = distance;
            nearest = std::move(due);
        }
    };
    for (std::size_t i = from; i < to; ++i) {
        if (const auto y = year_of(tokens[i])) {
            const bool marked = i > 0 && (tokens[i - 1].lower == "in" || tokens[i - 1].lower == "by" ||
                                          tokens[i - 1].lower == "until" || tokens[i - 1].lower == "before" ||
                                          tokens[i - 1].lower == "year" || tokens[i - 1].lower == "of");
            if (marked || (i >= first && i < end))
                consider(i, 1, {model::PartialDate::of_year(year{*y}), std::nullopt,
                                (i > 0 && i > first ? tokens[i - 1].lower + " " : std::string()) + tokens[i].lower});
        } else if (i + 1 < tokens.size() && tokens[i + 1].lower == "year" &&
                   (tokens[i].lower == "next" || tokens[i].lower == "this")) {
            const bool next = tokens[i].lower == "next";
            consider(i, 2,
                     {model::PartialDate::of_year(next ? meeting_year + years{1} : meeting_year),
                      next ? model::RelativeYear::next_year : model::RelativeYear::this_year, tokens[i].lower + " year"});
        }
    }
    return nearest;
}

}  // namespace pledgetrack::extract
