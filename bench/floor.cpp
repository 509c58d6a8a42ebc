// The floor for `pledgetrack report`: the least work that still produces the Recurrence
// sheet. It parses the pledge files with pugixml (no schema, no rules of meaning), builds
// the same rows as the product's Recurrence table (items and groups down, meetings across
// in date order, "CN: support | VN: proposal" marks, counts, years, sides, kinds) and
// writes them with libxlsxwriter in constant-memory mode. No other sheet, no formatting.
//
//   floor OUTPUT.xlsx PATH...     (files, or directories searched for *.xml)
#include <pugixml.hpp>
#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 3> side_names{"CN", "VN", "joint"};
constexpr std::array<std::string_view, 7> kind_names{"proposal", "request", "agreement", "pledge",
                                                     "support", "affirmation", "congratulation"};

template <std::size_t N> int index_of(const std::array<std::string_view, N>& names, std::string_view value) {
    return static_cast<int>(std::find(names.begin(), names.end(), value) - names.begin());
}

long days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    return era * 146097 + static_cast<long>(yoe * 365 + yoe / 4 - yoe / 100 + doy) - 719468;
}

// First and last day a date may stand for: "2025" spans the year, "2025-11" the month.
std::pair<long, long> partial_span(std::string_view text) {
    const int y = std::atoi(std::string(text.substr(0, 4)).c_str());
    if (text.size() == 4) return {days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)};
    const unsigned m = static_cast<unsigned>(std::atoi(std::string(text.substr(5, 2)).c_str()));
    if (text.size() == 7) return {days_from_civil(y, m, 1), days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1};
    const long day = days_from_civil(y, m, static_cast<unsigned>(std::atoi(std::string(text.substr(8, 2)).c_str())));
    return {day, day};
}

int year_of(long days) {  // good enough for the years pledge data spans
    int y = static_cast<int>(days / 365.2425) + 1970;
    while (days_from_civil(y, 1, 1) > days) --y;
    while (days_from_civil(y + 1, 1, 1) <= days) ++y;
    return y;
}

struct Pledge {
    int item, side, kind;
};

struct Meeting {
    std::string id, label, date;  // label: "date title", the column header
    long first = 0, last = 0;
    std::vector<Pledge> pledges;
};

struct Item {
    std::string title, category, group;
    bool defined = false;
};

// An item or group at one meeting: the kinds each side used there, as bit sets.
struct Appearance {
    std::size_t meeting;  // position in date order
    std::array<unsigned, 3> kinds{};
    std::size_t pledges = 0;
};

struct Row {
    std::string title, category, group;
    bool is_group;
    std::vector<Appearance> appearances;
};

struct Data {
    std::unordered_map<std::string, std::string> category_titles;
    std::vector<std::pair<std::string, Item>> groups;
    std::unordered_map<std::string, int> item_index;
    std::vector<Item> items;
    std::vector<Meeting> meetings;

    int item(const std::string& id) {
        auto [it, added] = item_index.try_emplace(id, static_cast<int>(items.size()));
        if (added) items.emplace_back();
        return it->second;
    }

    void load(const fs::path& path) {
        pugi::xml_document doc;
        if (!doc.load_file(path.c_str())) {
            std::fprintf(stderr, "floor: cannot parse %s\n", path.c_str());
            std::exit(1);
        }
        for (pugi::xml_node node : doc.document_element().children()) {
            const std::string_view name = node.name();
            if (name == "category") category_titles[node.attribute("id").value()] = node.child_value("title");
            else if (name == "group") groups.push_back({node.attribute("id").value(), {node.child_value("title"), node.attribute("category").value(), "", true}});
            else if (name == "item") items[item(node.attribute("id").value())] = {node.child_value("title"), node.attribute("category").value(), node.attribute("group").value(), true};
            else if (name == "meeting") load_meeting(node);
        }
    }

