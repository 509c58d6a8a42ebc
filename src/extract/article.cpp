#include "extract/article.hpp"

#include "text/line_index.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <array>
#include <cctype>
#include <set>

namespace pledgetrack::extract {
namespace {

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    // A non-breaking space (U+00A0) often pads copied page text.
    while (text.starts_with("\xC2\xA0")) text.remove_prefix(2);
    while (text.ends_with("\xC2\xA0")) text.remove_suffix(2);
    return text;
}

std::size_t word_count(std::string_view line) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : line) {
        const bool space = c == ' ' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

bool ends_sentence(std::string_view text) {
    // Closing quotes: straight, curly, single or double ("... orientations.'").
    while (!text.empty()) {
        if (text.back() == '"' || text.back() == '\'') text.remove_suffix(1);
        else if (text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99")) text.remove_suffix(3);
        else break;
    }
    return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

bool ends_like_prose(std::string_view line) {
    if (ends_sentence(line)) return true;
    // A sign-off after the last sentence ("... both countries. — VNA/VNS"); a dash inside
    // a sentence ("the Lao Cai – Hanoi – Hai Phong line.") is not one.
    for (std::string_view dash : {" \xE2\x80\x94 ", " -- ", " \xE2\x80\x93 "}) {
        const std::size_t at = line.rfind(dash);
        if (at != std::string_view::npos && word_count(line.substr(at + dash.size())) <= 3)
            return ends_sentence(line.substr(0, at));
    }
    return false;
}

// Headings that start the link lists and teasers pages put after a story, or within it.
bool starts_link_list(std::string_view line) {
    static constexpr std::array markers{"more from", "top news", "related news", "related articles",
                                        "read more", "search trends", "you may also like", "recommended",
                                        "most read", "latest news", "related stories"};
    if (word_count(line) > 5) return false;
    const std::string lowered = lower_ascii(line);
    return std::any_of(markers.begin(), markers.end(),
                       [&](const char* marker) { return lowered.starts_with(marker); });
}

bool is_page_chrome(std::string_view line) {
    const std::string lowered = lower_ascii(line);
    if (line.front() == '{' || line.front() == '[') return true;  // embedded JSON
    for (const char* marker : {"cookie", "privacy policy", "privacy statement", "terms of use", "all rights reserved"})
        if (lowered.find(marker) != std::string::npos) return true;
    // Buttons, section names and time stamps: too short to be a headline or a sentence.
    return word_count(line) < 4 && !ends_like_prose(line);
}

bool is_abbreviation(std::string_view word) {
    static const std::set<std::string, std::less<>> abbreviations{
        "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "gen", "lt", "col", "prof", "u.s", "u.n", "co", "inc", "vs", "e.g",
        "i.e", "jr", "sr", "mt", "ft"};
    if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return true;  // initials
    return abbreviations.contains(lower_ascii(word));
}

bool starts_sentence(std::string_view rest) {
    if (rest.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(rest.front());
    return std::isupper(c) || std::isdigit(c) || c == '"' || c >= 0x80;  // non-ASCII: É, “, ...
}

// Splits one line of prose at sentence ends, skipping abbreviations such as "Oct." or "Mr.".
void split_sentences(std::string_view line, std::size_t line_begin, std::vector<Sentence>& out) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c != '.' && c != '!' && c != '?') continue;
        std::size_t end = i + 1;
        while (end < line.size()) {  // closing quotes and brackets stay with the sentence
            const std::string_view rest = line.substr(end);
            if (rest.front() == '"' || rest.front() == '\'' || rest.front() == ')') ++end;
            else if (rest.starts_with("\xE2\x80\x9D") || rest.starts_with("\xE2\x80\x99")) end += 3;
            else break;
        }
        if (end >= line.size() || line[end] != ' ') continue;
        if (!starts_sentence(trim(line.substr(end)))) continue;
        if (c == '.') {
            std::size_t word_begin = i;
            while (word_begin > start && line[word_begin - 1] != ' ' && line[word_begin - 1] != '(') --word_begin;
            if (is_abbreviation(line.substr(word_begin, i - word_begin))) continue;
        }
        const std::string_view sentence = trim(line.substr(start, end - start));
        if (!sentence.empty())
            out.push_back({sentence, line_begin + static_cast<std::size_t>(sentence.data() - line.data()), true});
        start = end;
    }
    const std::string_view last = trim(line.substr(start));
    if (!last.empty()) out.push_back({last, line_begin + static_cast<std::size_t>(last.data() - line.data()), true});
}

// "- open its market ...;", "• speed up ...": the text after a bullet, or nothing when
// the line has none.
std::optional<std::string_view> bullet_point(std::string_view line) {
    for (std::string_view marker : {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", "\xE2\x80\x94 "})
        if (line.starts_with(marker)) return trim(line.substr(marker.size()));
    return std::nullopt;
}

// A bullet point or a numbered one ("2. create ..."): the text after its marker, or
// nothing when the line has none.
std::optional<std::string_view> list_point(std::string_view line) {
    if (const auto point = bullet_point(line)) return point;
    std::size_t digits = 0;
    while (digits < line.size() && digits < 2 && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
    if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ')
        return trim(line.substr(digits + 2));
    return std::nullopt;
}

bool tells_of_meeting(const std::vector<Token>& tokens) {
    return std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return is_meeting_word(t.lower); });
}

// Whether a quotation is still open after the text. A quote mark opening the text of an
// open quotation reopens it, as a quoted paragraph that goes on into the next does.
bool quote_open_after(std::string_view text, bool open) {
    if (open && opens_with_quote(text)) text.remove_prefix(text.front() == '"' ? 1 : 3);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') open = !open;
        else if (text.substr(i).starts_with("\xE2\x80\x9C")) open = true;
        else if (text.substr(i).starts_with("\xE2\x80\x9D")) open = false;
    }
    return open;
}

// Marks the sentences of quotations that run over several sentences with the sentence
// that closes them, within the next few.
void mark_open_quotes(std::vector<Sentence>& sentences) {
    constexpr std::size_t longest_quote = 4;  // sentences
    for (std::size_t first = 0; first < sentences.size(); ++first) {
        if (!sentences[first].body || !opens_with_quote(sentences[first].text) ||
            !quote_open_after(sentences[first].text, false))
            continue;
        for (std::size_t next = first + 1; next < sentences.size() && next < first + longest_quote; ++next) {
            if (!sentences[next].body) break;
            if (quote_open_after(sentences[next].text, true)) continue;
            for (std::size_t inside = first; inside < next; ++inside) sentences[inside].quote_closes_in = next;
            first = next;
            break;
        }
    }
}

}  // namespace

