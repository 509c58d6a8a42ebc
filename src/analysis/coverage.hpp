#pragma once

#include "analysis/selection.hpp"
#include "model/dataset.hpp"

#include <map>
#include <set>
#include <vector>

namespace pledgetrack::analysis {

// At a meeting reported by outlets of more than one side (CN, VN, third), an item that
// some sides' sources mention and others' do not.
struct CoverageGap {
    const model::Meeting* meeting = nullptr;
    const model::Item* item = nullptr;
    std::map<model::OutletSide, std::vector<const model::Source*>> mentioned_by;
    std::set<model::OutletSide> silent;  // sides with sources at the meeting that omit the item
};

// Ordered by meeting (chronological), then item id.
std::vector<CoverageGap> compute_coverage(const model::Dataset& data, const Selection& selection);

}  // namespace pledgetrack::analysis
