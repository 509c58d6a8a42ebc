#pragma once

#include "report/generate.hpp"
#include "schedule/definition.hpp"

#include <optional>
#include <string>

namespace pledgetrack::schedule {

// The placeholders an output path may hold.
inline constexpr const char* output_placeholders[] = {"name", "year", "quarter", "month", "as_of"};

// Why an output template is wrong (an unknown placeholder, an unclosed brace), or nullopt.
std::optional<std::string> placeholder_problem(std::string_view output_template);

struct PlaceholderValues {
    std::string name;
    date::year_month_day run_day;
    date::year_month_day as_of;
};

// "reports/{name}-{year}-{quarter}.xlsx" -> "reports/rail-2025-Q2.xlsx".
std::string expand_placeholders(std::string_view output_template, const PlaceholderValues& values);

// The report request one run of a definition makes at `now`: inputs and output resolved
// against the definitions file's folder (globs expanded), the rolling window and the
// as-of day resolved against the run's local date in the schedule's time zone.
// `last-quarters N` covers the N complete quarters before the run's quarter.
report::ReportRequest plan_run(const ReportConfig& config, const ReportDefinition& definition, date::sys_seconds now);

}  // namespace pledgetrack::schedule
