#include "extract/speaker.hpp"

#include "extract/countries.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace pledgetrack::extract {
namespace {

using model::PledgeSide;
using model::PledgeKind;

enum class CandidateKind { person, pronoun, title, joint, document, country, outsider };

bool in(const std::set<std::string, std::less<>>& words, const std::string& word) { return words.contains(word); }

const std::set<std::string, std::less<>> title_words{
    "president", "premier", "minister", "ambassador", "secretary", "general", "chairman", "chairwoman",
    "leader", "vice", "deputy", "prime", "foreign", "party", "state", "director", "head", "envoy",
    "diplomat", "chair", "governor", "mayor", "host", "guest", "visitor", "counterpart", "official", "side",
    "delegation", "government", "pm", "fm"};

// Words that make the next noun an object or a modifier rather than the subject.
const std::set<std::string, std::less<>> object_markers{
    "with", "to", "for", "of", "by", "from", "between", "toward", "towards", "on", "at", "in", "about",
    "against", "among", "than", "including", "into", "under", "over", "across", "via", "met", "meets",
    "meet", "received", "receives", "receive", "hosted", "hosts", "welcomed", "visited", "visit", "and",
    "what"};  // "spoke of what China has achieved": the subject of a clause that is an object

// Words before a title that leave it a title: "the top leader", "Vietnam's new premier".
const std::set<std::string, std::less<>> title_adjectives{"top", "new", "visiting", "senior", "chief"};

// Words between a speaker's name and the reporting verb after it: "Minh has said".
const std::set<std::string, std::less<>> words_before_reporting{"has", "had", "also", "further", "later", "then"};

const std::set<std::string, std::less<>> plural_parties{
    "side", "leader", "country", "party", "minister", "delegation", "nation", "government",
    "head", "premier", "official", "sides", "leaders", "countries", "ministers", "delegations", "nations",
    "governments", "heads", "premiers", "officials", "neighbour", "neighbours", "neighbor", "neighbors",
    "parties", "men", "women", "chairs", "chiefs", "presidents", "capitals", "counterparts"};

// People who comment without speaking for either side: "a Western diplomat", "analysts".
const std::set<std::string, std::less<>> commentators{
    "diplomat", "researcher", "analyst", "expert", "observer", "scholar", "professor", "commentator",
    "economist", "source", "academic", "specialist", "strategist", "lecturer", "watcher"};

// A document both sides issued, or a session they held, speaks for both: "the statement
// says ...", "the session aimed to ...".
const std::set<std::string, std::less<>> joint_documents{"statement", "declaration", "communique", "document"};
const std::set<std::string, std::less<>> joint_sessions{"session", "talks"};

// "HANOI -- Vietnam and China ...", "BEIJING (AP) —": the place a story was filed from,
// in capitals ("Vietnam, for its part, ..." is a subject).
bool opens_dateline(const std::vector<Token>& tokens, std::size_t at) {
    if (at > 1 || at + 1 >= tokens.size()) return false;
    const std::string_view word = tokens[at].original;
    if (!std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
    const std::string_view gap = gap_between(tokens[at], tokens[at + 1]);
    return has_dateline_dash(gap) || gap.find(", ") != std::string_view::npos || gap.find(" (") != std::string_view::npos;
}

// Where the titles before a name begin: "Minister of Construction Tran Hong Minh",
// "Chinese Foreign Minister Wang Yi".
std::size_t start_of_titles(const std::vector<Token>& tokens, std::size_t name) {
    const auto titles = [&](std::size_t at) {
        return in(title_words, tokens[at].lower) || is_one_of(tokens[at].lower, {"mr", "mrs", "ms", "madam"}) ||
               country_side(tokens[at].lower);
    };
    std::size_t first = name;
    while (first > 0 && name - first < 6 && gap_between(tokens[first - 1], tokens[first]) == " " &&
           (titles(first - 1) || tokens[first - 1].lower == "of" || tokens[first - 1].capitalized))
        --first;
    while (first < name && !titles(first)) ++first;  // "Construction" alone is no title
    return first;
}

// The side a request after token `from` is made of: "asked the Chinese side", "urged China".
std::optional<PledgeSide> side_asked(const std::vector<Token>& tokens, const std::vector<Cue>& cues, std::size_t from) {
    const auto request = std::find_if(cues.begin(), cues.end(), [&](const Cue& c) { return c.first_token >= from; });
    if (request == cues.end() || request->kind != PledgeKind::request) return std::nullopt;
    for (std::size_t i = request->end_token; i < tokens.size() && i < request->end_token + 3; ++i)
        if (const auto side = country_side(tokens[i].lower)) return side;
    return std::nullopt;
}

// "was urged to", "were asked to", "has been called on to": a request made of the subject.
bool is_asked_passively(const std::vector<Token>& tokens, const std::vector<Cue>& cues, std::size_t subject_end) {
    std::size_t verb = subject_end;
    if (verb < tokens.size() && is_one_of(tokens[verb].lower, {"has", "have", "had"})) ++verb;
    if (verb >= tokens.size() || !is_one_of(tokens[verb].lower, {"was", "were", "is", "are", "been"})) return false;
    ++verb;
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
        return c.first_token == verb && c.kind == PledgeKind::request && tokens[verb].lower.ends_with("ed");
    });
}

