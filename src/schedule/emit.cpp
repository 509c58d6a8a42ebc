#include "schedule/emit.hpp"

#include "schedule/cadence.hpp"
#include "text/join.hpp"

#include <array>

namespace pledgetrack::schedule {
namespace {

constexpr std::array<unsigned, 12> longest_month_days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr std::array<const char*, 7> systemd_weekdays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

using text::join;
using text::two_digits;

std::vector<unsigned> months_of(const Cadence& cadence) {
    if (cadence.kind == Cadence::Kind::quarterly) return {1, 4, 7, 10};
    return {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
}

// Months where the day exists in every year, and months where it must clamp to the last
// day (February 29 exists only in leap years, so day 29 clamps in February).
std::pair<std::vector<unsigned>, std::vector<unsigned>> split_months(const Cadence& cadence) {
    std::vector<unsigned> exact, clamped;
    for (unsigned month : months_of(cadence)) {
        const unsigned always = month == 2 ? 28 : longest_month_days[month - 1];
        (cadence.day_of_month <= always ? exact : clamped).push_back(month);
    }
    return {exact, clamped};
}

std::string month_list(const std::vector<unsigned>& months) {
    std::vector<std::string> parts;
    for (unsigned month : months) parts.push_back(two_digits(month));
    return join(parts, ",");
}

std::string time_of_day(const Cadence& cadence) { return local_time_text(cadence) + ":00"; }

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string regen_command(const ReportDefinition& report, const std::filesystem::path& binary,
                          const std::filesystem::path& config) {
    return shell_quote(binary.string()) + " regen --quiet --config " + shell_quote(config.string()) + " " + report.name;
}

}  // namespace

std::vector<std::string> on_calendar(const Cadence& cadence) {
    const std::string at = time_of_day(cadence) + " " + cadence.time_zone;
    switch (cadence.kind) {
    case Cadence::Kind::daily: return {"*-*-* " + at};
    case Cadence::Kind::weekly: {
        std::vector<std::string> days;
        for (date::weekday day : cadence.weekdays) days.push_back(systemd_weekdays[day.c_encoding()]);
        return {join(days, ",") + " *-*-* " + at};
    }
    case Cadence::Kind::monthly:
    case Cadence::Kind::quarterly: {
        const auto [exact, clamped] = split_months(cadence);
        std::vector<std::string> expressions;
        const std::string day = two_digits(cadence.day_of_month);
        const std::string every_month = cadence.kind == Cadence::Kind::monthly && clamped.empty() ? "*" : month_list(exact);
        if (!exact.empty()) expressions.push_back("*-" + every_month + "-" + day + " " + at);
        if (!clamped.empty()) expressions.push_back("*-" + month_list(clamped) + "~01 " + at);
        return expressions;
    }
    }
    return {};
}

std::vector<UnitFile> systemd_units(const ReportDefinition& report, const std::filesystem::path& binary,
                                    const std::filesystem::path& config) {
    const std::string unit = "pledgetrack-" + report.name;
    std::string service = "[Unit]\nDescription=Regenerate the pledgetrack report " + report.name +
                          "\n\n[Service]\nType=oneshot\nWorkingDirectory=" + config.parent_path().string() +
                          "\nExecStart=" + regen_command(report, binary, config) + "\n";
    std::string timer = "[Unit]\nDescription=Schedule of the pledgetrack report " + report.name + "\n\n[Timer]\n";
    for (const std::string& expression : on_calendar(report.cadence)) timer += "OnCalendar=" + expression + "\n";
    timer += "Persistent=true\nUnit=" + unit + ".service\n\n[Install]\nWantedBy=timers.target\n";
    return {{unit + ".service", service}, {unit + ".timer", timer}};
}

std::string crontab_lines(const ReportDefinition& report, const std::filesystem::path& binary,
                          const std::filesystem::path& config) {
    const Cadence& cadence = report.cadence;
    const auto minutes = cadence.at.count();
    const std::string when = std::to_string(minutes % 60) + " " + std::to_string(minutes / 60);
    const std::string command = regen_command(report, binary, config);
    std::string text = "# pledgetrack report " + report.name + " (cron decides itself what happens to a run in an\n"
                       "# hour skipped by a daylight-saving change)\nCRON_TZ=" + cadence.time_zone + "\n";
    switch (cadence.kind) {
    case Cadence::Kind::daily: return text + when + " * * * " + command + "\n";
    case Cadence::Kind::weekly: {
        std::vector<std::string> days;
        for (date::weekday day : cadence.weekdays) days.push_back(std::to_string(day.c_encoding()));
        return text + when + " * * " + join(days, ",") + " " + command + "\n";
    }
    case Cadence::Kind::monthly:
    case Cadence::Kind::quarterly: {
        const auto [exact, clamped] = split_months(cadence);
        const std::string months = cadence.kind == Cadence::Kind::monthly && clamped.empty() ? "*" : month_list(exact);
        if (!exact.empty()) text += when + " " + std::to_string(cadence.day_of_month) + " " + months + " * " + command + "\n";
        // cron has no "last day of the month": run on the candidate days and let the
        // command go ahead only when tomorrow is the 1st in the report's zone.
        if (!clamped.empty())
            text += when + " 28-31 " + month_list(clamped) + " * [ \"$(TZ=" + cadence.time_zone +
                    " date -d tomorrow +\\%d)\" = 01 ] && " + command + "\n";
        return text;
    }
    }
    return text;
}

}  // namespace pledgetrack::schedule
