#pragma once

#include "model/dataset.hpp"

#include <string>
#include <vector>

namespace pledgetrack::analysis {

struct EvidenceCount {
    std::size_t sources = 0;           // distinct sources
    std::size_t official_readouts = 0; // of which official readouts
};

EvidenceCount count_evidence(const model::Dataset& data, const std::vector<model::Ref>& sources);

// Distinct sources behind every given pledge together.
EvidenceCount count_evidence(const model::Dataset& data, const std::vector<const model::Pledge*>& pledges);

// The latest status event dated on or before the as-of day, or nullptr. Partial dates
// count from their first day.
const model::StatusEvent* current_status(const model::Item& item, date::year_month_day as_of);

// "2024-08-19 agreed; 2025-12-19 under-way": every event up to the as-of day, by date.
std::string status_timeline(const model::Item& item, date::year_month_day as_of);

}  // namespace pledgetrack::analysis
