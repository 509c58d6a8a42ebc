#pragma once

#include "extract/article.hpp"
#include "model/enums.hpp"

#include <optional>
#include <string>

// Who published an article and where a meeting took place, recognised from the names
// outlets and places go by in English-language news.
namespace pledgetrack::extract {

struct Outlet {
    std::string publisher;
    model::SourceType type = model::SourceType::other_media;
    model::OutletSide side = model::OutletSide::third;
};

// The publisher the page's JSON-LD names, else the outlet named in bylines, credits and
// sign-offs ("(Xinhua)", "— VNA/VNS", "(VOVWORLD)", "Source(s): ..."); nullopt when none
// is recognised.
std::optional<Outlet> find_outlet(const Article& article);

struct Place {
    std::string name;  // "Beijing, China"
    std::string slug;  // "beijing"
};

// The first known city written after "in", else the first one opening a dateline
// ("HÀ NỘI —", "BEIJING, June 27").
std::optional<Place> find_place(const Article& article);

}  // namespace pledgetrack::extract
