#pragma once

#include "extract/article.hpp"
#include "model/dataset.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

// A first draft of a meeting file from one article: the meeting, its source, the
// pledges found through the catalog's aliases, and phrases that may be new items.
namespace pledgetrack::extract {

struct DraftPledge {
    model::Pledge pledge;  // its evidence is the matched phrase as written
    std::size_t evidence_offset = 0;  // in characters from the start of the article
    double confidence = 0;            // 0 to 1
    std::string reason;
};

// A commitment-like phrase ("cue verb + object") that names no catalog item.
struct CandidateItem {
    std::string phrase;
    std::size_t offset = 0;  // in characters
};

struct Draft {
    model::Meeting meeting;  // draft = true; pledges are in `pledges` below
    model::Source source;
    std::vector<DraftPledge> pledges;
    std::vector<CandidateItem> candidates;
};

struct ExtractOptions {
    std::optional<date::year_month_day> published;
    std::string source_file = "article.txt";  // recorded as the source's <file>
};

// `catalog` supplies items, people and the ids already taken. Throws ExtractError when
// the article names no catalog person or gives nothing to date the meeting by.
Draft draft_meeting(const Article& article, const model::Dataset& catalog, const ExtractOptions& options);

}  // namespace pledgetrack::extract
