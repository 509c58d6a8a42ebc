#include "xml/config_loader.hpp"

#include "diagnostics/rules.hpp"
#include "io/input_files.hpp"
#include "model/partial_date.hpp"
#include "schedule/cadence.hpp"
#include "schedule/run_plan.hpp"
#include "text/whitespace.hpp"
#include "xml/node_reading.hpp"
#include "xml/xml_document.hpp"

#include <sstream>
#include <unordered_map>

namespace pledgetrack::embedded {
extern const std::string_view reports_xsd;
}

namespace pledgetrack::xml {
namespace {

using namespace schedule;
namespace rule = diagnostics::rule;

class ConfigLoader {
public:
    ConfigLoader(const XmlDocument& file, diagnostics::DiagnosticList& diagnostics)
        : file_(file), diagnostics_(diagnostics) {}

    std::vector<ReportDefinition> load() {
        std::vector<ReportDefinition> reports;
        std::unordered_map<std::string, model::Location> names;
        for (pugi::xml_node node : file_.root().children()) {
            if (node.type() != pugi::node_element) continue;
            ReportDefinition report = definition(node);
            auto [first, inserted] = names.try_emplace(report.name, report.at);
            if (!inserted)
                diagnostics_.report(rule::duplicate_id, file_.location_of(node, "name"),
                                    "report name '" + report.name + "' is already used at line " +
                                        std::to_string(first->second.line));
            reports.push_back(std::move(report));
        }
        return reports;
    }

private:
    static std::vector<std::string> texts(pugi::xml_node node, std::string_view name) {
        std::vector<std::string> values;
        for_children(node, name, [&](pugi::xml_node c) { values.push_back(text_of(c)); });
        return values;
    }

    // A full date (the schema allows no other form here), or an invalid day after reporting it.
    date::year_month_day day(pugi::xml_node node, const char* attribute) {
        auto parsed = date_attribute(file_, node, attribute, diagnostics_);
        return parsed ? parsed->first_day() : date::year_month_day{};
    }

    RollingWindow window(pugi::xml_node node) {
        RollingWindow window;
        pugi::xml_node kind = first_child_element(node);
        if (!kind) return window;
        const std::string_view name = local_name(kind);
        if (name == "fixed") {
            window.kind = RollingWindow::Kind::fixed;
            window.from = day(kind, "from");
            window.to = day(kind, "to");
            if (window.from.ok() && window.to.ok() && window.to < window.from)
                diagnostics_.report(rule::window_order, file_.location_of(kind),
                                    "the window starts " + model::format_day(window.from) + ", after its end " +
                                        model::format_day(window.to));
        } else if (name == "year-to-date") {
            window.kind = RollingWindow::Kind::year_to_date;
        } else if (name == "last-quarters" || name == "last-days") {
            window.kind = name == "last-days" ? RollingWindow::Kind::last_days : RollingWindow::Kind::last_quarters;
            window.count = kind.attribute("count").as_uint();
        }
        return window;
    }

    Cadence cadence(pugi::xml_node node) {
        Cadence cadence;
        cadence.time_zone = token(node, "time-zone");
        if (!is_known_time_zone(cadence.time_zone))
            diagnostics_.report(rule::unknown_time_zone, file_.location_of(node, "time-zone"),
                                "unknown time zone '" + cadence.time_zone + "'");
        const std::string at = node.attribute("at").value();  // HH:MM, checked by the schema
        cadence.at = std::chrono::hours{std::stoi(at.substr(0, 2))} + std::chrono::minutes{std::stoi(at.substr(3, 2))};
        pugi::xml_node kind = first_child_element(node);
        const std::string_view name = local_name(kind);
        if (name == "weekly") {
            cadence.kind = Cadence::Kind::weekly;
            std::istringstream days(kind.attribute("days").value());
            for (std::string day; days >> day;) cadence.weekdays.push_back(*model::parse_weekday(day));
        } else if (name == "monthly" || name == "quarterly") {
            cadence.kind = name == "monthly" ? Cadence::Kind::monthly : Cadence::Kind::quarterly;
            cadence.day_of_month = kind.attribute("day").as_uint();
        }
        return cadence;
    }

    ReportDefinition definition(pugi::xml_node node) {
        ReportDefinition report;
        report.name = node.attribute("name").value();
        report.at = file_.location_of(node);
        report.description = text_of(child(node, "description"));
        report.inputs = texts(node, "input");
        pugi::xml_node output = child(node, "output");
        report.output = text_of(output);
        report.json = token(output, "format") == "json";
        if (auto problem = placeholder_problem(report.output))
            diagnostics_.report(rule::bad_placeholder, file_.location_of(output), *problem);
        if (pugi::xml_node w = child(node, "window")) report.window = window(w);
        report.categories = texts(node, "category");
        report.items = texts(node, "item");
        if (pugi::xml_node deadlines = child(node, "deadlines")) {
            const std::string as_of = deadlines.attribute("as-of") ? token(deadlines, "as-of") : "run-date";
            if (as_of == "window-end") {
                report.as_of.kind = AsOf::Kind::window_end;
            } else if (as_of != "run-date") {
                report.as_of.kind = AsOf::Kind::fixed;
                report.as_of.day = day(deadlines, "as-of");
            }
            report.due_within = deadlines.attribute("due-within").as_int(90);
        }
        report.cadence = cadence(child(node, "schedule"));
        return report;
    }

    const XmlDocument& file_;
    diagnostics::DiagnosticList& diagnostics_;
};

}  // namespace

std::optional<schedule::ReportConfig> load_report_config(const std::filesystem::path& path,
                                                         diagnostics::DiagnosticList& diagnostics) {
    std::vector<io::InputFile> inputs = io::expand_inputs({path.string()}, diagnostics);
    if (inputs.size() != 1) {
        if (!diagnostics.has_errors())
            diagnostics.report(rule::input_unreadable, {path.string()}, "expected one report definitions file");
        return std::nullopt;
    }
    std::optional<std::string> bytes = io::read_input(inputs[0], io::default_max_file_size, diagnostics);
    if (!bytes) return std::nullopt;
    static const schema::Schema schema(embedded::reports_xsd);
    auto file = XmlDocument::open(inputs[0].name, std::move(*bytes), schema, diagnostics);
    if (!file) return std::nullopt;

    schedule::ReportConfig config;
    config.path = path;
    config.base_dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    config.reports = ConfigLoader(*file, diagnostics).load();
    diagnostics.sort();
    if (diagnostics.has_errors()) return std::nullopt;
    return config;
}

}  // namespace pledgetrack::xml
