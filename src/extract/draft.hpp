#pragma once

#include "extract/article.hpp"
#include "model/dataset.hpp"

#include <date/date.h>

#include <memory>
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

// Drafts meetings with one catalog's items, people and ids. The catalog's names are
// indexed once, when the Extractor is made, for every article it drafts after.
class Extractor {
public:
    explicit Extractor(const model::Dataset& catalog);  // kept by reference
    ~Extractor();

    // Throws ExtractError when the article names no catalog person or gives nothing to
    // date the meeting by.
    Draft draft(const Article& article, const ExtractOptions& options) const;

    struct Index;  // the catalog's names and item kinds, as drafting looks them up

private:
    const model::Dataset& catalog_;
    std::unique_ptr<const Index> index_;
};

}  // namespace pledgetrack::extract