    void load_meeting(pugi::xml_node node) {
        Meeting m;
        m.id = node.attribute("id").value();
        if (pugi::xml_node window = node.child("window")) {
            m.first = partial_span(window.attribute("not-before").value()).first;
            m.last = partial_span(window.attribute("not-after").value()).first;
            m.date = std::string(window.attribute("not-before").value()) + ".." + window.attribute("not-after").value();
            if (pugi::xml_attribute weekday = window.attribute("weekday")) m.date += std::string(" (") + weekday.value() + ")";
        } else {
            m.date = node.child_value("date");
            std::tie(m.first, m.last) = partial_span(m.date);
        }
        m.label = m.date + " " + node.child_value("title");
        for (pugi::xml_node p : node.children("pledge"))
            m.pledges.push_back({item(p.attribute("item").value()), index_of(side_names, p.attribute("side").value()),
                                 index_of(kind_names, p.attribute("kind").value())});
        meetings.push_back(std::move(m));
    }
};

std::vector<fs::path> xml_files(int count, char** paths) {
    std::vector<fs::path> files;
    for (int i = 0; i < count; ++i) {
        if (!fs::is_directory(paths[i])) {
            files.emplace_back(paths[i]);
            continue;
        }
        std::vector<fs::path> found;
        for (const auto& entry : fs::recursive_directory_iterator(paths[i]))
            if (entry.is_regular_file() && entry.path().extension() == ".xml") found.push_back(entry.path());
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::string join_bits(unsigned bits, std::string_view separator, const auto& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (bits & (1u << i)) {
            if (!text.empty()) text += separator;
            text += names[i];
        }
    return text;
}

// "CN: support | VN: proposal, request"
std::string mark(const Appearance& a) {
    std::string text;
    for (std::size_t side = 0; side < 3; ++side)
        if (a.kinds[side]) {
            if (!text.empty()) text += " | ";
            text += std::string(side_names[side]) + ": " + join_bits(a.kinds[side], ", ", kind_names);
        }
    return text;
}

void check(lxw_error error) {
    if (error != LXW_NO_ERROR) {
        std::fprintf(stderr, "floor: %s\n", lxw_strerror(error));
        std::exit(1);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: floor OUTPUT.xlsx PATH...\n");
        return 2;
    }
    Data data;
    for (const fs::path& file : xml_files(argc - 2, argv + 2)) data.load(file);

    std::vector<Meeting>& meetings = data.meetings;
    std::sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) {
        return std::tie(a.first, a.last, a.id) < std::tie(b.first, b.last, b.id);
    });
    std::vector<std::optional<int>> meeting_year;  // only when the whole span lies in one year
    std::map<int, int> year_columns;
    for (const Meeting& m : meetings) {
        const int first = year_of(m.first);
        meeting_year.push_back(first == year_of(m.last) ? std::optional<int>(first) : std::nullopt);
        if (meeting_year.back()) year_columns.emplace(first, 0);
    }

    // Item appearances in date order, then groups rolled up from their members.
    std::vector<Row> item_rows(data.items.size());
    for (std::size_t i = 0; i < data.items.size(); ++i)
        item_rows[i] = {data.items[i].title, data.items[i].category, data.items[i].group, false, {}};
    for (std::size_t m = 0; m < meetings.size(); ++m)
        for (const Pledge& p : meetings[m].pledges) {
            auto& list = item_rows[static_cast<std::size_t>(p.item)].appearances;
            if (list.empty() || list.back().meeting != m) list.push_back({m, {}, 0});
            list.back().kinds[static_cast<std::size_t>(p.side)] |= 1u << p.kind;
            ++list.back().pledges;
        }
    std::vector<Row> rows;
    std::unordered_map<std::string, std::size_t> group_row;
    for (const auto& [id, group] : data.groups) {
        group_row[id] = rows.size();
        rows.push_back({group.title, group.category, "", true, {}});
    }
    std::vector<std::map<std::size_t, Appearance>> rolled(rows.size());
    for (const Row& item : item_rows)
        if (!item.group.empty())
            for (const Appearance& a : item.appearances) {
                Appearance& g = rolled[group_row.at(item.group)].try_emplace(a.meeting, Appearance{a.meeting, {}, 0}).first->second;
                for (std::size_t side = 0; side < 3; ++side) g.kinds[side] |= a.kinds[side];
                g.pledges += a.pledges;
            }
    for (std::size_t g = 0; g < rows.size(); ++g)
        for (const auto& [position, a] : rolled[g]) rows[g].appearances.push_back(a);
    rows.insert(rows.end(), std::make_move_iterator(item_rows.begin()), std::make_move_iterator(item_rows.end()));
    std::erase_if(rows, [](const Row& r) { return r.appearances.empty(); });

    // The product's order: by category title, groups before items, then most meetings,
    // then title.
    const auto category_title = [&](const Row& r) -> const std::string& { return data.category_titles[r.category]; };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const auto key = [&](const Row& r) { return std::make_tuple(category_title(r), !r.is_group, r.category, -static_cast<long>(r.appearances.size()), r.title); };
        return key(a) < key(b);
    });

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(argv[1], &options);
    if (!workbook) return 1;
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Recurrence");
    std::vector<std::string> header{"Category", "Item", "Type", "Group", "Meetings", "Pledges", "First seen",
                                    "Last seen", "Years", "Sides", "Kinds"};
    for (const auto& [year, unused] : year_columns) header.push_back(std::to_string(year));
    const auto first_meeting_column = static_cast<lxw_col_t>(header.size());
    for (const Meeting& m : meetings) header.push_back(m.label);
    for (lxw_col_t c = 0; c < header.size(); ++c) check(worksheet_write_string(sheet, 0, c, header[c].c_str(), nullptr));

    lxw_row_t r = 1;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        if (i == 0 || category_title(row) != category_title(rows[i - 1]))
            check(worksheet_write_string(sheet, r++, 0, category_title(row).c_str(), nullptr));
        unsigned sides = 0, kinds = 0;
        std::size_t pledges = 0;
        std::map<int, int> per_year;
        for (const Appearance& a : row.appearances) {
            for (std::size_t side = 0; side < 3; ++side)
                if (a.kinds[side]) {
                    sides |= 1u << side;
                    kinds |= a.kinds[side];
                }
            pledges += a.pledges;
            if (meeting_year[a.meeting]) ++per_year[*meeting_year[a.meeting]];
        }
        std::string years;
        for (const auto& [year, count] : per_year) years += (years.empty() ? "" : ", ") + std::to_string(year);
        const std::string texts[] = {category_title(row), row.title, row.is_group ? "group" : "item", row.group};
        for (lxw_col_t c = 0; c < 4; ++c) check(worksheet_write_string(sheet, r, c, texts[c].c_str(), nullptr));
        check(worksheet_write_number(sheet, r, 4, static_cast<double>(row.appearances.size()), nullptr));
        check(worksheet_write_number(sheet, r, 5, static_cast<double>(pledges), nullptr));
        const std::string tail[] = {meetings[row.appearances.front().meeting].date, meetings[row.appearances.back().meeting].date,
                                    years, join_bits(sides, "+", side_names), join_bits(kinds, ", ", kind_names)};
        for (lxw_col_t c = 0; c < 5; ++c) check(worksheet_write_string(sheet, r, 6 + c, tail[c].c_str(), nullptr));
        lxw_col_t c = 11;
        for (const auto& [year, unused] : year_columns) {
            if (auto found = per_year.find(year); found != per_year.end()) check(worksheet_write_number(sheet, r, c, found->second, nullptr));
            ++c;
        }
        for (const Appearance& a : row.appearances)
            check(worksheet_write_string(sheet, r, first_meeting_column + static_cast<lxw_col_t>(a.meeting), mark(a).c_str(), nullptr));
        ++r;
    }
    check(workbook_close(workbook));
}
