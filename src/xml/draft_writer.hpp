#pragma once

#include "extract/draft.hpp"

#include <string>

namespace pledgetrack::xml {

// A drafted meeting as a pledge file (schemas/pledges.xsd), ready for review: the meeting
// carries draft="true", each pledge its confidence and reason, the evidence its offset
// in the article, and unmatched commitment phrases are listed as <candidate> elements.
std::string write_draft(const extract::Draft& draft);

}  // namespace pledgetrack::xml
