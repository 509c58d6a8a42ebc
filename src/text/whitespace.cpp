#include "text/whitespace.hpp"

namespace pledgetrack::text {

std::string collapse_whitespace(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    bool pending_space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending_space = !result.empty();
            continue;
        }
        if (pending_space) result += ' ';
        pending_space = false;
        result += c;
    }
    return result;
}

}  // namespace pledgetrack::text
