#include "support/process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace pledgetrack::test;
namespace fs = std::filesystem;

namespace {

const std::string valid_file = R"(<?xml version="1.0" encoding="UTF-8"?>
<pledgetrack xmlns="urn:pledgetrack:pledges" version="1">
  <category id="railway"><title>Railways</title></category>
</pledgetrack>
)";

// Valid structure, one error (an unknown category) on line 3, column 21.
const std::string invalid_file = R"(<?xml version="1.0" encoding="UTF-8"?>
<pledgetrack xmlns="urn:pledgetrack:pledges" version="1">
  <group id="links" category="nowhere"><title>Links</title></group>
</pledgetrack>
)";

// Valid but with one warning: a CN pledge at a meeting with no CN participant.
const std::string warning_file = R"(<?xml version="1.0" encoding="UTF-8"?>
<pledgetrack xmlns="urn:pledgetrack:pledges" version="1">
  <category id="c"><title>C</title></category>
  <person id="p" side="VN"><name>P</name></person>
  <item id="i" category="c"><title>I</title></item>
  <meeting id="m" kind="talks" place="Hanoi">
    <title>T</title>
    <date>2024-01-02</date>
    <participant person="p" role="Minister"/>
    <source id="s" publisher="VNA" language="en" type="state-media" outlet="VN"><title>T</title><url>https://example.org/a</url></source>
    <pledge item="i" side="CN" kind="pledge" sources="s"><summary>Something.</summary></pledge>
  </meeting>
</pledgetrack>
)";

}  // namespace

TEST_CASE("validate exits 0 and prints a summary line for a valid file", "[cli][validate]") {
    TempDir dir;
    const auto file = dir.write("ok.xml", valid_file);
    const auto result = run_pledgetrack({"validate", file.string()});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "0 errors, 0 warnings in 1 file\n");
    CHECK(result.err.empty());
}

