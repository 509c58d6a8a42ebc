#include "report/xlsx_writer.hpp"

#include "io/atomic_file.hpp"
#include "report/cell_text.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace pledgetrack::report {
namespace {

constexpr std::size_t excel_url_limit = 2079;
constexpr std::size_t excel_links_per_sheet = 65530;
constexpr std::size_t excel_column_limit = 16384;

struct Colors {
    static constexpr lxw_color_t header = 0x1F4E78;
    static constexpr lxw_color_t category = 0xDDEBF7;
    static constexpr lxw_color_t both_sides = 0xC6EFCE;
    static constexpr lxw_color_t joint = 0xD9D2E9;
    static constexpr lxw_color_t cn = 0xFCE4D6;
    static constexpr lxw_color_t vn = 0xFFF2CC;
    static constexpr lxw_color_t bad = 0xFFC7CE;
    static constexpr lxw_color_t warn = 0xFFEB9C;
    static constexpr lxw_color_t good = 0xC6EFCE;
};

void check(lxw_error error, std::string_view what) {
    if (error != LXW_NO_ERROR) throw io::WriteError(std::string(what) + ": " + lxw_strerror(error));
}

class WorkbookWriter {
public:
    WorkbookWriter(const std::filesystem::path& path, const XlsxOptions& options) : options_(options) {
        // Constant memory: each row goes to a temporary file once the next row starts,
        // so memory does not grow with the data. It rules out Excel tables; sheets get
        // filters and frozen headers instead.
        lxw_workbook_options workbook_options{};
        workbook_options.constant_memory = LXW_TRUE;
        workbook_ = workbook_new_opt(path.c_str(), &workbook_options);
        if (!workbook_) throw io::WriteError("cannot create workbook " + path.string());
        lxw_doc_properties properties{};
        properties.title = const_cast<char*>("China–Viet Nam commitments");
        properties.subject = const_cast<char*>("Recurring pledges across meetings");
        properties.author = const_cast<char*>("pledgetrack");
        properties.created = options.created;
        workbook_set_properties(workbook_, &properties);
        create_formats();
    }

    ~WorkbookWriter() {
        if (workbook_) workbook_close(workbook_);  // only after an error; output is discarded
    }

    WorkbookWriter(const WorkbookWriter&) = delete;
    WorkbookWriter& operator=(const WorkbookWriter&) = delete;

    std::vector<std::string> write(const ReportData& report) {
        lxw_worksheet* overview = options_.overview ? add_sheet(std::string(table_name::overview)) : nullptr;
        for (const Table& table : report.tables) {
            if (table.name == table_name::recurrence) write_recurrence(table);
            else write_plain(table);
        }
        if (overview) write_overview(overview, report);
        lxw_workbook* workbook = workbook_;
        workbook_ = nullptr;
        check(workbook_close(workbook), "cannot write the workbook");
        return std::move(warnings_);
    }

private:
    void create_formats() {
        title_ = workbook_add_format(workbook_);
        format_set_bold(title_);
        format_set_font_size(title_, 16);
        header_ = workbook_add_format(workbook_);
        format_set_bold(header_);
        format_set_font_color(header_, LXW_COLOR_WHITE);
        format_set_bg_color(header_, Colors::header);
        format_set_text_wrap(header_);
        format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
        category_ = workbook_add_format(workbook_);
        format_set_bold(category_);
        format_set_bg_color(category_, Colors::category);
        wrap_ = workbook_add_format(workbook_);
        format_set_text_wrap(wrap_);
        format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
        link_ = workbook_add_format(workbook_);
        format_set_underline(link_, LXW_UNDERLINE_SINGLE);
        format_set_font_color(link_, LXW_COLOR_BLUE);
        bold_ = workbook_add_format(workbook_);
        format_set_bold(bold_);
        for (lxw_color_t color : {Colors::both_sides, Colors::joint, Colors::cn, Colors::vn, Colors::bad, Colors::warn, Colors::good}) {
            lxw_format* fill = workbook_add_format(workbook_);
            format_set_bg_color(fill, color);
            fills_[color] = fill;
        }
        number_styles();
    }

    // libxlsxwriter numbers styles in the order they are first used, and a sheet's XML
    // refers to them by number. Numbering them here, in the order the full workbook first
    // uses them, keeps a sheet's XML the same whichever other sheets the workbook holds.
    void number_styles() {
        for (lxw_format* format : {header_, category_, wrap_, link_, title_, bold_}) lxw_format_get_xf_index(format);
        for (lxw_color_t color : {Colors::both_sides, Colors::joint, Colors::cn, Colors::vn, Colors::warn, Colors::good, Colors::bad})
            lxw_format_get_dxf_index(fills_.at(color));
    }

