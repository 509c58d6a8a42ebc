#pragma once

#include "extract/tokens.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// A news article as plain text, with the page furniture around it set aside: cookie
// banners, repeated photo captions, "MORE FROM" link lists, embedded JSON, time stamps.
namespace pledgetrack::extract {

struct Sentence {
    std::string_view text;  // a view into Article::text
    std::size_t begin = 0;  // byte offset of text in Article::text
    bool body = true;       // false for headlines and captions: dated, but no pledges
    std::vector<Token> tokens{};  // its words, with offsets in Article::text
    bool tells_of_meeting = false;  // "met", "held talks", "received": the meeting itself
    // Inside a quotation that ends, with its attribution, in this later sentence (an index
    // in Article::sentences): the first sentence of "“We will ... . We also ...,” Xi said."
    std::optional<std::size_t> quote_closes_in{};
    // A bullet or numbered point of a list that the sentence before opens with a colon
    // ("Chinh asked China to:"), with its marker left out.
    bool list_item = false;
    // A bullet point no such sentence opens: a "Key points" box or a link to another
    // story. It may restate the meeting but is not the story's lead.
    bool bulleted = false;
};

struct Article {
    std::string text;                   // the whole input, unchanged
    std::vector<Sentence> sentences;    // in reading order, junk left out
    std::optional<std::string> headline;
    std::vector<std::string_view> furniture;  // lines set aside, for publisher clues

    // Character (code point) offset of a byte offset into text.
    std::size_t char_offset(std::size_t byte_offset) const;
};

// An article that cannot be read or drafted; the message names the file.
class ExtractError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The string value of the first "key" in the page's embedded JSON-LD, looked for after the
// first "within" key when one is given: json_ld_string(article, "name", "publisher").
std::optional<std::string_view> json_ld_string(const Article& article, std::string_view key,
                                               std::string_view within = {});

// Whether text opens with a quotation mark, straight or curly.
bool opens_with_quote(std::string_view text);

// The tokens of a label in capitals ending in a colon that opens a sentence (a transcript's
// "HARLAN:", a dateline's "HANOI:"): the index where the sentence proper begins, 0 if none.
std::size_t label_end(const std::vector<Token>& tokens);

// Whether a word tells of the meeting itself: "met", "talks", "received", "phone", ...
bool is_meeting_word(std::string_view lower);

// The clauses of a sentence that can each have their own speaker: "To Lam asked China for
// loans, while Xi promised to buy more" is two. Most sentences are one clause: themselves.
std::vector<Sentence> clauses_of(const Sentence& sentence);

// Splits text into sentences and sets junk aside. Input must be valid UTF-8.
Article read_article(std::string text);

// Reads an article file ("-" for standard input). A UTF-8 byte-order mark is dropped;
// other encodings, invalid bytes and files over max_size throw ExtractError, naming the
// file (and line and column of a bad byte).
Article load_article(const std::string& path, std::uintmax_t max_size);

}  // namespace pledgetrack::extract