TEST_CASE("validate exits 1 and prints each problem as file:line:col: error[rule]", "[cli][validate]") {
    TempDir dir;
    const auto file = dir.write("bad.xml", invalid_file);
    const auto result = run_pledgetrack({"validate", file.string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out == file.string() +
                            ":3:21: error[unresolved-ref]: no category has the id 'nowhere'\n"
                            "1 error, 0 warnings in 1 file\n");
}

TEST_CASE("validate exits 2 when a path does not exist", "[cli][validate]") {
    const auto result = run_pledgetrack({"validate", "/nonexistent/pledges.xml"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "pledgetrack: /nonexistent/pledges.xml: no such file or directory\n");
}

TEST_CASE("validate exits 2 on an unknown option", "[cli][validate]") {
    const auto result = run_pledgetrack({"validate", "--no-such-option", "x.xml"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("--no-such-option"));
}

TEST_CASE("validate without a path is a usage error", "[cli][validate]") {
    const auto result = run_pledgetrack({"validate"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("give at least one PATH"));
}

TEST_CASE("pledgetrack without a command is a usage error", "[cli]") {
    CHECK(run_pledgetrack({}).exit_code == 2);
}

TEST_CASE("validate reads standard input when the path is -", "[cli][validate]") {
    const auto good = run_pledgetrack({"validate", "-"}, valid_file);
    CHECK(good.exit_code == 0);
    const auto bad = run_pledgetrack({"validate", "-"}, invalid_file);
    CHECK(bad.exit_code == 1);
    CHECK_THAT(bad.out, Catch::StartsWith("<stdin>:3:21: error[unresolved-ref]"));
}

TEST_CASE("validate --format json reports every diagnostic with its position", "[cli][validate]") {
    TempDir dir;
    const auto file = dir.write("bad.xml", invalid_file);
    const auto result = run_pledgetrack({"validate", "--format", "json", file.string()});
    CHECK(result.exit_code == 1);
    const auto json = nlohmann::json::parse(result.out);
    CHECK(json["valid"] == false);
    CHECK(json["files"] == 1);
    CHECK(json["errors"] == 1);
    CHECK(json["warnings"] == 0);
    REQUIRE(json["diagnostics"].size() == 1);
    const auto& d = json["diagnostics"][0];
    CHECK(d["file"] == file.string());
    CHECK(d["line"] == 3);
    CHECK(d["column"] == 21);
    CHECK(d["severity"] == "error");
    CHECK(d["rule"] == "unresolved-ref");
}

TEST_CASE("validate passes a file with warnings unless --strict is given", "[cli][validate]") {
    TempDir dir;
    const auto file = dir.write("warn.xml", warning_file);
    const auto lenient = run_pledgetrack({"validate", file.string()});
    CHECK(lenient.exit_code == 0);
    CHECK_THAT(lenient.out, Catch::Contains(":11:5: warning[side-without-participant]"));
    const auto strict = run_pledgetrack({"validate", "--strict", file.string()});
    CHECK(strict.exit_code == 1);
    CHECK_THAT(strict.out, Catch::Contains(":11:5: error[side-without-participant]"));
}

TEST_CASE("validate --quiet prints errors only, without warnings or summary", "[cli][validate]") {
    TempDir dir;
    const auto warn = dir.write("warn.xml", warning_file);
    const auto quiet_ok = run_pledgetrack({"validate", "--quiet", warn.string()});
    CHECK(quiet_ok.exit_code == 0);
    CHECK(quiet_ok.out.empty());
    const auto bad = dir.write("bad.xml", invalid_file);
    const auto quiet_bad = run_pledgetrack({"validate", "-q", bad.string()});
    CHECK(quiet_bad.exit_code == 1);
    CHECK(quiet_bad.out == bad.string() + ":3:21: error[unresolved-ref]: no category has the id 'nowhere'\n");
}

TEST_CASE("validate --list-rules describes every rule", "[cli][validate]") {
    const auto result = run_pledgetrack({"validate", "--list-rules"});
    CHECK(result.exit_code == 0);
    for (const char* rule : {"encoding (error)", "schema (error)", "duplicate-id (error)", "unresolved-ref (error)",
                             "invalid-date (error)", "weekday-mismatch (error)", "alias-collision (error)",
                             "duplicate-pledge (warning)"})
        CHECK_THAT(result.out, Catch::Contains(rule));
    const auto json = nlohmann::json::parse(run_pledgetrack({"validate", "--list-rules", "--format", "json"}).out);
    CHECK(json.size() >= 20);
    CHECK(json[0].contains("summary"));
}

TEST_CASE("pledgetrack --version prints the version", "[cli]") {
    const auto result = run_pledgetrack({"--version"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Matches("pledgetrack \\d+\\.\\d+\\.\\d+\n"));
}

TEST_CASE("pledgetrack and every command answer --help", "[cli]") {
    const auto top = run_pledgetrack({"--help"});
    CHECK(top.exit_code == 0);
    for (const char* command : {"validate", "report", "regen", "schedule", "extract"}) {
        INFO(command);
        CHECK_THAT(top.out, Catch::Contains(std::string("  ") + command + " "));
        const auto help = run_pledgetrack({command, "--help"});
        CHECK(help.exit_code == 0);
        CHECK_THAT(help.out, Catch::Contains("Exit status: 0"));
        CHECK_THAT(help.out, Catch::Contains("Examples:"));
    }
    CHECK_THAT(run_pledgetrack({"validate", "--help"}).out, Catch::Contains("--strict"));
}

TEST_CASE("validate refuses a file larger than --max-file-size", "[cli][validate]") {
    TempDir dir;
    const auto file = dir.write("big.xml", valid_file);
    const auto result = run_pledgetrack({"validate", "--max-file-size", "100", file.string()});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::StartsWith(file.string() + ": error[file-too-large]: file is larger than the limit of 100 bytes"));
}

TEST_CASE("validate walks directories for .xml files in sorted order, skipping hidden ones", "[cli][validate]") {
    TempDir dir;
    dir.write("b/two.xml", invalid_file);
    dir.write("a/one.xml", valid_file);
    dir.write(".hidden/three.xml", invalid_file);
    dir.write("a/notes.txt", "not xml");
    const auto result = run_pledgetrack({"validate", dir.path().string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out == dir.path().string() +
                            "/b/two.xml:3:21: error[unresolved-ref]: no category has the id 'nowhere'\n"
                            "1 error, 0 warnings in 2 files\n");
}

TEST_CASE("validate survives a symlink loop and reports a dangling link", "[cli][validate]") {
    TempDir dir;
    dir.write("data/ok.xml", valid_file);
    fs::create_directory_symlink("..", dir.path() / "data" / "loop");
    fs::create_symlink(dir.path() / "missing.xml", dir.path() / "data" / "dangling.xml");
    const auto result = run_pledgetrack({"validate", (dir.path() / "data").string()});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("/data/dangling.xml: error[input-unreadable]"));
    CHECK_THAT(result.out, Catch::EndsWith("1 error, 0 warnings in 2 files\n"));
}

TEST_CASE("validate reports a file it may not read as input-unreadable", "[cli][validate]") {
    TempDir dir;
    const auto file = dir.write("secret.xml", valid_file);
    fs::permissions(file, fs::perms::none);
    const auto result = run_pledgetrack_unprivileged(dir, {"validate", file.string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out == file.string() + ": error[input-unreadable]: Permission denied\n1 error, 0 warnings in 1 file\n");
}

// Files of 1 MiB and more are loaded while a second thread checks the schema; what was
// loaded from a file that breaks the schema must not show.
TEST_CASE("A large file is checked against the schema while it loads, with the same diagnostics", "[cli][validate]") {
    std::string categories;
    const int count = 25000;
    for (int i = 0; i < count; ++i) categories += "  <category id=\"c" + std::to_string(i) + "\"><title>C</title></category>\n";
    const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<pledgetrack xmlns=\"urn:pledgetrack:pledges\" version=\"1\">\n";
    const std::string last_line = std::to_string(count + 3);
    TempDir dir;

    const auto broken = dir.write("schema.xml", head + categories + "  <person id=\"p\" side=\"US\"><name>P</name></person>\n</pledgetrack>\n");
    REQUIRE(fs::file_size(broken) > 1024 * 1024);
    const auto schema = run_pledgetrack({"validate", broken.string()});
    CHECK(schema.exit_code == 1);
    CHECK(schema.out == broken.string() + ":" + last_line +
                            ":18: error[schema]: attribute 'side' of 'person': 'US' is not one of: CN, VN\n"
                            "1 error, 0 warnings in 1 file\n");

    const auto dangling = dir.write("meaning.xml", head + categories + "  <group id=\"g\" category=\"nowhere\"><title>G</title></group>\n</pledgetrack>\n");
    const auto meaning = run_pledgetrack({"validate", dangling.string()});
    CHECK(meaning.exit_code == 1);
    CHECK(meaning.out == dangling.string() + ":" + last_line +
                             ":17: error[unresolved-ref]: no category has the id 'nowhere'\n"
                             "1 error, 0 warnings in 1 file\n");
}

TEST_CASE("Every meeting's problems are reported, in file order, however many meetings there are",
          "[cli][validate]") {
    // 300 meetings across several files, each dated on a day that is not the stated weekday.
    TempDir dir;
    std::string expected;
    for (int file = 0; file < 3; ++file) {
        std::string xml = "<pledgetrack xmlns=\"urn:pledgetrack:pledges\" version=\"1\">\n";
        if (file == 0) xml += "  <person id=\"p\" side=\"VN\"><name>P</name></person>\n";
        const std::string name = "m" + std::to_string(file) + ".xml";
        for (int m = 0; m < 100; ++m) {
            const std::string id = "m" + std::to_string(file) + "-" + std::to_string(m);
            const int line = (file == 0 ? 3 : 2) + 5 * m + 2;
            xml += "  <meeting id=\"" + id + "\" kind=\"talks\" place=\"Hanoi\">\n    <title>T</title>\n"
                   "    <date weekday=\"sunday\">2024-08-19</date>\n"
                   "    <participant person=\"p\" role=\"Minister\"/>\n"
                   "    <source id=\"" + id + ".s\" publisher=\"VNA\" language=\"en\" type=\"state-media\" outlet=\"VN\">"
                   "<title>T</title><url>https://example.org/" + id + "</url></source></meeting>\n";
            expected += (dir.path() / name).string() + ":" + std::to_string(line) +
                        ":5: error[weekday-mismatch]: the stated weekday does not fall on 2024-08-19 (a monday)\n";
        }
        dir.write(name, xml + "</pledgetrack>\n");
    }
    const auto result = run_pledgetrack({"validate", dir.path().string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out == expected + "300 errors, 0 warnings in 3 files\n");
}
