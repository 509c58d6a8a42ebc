#pragma once

#include "report/report_data.hpp"

#include <ctime>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace pledgetrack::report {

enum class Format { xlsx, csv, json };

struct OutputSpec {
    Format format = Format::xlsx;
    std::string path;   // "-" for standard output; a directory for every table as CSV
    std::string table;  // one table only (CSV to a file or stdout needs it; JSON and xlsx may use it)
    std::time_t created = 0;
};

// The format a path's extension names (.xlsx, .csv, .json), if any.
std::optional<Format> format_from_extension(const std::string& path);

// The names OutputSpec::table may take: every table, and for a workbook its Overview sheet.
std::vector<std::string_view> table_choices(Format format);

// Writes the report where the spec says. Files are replaced atomically: a temporary file
// beside the target is renamed over it only once it is complete, so a failure leaves
// the previous report as it was. Returns warnings about altered cells. Throws
// io::WriteError on I/O failure and std::invalid_argument for an impossible spec (an
// unknown table, CSV of all tables to one file).
std::vector<std::string> publish_report(const ReportData& report, const OutputSpec& spec, std::ostream& stdout_stream);

}  // namespace pledgetrack::report
