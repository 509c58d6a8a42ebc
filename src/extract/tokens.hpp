#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

// Words of a sentence in the form phrases are compared in.
namespace pledgetrack::extract {

struct Token {
    std::string_view original;  // as written, a view into the article text
    std::size_t begin = 0;      // byte offset in the article text
    std::string lower;          // case folded, diacritics kept off: "hà" -> "ha"
    std::string stem;           // lower without a plural "s", one spelling per word family:
                                // "exchanges" -> "exchange", "commerce" -> "trade"
    bool capitalized = false;
};

// Splits text into words (runs of letters and digits; "people-to-people" is three words).
// `base` is the byte offset of text in the article, so tokens carry article offsets.
std::vector<Token> tokenize(std::string_view text, std::size_t base = 0);

// Whether one of the tokens is this lower-case word.
bool contains_word(const std::vector<Token>& tokens, std::string_view word);

// Whether a word is one of these: is_one_of(token.lower, {"since", "last"}).
bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words);

// The text between two tokens of the same text, `before` coming first: the spaces and
// punctuation that separate them (", " in "Son, who ...").
std::string_view gap_between(const Token& before, const Token& after);

// Whether a comma separates token `at` from the one before it: ", he said".
bool comma_before(const std::vector<Token>& tokens, std::size_t at);

// Whether a gap holds the dash that ends a dateline ("HANOI --", "Hanoi (VNA) – "): a
// double hyphen, an em dash, or an en dash or hyphen with spaces around it.
bool has_dateline_dash(std::string_view gap);

// The stems of a phrase joined without separators: "Lào Cai – Hà Nội" and "Lao Cai-Hanoi"
// both give "laocaihanoi", so spacing and dashes never decide a match.
std::string phrase_key(std::string_view phrase);

}  // namespace pledgetrack::extract
