#include "analysis/evidence.hpp"

#include <algorithm>
#include <set>

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

EvidenceCount count_ids(const model::Dataset& data, const std::set<std::string>& ids) {
    EvidenceCount count{ids.size(), 0};
    for (const std::string& id : ids)
        if (const model::Source* source = data.find_source(id);
            source && source->type == model::SourceType::official_readout)
            ++count.official_readouts;
    return count;
}

}  // namespace

EvidenceCount count_evidence(const model::Dataset& data, const std::vector<model::Ref>& sources) {
    std::set<std::string> ids;
    for (const model::Ref& ref : sources) ids.insert(ref.id);
    return count_ids(data, ids);
}

EvidenceCount count_evidence(const model::Dataset& data, const std::vector<const model::Pledge*>& pledges) {
    std::set<std::string> ids;
    for (const model::Pledge* pledge : pledges)
        for (const model::Ref& ref : pledge->sources) ids.insert(ref.id);
    return count_ids(data, ids);
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
