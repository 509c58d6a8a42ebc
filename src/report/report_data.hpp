#pragma once

#include "analysis/selection.hpp"
#include "io/input_files.hpp"
#include "model/dataset.hpp"
#include "report/table.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace pledgetrack::report {

struct ReportOptions {
    analysis::Selection selection;
    date::year_month_day as_of;
    int due_soon_days = 90;
    // The options as the user gave them, for the Provenance sheet.
    std::vector<std::pair<std::string, std::string>> described_options;
    // Build only this table (empty: every table). table_name::overview builds Quarters,
    // the data of the Overview sheet's chart.
    std::string only_table;
};

// Every table of the report, in sheet order. The workbook writer adds presentation
// (formats, charts, filters); CSV and JSON export the same tables as they are.
struct ReportData {
    std::vector<std::pair<std::string, Cell>> overview;  // label, value
    Table top_recurring;  // the most recurring items, for the Overview sheet
    std::vector<Table> tables;

    const Table& table(std::string_view name) const;
};

namespace table_name {
inline constexpr std::string_view overview = "Overview";  // the workbook's front sheet, not a table
inline constexpr std::string_view recurrence = "Recurrence";
inline constexpr std::string_view pledges = "Pledges";
inline constexpr std::string_view meetings = "Meetings";
inline constexpr std::string_view items = "Items";
inline constexpr std::string_view deadlines = "Deadlines";
inline constexpr std::string_view coverage = "Coverage";
inline constexpr std::string_view quarters = "Quarters";
inline constexpr std::string_view provenance = "Provenance";
}  // namespace table_name

// The tables of a full report, in sheet order.
inline constexpr std::array<std::string_view, 8> table_names{
    table_name::recurrence, table_name::pledges,  table_name::meetings, table_name::items,
    table_name::deadlines,  table_name::coverage, table_name::quarters, table_name::provenance};

// Recurrence columns before the per-meeting columns.
inline constexpr std::size_t recurrence_fixed_columns = 11;

// The report reads `data` while its large tables are written: keep it until then.
ReportData build_report(const model::Dataset& data, const ReportOptions& options,
                        const std::vector<io::InputRecord>& inputs, std::string_view tool_version);

}  // namespace pledgetrack::report
