#include "report/export.hpp"

#include <nlohmann/json.hpp>

#include <cctype>

namespace pledgetrack::report {
namespace {

void write_csv_field(std::ostream& out, const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        out << text;
        return;
    }
    out << '"';
    for (char c : text) {
        if (c == '"') out << '"';
        out << c;
    }
    out << '"';
}

nlohmann::ordered_json json_value(const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell)) return nullptr;
    if (const auto* number = std::get_if<long long>(&cell)) return *number;
    if (const auto* link = std::get_if<Link>(&cell)) return {{"url", link->url}, {"text", link->text}};
    return std::get<std::string>(cell);
}

std::string dumped(const nlohmann::ordered_json& json) {
    return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// Streams one table, a row at a time, so that a wide Recurrence table is never held as
// a JSON tree in memory.
void write_json_table(std::ostream& out, const Table& table) {
    nlohmann::ordered_json columns = nlohmann::ordered_json::array();
    for (const Column& column : table.columns) columns.push_back(column.header);
    out << "{\n      \"columns\": " << dumped(columns) << ",\n      \"rows\": [";
    table.for_each_row([&](std::size_t r, const Row& row) {
        nlohmann::ordered_json cells = nlohmann::ordered_json::array();
        for (const Cell& cell : row) cells.push_back(json_value(cell));
        out << (r ? ",\n        " : "\n        ") << dumped(cells);
    });
    out << (table.row_count() == 0 ? "]\n    }" : "\n      ]\n    }");
}

}  // namespace

void write_csv(std::ostream& out, const Table& table) {
    for (std::size_t col = 0; col < table.columns.size(); ++col) {
        if (col > 0) out << ',';
        write_csv_field(out, table.columns[col].header);
    }
    out << "\r\n";
    table.for_each_row([&](std::size_t, const Row& row) {
        for (std::size_t col = 0; col < row.size(); ++col) {
            if (col > 0) out << ',';
            write_csv_field(out, cell_text(row[col]));
        }
        out << "\r\n";
    });
}

void write_json(std::ostream& out, const ReportData& report, const std::string& only_table) {
    nlohmann::ordered_json overview = nlohmann::ordered_json::object();
    for (const auto& [label, value] : report.overview) overview[label] = json_value(value);
    out << "{\n  \"overview\": " << dumped(overview) << ",\n  \"tables\": {";
    bool first = true;
    for (const Table& table : report.tables) {
        if (!only_table.empty() && table.name != only_table) continue;
        out << (first ? "\n    " : ",\n    ") << dumped(table.name) << ": ";
        write_json_table(out, table);
        first = false;
    }
    out << "\n  }\n}\n";
}

std::string table_file_stem(const Table& table) {
    std::string stem;
    for (char c : table.name) stem += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return stem;
}

}  // namespace pledgetrack::report
