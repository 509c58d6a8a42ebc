#pragma once

#include "extract/tokens.hpp"
#include "model/dataset.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

// The catalog's names for items and people, matched against article text after Unicode
// folding: "Lào Cai – Hà Nội – Hải Phòng" finds "Lao Cai - Hanoi - Hai Phong".
namespace pledgetrack::extract {

struct Name {
    enum class Of { item, person };
    Of of = Of::item;
    std::string id;      // the item's or person's id
    std::string phrase;  // the alias as the catalog writes it
    std::size_t words = 0;
    // A person's surname or given name alone ("Xi", "Son"): matched only when written
    // with a capital, and only after a title when it is also a common word ("Ambassador He").
    bool short_form = false;
    // Not a catalog name: two of the item's words close together (KeywordMatcher).
    bool loose = false;
};

struct Mention {
    const Name* name = nullptr;  // owned by the Gazetteer or KeywordMatcher that found it
    std::size_t first_token = 0;  // tokens [first_token, end_token) of the sentence
    std::size_t end_token = 0;
    std::size_t begin = 0;  // byte range in the article text
    std::size_t end = 0;
    bool refers_back = false;  // "the committee": the item last named with that word
};

class Gazetteer {
public:
    explicit Gazetteer(const model::Dataset& catalog);

    // Leftmost-longest, non-overlapping matches in a tokenized sentence.
    std::vector<Mention> find(const std::vector<Token>& tokens) const;

private:
    void add(Name name);
    const Name* item_named(const std::string& key) const;
    // "from Lang Son to Hanoi", "from the border province of Lao Cai through Hanoi to the port
    // of Haiphong": a route told by its places, for an alias "Lao Cai–Hanoi–Hai Phong line".
    std::optional<std::pair<const Name*, std::size_t>> route_from(const std::vector<Token>& tokens,
                                                                  std::size_t from) const;
    // "cooperation in the security field" for the alias "security cooperation".
    std::optional<std::pair<const Name*, std::size_t>> inverted_field(const std::vector<Token>& tokens,
                                                                      std::size_t first) const;

    // "health" in "cooperation in education, health and tourism" for "health cooperation".
    std::optional<std::pair<const Name*, std::size_t>> listed_field(const std::vector<Token>& tokens,
                                                                    std::size_t first) const;

    // "exchanges at the high level", "at the highest and other levels" for the alias
    // "high-level exchanges".
    std::optional<std::pair<const Name*, std::size_t>> inverted_level(const std::vector<Token>& tokens,
                                                                      std::size_t first) const;

    // "cooperation between the two legislatures" for "parliamentary cooperation", "exchanges
    // between the peoples" for "people-to-people exchanges".
    std::optional<std::pair<const Name*, std::size_t>> inverted_between(const std::vector<Token>& tokens,
                                                                        std::size_t first) const;

    // "economic, trade and investment ties" for "trade cooperation" and "investment
    // cooperation": each field of a list before a word for cooperation or ties.
    std::optional<std::pair<const Name*, std::size_t>> field_of_list(const std::vector<Token>& tokens,
                                                                     std::size_t first) const;

    // "trade" and "investment" in "expand trade and investment": bare fields paired with
    // each other name their cooperation without a word for it.
    std::optional<std::pair<const Name*, std::size_t>> paired_field(const std::vector<Token>& tokens,
                                                                    std::size_t first) const;

    std::vector<Name> names_;
    std::vector<std::pair<std::vector<std::string>, std::size_t>> routes_;  // place keys, names_ index
    std::unordered_map<std::string, std::vector<std::size_t>> by_key_;
    std::size_t longest_ = 1;  // most tokens any name spans
};

}  // namespace pledgetrack::extract
