#include "analysis/recurrence.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace pledgetrack::analysis {
namespace {

template <class Enum> std::string join_names(model::EnumSet<Enum> values, std::string_view separator) {
    std::string text;
    for (Enum value : values) {
        if (!text.empty()) text += separator;
        text += model::to_string(value);
    }
    return text;
}

// Appearances of every selected item, by the item's place in data.items.
std::vector<std::vector<Appearance>> appearances_by_item(const model::Dataset& data, const Selection& selection) {
    std::vector<std::vector<Appearance>> found(data.items.size());
    for (const model::Meeting* meeting : meetings_in_order(data, selection)) {
        for (const model::Pledge& pledge : meeting->pledges) {
            const model::Item* item = data.find_item(pledge.item.id);
            if (!item || !selection.includes(*item)) continue;
            auto& list = found[static_cast<std::size_t>(item - data.items.data())];
            if (list.empty() || list.back().meeting != meeting) list.push_back({meeting, {}, {}});
            list.back().add(pledge);
        }
    }
    return found;
}

void sort_for_report(std::vector<Recurrence>& list) {
    std::sort(list.begin(), list.end(), [](const Recurrence& a, const Recurrence& b) {
        return std::make_tuple(std::cref(a.category_id), b.meeting_count(), std::cref(a.title), std::cref(a.id)) <
               std::make_tuple(std::cref(b.category_id), a.meeting_count(), std::cref(b.title), std::cref(b.id));
    });
}

}  // namespace

void Appearance::add(const model::Pledge& pledge) {
    kinds_by_side[static_cast<std::size_t>(pledge.side)].insert(pledge.kind);
    pledges.push_back(&pledge);
}

void Appearance::merge(const Appearance& other) {
    for (std::size_t side = 0; side < kinds_by_side.size(); ++side) kinds_by_side[side] |= other.kinds_by_side[side];
    pledges.insert(pledges.end(), other.pledges.begin(), other.pledges.end());
}

model::EnumSet<model::PledgeSide> Appearance::sides() const {
    model::EnumSet<model::PledgeSide> found;
    for (const auto& [side, name] : model::EnumNames<model::PledgeSide>::values)
        if (!kinds_of(side).empty()) found.insert(side);
    return found;
}

model::EnumSet<model::PledgeKind> Appearance::kinds() const {
    model::EnumSet<model::PledgeKind> all;
    for (const auto& kinds : kinds_by_side) all |= kinds;
    return all;
}

model::EnumSet<model::PledgeSide> Recurrence::sides() const {
    model::EnumSet<model::PledgeSide> all;
    for (const Appearance& a : appearances) all |= a.sides();
    return all;
}

model::EnumSet<model::PledgeKind> Recurrence::kinds() const {
    model::EnumSet<model::PledgeKind> all;
    for (const Appearance& a : appearances) all |= a.kinds();
    return all;
}

std::size_t Recurrence::pledge_count() const {
    return std::accumulate(appearances.begin(), appearances.end(), std::size_t{0},
                           [](std::size_t sum, const Appearance& a) { return sum + a.pledges.size(); });
}

std::map<int, std::size_t> Recurrence::meetings_per_year() const {
    std::map<int, std::size_t> counts;
    for (const Appearance& a : appearances)
        if (auto year = meeting_year(*a.meeting)) ++counts[*year];
    return counts;
}

std::string sides_label(model::EnumSet<model::PledgeSide> sides) { return join_names(sides, "+"); }

std::string kinds_label(model::EnumSet<model::PledgeKind> kinds) { return join_names(kinds, ", "); }

std::vector<Recurrence> item_recurrence(const model::Dataset& data, const Selection& selection) {
    auto found = appearances_by_item(data, selection);
    std::vector<Recurrence> list;
    for (std::size_t i = 0; i < data.items.size(); ++i) {
        if (found[i].empty()) continue;
        const model::Item& item = data.items[i];
        list.push_back({item.id, item.title, item.category.id, item.group ? item.group->id : "", false,
                        std::move(found[i])});
    }
    sort_for_report(list);
    return list;
}

std::vector<Recurrence> group_recurrence(const model::Dataset& data, const std::vector<Recurrence>& items) {
    std::vector<Recurrence> list;
    for (const model::Group& group : data.groups) {
        // Keyed in meeting order, so the roll-up comes out chronological.
        std::map<const model::Meeting*, Appearance, MeetingOrder> by_meeting;
        for (const Recurrence& member : items) {
            if (member.group_id != group.id) continue;
            for (const Appearance& a : member.appearances) {
                by_meeting.try_emplace(a.meeting, Appearance{a.meeting, {}, {}}).first->second.merge(a);
            }
        }
        if (by_meeting.empty()) continue;
        Recurrence rollup{group.id, group.title, group.category.id, "", true, {}};
        for (auto& [position, appearance] : by_meeting) rollup.appearances.push_back(std::move(appearance));
        list.push_back(std::move(rollup));
    }
    sort_for_report(list);
    return list;
}

}  // namespace pledgetrack::analysis
