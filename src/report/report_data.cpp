#include "report/report_data.hpp"

#include "analysis/coverage.hpp"
#include "analysis/deadlines.hpp"
#include "analysis/evidence.hpp"
#include "analysis/recurrence.hpp"
#include "text/join.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <unordered_set>

namespace pledgetrack::report {
namespace {

using analysis::Recurrence;
using model::Dataset;

using text::join;

std::string person_name(const Dataset& data, const std::string& id) {
    const model::Person* person = data.find_person(id);
    return person ? person->name : id;
}

std::string category_title(const Dataset& data, const std::string& id) {
    const model::Category* category = data.find_category(id);
    return category ? category->title : id;
}

std::string meeting_label(const model::Meeting& meeting) {
    return meeting.date.to_string() + " " + meeting.title;
}

Cell count(std::size_t value) { return static_cast<long long>(value); }

// "CN: support | VN: proposal, request": who raised the item at one meeting, and how.
std::string appearance_mark(const analysis::Appearance& appearance) {
    std::string mark;
    for (const auto& [side, name] : model::EnumNames<model::PledgeSide>::values) {
        const auto kinds = appearance.kinds_of(side);
        if (kinds.empty()) continue;
        if (!mark.empty()) mark += " | ";
        mark += name;
        mark += ": ";
        mark += analysis::kinds_label(kinds);
    }
    return mark;
}

std::string years_label(const std::map<int, std::size_t>& meetings_per_year) {
    std::vector<std::string> years;
    for (const auto& [year, meetings] : meetings_per_year) years.push_back(std::to_string(year));
    return join(years, ", ");
}

std::set<int> report_years(const std::vector<const model::Meeting*>& meetings) {
    std::set<int> years;
    for (const model::Meeting* meeting : meetings)
        if (auto year = analysis::meeting_year(*meeting)) years.insert(*year);
    return years;
}

// Shared with the tables whose rows it makes on demand.
class Builder : public std::enable_shared_from_this<Builder> {
public:
    Builder(const Dataset& data, const ReportOptions& options)
        : data_(data),
          options_(options),
          meetings_(analysis::meetings_in_order(data, options.selection)),
          items_(analysis::item_recurrence(data, options.selection)),
          groups_(analysis::group_recurrence(data, items_)) {
        meeting_column_.resize(data.meetings.size());
        for (std::size_t i = 0; i < meetings_.size(); ++i) meeting_column_[position(meetings_[i])] = i;
    }

    Table recurrence() const {
        Table table{std::string(table_name::recurrence),
                    {{"Category", 24}, {"Item", 44}, {"Type", 8}, {"Group", 18}, {"Meetings", 10},
                     {"Pledges", 9}, {"First seen", 12}, {"Last seen", 12}, {"Years", 18}, {"Sides", 12},
                     {"Kinds", 28}},
                    {}};
        const std::set<int> years = report_years(meetings_);
        for (int year : years) table.columns.push_back({std::to_string(year), 7});
        for (const model::Meeting* meeting : meetings_) table.columns.push_back({meeting_label(*meeting), 16});

        std::vector<const Recurrence*> rows;
        for (const Recurrence& r : groups_) rows.push_back(&r);
        for (const Recurrence& r : items_) rows.push_back(&r);
        std::stable_sort(rows.begin(), rows.end(), [&](const Recurrence* a, const Recurrence* b) {
            return category_title(data_, a->category_id) < category_title(data_, b->category_id);
        });
        table.made_rows = rows.size();
        table.make_row = [self = shared_from_this(), rows = std::move(rows), years](std::size_t i) {
            return self->recurrence_row(*rows[i], years);
        };
        return table;
    }

