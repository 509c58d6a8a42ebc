#include "text/fold.hpp"

#include <catch2/catch.hpp>

using pledgetrack::text::fold_key;

TEST_CASE("Folding removes diacritics and case", "[fold]") {
    CHECK(fold_key("Hải Phòng") == "haiphong");
    CHECK(fold_key("BÙI THANH SƠN") == "buithanhson");
}

TEST_CASE("Folding reads đ and Đ as d", "[fold]") {
    CHECK(fold_key("Đồng Đăng") == "dongdang");
    CHECK(fold_key("Vương Đình Huệ") == "vuongdinhhue");
}

TEST_CASE("Folding ignores dashes, spaces and punctuation", "[fold]") {
    CHECK(fold_key("Lào Cai – Hà Nội – Hải Phòng") == fold_key("Lao Cai - Hanoi - Hai Phong"));
    CHECK(fold_key("China-Vietnam, 2025!") == "chinavietnam2025");
}

TEST_CASE("Folding keeps letters of other scripts", "[fold]") {
    CHECK(fold_key("中越 命运共同体") == "中越命运共同体");
}

TEST_CASE("Folding treats compatibility characters as their plain form", "[fold]") {
    CHECK(fold_key("ＡＰＥＣ ２０２７") == "apec2027");
}
