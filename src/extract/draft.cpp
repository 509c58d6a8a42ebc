#include "extract/draft.hpp"

#include "extract/cues.hpp"
#include "extract/dates.hpp"
#include "extract/gazetteer.hpp"
#include "extract/keywords.hpp"
#include "extract/outlets.hpp"
#include "extract/speaker.hpp"
#include "extract/tokens.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace pledgetrack::extract {
namespace {

using namespace model;

constexpr std::size_t max_evidence_length = 200;  // the schema's limit

std::string_view text_between(const Article& article, const Token& first, const Token& last) {
    return std::string_view(article.text).substr(first.begin, last.begin + last.original.size() - first.begin);
}

// "held phone talks", "spoke by telephone", "in a video call": not a page's "Video" menu
// or its "Phone: +84 ..." footer.
bool tells_of_call(const std::vector<Token>& lead) {
    static const std::set<std::string, std::less<>> after{"call", "calls", "talks", "conversation", "conference",
                                                          "link", "summit", "meeting"};
    static const std::set<std::string, std::less<>> before{"by", "via", "over", "the", "a"};
    for (std::size_t i = 0; i < lead.size(); ++i) {
        if (lead[i].lower != "phone" && lead[i].lower != "telephone" && lead[i].lower != "video") continue;
        if ((i + 1 < lead.size() && after.contains(lead[i + 1].lower)) || (i > 0 && before.contains(lead[i - 1].lower)))
            return true;
    }
    return false;
}

MeetingKind meeting_kind(const std::vector<Token>& lead) {
    if (tells_of_call(lead)) return MeetingKind::phone_call;
    for (std::size_t i = 0; i + 1 < lead.size(); ++i)
        if (lead[i].lower == "joint" && lead[i + 1].lower == "statement") return MeetingKind::joint_statement;
    if (contains_word(lead, "received") || contains_word(lead, "receives") || contains_word(lead, "reception") ||
        contains_word(lead, "receiving"))
        return MeetingKind::reception;
    // "co-chaired the 15th meeting of the Steering Committee" ("co-chaired" is two words)
    if (contains_word(lead, "committee") && (contains_word(lead, "session") || contains_word(lead, "chaired")))
        return MeetingKind::committee_meeting;
    if (contains_word(lead, "talks")) return MeetingKind::talks;
    return MeetingKind::meeting;
}

std::string unique_id(std::string id, const Dataset& catalog) {
    if (id.size() > 100) id.resize(100);
    while (!id.empty() && (id.back() == '-' || id.back() == '.')) id.pop_back();
    if (!catalog.find_meeting(id) && !catalog.find_source(id + ".s1")) return id;
    for (int n = 1;; ++n) {
        const std::string candidate = id + (n == 1 ? "-draft" : "-draft-" + std::to_string(n));
        if (!catalog.find_meeting(candidate) && !catalog.find_source(candidate + ".s1")) return candidate;
    }
}

std::string date_prefix(const MeetingDate& date) {
    if (const PartialDate* partial = date.partial()) return partial->to_string();
    return std::to_string(int(date.earliest().year()));
}

std::string clean_headline(std::string headline) {
    // Page chrome around a headline: a leading "date 2024-10-12", a trailing "/Xinhua" credit.
    const std::vector<Token> tokens = tokenize(headline);
    if (tokens.size() > 3 && tokens[0].lower == "date" && tokens[1].lower.size() == 4)
        headline = headline.substr(tokens[3].begin + tokens[3].original.size());
    for (std::string_view cut : {" /", "(Photo", " - ảnh"})
        if (const auto at = headline.find(cut); at != std::string::npos) headline.resize(at);
    const auto blank = headline.find_first_not_of(" \t");
    headline.erase(0, blank == std::string::npos ? headline.size() : blank);
    while (!headline.empty() && (headline.back() == ' ' || headline.back() == ',' || headline.back() == '.'))
        headline.pop_back();
    return headline;
}

std::string who(const Speaker& speaker, const Dataset& catalog) {
    if (!speaker.person_id.empty()) return catalog.find_person(speaker.person_id)->name;
    switch (speaker.side) {
    case PledgeSide::cn: return "The Chinese side";
    case PledgeSide::vn: return "The Vietnamese side";
    case PledgeSide::joint: break;
    }
    return "Both sides";
}

std::string_view kind_phrase(PledgeKind kind) {
    switch (kind) {
    case PledgeKind::proposal: return "proposed work on";
    case PledgeKind::request: return "asked the other side to act on";
    case PledgeKind::agreement: return "agreed on";
    case PledgeKind::pledge: return "committed to";
    case PledgeKind::support: return "backed";
    case PledgeKind::affirmation: return "restated the position on";
    case PledgeKind::congratulation: return "offered congratulations on";
    }
    return "spoke about";
}

std::string with_article(std::string_view noun) {
    const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(noun);
}

double rounded(double value) { return std::round(value * 100) / 100; }

double cue_weight(CueStrength strength) {
    switch (strength) {
    case CueStrength::speech_act: return 1.0;
    case CueStrength::modal: return 0.9;
    case CueStrength::reporting: return 0.75;
    }
    return 0.5;
}

// Verbs that open a commitment in a list: "expand the smart border-gate model".
bool opens_commitment(const std::string& lower) {
    static const std::set<std::string, std::less<>> verbs{
        "promote", "expand", "strengthen", "enhance", "deepen", "boost", "accelerate", "step", "facilitate",
        "build", "develop", "increase", "implement", "foster", "consolidate", "improve", "push", "speed",
        "open", "sign", "establish", "maintain", "ensure", "create", "upgrade", "launch", "explore",
        "negotiate", "complete", "resolve", "expedite", "bolster", "intensify", "broaden", "share",
        "cooperate", "coordinate", "organise", "organize", "connect", "jointly", "actively", "further"};
    return verbs.contains(lower);
}

// The kind an item is recorded with in most of the catalog's own meetings, where one kind
// clearly dominates ("the 14th Party Congress": support): what a bare "said" or "noted"
// about that item most likely meant.
std::map<std::string, PledgeKind, std::less<>> usual_kinds(const Dataset& catalog) {
    std::map<std::string, std::map<PledgeKind, std::size_t>, std::less<>> counts;
    for (const Meeting& meeting : catalog.meetings)
        for (const Pledge& pledge : meeting.pledges) ++counts[pledge.item.id][pledge.kind];
    std::map<std::string, PledgeKind, std::less<>> usual;
    for (const auto& [item, kinds] : counts) {
        std::size_t total = 0;
        for (const auto& [kind, n] : kinds) total += n;
        const auto top = std::max_element(kinds.begin(), kinds.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
        if (total >= 3 && top->second * 10 >= total * 8) usual.emplace(item, top->first);
    }
    return usual;
}

// Items one side mostly asks of the other (market access, loans, the export protocols):
// in the catalog's meetings, at least three requests and three in four of the requests
// and proposals about the item, or about its group when it has one.
std::set<std::string, std::less<>> items_asked_for(const Dataset& catalog) {
    const auto counted_as = [&](const std::string& item_id) {
        const model::Item* item = catalog.find_item(item_id);
        return item && item->group ? "group " + item->group->id : item_id;
    };
    std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> counts;  // requests, proposals
    for (const Meeting& meeting : catalog.meetings)
        for (const Pledge& pledge : meeting.pledges) {
            if (pledge.kind == PledgeKind::request) ++counts[counted_as(pledge.item.id)].first;
            if (pledge.kind == PledgeKind::proposal) ++counts[counted_as(pledge.item.id)].second;
        }
    std::set<std::string, std::less<>> asked;
    for (const model::Item& item : catalog.items)
        if (const auto n = counts.find(counted_as(item.id));
            n != counts.end() && n->second.first >= 3 && n->second.first * 4 >= (n->second.first + n->second.second) * 3)
            asked.insert(item.id);
    return asked;
}

}  // namespace

struct Extractor::Index {
    explicit Index(const Dataset& catalog)
        : gazetteer(catalog), keywords(catalog), usual_kinds(extract::usual_kinds(catalog)),
          asked_for(items_asked_for(catalog)) {}

