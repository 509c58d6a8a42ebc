#pragma once

#include "diagnostics/diagnostic.hpp"

#include <span>
#include <string_view>

namespace pledgetrack::diagnostics {

// Every rule the validator applies. Ids are stable: tools and tests match on them.
// Which files a rule applies to: pledge data, report definitions, or both.
enum class Scope { pledges, reports, both };

struct Rule {
    std::string_view id;
    Severity severity;
    std::string_view summary;
    Scope scope = Scope::pledges;
};

namespace rule {
inline constexpr std::string_view input_unreadable = "input-unreadable";
inline constexpr std::string_view file_too_large = "file-too-large";
inline constexpr std::string_view encoding = "encoding";
inline constexpr std::string_view xml_syntax = "xml-syntax";
inline constexpr std::string_view xml_doctype = "xml-doctype";
inline constexpr std::string_view schema = "schema";
inline constexpr std::string_view duplicate_id = "duplicate-id";
inline constexpr std::string_view unresolved_ref = "unresolved-ref";
inline constexpr std::string_view invalid_date = "invalid-date";
inline constexpr std::string_view window_order = "window-order";
inline constexpr std::string_view weekday_mismatch = "weekday-mismatch";
inline constexpr std::string_view source_before_meeting = "source-before-meeting";
inline constexpr std::string_view due_before_meeting = "due-before-meeting";
inline constexpr std::string_view relative_due = "relative-due";
inline constexpr std::string_view alias_collision = "alias-collision";
inline constexpr std::string_view speaker_not_participant = "speaker-not-participant";
inline constexpr std::string_view speaker_side = "speaker-side";
inline constexpr std::string_view foreign_source = "foreign-source";
inline constexpr std::string_view side_without_participant = "side-without-participant";
inline constexpr std::string_view duplicate_pledge = "duplicate-pledge";
inline constexpr std::string_view draft_meeting = "draft-meeting";
inline constexpr std::string_view unknown_time_zone = "unknown-time-zone";
inline constexpr std::string_view bad_placeholder = "bad-placeholder";
}  // namespace rule

std::span<const Rule> all_rules();
// The catalog entry for an id; throws std::out_of_range for an unknown id (a bug).
const Rule& find_rule(std::string_view id);

}  // namespace pledgetrack::diagnostics
