// libFuzzer target: any bytes that load as a valid pledge file are turned into every
// report table and a workbook. Must never crash or produce an unwritable workbook.
#include "report/report_data.hpp"
#include "report/xlsx_writer.hpp"
#include "validate/validator.hpp"

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace date::literals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pledgetrack::validate::Validation validation;
    validation.add("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size));
    const auto result = validation.finish({});
    if (!result.valid()) return 0;

    pledgetrack::report::ReportOptions options;
    options.as_of = 2025_y / date::June / 1;
    const auto report = pledgetrack::report::build_report(result.dataset, options, result.inputs, "fuzz");
    const auto path = std::filesystem::temp_directory_path() / ("pledgetrack-fuzz-" + std::to_string(::getpid()) + ".xlsx");
    pledgetrack::report::write_xlsx(report, path, {});
    std::filesystem::remove(path);
    return 0;
}