    const Gazetteer gazetteer;
    const KeywordMatcher keywords;
    const std::map<std::string, PledgeKind, std::less<>> usual_kinds;
    const std::set<std::string, std::less<>> asked_for;
};

namespace {

class Drafter {
public:
    Drafter(const Article& article, const Dataset& catalog, const Extractor::Index& index, const ExtractOptions& options)
        : article_(article), catalog_(catalog), options_(options), gazetteer_(index.gazetteer), keywords_(index.keywords),
          usual_kinds_(index.usual_kinds), asked_for_(index.asked_for), tracker_(catalog) {}

    Draft run() {
        const DateClues clues = find_date_clues(article_);
        auto resolved = resolve_meeting_date(clues, options_.published);
        if (!resolved)
            throw ExtractError("cannot date the meeting: the article states no day, weekday or year; "
                               "give its publication date with --published YYYY-MM-DD");
        draft_.emplace(Draft{Meeting{.id = {}, .kind = MeetingKind::meeting, .title = {}, .place = {}, .date = resolved->date},
                             {}, {}, {}});
        draft_->meeting.draft = true;
        draft_->meeting.notes.push_back("Date: " + resolved->reason + ".");
        meeting_year_ = date::year_month_day{draft_->meeting.date.earliest()}.year();
        later_day_sentences_ = sentences_of_later_days(clues, draft_->meeting.date);
        place_ = find_place(article_);
        tracker_.set_host(host_side(place_));

        for (const Sentence& sentence : article_.sentences) read_sentence(sentence);
        if (draft_->meeting.participants.empty())
            throw ExtractError("no person from the catalog is named in the article; add the leaders "
                               "(with the names the article uses) to the catalog's people");
        finish_meeting(clues);
        return std::move(*draft_);
    }

private:
    // Alias matches, then keyword matches where no alias matched, then words referring
    // back to an item named before ("the committee"), in text order.
    std::vector<Mention> find_mentions(const std::vector<Token>& tokens) {
        std::vector<Mention> mentions = gazetteer_.find(tokens);
        const std::vector<Mention> loose = keywords_.find(tokens, mentions);
        mentions.insert(mentions.end(), loose.begin(), loose.end());
        const std::vector<Mention> siblings = keywords_.listed_siblings(tokens, mentions);
        mentions.insert(mentions.end(), siblings.begin(), siblings.end());
        const std::vector<Mention> back = references_back(tokens, mentions);
        mentions.insert(mentions.end(), back.begin(), back.end());
        std::sort(mentions.begin(), mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
        drop_objects_of_open_aliases(tokens, mentions);
        // The head noun comes before a preposition: "the Steering Committee for Bilateral Cooperation".
        for (const Mention& m : mentions) {
            if (m.name->of != Name::Of::item || m.name->loose || m.refers_back) continue;
            std::size_t head_end = m.first_token + 1;
            while (head_end < m.end_token && !is_one_of(tokens[head_end].lower, {"for", "of", "on", "between", "in"}))
                ++head_end;
            for (std::size_t i = head_end; i-- > m.first_token;)
                if (is_head_noun(tokens[i].stem)) {
                    named_by_head_[tokens[i].stem] = m.name;
                    break;
                }
        }
        return mentions;
    }

    // "import more of Vietnam's agricultural products", "expand the import of Vietnamese
    // farm produce": an alias ending in "more" or "of" wants an object, and an item named
    // right after it is that object, part of the same point.
    static void drop_objects_of_open_aliases(const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
        constexpr std::size_t longest_gap = 3;  // tokens: "of Vietnam's"
        for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
            const Mention& open = mentions[k];
            if (open.name->of != Name::Of::item || open.name->loose ||
                !is_one_of(tokens[open.end_token - 1].lower, {"more", "of"}))
                continue;
            const Mention& next = mentions[k + 1];
            if (next.name->of != Name::Of::item || next.first_token < open.end_token ||
                next.first_token - open.end_token > longest_gap)
                continue;
            bool parted = false;  // "buy more, and market access": a new phrase
            for (std::size_t i = open.end_token; i <= next.first_token && !parted; ++i) parted = comma_before(tokens, i);
            if (!parted) mentions.erase(mentions.begin() + long(k) + 1);
        }
    }

