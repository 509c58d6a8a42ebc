#include "extract/countries.hpp"

#include <algorithm>
#include <array>

namespace pledgetrack::extract {

std::optional<model::PledgeSide> country_side(std::string_view lower) {
    if (lower == "china" || lower == "beijing" || lower == "chinese") return model::PledgeSide::cn;
    if (lower == "vietnam" || lower == "hanoi" || lower == "vietnamese") return model::PledgeSide::vn;
    return std::nullopt;
}

bool is_third_country(std::string_view lower) {
    static constexpr std::array<std::string_view, 40> names{
        "philippines", "manila",   "japan",     "tokyo",     "australia", "canberra", "india",     "delhi",
        "russia",      "moscow",   "indonesia", "jakarta",   "thailand",  "bangkok",  "malaysia",  "singapore",
        "cambodia",    "laos",     "vientiane", "korea",     "seoul",     "taiwan",   "taipei",    "washington",
        "america",     "france",   "paris",     "britain",   "london",    "germany",  "berlin",    "brussels",
        "europe",      "myanmar",  "brunei",    "canada",    "ottawa",    "pakistan", "islamabad", "kuala"};
    return std::find(names.begin(), names.end(), lower) != names.end();
}

}  // namespace pledgetrack::extract
