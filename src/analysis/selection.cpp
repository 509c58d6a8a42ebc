#include "analysis/selection.hpp"

#include <algorithm>
#include <tuple>

namespace pledgetrack::analysis {

bool Selection::includes(const model::Meeting& meeting) const {
    const date::year_month_day start = meeting.date.earliest();
    return (!from || start >= *from) && (!to || start <= *to);
}

bool Selection::includes(const model::Item& item) const {
    return (categories.empty() || categories.contains(item.category.id)) &&
           (items.empty() || items.contains(item.id));
}

bool MeetingOrder::operator()(const model::Meeting* a, const model::Meeting* b) const {
    return std::make_tuple(a->date.earliest(), a->date.latest(), std::cref(a->id)) <
           std::make_tuple(b->date.earliest(), b->date.latest(), std::cref(b->id));
}

std::vector<const model::Meeting*> meetings_in_order(const model::Dataset& data, const Selection& selection) {
    std::vector<const model::Meeting*> meetings;
    for (const model::Meeting& meeting : data.meetings)
        if (selection.includes(meeting)) meetings.push_back(&meeting);
    std::sort(meetings.begin(), meetings.end(), MeetingOrder{});
    return meetings;
}

std::optional<int> meeting_year(const model::Meeting& meeting) {
    const date::year first = meeting.date.earliest().year();
    if (first != meeting.date.latest().year()) return std::nullopt;
    return static_cast<int>(first);
}

std::string quarter_label(date::year_month_day day) {
    return std::to_string(static_cast<int>(day.year())) + "-Q" + std::to_string(model::quarter_of(day.month()));
}

}  // namespace pledgetrack::analysis
