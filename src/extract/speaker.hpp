#pragma once

#include "extract/article.hpp"
#include "extract/cues.hpp"
#include "extract/gazetteer.hpp"
#include "extract/tokens.hpp"
#include "model/dataset.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

// Who is speaking in each sentence of an article, followed from one sentence to the
// next: "Son called on ..." names him, "He also urged ..." refers back to him, "The
// diplomat said ..." to whoever was introduced as an ambassador, "The two sides agreed
// ..." is both sides at once.
namespace pledgetrack::extract {

struct Speaker {
    model::PledgeSide side = model::PledgeSide::joint;
    std::string person_id;  // empty unless one person speaks
    std::string reason;     // how the speaker was found, for the analyst
    double confidence = 0;  // 1 for a name, less for pronouns, titles and countries
    bool document = false;  // a joint statement speaks: what it says both sides will do, they agreed
    bool carried_over = false;  // the sentence names no subject; the previous speaker goes on
};

class SpeakerTracker {
public:
    explicit SpeakerTracker(const model::Dataset& catalog);

    // The speaker of the next sentence; nullopt when the sentence names nobody and no one
    // spoke before it, or when someone outside the catalog speaks ("said a Western
    // diplomat", and the quote that goes on after it). `mentions` are the sentence's
    // gazetteer matches (items are ignored).
    std::optional<Speaker> next(const Sentence& sentence, const std::vector<Mention>& mentions,
                                const std::vector<Cue>& cues);

    // The speaker of a quotation that sentence `closing` ends and attributes ("..., Xi
    // said."), for the sentences inside it, which come first: what next() will make of
    // `closing`, without moving on to it.
    std::optional<Speaker> speaker_of_quote(const Sentence& closing, const std::vector<Mention>& mentions,
                                            const std::vector<Cue>& cues) const;

    // Whether the sentence next() last read has someone outside the catalog, or a third
    // country, as its subject: "Vietnam and the Philippines signed ..." binds neither side.
    bool outsider_spoke() const { return outsider_spoke_; }

    // The last single person who spoke, or whom a sentence was about: whom "he" means.
    const std::optional<Speaker>& last_person() const { return last_person_; }

    // The side whose country the meeting is in, when it is in one of the two: whom "the
    // host" and "the visitor" mean.
    void set_host(std::optional<model::PledgeSide> host) { host_ = host; }

    // The title each person was introduced with ("Deputy Prime Minister"), by person id.
    const std::map<std::string, std::string>& roles() const { return roles_; }

private:
    struct Candidate;
    std::vector<Candidate> candidates(const std::vector<Token>& tokens, const std::vector<Mention>& mentions);
    // The title words before a person's name ("Deputy Prime Minister"), from token `limit` on.
    void learn_titles(const std::vector<Token>& tokens, const Mention& mention, std::size_t limit);
    std::optional<Candidate> title_candidate(const std::vector<Token>& tokens, std::size_t first,
                                             std::size_t title_begin, std::optional<model::PledgeSide> side) const;
    std::optional<Speaker> resolve(const Candidate& candidate) const;
    std::string owner_of(const std::vector<std::string>& title_words, std::optional<model::PledgeSide> side) const;
    // The person whom "he" now means, and the last of that person's side.
    void remember_person(const Speaker& speaker);

    const model::Dataset& catalog_;
    std::optional<Speaker> last_;         // the previous sentence's speaker
    std::optional<Speaker> last_person_;  // the last single person who spoke
    std::map<model::PledgeSide, std::string> last_of_side_;  // and the last of each side, by person id
    std::optional<model::PledgeSide> host_;
    bool outsider_quoted_ = false;        // the last sentence quoted someone outside the catalog
    bool outsider_spoke_ = false;         // someone outside the catalog is the last sentence's subject
    // Title words each person was introduced with, in order of introduction:
    // ("wang-yi", {"foreign", "minister"}).
    std::vector<std::pair<std::string, std::set<std::string>>> titles_;
    std::map<std::string, std::string> roles_;
    std::vector<std::string> people_seen_;  // in order of first mention
    // The words of every role the catalog's meetings record for each person: ("pham-minh-chinh",
    // {"prime", "minister", "of", "viet", "nam"}).
    std::map<std::string, std::set<std::string>> recorded_titles_;
};

}  // namespace pledgetrack::extract
