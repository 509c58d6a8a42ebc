#include "report/cell_text.hpp"

#include "text/utf8.hpp"

namespace pledgetrack::report {
namespace {

bool is_forbidden_control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

// Byte length of the first `count` code points.
std::size_t prefix_bytes(std::string_view utf8, std::size_t count) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) continue;
        if (seen++ == count) return i;
    }
    return utf8.size();
}

}  // namespace

bool is_safe_cell_text(std::string_view utf8) {
    // Within the limit in bytes is within it in characters.
    if (utf8.size() > excel_cell_limit) return false;
    for (char c : utf8)
        if (is_forbidden_control(static_cast<unsigned char>(c))) return false;
    return true;
}

SafeText safe_cell_text(std::string_view utf8) {
    SafeText result;
    std::string_view kept = utf8;
    if (text::count_code_points(utf8) > excel_cell_limit) {
        kept = utf8.substr(0, prefix_bytes(utf8, excel_cell_limit - truncation_marker.size()));
        result.truncated = true;
    }
    result.text.reserve(kept.size() + truncation_marker.size());
    for (char c : kept) {
        if (is_forbidden_control(static_cast<unsigned char>(c))) {
            result.text += "\xEF\xBF\xBD";
            result.had_control_characters = true;
        } else {
            result.text += c;
        }
    }
    if (result.truncated) result.text += truncation_marker;
    return result;
}

}  // namespace pledgetrack::report
