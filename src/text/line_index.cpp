#include "text/line_index.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace pledgetrack::text {

LineIndex::LineIndex(std::string_view buffer) : buffer_(buffer) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < buffer.size(); ++i)
        if (buffer[i] == '\n') line_starts_.push_back(i + 1);
}

LineColumn LineIndex::at(std::size_t offset) const {
    offset = std::min(offset, buffer_.size());
    const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line_start = *(next_line - 1);
    const std::size_t columns = count_code_points(buffer_.substr(line_start, offset - line_start));
    return {static_cast<unsigned>(next_line - line_starts_.begin()),
            static_cast<unsigned>(columns + 1)};
}

}  // namespace pledgetrack::text
