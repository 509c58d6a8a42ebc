#include "diagnostics/rules.hpp"

#include <array>
#include <stdexcept>
#include <string>

namespace pledgetrack::diagnostics {
namespace {

using enum Severity;

constexpr std::array catalog{
    Rule{rule::input_unreadable, error,
         "An input cannot be read: missing permission, a symlink loop, not a regular file.", Scope::both},
    Rule{rule::file_too_large, error,
         "A file is larger than --max-file-size (default 64 MiB); it is not read at all.", Scope::both},
    Rule{rule::encoding, error,
         "A file is not UTF-8: a UTF-16/UTF-32 byte-order mark, or an invalid byte sequence "
         "(reported at the first bad byte).", Scope::both},
    Rule{rule::xml_syntax, error,
         "A file is not well-formed XML (unclosed tag, bad character, undefined entity, ...).", Scope::both},
    Rule{rule::xml_doctype, error,
         "A file has a DOCTYPE. Document type declarations, and so entity declarations and "
         "external entities, are refused: they are never expanded or fetched.", Scope::both},
    Rule{rule::schema, error,
         "A file breaks its schema (schemas/pledges.xsd, or schemas/reports.xsd for report "
         "definitions): wrong namespace or version, a missing, unknown or misplaced element or "
         "attribute, a value of the wrong form.", Scope::both},
    Rule{rule::duplicate_id, error,
         "Two definitions share an id. Categories, groups, people, items, sources and meetings "
         "share one id space across all input files; report names are unique in their file.", Scope::both},
    Rule{rule::unresolved_ref, error,
         "A reference names no definition of the expected kind (category, group, person, item, "
         "source or meeting) in any input file."},
    Rule{rule::invalid_date, error,
         "A date has the right form but does not exist in the calendar, such as 2023-02-29.", Scope::both},
    Rule{rule::window_order, error, "A date window's not-before day is after its not-after day.", Scope::both},
    Rule{rule::weekday_mismatch, error,
         "A stated weekday does not match the meeting's exact date, or never occurs in its "
         "window or period."},
    Rule{rule::source_before_meeting, error,
         "A source reporting a meeting was published before the meeting could have happened."},
    Rule{rule::due_before_meeting, error,
         "A pledge's due date ends before its meeting could have happened."},
    Rule{rule::relative_due, error,
         "A due date stated relative to the meeting (due-stated=\"next-year\" or \"this-year\") "
         "does not fall in that year counted from the meeting date."},
    Rule{rule::alias_collision, error,
         "Two items (or two people) share a title or alias once folded: diacritics removed, "
         "case folded, đ/Đ read as d, punctuation and spaces ignored."},
    Rule{rule::speaker_not_participant, error,
         "A pledge's speaker is not listed as a participant of its meeting."},
    Rule{rule::speaker_side, error,
         "A pledge made by one side names a speaker from the other side."},
    Rule{rule::foreign_source, error,
         "A pledge cites a source that does not report its meeting."},
    Rule{rule::side_without_participant, warning,
         "A pledge is attributed to a side that has no participant at the meeting."},
    Rule{rule::duplicate_pledge, warning,
         "A meeting records the same item, side and kind twice."},
    Rule{rule::draft_meeting, warning,
         "A meeting is marked draft=\"true\", as `pledgetrack extract` writes it: review its "
         "pledges against the source, then remove the mark (--strict refuses drafts)."},
    Rule{rule::unknown_time_zone, error,
         "A report schedule names a time zone the tz database does not know (use IANA names such "
         "as Asia/Ho_Chi_Minh).", Scope::reports},
    Rule{rule::bad_placeholder, error,
         "A report output path holds a placeholder other than {name}, {year}, {quarter}, "
         "{month} and {as_of}, or an unclosed brace.", Scope::reports},
};

}  // namespace

std::span<const Rule> all_rules() { return catalog; }

const Rule& find_rule(std::string_view id) {
    for (const Rule& candidate : catalog)
        if (candidate.id == id) return candidate;
    throw std::out_of_range("unknown rule id: " + std::string(id));
}

}  // namespace pledgetrack::diagnostics
