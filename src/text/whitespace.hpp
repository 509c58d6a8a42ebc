#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace pledgetrack::text {

// Space, tab, line feed or carriage return: what XML calls white space.
inline bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether `text` holds nothing but XML white space.
inline bool is_blank(std::string_view text) { return std::all_of(text.begin(), text.end(), is_xml_space); }

// Where the first character that is not XML white space stands, or text.size().
inline std::size_t first_visible(std::string_view text) {
    return static_cast<std::size_t>(std::find_if_not(text.begin(), text.end(), is_xml_space) - text.begin());
}

// Trims the ends and turns each run of XML whitespace (space, tab, CR, LF) into one
// space, so text that was wrapped over several lines in a file reads as one line. This
// is also XSD's whiteSpace="collapse".
std::string collapse_whitespace(std::string_view text);

// The same without copying when `text` is already collapsed, as nearly all text is: the
// result is `text` itself, or the collapsed text held in `storage`.
std::string_view collapse_whitespace(std::string_view text, std::string& storage);

// Calls `visit` with each space-separated word of collapsed text, in order.
template <typename Visit>
void for_each_word(std::string_view collapsed, Visit&& visit) {
    for (std::size_t start = 0; start < collapsed.size();) {
        const std::size_t end = std::min(collapsed.find(' ', start), collapsed.size());
        visit(collapsed.substr(start, end - start));
        start = end + 1;
    }
}

}  // namespace pledgetrack::text
