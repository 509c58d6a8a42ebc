#pragma once

#include "analysis/selection.hpp"
#include "model/dataset.hpp"

#include <string_view>
#include <vector>

namespace pledgetrack::analysis {

enum class DeadlineState { met, overdue, due_soon, future };
std::string_view to_string(DeadlineState state);

// A due date from a pledge or from an item's milestone, judged as of one day.
struct Deadline {
    const model::Item* item = nullptr;
    const model::Meeting* meeting = nullptr;      // set for pledges
    const model::Pledge* pledge = nullptr;        // set for pledges
    const model::Milestone* milestone = nullptr;  // set for milestones
    model::PartialDate due;
    DeadlineState state;
    long days_left;  // from the as-of day to the last day of the due period; < 0 when overdue
};

struct DeadlineOptions {
    date::year_month_day as_of;
    int due_soon_days = 90;
};

// Partial due dates are due at the end of their period ("2025" on 2025-12-31).
// A milestone is met when its `met` date is on or before the as-of day. A pledge's
// deadline is met when its item has a milestone with the same due date that is met, or
// the item's status became `completed` by the as-of day. Otherwise a deadline is overdue
// once its period has ended, due soon within `due_soon_days`, else future.
// Ordered by due date, then item id.
std::vector<Deadline> compute_deadlines(const model::Dataset& data, const Selection& selection,
                                        const DeadlineOptions& options);

}  // namespace pledgetrack::analysis