    lxw_worksheet* add_sheet(const std::string& name) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook_, name.c_str());
        if (!sheet) throw io::WriteError("cannot add worksheet " + name);
        return sheet;
    }

    void write_text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* format) {
        if (is_safe_cell_text(text)) {
            check(worksheet_write_string(sheet, row, col, text.c_str(), format), "cannot write a cell");
            return;
        }
        SafeText safe = safe_cell_text(text);
        if (safe.truncated)
            warnings_.push_back("a cell in row " + std::to_string(row + 1) + " of sheet " + sheet->name +
                                " was longer than Excel's 32,767 characters and was truncated");
        if (safe.had_control_characters)
            warnings_.push_back("control characters in row " + std::to_string(row + 1) + " of sheet " + sheet->name +
                                " were replaced");
        check(worksheet_write_string(sheet, row, col, safe.text.c_str(), format), "cannot write a cell");
    }

    void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& cell, lxw_format* format) {
        if (const auto* text = std::get_if<std::string>(&cell)) {
            write_text(sheet, row, col, *text, format);
        } else if (const auto* number = std::get_if<long long>(&cell)) {
            check(worksheet_write_number(sheet, row, col, static_cast<double>(*number), format), "cannot write a cell");
        } else if (const auto* link = std::get_if<Link>(&cell)) {
            // Excel holds at most 65,530 links a sheet; later ones are written as text.
            std::size_t& links = links_per_sheet_[sheet];
            const std::string label = is_safe_cell_text(link->text) ? std::string() : safe_cell_text(link->text).text;
            const char* label_text = label.empty() ? link->text.c_str() : label.c_str();
            if (link->url.size() > excel_url_limit || links >= excel_links_per_sheet ||
                worksheet_write_url_opt(sheet, row, col, link->url.c_str(), link_, label_text, nullptr) != LXW_NO_ERROR)
                write_text(sheet, row, col, link->text + " <" + link->url + ">", format);
            else
                ++links;
        }
    }

    void write_header(lxw_worksheet* sheet, const Table& table, lxw_row_t row = 0) {
        for (lxw_col_t col = 0; col < table.columns.size(); ++col) {
            write_text(sheet, row, col, table.columns[col].header, header_);
            check(worksheet_set_column(sheet, col, col, table.columns[col].width, nullptr), "cannot size a column");
        }
    }

    void write_rows(lxw_worksheet* sheet, const Table& table, lxw_row_t first_row, lxw_format* format) {
        table.for_each_row([&](std::size_t r, const Row& row) {
            for (lxw_col_t col = 0; col < row.size(); ++col)
                write_cell(sheet, static_cast<lxw_row_t>(first_row + r), col, row[col], format);
        });
    }

    static lxw_col_t last_column(const Table& table) { return static_cast<lxw_col_t>(table.columns.size() - 1); }

    void write_plain(const Table& table) {
        lxw_worksheet* sheet = add_sheet(table.name);
        worksheet_freeze_panes(sheet, 1, 0);
        write_header(sheet, table);
        check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.row_count()), last_column(table)),
              "cannot add a filter");
        if (table.name == table_name::deadlines) highlight_deadlines(sheet, table);
        write_rows(sheet, table, 1, wrap_);
    }

    void highlight_deadlines(lxw_worksheet* sheet, const Table& table) {
        if (table.row_count() == 0) return;
        const auto last_row = static_cast<lxw_row_t>(table.row_count());
        for (const auto& [text, color] : std::map<std::string, lxw_color_t>{
                 {"overdue", Colors::bad}, {"due soon", Colors::warn}, {"met", Colors::good}}) {
            lxw_conditional_format rule{};
            rule.type = LXW_CONDITIONAL_TYPE_CELL;
            rule.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
            const std::string quoted = "\"" + text + "\"";
            rule.value_string = const_cast<char*>(quoted.c_str());
            rule.format = fills_.at(color);
            check(worksheet_conditional_format_range(sheet, 1, 2, last_row, 2, &rule), "cannot add a highlight");
        }
    }

    // Items down, meetings across; rows grouped under a header row per category so that
    // each category can be folded away (outline level 1). Rows go top to bottom.
    void write_recurrence(const Table& table) {
        if (table.columns.size() > excel_column_limit)
            throw io::WriteError("the Recurrence sheet would need " + std::to_string(table.columns.size()) +
                                 " columns (one per meeting), more than Excel's 16,384: narrow the report with "
                                 "--from/--to, or use --format csv or json");
        lxw_worksheet* sheet = add_sheet(table.name);
        // Meeting headers are long ("2024-12-10 Han Zheng meets ..."): give them room to wrap.
        check(worksheet_set_row(sheet, 0, 75, nullptr), "cannot size the header row");
        write_header(sheet, table);
        worksheet_freeze_panes(sheet, 1, 2);
        worksheet_outline_settings(sheet, LXW_TRUE, LXW_FALSE, LXW_TRUE, LXW_FALSE);

        lxw_row_t row = 1;
        lxw_row_col_options member{};
        member.level = 1;
        Cell category;
        table.for_each_row([&](std::size_t r, const Row& cells) {
            if (r == 0 || cells[0] != category) {
                category = cells[0];
                write_cell(sheet, row, 0, category, category_);
                for (lxw_col_t col = 1; col < table.columns.size(); ++col)
                    check(worksheet_write_blank(sheet, row, col, category_), "cannot write a cell");
                ++row;
            }
            check(worksheet_set_row_opt(sheet, row, LXW_DEF_ROW_HEIGHT, nullptr, &member), "cannot group a row");
            for (lxw_col_t col = 0; col < cells.size(); ++col) write_cell(sheet, row, col, cells[col], nullptr);
            ++row;
        });
        // Ranges are known once the category rows are counted; libxlsxwriter keeps them
        // apart from the cells, so they may follow the rows.
        const lxw_row_t last_row = row - 1;
        check(worksheet_autofilter(sheet, 0, 0, last_row, last_column(table)), "cannot add a filter");
        if (table.row_count() > 0) add_recurrence_highlights(sheet, table, last_row);
    }

    void add_recurrence_highlights(lxw_worksheet* sheet, const Table& table, lxw_row_t last_row) {
        const auto first_meeting = static_cast<lxw_col_t>(recurrence_fixed_columns);
        if (table.columns.size() > first_meeting) {
            // Earlier rules win: a cell raised by both sides is green even though it
            // also contains "CN".
            const std::vector<std::pair<const char*, lxw_color_t>> rules{
                {"|", Colors::both_sides}, {"joint", Colors::joint}, {"CN", Colors::cn}, {"VN", Colors::vn}};
            for (const auto& [text, color] : rules) {
                lxw_conditional_format rule{};
                rule.type = LXW_CONDITIONAL_TYPE_TEXT;
                rule.criteria = LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING;
                rule.value_string = const_cast<char*>(text);
                rule.format = fills_.at(color);
                check(worksheet_conditional_format_range(sheet, 1, first_meeting, last_row, last_column(table), &rule),
                      "cannot add a highlight");
            }
        }
        lxw_conditional_format bar{};
        bar.type = LXW_CONDITIONAL_DATA_BAR;
        bar.bar_color = 0x638EC6;
        check(worksheet_conditional_format_range(sheet, 1, 4, last_row, 4, &bar), "cannot add a data bar");
    }

    void write_overview(lxw_worksheet* sheet, const ReportData& report) {
        check(worksheet_set_column(sheet, 0, 0, 44, nullptr), "cannot size a column");
        check(worksheet_set_column(sheet, 1, 4, 14, nullptr), "cannot size a column");
        write_text(sheet, 0, 0, "China–Viet Nam commitments", title_);
        lxw_row_t row = 2;
        for (const auto& [label, value] : report.overview) {
            write_text(sheet, row, 0, label, bold_);
            write_cell(sheet, row, 1, value, nullptr);
            ++row;
        }
        row += 1;
        write_text(sheet, row++, 0, report.top_recurring.name, bold_);
        write_header(sheet, report.top_recurring, row++);
        write_rows(sheet, report.top_recurring, row, nullptr);
        check(worksheet_set_column(sheet, 0, 0, 44, nullptr), "cannot size a column");
        insert_quarter_chart(sheet, report.table(table_name::quarters));
    }

    void insert_quarter_chart(lxw_worksheet* sheet, const Table& quarters) {
        if (quarters.row_count() == 0 || quarters.columns.size() < 2) return;
        lxw_chart* chart = workbook_add_chart(workbook_, LXW_CHART_COLUMN_STACKED);
        const auto last_row = static_cast<lxw_row_t>(quarters.row_count());
        for (lxw_col_t col = 1; col < quarters.columns.size(); ++col) {
            lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, quarters.name.c_str(), 1, 0, last_row, 0);
            chart_series_set_values(series, quarters.name.c_str(), 1, col, last_row, col);
            chart_series_set_name_range(series, quarters.name.c_str(), 0, col);
        }
        chart_title_set_name(chart, "Pledges per quarter, by category");
        chart_axis_set_name(chart->y_axis, "Pledges");
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        lxw_chart_options placement{};
        placement.x_scale = 2.2;
        placement.y_scale = 1.8;
        check(worksheet_insert_chart_opt(sheet, 1, 6, chart, &placement), "cannot insert the chart");
    }

    const XlsxOptions options_;
    lxw_workbook* workbook_ = nullptr;
    lxw_format* title_ = nullptr;
    lxw_format* header_ = nullptr;
    lxw_format* category_ = nullptr;
    lxw_format* wrap_ = nullptr;
    lxw_format* link_ = nullptr;
    lxw_format* bold_ = nullptr;
    std::map<lxw_color_t, lxw_format*> fills_;
    std::unordered_map<const lxw_worksheet*, std::size_t> links_per_sheet_;
    std::vector<std::string> warnings_;
};

}  // namespace

std::vector<std::string> write_xlsx(const ReportData& report, const std::filesystem::path& path,
                                    const XlsxOptions& options) {
    WorkbookWriter writer(path, options);
    return writer.write(report);
}

}  // namespace pledgetrack::report
