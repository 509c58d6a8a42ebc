#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

using namespace pledgetrack::test;
namespace fs = std::filesystem;

namespace {

// A cell of a table in the JSON export, by row and column header.
const nlohmann::json& cell(const nlohmann::json& table, std::size_t row, const std::string& column) {
    const auto& columns = table["columns"];
    const auto at = std::find(columns.begin(), columns.end(), column);
    REQUIRE(at != columns.end());
    return table["rows"][row][static_cast<std::size_t>(at - columns.begin())];
}

std::string small_dir() { return (source_dir() / "tests/fixtures/small").string(); }
std::string seeds_dir() { return (source_dir() / "seeds").string(); }

// Runs tests/workbook_check.py, an openpyxl reader independent of our writer.
ProcessResult check_workbook(const fs::path& workbook, const std::string& check, const std::string& argument = {}) {
    std::vector<std::string> command{"/usr/bin/python3", (source_dir() / "tests/workbook_check.py").string(),
                                     workbook.string(), check};
    if (!argument.empty()) command.push_back(argument);
    return run_process(command);
}

nlohmann::json report_json(const std::string& as_of) {
    const auto result = run_pledgetrack({"report", small_dir(), "--format", "json", "-o", "-", "--as-of", as_of});
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
}

const std::string long_summary_meeting = R"(<pledgetrack xmlns="urn:pledgetrack:pledges" version="1">
  <category id="c"><title>C</title></category>
  <person id="p" side="VN"><name>P</name></person>
  <item id="i" category="c"><title>I</title></item>
  <meeting id="m" kind="talks" place="Hanoi">
    <title>T</title><date>2024-01-02</date>
    <participant person="p" role="Minister"/>
    <source id="s" publisher="VNA" language="en" type="state-media" outlet="VN"><title>T</title><url>https://example.org/a</url></source>
    <pledge item="i" side="VN" speaker="p" kind="pledge" sources="s"><summary>)" + std::string(40000, 'x') +
                                         R"(</summary></pledge>
  </meeting>
</pledgetrack>)";

}  // namespace

TEST_CASE("report writes a workbook whose sheets an independent reader finds correct", "[report]") {
    TempDir dir;
    const auto out = dir.path() / "small.xlsx";
    const auto result = run_pledgetrack({"report", small_dir(), "-o", out.string(), "--as-of", "2025-06-01"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.err == "pledgetrack: wrote " + out.string() + "\n");
    const auto check = check_workbook(out, "small");
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
}

TEST_CASE("report --table writes a workbook of just that sheet, the same as in the full workbook", "[report][table]") {
    TempDir dir;
    const auto full = dir.path() / "full.xlsx";
    REQUIRE(run_pledgetrack({"report", small_dir(), "-o", full.string(), "--as-of", "2025-06-01", "-q"}).exit_code == 0);
    for (const std::string table : {"Recurrence", "Pledges", "Deadlines"}) {
        INFO(table);
        const auto out = dir.path() / (table + ".xlsx");
        const auto result = run_pledgetrack({"report", small_dir(), "--table", table, "-o", out.string(), "--as-of", "2025-06-01"});
        REQUIRE(result.exit_code == 0);
        CHECK(result.err == "pledgetrack: wrote " + out.string() + "\n");
        const auto same = check_workbook(out, "same-sheets", full.string());
        INFO(same.out << same.err);
        CHECK(same.exit_code == 0);
    }
    const auto recurrence = check_workbook(dir.path() / "Recurrence.xlsx", "recurrence-alone");
    INFO(recurrence.out << recurrence.err);
    CHECK(recurrence.exit_code == 0);
}

TEST_CASE("report --table Overview writes the Overview sheet with the Quarters its chart plots", "[report][table]") {
    TempDir dir;
    const auto full = dir.path() / "full.xlsx";
    const auto out = dir.path() / "overview.xlsx";
    REQUIRE(run_pledgetrack({"report", small_dir(), "-o", full.string(), "--as-of", "2025-06-01", "-q"}).exit_code == 0);
    REQUIRE(run_pledgetrack({"report", small_dir(), "--table", "Overview", "-o", out.string(), "--as-of", "2025-06-01", "-q"})
                .exit_code == 0);
    const auto overview = check_workbook(out, "overview-alone");
    INFO(overview.out << overview.err);
    CHECK(overview.exit_code == 0);
    const auto same = check_workbook(out, "same-sheets", full.string());
    INFO(same.out << same.err);
    CHECK(same.exit_code == 0);
}

TEST_CASE("report --table refuses a name that is not a table of the format", "[report][table]") {
    TempDir dir;
    const auto unknown = run_pledgetrack({"report", small_dir(), "--table", "Nope", "-o", (dir.path() / "r.xlsx").string()});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "pledgetrack report: no table named 'Nope' (tables: Overview, Recurrence, Pledges, Meetings, Items, "
                         "Deadlines, Coverage, Quarters, Provenance)\n");
    CHECK_FALSE(fs::exists(dir.path() / "r.xlsx"));
    const auto csv = run_pledgetrack({"report", small_dir(), "--table", "Overview", "--format", "csv", "-o", "-"});
    CHECK(csv.exit_code == 2);
    CHECK_THAT(csv.err, Catch::Contains("no table named 'Overview' (tables: Recurrence, Pledges,"));
}

