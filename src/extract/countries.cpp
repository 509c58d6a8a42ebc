#include "extract/countries.hpp"

namespace pledgetrack::extract {

std::optional<model::PledgeSide> country_side(std::string_view lower) {
    if (lower == "china" || lower == "beijing" || lower == "chinese") return model::PledgeSide::cn;
    if (lower == "vietnam" || lower == "hanoi" || lower == "vietnamese") return model::PledgeSide::vn;
    return std::nullopt;
}

}  // namespace pledgetrack::extract