    Row recurrence_row(const Recurrence& r, const std::set<int>& years) const {
        const auto per_year = r.meetings_per_year();
        Row row{category_title(data_, r.category_id), r.title, r.is_group ? "group" : "item",
                r.group_id, count(r.meeting_count()), count(r.pledge_count()),
                r.appearances.front().meeting->date.to_string(),
                r.appearances.back().meeting->date.to_string(), years_label(per_year),
                analysis::sides_label(r.sides()), analysis::kinds_label(r.kinds())};
        for (int year : years) {
            auto found = per_year.find(year);
            if (found == per_year.end()) row.emplace_back();
            else row.push_back(count(found->second));
        }
        // One cell per meeting column, filled from the item's appearances.
        const std::size_t first_meeting_column = row.size();
        row.resize(first_meeting_column + meetings_.size());
        for (const analysis::Appearance& appearance : r.appearances)
            row[first_meeting_column + meeting_column_[position(appearance.meeting)]] = appearance_mark(appearance);
        return row;
    }

    Table pledges() const {
        std::size_t most_sources = 1;
        for (const model::Meeting* meeting : meetings_)
            for (const model::Pledge& pledge : meeting->pledges)
                if (included(pledge)) most_sources = std::max(most_sources, pledge.sources.size());
        Table table{std::string(table_name::pledges),
                    {{"Meeting date", 12}, {"Date precision", 10}, {"Meeting", 40}, {"Side", 7}, {"Speaker", 18},
                     {"Kind", 13}, {"Item", 36}, {"Category", 22}, {"Summary", 60}, {"Due", 10},
                     {"Due as stated", 10}, {"Evidence", 30}, {"Sources", 8}, {"Official readouts", 9}},
                    {}};
        for (std::size_t i = 1; i <= most_sources; ++i) table.columns.push_back({"Source " + std::to_string(i), 28});
        std::vector<std::pair<const model::Meeting*, const model::Pledge*>> rows;
        for (const model::Meeting* meeting : meetings_)
            for (const model::Pledge& pledge : meeting->pledges)
                if (included(pledge)) rows.emplace_back(meeting, &pledge);
        table.made_rows = rows.size();
        table.make_row = [self = shared_from_this(), rows = std::move(rows), most_sources](std::size_t i) {
            return self->pledge_row(*rows[i].first, *rows[i].second, most_sources);
        };
        return table;
    }

    Row pledge_row(const model::Meeting& meeting, const model::Pledge& pledge, std::size_t most_sources) const {
        const model::Item& item = *data_.find_item(pledge.item.id);
        const auto evidence = analysis::count_evidence(data_, pledge.sources);
        Row row{meeting.date.to_string(), meeting.date.precision_label(), meeting.title,
                std::string(model::to_string(pledge.side)),
                pledge.speaker ? person_name(data_, pledge.speaker->id) : std::string(),
                std::string(model::to_string(pledge.kind)), item.title,
                category_title(data_, item.category.id), pledge.summary,
                pledge.due ? pledge.due->to_string() : std::string(),
                pledge.due_stated ? std::string(model::to_string(*pledge.due_stated)) : std::string(),
                pledge.evidence, count(evidence.sources), count(evidence.official_readouts)};
        for (std::size_t i = 0; i < most_sources; ++i)
            row.push_back(i < pledge.sources.size() ? source_cell(pledge.sources[i].id) : Cell{});
        return row;
    }

    Table meetings() const {
        Table table{std::string(table_name::meetings),
                    {{"Id", 40}, {"Date", 12}, {"Date precision", 10}, {"Title", 50}, {"Kind", 16}, {"Place", 28},
                     {"Participants", 60}, {"Sources", 8}, {"Outlets", 12}, {"Pledges", 8}, {"Items", 8}},
                    {}};
        for (const model::Meeting* meeting : meetings_) {
            std::vector<std::string> participants;
            for (const model::Participant& p : meeting->participants) {
                const model::Person* person = data_.find_person(p.person.id);
                participants.push_back((person ? person->name + " (" + std::string(model::to_string(person->side)) + ")"
                                               : p.person.id) + ", " + p.role);
            }
            std::set<model::OutletSide> outlets;
            for (const std::string& id : meeting->source_ids)
                if (const model::Source* source = data_.find_source(id)) outlets.insert(source->outlet);
            std::vector<std::string> outlet_names;
            for (model::OutletSide side : outlets) outlet_names.emplace_back(model::to_string(side));
            std::set<std::string> items;
            std::size_t pledges = 0;
            for (const model::Pledge& pledge : meeting->pledges)
                if (included(pledge)) {
                    ++pledges;
                    items.insert(pledge.item.id);
                }
            table.rows.push_back({meeting->id, meeting->date.to_string(), meeting->date.precision_label(),
                                  meeting->title, std::string(model::to_string(meeting->kind)), meeting->place,
                                  join(participants, "; "), count(meeting->source_ids.size()),
                                  join(outlet_names, ", "), count(pledges), count(items.size())});
        }
        return table;
    }

