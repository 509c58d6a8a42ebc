#pragma once

#include <compare>
#include <string>

namespace pledgetrack::model {

// Where something was written: file name as given by the user, 1-based line and column
// (columns count Unicode code points). Line 0 means "the file as a whole".
struct Location {
    std::string file;
    unsigned line = 0;
    unsigned column = 0;

    auto operator<=>(const Location&) const = default;
};

}  // namespace pledgetrack::model
