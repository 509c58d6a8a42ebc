#include "schedule/run_plan.hpp"

#include "schedule/cadence.hpp"
#include "text/join.hpp"

#include <glob.h>

#include <algorithm>

namespace pledgetrack::schedule {
namespace {

namespace fs = std::filesystem;

bool is_known_placeholder(std::string_view name) {
    return std::find(std::begin(output_placeholders), std::end(output_placeholders), name) !=
           std::end(output_placeholders);
}

date::year_month first_month_of_quarter(date::year_month ym) {
    return ym.year() / date::month{(model::quarter_of(ym.month()) - 1) * 3 + 1};
}

// Paths in the definitions file are relative to its folder; globs expand in sorted order,
// and a glob that matches nothing stays as written so that it is reported as missing.
std::vector<std::string> resolve_inputs(const ReportConfig& config, const std::vector<std::string>& inputs) {
    std::vector<std::string> resolved;
    for (const std::string& input : inputs) {
        const std::string path = (config.base_dir / input).lexically_normal().string();
        if (path.find_first_of("*?[") == std::string::npos) {
            resolved.push_back(path);
            continue;
        }
        glob_t matches{};
        if (::glob(path.c_str(), GLOB_NOCHECK, nullptr, &matches) == 0)
            for (std::size_t i = 0; i < matches.gl_pathc; ++i) resolved.emplace_back(matches.gl_pathv[i]);
        ::globfree(&matches);
    }
    return resolved;
}

}  // namespace

std::optional<std::string> placeholder_problem(std::string_view output_template) {
    for (std::size_t open = output_template.find('{'); open != std::string_view::npos;
         open = output_template.find('{', open + 1)) {
        const std::size_t close = output_template.find('}', open);
        if (close == std::string_view::npos) return "unclosed '{' in the output path";
        const std::string_view name = output_template.substr(open + 1, close - open - 1);
        if (!is_known_placeholder(name))
            return "unknown placeholder {" + std::string(name) + "}; known: {name}, {year}, {quarter}, {month}, {as_of}";
    }
    return std::nullopt;
}

std::string expand_placeholders(std::string_view output_template, const PlaceholderValues& values) {
    std::string result;
    for (std::size_t i = 0; i < output_template.size();) {
        const std::size_t close = output_template.find('}', i);
        if (output_template[i] != '{' || close == std::string_view::npos) {
            result += output_template[i++];
            continue;
        }
        const std::string_view name = output_template.substr(i + 1, close - i - 1);
        if (name == "name") result += values.name;
        else if (name == "year") result += std::to_string(static_cast<int>(values.run_day.year()));
        else if (name == "quarter") result += "Q" + std::to_string(model::quarter_of(values.run_day.month()));
        else if (name == "month") result += text::two_digits(static_cast<unsigned>(values.run_day.month()));
        else if (name == "as_of") result += model::format_day(values.as_of);
        else result += output_template.substr(i, close - i + 1);
        i = close + 1;
    }
    return result;
}

report::ReportRequest plan_run(const ReportConfig& config, const ReportDefinition& definition, date::sys_seconds now) {
    const date::year_month_day run_day = local_day(definition.cadence, now);
    report::ReportRequest request;
    request.inputs = resolve_inputs(config, definition.inputs);

    const RollingWindow& window = definition.window;
    switch (window.kind) {
    case RollingWindow::Kind::all: break;
    case RollingWindow::Kind::fixed:
        request.from = window.from;
        request.to = window.to;
        break;
    case RollingWindow::Kind::year_to_date:
        request.from = run_day.year() / date::January / 1;
        request.to = run_day;
        break;
    case RollingWindow::Kind::last_quarters: {
        const date::year_month this_quarter = first_month_of_quarter(run_day.year() / run_day.month());
        request.from = (this_quarter - date::months{3 * static_cast<int>(window.count)}) / 1;
        request.to = date::year_month_day{date::sys_days{this_quarter / 1} - date::days{1}};
        break;
    }
    case RollingWindow::Kind::last_days:
        request.from = date::year_month_day{date::sys_days{run_day} - date::days{static_cast<int>(window.count) - 1}};
        request.to = run_day;
        break;
    }

    switch (definition.as_of.kind) {
    case AsOf::Kind::run_date: request.as_of = run_day; break;
    case AsOf::Kind::window_end: request.as_of = request.to.value_or(run_day); break;
    case AsOf::Kind::fixed: request.as_of = definition.as_of.day; break;
    }
    request.categories = definition.categories;
    request.items = definition.items;
    request.due_within = definition.due_within;

    const std::string output = expand_placeholders(definition.output, {definition.name, run_day, request.as_of});
    request.output.format = definition.json ? report::Format::json : report::Format::xlsx;
    request.output.path = (config.base_dir / output).lexically_normal().string();
    return request;
}

}  // namespace pledgetrack::schedule
