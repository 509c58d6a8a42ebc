#include "analysis/evidence.hpp"

#include <algorithm>
#include <string_view>

namespace pledgetrack::analysis {
namespace {

std::vector<const model::StatusEvent*> events_until(const model::Item& item, date::year_month_day as_of) {
    std::vector<const model::StatusEvent*> events;
    for (const model::StatusEvent& event : item.statuses)
        if (event.date.first_day() <= as_of) events.push_back(&event);
    std::stable_sort(events.begin(), events.end(),
                     [](const model::StatusEvent* a, const model::StatusEvent* b) { return a->date < b->date; });
    return events;
}

// The ids are views into the pledges, deduplicated in place: this runs for every row of
// the Pledges sheet, where copying them into a set cost more than the rest of the count.
EvidenceCount count_ids(const model::Dataset& data, std::vector<std::string_view> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    EvidenceCount count{ids.size(), 0};
    for (std::string_view id : ids)
        if (const model::Source* source = data.find_source(id);
            source && source->type == model::SourceType::official_readout)
            ++count.official_readouts;
    return count;
}

}  // namespace

EvidenceCount count_evidence(const model::Dataset& data, const std::vector<model::Ref>& sources) {
    std::vector<std::string_view> ids;
    for (const model::Ref& ref : sources) ids.push_back(ref.id);
    return count_ids(data, std::move(ids));
}

EvidenceCount count_evidence(const model::Dataset& data, const std::vector<const model::Pledge*>& pledges) {
    std::vector<std::string_view> ids;
    for (const model::Pledge* pledge : pledges)
        for (const model::Ref& ref : pledge->sources) ids.push_back(ref.id);
    return count_ids(data, std::move(ids));
}

const model::StatusEvent* current_status(const model::Item& item, date::year_month_day as_of) {
    const auto events = events_until(item, as_of);
    return events.empty() ? nullptr : events.back();
}

std::string status_timeline(const model::Item& item, date::year_month_day as_of) {
    std::string timeline;
    for (const model::StatusEvent* event : events_until(item, as_of)) {
        if (!timeline.empty()) timeline += "; ";
        timeline += event->date.to_string() + " " + std::string(model::to_string(event->state));
    }
    return timeline;
}

}  // namespace pledgetrack::analysis