    Table items() const {
        Table table{std::string(table_name::items),
                    {{"Id", 30}, {"Title", 44}, {"Category", 22}, {"Group", 18}, {"Aliases", 40}, {"Meetings", 9},
                     {"Pledges", 8}, {"First seen", 12}, {"Last seen", 12}, {"Sources", 8}, {"Official readouts", 9},
                     {"Current status", 12}, {"Status since", 12}, {"Status timeline", 40}, {"Milestones", 40}},
                    {}};
        std::map<std::string, const Recurrence*> recurrence;
        for (const Recurrence& r : items_) recurrence[r.id] = &r;
        for (const model::Item& item : data_.items) {
            if (!options_.selection.includes(item)) continue;
            const auto found = recurrence.find(item.id);
            const Recurrence* r = found == recurrence.end() ? nullptr : found->second;
            std::vector<const model::Pledge*> pledges;
            if (r)
                for (const auto& a : r->appearances) pledges.insert(pledges.end(), a.pledges.begin(), a.pledges.end());
            const auto evidence = analysis::count_evidence(data_, pledges);
            const model::StatusEvent* status = analysis::current_status(item, options_.as_of);
            std::vector<std::string> milestones;
            for (const model::Milestone& m : item.milestones)
                milestones.push_back(m.title + " (due " + m.due.to_string() + (m.met ? ", met " + m.met->to_string() : "") + ")");
            table.rows.push_back({item.id, item.title, category_title(data_, item.category.id),
                                  item.group ? item.group->id : std::string(), join(item.aliases, "; "),
                                  count(r ? r->meeting_count() : 0), count(pledges.size()),
                                  r ? Cell{r->appearances.front().meeting->date.to_string()} : Cell{},
                                  r ? Cell{r->appearances.back().meeting->date.to_string()} : Cell{},
                                  count(evidence.sources), count(evidence.official_readouts),
                                  status ? Cell{std::string(model::to_string(status->state))} : Cell{},
                                  status ? Cell{status->date.to_string()} : Cell{},
                                  analysis::status_timeline(item, options_.as_of), join(milestones, "; ")});
        }
        return table;
    }

    Table deadlines() const {
        Table table{std::string(table_name::deadlines),
                    {{"Due", 10}, {"Due by", 12}, {"Status", 10}, {"Days left", 9}, {"Item", 40}, {"Source of deadline", 12},
                     {"Meeting date", 12}, {"Meeting", 40}, {"Side", 7}, {"Speaker", 18}, {"What", 60}, {"Met on", 12}},
                    {}};
        auto deadlines = analysis::compute_deadlines(data_, options_.selection, {options_.as_of, options_.due_soon_days});
        table.made_rows = deadlines.size();
        table.make_row = [self = shared_from_this(), deadlines = std::move(deadlines)](std::size_t i) {
            return self->deadline_row(deadlines[i]);
        };
        return table;
    }