PledgeSide side_of(model::CountrySide side) {
    return side == model::CountrySide::cn ? PledgeSide::cn : PledgeSide::vn;
}

PledgeSide other_side(PledgeSide side) { return side == PledgeSide::cn ? PledgeSide::vn : PledgeSide::cn; }

}  // namespace

void SpeakerTracker::remember_person(const Speaker& speaker) {
    last_person_ = speaker;
    last_of_side_[speaker.side] = speaker.person_id;
}

struct SpeakerTracker::Candidate {
    CandidateKind kind;
    std::size_t first = 0, end = 0;  // tokens
    std::optional<PledgeSide> side{};
    std::string person_id{};
    std::string words{};  // as written
    std::vector<std::string> titles{};  // a title's words, as owner_of takes them
};

void SpeakerTracker::learn_titles(const std::vector<Token>& tokens, const Mention& mention, std::size_t limit) {
    std::size_t first = mention.first_token;
    while (first > limit) {
        const Token& previous = tokens[first - 1];
        const bool connector = previous.lower == "and" || previous.lower == "of" || previous.lower == "to";
        if (!(previous.capitalized || connector)) break;
        --first;
    }
    while (first < mention.first_token && !in(title_words, tokens[first].lower)) ++first;
    if (first == mention.first_token) return;
    std::set<std::string> words;
    for (std::size_t i = first; i < mention.first_token; ++i) {
        const std::string& word = tokens[i].lower;
        if (word == "pm") words.insert({"prime", "minister"});
        else if (word == "fm") words.insert({"foreign", "minister"});
        else if (in(title_words, word)) words.insert(word);
    }
    titles_.emplace_back(mention.name->id, std::move(words));
    if (!roles_.contains(mention.name->id)) {
        const Token& last = tokens[mention.first_token - 1];
        roles_[mention.name->id] =
            std::string(tokens[first].original.data(), last.begin + last.original.size() - tokens[first].begin);
    }
}

