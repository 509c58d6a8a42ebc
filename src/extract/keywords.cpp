#include "extract/keywords.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>

namespace pledgetrack::extract {
namespace {

// Words too common in readouts to tell one item from another.
bool is_generic(const std::string& stem) {
    static const std::set<std::string, std::less<>> words{
        "the", "and", "of", "to", "in", "for", "with", "on", "at", "by", "a", "an", "its", "their", "his",
        "between", "all", "other", "further", "also", "each", "more", "new", "two", "both", "or", "as",
        "from", "into", "that", "this", "viet", "nam", "vietnam", "vietnamese", "china", "chinese",
        "cooperation", "cooperative", "cooperate", "country", "side", "bilateral", "relation",
        "relationship", "level", "high", "general", "year", "promote", "strengthen", "enhance", "deepen",
        "expand", "boost", "develop", "development", "implement", "implementation", "support", "mutual",
        "mutually", "beneficial", "key", "field", "area", "work", "joint", "jointly", "common", "party",
        "state", "people", "peoples", "leader", "top", "important", "major", "good", "better",
        "s", "i", "ii", "iii", "one", "six", "more", "plan", "based", "general", "policy",
        "day", "communist", "international", "law", "united", "nation", "visit", "document", "signed",
        "carry", "out", "industry", "training", "national", "republic", "founding", "related", "issue",
        "guiding", "settlement", "peace", "stability", "stable", "chairman", "president", "minister",
        "secretary", "premier", "ambassador", "assembly", "cpc", "cpv", "most", "favourable", "favorable",
        "condition", "modern", "what", "have", "has", "had", "agreed", "agree", "over", "back", "since", "through",
        "about", "after", "before", "under", "against", "among", "within", "without"};
    // "2024", and ordinals such as "13th" or "21st"
    const bool number = std::isdigit(static_cast<unsigned char>(stem.front())) &&
                        std::all_of(stem.begin(), stem.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    return words.contains(stem) || stem.size() < 3 || number;
}

bool is_acronym(std::string_view word) {
    return word.size() >= 3 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Capitalised words written together make one name, and one name is one word: "Lang Son"
// alone does not name the Lang Son-Hanoi line, nor "Steering Committee" the committee.
std::vector<std::size_t> name_runs(const std::vector<Token>& tokens) {
    std::vector<std::size_t> runs(tokens.size());
    for (std::size_t i = 1; i < tokens.size(); ++i)
        runs[i] = tokens[i].capitalized && tokens[i - 1].capitalized && gap_between(tokens[i - 1], tokens[i]) == " "
                      ? runs[i - 1]
                      : i;
    return runs;
}

constexpr std::size_t window = 6;             // tokens within which two words must occur
constexpr std::size_t most_items_per_word = 4;  // a word shared by more items tells too little

}  // namespace

KeywordMatcher::KeywordMatcher(const model::Dataset& catalog) {
    std::map<std::string, std::set<std::size_t>> owners, acronym_owners;
    for (const model::Item& item : catalog.items) {
        const std::size_t index = names_.size();
        names_.push_back({Name::Of::item, item.id, item.title, 1, false, true});
        // English wordings only: an alias in Vietnamese or Chinese still matches whole, but
        // its syllables ("van", "phong") would turn up in every Vietnamese name.
        std::vector<std::string> texts{item.title};
        std::copy_if(item.aliases.begin(), item.aliases.end(), std::back_inserter(texts), [](const std::string& alias) {
            return std::all_of(alias.begin(), alias.end(), [](unsigned char c) { return c < 0x80; });
        });
        for (const std::string& text : texts)
            for (const Token& token : tokenize(text)) {
                if (!is_generic(token.stem)) owners[token.stem].insert(index);
                if (is_acronym(token.original) && !is_generic(token.stem)) acronym_owners[token.lower].insert(index);
            }
    }
    std::map<std::string, std::map<std::string, std::set<std::size_t>>> group_owners;  // group -> stem -> items
    for (std::size_t index = 0; index < catalog.items.size(); ++index) {
        const model::Item& item = catalog.items[index];
        if (!item.group) continue;
        group_of_item_[item.id] = item.group->id;
        for (const Token& token : tokenize(item.title))
            if (token.capitalized && !is_generic(token.stem)) group_owners[item.group->id][token.stem].insert(index);
    }
    for (const auto& [group, stems] : group_owners)
        for (const auto& [stem, items] : stems)
            if (items.size() == 1) sibling_by_word_[group][stem] = *items.begin();
    for (auto& [stem, items] : owners)
        if (items.size() <= most_items_per_word) items_by_word_[stem].assign(items.begin(), items.end());
    for (auto& [word, items] : acronym_owners)
        if (items.size() == 1) item_by_acronym_[word] = *items.begin();
}

std::vector<Mention> KeywordMatcher::find(const std::vector<Token>& tokens, const std::vector<Mention>& exact) const {
    std::vector<bool> covered(tokens.size(), false), item_starts(tokens.size(), false);
    std::set<std::string> already;  // items the aliases found in this sentence
    for (const Mention& m : exact) {
        std::fill(covered.begin() + long(m.first_token), covered.begin() + long(m.end_token), true);
        if (m.name->of == Name::Of::item) item_starts[m.first_token] = true;
        already.insert(m.name->id);
    }
    const std::vector<std::size_t> runs = name_runs(tokens);
    std::vector<Mention> found;
    std::set<std::size_t> matched_items;
    for (std::size_t first = 0; first < tokens.size(); ++first) {
        if (covered[first]) continue;
        if (const auto acronym = item_by_acronym_.find(tokens[first].lower);
            acronym != item_by_acronym_.end() && is_acronym(tokens[first].original)) {
            // Every time: "welcomed its role in BRICS, ready to work with BRICS members".
            found.push_back({&names_[acronym->second], first, first + 1, tokens[first].begin,
                             tokens[first].begin + tokens[first].original.size()});
            continue;
        }
        const auto owners = items_by_word_.find(tokens[first].stem);
        if (owners == items_by_word_.end()) continue;
        // The item with most distinct words in the window; the earlier-listed item on a tie.
        std::size_t best_item = 0, best_words = 1, best_end = first;
        for (std::size_t item : owners->second) {
            if (matched_items.contains(item) || already.contains(names_[item].id)) continue;
            std::set<std::string> words{tokens[first].stem};
            std::set<std::size_t> names{runs[first]};
            std::size_t end = first;
            for (std::size_t next = first + 1; next < tokens.size() && next <= first + window; ++next) {
                // "reached, the understandings", "..., which would open": the words of one
                // phrase, not across the start of another.
                if (gap_between(tokens[next - 1], tokens[next]).find_first_of(",;:") != std::string_view::npos &&
                    is_one_of(tokens[next].lower, {"the", "which", "who", "while", "whereas", "where", "when"}))
                    break;
                if (covered[next]) continue;
                const auto others = items_by_word_.find(tokens[next].stem);
                if (others == items_by_word_.end() ||
                    std::find(others->second.begin(), others->second.end(), item) == others->second.end())
                    continue;
                if (words.insert(tokens[next].stem).second) end = next;
                names.insert(runs[next]);
            }
            const std::size_t distinct = std::min(words.size(), names.size());
            if (distinct > best_words) {
                best_item = item;
                best_words = distinct;
                best_end = end;
            }
        }
        // "better control and resolve disagreements at sea": words leading into a catalog
        // item's name describe that item (not "..., Xi said", a person after a comma).
        const bool leads_into_item = best_end + 1 < tokens.size() && item_starts[best_end + 1] &&
                                     gap_between(tokens[best_end], tokens[best_end + 1]) == " ";
        if (best_words < 2 || leads_into_item) continue;
        found.push_back({&names_[best_item], first, best_end + 1, tokens[first].begin,
                         tokens[best_end].begin + tokens[best_end].original.size()});
        matched_items.insert(best_item);
        std::fill(covered.begin() + long(first), covered.begin() + long(best_end) + 1, true);  // one phrase, one item
    }
    std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
    return found;
}

std::vector<Mention> KeywordMatcher::listed_siblings(const std::vector<Token>& tokens,
                                                     const std::vector<Mention>& found) const {
    constexpr std::size_t longest_list = 12;  // tokens after the mention
    std::vector<Mention> siblings;
    for (const Mention& mention : found) {
        const auto group = mention.name->of == Name::Of::item ? group_of_item_.find(mention.name->id) : group_of_item_.end();
        if (group == group_of_item_.end()) continue;
        const auto by_word = sibling_by_word_.find(group->second);
        if (by_word == sibling_by_word_.end()) continue;
        bool in_brackets = false;  // "(Sichuan province)" says where, and names nothing
        for (std::size_t i = mention.end_token; i < tokens.size() && i < mention.end_token + longest_list; ++i) {
            const std::string_view gap = gap_between(tokens[i - 1], tokens[i]);
            if (gap.find_first_of(".;:") != std::string_view::npos) break;
            if (gap.find(')') != std::string_view::npos) in_brackets = false;
            if (gap.find('(') != std::string_view::npos) in_brackets = true;
            if (in_brackets || is_one_of(tokens[i].lower, {"and", "or", "in"})) continue;
            if (!tokens[i].capitalized) break;
            const auto sibling = by_word->second.find(tokens[i].stem);
            if (sibling == by_word->second.end() || names_[sibling->second].id == mention.name->id) continue;
            siblings.push_back({&names_[sibling->second], i, i + 1, tokens[i].begin,
                                tokens[i].begin + tokens[i].original.size()});
        }
    }
    return siblings;
}

}  // namespace pledgetrack::extract
