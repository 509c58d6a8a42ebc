#include "schedule/state.hpp"

#include "io/atomic_file.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>

namespace pledgetrack::schedule {
namespace {

constexpr int state_format = 1;

}  // namespace

std::string iso_utc(date::sys_seconds instant) { return date::format("%Y-%m-%dT%H:%M:%SZ", instant); }

std::optional<date::sys_seconds> parse_iso_utc(const std::string& text) {
    int year = 0;
    unsigned month = 0, day = 0, hour = 0, minute = 0, second = 0;
    char zulu = 0;
    if (std::sscanf(text.c_str(), "%4d-%2u-%2uT%2u:%2u:%2u%c", &year, &month, &day, &hour, &minute, &second, &zulu) != 7 ||
        zulu != 'Z' || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const date::year_month_day ymd{date::year{year} / date::month{month} / date::day{day}};
    if (!ymd.ok()) return std::nullopt;
    return date::sys_days{ymd} + std::chrono::hours{hour} + std::chrono::minutes{minute} + std::chrono::seconds{second};
}

LoadedState load_state(const std::filesystem::path& path) {
    LoadedState loaded;
    std::ifstream file(path, std::ios::binary);
    if (!file) return loaded;  // no state yet
    try {
        const nlohmann::json json = nlohmann::json::parse(file);
        if (json.at("format").get<int>() != state_format) throw std::runtime_error("unknown format");
        for (const auto& [name, entry] : json.at("reports").items()) {
            ReportState report;
            report.output = entry.at("output").get<std::string>();
            report.options = entry.at("options").get<std::string>();
            report.tool_version = entry.at("tool_version").get<std::string>();
            report.inputs = entry.at("inputs").get<std::map<std::string, std::string>>();
            report.built_at = entry.at("built_at").get<std::string>();
            report.last_success = entry.at("last_success").get<std::string>();
            loaded.state.reports[name] = std::move(report);
        }
    } catch (const std::exception& e) {
        loaded.state = {};
        loaded.problem = "state file " + path.string() + " is unreadable (" + e.what() +
                         "); every report will be rebuilt";
    }
    return loaded;
}

void save_state(const std::filesystem::path& path, const RegenState& state) {
    nlohmann::ordered_json reports = nlohmann::ordered_json::object();
    for (const auto& [name, report] : state.reports)
        reports[name] = {{"output", report.output},         {"options", report.options},
                         {"tool_version", report.tool_version}, {"inputs", report.inputs},
                         {"built_at", report.built_at},     {"last_success", report.last_success}};
    const nlohmann::ordered_json json{{"format", state_format}, {"reports", std::move(reports)}};
    io::write_file_atomically(path, json.dump(2) + "\n");
}

}  // namespace pledgetrack::schedule