std::vector<SpeakerTracker::Candidate> SpeakerTracker::candidates(const std::vector<Token>& tokens,
                                                                  const std::vector<Mention>& mentions) {
    std::vector<Candidate> found;
    std::vector<bool> covered(tokens.size(), false);
    std::size_t previous_end = 0;  // a title runs back no further than the name before it
    for (const Mention& mention : mentions) {
        const std::size_t title_limit = std::exchange(previous_end, mention.end_token);
        if (mention.name->of != Name::Of::person) {
            std::fill(covered.begin() + static_cast<long>(mention.first_token),
                      covered.begin() + static_cast<long>(mention.end_token), true);
            continue;
        }
        const model::Person* person = catalog_.find_person(mention.name->id);
        if (!person) continue;
        if (!mention.name->short_form) learn_titles(tokens, mention, title_limit);
        if (std::find(people_seen_.begin(), people_seen_.end(), person->id) == people_seen_.end())
            people_seen_.push_back(person->id);
        found.push_back({CandidateKind::person, mention.first_token, mention.end_token, side_of(person->side),
                         person->id, mention.name->phrase});
        std::fill(covered.begin() + static_cast<long>(mention.first_token),
                  covered.begin() + static_cast<long>(mention.end_token), true);
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (covered[i]) continue;
        const std::string& word = tokens[i].lower;
        if (word == "he" || word == "she") {
            found.push_back({CandidateKind::pronoun, i, i + 1, {}, {}, std::string(tokens[i].original)});
        } else if ((word == "a" || word == "an" || word == "another") && i + 1 < tokens.size()) {
            // "a Western diplomat in Hanoi", "another regional analyst", "a Vietnamese researcher
            // who follows China policy"
            std::size_t noun = i + 1;
            while (noun < tokens.size() && noun <= i + 3 && !in(commentators, tokens[noun].stem)) ++noun;
            if (noun >= tokens.size() || noun > i + 3) continue;
            found.push_back({CandidateKind::outsider, i, noun + 1, {}, {}, "a " + tokens[noun].lower});
            i = noun;
        } else if (!covered[i] && in(commentators, tokens[i].stem) && tokens[i].lower.back() == 's' &&
                   (i == 0 || !in(title_words, tokens[i - 1].lower))) {
            found.push_back({CandidateKind::outsider, i, i + 1, {}, {}, std::string(tokens[i].original)});
        } else if (word == "member" || word == "participating" || word == "other") {
            // "leaders of member and partner countries", "other leaders": a summit's other guests
            // ("other officials" may well be either side's).
            std::size_t noun = i + 1;
            while (noun < tokens.size() && noun <= i + 3 && !in(plural_parties, tokens[noun].lower)) ++noun;
            if (noun >= tokens.size() || noun > i + 3 || tokens[noun].lower.back() != 's') continue;
            if (word == "other" && tokens[noun].lower != "leaders" && tokens[noun].lower != "countries" &&
                tokens[noun].lower != "nations")
                continue;
            const bool headed = i >= 2 && tokens[i - 1].lower == "of" && in(plural_parties, tokens[i - 2].lower);
            found.push_back({CandidateKind::outsider, headed ? i - 2 : i, noun + 1, {}, {}, word + " " + tokens[noun].lower});
            i = noun;
        } else if (word == "they") {
            found.push_back({CandidateKind::joint, i, i + 1, PledgeSide::joint, {}, std::string(tokens[i].original)});
        } else if (word == "both" || word == "two") {
            // "both sides", "the two leaders", "the two communist-ruled neighbours"; "both
            // described the call as ..."
            std::size_t noun = i + 1;
            while (noun < tokens.size() && noun <= i + 3 && !in(plural_parties, tokens[noun].lower)) ++noun;
            if (word == "both" && i + 1 < tokens.size() && tokens[i + 1].lower.ends_with("ed")) {
                found.push_back({CandidateKind::joint, i, i + 1, PledgeSide::joint, {}, "both"});
                continue;
            }
            if (noun >= tokens.size() || noun > i + 3) continue;
            found.push_back({CandidateKind::joint, i, noun + 1, PledgeSide::joint, {}, "the two " + tokens[noun].lower});
            i = noun;
        } else if (word == "the" && i + 1 < tokens.size() && in(plural_parties, tokens[i + 1].lower) &&
                   tokens[i + 1].lower.back() == 's' &&
                   (i + 2 >= tokens.size() || (!tokens[i + 2].capitalized && tokens[i + 2].lower != "of"))) {
            // "The premiers also announced ...": both, in a story of two sides ("the leaders of
            // the member states" are a summit's).
            found.push_back({CandidateKind::joint, i, i + 2, PledgeSide::joint, {}, "the " + tokens[i + 1].lower});
            ++i;
        } else if (word == "the" && i + 1 < tokens.size() && in(joint_sessions, tokens[i + 1].lower)) {
            found.push_back({CandidateKind::joint, i, i + 2, PledgeSide::joint, {}, "the " + tokens[i + 1].lower});
            ++i;
        } else if (word == "the" && i + 1 < tokens.size() &&
                   (in(joint_documents, tokens[i + 1].lower) ||
                    (i + 2 < tokens.size() && tokens[i + 1].lower == "joint" && in(joint_documents, tokens[i + 2].lower)))) {
            const std::size_t end = tokens[i + 1].lower == "joint" ? i + 3 : i + 2;
            found.push_back({CandidateKind::document, i, end, PledgeSide::joint, {}, "the " + tokens[end - 1].lower});
            i = end - 1;
        } else if ((word == "the" || word == "his" || word == "her") && i + 1 < tokens.size()) {
            // "the ambassador", "the Chinese leader", "the Vietnamese side", "his host"
            const std::optional<PledgeSide> side = country_side(tokens[i + 1].lower);
            if (auto candidate = title_candidate(tokens, i, side ? i + 2 : i + 1, side)) {
                i = candidate->end - 1;
                found.push_back(std::move(*candidate));
            }
        } else if (const auto side = country_side(word);
                   side && word != "chinese" && word != "vietnamese" && !opens_dateline(tokens, i)) {
            // "Vietnam's top leader", "China's premier": a title of that side.
            if (i + 2 < tokens.size() && tokens[i + 1].lower == "s")
                if (auto candidate = title_candidate(tokens, i, i + 2, side)) {
                    i = candidate->end - 1;
                    found.push_back(std::move(*candidate));
                    continue;
                }
            found.push_back({CandidateKind::country, i, i + 1, side, {}, std::string(tokens[i].original)});
        } else if (tokens[i].capitalized && is_third_country(word) && !opens_dateline(tokens, i)) {
            // "Manila has sought ...": a third country acts, not either side.
            found.push_back({CandidateKind::outsider, i, i + 1, {}, {}, std::string(tokens[i].original)});
        } else if (word == "viet" && i + 1 < tokens.size() && tokens[i + 1].lower == "nam") {
            found.push_back({CandidateKind::country, i, i + 2, PledgeSide::vn, {}, "Viet Nam"});
            ++i;
        }
    }
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
    return found;
}

