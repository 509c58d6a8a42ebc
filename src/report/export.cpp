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

nlohmann::ordered_json json_table(const Table& table) {
    nlohmann::ordered_json columns = nlohmann::ordered_json::array();
    for (const Column& column : table.columns) columns.push_back(column.header);
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        nlohmann::ordered_json cells = nlohmann::ordered_json::array();
        for (const Cell& cell : row) cells.push_back(json_value(cell));
        rows.push_back(std::move(cells));
    }
    return {{"columns", std::move(columns)}, {"rows", std::move(rows)}};
}

}  // namespace

void write_csv(std::ostream& out, const Table& table) {
    for (std::size_t col = 0; col < table.columns.size(); ++col) {
        if (col > 0) out << ',';
        write_csv_field(out, table.columns[col].header);
    }
    out << "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t col = 0; col < row.size(); ++col) {
            if (col > 0) out << ',';
            write_csv_field(out, cell_text(row[col]));
        }
        out << "\r\n";
    }
}

void write_json(std::ostream& out, const ReportData& report, const std::string& only_table) {
    nlohmann::ordered_json overview = nlohmann::ordered_json::object();
    for (const auto& [label, value] : report.overview) overview[label] = json_value(value);
    nlohmann::ordered_json tables = nlohmann::ordered_json::object();
    for (const Table& table : report.tables)
        if (only_table.empty() || table.name == only_table) tables[table.name] = json_table(table);
    const nlohmann::ordered_json document{{"overview", std::move(overview)}, {"tables", std::move(tables)}};
    out << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

std::string table_file_stem(const Table& table) {
    std::string stem;
    for (char c : table.name) stem += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return stem;
}

}  // namespace pledgetrack::report
