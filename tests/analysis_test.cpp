// The analysis on tests/fixtures/small, whose answers are known by hand.
#include "analysis/coverage.hpp"
#include "analysis/deadlines.hpp"
#include "analysis/evidence.hpp"
#include "analysis/recurrence.hpp"
#include "support/process.hpp"
#include "validate/validator.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pledgetrack;
using namespace date::literals;

namespace {

const model::Dataset& small() {
    static const validate::Result result =
        validate::validate_paths({(test::source_dir() / "tests/fixtures/small").string()}, {.strict = true});
    REQUIRE(result.valid());
    return result.dataset;
}

const analysis::Recurrence& find(const std::vector<analysis::Recurrence>& list, const std::string& id) {
    auto found = std::find_if(list.begin(), list.end(), [&](const auto& r) { return r.id == id; });
    REQUIRE(found != list.end());
    return *found;
}

const analysis::Deadline& deadline_of(const std::vector<analysis::Deadline>& list, const std::string& item, bool pledge) {
    auto found = std::find_if(list.begin(), list.end(), [&](const analysis::Deadline& d) {
        return d.item->id == item && (d.pledge != nullptr) == pledge;
    });
    REQUIRE(found != list.end());
    return *found;
}

}  // namespace

TEST_CASE("An item raised at two meetings recurs, with every side and kind that raised it", "[analysis]") {
    const auto items = analysis::item_recurrence(small(), {});
    const auto& line_a = find(items, "line-a");
    CHECK(line_a.meeting_count() == 2);
    CHECK(line_a.recurs());
    CHECK(line_a.pledge_count() == 3);
    CHECK(analysis::sides_label(line_a.sides()) == "CN+VN+joint");
    CHECK(analysis::kinds_label(line_a.kinds()) == "proposal, agreement, support");
    CHECK(line_a.meetings_per_year() == std::map<int, std::size_t>{{2024, 1}, {2025, 1}});
}

TEST_CASE("Two pledges and two sources at one meeting make one appearance", "[analysis]") {
    const auto items = analysis::item_recurrence(small(), {});
    const auto& line_a = find(items, "line-a");
    CHECK(line_a.appearances.front().meeting->id == "m1");
    CHECK(line_a.appearances.front().pledges.size() == 2);
    CHECK(line_a.appearances.back().meeting->id == "m2");
}

TEST_CASE("Items raised at one meeting do not recur", "[analysis]") {
    const auto items = analysis::item_recurrence(small(), {});
    CHECK_FALSE(find(items, "line-b").recurs());
    CHECK_FALSE(find(items, "durian").recurs());
}

TEST_CASE("A group appears at every meeting where any member does", "[analysis]") {
    const auto groups = analysis::group_recurrence(small(), analysis::item_recurrence(small(), {}));
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].id == "rail-links");
    CHECK(groups[0].meeting_count() == 2);
    CHECK(groups[0].pledge_count() == 4);
}

TEST_CASE("A meeting in a window is placed by its start and keeps its precision", "[analysis]") {
    const auto meetings = analysis::meetings_in_order(small(), {});
    REQUIRE(meetings.size() == 2);
    CHECK(meetings[1]->date.to_string() == "2025-03-24..2025-03-30 (monday)");
    analysis::Selection march;
    march.from = 2025_y / date::March / 24;
    CHECK(analysis::meetings_in_order(small(), march).size() == 1);
    march.from = 2025_y / date::March / 25;
    CHECK(analysis::meetings_in_order(small(), march).empty());
}

TEST_CASE("Selecting a category keeps only its items", "[analysis]") {
    analysis::Selection trade;
    trade.categories = {"trade"};
    const auto items = analysis::item_recurrence(small(), trade);
    REQUIRE(items.size() == 1);
    CHECK(items[0].id == "durian");
}

TEST_CASE("A partial due date is due at the end of its period", "[analysis][deadlines]") {
    const auto deadlines = analysis::compute_deadlines(small(), {}, {2025_y / date::June / 1, 90});
    const auto& line_a = deadline_of(deadlines, "line-a", true);
    CHECK(line_a.state == analysis::DeadlineState::future);
    CHECK(line_a.days_left == 213);  // to 2025-12-31
    const auto& durian = deadline_of(deadlines, "durian", true);
    CHECK(durian.state == analysis::DeadlineState::overdue);
    CHECK(durian.days_left == -62);  // since 2025-03-31
}

