#include "xml/loader.hpp"

#include "text/whitespace.hpp"
#include "xml/node_reading.hpp"

namespace pledgetrack::xml {
namespace {

using namespace model;
// Reads one file; the schema has already guaranteed required attributes and enum values,
// so only calendar validity can still fail here.
class Loader {
public:
    Loader(const XmlDocument& file, diagnostics::DiagnosticList& diagnostics)
        : file_(file), diagnostics_(diagnostics) {}

    Dataset load() {
        for (pugi::xml_node node : file_.root().children()) {
            if (node.type() != pugi::node_element) continue;
            const std::string_view name = local_name(node);
            if (name == "category") dataset_.categories.push_back(category(node));
            else if (name == "group") dataset_.groups.push_back(group(node));
            else if (name == "person") dataset_.people.push_back(person(node));
            else if (name == "item") dataset_.items.push_back(item(node));
            else if (name == "source") dataset_.sources.push_back(source(node, ""));
            else if (name == "meeting") meeting(node);
        }
        return std::move(dataset_);
    }

private:
    static std::string child_text(pugi::xml_node node, std::string_view name) {
        pugi::xml_node found = child(node, name);
        return found ? text_of(found) : std::string();
    }

    template <class Enum> static Enum enum_attribute(pugi::xml_node node, const char* name) {
        return enum_from_string<Enum>(token(node, name)).value();
    }

    Location at(pugi::xml_node node, std::string_view attribute = {}) const {
        return attribute.empty() ? file_.location_of(node) : file_.location_of(node, attribute);
    }

    Ref ref(pugi::xml_node node, const char* attribute) const {
        return {node.attribute(attribute).value(), at(node, attribute)};
    }

    std::optional<Ref> optional_ref(pugi::xml_node node, const char* attribute) const {
        if (!node.attribute(attribute)) return std::nullopt;
        return ref(node, attribute);
    }

    std::vector<Ref> ref_list(pugi::xml_node node, const char* attribute) const {
        std::vector<Ref> refs;
        const Location where = at(node, attribute);
        std::string storage;
        text::for_each_word(text::collapse_whitespace(node.attribute(attribute).value(), storage),
                            [&](std::string_view id) { refs.push_back({std::string(id), where}); });
        return refs;
    }

    std::optional<PartialDate> date_attribute(pugi::xml_node node, const char* attribute) {
        return xml::date_attribute(file_, node, attribute, diagnostics_);
    }

    std::optional<date::year_month_day> checked_day(pugi::xml_node node, const char* attribute) {
        auto parsed = date_attribute(node, attribute);
        if (!parsed) return std::nullopt;
        return parsed->first_day();
    }

    Category category(pugi::xml_node node) const {
        return {node.attribute("id").value(), child_text(node, "title"), child_text(node, "description"),
                at(node)};
    }

    Group group(pugi::xml_node node) const {
        return {node.attribute("id").value(), ref(node, "category"), child_text(node, "title"),
                child_text(node, "description"), at(node)};
    }

    Person person(pugi::xml_node node) const {
        Person person{node.attribute("id").value(), enum_attribute<CountrySide>(node, "side"),
                      child_text(node, "name"), {}, at(node), at(child(node, "name")), {}};
        for_children(node, "alias", [&](pugi::xml_node alias) {
            person.aliases.push_back(text_of(alias));
            person.alias_at.push_back(at(alias));
        });
        return person;
    }

    Item item(pugi::xml_node node) {
        Item item;
        item.id = node.attribute("id").value();
        item.category = ref(node, "category");
        item.group = optional_ref(node, "group");
        item.title = child_text(node, "title");
        item.title_at = at(child(node, "title"));
        item.description = child_text(node, "description");
        item.at = at(node);
        for_children(node, "alias", [&](pugi::xml_node alias) {
            item.aliases.push_back(text_of(alias));
            item.alias_at.push_back(at(alias));
        });
        for_children(node, "milestone", [&](pugi::xml_node milestone) {
            auto due = date_attribute(milestone, "due");
            auto met = date_attribute(milestone, "met");
            if (!due || (milestone.attribute("met") && !met)) return;
            item.milestones.push_back({text_of(milestone), *due, met, at(milestone)});
        });
        for_children(node, "status", [&](pugi::xml_node status) {
            auto date = date_attribute(status, "date");
            if (!date) return;
            item.statuses.push_back({*date, enum_attribute<ItemState>(status, "state"),
                                     ref_list(status, "sources"), optional_ref(status, "meeting"),
                                     text_of(status), at(status)});
        });
        return item;
    }

