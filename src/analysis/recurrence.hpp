#pragma once

#include "analysis/selection.hpp"
#include "model/dataset.hpp"
#include "model/enum_set.hpp"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace pledgetrack::analysis {

// An item (or group) at one meeting: who raised it and how. Two sources reporting the
// same meeting make one appearance.
struct Appearance {
    const model::Meeting* meeting = nullptr;
    // Kept as the pledges are gathered, so that reading them back does not revisit
    // every pledge (scattered in memory in a large data set).
    std::array<model::EnumSet<model::PledgeKind>, model::EnumNames<model::PledgeSide>::values.size()> kinds_by_side{};
    std::vector<const model::Pledge*> pledges;

    void add(const model::Pledge& pledge);
    void merge(const Appearance& other);
    model::EnumSet<model::PledgeKind> kinds_of(model::PledgeSide side) const {
        return kinds_by_side[static_cast<std::size_t>(side)];
    }
    model::EnumSet<model::PledgeSide> sides() const;
    model::EnumSet<model::PledgeKind> kinds() const;
};

// How often something comes back across meetings.
struct Recurrence {
    std::string id;
    std::string title;
    std::string category_id;
    std::string group_id;  // the item's group; empty for groups and ungrouped items
    bool is_group = false;
    std::vector<Appearance> appearances;  // chronological, one per distinct meeting

    std::size_t meeting_count() const { return appearances.size(); }
    bool recurs() const { return appearances.size() >= 2; }
    model::EnumSet<model::PledgeSide> sides() const;
    model::EnumSet<model::PledgeKind> kinds() const;
    std::size_t pledge_count() const;
    // Meetings per year; meetings whose date span crosses a year end are not counted.
    std::map<int, std::size_t> meetings_per_year() const;
};

// "CN", "VN", "CN+VN", "joint", "CN+VN+joint": the sides in a fixed order.
std::string sides_label(model::EnumSet<model::PledgeSide> sides);
std::string kinds_label(model::EnumSet<model::PledgeKind> kinds);

// One entry per selected item that appears at a selected meeting, ordered by category,
// then most meetings first, then title.
std::vector<Recurrence> item_recurrence(const model::Dataset& data, const Selection& selection);

// Groups roll up their members: a group appears at a meeting when any member item does,
// with the union of the members' sides, kinds and pledges there. `items` is what
// item_recurrence gave for the selection.
std::vector<Recurrence> group_recurrence(const model::Dataset& data, const std::vector<Recurrence>& items);

}  // namespace pledgetrack::analysis
