#pragma once

#include "diagnostics/diagnostic.hpp"
#include "model/dataset.hpp"
#include "xml/xml_document.hpp"

namespace pledgetrack::xml {

// Turns a structurally valid pledge file into model values. Dates that match the
// schema's pattern but name no real day are reported (invalid-date) and the value that
// holds them is left out; everything else in the file is still loaded.
model::Dataset load_dataset(const XmlDocument& file, diagnostics::DiagnosticList& diagnostics);

}  // namespace pledgetrack::xml