    Row deadline_row(const analysis::Deadline& d) const {
        const bool is_pledge = d.pledge != nullptr;
        return {d.due.to_string(), model::format_day(d.due.last_day()), std::string(analysis::to_string(d.state)),
                static_cast<long long>(d.days_left), d.item->title, is_pledge ? "pledge" : "milestone",
                is_pledge ? Cell{d.meeting->date.to_string()} : Cell{}, is_pledge ? Cell{d.meeting->title} : Cell{},
                is_pledge ? Cell{std::string(model::to_string(d.pledge->side))} : Cell{},
                is_pledge && d.pledge->speaker ? Cell{person_name(data_, d.pledge->speaker->id)} : Cell{},
                is_pledge ? d.pledge->summary : d.milestone->title,
                !is_pledge && d.milestone->met ? Cell{d.milestone->met->to_string()} : Cell{}};
    }

    Table coverage() const {
        Table table{std::string(table_name::coverage),
                    {{"Meeting date", 12}, {"Meeting", 44}, {"Item", 40}, {"CN outlets", 30}, {"VN outlets", 30},
                     {"Third-party outlets", 30}, {"Not mentioned by", 14}},
                    {}};
        auto gaps = analysis::compute_coverage(data_, options_.selection);
        table.made_rows = gaps.size();
        table.make_row = [gaps = std::move(gaps)](std::size_t i) { return coverage_row(gaps[i]); };
        return table;
    }

    static Row coverage_row(const analysis::CoverageGap& gap) {
        auto publishers = [&](model::OutletSide side) -> Cell {
            auto found = gap.mentioned_by.find(side);
            if (found == gap.mentioned_by.end()) return {};
            std::vector<std::string> names;
            for (const model::Source* source : found->second) names.push_back(source->publisher);
            return join(names, "; ");
        };
        std::vector<std::string> silent;
        for (model::OutletSide side : gap.silent) silent.emplace_back(model::to_string(side));
        return {gap.meeting->date.to_string(), gap.meeting->title, gap.item->title, publishers(model::OutletSide::cn),
                publishers(model::OutletSide::vn), publishers(model::OutletSide::third), join(silent, ", ")};
    }

    // Pledges per quarter (rows) and category (columns), for the Overview chart.
    Table quarters() const {
        std::map<std::string, std::map<std::string, long long>> counts;
        std::set<std::string> categories;
        for (const model::Meeting* meeting : meetings_)
            for (const model::Pledge& pledge : meeting->pledges) {
                if (!included(pledge)) continue;
                const std::string category = category_title(data_, data_.find_item(pledge.item.id)->category.id);
                categories.insert(category);
                ++counts[analysis::quarter_label(meeting->date.earliest())][category];
            }
        Table table{std::string(table_name::quarters), {{"Quarter", 10}}, {}};
        for (const std::string& category : categories) table.columns.push_back({category, 14});
        for (const auto& [quarter, by_category] : counts) {
            std::vector<Cell> row{quarter};
            for (const std::string& category : categories) {
                auto found = by_category.find(category);
                row.push_back(found == by_category.end() ? 0LL : found->second);
            }
            table.rows.push_back(std::move(row));
        }
        return table;
    }

    std::vector<std::pair<std::string, Cell>> overview(const std::vector<io::InputRecord>& inputs) const {
        std::size_t pledges = 0;
        std::unordered_set<std::string_view> sources;
        for (const model::Meeting* meeting : meetings_)
            for (const model::Pledge& pledge : meeting->pledges)
                if (included(pledge)) {
                    ++pledges;
                    for (const model::Ref& ref : pledge.sources) sources.insert(ref.id);
                }
        const std::size_t recurring = std::count_if(items_.begin(), items_.end(), [](const Recurrence& r) { return r.recurs(); });
        std::string span = "none";
        if (!meetings_.empty())
            span = meetings_.front()->date.to_string() + " to " + meetings_.back()->date.to_string();
        return {{"Input files", count(inputs.size())},
                {"Meetings", count(meetings_.size())},
                {"Sources cited", count(sources.size())},
                {"Items raised", count(items_.size())},
                {"Items raised at two or more meetings", count(recurring)},
                {"Pledges", count(pledges)},
                {"Meeting dates", span},
                {"Deadlines as of", model::format_day(options_.as_of)}};
    }

