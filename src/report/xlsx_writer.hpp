#pragma once

#include "report/report_data.hpp"

#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace pledgetrack::report {

struct XlsxOptions {
    std::time_t created = 0;  // document date; fixed so that output is reproducible
    bool overview = true;     // the Overview sheet first, then a sheet per table of the report
};

// Writes the workbook to `path` (which should be a temporary file: see io::AtomicFile).
// Returns warnings about cells that had to be altered (truncated to Excel's limit, or
// stripped of characters XML cannot hold). Throws io::WriteError on failure.
std::vector<std::string> write_xlsx(const ReportData& report, const std::filesystem::path& path,
                                    const XlsxOptions& options);

}  // namespace pledgetrack::report
