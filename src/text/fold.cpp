#include "text/fold.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace pledgetrack::text {
namespace {

// Called by utf8proc for every code point before decomposition.
utf8proc_int32_t map_d_with_stroke(utf8proc_int32_t code_point, void*) {
    if (code_point == 0x0111 || code_point == 0x0110) return 'd';  // đ, Đ
    return code_point;
}

}  // namespace

bool is_word_character(std::int32_t code_point) {
    switch (utf8proc_category(code_point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return true;
    default: return false;
    }
}

std::string fold_key(std::string_view utf8) {
    utf8proc_uint8_t* folded = nullptr;
    const auto options = static_cast<utf8proc_option_t>(
        UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
    const utf8proc_ssize_t length =
        utf8proc_map_custom(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                            static_cast<utf8proc_ssize_t>(utf8.size()), &folded, options,
                            map_d_with_stroke, nullptr);
    if (length < 0) throw std::invalid_argument(utf8proc_errmsg(length));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);

    std::string key;
    key.reserve(static_cast<std::size_t>(length));
    for (utf8proc_ssize_t offset = 0; offset < length;) {
        utf8proc_int32_t code_point = 0;
        const utf8proc_ssize_t step = utf8proc_iterate(folded + offset, length - offset, &code_point);
        // Marks are already stripped above, so this keeps letters and digits.
        if (is_word_character(code_point))
            key.append(reinterpret_cast<const char*>(folded + offset), static_cast<std::size_t>(step));
        offset += step;
    }
    return key;
}

}  // namespace pledgetrack::text