bool opens_with_quote(std::string_view text) {
    return text.starts_with('"') || text.starts_with("\xE2\x80\x9C");
}

bool is_meeting_word(std::string_view lower) {
    for (std::string_view verb : {"met", "meets", "meeting", "received", "receives", "talks", "held", "hosted",
                                  "chaired", "phone", "call", "visit", "sat", "session"})
        if (lower == verb) return true;
    return false;
}

std::size_t label_end(const std::vector<Token>& tokens) {
    constexpr std::size_t longest_label = 4;  // words: "JOAN MERCER, HOST:"
    for (std::size_t i = 0; i < tokens.size() && i < longest_label; ++i) {
        const std::string_view word = tokens[i].original;
        const bool capitals = std::none_of(word.begin(), word.end(), [](unsigned char c) { return std::islower(c); });
        if (!capitals) return 0;
        if (i + 1 < tokens.size() && gap_between(tokens[i], tokens[i + 1]).starts_with(':')) return i + 1;
    }
    return 0;
}

std::vector<Sentence> clauses_of(const Sentence& sentence) {
    const std::vector<Token>& tokens = sentence.tokens;
    const auto clause = [&](std::size_t first, std::size_t end) {
        const std::size_t begin = tokens[first].begin;
        const std::size_t stop = tokens[end - 1].begin + tokens[end - 1].original.size();
        return Sentence{sentence.text.substr(begin - sentence.begin, stop - begin), begin, sentence.body,
                        std::vector<Token>(tokens.begin() + long(first), tokens.begin() + long(end)),
                        sentence.tells_of_meeting, sentence.quote_closes_in, sentence.list_item};
    };
    std::vector<Sentence> clauses;
    std::size_t first = 0;
    for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
        const bool contrast = tokens[i].lower == "while" || tokens[i].lower == "whereas";
        if (contrast && comma_before(tokens, i)) {
            clauses.push_back(clause(first, i));
            first = i + 1;
        }
    }
    if (clauses.empty()) return {sentence};
    clauses.push_back(clause(first, tokens.size()));
    return clauses;
}

