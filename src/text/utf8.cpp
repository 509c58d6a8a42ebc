#include "text/utf8.hpp"

#include <utf8proc.h>

#include <algorithm>

namespace pledgetrack::text {

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
    const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
    std::size_t offset = 0;
    while (offset < bytes.size()) {
        // ASCII needs no decoding; it is nearly all of a pledge file.
        if (data[offset] < 0x80) {
            ++offset;
            continue;
        }
        utf8proc_int32_t code_point = 0;
        const auto remaining = static_cast<utf8proc_ssize_t>(bytes.size() - offset);
        const utf8proc_ssize_t length = utf8proc_iterate(data + offset, remaining, &code_point);
        if (length <= 0 || !utf8proc_codepoint_valid(code_point)) return offset;
        offset += static_cast<std::size_t>(length);
    }
    return std::nullopt;
}

std::optional<std::string_view> detect_wide_bom(std::string_view bytes) {
    auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
    using namespace std::string_view_literals;
    if (starts("\x00\x00\xFE\xFF"sv)) return "UTF-32 (big-endian)";
    if (starts("\xFF\xFE\x00\x00"sv)) return "UTF-32 (little-endian)";
    if (starts("\xFE\xFF"sv)) return "UTF-16 (big-endian)";
    if (starts("\xFF\xFE"sv)) return "UTF-16 (little-endian)";
    return std::nullopt;
}

std::size_t count_code_points(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace pledgetrack::text
