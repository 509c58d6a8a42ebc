#include "analysis/coverage.hpp"

#include <algorithm>

namespace pledgetrack::analysis {

std::vector<CoverageGap> compute_coverage(const model::Dataset& data, const Selection& selection) {
    std::vector<CoverageGap> gaps;
    for (const model::Meeting* meeting : meetings_in_order(data, selection)) {
        std::set<model::OutletSide> sides_reporting;
        for (const std::string& id : meeting->source_ids)
            if (const model::Source* source = data.find_source(id)) sides_reporting.insert(source->outlet);
        if (sides_reporting.size() < 2) continue;

        std::map<std::string, CoverageGap> by_item;
        for (const model::Pledge& pledge : meeting->pledges) {
            const model::Item* item = data.find_item(pledge.item.id);
            if (!item || !selection.includes(*item)) continue;
            CoverageGap& gap = by_item.try_emplace(item->id, CoverageGap{meeting, item, {}, {}}).first->second;
            for (const model::Ref& ref : pledge.sources) {
                const model::Source* source = data.find_source(ref.id);
                if (!source) continue;
                auto& list = gap.mentioned_by[source->outlet];
                if (std::find(list.begin(), list.end(), source) == list.end()) list.push_back(source);
            }
        }
        for (auto& [id, gap] : by_item) {
            for (model::OutletSide side : sides_reporting)
                if (!gap.mentioned_by.contains(side)) gap.silent.insert(side);
            if (!gap.silent.empty()) gaps.push_back(std::move(gap));
        }
    }
    return gaps;
}

}  // namespace pledgetrack::analysis
