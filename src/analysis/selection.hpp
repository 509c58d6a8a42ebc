#pragma once

#include "model/dataset.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pledgetrack::analysis {

// Which part of a data set a report covers. A meeting is placed by the first day it may
// have happened (its window start), so a meeting is never counted in two periods.
struct Selection {
    std::optional<date::year_month_day> from;
    std::optional<date::year_month_day> to;
    std::set<std::string> categories;  // empty: all
    std::set<std::string> items;       // empty: all

    bool includes(const model::Meeting& meeting) const;
    bool includes(const model::Item& item) const;
};

// Chronological order of meetings: window start, then end, then id.
struct MeetingOrder {
    bool operator()(const model::Meeting* a, const model::Meeting* b) const;
};

// Meetings in chronological order, filtered.
std::vector<const model::Meeting*> meetings_in_order(const model::Dataset& data, const Selection& selection);

// The year a meeting belongs to, when its whole date span lies in one year.
std::optional<int> meeting_year(const model::Meeting& meeting);

// "2025-Q2" for a meeting's window start.
std::string quarter_label(date::year_month_day day);

}  // namespace pledgetrack::analysis
