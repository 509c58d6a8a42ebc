#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace pledgetrack::text {

struct LineColumn {
    unsigned line;    // 1-based
    unsigned column;  // 1-based, in code points
};

// Turns byte offsets into line and column numbers for one buffer.
class LineIndex {
public:
    explicit LineIndex(std::string_view buffer);
    LineColumn at(std::size_t offset) const;
    // The byte offset of a 1-based line and column (clamped to the buffer).
    std::size_t offset_of(LineColumn position) const;

private:
    std::string_view buffer_;
    std::vector<std::size_t> line_starts_;
};

}  // namespace pledgetrack::text
