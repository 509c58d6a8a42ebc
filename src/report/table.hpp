#pragma once

#include <cstddef>
#include <functional>
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

using Row = std::vector<Cell>;

// One sheet of the report, also exported as one CSV file or one JSON array. Its rows are
// either held in `rows` or, for the tables that grow with the pledges (Recurrence,
// Pledges, Deadlines, Coverage), made one at a time by `make_row` as they are written, so
// that a report never holds every row at once.
struct Table {
    std::string name;  // the sheet name: at most 31 characters, none of [ ] : * ? / or backslash
    std::vector<Column> columns;
    std::vector<Row> rows;
    std::size_t made_rows = 0;
    std::function<Row(std::size_t)> make_row{};

    std::size_t row_count() const { return make_row ? made_rows : rows.size(); }

    // Calls visit(index, row) for each row in order.
    template <class Visit> void for_each_row(Visit visit) const {
        if (!make_row) {
            for (std::size_t r = 0; r < rows.size(); ++r) visit(r, rows[r]);
            return;
        }
        for (std::size_t r = 0; r < made_rows; ++r) visit(r, static_cast<const Row&>(make_row(r)));
    }
};

// Plain text of a cell, as CSV and JSON show it ("" for empty, the URL for a link).
std::string cell_text(const Cell& cell);

}  // namespace pledgetrack::report
