#pragma once

#include "extract/tokens.hpp"
#include "model/enums.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// Verbs that tell what kind of statement a sentence makes, and which of them governs a
// phrase: "Son suggested that the two sides speed up X; request China to import Y".
namespace pledgetrack::extract {

// How much a cue says about the kind. A speech act ("proposed", "agreed") outranks a
// modal ("will", "should"), which outranks a reporting verb ("said", "stressed").
enum class CueStrength { reporting = 1, modal = 2, speech_act = 3 };

struct Cue {
    model::PledgeKind kind = model::PledgeKind::affirmation;
    CueStrength strength = CueStrength::reporting;
    std::size_t first_token = 0;
    std::size_t end_token = 0;
    std::string phrase;  // as written
    bool joint = false;  // an act both sides do together ("signed"), whoever is named
    bool after_and = false;  // opens a verb joined on with "and": "said ..., and spoke highly of"
    bool wish = false;       // "hoped", "wanted", "would like": what follows is wished for
};

// Every cue in a tokenized sentence, in order. Nouns are left out ("the support", "his
// proposals"), and a call on both sides is a proposal while a call on the other side is
// a request; "agreed that ..." states a shared view (affirmation), "agreed to ..." an
// agreement.
std::vector<Cue> find_cues(const std::vector<Token>& tokens);

// The cue that governs the phrase of tokens [first, end): the strongest cue before it (the
// later one on a tie) from the last verb joined on with "and" on, else the strongest cue
// after it; nullopt when the sentence has none. A modal right after the phrase governs a
// phrase that only a reporting verb precedes: in "he said contacts at the top should ...",
// the contacts are what "should" proposes.
std::optional<Cue> governing_cue(const std::vector<Cue>& cues, std::size_t first, std::size_t end);

}  // namespace pledgetrack::extract
