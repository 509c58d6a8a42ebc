#include "xml/draft_writer.hpp"

#include "text/join.hpp"

#include <pugixml.hpp>

#include <cstdio>
#include <sstream>

namespace pledgetrack::xml {
namespace {

using namespace model;

void add_text(pugi::xml_node parent, const char* name, const std::string& text) {
    parent.append_child(name).text().set(text.c_str());
}

std::string two_decimals(double value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

void write_date(pugi::xml_node meeting, const MeetingDate& date) {
    if (const PartialDate* partial = date.partial()) {
        pugi::xml_node node = meeting.append_child("date");
        if (date.stated_weekday()) node.append_attribute("weekday") = weekday_name(*date.stated_weekday()).c_str();
        node.text().set(partial->to_string().c_str());
        return;
    }
    const DateWindow& window = *date.window();
    pugi::xml_node node = meeting.append_child("window");
    node.append_attribute("not-before") = format_day(window.not_before).c_str();
    node.append_attribute("not-after") = format_day(window.not_after).c_str();
    if (window.weekday) node.append_attribute("weekday") = weekday_name(*window.weekday).c_str();
}

void write_source(pugi::xml_node meeting, const Source& source) {
    pugi::xml_node node = meeting.append_child("source");
    node.append_attribute("id") = source.id.c_str();
    node.append_attribute("publisher") = source.publisher.c_str();
    if (source.published) node.append_attribute("published") = source.published->to_string().c_str();
    node.append_attribute("language") = source.language.c_str();
    node.append_attribute("type") = std::string(to_string(source.type)).c_str();
    node.append_attribute("outlet") = std::string(to_string(source.outlet)).c_str();
    pugi::xml_node title = node.append_child("title");
    if (source.title_inferred) title.append_attribute("inferred") = "true";
    title.text().set(source.title.c_str());
    add_text(node, "file", source.file);
}

void write_pledge(pugi::xml_node meeting, const extract::DraftPledge& drafted) {
    const Pledge& pledge = drafted.pledge;
    pugi::xml_node node = meeting.append_child("pledge");
    node.append_attribute("item") = pledge.item.id.c_str();
    node.append_attribute("side") = std::string(to_string(pledge.side)).c_str();
    if (pledge.speaker) node.append_attribute("speaker") = pledge.speaker->id.c_str();
    node.append_attribute("kind") = std::string(to_string(pledge.kind)).c_str();
    std::vector<std::string> sources;
    for (const Ref& source : pledge.sources) sources.push_back(source.id);
    node.append_attribute("sources") = text::join(sources, " ").c_str();
    if (pledge.due) node.append_attribute("due") = pledge.due->to_string().c_str();
    if (pledge.due_stated) node.append_attribute("due-stated") = std::string(to_string(*pledge.due_stated)).c_str();
    node.append_attribute("confidence") = two_decimals(drafted.confidence).c_str();
    node.append_attribute("reason") = drafted.reason.c_str();
    add_text(node, "summary", pledge.summary);
    pugi::xml_node evidence = node.append_child("evidence");
    evidence.append_attribute("offset") = static_cast<unsigned long long>(drafted.evidence_offset);
    evidence.text().set(pledge.evidence.c_str());
}

}  // namespace

std::string write_draft(const extract::Draft& draft) {
    pugi::xml_document document;
    document.append_child(pugi::node_comment)
        .set_value(" Drafted by pledgetrack extract. Check every pledge against the article, fix or delete "
                   "it, add what was missed, then remove draft=\"true\". ");
    pugi::xml_node root = document.append_child("pledgetrack");
    root.append_attribute("xmlns") = "urn:pledgetrack:pledges";
    root.append_attribute("version") = "1";

    const Meeting& meeting = draft.meeting;
    pugi::xml_node node = root.append_child("meeting");
    node.append_attribute("id") = meeting.id.c_str();
    node.append_attribute("kind") = std::string(to_string(meeting.kind)).c_str();
    node.append_attribute("place") = meeting.place.c_str();
    node.append_attribute("draft") = "true";
    add_text(node, "title", meeting.title);
    write_date(node, meeting.date);
    for (const Participant& participant : meeting.participants) {
        pugi::xml_node p = node.append_child("participant");
        p.append_attribute("person") = participant.person.id.c_str();
        p.append_attribute("role") = participant.role.c_str();
    }
    write_source(node, draft.source);
    for (const extract::DraftPledge& pledge : draft.pledges) write_pledge(node, pledge);
    for (const std::string& note : meeting.notes) add_text(node, "note", note);
    for (const extract::CandidateItem& candidate : draft.candidates) {
        pugi::xml_node c = node.append_child("candidate");
        c.append_attribute("offset") = static_cast<unsigned long long>(candidate.offset);
        c.text().set(candidate.phrase.c_str());
    }

    std::ostringstream out;
    document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return out.str();
}

}  // namespace pledgetrack::xml
