#pragma once

#include "diagnostics/diagnostic.hpp"
#include "schedule/definition.hpp"

#include <filesystem>
#include <optional>

namespace pledgetrack::xml {

// Reads and checks a report definitions file (schemas/reports.xsd plus the rules of
// meaning: unique names, known time zones, real dates, placeholders). Problems go to
// `diagnostics` in the same form as for pledge files; returns nullopt when there are
// errors. Throws io::MissingInput when the file does not exist.
std::optional<schedule::ReportConfig> load_report_config(const std::filesystem::path& path,
                                                         diagnostics::DiagnosticList& diagnostics);

}  // namespace pledgetrack::xml
