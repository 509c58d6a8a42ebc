#pragma once

#include "model/enums.hpp"
#include "model/location.hpp"
#include "model/partial_date.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The pledge data set: plain values, no knowledge of XML, Excel or validation rules.
// References between entities are ids; Dataset's lookups resolve them.
namespace pledgetrack::model {

// A reference to another entity by id, remembering where it was written.
struct Ref {
    std::string id;
    Location at;
};

struct Category {
    std::string id;
    std::string title;
    std::string description;
    Location at;
};

struct Group {
    std::string id;
    Ref category;
    std::string title;
    std::string description;
    Location at;
};

struct Person {
    std::string id;
    CountrySide side;
    std::string name;
    std::vector<std::string> aliases;
    Location at;
    Location name_at;
    std::vector<Location> alias_at;  // parallel to aliases
};

struct Milestone {
    std::string title;
    PartialDate due;
    std::optional<PartialDate> met;
    Location at;
};

struct StatusEvent {
    PartialDate date;
    ItemState state;
    std::vector<Ref> sources;
    std::optional<Ref> meeting;
    std::string note;
    Location at;
};

struct Item {
    std::string id;
    Ref category;
    std::optional<Ref> group;
    std::string title;
    std::vector<std::string> aliases;
    std::string description;
    std::vector<Milestone> milestones;
    std::vector<StatusEvent> statuses;
    Location at;
    Location title_at;
    std::vector<Location> alias_at;  // parallel to aliases
};

struct Source {
    std::string id;
    std::string publisher;
    std::string title;
    bool title_inferred = false;
    std::string url;   // empty when the source is a local file
    std::string file;  // set when there is no URL
    std::optional<PartialDate> published;
    std::string language;
    SourceType type;
    OutletSide outlet;
    std::string meeting_id;  // empty for a stand-alone source
    Location at;
    Location published_at;
};

struct Participant {
    Ref person;
    std::string role;
    Location at;
};

struct Pledge {
    Ref item;
    PledgeSide side;
    std::optional<Ref> speaker;
    PledgeKind kind;
    std::vector<Ref> sources;
    std::optional<PartialDate> due;
    std::optional<RelativeYear> due_stated;
    std::string summary;
    std::string evidence;
    Location at;
    Location due_at;
};

struct Meeting {
    std::string id;
    MeetingKind kind;
    std::string title;
    std::string place;
    MeetingDate date;
    std::vector<Participant> participants{};
    std::vector<std::string> source_ids{};
    std::vector<Pledge> pledges{};
    std::vector<std::string> notes{};
    bool draft = false;  // drafted from an article and not yet reviewed
    Location at{};
    Location date_at{};
};

struct Dataset {
    std::vector<Category> categories;
    std::vector<Group> groups;
    std::vector<Person> people;
    std::vector<Item> items;
    std::vector<Source> sources;
    std::vector<Meeting> meetings;
    // Ids of definitions that were written but could not be loaded (a meeting whose date
    // is not a real day): their problem is reported once, and references to them are not
    // reported again as unresolved.
    std::set<std::string> unloaded_ids;

    const Category* find_category(std::string_view id) const;
    const Group* find_group(std::string_view id) const;
    const Person* find_person(std::string_view id) const;
    const Item* find_item(std::string_view id) const;
    const Source* find_source(std::string_view id) const;
    const Meeting* find_meeting(std::string_view id) const;

    // Appends everything from another data set (one per input file).
    void merge(Dataset&& other);
    // Rebuilds the id lookups; call after the last merge and before the find_* lookups.
    // When an id occurs twice, lookups find the first occurrence.
    void index();

private:
    struct IdHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
    };
    using IdIndex = std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>>;
    IdIndex category_index_, group_index_, person_index_, item_index_, source_index_,
        meeting_index_;
};

}  // namespace pledgetrack::model
