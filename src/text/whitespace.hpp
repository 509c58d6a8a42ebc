#pragma once

#include <string>
#include <string_view>

namespace pledgetrack::text {

// Trims the ends and turns each run of XML whitespace into one space, so text that was
// wrapped over several lines in a file reads as one line.
std::string collapse_whitespace(std::string_view text);

}  // namespace pledgetrack::text