// A title from token `title_begin` on, the candidate starting at `first` ("the Chinese
// leader", "Vietnam's top leader"); nullopt when no title word is there.
std::optional<SpeakerTracker::Candidate> SpeakerTracker::title_candidate(const std::vector<Token>& tokens,
                                                                         std::size_t first, std::size_t title_begin,
                                                                         std::optional<PledgeSide> side) const {
    std::size_t j = title_begin;
    while (j < tokens.size() && (in(title_words, tokens[j].lower) || (j == title_begin && in(title_adjectives, tokens[j].lower))))
        ++j;
    if (j == title_begin || (j == title_begin + 1 && in(title_adjectives, tokens[title_begin].lower))) return std::nullopt;
    // "the host", "the visitor", "the visiting premier": the side the meeting's country
    // makes them.
    const auto has_word = [&](std::string_view word) {
        for (std::size_t t = title_begin; t < j; ++t)
            if (tokens[t].lower == word) return true;
        return false;
    };
    const bool host = has_word("host"), guest = has_word("guest") || has_word("visitor") || has_word("visiting");
    if (!side && host_ && host != guest) side = host ? *host_ : other_side(*host_);
    Candidate candidate{CandidateKind::title, first, j, side, {}, {}};
    std::vector<std::string> words;
    for (std::size_t t = title_begin; t < j; ++t) {
        const std::string& word = tokens[t].lower;
        if (word == "diplomat" || word == "envoy") words.push_back("ambassador");
        else if (word == "pm") words.insert(words.end(), {"prime", "minister"});
        else if (word == "fm") words.insert(words.end(), {"foreign", "minister"});
        else if (!in(title_adjectives, word)) words.push_back(word);
    }
    candidate.person_id = owner_of(words, side);
    candidate.titles = std::move(words);
    const Token& last = tokens[j - 1];
    candidate.words.assign(tokens[first].original.data(), last.begin + last.original.size() - tokens[first].begin);
    return candidate;
}

// The person introduced with most of these title words (of that side, if one is named);
// on a tie, the one introduced last.
std::string SpeakerTracker::owner_of(const std::vector<std::string>& words, std::optional<PledgeSide> side) const {
    std::string owner;
    std::size_t best = 0;
    for (const auto& introduced : titles_) {
        const std::set<std::string>& titles = introduced.second;
        if (side && side_of(catalog_.find_person(introduced.first)->side) != *side) continue;
        const auto shared = static_cast<std::size_t>(
            std::count_if(words.begin(), words.end(), [&](const std::string& w) { return titles.contains(w); }));
        if (shared > 0 && shared >= best) {
            best = shared;
            owner = introduced.first;
        }
    }
    return owner;
}

SpeakerTracker::SpeakerTracker(const model::Dataset& catalog) : catalog_(catalog) {
    for (const model::Meeting& meeting : catalog.meetings)
        for (const model::Participant& participant : meeting.participants)
            for (const Token& token : tokenize(participant.role))
                recorded_titles_[participant.person.id].insert(token.lower);
}