    // Nouns that name one thing when an item was named with them before: "the Joint Railway
    // Cooperation Committee ... setting up the committee".
    static bool is_head_noun(const std::string& stem) {
        static const std::set<std::string, std::less<>> nouns{
            "committee", "line", "railway", "project", "agreement", "memorandum", "protocol", "forum", "summit",
            "expo", "mechanism", "corridor", "zone", "bridge", "programme", "program", "initiative", "congress"};
        return nouns.contains(stem);
    }

    std::vector<Mention> references_back(const std::vector<Token>& tokens, const std::vector<Mention>& found) const {
        std::vector<bool> covered(tokens.size(), false);
        for (const Mention& m : found)
            std::fill(covered.begin() + long(m.first_token), covered.begin() + long(m.end_token), true);
        std::vector<Mention> back;
        for (std::size_t i = 1; i < tokens.size(); ++i) {
            if (covered[i] || covered[i - 1] || (tokens[i - 1].lower != "the" && tokens[i - 1].lower != "this")) continue;
            const auto named = named_by_head_.find(tokens[i].stem);
            if (named == named_by_head_.end()) continue;
            // "the line" and no more: "the committee's work" is fine, "the line ministries" is not.
            if (i + 1 < tokens.size() && !tokens[i + 1].capitalized && gap_between(tokens[i], tokens[i + 1]) == " " &&
                is_head_noun(tokens[i + 1].stem))
                continue;
            back.push_back({named->second, i - 1, i + 1, tokens[i - 1].begin, tokens[i].begin + tokens[i].original.size(), true});
        }
        return back;
    }

    void read_sentence(const Sentence& sentence) {
        // Participants: people named in the headline, captions and first sentence, or in
        // the first sentence that reports the meeting itself.
        // "- Chinese, Vietnamese FMs hold phone talks": a bulleted line links to another story.
        const bool lead_sentence =
            !sentence.bulleted && (!sentence.body || !in_body_ || (!meeting_reported_ && sentence.tells_of_meeting));
        const bool story = sentence.body && !sentence.bulleted;
        // After the story has told of its meeting, a meeting on a later day is another one.
        const bool dated_elsewhere =
            meeting_reported_ && later_day_sentences_.contains(static_cast<std::size_t>(&sentence - article_.sentences.data()));
        meeting_reported_ = meeting_reported_ || (story && sentence.tells_of_meeting);
        in_body_ = in_body_ || story;
        if (lead_sentence) lead_.insert(lead_.end(), sentence.tokens.begin(), sentence.tokens.end());
        if (!sentence.list_item) list_intro_.reset();
        // What follows in the paragraph of a later meeting was said there too.
        if (sentence.body && opens_paragraph(sentence)) in_later_meeting_ = false;
        in_later_meeting_ = in_later_meeting_ || (sentence.body && dated_elsewhere);
        another_meeting_ = sentence.body && (opens_on_another_meeting(sentence.tokens) || in_later_meeting_ ||
                                             (another_meeting_ && returns_to_that_meeting(sentence.tokens)));
        for (const Sentence& clause : clauses_of(sentence)) read_statement(clause, lead_sentence);
        if (sentence.body) documents_to_come_ = promises_documents(sentence.tokens);
    }

