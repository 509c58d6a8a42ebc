#include "validate/semantic_checks.hpp"

#include "diagnostics/rules.hpp"
#include "text/fold.hpp"
#include "validate/ordered_parallel.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace pledgetrack::validate {
namespace {

using namespace model;
namespace rule = diagnostics::rule;

std::string where(const Location& at) {
    return at.file.str() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

class Checker {
public:
    Checker(const Dataset& dataset, diagnostics::DiagnosticList& diagnostics)
        : data_(dataset), out_(diagnostics) {}

    void run() {
        check_unique_ids();
        check_catalog();
        check_name_collisions();
        check_meetings();
    }

private:
    // Each meeting is checked on its own, so batches of them are checked on every core;
    // what they find is taken in meeting order.
    void check_meetings() {
        constexpr std::size_t batch = 64;
        const std::vector<Meeting>& meetings = data_.meetings;
        const auto check_batch = [&](std::size_t b) {
            diagnostics::DiagnosticList found;
            Checker checker(data_, found);
            for (std::size_t i = b * batch; i < std::min(meetings.size(), (b + 1) * batch); ++i)
                checker.check_meeting(meetings[i]);
            return found;
        };
        const auto take = [&](std::size_t, diagnostics::DiagnosticList&& found) { out_.append(std::move(found)); };
        ordered_parallel<diagnostics::DiagnosticList>((meetings.size() + batch - 1) / batch, worker_threads(),
                                                      check_batch, take);
    }

    // Reported at every definition after the first, in file order.
    void check_unique_ids() {
        struct Definition {
            std::string_view kind;
            const std::string* id;
            const Location* at;
        };
        std::vector<Definition> definitions;
        auto add = [&](std::string_view kind, const auto& entities) {
            for (const auto& e : entities) definitions.push_back({kind, &e.id, &e.at});
        };
        add("category", data_.categories);
        add("group", data_.groups);
        add("person", data_.people);
        add("item", data_.items);
        add("source", data_.sources);
        add("meeting", data_.meetings);
        std::stable_sort(definitions.begin(), definitions.end(),
                         [](const Definition& a, const Definition& b) { return *a.at < *b.at; });
        std::unordered_map<std::string_view, const Definition*> first;
        for (const Definition& d : definitions) {
            auto [earlier, inserted] = first.try_emplace(*d.id, &d);
            if (!inserted)
                out_.report(rule::duplicate_id, *d.at,
                            "id " + quoted(*d.id) + " is already used by the " + std::string(earlier->second->kind) +
                                " at " + where(*earlier->second->at));
        }
    }

    template <class Find> bool resolve(const Ref& ref, std::string_view kind, Find find) {
        if (find(ref.id)) return true;
        if (data_.unloaded_ids.contains(ref.id)) return false;  // its own error says why
        out_.report(rule::unresolved_ref, ref.at, "no " + std::string(kind) + " has the id " + quoted(ref.id));
        return false;
    }
    bool resolve_category(const Ref& r) { return resolve(r, "category", [&](auto id) { return data_.find_category(id); }); }
    bool resolve_group(const Ref& r) { return resolve(r, "group", [&](auto id) { return data_.find_group(id); }); }
    bool resolve_person(const Ref& r) { return resolve(r, "person", [&](auto id) { return data_.find_person(id); }); }
    bool resolve_item(const Ref& r) { return resolve(r, "item", [&](auto id) { return data_.find_item(id); }); }
    bool resolve_source(const Ref& r) { return resolve(r, "source", [&](auto id) { return data_.find_source(id); }); }
    bool resolve_meeting(const Ref& r) { return resolve(r, "meeting", [&](auto id) { return data_.find_meeting(id); }); }

    void check_catalog() {
        for (const Group& group : data_.groups) resolve_category(group.category);
        for (const Item& item : data_.items) {
            resolve_category(item.category);
            if (item.group) resolve_group(*item.group);
            for (const StatusEvent& status : item.statuses) {
                for (const Ref& source : status.sources) resolve_source(source);
                if (status.meeting) resolve_meeting(*status.meeting);
            }
        }
    }

    // Titles, names and aliases identify one thing each once folded.
    template <class Entity> void check_collisions(const std::vector<Entity>& entities, std::string_view kind,
                                                  auto names_of) {
        std::unordered_map<std::string, const Entity*> owners;
        for (const Entity& entity : entities) {
            for (const auto& [name, at] : names_of(entity)) {
                const std::string key = text::fold_key(name);
                if (key.empty()) continue;
                auto [owner, inserted] = owners.try_emplace(key, &entity);
                if (inserted || owner->second == &entity || owner->second->id == entity.id) continue;
                out_.report(rule::alias_collision, at,
                            quoted(name) + " names both " + std::string(kind) + " " + quoted(owner->second->id) +
                                " and " + std::string(kind) + " " + quoted(entity.id) + " once folded");
            }
        }
    }

    // A title or name and its aliases, each with where it was written.
    static std::vector<std::pair<std::string_view, Location>> names(const std::string& main, const Location& main_at,
                                                                    const std::vector<std::string>& aliases,
                                                                    const std::vector<Location>& alias_at) {
        std::vector<std::pair<std::string_view, Location>> all{{main, main_at}};
        for (std::size_t i = 0; i < aliases.size(); ++i) all.emplace_back(aliases[i], alias_at[i]);
        return all;
    }

    void check_name_collisions() {
        check_collisions(data_.items, "item", [](const Item& item) {
            return names(item.title, item.title_at, item.aliases, item.alias_at);
        });
        check_collisions(data_.people, "person", [](const Person& person) {
            return names(person.name, person.name_at, person.aliases, person.alias_at);
        });
    }

    void check_meeting_date(const Meeting& meeting) {
        if (const DateWindow* window = meeting.date.window(); window && !window->is_ordered()) {
            out_.report(rule::window_order, meeting.date_at,
                        "window starts " + format_day(window->not_before) + ", after its end " +
                            format_day(window->not_after));
            return;
        }
        if (meeting.date.weekday_contradicts())
            out_.report(rule::weekday_mismatch, meeting.date_at,
                        "the stated weekday does not fall on " + meeting.date.to_string() +
                            (meeting.date.is_exact_day()
                                 ? " (a " + weekday_name(date::weekday{date::sys_days{meeting.date.earliest()}}) + ")"
                                 : std::string()));
    }

    void check_sources_of(const Meeting& meeting) {
        for (const std::string& id : meeting.source_ids) {
            const Source* source = data_.find_source(id);
            if (!source || source->meeting_id != meeting.id || !source->published) continue;
            if (source->published->last_day() < meeting.date.earliest())
                out_.report(rule::source_before_meeting, source->published_at,
                            "source " + quoted(id) + " is dated " + source->published->to_string() +
                                ", before the meeting (" + meeting.date.to_string() + ")");
        }
    }

    void check_due(const Meeting& meeting, const Pledge& pledge) {
        if (pledge.due && pledge.due->last_day() < meeting.date.earliest())
            out_.report(rule::due_before_meeting, pledge.due_at,
                        "due " + pledge.due->to_string() + " is before the meeting (" + meeting.date.to_string() + ")");
        if (!pledge.due_stated) return;
        if (!pledge.due) {
            out_.report(rule::relative_due, pledge.at,
                        "due-stated is given but there is no due date to resolve it to");
            return;
        }
        const int offset = *pledge.due_stated == RelativeYear::next_year ? 1 : 0;
        const date::year earliest = meeting.date.earliest().year() + date::years{offset};
        const date::year latest = meeting.date.latest().year() + date::years{offset};
        const date::year due_year = pledge.due->year();
        if (due_year < earliest || due_year > latest) {
            std::string expected = std::to_string(static_cast<int>(earliest));
            if (latest != earliest) expected += " or " + std::to_string(static_cast<int>(latest));
            out_.report(rule::relative_due, pledge.due_at,
                        std::string(to_string(*pledge.due_stated)) + " at a meeting on " + meeting.date.to_string() +
                            " means " + expected + ", not " + pledge.due->to_string());
        }
    }

    void check_speaker(const Meeting& meeting, const Pledge& pledge) {
        if (!pledge.speaker || !resolve_person(*pledge.speaker)) return;
        const Person* speaker = data_.find_person(pledge.speaker->id);
        const bool present = std::any_of(meeting.participants.begin(), meeting.participants.end(),
                                         [&](const Participant& p) { return p.person.id == speaker->id; });
        if (!present)
            out_.report(rule::speaker_not_participant, pledge.speaker->at,
                        "speaker " + quoted(speaker->id) + " is not a participant of meeting " + quoted(meeting.id));
        if (pledge.side != PledgeSide::joint && to_string(pledge.side) != to_string(speaker->side))
            out_.report(rule::speaker_side, pledge.speaker->at,
                        "a " + std::string(to_string(pledge.side)) + " pledge names " + quoted(speaker->id) +
                            ", who is on the " + std::string(to_string(speaker->side)) + " side");
    }

    void check_pledge_sources(const Meeting& meeting, const Pledge& pledge) {
        for (const Ref& ref : pledge.sources) {
            if (!resolve_source(ref)) continue;
            if (std::find(meeting.source_ids.begin(), meeting.source_ids.end(), ref.id) == meeting.source_ids.end())
                out_.report(rule::foreign_source, ref.at,
                            "source " + quoted(ref.id) + " does not report meeting " + quoted(meeting.id));
        }
    }

    void check_meeting(const Meeting& meeting) {
        if (meeting.draft)
            out_.report(rule::draft_meeting, meeting.at,
                        "meeting " + quoted(meeting.id) + " is an unreviewed draft; review it, then remove draft=\"true\"");
        check_meeting_date(meeting);
        check_sources_of(meeting);
        std::set<CountrySide> sides_present;
        for (const Participant& participant : meeting.participants)
            if (resolve_person(participant.person))
                sides_present.insert(data_.find_person(participant.person.id)->side);

        std::map<std::tuple<std::string, PledgeSide, PledgeKind>, const Pledge*> seen;
        for (const Pledge& pledge : meeting.pledges) {
            resolve_item(pledge.item);
            check_pledge_sources(meeting, pledge);
            check_due(meeting, pledge);
            check_speaker(meeting, pledge);
            if (pledge.side != PledgeSide::joint) {
                const CountrySide side = pledge.side == PledgeSide::cn ? CountrySide::cn : CountrySide::vn;
                if (!sides_present.contains(side))
                    out_.report(rule::side_without_participant, pledge.at,
                                "pledge by " + std::string(to_string(pledge.side)) + " but meeting " +
                                    quoted(meeting.id) + " lists no " + std::string(to_string(side)) + " participant");
            }
            auto [first, inserted] = seen.try_emplace({pledge.item.id, pledge.side, pledge.kind}, &pledge);
            if (!inserted)
                out_.report(rule::duplicate_pledge, pledge.at,
                            "same item, side and kind as the pledge at " + where(first->second->at));
        }
    }

    const Dataset& data_;
    diagnostics::DiagnosticList& out_;
};

}  // namespace

void check_dataset(const Dataset& dataset, diagnostics::DiagnosticList& diagnostics) {
    Checker(dataset, diagnostics).run();
}

}  // namespace pledgetrack::validate