    Table top_recurring(std::size_t limit) const {
        std::vector<const Recurrence*> ranked;
        for (const Recurrence& r : items_)
            if (r.recurs()) ranked.push_back(&r);
        std::stable_sort(ranked.begin(), ranked.end(), [](const Recurrence* a, const Recurrence* b) {
            return a->meeting_count() > b->meeting_count();
        });
        if (ranked.size() > limit) ranked.resize(limit);
        Table table{"Top recurring items", {{"Item", 44}, {"Meetings", 10}, {"Sides", 12}, {"First seen", 12}, {"Last seen", 12}}, {}};
        for (const Recurrence* r : ranked)
            table.rows.push_back({r->title, count(r->meeting_count()), analysis::sides_label(r->sides()),
                                  r->appearances.front().meeting->date.to_string(),
                                  r->appearances.back().meeting->date.to_string()});
        return table;
    }

private:
    bool included(const model::Pledge& pledge) const {
        const model::Item* item = data_.find_item(pledge.item.id);
        return item && options_.selection.includes(*item);
    }

    Cell source_cell(const std::string& id) const {
        const model::Source* source = data_.find_source(id);
        if (!source) return id;
        const std::string label = source->publisher + ": " + source->title;
        if (source->url.empty()) return label + " [" + source->file + "]";
        return Link{source->url, label};
    }

    std::size_t position(const model::Meeting* meeting) const {
        return static_cast<std::size_t>(meeting - data_.meetings.data());
    }

    const Dataset& data_;
    const ReportOptions options_;
    std::vector<const model::Meeting*> meetings_;
    std::vector<Recurrence> items_;
    std::vector<Recurrence> groups_;
    // A meeting's column (its place in meetings_), by its place in the data set: an
    // array lookup, as the Recurrence sheet makes one per cell.
    std::vector<std::size_t> meeting_column_;
};

Table provenance(const ReportOptions& options, const std::vector<io::InputRecord>& inputs, std::string_view version) {
    Table table{std::string(table_name::provenance), {{"Entry", 10}, {"Name", 50}, {"Value", 70}}, {}};
    table.rows.push_back({"tool", "pledgetrack", std::string(version)});
    for (const auto& [name, value] : options.described_options) table.rows.push_back({"option", name, value});
    for (const io::InputRecord& input : inputs)
        table.rows.push_back({"input", input.name, "sha256:" + input.sha256 + " (" + std::to_string(input.bytes) + " bytes)"});
    return table;
}

}  // namespace

const Table& ReportData::table(std::string_view name) const {
    for (const Table& t : tables)
        if (t.name == name) return t;
    throw std::out_of_range("no table named " + std::string(name));
}

ReportData build_report(const model::Dataset& data, const ReportOptions& options,
                        const std::vector<io::InputRecord>& inputs, std::string_view tool_version) {
    const auto builder = std::make_shared<const Builder>(data, options);
    const auto wanted = [&](std::string_view name) { return options.only_table.empty() || options.only_table == name; };
    ReportData report;
    report.overview = builder->overview(inputs);
    report.top_recurring = builder->top_recurring(10);
    if (wanted(table_name::recurrence)) report.tables.push_back(builder->recurrence());
    if (wanted(table_name::pledges)) report.tables.push_back(builder->pledges());
    if (wanted(table_name::meetings)) report.tables.push_back(builder->meetings());
    if (wanted(table_name::items)) report.tables.push_back(builder->items());
    if (wanted(table_name::deadlines)) report.tables.push_back(builder->deadlines());
    if (wanted(table_name::coverage)) report.tables.push_back(builder->coverage());
    if (wanted(table_name::quarters) || wanted(table_name::overview)) report.tables.push_back(builder->quarters());
    if (wanted(table_name::provenance)) report.tables.push_back(provenance(options, inputs, tool_version));
    return report;
}

}  // namespace pledgetrack::report