    // "The two sides are now preparing further documents for signing", "are working to
    // finalise a memorandum": documents promised, not yet signed. ("Officials signed 14
    // documents, among them protocols that will allow ..." signed them.)
    static bool promises_documents(const std::vector<Token>& tokens) {
        const std::vector<Cue> cues = find_cues(tokens);
        const bool signed_now = std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
            const bool past = tokens[c.first_token].lower.ends_with("ed") &&
                              (c.first_token == 0 || !is_one_of(tokens[c.first_token - 1].lower, {"be", "been", "being"}));
            return c.joint && c.kind == PledgeKind::agreement && past;
        });
        const bool pledges = !signed_now && std::any_of(cues.begin(), cues.end(), [](const Cue& c) {
            return c.kind == PledgeKind::pledge && c.strength == CueStrength::modal;
        });
        return pledges && std::any_of(tokens.begin(), tokens.end(), [](const Token& t) {
                   return is_one_of(t.stem, {"document", "memorandum", "agreement", "protocol"});
               });
    }

    // "Later on Friday Wang called on President Thuong, ...", "In formal talks with Zhao
    // later on Monday, ...", "In a separate meeting with Son, ...": a sentence that opens on
    // another meeting of the trip; what it reports was said there.
    static bool opens_on_another_meeting(const std::vector<Token>& tokens) {
        constexpr std::size_t longest_opening = 12;  // tokens
        constexpr std::size_t longest_time = 4;      // tokens: "Later that same day,"
        bool separate = false, later = false, meeting = false, writing = false;
        for (std::size_t i = 0; i < tokens.size() && i < longest_opening; ++i) {
            // "Later Monday, Hue held talks with Zhao": a time set off by a comma opens on it too.
            if (comma_before(tokens, i) && !(later && !meeting && i <= longest_time)) break;
            const std::string& word = tokens[i].lower;
            separate = separate || word == "separate" || word == "separately";
            later = later || word == "later" || (word == "same" && i + 1 < tokens.size() && tokens[i + 1].lower == "day");
            meeting = meeting || is_meeting_word(word) || word == "called";
            // "In an article carried by Nhan Dan on Monday, Xi wrote ...": what a leader
            // wrote or told a paper is another occasion.
            writing = writing || is_one_of(word, {"article", "commentary", "editorial", "op", "interview"});
        }
        return separate || (later && meeting) || (writing && !tokens.empty() && tokens[0].lower == "in");
    }

    static std::optional<PledgeSide> host_side(const std::optional<Place>& place) {
        if (place && place->name.ends_with(", China")) return PledgeSide::cn;
        if (place && place->name.ends_with(", Viet Nam")) return PledgeSide::vn;
        return std::nullopt;
    }

    // "Xi made four proposals. First, the two sides should ... . Second, ...": each numbered
    // point is the proposer's, whoever its sentence makes the subject, and so is what
    // follows it with no subject of its own, until a paragraph opens on something else or
    // someone else is named speaking.
    std::optional<Speaker> proposer_of_point(const Sentence& sentence, const std::optional<Speaker>& speaker) {
        const std::vector<Token>& tokens = sentence.tokens;
        const bool numbered = !tokens.empty() && is_one_of(tokens[0].lower, {"first", "firstly", "second", "secondly", "third",
                                                                             "thirdly", "fourth", "fifth", "sixth", "finally", "lastly"});
        const bool someone_else = speaker && !speaker->carried_over && !speaker->person_id.empty() &&
                                  (!proposer_ || speaker->person_id != proposer_->person_id);
        if (proposer_ && (someone_else || (!numbered && opens_paragraph(sentence)))) proposer_.reset();
        if (proposer_ && sentence.body && (numbered || !speaker || speaker->carried_over)) {
            Speaker point = *proposer_;
            point.reason = "a numbered point of what " + proposer_->person_id + " proposed";
            point.confidence = std::min(point.confidence, 0.8);
            return point;
        }
        // "Xi made four proposals.": no verb of speech, but the sentence is about the proposer.
        if (announces_points(tokens) && tracker_.last_person())
            proposer_ = speaker && !speaker->person_id.empty() ? speaker : tracker_.last_person();
        return std::nullopt;
    }

    // "made four proposals", "put forward three suggestions", "the following points".
    static bool announces_points(const std::vector<Token>& tokens) {
        static constexpr std::array counts{"two", "three", "four", "five", "six", "following"};
        for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
            if (std::find(counts.begin(), counts.end(), tokens[i].lower) != counts.end() &&
                is_one_of(tokens[i + 1].stem, {"proposal", "suggestion", "point", "idea"}))
                return true;
        return false;
    }

    bool opens_paragraph(const Sentence& sentence) const {
        const std::size_t line_break = article_.text.rfind('\n', sentence.begin);
        return line_break != std::string::npos && article_.text.find_first_not_of(" \t\r\n", line_break) == sentence.begin;
    }

