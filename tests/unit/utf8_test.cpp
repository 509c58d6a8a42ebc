#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace pledgetrack::text;
using namespace std::string_literals;

TEST_CASE("Valid UTF-8 has no invalid offset", "[utf8]") {
    CHECK_FALSE(find_invalid_utf8("Hà Nội – 中国 – 😀"));
    CHECK_FALSE(find_invalid_utf8(""));
}

TEST_CASE("The first invalid byte is found at its offset", "[utf8]") {
    CHECK(find_invalid_utf8("ab\xFF" "cd") == 2u);
    CHECK(find_invalid_utf8("Hà\xC3") == 3u);             // truncated sequence at the end
    CHECK(find_invalid_utf8("x\xC0\xAF") == 1u);           // overlong '/'
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1u);       // UTF-16 surrogate
    CHECK(find_invalid_utf8("x\xF4\x90\x80\x80") == 1u);   // beyond U+10FFFF
}

TEST_CASE("UTF-16 and UTF-32 byte-order marks are recognised", "[utf8]") {
    CHECK(detect_wide_bom("\xFF\xFE<\0"s) == "UTF-16 (little-endian)");
    CHECK(detect_wide_bom("\xFE\xFF\0<"s) == "UTF-16 (big-endian)");
    CHECK(detect_wide_bom("\xFF\xFE\0\0"s) == "UTF-32 (little-endian)");
    CHECK_FALSE(detect_wide_bom("\xEF\xBB\xBF<"));
}

TEST_CASE("Code points are counted, not bytes", "[utf8]") {
    CHECK(count_code_points("Hải") == 3u);
    CHECK(count_code_points("") == 0u);
}

TEST_CASE("An invalid byte is found wherever it falls in a long ASCII run", "[utf8]") {
    for (std::size_t at = 0; at < 40; ++at) {
        std::string text(40, 'a');
        text[at] = '\xFF';
        CHECK(find_invalid_utf8(text) == at);
    }
}

TEST_CASE("A control character is found wherever it falls, while tab, LF and CR pass", "[utf8]") {
    CHECK_FALSE(find_control_character("line one\tsecond\r\nthird line, long enough to span words\n"));
    for (std::size_t at = 0; at < 40; ++at) {
        std::string text = std::string(40, 'a') + "\n";
        text[at] = '\x01';
        CHECK(find_control_character(text) == at);
    }
    CHECK(find_control_character("Hà Nội\x7F ok\x1F") == 13u);  // DEL is allowed; U+001F is not
}

TEST_CASE("Code points are counted across ASCII runs and accented words of any length", "[utf8]") {
    CHECK(count_code_points("Lào Cai – Hà Nội – Hải Phòng standard-gauge railway line") == 56u);
    CHECK(count_code_points(std::string(17, 'a') + "ộ") == 18u);
}
