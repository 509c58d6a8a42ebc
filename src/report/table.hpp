#pragma once

#include <string>
#include <variant>
#include <vector>

namespace pledgetrack::report {

struct Link {
    std::string url;
    std::string text;

    bool operator==(const Link&) const = default;
};

// A cell is empty, text, a whole number or a hyperlink. Text is always written as text,
// never interpreted as a formula.
using Cell = std::variant<std::monostate, std::string, long long, Link>;

struct Column {
    std::string header;
    double width = 12;  // in Excel character units; ignored by CSV and JSON
};

// One sheet of the report, also exported as one CSV file or one JSON array.
struct Table {
    std::string name;  // the sheet name: at most 31 characters, none of [ ] : * ? / or backslash
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
};

// Plain text of a cell, as CSV and JSON show it ("" for empty, the URL for a link).
std::string cell_text(const Cell& cell);

}  // namespace pledgetrack::report
