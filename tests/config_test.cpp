// Report definitions files get the same diagnostics as pledge files.
#include "support/process.hpp"
#include "validate/output.hpp"
#include "xml/config_loader.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace pledgetrack;

namespace {

std::string wrap(const std::string& reports) {
    return "<reports xmlns=\"urn:pledgetrack:reports\" version=\"1\">\n" + reports + "</reports>\n";
}

const std::string good_report = R"(  <report name="a">
    <input>data</input>
    <output>{name}.xlsx</output>
    <schedule time-zone="Europe/Brussels" at="02:30"><daily/></schedule>
  </report>
)";

// The diagnostics for a definitions file with this content, file name stripped.
std::string diagnostics_for(const std::string& content) {
    test::TempDir dir;
    const auto path = dir.write("reports.xml", content);
    diagnostics::DiagnosticList list;
    xml::load_report_config(path, list);
    std::ostringstream out;
    validate::write_diagnostics_text(out, list);
    std::string text = out.str();
    for (std::size_t at; (at = text.find(path.string())) != std::string::npos;) text.replace(at, path.string().size(), "R");
    return text;
}

}  // namespace

TEST_CASE("A well-formed definitions file loads with its cadence and window", "[config]") {
    test::TempDir dir;
    const auto path = dir.write("reports.xml", wrap(good_report));
    diagnostics::DiagnosticList list;
    const auto config = xml::load_report_config(path, list);
    REQUIRE(config);
    CHECK(list.all().empty());
    REQUIRE(config->reports.size() == 1);
    CHECK(config->reports[0].cadence.time_zone == "Europe/Brussels");
    CHECK(config->reports[0].cadence.at == std::chrono::minutes{150});
    CHECK(config->base_dir == dir.path());
}

TEST_CASE("The shipped reports/reports.xml is valid", "[config]") {
    diagnostics::DiagnosticList list;
    const auto config = xml::load_report_config(test::source_dir() / "reports" / "reports.xml", list);
    CHECK(list.all().empty());
    REQUIRE(config);
    CHECK(config->find("commitments"));
}

TEST_CASE("An unknown time zone in a definition is reported at its attribute", "[config]") {
    CHECK(diagnostics_for(wrap(R"(  <report name="a"><input>d</input><output>a.xlsx</output>
    <schedule time-zone="Asia/Hanoi" at="06:00"><daily/></schedule></report>
)")) == "R:3:15: error[unknown-time-zone]: unknown time zone 'Asia/Hanoi'\n");
}

TEST_CASE("An unknown output placeholder is reported at the output element", "[config]") {
    CHECK(diagnostics_for(wrap(R"(  <report name="a"><input>d</input><output>{date}.xlsx</output>
    <schedule time-zone="UTC" at="06:00"><daily/></schedule></report>
)")) == "R:2:36: error[bad-placeholder]: unknown placeholder {date}; known: {name}, {year}, {quarter}, {month}, {as_of}\n");
}

TEST_CASE("Two reports with one name are reported at the second", "[config]") {
    CHECK(diagnostics_for(wrap(good_report + good_report)) ==
          "R:7:11: error[duplicate-id]: report name 'a' is already used at line 2\n");
}

TEST_CASE("A fixed window must be real dates in order", "[config]") {
    CHECK(diagnostics_for(wrap(R"(  <report name="a"><input>d</input><output>a.xlsx</output>
    <window><fixed from="2025-02-29" to="2025-01-01"/></window>
    <schedule time-zone="UTC" at="06:00"><daily/></schedule></report>
)")) == "R:3:20: error[invalid-date]: '2025-02-29' is not a real calendar date\n");
    CHECK(diagnostics_for(wrap(R"(  <report name="a"><input>d</input><output>a.xlsx</output>
    <window><fixed from="2025-03-01" to="2025-01-01"/></window>
    <schedule time-zone="UTC" at="06:00"><daily/></schedule></report>
)")) == "R:3:13: error[window-order]: the window starts 2025-03-01, after its end 2025-01-01\n");
}

TEST_CASE("A definition that breaks the schema gets schema diagnostics", "[config]") {
    CHECK(diagnostics_for(wrap(R"(  <report name="a"><input>d</input><output>a.xlsx</output>
    <schedule time-zone="UTC" at="25:00"><hourly/></schedule></report>
)")) == "R:3:31: error[schema]: attribute 'at' of 'schedule': '25:00' is not a valid LocalTime (HH:MM, 24-hour)\n"
             "R:3:42: error[schema]: 'hourly' is not expected here in 'schedule'; expected 'daily', 'weekly', "
             "'monthly' or 'quarterly'\n");
}
