#include "extract/cues.hpp"

#include "extract/countries.hpp"
#include "extract/dates.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <sstream>
#include <string_view>

namespace pledgetrack::extract {
namespace {

using model::PledgeKind;

struct CuePattern {
    std::string_view words;  // lower-case words separated by spaces
    PledgeKind kind;
    CueStrength strength;
    bool addressed = false;  // a call on someone: request, or proposal when on both sides
    bool noun = false;       // a noun that is a cue itself: "conveyed his congratulations"
    bool joint = false;      // done by both sides at once: "officials signed 14 documents"
};

constexpr auto speech = CueStrength::speech_act;
constexpr auto modal = CueStrength::modal;
constexpr auto reporting = CueStrength::reporting;

// A plain array: deducing std::array's size from this many values exceeds clang's limit.
constexpr CuePattern patterns[] = {
    CuePattern{"proposed", PledgeKind::proposal, speech},
    CuePattern{"proposes", PledgeKind::proposal, speech},
    CuePattern{"propose", PledgeKind::proposal, speech},
    CuePattern{"proposing", PledgeKind::proposal, speech},
    CuePattern{"suggested", PledgeKind::proposal, speech},
    CuePattern{"suggests", PledgeKind::proposal, speech},
    CuePattern{"suggest", PledgeKind::proposal, speech},
    CuePattern{"suggesting", PledgeKind::proposal, speech},
    CuePattern{"recommended", PledgeKind::proposal, speech},
    CuePattern{"recommends", PledgeKind::proposal, speech},
    CuePattern{"recommending", PledgeKind::proposal, speech},
    CuePattern{"expressed his hope", PledgeKind::proposal, speech},
    CuePattern{"expressed her hope", PledgeKind::proposal, speech},
    CuePattern{"expressed the hope", PledgeKind::proposal, speech},
    CuePattern{"expressed hope", PledgeKind::proposal, speech},
    CuePattern{"expressing his hope", PledgeKind::proposal, speech},
    CuePattern{"voiced the hope", PledgeKind::proposal, speech},
    CuePattern{"voiced hope", PledgeKind::proposal, speech},
    CuePattern{"voiced his hope", PledgeKind::proposal, speech},
    CuePattern{"voiced her hope", PledgeKind::proposal, speech},
    CuePattern{"hoped", PledgeKind::proposal, speech},
    CuePattern{"hoping", PledgeKind::proposal, speech},
    CuePattern{"hopes", PledgeKind::proposal, speech},
    CuePattern{"hope", PledgeKind::proposal, speech},
    CuePattern{"put forward", PledgeKind::proposal, speech},
    CuePattern{"made the case for", PledgeKind::proposal, speech},
    CuePattern{"makes the case for", PledgeKind::proposal, speech},
    CuePattern{"making the case for", PledgeKind::proposal, speech},
    CuePattern{"argued for", PledgeKind::proposal, speech},
    CuePattern{"put on the table", PledgeKind::proposal, speech},
    CuePattern{"sketched out", PledgeKind::proposal, speech},
    CuePattern{"outlined his proposals", PledgeKind::proposal, speech},
    CuePattern{"outlined her proposals", PledgeKind::proposal, speech},
    CuePattern{"outlined proposals", PledgeKind::proposal, speech},
    CuePattern{"floated", PledgeKind::proposal, speech},
    CuePattern{"pencilled in", PledgeKind::proposal, speech},
    CuePattern{"penciled in", PledgeKind::proposal, speech},
    CuePattern{"mooted", PledgeKind::proposal, speech},
    CuePattern{"keen to", PledgeKind::proposal, speech},
    CuePattern{"keen on", PledgeKind::proposal, speech},
    CuePattern{"keen for", PledgeKind::proposal, speech},
    CuePattern{"eager to", PledgeKind::proposal, speech},
    CuePattern{"wanted", PledgeKind::proposal, speech},
    CuePattern{"wanting", PledgeKind::proposal, speech},
    CuePattern{"wants", PledgeKind::proposal, speech},
    CuePattern{"invited", PledgeKind::proposal, speech},
    CuePattern{"invites", PledgeKind::proposal, speech},
    CuePattern{"inviting", PledgeKind::proposal, speech},
    CuePattern{"want", PledgeKind::proposal, speech},
    CuePattern{"would like", PledgeKind::proposal, speech},
    CuePattern{"looked forward", PledgeKind::proposal, speech},
    CuePattern{"looks forward", PledgeKind::proposal, speech},
    CuePattern{"should", PledgeKind::proposal, modal},
    CuePattern{"ought to", PledgeKind::proposal, modal},
    CuePattern{"need to", PledgeKind::proposal, modal},
    CuePattern{"needs to", PledgeKind::proposal, modal},
    CuePattern{"must", PledgeKind::proposal, modal},
    CuePattern{"has to", PledgeKind::proposal, modal},
    CuePattern{"have to", PledgeKind::proposal, modal},
    CuePattern{"had to", PledgeKind::proposal, modal},
    CuePattern{"requested", PledgeKind::request, speech, true},
    CuePattern{"requests", PledgeKind::request, speech, true},
    CuePattern{"request", PledgeKind::request, speech, true},
    CuePattern{"requesting", PledgeKind::request, speech, true},
    CuePattern{"asked", PledgeKind::request, speech, true},
    CuePattern{"asks", PledgeKind::request, speech, true},
    CuePattern{"ask", PledgeKind::request, speech, true},
    CuePattern{"asking", PledgeKind::request, speech, true},
    CuePattern{"urged", PledgeKind::request, speech, true},
    CuePattern{"urges", PledgeKind::request, speech, true},
    CuePattern{"urge", PledgeKind::request, speech, true},
    CuePattern{"urging", PledgeKind::request, speech, true},
    CuePattern{"called on", PledgeKind::request, speech, true},
    CuePattern{"calls on", PledgeKind::request, speech, true},
    CuePattern{"call on", PledgeKind::request, speech, true},
    CuePattern{"calling on", PledgeKind::request, speech, true},
    CuePattern{"called for", PledgeKind::request, speech, true},
    CuePattern{"calls for", PledgeKind::request, speech, true},
    CuePattern{"call for", PledgeKind::request, speech, true},
    CuePattern{"calling for", PledgeKind::request, speech, true},
    CuePattern{"pressed for", PledgeKind::request, speech, true},
    CuePattern{"pushed for", PledgeKind::request, speech, true},
    CuePattern{"pressed", PledgeKind::request, speech, true},
    CuePattern{"nudged", PledgeKind::request, speech, true},
    CuePattern{"nudges", PledgeKind::request, speech, true},
    CuePattern{"nudge", PledgeKind::request, speech, true},
    CuePattern{"nudging", PledgeKind::request, speech, true},
    CuePattern{"prodded", PledgeKind::request, speech, true},
    CuePattern{"leaned on", PledgeKind::request, speech, true},
    CuePattern{"presses", PledgeKind::request, speech, true},
    CuePattern{"pressing", PledgeKind::request, speech, true},
    CuePattern{"demanded", PledgeKind::request, speech, true},
    CuePattern{"demands", PledgeKind::request, speech, true},
    CuePattern{"encouraged", PledgeKind::request, speech, true},
    CuePattern{"appealed", PledgeKind::request, speech, true},
    CuePattern{"instructed", PledgeKind::request, speech, true},
    CuePattern{"instructs", PledgeKind::request, speech, true},
    CuePattern{"instructing", PledgeKind::request, speech, true},
    CuePattern{"directed", PledgeKind::request, speech, true},
    CuePattern{"directs", PledgeKind::request, speech, true},
    CuePattern{"directing", PledgeKind::request, speech, true},
    CuePattern{"agreed", PledgeKind::agreement, speech},
    CuePattern{"agree", PledgeKind::agreement, speech},
    CuePattern{"agrees", PledgeKind::agreement, speech},
    CuePattern{"agreeing", PledgeKind::agreement, speech},
    CuePattern{"consented", PledgeKind::agreement, speech},
    CuePattern{"concurred", PledgeKind::agreement, speech},
    CuePattern{"settled on", PledgeKind::agreement, speech},
    CuePattern{"signed off on", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"reached consensus", PledgeKind::agreement, speech},
    CuePattern{"reached a consensus", PledgeKind::agreement, speech},
    CuePattern{"consenting", PledgeKind::agreement, speech},
    CuePattern{"set out", PledgeKind::agreement, speech},
    CuePattern{"signed", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"signing", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"inked", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"inking", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"witnessed the signing", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"witnessed the exchange", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"witnessed the handover", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"exchanged notes", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"exchanged diplomatic notes", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"looked on as", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"looked on while", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"watched as", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"handed over", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"hand over", PledgeKind::agreement, speech, false, false, true},
    CuePattern{"announced", PledgeKind::pledge, speech},
    CuePattern{"pledged", PledgeKind::pledge, speech},
    CuePattern{"pledges", PledgeKind::pledge, speech},
    CuePattern{"pledge", PledgeKind::pledge, speech},
    CuePattern{"vowed", PledgeKind::pledge, speech},
    CuePattern{"vows", PledgeKind::pledge, speech},
    CuePattern{"vow", PledgeKind::pledge, speech},
    CuePattern{"vowing", PledgeKind::pledge, speech},
    CuePattern{"pledging", PledgeKind::pledge, speech},
    CuePattern{"promised", PledgeKind::pledge, speech},
    CuePattern{"promises", PledgeKind::pledge, speech},
    CuePattern{"committed to", PledgeKind::pledge, speech},
    CuePattern{"commits to", PledgeKind::pledge, speech},
    CuePattern{"commits", PledgeKind::pledge, speech},
    CuePattern{"committed", PledgeKind::pledge, speech},
    CuePattern{"committing", PledgeKind::pledge, speech},
    CuePattern{"aims to", PledgeKind::pledge, modal},
    CuePattern{"aim to", PledgeKind::pledge, modal},
    CuePattern{"aimed to", PledgeKind::pledge, modal},
    CuePattern{"seeks to", PledgeKind::pledge, modal},
    CuePattern{"sought to", PledgeKind::pledge, modal},
    CuePattern{"sought", PledgeKind::request, speech, true},
    CuePattern{"seeks", PledgeKind::request, speech, true},
    CuePattern{"seeking", PledgeKind::request, speech, true},
    CuePattern{"plans to", PledgeKind::pledge, modal},
    CuePattern{"intends to", PledgeKind::pledge, modal},
    CuePattern{"preparing", PledgeKind::pledge, modal},
    CuePattern{"will", PledgeKind::pledge, modal},
    CuePattern{"would", PledgeKind::pledge, modal},
    CuePattern{"willing", PledgeKind::pledge, modal},
    CuePattern{"ready to", PledgeKind::pledge, modal},
    CuePattern{"readiness to", PledgeKind::pledge, modal},
    CuePattern{"willingness to", PledgeKind::pledge, modal},
    CuePattern{"undertook to", PledgeKind::pledge, speech},
    CuePattern{"undertakes to", PledgeKind::pledge, speech},
    CuePattern{"undertake to", PledgeKind::pledge, speech},
    CuePattern{"stands ready", PledgeKind::pledge, modal},
    CuePattern{"determined to", PledgeKind::pledge, modal},
    CuePattern{"is set on", PledgeKind::pledge, modal},
    CuePattern{"was set on", PledgeKind::pledge, modal},
    CuePattern{"are set on", PledgeKind::pledge, modal},
    CuePattern{"determination to", PledgeKind::pledge, modal},
    CuePattern{"resolved to", PledgeKind::pledge, modal},
    CuePattern{"resolve to", PledgeKind::pledge, modal},
    CuePattern{"making every effort to", PledgeKind::pledge, modal},
    CuePattern{"make every effort to", PledgeKind::pledge, modal},
    CuePattern{"making efforts to", PledgeKind::pledge, modal},
    CuePattern{"strive to", PledgeKind::pledge, modal},
    CuePattern{"strives to", PledgeKind::pledge, modal},
    CuePattern{"striving to", PledgeKind::pledge, modal},
    CuePattern{"working to", PledgeKind::pledge, modal},
    CuePattern{"works to", PledgeKind::pledge, modal},
    CuePattern{"expressed readiness", PledgeKind::pledge, speech, false, true},
    CuePattern{"expressed his readiness", PledgeKind::pledge, speech, false, true},
    CuePattern{"expressed willingness", PledgeKind::pledge, speech, false, true},
    CuePattern{"expressed his willingness", PledgeKind::pledge, speech, false, true},
    CuePattern{"prepared to", PledgeKind::pledge, modal},
    CuePattern{"offered to", PledgeKind::pledge, speech},
    CuePattern{"held out the prospect of", PledgeKind::pledge, speech},
    CuePattern{"holds out the prospect of", PledgeKind::pledge, speech},
    CuePattern{"supports", PledgeKind::support, speech},
    CuePattern{"supported", PledgeKind::support, speech},
    CuePattern{"support", PledgeKind::support, speech},
    CuePattern{"supporting", PledgeKind::support, speech},
    CuePattern{"backed", PledgeKind::support, speech},
    CuePattern{"stands behind", PledgeKind::support, speech},
    CuePattern{"stood behind", PledgeKind::support, speech},
    CuePattern{"stand behind", PledgeKind::support, speech},
    CuePattern{"weight behind", PledgeKind::support, speech},
    CuePattern{"favours", PledgeKind::support, speech},
    CuePattern{"favors", PledgeKind::support, speech},
    CuePattern{"championed", PledgeKind::support, speech},
    CuePattern{"backing", PledgeKind::support, speech},
    CuePattern{"wished", PledgeKind::support, speech},
    CuePattern{"gave his blessing to", PledgeKind::support, speech},
    CuePattern{"gave her blessing to", PledgeKind::support, speech},
    CuePattern{"giving his blessing to", PledgeKind::support, speech},
    CuePattern{"giving her blessing to", PledgeKind::support, speech},
    CuePattern{"backs", PledgeKind::support, speech},
    CuePattern{"endorsed", PledgeKind::support, speech},
    CuePattern{"endorses", PledgeKind::support, speech},
    CuePattern{"endorsing", PledgeKind::support, speech},
    CuePattern{"voiced support", PledgeKind::support, speech, false, true},
    CuePattern{"voiced his support", PledgeKind::support, speech, false, true},
    CuePattern{"expressed support", PledgeKind::support, speech, false, true},
    CuePattern{"expressed his support", PledgeKind::support, speech, false, true},
    CuePattern{"expressed her support", PledgeKind::support, speech, false, true},
    CuePattern{"congratulations", PledgeKind::congratulation, speech, false, true},
    CuePattern{"good wishes", PledgeKind::congratulation, speech, false, true},
    CuePattern{"best wishes", PledgeKind::congratulation, speech, false, true},
    CuePattern{"warm wishes", PledgeKind::congratulation, speech, false, true},
    CuePattern{"congratulated", PledgeKind::congratulation, speech},
    CuePattern{"congratulates", PledgeKind::congratulation, speech},
    CuePattern{"congratulate", PledgeKind::congratulation, speech},
    CuePattern{"congratulating", PledgeKind::congratulation, speech},
    CuePattern{"adheres to", PledgeKind::affirmation, modal},
    CuePattern{"adhere to", PledgeKind::affirmation, modal},
    CuePattern{"upholds", PledgeKind::affirmation, modal},
    CuePattern{"shared the view", PledgeKind::affirmation, speech},
    CuePattern{"said", PledgeKind::affirmation, reporting},
    CuePattern{"says", PledgeKind::affirmation, reporting},
    CuePattern{"told", PledgeKind::affirmation, reporting},
    CuePattern{"added", PledgeKind::affirmation, reporting},
    CuePattern{"adding", PledgeKind::affirmation, reporting},
    CuePattern{"saying", PledgeKind::affirmation, reporting},
    CuePattern{"was quoted as saying", PledgeKind::affirmation, reporting},
    CuePattern{"was cited as saying", PledgeKind::affirmation, reporting},
    CuePattern{"affirmed", PledgeKind::affirmation, reporting},
    CuePattern{"affirms", PledgeKind::affirmation, reporting},
    CuePattern{"reaffirmed", PledgeKind::affirmation, reporting},
    CuePattern{"reaffirms", PledgeKind::affirmation, reporting},
    CuePattern{"reiterated", PledgeKind::affirmation, reporting},
    CuePattern{"reiterating", PledgeKind::affirmation, reporting},
    CuePattern{"reiterates", PledgeKind::affirmation, reporting},
    CuePattern{"emphasized", PledgeKind::affirmation, reporting},
    CuePattern{"emphasised", PledgeKind::affirmation, reporting},
    CuePattern{"emphasizes", PledgeKind::affirmation, reporting},
    CuePattern{"stressed", PledgeKind::affirmation, reporting},
    CuePattern{"stresses", PledgeKind::affirmation, reporting},
    CuePattern{"noted", PledgeKind::affirmation, reporting},
    CuePattern{"celebrate", PledgeKind::affirmation, reporting},
    CuePattern{"celebrated", PledgeKind::affirmation, reporting},
    CuePattern{"noting", PledgeKind::affirmation, reporting},
    CuePattern{"took note", PledgeKind::affirmation, reporting},
    CuePattern{"acknowledged", PledgeKind::affirmation, reporting},
    CuePattern{"acknowledges", PledgeKind::affirmation, reporting},
    CuePattern{"acknowledging", PledgeKind::affirmation, reporting},
    CuePattern{"appreciated", PledgeKind::affirmation, reporting},
    CuePattern{"appreciating", PledgeKind::affirmation, reporting},
    CuePattern{"appreciate", PledgeKind::affirmation, reporting},
    CuePattern{"appreciates", PledgeKind::affirmation, reporting},
    CuePattern{"highlighted", PledgeKind::affirmation, reporting},
    CuePattern{"highlights", PledgeKind::affirmation, reporting},
    CuePattern{"highlighting", PledgeKind::affirmation, reporting},
    CuePattern{"recalled", PledgeKind::affirmation, reporting},
    CuePattern{"recalling", PledgeKind::affirmation, reporting},
    CuePattern{"lauded", PledgeKind::affirmation, reporting},
    CuePattern{"lauds", PledgeKind::affirmation, reporting},
    CuePattern{"lauding", PledgeKind::affirmation, reporting},
    CuePattern{"hailed", PledgeKind::affirmation, reporting},
    CuePattern{"hails", PledgeKind::affirmation, reporting},
    CuePattern{"hailing", PledgeKind::affirmation, reporting},
    CuePattern{"underlined", PledgeKind::affirmation, reporting},
    CuePattern{"underlines", PledgeKind::affirmation, reporting},
    CuePattern{"underlining", PledgeKind::affirmation, reporting},
    CuePattern{"described", PledgeKind::affirmation, reporting},
    CuePattern{"describes", PledgeKind::affirmation, reporting},
    CuePattern{"describing", PledgeKind::affirmation, reporting},
    CuePattern{"spoke highly", PledgeKind::affirmation, reporting},
    CuePattern{"talked up", PledgeKind::affirmation, reporting},
    CuePattern{"dwelt on", PledgeKind::affirmation, reporting},
    CuePattern{"underscored", PledgeKind::affirmation, reporting},
    CuePattern{"underscores", PledgeKind::affirmation, reporting},
    CuePattern{"underscoring", PledgeKind::affirmation, reporting},
    CuePattern{"pointed out", PledgeKind::affirmation, reporting},
    CuePattern{"asserted", PledgeKind::affirmation, reporting},
    CuePattern{"asserting", PledgeKind::affirmation, reporting},
    CuePattern{"declared", PledgeKind::affirmation, reporting},
    CuePattern{"declares", PledgeKind::affirmation, reporting},
    CuePattern{"declaring", PledgeKind::affirmation, reporting},
    CuePattern{"restated", PledgeKind::affirmation, reporting},
    CuePattern{"repeated", PledgeKind::affirmation, reporting},
    CuePattern{"repeating", PledgeKind::affirmation, reporting},
    CuePattern{"replied", PledgeKind::affirmation, reporting},
    CuePattern{"responded", PledgeKind::affirmation, reporting},
    CuePattern{"answered", PledgeKind::affirmation, reporting},
    CuePattern{"stood by", PledgeKind::affirmation, reporting},
    CuePattern{"stands by", PledgeKind::affirmation, reporting},
    CuePattern{"made clear", PledgeKind::affirmation, reporting},
    CuePattern{"made it clear", PledgeKind::affirmation, reporting},
    CuePattern{"restates", PledgeKind::affirmation, reporting},
    CuePattern{"restating", PledgeKind::affirmation, reporting},
    CuePattern{"confirmed", PledgeKind::affirmation, reporting},
    CuePattern{"confirms", PledgeKind::affirmation, reporting},
    CuePattern{"confirming", PledgeKind::affirmation, reporting},
    CuePattern{"insisted", PledgeKind::affirmation, reporting},
    CuePattern{"insists", PledgeKind::affirmation, reporting},
    CuePattern{"insisting", PledgeKind::affirmation, reporting},
    CuePattern{"briefed", PledgeKind::affirmation, reporting},
    CuePattern{"briefing", PledgeKind::affirmation, reporting},
    CuePattern{"informed", PledgeKind::affirmation, reporting},
    CuePattern{"thanked", PledgeKind::affirmation, reporting},
    CuePattern{"thanking", PledgeKind::affirmation, reporting},
    CuePattern{"expressed gratitude", PledgeKind::affirmation, reporting},
    CuePattern{"expressed his gratitude", PledgeKind::affirmation, reporting},
    CuePattern{"expressed appreciation", PledgeKind::affirmation, reporting},
    CuePattern{"expressed his appreciation", PledgeKind::affirmation, reporting},
    CuePattern{"valued", PledgeKind::affirmation, reporting},
    CuePattern{"treasures", PledgeKind::affirmation, reporting},
    CuePattern{"found that", PledgeKind::affirmation, reporting},
    CuePattern{"discussed", PledgeKind::affirmation, reporting},
    CuePattern{"discussing", PledgeKind::affirmation, reporting},
    CuePattern{"discussions on", PledgeKind::affirmation, reporting},
    CuePattern{"went over", PledgeKind::affirmation, reporting},
    CuePattern{"reviewed", PledgeKind::affirmation, reporting},
    CuePattern{"reviewing", PledgeKind::affirmation, reporting},
    CuePattern{"exchanged views", PledgeKind::affirmation, reporting},
    // What signed documents hold: "the documents included ...", "agreements covered ...".
    CuePattern{"included", PledgeKind::agreement, reporting, false, false, true},
    CuePattern{"includes", PledgeKind::agreement, reporting, false, false, true},
    CuePattern{"include", PledgeKind::agreement, reporting, false, false, true},
    CuePattern{"cover", PledgeKind::agreement, reporting, false, false, true},
    CuePattern{"among them were", PledgeKind::agreement, reporting, false, false, true},
    CuePattern{"among them was", PledgeKind::agreement, reporting, false, false, true},
    CuePattern{"covered", PledgeKind::agreement, reporting, false, false, true},
    CuePattern{"covers", PledgeKind::agreement, reporting, false, false, true},
    CuePattern{"expressed confidence", PledgeKind::affirmation, reporting},
    CuePattern{"expressed his confidence", PledgeKind::affirmation, reporting},
    CuePattern{"voiced confidence", PledgeKind::affirmation, reporting},
    CuePattern{"was confident", PledgeKind::affirmation, reporting},
    CuePattern{"is confident", PledgeKind::affirmation, reporting},
    CuePattern{"believes", PledgeKind::affirmation, reporting},
    CuePattern{"believe", PledgeKind::affirmation, reporting},
    CuePattern{"believed", PledgeKind::affirmation, reporting},
    CuePattern{"regards", PledgeKind::affirmation, reporting},
    CuePattern{"considers", PledgeKind::affirmation, reporting},
    CuePattern{"considering", PledgeKind::affirmation, reporting},
    CuePattern{"views", PledgeKind::affirmation, reporting},
    CuePattern{"attaches", PledgeKind::affirmation, reporting},
    CuePattern{"attached", PledgeKind::affirmation, reporting},
    CuePattern{"set great store by", PledgeKind::affirmation, reporting},
    CuePattern{"sets great store by", PledgeKind::affirmation, reporting},
    CuePattern{"set store by", PledgeKind::affirmation, reporting},
    CuePattern{"placed great weight on", PledgeKind::affirmation, reporting},
    CuePattern{"places great weight on", PledgeKind::affirmation, reporting},
    CuePattern{"put great weight on", PledgeKind::affirmation, reporting},
    CuePattern{"praised", PledgeKind::congratulation, speech},
    CuePattern{"praises", PledgeKind::congratulation, speech},
    CuePattern{"praising", PledgeKind::congratulation, speech},
    CuePattern{"complimented", PledgeKind::congratulation, speech},
    CuePattern{"compliments", PledgeKind::congratulation, speech},
    CuePattern{"emphasizing", PledgeKind::affirmation, reporting},
    CuePattern{"emphasising", PledgeKind::affirmation, reporting},
    CuePattern{"stressing", PledgeKind::affirmation, reporting},
    CuePattern{"affirming", PledgeKind::affirmation, reporting},
    CuePattern{"reaffirming", PledgeKind::affirmation, reporting},
    CuePattern{"welcomed", PledgeKind::support, reporting},
    CuePattern{"welcomes", PledgeKind::support, reporting},
    CuePattern{"welcoming", PledgeKind::support, reporting},
};

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::istringstream in{std::string(text)};
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

// Words before a verb form that make it a noun: "the support", "his proposals".
bool is_determiner(const std::string& lower) {
    static const std::set<std::string, std::less<>> words{"the", "a", "an", "its", "his", "her", "their",
                                                           "our", "this", "that", "these", "those", "mutual"};
    return words.contains(lower);
}

// Base forms that are nouns as often as verbs ("technical support", "a request") count
// as verbs only after a subject, an infinitive "to", a modal or an adverb.
bool in_verb_position(const std::vector<Token>& tokens, std::size_t at) {
    static const std::set<std::string, std::less<>> before_verbs{
        "to", "will", "would", "should", "could", "must", "can", "they", "we", "i", "both", "also", "firmly",
        "fully", "strongly", "always", "still", "further", "continue", "and", "sides", "countries", "jointly",
        "mutually", "actively", "highly", "consistently", "side", "country", "not"};
    if (at == 0) return true;
    const Token& previous = tokens[at - 1];
    return previous.capitalized || before_verbs.contains(previous.lower);
}

bool is_ambiguous_base_form(std::string_view word) {
    return word == "support" || word == "request" || word == "pledge" || word == "hope";
}

// "the two sides", "both countries", "China and Vietnam": the addressees of a joint call.
bool addresses_both_sides(const std::vector<Token>& tokens, std::size_t from) {
    std::string window;
    for (std::size_t i = from; i < tokens.size() && i < from + 5; ++i) window += tokens[i].lower + " ";
    for (std::string_view both : {"both side", "the two side", "two side", "both countr", "the two countr",
                                  "the two part", "both part", "china and vietnam", "vietnam and china",
                                  "china and viet nam", "viet nam and china", "each other", "both government",
                                  "the two government", "the two nation", "both nation", "all side"})
        if (window.starts_with(both) || window.starts_with(std::string(both) + "s")) return true;
    return false;
}

// "exchanges between the two sides", "work by both countries": an object done by both, up
// to the end of its clause; "sought joint work", "urged concerted efforts": one said so.
bool asks_for_joint_work(const std::vector<Token>& tokens, std::size_t from) {
    if (from < tokens.size() && is_one_of(tokens[from].lower, {"joint", "jointly", "concerted"})) return true;
    for (std::size_t i = from; i + 1 < tokens.size() && i < from + 8; ++i) {
        if (i > from && comma_before(tokens, i)) return false;
        if (is_one_of(tokens[i].lower, {"between", "by"}) && addresses_both_sides(tokens, i + 1)) return true;
    }
    return false;
}

// "the documents also included", "other agreements covered", "three protocols between
// the ministries cover", "among them were a memorandum on ...": the verb lists documents.
bool lists_documents(const std::vector<Token>& tokens, std::size_t verb, std::size_t verb_end) {
    static const std::set<std::string, std::less<>> documents{"document", "agreement", "protocol", "memorandum",
                                                               "deal", "accord", "mou", "minute", "memoranda",
                                                               "certificate", "letter", "note"};
    // A document as the verb's subject, anywhere in its clause.
    for (std::size_t at = verb; at > 0 && verb - at < 12; --at) {
        if (documents.contains(tokens[at - 1].stem)) return true;
        if (comma_before(tokens, at - 1)) break;
    }
    for (std::size_t i = verb_end; i < tokens.size() && i < verb_end + 3; ++i)
        if (documents.contains(tokens[i].stem)) return true;
    return false;
}

// "that the talks would be pushed forward", "that both sides should ...": a clause telling
// what is to be done.
bool says_what_is_to_be_done(const std::vector<Token>& tokens, std::size_t from) {
    return std::any_of(tokens.begin() + static_cast<long>(std::min(from, tokens.size())), tokens.end(), [](const Token& t) {
        return t.lower == "will" || t.lower == "would" || t.lower == "should" || t.lower == "shall";
    });
}

// "wanted China to ...", "hoped that Beijing would ...", "wants the envoy to ...": a wish
// put to one country, or to its envoy, is a request of it; the same wish put to both
// sides stays a proposal.
bool wishes_of_one_country(const std::vector<Token>& tokens, std::size_t from) {
    static const std::set<std::string, std::less<>> envoys{"envoy", "ambassador", "guest", "visitor", "diplomat",
                                                            "delegation", "counterpart"};
    if (from < tokens.size() && tokens[from].lower == "that") ++from;
    if (from < tokens.size() && is_one_of(tokens[from].lower, {"the", "his", "her", "their"})) ++from;
    if (from < tokens.size() && tokens[from].lower == "visiting") ++from;
    if (from >= tokens.size() || !(country_side(tokens[from].lower) || envoys.contains(tokens[from].stem)))
        return false;
    if (from + 1 < tokens.size() && tokens[from + 1].lower == "and") return false;  // "China and Vietnam"
    for (std::size_t i = from + 1; i < tokens.size() && i <= from + 3; ++i)
        if (tokens[i].lower == "to" || tokens[i].lower == "would" || tokens[i].lower == "will") return true;
    return false;
}

// "hoped that bilateral relations would keep developing ...", "hoped the visit would take
// ties to a deeper level": a wish for how ties, or a visit, go asks no one to act; it
// states a view.
bool wishes_for_relations(const std::vector<Token>& tokens, std::size_t from) {
    static const std::set<std::string, std::less<>> relations{"relation", "relationship", "friendship",  // "ties" too
                                                              "visit", "trip", "talk"};
    if (from < tokens.size() && tokens[from].lower == "that") ++from;
    for (std::size_t i = from; i < tokens.size() && i < from + 4; ++i) {
        if (relations.contains(tokens[i].stem)) return true;
        if (tokens[i].lower == "to" || tokens[i].lower == "would" || tokens[i].lower == "will") return false;
    }
    return false;
}

bool is_wish(const std::vector<std::string>& words) {
    return words[0].starts_with("want") || words[0].starts_with("hope") || words.back() == "hope" ||
           (words.size() == 2 && words[0] == "would" && words[1] == "like");
}

// "told ministries and agencies to act", "asked the Ministry of Construction to ...": a
// leader directing their own government's bodies commits their side.
bool addresses_own_agencies(const std::vector<Token>& tokens, std::size_t from) {
    static const std::set<std::string, std::less<>> agencies{"ministry", "agency",
                                                              "locality", "department", "sector", "authority"};
    bool own = false;
    for (std::size_t i = from; i < tokens.size() && i < from + 7 && tokens[i].lower != "to"; ++i) {
        const std::string& word = tokens[i].lower;
        if (word == "both" || word == "two" || word == "each" || country_side(word))
            return false;  // the other side's bodies, or both sides'
        own = own || agencies.contains(tokens[i].stem);
    }
    return own;
}

// "Ministries were also told to finalise ...": the same direction, in the passive.
bool own_agencies_were_told(const std::vector<Token>& tokens, std::size_t verb) {
    std::size_t auxiliary = verb;
    while (auxiliary > 0 && (tokens[auxiliary - 1].lower == "also" || tokens[auxiliary - 1].lower == "been")) --auxiliary;
    if (auxiliary == 0 || (tokens[auxiliary - 1].lower != "were" && tokens[auxiliary - 1].lower != "was")) return false;
    return addresses_own_agencies(tokens, auxiliary >= 6 ? auxiliary - 6 : 0);
}

// "welcomed the growth in trade": a development welcomed is a statement of fact, where
// "welcomed China's role" backs something.
bool welcomes_a_development(const std::vector<Token>& tokens, std::size_t after) {
    static const std::set<std::string, std::less<>> developments{
        "growth", "rebound", "progress", "result", "outcome", "achievement", "increase", "recovery", "success",
        "development", "expansion", "rise", "growing", "rising", "increasing", "improving"};
    for (std::size_t i = after; i < tokens.size() && i < after + 3; ++i)
        if (developments.contains(tokens[i].stem)) return true;
    return false;
}

bool has_perfect_auxiliary(const std::vector<Token>& tokens, std::size_t verb) {
    // "It had him giving his blessing to ...": a present participle is perfect only after
    // "been" ("have been supporting").
    if (tokens[verb].lower.ends_with("ing") && (verb == 0 || tokens[verb - 1].lower != "been")) return false;
    for (std::size_t back = 1; back <= 2 && back <= verb; ++back) {
        const std::string& word = tokens[verb - back].lower;
        if (word == "have" || word == "has" || word == "had") return true;
    }
    return false;
}

// "determined politically to", "called again on": an adverb inside a cue of several
// words leaves its sense alone.
bool is_adverb_inside_cue(const std::string& lower) {
    static const std::set<std::string, std::less<>> not_adverbs{"only", "early", "july", "italy", "supply",
                                                                 "apply", "rely", "reply", "family", "assembly",
                                                                 "ally", "rally"};
    return (lower.size() > 4 && lower.ends_with("ly") && !not_adverbs.contains(lower)) || lower == "again";
}

// The end of the tokens a pattern's words match from `first`, allowing one adverb between
// two of its words; nullopt when they do not match there.
std::optional<std::size_t> match_end(const std::vector<Token>& tokens, std::size_t first,
                                     const std::vector<std::string>& words) {
    std::size_t at = first;
    bool adverb_seen = false, aside_seen = false;
    for (std::size_t w = 0; w < words.size(); ++w, ++at) {
        if (w > 0 && !adverb_seen && at + 1 < tokens.size() && tokens[at].lower != words[w] &&
            is_adverb_inside_cue(tokens[at].lower)) {
            adverb_seen = true;
            ++at;
        }
        // "Beijing was ready, Wang went on, to make ...": an aside between commas.
        if (w > 0 && !aside_seen && at < tokens.size() && tokens[at].lower != words[w] && comma_before(tokens, at)) {
            constexpr std::size_t longest_aside = 5;  // tokens
            for (std::size_t j = at + 1; j < tokens.size() && j <= at + longest_aside; ++j)
                if (comma_before(tokens, j)) {
                    if (tokens[j].lower == words[w]) at = j;
                    break;
                }
            aside_seen = true;
        }
        if (at >= tokens.size() || tokens[at].lower != words[w]) return std::nullopt;
    }
    return at;
}

// "Since 2023 ...", "From late 2023 to December 2024, ...", "... so far": a sentence
// telling what was done before.
bool tells_a_record(const std::vector<Token>& tokens) {
    if (tokens.empty()) return false;
    if (tokens[0].lower == "since") return true;
    // "From late 2023 to December 2024", "Between late 2023 and December 2024"
    if (tokens[0].lower == "from" || tokens[0].lower == "between")
        for (std::size_t i = 1; i < tokens.size() && i < 6; ++i)
            if (tokens[i].lower.size() == 4 && tokens[i].lower.starts_with("20")) return true;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
        if ((tokens[i].lower == "so" && tokens[i + 1].lower == "far") || (tokens[i].lower == "to" && tokens[i + 1].lower == "date"))
            return true;
    return false;
}

// "the six lines the two parties have agreed on.": a preposition ending the clause right
// after the verb strands it, so the verb closes a relative clause about the noun before.
bool ends_relative_clause(const std::vector<Token>& tokens, std::size_t verb_end) {
    if (verb_end >= tokens.size() || !is_one_of(tokens[verb_end].lower, {"on", "upon", "to", "with", "for"}))
        return false;
    return verb_end + 1 == tokens.size() ||
           gap_between(tokens[verb_end], tokens[verb_end + 1]).find_first_of(",.;:)") != std::string_view::npos;
}

// "agreed in 2008", "signed up to in 2023", "signed on December 10, 2024", "inked on April
// 14 this year": the year a verb's act happened, named after it.
bool names_its_year(const std::vector<Token>& tokens, std::size_t after_verb) {
    for (std::size_t i = after_verb; i + 1 < tokens.size() && i < after_verb + 3; ++i) {
        if (tokens[i].lower == "in" && year_of(tokens[i + 1])) return true;
        if (tokens[i].lower == "on" && month_number(tokens[i + 1].lower)) {
            std::size_t at = i + 2;
            if (at < tokens.size() && day_of(tokens[at])) ++at;  // "on December 10, 2024"
            if (at < tokens.size() && year_of(tokens[at])) return true;
            return at + 1 < tokens.size() && is_one_of(tokens[at].lower, {"this", "last"}) && tokens[at + 1].lower == "year";
        }
        if (comma_before(tokens, i + 1)) return false;
    }
    return false;
}

// "all of which, he said, would help carry forward ...", "Such steps would ...", "which he
// said would let the two steer ...": a modal whose subject is what was just said tells the
// aim of those points, not a new promise. ("which would ..." right after a noun describes
// that noun, and is read as a relative clause.)
bool tells_the_aim(const std::vector<Token>& tokens, std::size_t modal_at) {
    std::size_t subject_end = modal_at;
    if (modal_at >= 2 && is_one_of(tokens[modal_at - 1].lower, {"said", "suggested", "added", "argued"}) &&
        is_one_of(tokens[modal_at - 2].lower, {"he", "she", "they"}))
        subject_end -= 2;  // over a parenthetical "he said"
    if (subject_end == 0) return false;
    const std::string& subject = tokens[subject_end - 1].lower;
    const std::string_view before = subject_end >= 2 ? std::string_view(tokens[subject_end - 2].lower) : "";
    if (subject == "which") return subject_end < modal_at || before == "of";  // "all of which"
    return is_one_of(subject, {"steps", "measures", "moves", "efforts"}) && is_one_of(before, {"such", "these", "those"});
}

// "what the two countries' top leaders have agreed": the verb at `at` ends a clause that
// "what" opens a few words before it.
bool ends_a_what_clause(const std::vector<Token>& tokens, std::size_t at) {
    constexpr std::size_t longest_subject = 7;  // tokens between "what" and the verb
    for (std::size_t i = at; i-- > 0 && at - i <= longest_subject + 1;) {
        if (tokens[i].lower == "what") return true;
        if (comma_before(tokens, i + 1)) return false;
    }
    return false;
}

// "the same day as Xi's talks with To Lam, at which 45 documents were handed over", "since
// Xi's trip in December, when the two sides signed ...": a clause that "when" or a
// preposition and "which" open tells of the event named before it.
bool in_clause_about_an_event(const std::vector<Token>& tokens, std::size_t at) {
    for (std::size_t i = at; i-- > 0;) {
        if (tokens[i].lower == "when") return true;
        if (tokens[i].lower == "which" && i > 0 && is_one_of(tokens[i - 1].lower, {"at", "during", "in", "after"}))
            return true;
        if (comma_before(tokens, i)) return false;
    }
    return false;
}

bool confides_in_a_country(const std::vector<Token>& tokens, std::size_t from) {
    if (from < tokens.size() && tokens[from].lower == "that") ++from;
    if (from < tokens.size() && tokens[from].lower == "the") ++from;
    return from < tokens.size() && (country_side(tokens[from].lower) ||
                                    is_one_of(tokens[from].lower, {"country", "party", "cpv", "cpc", "it", "people"}));
}

bool praises_a_success(const std::vector<Token>& tokens, std::size_t from) {
    constexpr std::size_t reach = 5;  // tokens: "Beijing's hosting of a successful"
    for (std::size_t i = from; i < tokens.size() && i < from + reach; ++i) {
        if (i > from && comma_before(tokens, i)) return false;
        if (is_one_of(tokens[i].lower, {"success", "successful", "successes", "hosting", "achievements"})) return true;
    }
    return false;
}

// The cue a pattern matched at token `at` makes, or nullopt when the words are used in a
// way that states nothing (a noun, a relative clause, an expectation). `earlier` are the
// sentence's cues before it.
std::optional<Cue> read_cue(const std::vector<Token>& tokens, std::size_t at, std::size_t end,
                            const CuePattern& pattern, const std::vector<std::string>& words,
                            const std::vector<Cue>& earlier) {
    // "the support", "his pledge": a noun, not a verb. Phrases such as "the need to" and
    // modals keep their sense after a determiner.
    if (!pattern.noun && words.size() == 1 && pattern.strength == speech && at > 0 &&
        is_determiner(tokens[at - 1].lower))
        return std::nullopt;
    if (words.size() == 1 && is_ambiguous_base_form(pattern.words) && !in_verb_position(tokens, at))
        return std::nullopt;
    // "pressed for the early signing of a loan": a gerund used as a noun. After a comma
    // ("issued a statement, agreeing to ...") it opens a phrase of its own.
    const bool after_comma = comma_before(tokens, at);
    if (words.size() == 1 && pattern.words.ends_with("ing") && pattern.strength != modal && !after_comma &&
        ((at + 1 < tokens.size() && tokens[at + 1].lower == "of") || (at >= 1 && is_determiner(tokens[at - 1].lower)) ||
         (at >= 2 && is_determiner(tokens[at - 2].lower))))
        return std::nullopt;
    // "included" and "covered" tell what was agreed only of documents.
    if (pattern.joint && pattern.strength == reporting && !lists_documents(tokens, at, end)) return std::nullopt;
    // "the plenum, which set out ...": a verb in a relative clause describes; it does not
    // state anything the speaker commits to.
    if (at > 0 && (tokens[at - 1].lower == "which" || tokens[at - 1].lower == "who")) return std::nullopt;
    if (in_clause_about_an_event(tokens, at)) return std::nullopt;
    if (ends_relative_clause(tokens, end)) return std::nullopt;
    // "he believes Vietnam will achieve ...", "hoped that China would ...": an expectation
    // or a wish, not a promise.
    if (pattern.strength == modal && pattern.kind == PledgeKind::pledge &&
        std::any_of(earlier.begin(), earlier.end(), [](const Cue& c) {
            return c.phrase.starts_with("believe") || c.phrase.ends_with("confidence") ||
                   c.phrase.ends_with("confident") || c.wish;
        }))
        return std::nullopt;

    Cue cue{pattern.kind, pattern.strength, at, end, {}, pattern.joint};
    // "Letters on the line are to be exchanged", "will be signed later": still to come.
    if (pattern.joint && pattern.kind == PledgeKind::agreement && at >= 2 && tokens[at - 1].lower == "be" &&
        is_one_of(tokens[at - 2].lower, {"to", "will", "would", "shall"})) {
        cue.kind = PledgeKind::pledge;
        cue.strength = modal;
    }
    if (pattern.strength == modal && pattern.kind == PledgeKind::pledge && tells_the_aim(tokens, at)) {
        cue.kind = PledgeKind::affirmation;
        cue.strength = speech;  // over the call or offer the aim is of
    }
    cue.wish = is_wish(words);
    // "Asking his visitor to take his regards back to Trong, Xi said ...": a participle
    // opening the sentence frames it; the main clause's own verb governs what follows.
    if (at == 0 && tokens[at].lower.ends_with("ing") && cue.strength == speech) cue.strength = reporting;
    std::size_t before = at;
    while (before > 0 && (tokens[before - 1].lower == "also" || tokens[before - 1].lower == "then")) --before;
    cue.after_and = before > 0 && tokens[before - 1].lower == "and";
    const std::size_t after = cue.end_token;
    // A call on both sides, or "called for" something without saying on whom, proposes
    // joint action; a call on the other side requests it.
    // "calling for", "pressed for" and "pushed for" too (but "pushed for China to open ..."
    // says on whom), and "asked for" (but "asked China for" asks China).
    const bool verb_for = words.size() == 2 && words[1] == "for";
    const bool names_whom = after < tokens.size() && tokens[after].capitalized;
    const bool calls_for = (verb_for && (words[0].starts_with("call") ||
                                         ((words[0].starts_with("press") || words[0].starts_with("push")) && !names_whom))) ||
                           (words.size() == 1 && words[0].starts_with("ask") && after < tokens.size() &&
                            tokens[after].lower == "for");
    // "urged closer coordination on ...": urging more of something, of no one named, calls for it.
    const bool urges_more = words[0].starts_with("urg") && after < tokens.size() &&
                            is_one_of(tokens[after].lower, {"closer", "more", "greater", "stronger", "deeper", "better",
                                                            "faster", "further", "wider", "broader"});
    if (pattern.addressed && (calls_for || urges_more || addresses_both_sides(tokens, after)))
        cue.kind = PledgeKind::proposal;
    // "sought continued exchanges between the two sides": what is sought of both is proposed.
    if (cue.kind == PledgeKind::request && asks_for_joint_work(tokens, after)) cue.kind = PledgeKind::proposal;
    if (pattern.kind == PledgeKind::proposal && is_wish(words) && wishes_of_one_country(tokens, after))
        cue.kind = PledgeKind::request;
    if (pattern.kind == PledgeKind::proposal && is_wish(words) && wishes_for_relations(tokens, after)) {
        cue.kind = PledgeKind::affirmation;
        cue.strength = reporting;
    }
    // "agreed that ..." states a shared view, and so does "agreeing with Son's opinions";
    // "agreed that the talks would be pushed forward" agrees on what to do.
    if (pattern.kind == PledgeKind::agreement && after < tokens.size() &&
        ((tokens[after].lower == "that" && !says_what_is_to_be_done(tokens, after + 1)) || tokens[after].lower == "with")) {
        cue.kind = PledgeKind::affirmation;
        if (tokens[after].lower == "with") cue.strength = reporting;
    }
    if (words[0].starts_with("welcome") && welcomes_a_development(tokens, after)) cue.kind = PledgeKind::affirmation;
    // "voiced confidence that China would reach its goals": confidence in a country or its
    // party backs it; "confidence that the visit will be a milestone" states a view.
    if ((words.back() == "confidence" || words.back() == "confident") && confides_in_a_country(tokens, after))
        cue.kind = PledgeKind::support;
    // "hailed Beijing's hosting of a successful summit", "hailed China's success": praise
    // of what the other side achieved congratulates it.
    if (words[0].starts_with("hail") && praises_a_success(tokens, after)) {
        cue.kind = PledgeKind::congratulation;
        cue.strength = speech;
    }
    if ((pattern.addressed || words[0] == "told") &&
        (addresses_own_agencies(tokens, after) || own_agencies_were_told(tokens, at))) {
        cue.kind = PledgeKind::pledge;
        cue.strength = speech;
    }
    // "called for the two sides to support each other at multilateral forums", "suggested
    // that each country support the other": mutual support is what is called for, so the
    // call governs.
    if (pattern.kind == PledgeKind::support && after + 1 < tokens.size() &&
        ((tokens[after].lower == "each" && tokens[after + 1].lower == "other") ||
         (tokens[after].lower == "one" && tokens[after + 1].lower == "another") ||
         (tokens[after].lower == "the" && tokens[after + 1].lower == "other")))
        cue.strength = reporting;
    // "have firmly supported each other", "since 2023 the ministries signed six documents",
    // "the partnership Hanoi and Beijing agreed in 2008": support given and documents signed
    // or agreed before the meeting are a record, not an act of it.
    // So is what "had" or "already" been agreed: "the billing Xi and Trong had agreed
    // on", "the documents already signed".
    // And what a "what" clause names: "carry out what the two countries' leaders have agreed".
    const bool dated_act = (pattern.kind == PledgeKind::agreement || pattern.joint) && tokens[at].lower.ends_with("ed") &&
                           (names_its_year(tokens, cue.end_token) || (at > 0 && is_one_of(tokens[at - 1].lower, {"had", "already"})) ||
                            ends_a_what_clause(tokens, at));
    if (((pattern.kind == PledgeKind::support || pattern.joint) && (has_perfect_auxiliary(tokens, at) || tells_a_record(tokens))) ||
        dated_act) {
        cue.kind = PledgeKind::affirmation;
        cue.strength = reporting;
    }
    const Token& last = tokens[cue.end_token - 1];
    cue.phrase.assign(tokens[at].original.data(), last.begin + last.original.size() - tokens[at].begin);
    return cue;
}

}  // namespace

std::vector<Cue> find_cues(const std::vector<Token>& tokens) {
    static const std::vector<std::vector<std::string>> pattern_words = [] {
        std::vector<std::vector<std::string>> all;
        for (const CuePattern& pattern : patterns) all.push_back(words_of(pattern.words));
        return all;
    }();
    std::vector<Cue> cues;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        for (std::size_t p = 0; p < std::size(patterns); ++p) {
            const std::vector<std::string>& words = pattern_words[p];
            const std::optional<std::size_t> end = match_end(tokens, i, words);
            if (!end) continue;
            if (std::optional<Cue> cue = read_cue(tokens, i, *end, patterns[p], words, cues))
                cues.push_back(std::move(*cue));
            i = *end - 1;
            break;
        }
    }
    return cues;
}

std::optional<Cue> governing_cue(const std::vector<Cue>& cues, std::size_t first, std::size_t end) {
    const Cue* best = nullptr;
    for (const Cue& cue : cues)
        if (cue.end_token <= first && (!best || cue.after_and || cue.strength >= best->strength)) best = &cue;
    if (!best || best->strength == CueStrength::reporting)
        for (const Cue& cue : cues)
            if (cue.first_token == end && cue.strength == CueStrength::modal) return cue;
    if (best) return *best;
    for (const Cue& cue : cues)
        if (cue.first_token > first && (!best || cue.strength > best->strength)) best = &cue;
    if (best) return *best;
    return std::nullopt;
}

}  // namespace pledgetrack::extract
