#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace pledgetrack::text {

// Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates and code points past U+10FFFF are invalid), or nullopt if all is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// Offset of the first C0 control character other than tab, line feed and carriage
// return (XML 1.0 allows no other), or nullopt.
std::optional<std::size_t> find_control_character(std::string_view text);

// The name of a UTF-16 or UTF-32 byte-order mark at the start, or nullopt.
std::optional<std::string_view> detect_wide_bom(std::string_view bytes);

// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view utf8);

}  // namespace pledgetrack::text
