// Runs every file of tests/corpus through the validator and compares the diagnostics
// with the expectations stored beside it; checks that xmllint gives the same structural
// verdict as pledgetrack for every file.
#include "support/process.hpp"
#include "diagnostics/rules.hpp"
#include "validate/output.hpp"
#include "validate/validator.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace pledgetrack;

namespace {

fs::path corpus_dir() { return test::source_dir() / "tests" / "corpus"; }

// Cases are the .xml files and the directories directly inside a corpus folder.
std::vector<fs::path> cases_in(const fs::path& folder) {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.is_directory() || entry.path().extension() == ".xml") cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    return cases;
}

// Diagnostics as text, with the corpus folder stripped from file names.
std::string diagnostics_of(const fs::path& case_path) {
    const validate::Result result = validate::validate_paths({case_path.string()}, {});
    std::ostringstream text;
    validate::write_diagnostics_text(text, result.diagnostics);
    std::string output = text.str();
    const std::string prefix = case_path.parent_path().string() + "/";
    for (std::size_t at; (at = output.find(prefix)) != std::string::npos;) output.erase(at, prefix.size());
    return output;
}

std::vector<fs::path> xml_files_of(const fs::path& case_path) {
    if (!fs::is_directory(case_path)) return {case_path};
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(case_path))
        if (entry.path().extension() == ".xml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

bool xmllint_accepts(const fs::path& file) {
    const auto schema = (test::source_dir() / "schemas" / "pledges.xsd").string();
    return test::run_process({"xmllint", "--noout", "--nonet", "--schema", schema, file.string()}).exit_code == 0;
}

// Structure as pledgetrack judges it: no encoding, XML or schema problem in the file.
bool pledgetrack_accepts_structure(const fs::path& file) {
    const validate::Result result = validate::validate_paths({file.string()}, {});
    static const std::set<std::string> structural{"encoding", "xml-syntax", "xml-doctype", "schema"};
    return std::none_of(result.diagnostics.all().begin(), result.diagnostics.all().end(),
                        [](const auto& d) { return structural.contains(d.rule); });
}

// Files that pledgetrack refuses on purpose although the XSD alone would allow them:
// DOCTYPEs (entity expansion) and UTF-16/UTF-32 encodings.
bool is_policy_case(const fs::path& file) {
    const validate::Result result = validate::validate_paths({file.string()}, {});
    return std::any_of(result.diagnostics.all().begin(), result.diagnostics.all().end(), [](const auto& d) {
        return d.rule == "xml-doctype" || (d.rule == "encoding" && d.message.find("must be UTF-8") != std::string::npos);
    });
}

}  // namespace

TEST_CASE("Every valid corpus case validates without any diagnostic", "[corpus]") {
    const auto cases = cases_in(corpus_dir() / "valid");
    REQUIRE(cases.size() >= 5);
    for (const fs::path& case_path : cases) {
        DYNAMIC_SECTION(case_path.filename().string()) { CHECK(diagnostics_of(case_path) == ""); }
    }
}

TEST_CASE("Every invalid corpus case gets exactly its expected diagnostics", "[corpus]") {
    const auto cases = cases_in(corpus_dir() / "invalid");
    REQUIRE(cases.size() >= 20);
    for (const fs::path& case_path : cases) {
        DYNAMIC_SECTION(case_path.filename().string()) {
            fs::path expected_path = case_path;
            expected_path.replace_extension(".expected");
            if (fs::is_directory(case_path)) expected_path = case_path.string() + ".expected";
            REQUIRE(fs::exists(expected_path));
            const std::string expected = test::read_file(expected_path);
            CHECK_FALSE(expected.empty());
            CHECK(diagnostics_of(case_path) == expected);
        }
    }
}

TEST_CASE("Every rule has at least one invalid corpus case", "[corpus]") {
    std::string all_expected;
    for (const auto& entry : fs::directory_iterator(corpus_dir() / "invalid"))
        if (entry.path().extension() == ".expected") all_expected += test::read_file(entry.path());
    for (const auto& rule : diagnostics::all_rules()) {
        if (rule.id == "input-unreadable" || rule.id == "file-too-large") continue;  // see validate_cli_test
        if (rule.scope == diagnostics::Scope::reports) continue;                    // see config_test
        DYNAMIC_SECTION(rule.id) { CHECK(all_expected.find("[" + std::string(rule.id) + "]") != std::string::npos); }
    }
}

TEST_CASE("xmllint and pledgetrack agree on the structure of every corpus file", "[corpus][xmllint]") {
    std::vector<fs::path> files;
    for (const char* folder : {"valid", "invalid"})
        for (const fs::path& case_path : cases_in(corpus_dir() / folder))
            for (const fs::path& file : xml_files_of(case_path)) files.push_back(file);
    REQUIRE(files.size() >= 25);
    for (const fs::path& file : files) {
        if (is_policy_case(file)) continue;
        DYNAMIC_SECTION(file.parent_path().filename().string() + "/" + file.filename().string()) {
            CHECK(xmllint_accepts(file) == pledgetrack_accepts_structure(file));
        }
    }
}

TEST_CASE("Text split by a comment or held in CDATA loads whole", "[corpus]") {
    const validate::Result result =
        validate::validate_paths({(corpus_dir() / "valid" / "text-split-by-comment-and-cdata.xml").string()}, {});
    REQUIRE(result.valid());
    REQUIRE(result.dataset.meetings.size() == 1);
    REQUIRE(result.dataset.meetings[0].pledges.size() == 1);
    CHECK(result.dataset.meetings[0].pledges[0].summary == "China will support planning of the line.");
    CHECK(result.dataset.meetings[0].pledges[0].evidence == "support <planning> & more");
}