    // "Hue later held talks with Zhao. In those talks he asked ...", "There, both agreed":
    // back at the meeting the sentence before opened on.
    static bool returns_to_that_meeting(const std::vector<Token>& tokens) {
        if (tokens.size() > 2 && tokens[0].lower == "there" && comma_before(tokens, 1)) return true;  // "There, both agreed"
        return tokens.size() > 3 && is_one_of(tokens[0].lower, {"in", "at", "during"}) &&
               is_one_of(tokens[1].lower, {"those", "that", "these", "the"}) && is_meeting_word(tokens[2].lower);
    }

    // One statement: a sentence, or a clause of one that has a speaker of its own. The
    // people a lead statement names took part in the meeting.
    void read_statement(const Sentence& sentence, bool lead) {
        const std::vector<Token>& tokens = sentence.tokens;
        const std::vector<Mention> mentions = find_mentions(tokens);
        if (lead)
            for (const Mention& mention : mentions)
                if (mention.name->of == Name::Of::person) add_participant(mention.name->id);
        const std::vector<Cue> cues = find_cues(tokens);
        std::optional<Speaker> speaker = speaker_of(sentence, mentions, cues);
        if (std::optional<Speaker> proposer = proposer_of_point(sentence, speaker)) speaker = std::move(proposer);
        if (!sentence.body) return;
        if (sentence.list_item && list_intro_) {
            // Each point of "Chinh asked China to: - open ...; - speed up ..." is asked for.
            add_pledges_under(tokens, mentions, list_intro_->first, list_intro_->second);
            return;
        }
        if (speaker && !cues.empty() && sentence.text.ends_with(':')) list_intro_ = {cues.back(), *speaker};

        const bool names_someone = std::any_of(mentions.begin(), mentions.end(),
                                               [](const Mention& m) { return m.name->of == Name::Of::person; });
        if (cues.empty() && speaker && speaker->document) {
            // "The statement names three rail projects": what a joint document sets out is agreed.
            add_pledges_under(tokens, mentions, {PledgeKind::agreement, CueStrength::reporting, 0, 0, "(set out in the statement)"},
                              *speaker);
            return;
        }
        // Within its paragraph (a clause of the same sentence included): a new paragraph
        // without a verb is background.
        const bool same_paragraph =
            reported_end_ > sentence.begin || article_.text.find('\n', reported_end_) >= sentence.begin;
        if (cues.empty() && reported_speaker_ && !names_someone && same_paragraph) {
            // "Both sides noted that ... . Two-way trade has grown ...": a sentence with no verb
            // and no one named goes on with what the previous one reported.
            Speaker continued = *reported_speaker_;
            continued.confidence *= 0.6;
            continued.reason = "the sentence continues a statement reported before; " + continued.reason;
            add_pledges_under(tokens, mentions, {PledgeKind::affirmation, CueStrength::reporting, 0, 0, "(reported statement)"},
                              continued);
            return;
        }
        const bool only_reporting = !cues.empty() && std::all_of(cues.begin(), cues.end(), [](const Cue& c) {
            return c.strength == CueStrength::reporting;
        });
        reported_speaker_ = only_reporting ? speaker : std::nullopt;
        reported_end_ = sentence.begin + sentence.text.size();
        // "Among them were a memorandum on ...": what a joint act lists needs no speaker.
        if (!speaker && std::none_of(cues.begin(), cues.end(), [](const Cue& c) { return c.joint; })) return;
        // "The railway would link the border province with the port": with no one named
        // to say it, "would" describes; so does any modal opening a paragraph ("Much
        // freight still has to be transshipped at the border").
        const bool new_paragraph = opens_paragraph(sentence);
        if (speaker && speaker->carried_over && std::all_of(cues.begin(), cues.end(), [&](const Cue& c) {
                return tokens[c.first_token].lower == "would" || (new_paragraph && c.strength == CueStrength::modal);
            }))
            return;
        const std::size_t formula_end = end_of_numbered_formula(tokens, mentions);
        for (const Mention& mention : mentions)
            if (mention.name->of == Name::Of::item && !describes_a_person(tokens, mention) &&
                !part_of_formula(mention, formula_end))
                add_pledge(tokens, mention, cues, speaker);
        add_candidates(tokens, mentions, cues);
    }

    // The speaker of a sentence inside a quotation is whoever the sentence closing the
    // quotation names: "“We will ... . We also ...,” Xi said."
    std::optional<Speaker> speaker_of(const Sentence& sentence, const std::vector<Mention>& mentions,
                                      const std::vector<Cue>& cues) {
        if (sentence.quote_closes_in) {
            const Sentence& closing = article_.sentences[*sentence.quote_closes_in];
            const std::vector<Cue> closing_cues = find_cues(closing.tokens);
            if (std::any_of(closing_cues.begin(), closing_cues.end(),
                            [](const Cue& c) { return c.strength == CueStrength::reporting; })) {
                outsider_subject_ = false;
                return tracker_.speaker_of_quote(closing, gazetteer_.find(closing.tokens), closing_cues);
            }
        }
        std::optional<Speaker> speaker = tracker_.next(sentence, mentions, cues);
        outsider_subject_ = tracker_.outsider_spoke();
        return speaker;
    }

