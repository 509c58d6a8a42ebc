#include "text/line_index.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace pledgetrack::text {

LineIndex::LineIndex(std::string_view buffer) : buffer_(buffer) {
    line_starts_.push_back(0);
    for (std::size_t i = buffer.find('\n'); i != std::string_view::npos; i = buffer.find('\n', i + 1))
        line_starts_.push_back(i + 1);
}

LineColumn LineIndex::at(std::size_t offset) const {
    offset = std::min(offset, buffer_.size());
    const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line_start = *(next_line - 1);
    const std::size_t columns = count_code_points(buffer_.substr(line_start, offset - line_start));
    return {static_cast<unsigned>(next_line - line_starts_.begin()),
            static_cast<unsigned>(columns + 1)};
}

std::size_t LineIndex::offset_of(LineColumn position) const {
    if (position.line == 0) return 0;
    if (position.line > line_starts_.size()) return buffer_.size();
    std::size_t offset = line_starts_[position.line - 1];
    for (unsigned column = 1; column < position.column && offset < buffer_.size() && buffer_[offset] != '\n';) {
        ++offset;
        if (offset >= buffer_.size() || (static_cast<unsigned char>(buffer_[offset]) & 0xC0) != 0x80) ++column;
    }
    return offset;
}

}  // namespace pledgetrack::text
