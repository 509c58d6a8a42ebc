#include "analysis/deadlines.hpp"

#include <algorithm>
#include <tuple>

namespace pledgetrack::analysis {
namespace {

bool reached(const std::optional<model::PartialDate>& date, date::year_month_day as_of) {
    return date && date->last_day() <= as_of;
}

bool completed_by(const model::Item& item, date::year_month_day as_of) {
    return std::any_of(item.statuses.begin(), item.statuses.end(), [&](const model::StatusEvent& status) {
        return status.state == model::ItemState::completed && status.date.last_day() <= as_of;
    });
}

bool pledge_met(const model::Item& item, const model::PartialDate& due, date::year_month_day as_of) {
    return completed_by(item, as_of) ||
           std::any_of(item.milestones.begin(), item.milestones.end(), [&](const model::Milestone& milestone) {
               return milestone.due == due && reached(milestone.met, as_of);
           });
}

Deadline judge(Deadline deadline, bool met, const DeadlineOptions& options) {
    const auto days = (date::sys_days{deadline.due.last_day()} - date::sys_days{options.as_of}).count();
    deadline.days_left = static_cast<long>(days);
    if (met) deadline.state = DeadlineState::met;
    else if (days < 0) deadline.state = DeadlineState::overdue;
    else if (days <= options.due_soon_days) deadline.state = DeadlineState::due_soon;
    else deadline.state = DeadlineState::future;
    return deadline;
}

}  // namespace

std::string_view to_string(DeadlineState state) {
    switch (state) {
    case DeadlineState::met: return "met";
    case DeadlineState::overdue: return "overdue";
    case DeadlineState::due_soon: return "due soon";
    case DeadlineState::future: return "future";
    }
    return "?";
}

std::vector<Deadline> compute_deadlines(const model::Dataset& data, const Selection& selection,
                                        const DeadlineOptions& options) {
    std::vector<Deadline> deadlines;
    for (const model::Meeting* meeting : meetings_in_order(data, selection)) {
        for (const model::Pledge& pledge : meeting->pledges) {
            const model::Item* item = data.find_item(pledge.item.id);
            if (!pledge.due || !item || !selection.includes(*item)) continue;
            deadlines.push_back(judge({item, meeting, &pledge, nullptr, *pledge.due, {}, 0},
                                      pledge_met(*item, *pledge.due, options.as_of), options));
        }
    }
    for (const model::Item& item : data.items) {
        if (!selection.includes(item)) continue;
        for (const model::Milestone& milestone : item.milestones)
            deadlines.push_back(judge({&item, nullptr, nullptr, &milestone, milestone.due, {}, 0},
                                      reached(milestone.met, options.as_of), options));
    }
    std::stable_sort(deadlines.begin(), deadlines.end(), [](const Deadline& a, const Deadline& b) {
        return std::make_tuple(a.due.last_day(), std::cref(a.item->id)) <
               std::make_tuple(b.due.last_day(), std::cref(b.item->id));
    });
    return deadlines;
}

}  // namespace pledgetrack::analysis