    // A sentence without a verb of its own: every item it names takes the cue the context gives.
    void add_pledges_under(const std::vector<Token>& tokens, const std::vector<Mention>& mentions, Cue context,
                           const Speaker& speaker) {
        // The cue was said elsewhere (a list's opening sentence, the statement reported): it
        // stands before every word of this one.
        context.first_token = context.end_token = 0;
        const std::vector<Cue> cues{std::move(context)};
        const std::size_t formula_end = end_of_numbered_formula(tokens, mentions);
        for (const Mention& mention : mentions)
            if (mention.name->of == Name::Of::item && !part_of_formula(mention, formula_end))
                add_pledge(tokens, mention, cues, speaker);
    }

    // Members of a catalog group are named one by one, not parts of a formula: "three
    // standard-gauge railways: a line from Lao Cai ..., a second ...".
    bool part_of_formula(const Mention& mention, std::size_t formula_end) const {
        return mention.first_token >= formula_end && !catalog_.find_item(mention.name->id)->group;
    }

    // "the new period would rest on six pillars: more political trust, deeper practical
    // cooperation, ...": the list spells out a numbered formula, recorded once as the
    // formula. Items past the colon that follows it are parts of it; the token the list
    // starts at is returned.
    static std::size_t end_of_numbered_formula(const std::vector<Token>& tokens, const std::vector<Mention>& mentions) {
        static constexpr std::array counts{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        // A count of things ("six lines", "a six-part formula"), not "two-way trade".
        const auto is_count = [&](std::size_t at) {
            const bool two_way = at + 1 < tokens.size() && gap_between(tokens[at], tokens[at + 1]) == "-" &&
                                 tokens[at + 1].lower == "way";
            return !two_way && (std::find(counts.begin(), counts.end(), tokens[at].lower) != counts.end() ||
                                std::isdigit(static_cast<unsigned char>(tokens[at].lower[0])));
        };
        for (std::size_t m = 0; m < mentions.size(); ++m) {
            const Mention& mention = mentions[m];
            bool counted = false;
            for (std::size_t at = mention.first_token; at < mention.end_token && !counted; ++at) counted = is_count(at);
            if (mention.name->of != Name::Of::item || !counted) continue;
            const std::size_t next_item = m + 1 < mentions.size() ? mentions[m + 1].first_token : tokens.size();
            for (std::size_t i = mention.end_token; i < next_item && i < tokens.size(); ++i) {
                // "six lines of effort: ...", "six lines they have agreed – more political trust, ..."
                const std::string_view gap = gap_between(tokens[i - 1], tokens[i]);
                if (gap.find(':') != std::string_view::npos || gap.find(" \xE2\x80\x93 ") != std::string_view::npos ||
                    gap.find(" \xE2\x80\x94 ") != std::string_view::npos)
                    return i;
                if (tokens[i].lower == "namely") return i + 1;  // "the 'six more' goals, namely more trust, ..."
            }
        }
        return tokens.size();
    }

    // "Son, who also chairs the Steering Committee, said ...": a clause describing someone
    // names an item without anyone pledging anything about it.
    bool describes_a_person(const std::vector<Token>& tokens, const Mention& mention) const {
        for (std::size_t i = mention.first_token; i-- > 0;) {
            if (comma_before(tokens, i + 1)) return false;  // the clause ended
            if ((tokens[i].lower == "who" || tokens[i].lower == "whose") && i > 0) return comma_before(tokens, i);
        }
        return false;
    }

    // "did not commit to ...", "the report did not mention Chinese loans at all": a negation
    // just before the cue, or between it and the item, says the item was not pledged.
    // ("agreed not to complicate ...": one right after the cue is part of what was agreed.)
    static bool negated(const std::vector<Token>& tokens, const Cue& cue, std::size_t item_first) {
        const auto negation = [&](std::size_t i) {
            return is_one_of(tokens[i].lower, {"not", "no", "never", "nothing", "neither", "nor"}) &&
                   !(i + 1 < tokens.size() && is_one_of(tokens[i + 1].lower, {"only", "later", "less"}));
        };
        for (std::size_t i = cue.first_token >= 2 ? cue.first_token - 2 : 0; i < cue.first_token; ++i)
            if (negation(i)) return true;
        for (std::size_t i = cue.end_token + 1; i < item_first && i < tokens.size(); ++i)
            if (negation(i)) return true;
        return false;
    }

    void add_participant(const std::string& person_id) {
        for (const Participant& p : draft_->meeting.participants)
            if (p.person.id == person_id) return;
        draft_->meeting.participants.push_back({{person_id, {}}, {}, {}});
    }

    void add_pledge(const std::vector<Token>& tokens, const Mention& mention, const std::vector<Cue>& cues,
                    const std::optional<Speaker>& named_speaker) {
        const std::optional<Cue> cue = governing_cue(cues, mention.first_token, mention.end_token);
        if (!cue || (!cue->joint && !named_speaker) || another_meeting_ || outsider_subject_) return;
        if (negated(tokens, *cue, mention.first_token)) return;
        Speaker speaker = cue->joint ? Speaker{PledgeSide::joint, {}, "'" + cue->phrase + "' is done by both sides", 0.9}
                                     : *named_speaker;
        // "Li agreed to ...": one side agrees to what the other put to it, so both have agreed.
        if (cue->kind == PledgeKind::agreement && speaker.side != PledgeSide::joint) {
            speaker.reason += ", and agreeing takes both sides";
            speaker.side = PledgeSide::joint;
            speaker.person_id.clear();
        }
        // What a joint statement says both sides will do, they agreed to do; a bare report
        // ("noted", "said") about an item takes the kind the item usually has.
        PledgeKind kind = cue->kind;
        std::string why_kind = "'" + cue->phrase + "'";
        if (speaker.document && cue->strength == CueStrength::modal) {
            kind = PledgeKind::agreement;
            why_kind += " in a joint statement";
        } else if (speaker.side == PledgeSide::joint && tokenize(cue->phrase).front().lower == "announced") {
            // "The two premiers announced that the scenic area will open": a decision both took.
            kind = PledgeKind::agreement;
            why_kind += " by both sides";
        } else if (cue->joint && cue->strength == CueStrength::reporting && documents_to_come_) {
            // "The two sides are preparing further documents. These include ...": still to be signed.
            kind = PledgeKind::pledge;
            why_kind += " after documents still to be signed";
        } else if (const auto usual = usual_kinds_.find(mention.name->id);
                   cue->strength == CueStrength::reporting && kind == PledgeKind::affirmation &&
                   usual != usual_kinds_.end() && usual->second != kind) {
            kind = usual->second;
            why_kind += ", about an item the catalog's meetings mostly record so,";
        } else if (kind == PledgeKind::proposal && speaker.side != PledgeSide::joint &&
                   asked_for_.contains(mention.name->id)) {
            // "called on both sides to open the Chinese market to Vietnamese fruit": what
            // only the other side can grant is asked of it.
            kind = PledgeKind::request;
            why_kind += ", about an item one side mostly asks of the other,";
        }
        const auto key = std::make_tuple(mention.name->id, speaker.side, kind);
        if (!seen_.insert(key).second) return;

        DraftPledge drafted;
        Pledge& pledge = drafted.pledge;
        pledge.item = {mention.name->id, {}};
        pledge.side = speaker.side;
        pledge.kind = kind;
        if (!speaker.person_id.empty() && speaker.side != PledgeSide::joint) {
            pledge.speaker = Ref{speaker.person_id, {}};
            add_participant(speaker.person_id);
        }
        if (const auto due = find_due(tokens, mention.first_token, mention.end_token, meeting_year_)) {
            pledge.due = due->date;
            pledge.due_stated = due->stated;
        }
        const Item* item = catalog_.find_item(mention.name->id);
        pledge.summary = who(speaker, catalog_) + " " + std::string(kind_phrase(kind)) + " " + item->title +
                         (pledge.due ? " (due " + pledge.due->to_string() + ")" : "") + ".";
        pledge.evidence = std::string(text_between(article_, tokens[mention.first_token], tokens[mention.end_token - 1])
                                          .substr(0, max_evidence_length));
        drafted.evidence_offset = article_.char_offset(mention.begin);
        const double name_weight = mention.name->loose || mention.refers_back ? 0.6 : mention.name->words >= 2 ? 1.0 : 0.85;
        drafted.confidence = rounded(speaker.confidence * cue_weight(cue->strength) * name_weight);
        drafted.reason = "'" + std::string(pledge.evidence) +
                         (mention.refers_back ? "' refers back to " : mention.name->loose ? "' has words of " : "' is an alias of ") +
                         item->id + "; " + why_kind + " makes it " + with_article(to_string(kind)) + "; speaker " +
                         speaker.reason;
        draft_->pledges.push_back(std::move(drafted));
    }

    // Phrases such as "expand the smart border-gate model" that follow a commitment verb
    // but name no catalog item: segments of the list after the verb.
    void add_candidates(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                        const std::vector<Cue>& cues) {
        const auto commitment = std::find_if(cues.begin(), cues.end(),
                                             [](const Cue& c) { return c.strength != CueStrength::reporting; });
        if (commitment == cues.end()) return;
        std::vector<bool> named(tokens.size(), false);
        for (const Mention& m : mentions)
            std::fill(named.begin() + long(m.first_token), named.begin() + long(m.end_token), true);

        std::size_t first = commitment->end_token;
        for (std::size_t i = first; i <= tokens.size(); ++i) {
            const bool boundary =
                i == tokens.size() || tokens[i].lower == "and" || tokens[i].lower == "or" ||
                gap_between(tokens[i - 1], tokens[i]).find_first_of(",;:") != std::string_view::npos;
            if (!boundary) continue;
            std::size_t begin = first;
            while (begin < i && (tokens[begin].lower == "to" || tokens[begin].lower == "and")) ++begin;
            const std::size_t end = std::min(i, begin + 10);
            const bool any_named = std::any_of(named.begin() + long(begin), named.begin() + long(i), [](bool b) { return b; });
            if (end >= begin + 3 && !any_named && opens_commitment(tokens[begin].lower)) {
                const std::string phrase(text_between(article_, tokens[begin], tokens[end - 1]));
                if (candidate_keys_.insert(phrase_key(phrase)).second)
                    draft_->candidates.push_back({phrase, article_.char_offset(tokens[begin].begin)});
            }
            first = i < tokens.size() && (tokens[i].lower == "and" || tokens[i].lower == "or") ? i + 1 : i;
        }
    }

    void finish_meeting(const DateClues& clues) {
        Meeting& meeting = draft_->meeting;
        meeting.kind = meeting_kind(lead_);
        meeting.place = meeting.kind == MeetingKind::phone_call ? "by telephone"
                        : place_                                ? place_->name
                                                                : "not stated in the article";
        std::vector<std::string> names;
        std::string id = date_prefix(meeting.date);
        for (Participant& participant : meeting.participants) {
            const Person* person = catalog_.find_person(participant.person.id);
            participant.role = role_of(*person);
            if (names.size() < 2) {
                names.push_back(person->name);
                id += "-" + person->id;
            }
        }
        if (place_) id += "-" + place_->slug;
        meeting.id = unique_id(id, catalog_);
        meeting.title = names.size() == 1 ? names[0] : names[0] + " and " + names[1];
        const bool one = names.size() == 1;
        meeting.title += meeting.kind == MeetingKind::phone_call ? (one ? " speaks by telephone" : " speak by telephone")
                         : meeting.kind == MeetingKind::talks    ? (one ? " holds talks" : " hold talks")
                                                                 : (one ? " meets a counterpart" : " meet");
        if (place_ && meeting.kind != MeetingKind::phone_call) meeting.title += " in " + place_->name.substr(0, place_->name.find(','));

        Source& source = draft_->source;
        source.id = meeting.id + ".s1";
        source.meeting_id = meeting.id;
        source.file = options_.source_file;
        source.language = "en";
        const std::optional<date::year_month_day> published = options_.published ? options_.published : clues.published;
        if (published) source.published = PartialDate::of_day(*published);
        if (const std::optional<Outlet> outlet = find_outlet(article_)) {
            source.publisher = outlet->publisher;
            source.type = outlet->type;
            source.outlet = outlet->side;
        } else {
            source.publisher = "unknown publisher";
            source.type = SourceType::other_media;
            source.outlet = OutletSide::third;
            meeting.notes.push_back("Source: no known outlet is named in the text; set the publisher, type and outlet.");
        }
        const std::string headline = article_.headline ? clean_headline(*article_.headline) : std::string();
        source.title = headline.empty() ? meeting.title : headline;
        source.title_inferred = headline.empty();
        meeting.source_ids = {source.id};
        for (DraftPledge& drafted : draft_->pledges) drafted.pledge.sources = {{source.id, {}}};
    }

    std::string role_of(const Person& person) const {
        const auto found = tracker_.roles().find(person.id);
        if (found == tracker_.roles().end()) return "role not stated in the article";
        std::string role = found->second;
        for (std::string_view nationality : {"Chinese ", "Vietnamese "})
            if (role.starts_with(nationality)) role.erase(0, nationality.size());
        if (role.find(" of ") == std::string::npos && role.find(" to ") == std::string::npos)
            role += person.side == CountrySide::cn ? " of China" : " of Viet Nam";
        return role;
    }

    const Article& article_;
    const Dataset& catalog_;
    const ExtractOptions& options_;
    const Gazetteer& gazetteer_;
    const KeywordMatcher& keywords_;
    const std::map<std::string, PledgeKind, std::less<>>& usual_kinds_;
    const std::set<std::string, std::less<>>& asked_for_;
    SpeakerTracker tracker_;
    std::optional<Draft> draft_;  // set once the date is known
    date::year meeting_year_;
    std::set<std::tuple<std::string, PledgeSide, PledgeKind>> seen_;
    std::set<std::string> candidate_keys_;
    std::map<std::string, const Name*, std::less<>> named_by_head_;  // "committee" -> the item last named with it
    std::vector<Token> lead_;  // headline, captions and the sentences that report the meeting
    bool in_body_ = false;
    bool meeting_reported_ = false;
    std::optional<Place> place_;    // where the article says the meeting was
    bool another_meeting_ = false;  // the sentence being read tells of another meeting
    std::set<std::size_t> later_day_sentences_;  // sentences telling of a meeting on a later day
    bool in_later_meeting_ = false;  // in a paragraph that tells of one
    bool outsider_subject_ = false;   // the statement's subject is outside the catalog, or a third country
    bool documents_to_come_ = false;  // the sentence before promised documents not yet signed
    std::optional<Speaker> reported_speaker_;  // who the last sentence reported, if it only reported
    std::optional<Speaker> proposer_;  // whose numbered proposals are being read
    std::optional<std::pair<Cue, Speaker>> list_intro_;  // the verb and speaker of "Chinh asked China to:"
    std::size_t reported_end_ = 0;             // where that sentence ends in the article text
};

}  // namespace

Extractor::Extractor(const Dataset& catalog) : catalog_(catalog), index_(std::make_unique<const Index>(catalog)) {}

Extractor::~Extractor() = default;

Draft Extractor::draft(const Article& article, const ExtractOptions& options) const {
    return Drafter(article, catalog_, *index_, options).run();
}

}  // namespace pledgetrack::extract