std::optional<Speaker> SpeakerTracker::resolve(const Candidate& candidate) const {
    switch (candidate.kind) {
    case CandidateKind::person:
        return Speaker{*candidate.side, candidate.person_id, "named as '" + candidate.words + "'", 1.0};
    case CandidateKind::pronoun:
        if (!last_person_) return std::nullopt;
        return Speaker{last_person_->side, last_person_->person_id,
                       "'" + candidate.words + "' refers back to " + last_person_->person_id, 0.85};
    case CandidateKind::title: {
        if (!candidate.person_id.empty()) {
            const model::Person* person = catalog_.find_person(candidate.person_id);
            return Speaker{side_of(person->side), person->id,
                           "'" + candidate.words + "' was introduced as " + person->id, 0.9};
        }
        // "the prime minister" when the article named Chinh without his title: the one
        // person named whose roles at earlier meetings hold every word of it.
        if (!candidate.titles.empty()) {
            std::vector<std::string> holders;
            for (const std::string& id : people_seen_) {
                const auto recorded = recorded_titles_.find(id);
                if (recorded != recorded_titles_.end() &&
                    (!candidate.side || side_of(catalog_.find_person(id)->side) == *candidate.side) &&
                    std::all_of(candidate.titles.begin(), candidate.titles.end(),
                                [&](const std::string& word) { return recorded->second.contains(word); }))
                    holders.push_back(id);
            }
            if (holders.size() == 1) {
                const model::Person* person = catalog_.find_person(holders.front());
                return Speaker{side_of(person->side), person->id,
                               "'" + candidate.words + "' is the title " + person->id + " held at earlier meetings", 0.8};
            }
        }
        // "The Government leader said": a title the article did not introduce is taken to
        // be the person who spoke last.
        if (!candidate.side) {
            if (!last_person_) return std::nullopt;
            return Speaker{last_person_->side, last_person_->person_id,
                           "'" + candidate.words + "' taken as " + last_person_->person_id + ", who spoke last", 0.7};
        }
        // "the Chinese leader": the one person of that side the article has named, else the
        // one of that side who spoke last.
        std::vector<std::string> of_side;
        for (const std::string& id : people_seen_)
            if (side_of(catalog_.find_person(id)->side) == *candidate.side) of_side.push_back(id);
        if (of_side.size() == 1)
            return Speaker{*candidate.side, of_side.front(), "'" + candidate.words + "' names a side", 0.85};
        if (const auto last = last_of_side_.find(*candidate.side); last != last_of_side_.end())
            return Speaker{*candidate.side, last->second,
                           "'" + candidate.words + "' taken as " + last->second + ", of that side, who spoke last", 0.75};
        return Speaker{*candidate.side, {}, "'" + candidate.words + "' names a side", 0.85};
    }
    case CandidateKind::joint: return Speaker{PledgeSide::joint, {}, "'" + candidate.words + "' speak together", 0.95};
    case CandidateKind::document:
        return Speaker{PledgeSide::joint, {}, "'" + candidate.words + "' speaks for both sides", 0.95, true};
    case CandidateKind::outsider: return std::nullopt;
    case CandidateKind::country:
        // "Vietnam aims to ..." right after its minister spoke: his words.
        if (last_person_ && last_person_->side == *candidate.side)
            return Speaker{*candidate.side, last_person_->person_id,
                           "'" + candidate.words + "' is the subject, as voiced by " + last_person_->person_id, 0.8};
        return Speaker{*candidate.side, {}, "'" + candidate.words + "' is the subject", 0.8};
    }
    return std::nullopt;
}

std::optional<Speaker> SpeakerTracker::speaker_of_quote(const Sentence& closing, const std::vector<Mention>& mentions,
                                                        const std::vector<Cue>& cues) const {
    SpeakerTracker ahead = *this;
    std::optional<Speaker> speaker = ahead.next(closing, mentions, cues);
    if (speaker) speaker->reason = "the quotation is attributed where it ends: " + speaker->reason;
    return speaker;
}

