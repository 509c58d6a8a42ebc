#include "extract/evaluate.hpp"

#include "extract/draft.hpp"
#include "extract/article.hpp"
#include "io/input_files.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <set>

namespace pledgetrack::extract {
namespace {

using Triple = std::string;  // "item side kind"

Triple triple(const model::Pledge& pledge) {
    return pledge.item.id + " " + std::string(model::to_string(pledge.side)) + " " +
           std::string(model::to_string(pledge.kind));
}

// The drafted date is right when every day the gold date allows is one it allows too:
// the same day, or a window around it.
bool contains(const model::MeetingDate& drafted, const model::MeetingDate& gold) {
    return drafted.earliest() <= gold.earliest() && gold.latest() <= drafted.latest();
}

ArticleScore score_article(const model::Dataset& gold, const Extractor& extractor, const std::filesystem::path& path) {
    ArticleScore score;
    score.article = path.filename().string();
    const auto source = std::find_if(gold.sources.begin(), gold.sources.end(),
                                     [&](const model::Source& s) { return s.file == score.article; });
    if (source == gold.sources.end() || !gold.find_meeting(source->meeting_id)) {
        score.error = "no gold meeting has a source whose <file> is " + score.article;
        return score;
    }
    const model::Meeting& meeting = *gold.find_meeting(source->meeting_id);
    score.gold_meeting = meeting.id;
    score.gold_date = meeting.date.to_string();

    std::set<Triple> expected;
    for (const model::Pledge& pledge : meeting.pledges)
        if (std::any_of(pledge.sources.begin(), pledge.sources.end(),
                        [&](const model::Ref& r) { return r.id == source->id; }))
            expected.insert(triple(pledge));

    ExtractOptions options;
    options.source_file = score.article;
    if (source->published && source->published->precision() == model::DatePrecision::day)
        options.published = source->published->first_day();
    try {
        const Draft draft = extractor.draft(load_article(path.string(), io::default_max_file_size), options);
        std::set<Triple> drafted;
        for (const DraftPledge& p : draft.pledges) drafted.insert(triple(p.pledge));
        score.counts = {expected.size(), drafted.size(), 0};
        for (const Triple& t : drafted) {
            if (expected.contains(t)) ++score.counts.matched;
            else score.spurious.push_back(t);
        }
        for (const Triple& t : expected)
            if (!drafted.contains(t)) score.missed.push_back(t);
        score.drafted_date = draft.meeting.date.to_string();
        score.date_correct = contains(draft.meeting.date, meeting.date);
    } catch (const std::exception& e) {
        score.counts = {expected.size(), 0, 0};
        score.error = e.what();
    }
    return score;
}

std::string fixed(double value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

void write_row(std::ostream& out, const std::string& name, const Counts& c, const std::string& date) {
    char line[256];
    std::snprintf(line, sizeof line, "%-44s %5zu %5zu %5zu %9s %6s %5s  %s\n", name.c_str(), c.gold, c.drafted,
                  c.matched, fixed(c.precision()).c_str(), fixed(c.recall()).c_str(), fixed(c.f1()).c_str(),
                  date.c_str());
    out << line;
}

}  // namespace

Counts Evaluation::overall() const {
    Counts sum;
    for (const ArticleScore& a : articles) {
        sum.gold += a.counts.gold;
        sum.drafted += a.counts.drafted;
        sum.matched += a.counts.matched;
    }
    return sum;
}

std::size_t Evaluation::dates_correct() const {
    return static_cast<std::size_t>(
        std::count_if(articles.begin(), articles.end(), [](const ArticleScore& a) { return a.date_correct; }));
}

Evaluation evaluate(const model::Dataset& gold, const std::filesystem::path& articles_dir) {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(articles_dir))
        if (entry.is_regular_file() && entry.path().extension() == ".txt") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    const Extractor extractor(gold);
    Evaluation evaluation;
    for (const auto& path : paths) evaluation.articles.push_back(score_article(gold, extractor, path));
    return evaluation;
}

void write_evaluation(std::ostream& out, const Evaluation& evaluation, bool verbose) {
    char header[256];
    std::snprintf(header, sizeof header, "%-44s %5s %5s %5s %9s %6s %5s  %s\n", "article", "gold", "draft", "match",
                  "precision", "recall", "F1", "meeting date");
    out << header;
    for (const ArticleScore& a : evaluation.articles) {
        const std::string date = !a.error.empty() ? "error: " + a.error
                                 : a.date_correct ? "ok " + a.drafted_date
                                                  : "WRONG " + a.drafted_date + " (gold " + a.gold_date + ")";
        write_row(out, a.article, a.counts, date);
        if (!verbose) continue;
        for (const std::string& t : a.missed) out << "    missed   " << t << '\n';
        for (const std::string& t : a.spurious) out << "    spurious " << t << '\n';
    }
    write_row(out, "overall", evaluation.overall(),
              std::to_string(evaluation.dates_correct()) + "/" + std::to_string(evaluation.articles.size()) +
                  " dates right");
}

}  // namespace pledgetrack::extract
