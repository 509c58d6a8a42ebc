#pragma once

#include "diagnostics/diagnostic.hpp"
#include "model/dataset.hpp"

namespace pledgetrack::validate {

// The rules the XSD cannot express, over the whole (indexed) data set: unique ids,
// references, date logic, alias collisions, speakers, and the warnings.
void check_dataset(const model::Dataset& dataset, diagnostics::DiagnosticList& diagnostics);

}  // namespace pledgetrack::validate
