#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace pledgetrack::model {

enum class CountrySide { cn, vn };
enum class PledgeSide { cn, vn, joint };
enum class OutletSide { cn, vn, third };
enum class SourceType { official_readout, state_media, other_media };
enum class MeetingKind { talks, meeting, reception, phone_call, committee_meeting, ceremony, joint_statement };
enum class PledgeKind { proposal, request, agreement, pledge, support, affirmation, congratulation };
enum class ItemState { announced, agreed, under_way, completed, stalled, cancelled };
enum class RelativeYear { this_year, next_year };

// Each enum's names, as written in pledge files and shown in reports.
template <class Enum> struct EnumNames;

#define PLEDGETRACK_ENUM_NAMES(Enum, ...)                                              \
    template <> struct EnumNames<Enum> {                                               \
        static constexpr auto values = std::to_array<std::pair<Enum, std::string_view>>( \
            {__VA_ARGS__});                                                            \
    }

PLEDGETRACK_ENUM_NAMES(CountrySide, {CountrySide::cn, "CN"}, {CountrySide::vn, "VN"});
PLEDGETRACK_ENUM_NAMES(PledgeSide, {PledgeSide::cn, "CN"}, {PledgeSide::vn, "VN"},
                       {PledgeSide::joint, "joint"});
PLEDGETRACK_ENUM_NAMES(OutletSide, {OutletSide::cn, "CN"}, {OutletSide::vn, "VN"},
                       {OutletSide::third, "third"});
PLEDGETRACK_ENUM_NAMES(SourceType, {SourceType::official_readout, "official-readout"},
                       {SourceType::state_media, "state-media"},
                       {SourceType::other_media, "other-media"});
PLEDGETRACK_ENUM_NAMES(MeetingKind, {MeetingKind::talks, "talks"}, {MeetingKind::meeting, "meeting"},
                       {MeetingKind::reception, "reception"},
                       {MeetingKind::phone_call, "phone-call"},
                       {MeetingKind::committee_meeting, "committee-meeting"},
                       {MeetingKind::ceremony, "ceremony"},
                       {MeetingKind::joint_statement, "joint-statement"});
PLEDGETRACK_ENUM_NAMES(PledgeKind, {PledgeKind::proposal, "proposal"},
                       {PledgeKind::request, "request"}, {PledgeKind::agreement, "agreement"},
                       {PledgeKind::pledge, "pledge"}, {PledgeKind::support, "support"},
                       {PledgeKind::affirmation, "affirmation"},
                       {PledgeKind::congratulation, "congratulation"});
PLEDGETRACK_ENUM_NAMES(ItemState, {ItemState::announced, "announced"},
                       {ItemState::agreed, "agreed"}, {ItemState::under_way, "under-way"},
                       {ItemState::completed, "completed"}, {ItemState::stalled, "stalled"},
                       {ItemState::cancelled, "cancelled"});
PLEDGETRACK_ENUM_NAMES(RelativeYear, {RelativeYear::this_year, "this-year"},
                       {RelativeYear::next_year, "next-year"});

#undef PLEDGETRACK_ENUM_NAMES

template <class Enum> constexpr std::string_view to_string(Enum value) {
    for (const auto& [candidate, name] : EnumNames<Enum>::values)
        if (candidate == value) return name;
    return "?";
}

template <class Enum> constexpr std::optional<Enum> enum_from_string(std::string_view name) {
    for (const auto& [candidate, candidate_name] : EnumNames<Enum>::values)
        if (candidate_name == name) return candidate;
    return std::nullopt;
}

}  // namespace pledgetrack::model