TEST_CASE("The seed workbook shows the 10 Dec 2024 meeting once and links its sources", "[report][seeds]") {
    TempDir dir;
    const auto out = dir.path() / "commitments.xlsx";
    REQUIRE(run_pledgetrack({"report", seeds_dir(), "-o", out.string(), "--as-of", "2025-06-01", "-q"}).exit_code == 0);
    const auto check = check_workbook(out, "seeds");
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
}

TEST_CASE("LibreOffice opens the workbook and converts it without error", "[report][libreoffice]") {
    TempDir dir;
    const auto out = dir.path() / "small.xlsx";
    REQUIRE(run_pledgetrack({"report", small_dir(), "-o", out.string(), "--as-of", "2025-06-01", "-q"}).exit_code == 0);
    const auto converted = run_process({"soffice", "--headless", "--norestore",
                                        "-env:UserInstallation=file://" + (dir.path() / "profile").string(),
                                        "--convert-to", "pdf", "--outdir", dir.path().string(), out.string()});
    INFO(converted.out << converted.err);
    CHECK(converted.exit_code == 0);
    REQUIRE(fs::exists(dir.path() / "small.pdf"));
    CHECK(read_file(dir.path() / "small.pdf").starts_with("%PDF"));
    CHECK(fs::file_size(dir.path() / "small.pdf") > 10000);
}

TEST_CASE("The same inputs and options give a byte-identical workbook", "[report]") {
    TempDir dir;
    const auto first = dir.path() / "a.xlsx";
    const auto second = dir.path() / "b.xlsx";
    REQUIRE(run_pledgetrack({"report", seeds_dir(), "-o", first.string(), "--as-of", "2025-06-01", "-q"}).exit_code == 0);
    REQUIRE(run_pledgetrack({"report", seeds_dir(), "-o", second.string(), "--as-of", "2025-06-01", "-q"}).exit_code == 0);
    CHECK(read_file(first) == read_file(second));
}

TEST_CASE("A different --as-of changes deadlines and provenance only", "[report]") {
    const auto june = report_json("2025-06-01");
    const auto january = report_json("2026-01-01");
    for (const char* table : {"Recurrence", "Pledges", "Meetings", "Coverage", "Quarters"}) {
        INFO(table);
        CHECK(june["tables"][table] == january["tables"][table]);
    }
    CHECK(june["tables"]["Deadlines"] != january["tables"]["Deadlines"]);
    CHECK(cell(june["tables"]["Deadlines"], 2, "Status") == "future");
    CHECK(cell(january["tables"]["Deadlines"], 2, "Status") == "met");
    CHECK(june["overview"]["Deadlines as of"] == "2025-06-01");
}

TEST_CASE("SOURCE_DATE_EPOCH sets the as-of day when --as-of is not given", "[report]") {
    const auto result = run_process({"env", "SOURCE_DATE_EPOCH=1735689600", PLEDGETRACK_BINARY, "report", small_dir(),
                                     "--format", "json", "-o", "-"});
    REQUIRE(result.exit_code == 0);
    CHECK(nlohmann::json::parse(result.out)["overview"]["Deadlines as of"] == "2025-01-01");
}

TEST_CASE("Invalid input leaves the existing report byte-identical and exits 1", "[report]") {
    TempDir dir;
    const auto out = dir.path() / "commitments.xlsx";
    REQUIRE(run_pledgetrack({"report", small_dir(), "-o", out.string(), "--as-of", "2025-06-01", "-q"}).exit_code == 0);
    const std::string before = read_file(out);
    const auto broken = dir.write("in/broken.xml", "<pledgetrack xmlns=\"urn:pledgetrack:pledges\" version=\"1\">");
    const auto result = run_pledgetrack({"report", small_dir(), broken.string(), "-o", out.string()});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("broken.xml:1:"));
    CHECK_THAT(result.err, Catch::Contains("error[xml-syntax]"));
    CHECK_THAT(result.err, Catch::Contains(out.string() + " left unchanged"));
    CHECK(read_file(out) == before);
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 2);  // no temp file left
}

