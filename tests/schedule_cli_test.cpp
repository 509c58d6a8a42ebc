#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <sstream>

using namespace pledgetrack::test;

namespace {

const std::string definitions = R"(<reports xmlns="urn:pledgetrack:reports" version="1">
  <report name="daily-brussels"><input>d</input><output>a.xlsx</output>
    <schedule time-zone="Europe/Brussels" at="02:30"><daily/></schedule></report>
  <report name="month-end"><input>d</input><output>b.xlsx</output>
    <schedule time-zone="Asia/Ho_Chi_Minh" at="06:30"><monthly day="31"/></schedule></report>
  <report name="quarter-end"><input>d</input><output>c.xlsx</output>
    <schedule time-zone="Asia/Shanghai" at="23:45"><quarterly day="30"/></schedule></report>
  <report name="briefings"><input>d</input><output>e.xlsx</output>
    <schedule time-zone="Europe/Brussels" at="08:15"><weekly days="monday thursday"/></schedule></report>
</reports>
)";

std::vector<std::string> matches(const std::string& text, const std::regex& pattern) {
    std::vector<std::string> found;
    for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) found.push_back((*it)[1]);
    return found;
}

// The UTC run times `pledgetrack schedule --next N NAME` prints, as "YYYY-MM-DD HH:MM".
std::vector<std::string> our_runs(const std::string& config, const std::string& name, int count) {
    const auto result = run_pledgetrack({"schedule", "--config", config, "--next", std::to_string(count), name});
    REQUIRE(result.exit_code == 0);
    return matches(result.out, std::regex(R"(=  (\d{4}-\d\d-\d\d \d\d:\d\d) UTC)"));
}

// The first `count` elapse times systemd computes for the OnCalendar= lines we emit.
std::vector<std::string> systemd_runs(const std::string& config, const std::string& name, int count) {
    const auto emitted = run_pledgetrack({"schedule", "--config", config, "--emit", "systemd", name});
    REQUIRE(emitted.exit_code == 0);
    std::vector<std::string> argv{"env", "TZ=UTC", "systemd-analyze", "calendar", "--iterations=" + std::to_string(count)};
    for (const std::string& expression : matches(emitted.out, std::regex(R"(OnCalendar=([^\n]+))"))) argv.push_back(expression);
    const auto analyzed = run_process(argv);
    INFO(analyzed.err);
    REQUIRE(analyzed.exit_code == 0);
    auto runs = matches(analyzed.out, std::regex(R"((?:Next elapse|Iter\. #\d+): \w{3} (\d{4}-\d\d-\d\d \d\d:\d\d):00 UTC)"));
    std::sort(runs.begin(), runs.end());
    runs.erase(std::unique(runs.begin(), runs.end()), runs.end());
    runs.resize(std::min<std::size_t>(runs.size(), static_cast<std::size_t>(count)));
    return runs;
}

}  // namespace

TEST_CASE("systemd computes the same run times as pledgetrack schedule, DST days and month ends included",
          "[schedule][systemd]") {
    TempDir dir;
    const std::string config = dir.write("reports.xml", definitions).string();
    for (const auto& [name, count] : std::vector<std::pair<std::string, int>>{
             {"daily-brussels", 400}, {"month-end", 30}, {"quarter-end", 12}, {"briefings", 120}}) {
        INFO(name);
        const auto ours = our_runs(config, name, count);
        CHECK(ours.size() == static_cast<std::size_t>(count));
        CHECK(systemd_runs(config, name, count) == ours);
    }
}

