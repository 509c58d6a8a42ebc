#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pledgetrack::text {

// "a, b, c" from {"a", "b", "c"} and ", ".
std::string join(const std::vector<std::string>& parts, std::string_view separator);

// "07" from 7: a number below 100 written with two digits.
std::string two_digits(unsigned value);

}  // namespace pledgetrack::text