std::optional<Speaker> SpeakerTracker::next(const Sentence& sentence, const std::vector<Mention>& mentions,
                                            const std::vector<Cue>& cues) {
    const std::vector<Token>& tokens = sentence.tokens;
    const std::vector<Candidate> found = candidates(tokens, mentions);
    outsider_spoke_ = false;

    const auto is_subject = [&](const Candidate& c) {
        if (c.end < tokens.size() && tokens[c.end].lower == "s") return false;  // possessive: "China's"
        if (c.first == 0) return true;
        // "Under the statement, ties will ...", "according to the declaration"
        const std::string& before = tokens[c.first - 1].lower;
        if (c.kind == CandidateKind::document && (before == "under" || before == "to" || before == "in")) return true;
        // "..., and Manila has sought ...": a new clause, with a subject of its own.
        if (before == "and" && comma_before(tokens, c.first - 1)) return true;
        return !in(object_markers, before);
    };

    const Candidate* chosen = nullptr;
    // "..., he added." / "..., said Xi." / "..., Li said, adding that ...": a reporting verb
    // set off by a comma after the statement, next to a name, names the speaker.
    for (std::size_t k = 0; k < cues.size() && !chosen; ++k) {
        const Cue& cue = cues[k];
        if (cue.strength != CueStrength::reporting) continue;
        for (const Candidate& c : found) {
            // "..., said Xi." names the speaker after the verb; "..., told Xi that" the listener.
            // "..., Minh has said." and "..., Xi also said." name him before it.
            const bool before = c.end == cue.first_token ||
                                (c.end + 1 == cue.first_token && in(words_before_reporting, tokens[c.end].lower));
            const bool after = start_of_titles(tokens, c.first) == cue.end_token && tokens[cue.first_token].lower != "told";
            const bool framed = (before && comma_before(tokens, start_of_titles(tokens, c.first))) ||
                                (after && (cue.end_token + 2 >= tokens.size() || comma_before(tokens, cue.first_token)));
            if (framed && c.kind != CandidateKind::joint && c.kind != CandidateKind::country &&
                (c.kind == CandidateKind::outsider || resolve(c)))
                chosen = &c;
        }
    }
    // "In his account, ...", "Relations, in his words, have ...", "according to her": the
    // sentence is the account of the person last named, whatever its grammatical subject.
    std::optional<Candidate> framing;
    for (std::size_t i = 0; i + 2 < tokens.size() && !framing; ++i) {
        const std::string& first = tokens[i].lower;
        const std::string& second = tokens[i + 1].lower;
        const std::string& third = tokens[i + 2].lower;
        if ((first == "in" && (second == "his" || second == "her") && is_one_of(third, {"words", "account", "view"})) ||
            (first == "according" && second == "to" && (third == "him" || third == "her")))
            framing = Candidate{CandidateKind::pronoun, i, i + 3, {}, {}, first + " " + second + " " + third};
    }
    // ("Trong pointed out that ..., which in his view ...": a person named before it speaks.)
    const bool named_before_framing = framing && std::any_of(found.begin(), found.end(), [&](const Candidate& c) {
        return c.kind == CandidateKind::person && c.first < framing->first;
    });
    if (!chosen && framing && !named_before_framing && last_person_) chosen = &*framing;
    // A quote that goes on after "said a Western diplomat", with no speaker of its own, is
    // still the diplomat's.
    const bool quoted_on = std::exchange(outsider_quoted_, false) && opens_with_quote(sentence.text);
    if (!chosen && quoted_on) {
        outsider_quoted_ = outsider_spoke_ = true;
        return std::nullopt;
    }
    // "The statement names three rail projects": a joint document as subject, whatever verb.
    if (!chosen && cues.empty() && !found.empty() && found.front().kind == CandidateKind::document &&
        is_subject(found.front()))
        chosen = &found.front();
    // The "he" or "she" right after the reporting verb cues[k] ("said he", "said that she"),
    // when a verb of its own follows it.
    const auto pronoun_reported_by = [&](std::size_t k) -> const Candidate* {
        std::size_t at = cues[k].end_token;
        if (at < tokens.size() && tokens[at].lower == "that") ++at;
        for (const Candidate& c : found)
            if (c.kind == CandidateKind::pronoun && c.first == at &&
                std::any_of(cues.begin() + static_cast<long>(k) + 1, cues.end(),
                            [&](const Cue& later) { return later.first_token >= c.end; }))
                return &c;
        return nullptr;
    };
    // Otherwise the subject is the nearest candidate before a verb, not after a preposition;
    // a participle after a comma ("..., agreeing to build ...") has the sentence's subject.
    for (std::size_t k = 0; k < cues.size() && !chosen; ++k) {
        const bool participle = tokens[cues[k].first_token].lower.ends_with("ing") && comma_before(tokens, cues[k].first_token);
        for (const Candidate& c : found)
            if (c.end <= cues[k].first_token && is_subject(c) && (!chosen || (!participle && c.first > chosen->first)))
                chosen = &c;
        // "Vietnam's government said he also backed ...": a country or its government only
        // reports; the "he" after its verb is the one who spoke.
        const bool institution = chosen && (chosen->kind == CandidateKind::country ||
                                            (chosen->kind == CandidateKind::title &&
                                             is_one_of(tokens[chosen->end - 1].lower, {"government", "side", "ministry"})));
        if (institution && cues[k].strength == CueStrength::reporting)
            if (const Candidate* reported = pronoun_reported_by(k)) chosen = reported;
    }

    std::optional<Speaker> speaker;
    const bool under_document = std::any_of(found.begin(), found.end(), [](const Candidate& c) {
        return c.kind == CandidateKind::document;
    });
    if (chosen && chosen->kind == CandidateKind::outsider) {
        outsider_spoke_ = true;
        outsider_quoted_ = opens_with_quote(sentence.text);
        return std::nullopt;  // someone the catalog does not know: nothing either side said
    }
    if (chosen) {
        speaker = resolve(*chosen);
        // "China was urged to open its market": the side asked is the subject, so the
        // other side asked.
        if (speaker && speaker->side != PledgeSide::joint && is_asked_passively(tokens, cues, chosen->end))
            speaker = Speaker{other_side(speaker->side), {}, "'" + chosen->words + "' was asked, by the other side", 0.7};
        // "the minister asked the Chinese side to ...": whoever holds that title on the
        // other side.
        if (const auto asked = side_asked(tokens, cues, chosen->end);
            asked && speaker && speaker->side == *asked && chosen->kind == CandidateKind::title && !chosen->side) {
            Candidate other = *chosen;
            other.side = other_side(*asked);
            other.person_id = owner_of(other.titles, other.side);
            if (!other.person_id.empty()) speaker = resolve(other);
        }
        // "To Lam and Xi Jinping agreed": two sides joined by "and" speak together.
        const auto next_cue = std::find_if(cues.begin(), cues.end(),
                                           [&](const Cue& cue) { return cue.first_token >= chosen->end; });
        const std::size_t verb = next_cue == cues.end() ? tokens.size() : next_cue->first_token;
        if (speaker && chosen->end < tokens.size() && tokens[chosen->end].lower == "and")
            for (const Candidate& c : found)
                if (c.first > chosen->end && c.end <= verb && c.side && *c.side != speaker->side &&
                    (c.kind == CandidateKind::person || c.kind == CandidateKind::country))
                    speaker = Speaker{PledgeSide::joint, {}, "'" + chosen->words + "' and '" + c.words + "' together", 0.9};
    } else if (last_ && !cues.empty()) {
        speaker = *last_;
        speaker->reason = "no subject; carried over: " + last_->reason;
        speaker->confidence = std::min(last_->confidence, 0.6);
        speaker->carried_over = true;
    }
    // "Under the statement, the two countries will ...": both sides speak through it.
    if (speaker && speaker->side == PledgeSide::joint && under_document) speaker->document = true;
    if (speaker) {
        last_ = speaker;
        if (!speaker->person_id.empty()) remember_person(*speaker);
    } else {
        // "Hue's agenda was longer. He proposed ...", "PM Chinh conveyed the greetings of
        // ...": the person a sentence is about is whom the next "he" means, even where
        // that sentence states nothing.
        // "The Vietnamese leader then turned to railways. He asked ...": a title too.
        const auto topic = std::find_if(found.begin(), found.end(), [&](const Candidate& c) {
            return (c.kind == CandidateKind::person || (c.kind == CandidateKind::title && c.side)) &&
                   (c.first <= label_end(tokens) + 1 || is_subject(c));
        });
        if (topic != found.end())
            if (std::optional<Speaker> about = resolve(*topic); about && !about->person_id.empty()) remember_person(*about);
    }
    return speaker;
}

}  // namespace pledgetrack::extract
