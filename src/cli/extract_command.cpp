#include "cli/commands.hpp"

#include "extract/article.hpp"
#include "extract/draft.hpp"
#include "extract/evaluate.hpp"
#include "io/atomic_file.hpp"
#include "io/input_files.hpp"
#include "model/partial_date.hpp"
#include "validate/output.hpp"
#include "validate/validator.hpp"
#include "xml/draft_writer.hpp"

#include <filesystem>
#include <iostream>
#include <memory>

namespace pledgetrack::cli {
namespace {

struct ExtractArgs {
    std::string article;
    std::vector<std::string> catalog{"seeds"};
    bool catalog_given = false;  // --evaluate adds the catalog only when asked to
    std::string published;
    std::string output = "-";
    std::vector<std::string> evaluate;  // GOLD_DIR ARTICLES_DIR
    bool verbose = false;
    bool quiet = false;
    double min_f1 = 0;
    std::uintmax_t max_file_size = io::default_max_file_size;
};

// Loads and checks pledge files; prints their errors and returns nullopt when invalid.
std::optional<model::Dataset> load_valid(const std::vector<std::string>& paths, const ExtractArgs& args) {
    validate::Options options;
    options.max_file_size = args.max_file_size;
    validate::Result result = validate::validate_paths(paths, options);
    if (!result.valid()) {
        diagnostics::DiagnosticList errors = result.diagnostics;
        errors.drop_warnings();
        validate::write_diagnostics_text(std::cerr, errors);
        std::cerr << "pledgetrack extract: the catalog does not validate; fix it first\n";
        return std::nullopt;
    }
    return std::move(result.dataset);
}

// The draft together with the catalog must pass `pledgetrack validate`; anything else
// would hand the analyst a file that fails later.
bool draft_validates(const std::string& xml, const std::string& name, const ExtractArgs& args) {
    diagnostics::DiagnosticList read_problems;
    validate::Validation check;
    for (const io::InputFile& input : io::expand_inputs(args.catalog, read_problems))
        if (auto bytes = io::read_input(input, args.max_file_size, read_problems)) check.add(input.name, std::move(*bytes));
    check.add(name, xml);
    validate::Result result = check.finish({});
    if (result.valid()) return true;
    result.diagnostics.drop_warnings();
    validate::write_diagnostics_text(std::cerr, result.diagnostics);
    return false;
}

int run_evaluate(const ExtractArgs& args) {
    const std::filesystem::path gold_dir = args.evaluate[0], articles_dir = args.evaluate[1];
    if (!std::filesystem::is_directory(articles_dir)) {
        std::cerr << "pledgetrack extract: " << articles_dir.string() << " is not a directory\n";
        return exit_usage;
    }
    std::vector<std::string> paths{gold_dir.string()};
    if (args.catalog_given)
        for (const std::string& catalog : args.catalog)
            if (std::filesystem::weakly_canonical(catalog) != std::filesystem::weakly_canonical(gold_dir))
                paths.push_back(catalog);
    const std::optional<model::Dataset> gold = load_valid(paths, args);
    if (!gold) return exit_invalid;
    const extract::Evaluation evaluation = extract::evaluate(*gold, articles_dir);
    extract::write_evaluation(std::cout, evaluation, args.verbose);
    const bool failed = std::any_of(evaluation.articles.begin(), evaluation.articles.end(),
                                    [](const extract::ArticleScore& a) { return !a.error.empty(); });
    return failed || evaluation.overall().f1() < args.min_f1 ? exit_invalid : exit_ok;
}

int run_extract(const ExtractArgs& args) {
    if (!args.evaluate.empty()) return run_evaluate(args);
    if (args.article.empty()) {
        std::cerr << "pledgetrack extract: give an ARTICLE file ('-' for stdin) or --evaluate; see --help\n";
        return exit_usage;
    }
    extract::ExtractOptions options;
    if (!args.published.empty()) {
        options.published = model::parse_full_date(args.published);
        if (!options.published) {
            std::cerr << "pledgetrack extract: --published: '" << args.published
                      << "' is not a date of the form YYYY-MM-DD\n";
            return exit_usage;
        }
    }
    options.source_file = args.article == "-" ? "stdin.txt" : std::filesystem::path(args.article).filename().string();

    const std::optional<model::Dataset> catalog = load_valid(args.catalog, args);
    if (!catalog) return exit_invalid;
    std::optional<extract::Draft> drafted;
    try {
        drafted = extract::Extractor(*catalog).draft(extract::load_article(args.article, args.max_file_size), options);
    } catch (const extract::ExtractError& e) {
        std::cerr << "pledgetrack extract: " << e.what() << '\n';
        return exit_invalid;
    }
    const extract::Draft& draft = *drafted;
    const std::string xml = xml::write_draft(draft);
    if (!draft_validates(xml, args.output == "-" ? "<draft>" : args.output, args)) {
        std::cerr << "pledgetrack extract: the draft does not validate with the catalog; nothing written\n";
        return exit_invalid;
    }
    if (args.output == "-") std::cout << xml;
    else io::write_file_atomically(args.output, xml);

    if (!args.quiet) {
        const auto low = std::count_if(draft.pledges.begin(), draft.pledges.end(),
                                       [](const extract::DraftPledge& p) { return p.confidence < 0.7; });
        std::cerr << "drafted meeting " << draft.meeting.id << " (" << draft.meeting.date.to_string() << "): "
                  << draft.pledges.size() << " pledges, " << low << " of them below 0.70 confidence, "
                  << draft.candidates.size() << " candidate items\n";
    }
    return exit_ok;
}

}  // namespace

Command add_extract_command(CLI::App& app) {
    auto args = std::make_shared<ExtractArgs>();
    CLI::App* command = app.add_subcommand("extract", "Draft a pledge file from a news article's text");
    command->description(
        "Draft a pledge file from a news article's text.\n\n"
        "Reads a plain-text article (UTF-8; page junk such as cookie banners, captions, link\n"
        "lists and embedded JSON is set aside) and writes one meeting in the pledge schema,\n"
        "marked draft=\"true\":\n"
        "  - the date: a stated day; else the stated weekday resolved against --published (the\n"
        "    latest such day on or before it); else a window from the months and years mentioned;\n"
        "  - the participants: people of the catalog named in the text, with the titles used;\n"
        "  - one source for the article (publisher and headline when the text shows them);\n"
        "  - a pledge for each sentence that names a catalog item (aliases, Unicode-folded):\n"
        "    side from the speaker (followed across sentences: 'He also urged...'; 'The two\n"
        "    sides agreed...' is joint), kind from the verb (proposed/suggested: proposal;\n"
        "    requested/urged/called on: request, or proposal when addressed to both sides;\n"
        "    agreed to: agreement; pledged/will/willing to: pledge; supports: support;\n"
        "    affirmed/reiterated/said: affirmation; congratulated: congratulation), due year\n"
        "    from 'in 2025', 'next year', 'this year', and the matched phrase as evidence with\n"
        "    its character offset; each with a confidence (0-1) and the reason it was found;\n"
        "  - <candidate> phrases: commitments after a cue verb that match no catalog item.\n"
        "The draft is checked against the catalog before it is written; `pledgetrack validate`\n"
        "warns about it (draft-meeting) until the mark is removed.\n\n"
        "With --evaluate GOLD_DIR ARTICLES_DIR, drafts every *.txt in ARTICLES_DIR and compares\n"
        "each with the gold meeting whose <source><file> names it (GOLD_DIR holds the catalog\n"
        "too, or add --catalog): precision, recall and F1 on (item, side, kind) triples of the\n"
        "pledges citing that source, and whether the drafted date is the gold date (or a window\n"
        "containing it).");
    command->add_option("ARTICLE", args->article, "Plain-text article; '-' reads stdin");
    CLI::Option* catalog =
        command->add_option("--catalog", args->catalog, "Pledge files or directories with the items and people")
            ->capture_default_str();
    command->add_option("--published", args->published, "The article's publication date, YYYY-MM-DD");
    command->add_option("-o,--output", args->output, "Where to write the draft; '-' is stdout")->capture_default_str();
    command->add_option("--evaluate", args->evaluate, "Score drafts against hand-made meeting files")
        ->expected(2)
        ->type_name("GOLD_DIR ARTICLES_DIR");
    command->add_flag("-v,--verbose", args->verbose, "With --evaluate: list missed and spurious triples");
    command->add_option("--min-f1", args->min_f1, "With --evaluate: exit 1 when the overall F1 is below this")
        ->check(CLI::Range(0.0, 1.0));
    command->add_flag("-q,--quiet", args->quiet, "No summary line on stderr");
    command->add_option("--max-file-size", args->max_file_size, "Refuse larger articles and catalog files (bytes; KB, MiB... allowed)")
        ->transform(CLI::AsSizeValue(false))
        ->capture_default_str();
    command->footer(
        "\nExit status: 0 drafted (or evaluated), 1 nothing to draft (no catalog person named, no\n"
        "date, not UTF-8), an invalid catalog, an article without gold, or F1 below --min-f1;\n"
        "2 usage or I/O error.\n"
        "\nExamples:\n"
        "  pledgetrack extract article.txt --catalog seeds/ --published 2024-12-10 -o draft.xml\n"
        "  pledgetrack validate seeds/ draft.xml\n"
        "  pledgetrack extract --evaluate seeds/ articles/ --verbose");
    return {command, [args, catalog] {
                args->catalog_given = catalog->count() > 0;
                return run_extract(*args);
            }};
}

}  // namespace pledgetrack::cli
