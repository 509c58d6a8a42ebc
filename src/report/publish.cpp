#include "report/publish.hpp"

#include "io/atomic_file.hpp"
#include "report/export.hpp"
#include "report/xlsx_writer.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace pledgetrack::report {
namespace {

namespace fs = std::filesystem;

const Table& find_table(const ReportData& report, const std::string& name) {
    for (const Table& table : report.tables)
        if (table.name == name) return table;
    std::string known;
    for (const Table& table : report.tables) known += (known.empty() ? "" : ", ") + table.name;
    throw std::invalid_argument("no table named '" + name + "' (tables: " + known + ")");
}

// A workbook of one table holds just its sheet; the Overview sheet comes first in a full
// workbook, and alone (with the Quarters its chart plots) when it is the one asked for.
bool with_overview(const OutputSpec& spec) { return spec.table.empty() || spec.table == table_name::overview; }

std::string csv_text(const Table& table) {
    std::ostringstream out;
    write_csv(out, table);
    return out.str();
}

std::vector<std::string> publish_xlsx(const ReportData& report, const OutputSpec& spec, std::ostream& stdout_stream) {
    if (spec.path != "-") {
        io::AtomicFile file(spec.path);
        auto warnings = write_xlsx(report, file.temp_path(), {spec.created, with_overview(spec)});
        file.commit();
        return warnings;
    }
    // The workbook is a zip archive that libxlsxwriter writes to a file; build it in a
    // temporary file and copy it out.
    io::AtomicFile scratch(fs::temp_directory_path() / "pledgetrack-report.xlsx");
    auto warnings = write_xlsx(report, scratch.temp_path(), {spec.created, with_overview(spec)});
    std::ifstream built(scratch.temp_path(), std::ios::binary);
    stdout_stream << built.rdbuf();
    stdout_stream.flush();
    if (!stdout_stream) throw io::WriteError("cannot write the workbook to standard output");
    return warnings;
}

}  // namespace

std::optional<Format> format_from_extension(const std::string& path) {
    const std::string extension = fs::path(path).extension().string();
    if (extension == ".xlsx") return Format::xlsx;
    if (extension == ".csv") return Format::csv;
    if (extension == ".json") return Format::json;
    return std::nullopt;
}

std::vector<std::string_view> table_choices(Format format) {
    std::vector<std::string_view> names;
    if (format == Format::xlsx) names.push_back(table_name::overview);
    names.insert(names.end(), table_names.begin(), table_names.end());
    return names;
}

std::vector<std::string> publish_report(const ReportData& report, const OutputSpec& spec, std::ostream& stdout_stream) {
    switch (spec.format) {
    case Format::xlsx: return publish_xlsx(report, spec, stdout_stream);
    case Format::json: {
        if (!spec.table.empty()) find_table(report, spec.table);
        std::ostringstream text;
        write_json(text, report, spec.table);
        if (spec.path == "-") stdout_stream << text.str();
        else io::write_file_atomically(spec.path, text.str());
        return {};
    }
    case Format::csv: {
        if (spec.path != "-" && fs::is_directory(spec.path)) {
            for (const Table& table : report.tables)
                io::write_file_atomically(fs::path(spec.path) / (table_file_stem(table) + ".csv"), csv_text(table));
            return {};
        }
        if (spec.table.empty())
            throw std::invalid_argument("CSV holds one table: name it with --table, or give a directory as output");
        const std::string text = csv_text(find_table(report, spec.table));
        if (spec.path == "-") stdout_stream << text;
        else io::write_file_atomically(spec.path, text);
        return {};
    }
    }
    return {};
}

}  // namespace pledgetrack::report
