#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pledgetrack::text {

// The key under which two names count as the same: Unicode compatibility decomposition,
// diacritics removed, case folded, đ/Đ read as d (it has no decomposition), and only
// letters and digits kept. "Lào Cai – Hà Nội" and "Lao Cai - Hanoi" give "laocaihanoi".
// Input must be valid UTF-8.
std::string fold_key(std::string_view utf8);

// Letters, combining marks and digits of any script: what words and names are made of.
bool is_word_character(std::int32_t code_point);

}  // namespace pledgetrack::text
