#include "extract/tokens.hpp"

#include "text/fold.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <unordered_map>

namespace pledgetrack::extract {
namespace {

// Plural and third-person "s" only ("localities" -> "locality"): enough to let
// "exchanges" match "exchange" without a stemmer that would also merge unrelated words.
std::string stem_of(const std::string& lower) {
    if (lower.size() > 4 && lower.ends_with("ies")) return lower.substr(0, lower.size() - 3) + "y";
    if (lower.size() > 3 && lower.back() == 's' && lower[lower.size() - 2] != 's' &&
        lower[lower.size() - 2] != 'u' && lower[lower.size() - 2] != 'i')
        return lower.substr(0, lower.size() - 1);
    return lower;
}

// Words that news copy uses for the same thing, spelled one way so that an alias
// written with one finds the text written with another: "rail links" and "railway links",
// "two-way commerce" and "two-way trade". Only words that mean the same in every
// readout are here; "sea" and "maritime" differ ("maritime police").
const std::string& word_family(const std::string& stem) {
    static const std::unordered_map<std::string, std::string> families{
        {"commerce", "trade"},          {"commercial", "trade"},
        {"legislature", "parliament"}, {"legislative", "parliament"},
        {"parliamentary", "parliament"}, {"lawmaker", "parliament"},   {"legislator", "parliament"},
        {"parliamentarian", "parliament"}, {"agriculture", "agricultural"}, {"farm", "agricultural"},
        {"connection", "connectivity"}, {"investor", "investment"},
        {"tourist", "tourism"},         {"educational", "education"},  {"cultural", "culture"},
        {"scientific", "science"},      {"technological", "technology"}, {"financial", "finance"},
        {"defense", "defence"},         {"organisation", "organization"}, {"programme", "program"},
        {"centre", "center"},           {"harbour", "harbor"},         {"labour", "labor"},
        {"tie", "relation"},            {"rail", "railway"},           {"every", "all"}};
    const auto found = families.find(stem);
    return found == families.end() ? stem : found->second;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t base) {
    std::vector<Token> tokens;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto size = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_ssize_t word_begin = -1;
    for (utf8proc_ssize_t offset = 0; offset <= size;) {
        utf8proc_int32_t code_point = -1;
        utf8proc_ssize_t step = 1;
        if (offset < size) {
            step = utf8proc_iterate(bytes + offset, size - offset, &code_point);
            if (step < 1) step = 1;  // invalid bytes never reach here; stay safe anyway
        }
        const bool word = offset < size && code_point >= 0 && text::is_word_character(code_point);
        if (word && word_begin < 0) word_begin = offset;
        if (!word && word_begin >= 0) {
            const std::string_view original =
                text.substr(static_cast<std::size_t>(word_begin), static_cast<std::size_t>(offset - word_begin));
            Token token;
            token.original = original;
            token.begin = base + static_cast<std::size_t>(word_begin);
            token.lower = text::fold_key(original);
            token.stem = word_family(stem_of(token.lower));
            utf8proc_int32_t first = 0;
            utf8proc_iterate(bytes + word_begin, size - word_begin, &first);
            token.capitalized = utf8proc_category(first) == UTF8PROC_CATEGORY_LU;
            if (!token.lower.empty()) tokens.push_back(std::move(token));
            word_begin = -1;
        }
        offset += step;
    }
    return tokens;
}

bool contains_word(const std::vector<Token>& tokens, std::string_view word) {
    return std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return t.lower == word; });
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool comma_before(const std::vector<Token>& tokens, std::size_t at) {
    return at > 0 && at < tokens.size() && gap_between(tokens[at - 1], tokens[at]).find(',') != std::string_view::npos;
}

bool has_dateline_dash(std::string_view gap) {
    for (std::string_view dash : {"--", "\xE2\x80\x94", " \xE2\x80\x93 ", " - "})
        if (gap.find(dash) != std::string_view::npos) return true;
    return false;
}

std::string_view gap_between(const Token& before, const Token& after) {
    const char* gap = before.original.data() + before.original.size();
    return {gap, static_cast<std::size_t>(after.original.data() - gap)};
}

std::string phrase_key(std::string_view phrase) {
    std::string key;
    for (const Token& token : tokenize(phrase)) key += token.stem;
    return key;
}

}  // namespace pledgetrack::extract
