#include "report/generate.hpp"

#include "text/join.hpp"
#include "version.hpp"

#include <algorithm>
#include <iostream>

namespace pledgetrack::report {
namespace {

std::string joined_or_all(const std::vector<std::string>& values) {
    return values.empty() ? "(all)" : text::join(values, ",");
}

ReportOptions options_for(const ReportRequest& request, const model::Dataset& data) {
    ReportOptions options;
    options.as_of = request.as_of;
    options.due_soon_days = request.due_within;
    options.selection.from = request.from;
    options.selection.to = request.to;
    for (const std::string& id : request.categories) {
        if (!data.find_category(id)) throw RequestError("no category has the id '" + id + "'");
        options.selection.categories.insert(id);
    }
    for (const std::string& id : request.items) {
        if (!data.find_item(id)) throw RequestError("no item has the id '" + id + "'");
        options.selection.items.insert(id);
    }
    if (!request.output.table.empty()) {
        const auto choices = table_choices(request.output.format);
        if (std::find(choices.begin(), choices.end(), request.output.table) == choices.end())
            throw RequestError("no table named '" + request.output.table + "' (tables: " +
                               text::join(std::vector<std::string>(choices.begin(), choices.end()), ", ") + ")");
        options.only_table = request.output.table;
    }
    options.described_options = describe(request);
    return options;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> describe(const ReportRequest& request) {
    return {{"as-of", model::format_day(request.as_of)},
            {"from", request.from ? model::format_day(*request.from) : "(all)"},
            {"to", request.to ? model::format_day(*request.to) : "(all)"},
            {"category", joined_or_all(request.categories)},
            {"item", joined_or_all(request.items)},
            {"due-within", std::to_string(request.due_within) + " days"}};
}

ReportOutcome generate_report(const ReportRequest& request) {
    validate::Options validation;
    validation.max_file_size = request.max_file_size;
    validation.on_file = request.on_file;
    ReportOutcome outcome{validate::validate_paths(request.inputs, validation), false, {}};
    if (!outcome.validation.valid()) return outcome;

    const ReportOptions options = options_for(request, outcome.validation.dataset);
    const ReportData data = build_report(outcome.validation.dataset, options, outcome.validation.inputs, version);
    OutputSpec output = request.output;
    output.created = date::sys_seconds{date::sys_days{request.as_of}}.time_since_epoch().count();
    try {
        outcome.warnings = publish_report(data, output, std::cout);
    } catch (const std::invalid_argument& e) {
        throw RequestError(e.what());
    }
    outcome.written = true;
    return outcome;
}

}  // namespace pledgetrack::report
