#pragma once

#include "report/report_data.hpp"

#include <ostream>
#include <string>

namespace pledgetrack::report {

// One table as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they
// hold a comma, quote or line break), header row first. Links are written as their URL.
void write_csv(std::ostream& out, const Table& table);

// The report as one JSON object: {"overview": {label: value}, "tables": {name:
// {"columns": [header, ...], "rows": [[cell, ...], ...]}}} — the shape pandas reads with
// DataFrame(t["rows"], columns=t["columns"]), and lossless when two headers are alike.
// Numbers stay numbers, empty cells are null, links are {"url", "text"}. With
// `only_table` set, "tables" holds just that table.
void write_json(std::ostream& out, const ReportData& report, const std::string& only_table = {});

// File-name form of a table name: "Recurrence" -> "recurrence".
std::string table_file_stem(const Table& table);

}  // namespace pledgetrack::report
