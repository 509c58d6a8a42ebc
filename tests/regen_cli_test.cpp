#include "io/file_lock.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <fstream>
#include <chrono>
#include <filesystem>
#include <thread>

using namespace pledgetrack;
using namespace pledgetrack::test;
namespace fs = std::filesystem;

namespace {

// A project with two reports: alpha reads data/, beta reads other/.
class Project {
public:
    Project() {
        for (const char* folder : {"data", "other"})
            fs::copy(source_dir() / "tests/fixtures/small", dir_.path() / folder, fs::copy_options::recursive);
        dir_.write("reports/reports.xml", R"(<reports xmlns="urn:pledgetrack:reports" version="1">
  <report name="alpha"><input>../data</input><output>alpha.xlsx</output>
    <schedule time-zone="Europe/Brussels" at="06:00"><daily/></schedule></report>
  <report name="beta"><input>../other/*.xml</input><output>beta-{year}.xlsx</output>
    <deadlines as-of="2025-06-01"/>
    <schedule time-zone="Asia/Ho_Chi_Minh" at="07:00"><weekly days="monday"/></schedule></report>
</reports>
)");
    }

    fs::path path(const std::string& relative) const { return dir_.path() / relative; }
    std::string config() const { return path("reports/reports.xml").string(); }

    ProcessResult regen(std::vector<std::string> extra = {}, std::vector<std::string> env = {}) const {
        std::vector<std::string> argv{"env"};
        argv.insert(argv.end(), env.begin(), env.end());
        argv.insert(argv.end(), {PLEDGETRACK_BINARY, "regen", "--config", config(), "--now", "2025-06-02T12:00:00Z"});
        argv.insert(argv.end(), extra.begin(), extra.end());
        return run_process(argv);
    }

    void edit(const std::string& relative, const std::string& from, const std::string& to) const {
        std::string content = read_file(path(relative));
        content.replace(content.find(from), from.size(), to);
        dir_.write(relative, content);
    }

private:
    TempDir dir_;
};

}  // namespace

TEST_CASE("regen builds every report first, then does nothing while inputs stay the same", "[regen]") {
    Project project;
    const auto first = project.regen();
    CHECK(first.exit_code == 0);
    CHECK(first.out == "alpha: rebuilt " + project.path("reports/alpha.xlsx").string() + " (no previous build)\n"
                       "beta: rebuilt " + project.path("reports/beta-2025.xlsx").string() + " (no previous build)\n");
    const std::string alpha = read_file(project.path("reports/alpha.xlsx"));
    const auto second = project.regen();
    CHECK(second.exit_code == 0);
    CHECK(second.out == "alpha: fresh, nothing written (" + project.path("reports/alpha.xlsx").string() + ")\n"
                        "beta: fresh, nothing written (" + project.path("reports/beta-2025.xlsx").string() + ")\n");
    CHECK(read_file(project.path("reports/alpha.xlsx")) == alpha);
}

TEST_CASE("Changing an input rebuilds only the report that reads it", "[regen]") {
    Project project;
    REQUIRE(project.regen().exit_code == 0);
    project.edit("data/m2.xml", "Promised a study of Line B.", "Promised a feasibility study of Line B.");
    const auto result = project.regen();
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("alpha: rebuilt " + project.path("reports/alpha.xlsx").string() +
                                           " (inputs changed: changed " + project.path("data/m2.xml").string() + ")"));
    CHECK_THAT(result.out, Catch::Contains("beta: fresh, nothing written"));
}

TEST_CASE("A broken input fails its report, keeps the old output and lets the others run", "[regen]") {
    Project project;
    REQUIRE(project.regen().exit_code == 0);
    const std::string alpha = read_file(project.path("reports/alpha.xlsx"));
    project.edit("data/m1.xml", "2024-12-10</date>", "2023-02-29</date>");
    project.edit("other/m2.xml", "Promised a study", "Promised a quick study");
    const auto result = project.regen();
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("data/m1.xml:5:5: error[invalid-date]: '2023-02-29' is not a real calendar date"));
    CHECK_THAT(result.err, Catch::Contains("alpha: FAILED: invalid input; previous output left unchanged"));
    CHECK_THAT(result.out, Catch::Contains("beta: rebuilt"));
    CHECK(read_file(project.path("reports/alpha.xlsx")) == alpha);
}

TEST_CASE("regen --dry-run says what would be rebuilt and why, and writes nothing", "[regen]") {
    Project project;
    const auto result = project.regen({"--dry-run", "alpha"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "alpha: would rebuild " + project.path("reports/alpha.xlsx").string() + " (no previous build)\n");
    CHECK_FALSE(fs::exists(project.path("reports/alpha.xlsx")));
    CHECK_FALSE(fs::exists(project.path("reports/.pledgetrack-state.json")));
}

TEST_CASE("regen --force rebuilds a fresh report", "[regen]") {
    Project project;
    REQUIRE(project.regen().exit_code == 0);
    const auto result = project.regen({"--force", "beta"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "beta: rebuilt " + project.path("reports/beta-2025.xlsx").string() + " (--force)\n");
}

TEST_CASE("A deleted output is rebuilt", "[regen]") {
    Project project;
    REQUIRE(project.regen().exit_code == 0);
    fs::remove(project.path("reports/alpha.xlsx"));
    CHECK_THAT(project.regen().out, Catch::Contains("alpha: rebuilt " + project.path("reports/alpha.xlsx").string() +
                                                    " (output " + project.path("reports/alpha.xlsx").string() + " is missing)"));
}

TEST_CASE("A corrupt state file is reported and every report rebuilt", "[regen]") {
    Project project;
    REQUIRE(project.regen().exit_code == 0);
    const auto state = project.path("reports/.pledgetrack-state.json");
    const std::string content = read_file(state);
    std::ofstream(state, std::ios::trunc) << content.substr(0, content.size() / 2);
    const auto result = project.regen();
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.err, Catch::StartsWith("pledgetrack: warning: state file " + state.string() + " is unreadable ("));
    CHECK_THAT(result.err, Catch::Contains("every report will be rebuilt"));
    CHECK_THAT(result.out, Catch::Contains("alpha: rebuilt"));
    CHECK_NOTHROW(nlohmann::json::parse(read_file(state)));
}

TEST_CASE("A crash between writing and renaming the report loses nothing", "[regen]") {
    Project project;
    REQUIRE(project.regen().exit_code == 0);
    const std::string alpha = read_file(project.path("reports/alpha.xlsx"));
    const std::string state = read_file(project.path("reports/.pledgetrack-state.json"));
    project.edit("data/m2.xml", "Promised a study", "Promised a new study");
    const auto crashed = project.regen({"alpha"}, {"LD_PRELOAD=" CRASH_ON_RENAME_LIBRARY, "CRASH_ON_RENAME=alpha.xlsx",
                                                   "ASAN_OPTIONS=verify_asan_link_order=0"});
    CHECK(crashed.exit_code == 128 + 9);
    CHECK(read_file(project.path("reports/alpha.xlsx")) == alpha);
    CHECK(read_file(project.path("reports/.pledgetrack-state.json")) == state);
    const auto recovered = project.regen({"alpha"});
    CHECK(recovered.exit_code == 0);
    CHECK_THAT(recovered.out, Catch::Contains("alpha: rebuilt"));
}

TEST_CASE("An output that cannot be written fails that report and keeps the state", "[regen]") {
    Project project;
    REQUIRE(project.regen().exit_code == 0);
    const std::string state = read_file(project.path("reports/.pledgetrack-state.json"));
    project.edit("reports/reports.xml", "<output>alpha.xlsx</output>", "<output>missing/alpha.xlsx</output>");
    const auto result = project.regen({"alpha"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("alpha: FAILED: cannot create a temporary file in"));
    CHECK(read_file(project.path("reports/.pledgetrack-state.json")) == state);
}

TEST_CASE("A second regen exits 75 while another holds the lock, or waits with --wait", "[regen][lock]") {
    Project project;
    auto lock = io::FileLock::acquire(project.path("reports/.pledgetrack-regen.lock"), false);
    REQUIRE(lock);
    const auto busy = project.regen();
    CHECK(busy.exit_code == 75);
    CHECK_THAT(busy.err, Catch::Contains("another regen is running"));
    CHECK_FALSE(fs::exists(project.path("reports/alpha.xlsx")));

    std::atomic<bool> finished{false};
    ProcessResult waited;
    std::thread waiter([&] {
        waited = project.regen({"--wait"});
        finished = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(finished);
    lock.reset();
    waiter.join();
    CHECK(waited.exit_code == 0);
    CHECK(fs::exists(project.path("reports/alpha.xlsx")));
}

TEST_CASE("Concurrent forced regens leave a readable report and state", "[regen][lock]") {
    Project project;
    ProcessResult first, second;
    std::thread a([&] { first = project.regen({"--wait", "--force"}); });
    std::thread b([&] { second = project.regen({"--wait", "--force"}); });
    a.join();
    b.join();
    CHECK(first.exit_code == 0);
    CHECK(second.exit_code == 0);
    CHECK_NOTHROW(nlohmann::json::parse(read_file(project.path("reports/.pledgetrack-state.json"))));
    const auto check = run_process({"/usr/bin/python3", "-c", "import openpyxl,sys; openpyxl.load_workbook(sys.argv[1])",
                                    project.path("reports/alpha.xlsx").string()});
    CHECK(check.exit_code == 0);
}

TEST_CASE("regen names a report the definitions do not have as a usage error", "[regen]") {
    Project project;
    const auto result = project.regen({"gamma"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("defines no report named 'gamma'"));
}
