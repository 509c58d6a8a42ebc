#include "io/atomic_file.hpp"
#include "report/xlsx_writer.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>

using namespace pledgetrack;

TEST_CASE("A Recurrence sheet wider than Excel allows is refused with a clear error", "[report][limits]") {
    report::ReportData data;
    report::Table recurrence{std::string(report::table_name::recurrence), {}, {}};
    recurrence.columns.resize(16385, {"meeting", 10});
    data.tables.push_back(recurrence);
    data.tables.push_back({std::string(report::table_name::quarters), {{"Quarter", 10}}, {}});
    test::TempDir dir;
    CHECK_THROWS_WITH(report::write_xlsx(data, dir.path() / "wide.xlsx", {}),
                      "the Recurrence sheet would need 16385 columns (one per meeting), more than Excel's 16,384: "
                      "narrow the report with --from/--to, or use --format csv or json");
}
