#include "text/utf8.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace pledgetrack::text {
namespace {

constexpr std::uint64_t high_bits = 0x8080808080808080;

std::uint64_t word_at(const unsigned char* bytes) {
    std::uint64_t word;
    std::memcpy(&word, bytes, sizeof word);
    return word;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
    const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
    std::size_t offset = 0;
    while (offset < bytes.size()) {
        // ASCII needs no decoding; it is nearly all of a pledge file, so it is skipped
        // eight bytes at a time.
        if (data[offset] < 0x80) {
            ++offset;
            while (offset + 8 <= bytes.size() && !(word_at(data + offset) & high_bits)) offset += 8;
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

std::optional<std::size_t> find_control_character(std::string_view text) {
    const auto* data = reinterpret_cast<const unsigned char*>(text.data());
    constexpr std::uint64_t spaces = 0x2020202020202020;
    for (std::size_t i = 0; i < text.size();) {
        // Eight bytes at a time while none is below 0x20 (bytes from 0x80 never count).
        if (i + 8 <= text.size()) {
            const std::uint64_t word = word_at(data + i);
            if (((word - spaces) & ~word & high_bits) == 0) {
                i += 8;
                continue;
            }
        }
        for (const std::size_t end = std::min(i + 8, text.size()); i < end; ++i)
            if (data[i] < 0x20 && data[i] != '\t' && data[i] != '\n' && data[i] != '\r') return i;
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
    const auto* data = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto starts_code_point = [](unsigned char byte) { return (byte & 0xC0) != 0x80; };
    std::size_t count = 0, i = 0;
    for (; i + 8 <= utf8.size(); i += 8) {
        if (!(word_at(data + i) & high_bits)) count += 8;  // eight ASCII bytes, eight code points
        else count += static_cast<std::size_t>(std::count_if(data + i, data + i + 8, starts_code_point));
    }
    return count + static_cast<std::size_t>(std::count_if(data + i, data + utf8.size(), starts_code_point));
}

}  // namespace pledgetrack::text