TEST_CASE("schedule prints each run in the report's zone and in UTC", "[schedule]") {
    TempDir dir;
    const std::string config = dir.write("reports.xml", definitions).string();
    const auto result = run_pledgetrack({"schedule", "--config", config, "--next", "2", "--now", "2026-03-28T12:00:00Z", "daily-brussels"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "daily-brussels: daily at 02:30 Europe/Brussels\n"
                        "  2026-03-30 02:30 CEST (+02:00)  =  2026-03-30 00:30 UTC\n"
                        "  2026-03-31 02:30 CEST (+02:00)  =  2026-03-31 00:30 UTC\n");
}

TEST_CASE("schedule --emit systemd writes a service and a persistent timer per report", "[schedule]") {
    TempDir dir;
    const std::string config = dir.write("reports.xml", definitions).string();
    const auto units = dir.path() / "units";
    std::filesystem::create_directory(units);
    const auto result = run_pledgetrack({"schedule", "--config", config, "--emit", "systemd", "--output-dir", units.string(),
                                         "--binary", "/usr/local/bin/pledgetrack", "month-end"});
    CHECK(result.exit_code == 0);
    CHECK(read_file(units / "pledgetrack-month-end.timer") ==
          "[Unit]\nDescription=Schedule of the pledgetrack report month-end\n\n[Timer]\n"
          "OnCalendar=*-01,03,05,07,08,10,12-31 06:30:00 Asia/Ho_Chi_Minh\n"
          "OnCalendar=*-02,04,06,09,11~01 06:30:00 Asia/Ho_Chi_Minh\n"
          "Persistent=true\nUnit=pledgetrack-month-end.service\n\n[Install]\nWantedBy=timers.target\n");
    CHECK(read_file(units / "pledgetrack-month-end.service") ==
          "[Unit]\nDescription=Regenerate the pledgetrack report month-end\n\n[Service]\nType=oneshot\nWorkingDirectory=" +
              dir.path().string() + "\nExecStart='/usr/local/bin/pledgetrack' regen --quiet --config '" + config +
              "' month-end\n");
    const auto verified = run_process({"systemd-analyze", "verify", "--man=no",
                                       (units / "pledgetrack-month-end.timer").string()});
    INFO(verified.err);
    CHECK(verified.err.find("pledgetrack-month-end.timer") == std::string::npos);
}

TEST_CASE("schedule --emit cron writes CRON_TZ and crontab lines, with a month-end guard", "[schedule]") {
    TempDir dir;
    const std::string config = dir.write("reports.xml", definitions).string();
    const auto result = run_pledgetrack({"schedule", "--config", config, "--emit", "cron", "--binary", "/opt/pt", "month-end", "briefings"});
    CHECK(result.exit_code == 0);
    const std::string command = "'/opt/pt' regen --quiet --config '" + config + "'";
    CHECK(result.out ==
          "# pledgetrack report month-end (cron decides itself what happens to a run in an\n"
          "# hour skipped by a daylight-saving change)\nCRON_TZ=Asia/Ho_Chi_Minh\n"
          "30 6 31 01,03,05,07,08,10,12 * " + command + " month-end\n"
          "30 6 28-31 02,04,06,09,11 * [ \"$(TZ=Asia/Ho_Chi_Minh date -d tomorrow +\\%d)\" = 01 ] && " + command + " month-end\n"
          "# pledgetrack report briefings (cron decides itself what happens to a run in an\n"
          "# hour skipped by a daylight-saving change)\nCRON_TZ=Europe/Brussels\n"
          "15 8 * * 1,4 " + command + " briefings\n");
}

TEST_CASE("schedule --due tells which reports missed a run since their last success", "[schedule]") {
    TempDir dir;
    const std::string config = dir.write("reports.xml", definitions).string();
    dir.write(".pledgetrack-state.json", R"({"format": 1, "reports": {"daily-brussels": {"output": "a.xlsx", "options": "",
      "tool_version": "0", "inputs": {}, "built_at": "2026-03-30T00:40:00Z", "last_success": "2026-03-30T00:40:00Z"}}})");
    const auto result = run_pledgetrack({"schedule", "--config", config, "--due", "--quiet", "--now", "2026-03-30T12:00:00Z"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "month-end\nquarter-end\nbriefings\n");
    const auto next_day = run_pledgetrack({"schedule", "--config", config, "--due", "--now", "2026-03-31T01:00:00Z", "daily-brussels"});
    CHECK(next_day.out == "daily-brussels: due (last scheduled run 2026-03-31 02:30 CEST (+02:00), last success "
                          "2026-03-30 00:40 UTC)\n");
}