TEST_CASE("A report to a missing directory fails with exit 2 and writes nothing", "[report]") {
    TempDir dir;
    const auto out = dir.path() / "missing" / "r.xlsx";
    const auto result = run_pledgetrack({"report", small_dir(), "-o", out.string(), "-q"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("cannot create a temporary file in"));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("report --format csv --table writes one table to standard output", "[report][csv]") {
    const auto result = run_pledgetrack(
        {"report", small_dir(), "--format", "csv", "--table", "Meetings", "-o", "-", "--as-of", "2025-06-01"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::StartsWith("Id,Date,Date precision,Title,Kind,Place,Participants,Sources,Outlets,Pledges,Items\r\n"
                                             "m1,2024-12-10,day,First talks,talks,\"Hanoi, Viet Nam\","));
}

TEST_CASE("report --format csv to a directory writes every table", "[report][csv]") {
    TempDir dir;
    const auto result = run_pledgetrack({"report", small_dir(), "--format", "csv", "-o", dir.path().string(), "-q"});
    REQUIRE(result.exit_code == 0);
    for (const char* name : {"recurrence", "pledges", "meetings", "items", "deadlines", "coverage", "quarters", "provenance"})
        CHECK(fs::exists(dir.path() / (std::string(name) + ".csv")));
    CHECK_THAT(read_file(dir.path() / "pledges.csv"), Catch::Contains("\"=HYPERLINK(\"\"https://evil.example\"\""));
}

TEST_CASE("CSV of the whole report to one file is a usage error", "[report][csv]") {
    TempDir dir;
    const auto result = run_pledgetrack({"report", small_dir(), "-o", (dir.path() / "r.csv").string()});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("name it with --table"));
}

TEST_CASE("report filters by category and refuses unknown ids", "[report]") {
    const auto railway = run_pledgetrack({"report", small_dir(), "--format", "json", "-o", "-", "--category", "railway"});
    REQUIRE(railway.exit_code == 0);
    const auto json = nlohmann::json::parse(railway.out);
    CHECK(json["tables"]["Pledges"]["rows"].size() == 4);
    const auto unknown = run_pledgetrack({"report", small_dir(), "-o", "-", "--format", "json", "--item", "nope"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "pledgetrack report: no item has the id 'nope'\n");
}

TEST_CASE("report filters meetings by date, placing a window by its start", "[report]") {
    const auto result = run_pledgetrack({"report", small_dir(), "--format", "json", "-o", "-", "--from", "2025-03-24"});
    REQUIRE(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    REQUIRE(json["tables"]["Meetings"]["rows"].size() == 1);
    CHECK(cell(json["tables"]["Meetings"], 0, "Id") == "m2");
    CHECK(run_pledgetrack({"report", small_dir(), "--from", "2025-02-30", "-o", "-", "--format", "json"}).exit_code == 2);
}

TEST_CASE("A cell longer than Excel's limit is truncated with a marker and a warning", "[report]") {
    TempDir dir;
    const auto input = dir.write("long.xml", long_summary_meeting);
    const auto out = dir.path() / "long.xlsx";
    const auto result = run_pledgetrack({"report", input.string(), "-o", out.string(), "--as-of", "2025-06-01"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.err, Catch::Contains("warning: a cell in row 2 of sheet Pledges was longer than Excel's 32,767 characters"));
    const auto check = run_process({"/usr/bin/python3", "-c",
                                     "import openpyxl,sys; v=openpyxl.load_workbook(sys.argv[1])['Pledges']['I2'].value;"
                                     "print(len(v), v.endswith(' [truncated]'))",
                                     out.string()});
    CHECK(check.out == "32767 True\n");
}

TEST_CASE("report --help documents outputs, filters and exit codes", "[report][cli]") {
    const auto result = run_pledgetrack({"report", "--help"});
    CHECK(result.exit_code == 0);
    for (const char* text : {"--as-of", "--from", "--category", "--format", "--table", "Exit status: 0 report written"})
        CHECK_THAT(result.out, Catch::Contains(text));
}

TEST_CASE("report -o - writes the workbook to a pipe but refuses a terminal", "[report]") {
    const auto piped = run_pledgetrack({"report", small_dir(), "-o", "-", "-q", "--as-of", "2025-06-01"});
    CHECK(piped.exit_code == 0);
    CHECK(piped.out.starts_with("PK\x03\x04"));
    const auto terminal = run_process({"script", "-qec", std::string(PLEDGETRACK_BINARY) + " report " + small_dir() + " -o -", "/dev/null"});
    CHECK_THAT(terminal.out, Catch::Contains("a workbook is binary: redirect standard output to a file"));
}

TEST_CASE("A read-only output directory keeps the previous report", "[report]") {
    TempDir dir;
    const auto out = dir.path() / "reports" / "r.xlsx";
    fs::create_directory(dir.path() / "reports");
    REQUIRE(run_pledgetrack({"report", small_dir(), "-o", out.string(), "-q", "--as-of", "2025-06-01"}).exit_code == 0);
    const std::string before = read_file(out);
    fs::permissions(dir.path() / "reports", fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
    // The inputs are copied where the unprivileged user can read them.
    fs::copy(small_dir(), dir.path() / "in", fs::copy_options::recursive);
    const auto inputs = (dir.path() / "in").string();
    const auto result = run_pledgetrack_unprivileged(dir, {"report", inputs, "-o", out.string(), "--as-of", "2026-01-01"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("cannot create a temporary file in " + (dir.path() / "reports").string()));
    CHECK_THAT(result.err, Catch::Contains("the previous report is unchanged"));
    CHECK(read_file(out) == before);
}
