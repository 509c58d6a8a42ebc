#include "text/line_index.hpp"

#include <catch2/catch.hpp>

using pledgetrack::text::LineIndex;

TEST_CASE("Offsets map to 1-based lines and columns", "[lines]") {
    const LineIndex index("ab\ncd\n\nef");
    CHECK(index.at(0).line == 1);
    CHECK(index.at(0).column == 1);
    CHECK(index.at(4).line == 2);
    CHECK(index.at(4).column == 2);
    CHECK(index.at(6).line == 3);
    CHECK(index.at(6).column == 1);
    CHECK(index.at(8).line == 4);
    CHECK(index.at(8).column == 2);
}

TEST_CASE("Columns count code points, so accented text does not shift them", "[lines]") {
    const LineIndex index("Hà Nội x");
    CHECK(index.at(10).column == 8);  // the 'x', after 7 code points taking 10 bytes
}

TEST_CASE("An offset past the end maps to the end", "[lines]") {
    const LineIndex index("ab");
    CHECK(index.at(99).line == 1);
    CHECK(index.at(99).column == 3);
}

TEST_CASE("A file ending in a line feed has an empty last line", "[lines]") {
    const LineIndex index("ab\n");
    CHECK(index.at(3).line == 2);
    CHECK(index.at(3).column == 1);
}
