#include "extract/gazetteer.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

namespace pledgetrack::extract {
namespace {

// Short name forms that are also everyday English words need a title before them.
bool is_common_word(const std::string& lower) {
    static const std::set<std::string, std::less<>> words{"he", "she", "it", "we", "us", "an", "as", "at",
                                                           "in", "on", "of", "or", "no", "to", "do", "so",
                                                           "my", "me", "be", "by"};
    return words.contains(lower);
}

bool is_title(const std::string& lower) {
    static const std::set<std::string, std::less<>> titles{
        "ambassador", "president", "premier", "minister", "mr", "mrs", "ms", "madam", "chairman",
        "chairwoman", "secretary", "leader", "counterpart", "comrade", "vice", "deputy", "chair", "envoy",
        "pm", "fm"};
    return titles.contains(lower);
}

// Nouns for a field of cooperation: "cooperation in the security field", "fields: ...".
const std::set<std::string, std::less<>> field_nouns{"field", "sector", "area", "domain"};

// "Minh" in "By Tran Minh Anh" is part of someone else's name: a capitalised word other
// than a title right before it, with only a space between. (Not the word after it: title
// case headlines capitalise every word, "Xi Visits Hanoi".)
bool inside_other_name(const std::vector<Token>& tokens, std::size_t at, bool after_title) {
    // "And Chinh - what did he come for?": a word opening the sentence is no name.
    static const std::set<std::string, std::less<>> openers{"and", "but", "so", "then", "when", "while", "after",
                                                            "as", "for", "with", "yet", "also", "both", "meanwhile"};
    return at > 0 && !after_title && tokens[at - 1].capitalized && !openers.contains(tokens[at - 1].lower) &&
           gap_between(tokens[at - 1], tokens[at]) == " ";
}

// "Lao Cai–Hanoi–Hai Phong line" without its last word, as in "the Dong Dang – Hanoi and
// Mong Cai – Ha Long – Hai Phong lines": a route is named by its places alone.
std::optional<std::string> route_places(const std::string& alias) {
    const std::vector<Token> words = tokenize(alias);
    static const std::set<std::string, std::less<>> route_nouns{"line", "railway", "route", "rail", "link"};
    if (words.size() < 4 || !route_nouns.contains(words.back().stem)) return std::nullopt;
    const bool dashed = alias.find('-') != std::string::npos || alias.find("\xE2\x80\x93") != std::string::npos;
    if (!dashed) return std::nullopt;
    return alias.substr(0, words.back().begin);
}

// "Lao Cai–Hanoi–Hai Phong" -> {"laocai", "hanoi", "haiphong"}: split at hyphens and dashes.
std::vector<std::string> place_keys(std::string_view route) {
    std::vector<std::string> keys;
    std::size_t begin = 0;
    const auto take = [&](std::size_t end) {
        if (std::string key = phrase_key(route.substr(begin, end - begin)); !key.empty()) keys.push_back(std::move(key));
    };
    for (std::size_t i = 0; i < route.size(); ++i) {
        const std::string_view rest = route.substr(i);
        const std::size_t dash = rest.starts_with('-') ? 1
                                 : rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94") ? 3
                                                                                                      : 0;
        if (dash == 0) continue;
        take(i);
        begin = i + dash;
        i = begin - 1;
    }
    take(route.size());
    return keys;
}

}  // namespace

Gazetteer::Gazetteer(const model::Dataset& catalog) {
    for (const model::Item& item : catalog.items) {
        add({Name::Of::item, item.id, item.title, 0, false});
        for (const std::string& alias : item.aliases) {
            add({Name::Of::item, item.id, alias, 0, false});
            if (const auto places = route_places(alias)) {
                add({Name::Of::item, item.id, *places, 0, false});
                routes_.emplace_back(place_keys(*places), names_.size() - 1);
            }
        }
    }
    // A surname or given name shared by two people names neither of them.
    std::map<std::string, std::set<std::string>> short_owners;
    std::map<std::string, std::string> short_phrase;
    for (const model::Person& person : catalog.people) {
        add({Name::Of::person, person.id, person.name, 0, false});
        for (const std::string& alias : person.aliases) add({Name::Of::person, person.id, alias, 0, false});
        const std::vector<Token> words = tokenize(person.name);
        if (words.size() < 2 || words.size() > 4) continue;  // not a personal name
        // Chinese names put the surname first and use it alone; Vietnamese usage refers
        // to people by the last word of the name.
        const Token& usual =
            person.side == model::CountrySide::cn ? words.front() : words.back();
        short_owners[usual.stem].insert(person.id);
        short_phrase[usual.stem] = std::string(usual.original);
    }
    for (const auto& [stem, owners] : short_owners)
        if (owners.size() == 1) add({Name::Of::person, *owners.begin(), short_phrase[stem], 0, true});
}

void Gazetteer::add(Name name) {
    const std::vector<Token> words = tokenize(name.phrase);
    if (words.empty()) return;
    name.words = words.size();
    longest_ = std::max(longest_, words.size() + 2);  // "Hanoi" may be written "Ha Noi"
    std::string key;
    for (const Token& word : words) key += word.stem;
    by_key_[key].push_back(names_.size());
    names_.push_back(std::move(name));
}

const Name* Gazetteer::item_named(const std::string& key) const {
    const auto found = by_key_.find(key);
    if (found == by_key_.end()) return nullptr;
    for (std::size_t index : found->second)
        if (names_[index].of == Name::Of::item) return &names_[index];
    return nullptr;
}

std::optional<std::pair<const Name*, std::size_t>> Gazetteer::route_from(const std::vector<Token>& tokens,
                                                                         std::size_t from) const {
    static const std::set<std::string, std::less<>> between_places{
        "through", "via", "past", "to", "the", "port", "city", "of", "province", "border", "crossing", "gate", "capital",
        "town", "station"};
    if (tokens[from].lower != "from") return std::nullopt;
    std::vector<std::string> places;
    std::string place;
    bool reaches = false;  // a "to" before the last place
    std::size_t end = from + 1;
    for (std::size_t i = from + 1; i < tokens.size() && i < from + 20; ++i) {
        if (gap_between(tokens[i - 1], tokens[i]).find_first_of(",;") != std::string_view::npos) break;
        if (tokens[i].capitalized) {
            place += tokens[i].stem;
            end = i + 1;
            continue;
        }
        if (!place.empty()) places.push_back(std::exchange(place, {}));
        if (!between_places.contains(tokens[i].lower)) break;
        reaches = reaches || tokens[i].lower == "to";
    }
    if (!place.empty()) places.push_back(place);
    if (places.size() < 2 || !reaches) return std::nullopt;
    for (const auto& [route, index] : routes_)
        if (route.front() == places.front() && route.back() == places.back()) return std::pair{&names_[index], end};
    return std::nullopt;
}

std::optional<std::pair<const Name*, std::size_t>> Gazetteer::inverted_field(const std::vector<Token>& tokens,
                                                                             std::size_t first) const {
    if (first + 2 >= tokens.size() || tokens[first].stem != "cooperation") return std::nullopt;
    if (tokens[first + 1].lower != "in" && tokens[first + 1].lower != "on") return std::nullopt;
    std::size_t from = first + 2;
    if (tokens[from].lower == "the") ++from;
    std::optional<std::pair<const Name*, std::size_t>> longest;
    std::string key;
    for (std::size_t end = from; end < tokens.size() && end < from + 4; ++end) {
        key += tokens[end].stem;
        if (const Name* name = item_named(key + "cooperation")) {
            const bool field_after = end + 1 < tokens.size() && field_nouns.contains(tokens[end + 1].stem);
            longest = {name, field_after ? end + 2 : end + 1};
        }
    }
    return longest;
}

std::optional<std::pair<const Name*, std::size_t>> Gazetteer::listed_field(const std::vector<Token>& tokens,
                                                                           std::size_t first) const {
    // Back over the list to "cooperation in/on": "cooperation in education, health and
    // tourism" names health cooperation at "health"; or to a colon after "fields" ("a long
    // list of fields: commerce and investment, culture, ..."). Fields are up to three words
    // long, parted by commas, "and" or "as well as".
    bool listed = false;
    std::size_t field_words = 0;
    for (std::size_t i = first; i-- > 0 && first - i <= 14;) {
        const std::string_view gap = gap_between(tokens[i], tokens[i + 1]);
        if (gap == ": " && field_nouns.contains(tokens[i].stem)) {
            listed = true;
            break;
        }
        if (gap != " " && gap != ", ") return std::nullopt;
        if (gap == ", ") field_words = 0;
        const std::string& word = tokens[i].lower;
        if ((word == "in" || word == "on") && i >= 1 && tokens[i - 1].stem == "cooperation") {
            listed = i + 1 < first;
            break;
        }
        if (word == "and" || word == "as" || word == "well") {
            field_words = 0;
            continue;
        }
        if (word != "the" && ++field_words > 3) return std::nullopt;
    }
    if (!listed) return std::nullopt;
    std::optional<std::pair<const Name*, std::size_t>> longest;
    std::string key;
    for (std::size_t end = first; end < tokens.size() && end < first + 3; ++end) {
        if (end > first && gap_between(tokens[end - 1], tokens[end]) != " ") break;
        key += tokens[end].stem;
        // The field ends where the list goes on: "health care, culture", not "make
        // substantive progress".
        const bool field_ends = end + 1 == tokens.size() ||
                                gap_between(tokens[end], tokens[end + 1]).find_first_of(",;.") != std::string_view::npos ||
                                tokens[end + 1].lower == "and" || tokens[end + 1].lower == "as";
        if (const Name* name = item_named(key + "cooperation"); name && field_ends) longest = {name, end + 1};
    }
    return longest;
}

std::optional<std::pair<const Name*, std::size_t>> Gazetteer::inverted_level(const std::vector<Token>& tokens,
                                                                             std::size_t first) const {
    std::size_t at = first + 1;
    if (at + 2 >= tokens.size() || tokens[at].lower != "at") return std::nullopt;
    if (tokens[++at].lower == "the") ++at;
    if (at + 1 >= tokens.size() || !is_one_of(tokens[at].lower, {"high", "highest", "top"})) return std::nullopt;
    ++at;
    // "at the highest and other levels"
    if (at + 2 < tokens.size() && tokens[at].lower == "and" && is_one_of(tokens[at + 1].lower, {"other", "all"})) at += 2;
    if (at >= tokens.size() || tokens[at].stem != "level") return std::nullopt;
    if (const Name* name = item_named("highlevel" + tokens[first].stem)) return std::pair{name, at + 1};
    return std::nullopt;
}

std::optional<std::pair<const Name*, std::size_t>> Gazetteer::inverted_between(const std::vector<Token>& tokens,
                                                                               std::size_t first) const {
    static const std::set<std::string, std::less<>> heads{"cooperation", "exchange", "link", "contact", "relation"};
    static const std::set<std::string, std::less<>> skipped{"the", "their", "two", "both", "country", "nation", "s",
                                                             "ordinary"};
    if (first + 2 >= tokens.size() || !heads.contains(tokens[first].stem) || tokens[first + 1].lower != "between")
        return std::nullopt;
    std::size_t from = first + 2;
    while (from < tokens.size() && skipped.contains(tokens[from].stem)) ++from;
    // "the two countries' legislatures": the possessive's own words are skipped above.
    const std::string& head = tokens[first].stem;
    std::optional<std::pair<const Name*, std::size_t>> longest;
    std::string key;
    for (std::size_t end = from; end < tokens.size() && end < from + 3; ++end) {
        if (end > from && gap_between(tokens[end - 1], tokens[end]) != " ") break;
        key += tokens[end].stem;
        // "exchanges between the two peoples" for "people-to-people exchanges"
        if (const Name* name = item_named(key + head); name || (name = item_named(key + "to" + key + head)))
            longest = {name, end + 1};
    }
    return longest;
}

std::optional<std::pair<const Name*, std::size_t>> Gazetteer::field_of_list(const std::vector<Token>& tokens,
                                                                            std::size_t first) const {
    static const std::set<std::string, std::less<>> heads{"cooperation", "relation", "link", "collaboration"};
    std::size_t at = first;
    std::optional<std::size_t> head;
    while (!head && at + 1 < tokens.size() && at < first + 8) {
        const std::string_view gap = gap_between(tokens[at], tokens[at + 1]);
        if (gap == " " && heads.contains(tokens[at + 1].stem)) head = at + 1;
        else if (tokens[at + 1].lower == "and" && (gap == " " || gap == ", ")) at += 2;
        else if (gap == ", ") at += 1;
        else return std::nullopt;
    }
    if (!head) return std::nullopt;
    const Name* name = item_named(tokens[first].stem + "cooperation");
    if (!name) return std::nullopt;
    // The last field names the head with it; the others stand alone.
    return std::pair{name, first + 1 == *head ? *head + 1 : first + 1};
}

std::optional<std::pair<const Name*, std::size_t>> Gazetteer::paired_field(const std::vector<Token>& tokens,
                                                                           std::size_t first) const {
    const auto field = [&](std::size_t at) { return item_named(tokens[at].stem + "cooperation"); };
    const auto pairs = [&](std::size_t left) {  // the fields at `left` and the next word but one
        if (left + 2 >= tokens.size() || tokens[left + 1].lower != "and") return false;
        const std::string_view gap = gap_between(tokens[left], tokens[left + 1]);
        return (gap == " " || gap == ", ") && gap_between(tokens[left + 1], tokens[left + 2]) == " " &&
               field(left) && field(left + 2);
    };
    const auto listed = [&](std::size_t left) {  // "trade, investment and ..."
        return left + 1 < tokens.size() && gap_between(tokens[left], tokens[left + 1]) == ", " && field(left) &&
               field(left + 1);
    };
    const bool paired = pairs(first) || (first >= 2 && pairs(first - 2)) || listed(first) ||
                        (first >= 1 && listed(first - 1));
    if (!paired) return std::nullopt;
    return std::pair{field(first), first + 1};
}

// "the southwestern Chinese city of " before "Chongqing": words that say what kind of place
// follows; the index of the place, or `at` when there are none.
std::size_t past_place_kind(const std::vector<Token>& tokens, std::size_t at) {
    static const std::set<std::string, std::less<>> kinds{"city", "province", "town", "port", "capital", "region"};
    constexpr std::size_t most_words = 5;  // "the", up to three describing words, the kind
    if (at >= tokens.size() || tokens[at].lower != "the") return at;
    for (std::size_t kind = at + 1; kind + 2 < tokens.size() && kind <= at + most_words; ++kind)
        if (kinds.contains(tokens[kind].stem) && tokens[kind + 1].lower == "of" && tokens[kind + 2].capitalized)
            return kind + 2;
    return at;
}

std::vector<Mention> Gazetteer::find(const std::vector<Token>& tokens) const {
    std::vector<Mention> mentions;
    for (std::size_t first = 0; first < tokens.size();) {
        const Name* best = nullptr;
        std::size_t best_end = first;
        std::string key;
        std::size_t skipped = 0;  // words of a place's kind inside the match
        for (std::size_t end = first; end < tokens.size() && end - first - skipped < longest_; ++end) {
            if (end > first && tokens[end - 1].lower == "in") {
                const std::size_t place = past_place_kind(tokens, end);
                skipped += place - end;
                end = place;
                if (end >= tokens.size()) break;
            }
            key += tokens[end].stem;
            const auto found = by_key_.find(key);
            if (found == by_key_.end()) continue;
            for (std::size_t index : found->second) {
                const Name& name = names_[index];
                if (name.short_form) {
                    if (!tokens[first].capitalized) continue;
                    const bool after_title = first > 0 && is_title(tokens[first - 1].lower);
                    if (is_common_word(tokens[first].lower) && !after_title) continue;
                    if (inside_other_name(tokens, first, after_title)) continue;
                }
                best = &name;
                best_end = end + 1;
                break;
            }
        }
        if (!best) {
            if (const auto inverted = inverted_field(tokens, first)) std::tie(best, best_end) = *inverted;
            else if (const auto level = inverted_level(tokens, first)) std::tie(best, best_end) = *level;
            else if (const auto between = inverted_between(tokens, first)) std::tie(best, best_end) = *between;
            else if (const auto listed = field_of_list(tokens, first)) std::tie(best, best_end) = *listed;
            else if (const auto field = listed_field(tokens, first)) std::tie(best, best_end) = *field;
            else if (const auto route = route_from(tokens, first)) std::tie(best, best_end) = *route;
            else if (const auto paired = paired_field(tokens, first)) std::tie(best, best_end) = *paired;
        }
        if (!best) {
            ++first;
            continue;
        }
        const Token& last = tokens[best_end - 1];
        mentions.push_back({best, first, best_end, tokens[first].begin, last.begin + last.original.size()});
        first = best_end;
    }
    return mentions;
}

}  // namespace pledgetrack::extract