std::optional<std::string_view> json_ld_string(const Article& article, std::string_view key, std::string_view within) {
    const auto quoted = [](std::string_view name) { return "\"" + std::string(name) + "\""; };
    for (std::string_view line : article.furniture) {
        std::size_t from = 0;
        if (!within.empty() && (from = line.find(quoted(within))) == std::string_view::npos) continue;
        const std::size_t found = line.find(quoted(key), from);
        if (found == std::string_view::npos) continue;
        std::string_view rest = line.substr(found + key.size() + 2);
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':')) rest.remove_prefix(1);
        if (rest.empty() || rest.front() != '"') continue;
        rest.remove_prefix(1);
        const std::size_t close = rest.find('"');
        if (close == std::string_view::npos) continue;
        return rest.substr(0, close);
    }
    return std::nullopt;
}

std::size_t Article::char_offset(std::size_t byte_offset) const {
    return text::count_code_points(std::string_view(text).substr(0, byte_offset));
}

Article read_article(std::string text) {
    Article article;
    article.text = std::move(text);
    const std::string_view all = article.text;
    std::set<std::string_view> seen_lines;
    bool body_started = false;
    bool in_link_list = false;
    bool in_list = false;  // after a line of the story ending in a colon, and its points

    for (std::size_t begin = 0; begin < all.size();) {
        std::size_t end = all.find('\n', begin);
        if (end == std::string_view::npos) end = all.size();
        const std::string_view line = trim(all.substr(begin, end - begin));
        const std::size_t line_begin = begin + static_cast<std::size_t>(line.data() - (all.data() + begin));
        begin = end + 1;
        if (line.empty()) continue;
        // A link list ("READ MORE", "Related news") runs until the story's prose resumes,
        // if it does: pages put such lists in the middle of a story as well as after it.
        if (starts_link_list(line)) {
            in_link_list = true;
            article.furniture.push_back(line);
            continue;
        }
        if (in_link_list) {
            if (!ends_like_prose(line) || word_count(line) < 8) {
                article.furniture.push_back(line);
                continue;
            }
            in_link_list = false;
        }
        if (!seen_lines.insert(line).second) continue;  // captions are often printed twice
        const std::optional<std::string_view> point = in_list ? list_point(line) : std::nullopt;
        if (point && !point->empty()) {
            const std::size_t point_begin = line_begin + static_cast<std::size_t>(point->data() - line.data());
            article.sentences.push_back({*point, point_begin, true});
            article.sentences.back().list_item = true;
            continue;
        }
        in_list = body_started && line.ends_with(':') && word_count(line) >= 3;
        if (in_list) {
            article.sentences.push_back({line, line_begin, true});
            continue;
        }
        if (is_page_chrome(line) || line.starts_with("Source(s):") || line.starts_with("Source:")) {
            article.furniture.push_back(line);
            continue;
        }
        const bool bulleted = bullet_point(line).has_value();
        if (!ends_like_prose(line)) {
            if (!body_started && !article.headline && !bulleted) article.headline = std::string(line);
            article.sentences.push_back({line, line_begin, false});
            article.sentences.back().bulleted = bulleted;
            continue;
        }
        body_started = body_started || !bulleted;
        const std::size_t first_new = article.sentences.size();
        split_sentences(line, line_begin, article.sentences);
        for (std::size_t i = first_new; i < article.sentences.size(); ++i) article.sentences[i].bulleted = bulleted;
    }
    for (Sentence& sentence : article.sentences) {
        sentence.tokens = tokenize(sentence.text, sentence.begin);
        sentence.tells_of_meeting = tells_of_meeting(sentence.tokens);
    }
    mark_open_quotes(article.sentences);
    return article;
}

Article load_article(const std::string& path, std::uintmax_t max_size) {
    const std::string name = path == "-" ? "<stdin>" : path;
    std::ifstream file;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) throw ExtractError(name + ": error[input-unreadable]: cannot open the article");
    }
    std::istream& in = path == "-" ? std::cin : file;
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_size)
            throw ExtractError(name + ": error[file-too-large]: the article is larger than " +
                               std::to_string(max_size) + " bytes (see --max-file-size)");
    }
    if (in.bad()) throw ExtractError(name + ": error[input-unreadable]: reading the article failed");
    if (const auto bom = text::detect_wide_bom(bytes))
        throw ExtractError(name + ":1:1: error[encoding]: the article is " + std::string(*bom) + "; convert it to UTF-8");
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
    if (const auto bad = text::find_invalid_utf8(bytes)) {
        const text::LineColumn at = text::LineIndex(bytes).at(*bad);
        throw ExtractError(name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                           ": error[encoding]: invalid UTF-8 byte; the article must be UTF-8 text");
    }
    return read_article(std::move(bytes));
}

}  // namespace pledgetrack::extract
