#pragma once

#include "extract/gazetteer.hpp"
#include "extract/tokens.hpp"
#include "model/dataset.hpp"

#include <map>
#include <string>
#include <vector>

// A looser way to find catalog items than their aliases: two of an item's distinctive
// words close together. "open its market wider to Vietnamese agricultural products"
// names the market-access item although no alias is written out.
namespace pledgetrack::extract {

class KeywordMatcher {
public:
    explicit KeywordMatcher(const model::Dataset& catalog);

    // Matches in tokens not already covered by `exact` (the gazetteer's alias matches);
    // each names an item through a Name whose phrase lists the words that matched.
    std::vector<Mention> find(const std::vector<Token>& tokens, const std::vector<Mention>& exact) const;

    // "offices in Chengdu and Nanjing", "in Chengdu (Sichuan province) and Haikou": a name
    // listed right after a mention of a group's item names the one other item of that group
    // written with it.
    std::vector<Mention> listed_siblings(const std::vector<Token>& tokens, const std::vector<Mention>& found) const;

private:
    std::vector<Name> names_;  // one per item, for Mention::name
    std::map<std::string, std::vector<std::size_t>, std::less<>> items_by_word_;  // stem -> names_ indexes
    // Acronyms only one item is written with ("BRICS", "APEC"): enough alone.
    std::map<std::string, std::size_t, std::less<>> item_by_acronym_;
    // Per group: the capitalised words only one of its items is written with -> names_ index.
    std::map<std::string, std::map<std::string, std::size_t, std::less<>>, std::less<>> sibling_by_word_;
    std::map<std::string, std::string, std::less<>> group_of_item_;  // item id -> group id
};

}  // namespace pledgetrack::extract
