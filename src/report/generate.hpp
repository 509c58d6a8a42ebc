#pragma once

#include "report/publish.hpp"
#include "validate/validator.hpp"

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace pledgetrack::report {

// A request that cannot be met as asked: an unknown category or item id, a bad table name.
class RequestError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What to report on and how; shared by `pledgetrack report` and `pledgetrack regen`.
struct ReportRequest {
    std::vector<std::string> inputs;
    std::uintmax_t max_file_size = io::default_max_file_size;
    std::function<void(std::size_t, std::size_t)> on_file{};  // progress while reading inputs
    std::optional<date::year_month_day> from, to;
    std::vector<std::string> categories, items;
    date::year_month_day as_of;
    int due_within = 90;
    OutputSpec output;
};

struct ReportOutcome {
    validate::Result validation;
    bool written = false;               // false when the input was invalid
    std::vector<std::string> warnings;  // cells altered to fit the workbook
};

// Validates the inputs and, when they are valid, builds and publishes the report. Throws
// RequestError for ids the data does not define and io::WriteError when writing fails;
// in every failure the previous output stays as it was.
ReportOutcome generate_report(const ReportRequest& request);

// The request's options as name/value pairs, as shown on the Provenance sheet.
std::vector<std::pair<std::string, std::string>> describe(const ReportRequest& request);

}  // namespace pledgetrack::report