    Source source(pugi::xml_node node, std::string meeting_id) {
        Source source;
        source.id = node.attribute("id").value();
        source.publisher = text::collapse_whitespace(node.attribute("publisher").value());
        pugi::xml_node title = child(node, "title");
        source.title = text_of(title);
        source.title_inferred = token(title, "inferred") == "true" || token(title, "inferred") == "1";
        source.url = child_text(node, "url");
        source.file = child_text(node, "file");
        source.published = date_attribute(node, "published");
        source.published_at = at(node, "published");
        source.language = token(node, "language");
        source.type = enum_attribute<SourceType>(node, "type");
        source.outlet = enum_attribute<OutletSide>(node, "outlet");
        source.meeting_id = std::move(meeting_id);
        source.at = at(node);
        return source;
    }

    std::optional<MeetingDate> meeting_date(pugi::xml_node node) {
        if (pugi::xml_node day = child(node, "date")) {
            auto parsed = checked_date(text_of(day), at(day), diagnostics_);
            if (!parsed) return std::nullopt;
            return MeetingDate(*parsed, parse_weekday(token(day, "weekday")));
        }
        pugi::xml_node window = child(node, "window");
        auto not_before = checked_day(window, "not-before");
        auto not_after = checked_day(window, "not-after");
        if (!not_before || !not_after) return std::nullopt;
        return MeetingDate(DateWindow{*not_before, *not_after, parse_weekday(token(window, "weekday"))});
    }

    Pledge pledge(pugi::xml_node node) {
        Pledge pledge;
        pledge.item = ref(node, "item");
        pledge.side = enum_attribute<PledgeSide>(node, "side");
        pledge.speaker = optional_ref(node, "speaker");
        pledge.kind = enum_attribute<PledgeKind>(node, "kind");
        pledge.sources = ref_list(node, "sources");
        pledge.due = date_attribute(node, "due");
        pledge.due_at = at(node, "due");
        // A relative statement cannot be checked against a due date that is not real.
        const bool due_unreadable = node.attribute("due") && !pledge.due;
        if (node.attribute("due-stated") && !due_unreadable)
            pledge.due_stated = enum_attribute<RelativeYear>(node, "due-stated");
        pledge.summary = child_text(node, "summary");
        pledge.evidence = child_text(node, "evidence");
        pledge.at = at(node);
        return pledge;
    }

    void meeting(pugi::xml_node node) {
        const std::string id = node.attribute("id").value();
        // Sources are kept even when the meeting's date is broken, so that references to
        // them do not pile up as further errors.
        for_children(node, "source", [&](pugi::xml_node s) { dataset_.sources.push_back(source(s, id)); });
        auto date = meeting_date(node);
        if (!date) {
            dataset_.unloaded_ids.insert(id);
            return;
        }

        Meeting meeting{.id = id,
                        .kind = enum_attribute<MeetingKind>(node, "kind"),
                        .title = child_text(node, "title"),
                        .place = text::collapse_whitespace(node.attribute("place").value()),
                        .date = *date,
                        .draft = token(node, "draft") == "true" || token(node, "draft") == "1",
                        .at = at(node)};
        pugi::xml_node date_node = child(node, "date");
        meeting.date_at = at(date_node ? date_node : child(node, "window"));
        for_children(node, "participant", [&](pugi::xml_node p) {
            meeting.participants.push_back({ref(p, "person"), text::collapse_whitespace(p.attribute("role").value()), at(p)});
        });
        for_children(node, "source", [&](pugi::xml_node s) { meeting.source_ids.push_back(s.attribute("id").value()); });
        for_children(node, "pledge", [&](pugi::xml_node p) { meeting.pledges.push_back(pledge(p)); });
        for_children(node, "note", [&](pugi::xml_node n) { meeting.notes.push_back(text_of(n)); });
        dataset_.meetings.push_back(std::move(meeting));
    }

    const XmlDocument& file_;
    diagnostics::DiagnosticList& diagnostics_;
    Dataset dataset_;
};

}  // namespace

Dataset load_dataset(const XmlDocument& file, diagnostics::DiagnosticList& diagnostics) {
    return Loader(file, diagnostics).load();
}

}  // namespace pledgetrack::xml
