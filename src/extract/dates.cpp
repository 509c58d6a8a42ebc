#include "extract/dates.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace pledgetrack::extract {
namespace {

using namespace date;

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

std::optional<int> number_of(const std::string& lower) {
    int value = 0;
    const auto [end, error] = std::from_chars(lower.data(), lower.data() + lower.size(), value);
    if (error != std::errc() || end != lower.data() + lower.size()) return std::nullopt;
    return value;
}

std::optional<int> year_of(const Token& token) {
    if (token.lower.size() != 4) return std::nullopt;
    const auto value = number_of(token.lower);
    if (!value || *value < 1900 || *value > 2100) return std::nullopt;
    return value;
}

std::optional<int> day_of(const Token& token) {
    const auto value = number_of(token.lower);
    if (!value || *value < 1 || *value > 31) return std::nullopt;
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

}  // namespace

DateClues find_date_clues(const Article& article) {
    DateClues clues;
    for (const Sentence& sentence : article.sentences) {
        const std::vector<Token>& tokens = sentence.tokens;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (const auto iso = iso_day(tokens, i)) {
                if (sentence.body) clues.body_days.push_back(*iso);
                else if (!clues.published) clues.published = iso;
                i += 2;
                continue;
            }
            if (const auto y = year_of(tokens[i])) {
                clues.years.push_back(*y);
                continue;
            }
            if (const auto wd = weekday_of(tokens[i].lower); wd && tokens[i].capitalized) {
                if (!clues.weekday && sentence.body) clues.weekday = wd;
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
                else if (!month_year)
                    clues.months.push_back(*m);
                continue;
            }
            if (!y) {
                clues.days_without_year.emplace_back(*m, static_cast<unsigned>(d));
                continue;
            }
            clues.years.push_back(*y);
            if (const auto day = real_day(*y, *m, d))
                (sentence.body ? clues.body_days : clues.caption_days).push_back(*day);
            i = year_at;
        }
    }
    return clues;
}

std::optional<ResolvedDate> resolve_meeting_date(const DateClues& clues, std::optional<year_month_day> published) {
    if (!published) published = clues.published;
    // The story's own days first: a caption or time stamp may carry the publication day.
    std::vector<year_month_day> stated = clues.body_days;
    stated.insert(stated.end(), clues.caption_days.begin(), clues.caption_days.end());
    // "on June 24" belongs to the year the story is published in, or the year it states.
    const std::optional<int> context_year = published          ? std::optional<int>(int(published->year()))
                                            : !stated.empty()  ? std::optional<int>(int(stated.front().year()))
                                            : clues.header_month ? std::optional<int>(int(clues.header_month->year()))
                                                                 : std::nullopt;
    if (context_year)
        for (const auto& [m, d] : clues.days_without_year)
            if (const auto day = real_day(*context_year, m, static_cast<int>(d))) stated.push_back(*day);
    if (published) std::erase_if(stated, [&](year_month_day day) { return day > *published; });

    if (clues.weekday) {
        for (year_month_day day : stated)
            if (weekday{sys_days{day}} == *clues.weekday)
                return ResolvedDate{model::MeetingDate(model::PartialDate::of_day(day), clues.weekday),
                                    "the stated day " + model::format_day(day) + " is the stated " +
                                        model::weekday_name(*clues.weekday)};
        if (published) {
            const year_month_day day = latest_on_or_before(*published, *clues.weekday);
            return ResolvedDate{model::MeetingDate(model::PartialDate::of_day(day), clues.weekday),
                                "the last " + model::weekday_name(*clues.weekday) + " on or before publication (" +
                                    model::format_day(*published) + ")"};
        }
    } else if (!stated.empty()) {
        return ResolvedDate{model::MeetingDate(model::PartialDate::of_day(stated.front())),
                            "the first day the article states"};
    }

    // Only context is left: a window.
    year_month_day not_before, not_after;
    std::string reason;
    if (clues.header_month) {
        not_before = clues.header_month->year() / clues.header_month->month() / 1;
        not_after = clues.header_month->year() / clues.header_month->month() / last;
        reason = "no stated day; window: the month the headline or dateline names";
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
