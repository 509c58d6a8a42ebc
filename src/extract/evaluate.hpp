#pragma once

#include "model/dataset.hpp"

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

// How close drafts come to hand-made meeting files: (item, side, kind) triples and the
// meeting date, article by article.
namespace pledgetrack::extract {

struct Counts {
    std::size_t gold = 0, drafted = 0, matched = 0;
    double precision() const { return drafted ? double(matched) / double(drafted) : 0; }
    double recall() const { return gold ? double(matched) / double(gold) : 0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

struct ArticleScore {
    std::string article;  // file name
    std::string gold_meeting;
    Counts counts;
    bool date_correct = false;
    std::string drafted_date, gold_date;
    std::vector<std::string> missed, spurious;  // "item side kind"
    std::string error;  // set when the article could not be drafted or has no gold
};

struct Evaluation {
    std::vector<ArticleScore> articles;
    Counts overall() const;  // summed over articles: micro-averaged
    std::size_t dates_correct() const;
};

// Drafts every *.txt in articles_dir and compares each with the meeting in `gold` whose
// source names the article as its <file>; only the pledges citing that source count.
// The gold source's publication date stands in for --published.
Evaluation evaluate(const model::Dataset& gold, const std::filesystem::path& articles_dir);

// One line per article, then the overall line; `verbose` adds missed and spurious triples.
void write_evaluation(std::ostream& out, const Evaluation& evaluation, bool verbose);

}  // namespace pledgetrack::extract
