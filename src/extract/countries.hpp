#pragma once

#include "model/enums.hpp"

#include <optional>
#include <string_view>

namespace pledgetrack::extract {

// The side a lower-case country word stands for: "china", "beijing" and "chinese" for
// China, "vietnam", "hanoi" and "vietnamese" for Viet Nam ("viet nam" is two words, left
// to the caller).
std::optional<model::PledgeSide> country_side(std::string_view lower);

// Whether a lower-case word names a country other than the two, or its capital, as
// outlets' background does: "Manila has sought closer ties with Hanoi".
bool is_third_country(std::string_view lower);

}  // namespace pledgetrack::extract