TEST_CASE("A deadline within the due-soon window is due soon", "[analysis][deadlines]") {
    const auto deadlines = analysis::compute_deadlines(small(), {}, {2025_y / date::October / 15, 90});
    CHECK(deadline_of(deadlines, "line-a", true).state == analysis::DeadlineState::due_soon);
}

TEST_CASE("A pledge is met once its item's milestone with the same due date is met", "[analysis][deadlines]") {
    const auto before = analysis::compute_deadlines(small(), {}, {2025_y / date::December / 18, 90});
    CHECK(deadline_of(before, "line-a", true).state == analysis::DeadlineState::due_soon);
    const auto after = analysis::compute_deadlines(small(), {}, {2026_y / date::January / 1, 90});
    CHECK(deadline_of(after, "line-a", true).state == analysis::DeadlineState::met);
    CHECK(deadline_of(after, "line-a", false).state == analysis::DeadlineState::met);
    CHECK(deadline_of(after, "durian", false).state == analysis::DeadlineState::overdue);
}

TEST_CASE("Deadlines are listed by due date", "[analysis][deadlines]") {
    const auto deadlines = analysis::compute_deadlines(small(), {}, {2025_y / date::June / 1, 90});
    REQUIRE(deadlines.size() == 4);
    CHECK(deadlines[0].due.to_string() == "2024-06");
    CHECK(deadlines[1].due.to_string() == "2025-03");
}

TEST_CASE("An item's status is its latest event up to the as-of day", "[analysis][evidence]") {
    const model::Item& line_a = *small().find_item("line-a");
    CHECK(analysis::current_status(line_a, 2024_y / date::August / 18) == nullptr);
    CHECK(analysis::current_status(line_a, 2025_y / date::June / 1)->state == model::ItemState::agreed);
    CHECK(analysis::current_status(line_a, 2026_y / date::January / 1)->state == model::ItemState::under_way);
    CHECK(analysis::status_timeline(line_a, 2026_y / date::January / 1) == "2024-08-19 agreed; 2025-12-19 under-way");
}

TEST_CASE("Evidence counts distinct sources and official readouts", "[analysis][evidence]") {
    const model::Meeting& m1 = *small().find_meeting("m1");
    const auto evidence = analysis::count_evidence(small(), m1.pledges[1].sources);
    CHECK(evidence.sources == 2);
    CHECK(evidence.official_readouts == 1);
    const auto both = analysis::count_evidence(small(), std::vector{&m1.pledges[0], &m1.pledges[1]});
    CHECK(both.sources == 2);
}

TEST_CASE("Coverage lists items that one side's outlets omit", "[analysis][coverage]") {
    const auto gaps = analysis::compute_coverage(small(), {});
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].meeting->id == "m1");
    CHECK(gaps[0].item->id == "durian");
    CHECK(gaps[0].silent == std::set{model::OutletSide::cn});
    CHECK(gaps[0].mentioned_by.at(model::OutletSide::vn).front()->id == "m1.vn");
}

TEST_CASE("In the seeds, the 10 Dec 2024 meeting counts once for an item both its sources report", "[analysis][seeds]") {
    const validate::Result seeds = validate::validate_paths({(test::source_dir() / "seeds").string()}, {});
    REQUIRE(seeds.valid());
    const auto items = analysis::item_recurrence(seeds.dataset, {});
    const auto& shared_future = find(items, "community-shared-future");
    const auto at_meeting = std::count_if(shared_future.appearances.begin(), shared_future.appearances.end(),
                                          [](const auto& a) { return a.meeting->id == "2024-12-10-han-zheng-bui-thanh-son-beijing"; });
    CHECK(at_meeting == 1);
    const auto* meeting = seeds.dataset.find_meeting("2024-12-10-han-zheng-bui-thanh-son-beijing");
    std::set<std::string> citing;
    for (const auto& pledge : meeting->pledges)
        if (pledge.item.id == "community-shared-future")
            for (const auto& source : pledge.sources) citing.insert(source.id);
    CHECK(citing.size() == 2);
}
