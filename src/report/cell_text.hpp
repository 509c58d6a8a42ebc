#pragma once

#include <string>
#include <string_view>

namespace pledgetrack::report {

// Excel keeps at most 32,767 characters in a cell.
inline constexpr std::size_t excel_cell_limit = 32767;
inline constexpr std::string_view truncation_marker = " [truncated]";

struct SafeText {
    std::string text;
    bool truncated = false;
    bool had_control_characters = false;
};

// Text made safe for a worksheet cell: control characters that XML 1.0 cannot carry
// are replaced by U+FFFD, and text longer than Excel's limit is cut at a character
// boundary and ends with the truncation marker.
SafeText safe_cell_text(std::string_view utf8);

// True when safe_cell_text would return the text unchanged (the common case, checked
// without copying).
bool is_safe_cell_text(std::string_view utf8);

}  // namespace pledgetrack::report
