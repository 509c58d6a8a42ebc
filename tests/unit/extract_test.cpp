#include "extract/article.hpp"
#include "extract/cues.hpp"
#include "extract/dates.hpp"
#include "extract/draft.hpp"
#include "extract/gazetteer.hpp"
#include "extract/keywords.hpp"
#include "extract/outlets.hpp"
#include "extract/speaker.hpp"
#include "extract/tokens.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace pledgetrack;
using namespace pledgetrack::extract;
using namespace date::literals;

namespace {

model::Dataset small_catalog() {
    model::Dataset catalog;
    const auto person = [&](std::string id, model::CountrySide side, std::string name, std::vector<std::string> aliases) {
        model::Person p{};
        p.id = std::move(id);
        p.side = side;
        p.name = std::move(name);
        p.aliases = std::move(aliases);
        catalog.people.push_back(std::move(p));
    };
    const auto item = [&](std::string id, std::string title, std::vector<std::string> aliases) {
        model::Item i{};
        i.id = std::move(id);
        i.title = std::move(title);
        i.aliases = std::move(aliases);
        catalog.items.push_back(std::move(i));
    };
    person("xi-jinping", model::CountrySide::cn, "Xi Jinping", {});
    person("he-wei", model::CountrySide::cn, "He Wei", {});
    person("bui-thanh-son", model::CountrySide::vn, "Bui Thanh Son", {"Bùi Thanh Sơn"});
    person("to-lam", model::CountrySide::vn, "To Lam", {"Tô Lâm"});
    item("rail-lao-cai", "Lao Cai–Hanoi–Hai Phong standard-gauge railway", {"Lao Cai - Hanoi - Hai Phong"});
    item("unclos", "Managing differences at sea", {"UNCLOS", "disagreements at sea"});
    item("people-exchanges", "People-to-people exchanges", {"people-to-people exchange"});
    item("shared-future", "Community with a shared future", {"community with a shared future"});
    item("market-access", "Market access for Vietnamese farm products",
         {"market access for Vietnamese agricultural products"});
    item("rail-committee", "Joint Railway Cooperation Committee", {"Committee for Railway Cooperation"});
    item("six-more", "\"Six more\" directions", {"six directions"});
    catalog.index();
    return catalog;
}

std::vector<std::string> matched_ids(const Gazetteer& gazetteer, std::string_view text) {
    std::vector<std::string> ids;
    for (const Mention& mention : gazetteer.find(tokenize(text))) ids.push_back(mention.name->id);
    return ids;
}

std::optional<model::PledgeKind> kind_at(std::string_view sentence, std::string_view phrase) {
    const std::vector<Token> tokens = tokenize(sentence);
    const std::size_t at = tokenize(sentence.substr(0, sentence.find(phrase))).size();
    const auto cue = governing_cue(find_cues(tokens), at, at + tokenize(phrase).size());
    if (!cue) return std::nullopt;
    return cue->kind;
}

// The speaker of each sentence in turn, as "side person" ("VN bui-thanh-son", "joint").
std::vector<std::string> speakers(const std::vector<std::string>& sentences) {
    static const model::Dataset catalog = small_catalog();
    const Gazetteer gazetteer(catalog);
    SpeakerTracker tracker(catalog);
    std::vector<std::string> found;
    for (const std::string& sentence : sentences) {
        const Sentence read{sentence, 0, true, tokenize(sentence)};
        const auto speaker = tracker.next(read, gazetteer.find(read.tokens), find_cues(read.tokens));
        if (!speaker) {
            found.push_back("none");
            continue;
        }
        std::string text(model::to_string(speaker->side));
        if (!speaker->person_id.empty()) text += " " + speaker->person_id;
        found.push_back(text);
    }
    return found;
}

DateClues clues_of(std::string text) { return find_date_clues(read_article(std::move(text))); }

// The meeting date drafted from an article's text, as the schema writes it; "none" when
// nothing dates the meeting.
std::string meeting_date(std::string text, std::optional<date::year_month_day> published) {
    const auto date = resolve_meeting_date(clues_of(std::move(text)), published);
    return date ? date->date.to_string() : "none";
}

// The drafted pledges of an article as "item side kind", in the order found.
std::vector<std::string> drafted(std::string text, const model::Dataset& catalog = small_catalog()) {
    const Draft draft = Extractor(catalog).draft(read_article(std::move(text)), {2025_y / 4 / 15, "a.txt"});
    std::vector<std::string> found;
    for (const DraftPledge& p : draft.pledges)
        found.push_back(p.pledge.item.id + " " + std::string(model::to_string(p.pledge.side)) + " " +
                        std::string(model::to_string(p.pledge.kind)));
    return found;
}

// The small catalog with an earlier meeting recording `count` pledges of that kind on the item.
model::Dataset catalog_recording(const std::string& item, model::PledgeKind kind, int count) {
    model::Dataset catalog = small_catalog();
    model::Meeting earlier{.id = "earlier", .kind = model::MeetingKind::talks, .title = {}, .place = {},
                           .date = model::PartialDate::of_day(2024_y / 1 / 5)};
    for (int i = 0; i < count; ++i) {
        model::Pledge pledge{};
        pledge.item = {item, {}};
        pledge.kind = kind;
        earlier.pledges.push_back(pledge);
    }
    catalog.meetings.push_back(earlier);
    catalog.index();
    return catalog;
}

}  // namespace

TEST_CASE("Aliases match whatever the diacritics, dashes and spacing", "[extract][alias]") {
    const Gazetteer gazetteer(small_catalog());
    CHECK(matched_ids(gazetteer, "the Lào Cai – Hà Nội – Hải Phòng line") == std::vector<std::string>{"rail-lao-cai"});
    CHECK(matched_ids(gazetteer, "the Lao Cai-Hanoi-Hai Phong railway") == std::vector<std::string>{"rail-lao-cai"});
    CHECK(matched_ids(gazetteer, "in line with unclos") == std::vector<std::string>{"unclos"});
}

TEST_CASE("Aliases match plural forms of their words", "[extract][alias]") {
    const Gazetteer gazetteer(small_catalog());
    CHECK(matched_ids(gazetteer, "more people-to-people exchanges") == std::vector<std::string>{"people-exchanges"});
}

TEST_CASE("The longest alias wins where two overlap", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[3].aliases.push_back("China-Vietnam community with a shared future");
    const Gazetteer gazetteer(catalog);
    const auto mentions = gazetteer.find(tokenize("build a China-Vietnam community with a shared future"));
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].name->phrase == "China-Vietnam community with a shared future");
}

TEST_CASE("A surname alone names a person only when capitalised", "[extract][alias]") {
    const Gazetteer gazetteer(small_catalog());
    CHECK(matched_ids(gazetteer, "Xi said so") == std::vector<std::string>{"xi-jinping"});
    CHECK(matched_ids(gazetteer, "Son called on both sides") == std::vector<std::string>{"bui-thanh-son"});
    CHECK(matched_ids(gazetteer, "his son called").empty());
}

TEST_CASE("A surname after a word opening the sentence is a name of its own", "[extract][alias]") {
    const Gazetteer gazetteer(small_catalog());
    CHECK(matched_ids(gazetteer, "And Son - what did he come for?") == std::vector<std::string>{"bui-thanh-son"});
    CHECK(matched_ids(gazetteer, "Minister Tran Son said").empty());
}

TEST_CASE("A surname that is also a common word needs a title before it", "[extract][alias]") {
    const Gazetteer gazetteer(small_catalog());
    CHECK(matched_ids(gazetteer, "He said so").empty());
    CHECK(matched_ids(gazetteer, "Ambassador He said so") == std::vector<std::string>{"he-wei"});
}

TEST_CASE("Two distinctive words of an item close together find it without an alias", "[extract][alias]") {
    const model::Dataset catalog = small_catalog();
    const std::vector<Token> tokens = tokenize("open its market wider to Vietnamese agricultural goods");
    const KeywordMatcher matcher(catalog);  // mentions point into it
    const auto loose = matcher.find(tokens, Gazetteer(catalog).find(tokens));
    REQUIRE(loose.size() == 1);
    CHECK(loose[0].name->id == "market-access");
}

TEST_CASE("An alias finds text that uses another word of the same family", "[extract][alias]") {
    const Gazetteer gazetteer(small_catalog());
    CHECK(matched_ids(gazetteer, "better market access for Vietnamese farm products") ==
          std::vector<std::string>{"market-access"});
}

TEST_CASE("'Exchanges at the high level' or 'at the highest and other levels' finds 'high-level exchanges'",
          "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[2].aliases.push_back("high-level exchanges");
    catalog.index();
    CHECK(matched_ids(Gazetteer(catalog), "to keep up frequent exchanges at the high level") ==
          std::vector<std::string>{"people-exchanges"});
    CHECK(matched_ids(Gazetteer(catalog), "close exchanges at the highest and other levels") ==
          std::vector<std::string>{"people-exchanges"});
    CHECK(matched_ids(Gazetteer(catalog), "exchanges at the top level") == std::vector<std::string>{"people-exchanges"});
}

TEST_CASE("A place name alone does not find a route item by its words", "[extract][alias]") {
    const model::Dataset catalog = small_catalog();
    const KeywordMatcher matcher(catalog);
    const std::vector<Token> place = tokenize("Quang visited Lao Cai last week");
    CHECK(matcher.find(place, {}).empty());
    const std::vector<Token> route = tokenize("the railway from Lao Cai to Hai Phong");
    REQUIRE(matcher.find(route, {}).size() == 1);
    CHECK(matcher.find(route, {})[0].name->id == "rail-lao-cai");
}

TEST_CASE("Words leading into a catalog name are not a match of their own", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    model::Item differences{};
    differences.id = "differences";
    differences.title = "Control and resolve differences";
    catalog.items.push_back(differences);
    catalog.index();
    const Gazetteer gazetteer(catalog);
    const KeywordMatcher matcher(catalog);
    const std::vector<Token> leading = tokenize("to better control and resolve disagreements at sea");
    CHECK(matcher.find(leading, gazetteer.find(leading)).empty());
    const std::vector<Token> own = tokenize("to better control and resolve their differences");
    REQUIRE(matcher.find(own, gazetteer.find(own)).size() == 1);
    CHECK(matcher.find(own, gazetteer.find(own))[0].name->id == "differences");
}

TEST_CASE("A party's initials name no item", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[0].aliases.push_back("CPC Congress goals");
    catalog.index();
    const KeywordMatcher matcher(catalog);
    CHECK(matcher.find(tokenize("the CPC leadership"), {}).empty());
}

TEST_CASE("Each cue verb gives its kind", "[extract][kind]") {
    using K = model::PledgeKind;
    CHECK(kind_at("Son proposed more flights.", "more") == K::proposal);
    CHECK(kind_at("Son suggested more flights.", "more") == K::proposal);
    CHECK(kind_at("Son requested China to buy more fruit.", "more") == K::request);
    CHECK(kind_at("Son urged China to buy more fruit.", "more") == K::request);
    CHECK(kind_at("The two sides agreed to build more lines.", "more") == K::agreement);
    CHECK(kind_at("Xi pledged to open more routes.", "more") == K::pledge);
    CHECK(kind_at("China is willing to open more routes.", "more") == K::pledge);
    CHECK(kind_at("China will open more routes.", "more") == K::pledge);
    CHECK(kind_at("China supports more routes.", "more") == K::support);
    CHECK(kind_at("Son reiterated that ties are a top priority.", "top") == K::affirmation);
    CHECK(kind_at("Son congratulated China on its congress.", "its") == K::congratulation);
}

TEST_CASE("A verb joined on with 'and' governs what follows it, however strong the verb before", "[extract][kind]") {
    CHECK(kind_at("Xi said China is willing to talk, and spoke highly of the global initiatives.", "global") ==
          model::PledgeKind::affirmation);
    CHECK(kind_at("Xi said China is willing to talk and to open the global initiatives.", "global") ==
          model::PledgeKind::pledge);
}

TEST_CASE("Setting great store by something states a view", "[extract][kind]") {
    CHECK(kind_at("Chinh set great store by people-to-people exchange.", "people") == model::PledgeKind::affirmation);
    CHECK(kind_at("Li places great weight on people-to-people exchange.", "people") == model::PledgeKind::affirmation);
}

TEST_CASE("Readiness, pushing for, looking forward and thanking give their kinds", "[extract][kind]") {
    CHECK(kind_at("Li expressed readiness to open more routes.", "more") == model::PledgeKind::pledge);
    CHECK(kind_at("Vietnam is set on opening more routes.", "more") == model::PledgeKind::pledge);
    CHECK(kind_at("Chinh pushed for China to open more routes.", "more") == model::PledgeKind::request);
    CHECK(kind_at("Chinh looked forward to more routes.", "more") == model::PledgeKind::proposal);
    CHECK(kind_at("Chinh thanked China for more routes.", "more") == model::PledgeKind::affirmation);
}

TEST_CASE("Paraphrasing verbs of news copy give their kinds", "[extract][kind]") {
    using K = model::PledgeKind;
    CHECK(kind_at("Xi was keen to widen exchanges between the parties.", "exchanges") == K::proposal);
    CHECK(kind_at("Chinh was keen on closer exchanges between the parties.", "exchanges") == K::proposal);
    CHECK(kind_at("Hue floated tying the two plans together.", "tying") == K::proposal);
    CHECK(kind_at("Chinh pressed Beijing to open its market to pomelo.", "pomelo") == K::request);
    CHECK(kind_at("China undertook to open more routes.", "more") == K::pledge);
    CHECK(kind_at("Xi said Beijing stands behind Vietnam's development.", "development") == K::support);
    CHECK(kind_at("Hanoi threw its weight behind the global initiatives.", "global") == K::support);
    CHECK(kind_at("The ministers concurred on faster customs clearance.", "customs") == K::agreement);
    CHECK(kind_at("The sides reached consensus on faster customs clearance.", "customs") == K::agreement);
    CHECK(kind_at("Li replied that Beijing counts Vietnam as a priority.", "priority") == K::affirmation);
    CHECK(kind_at("Chinh repeated that ties with China are the first priority.", "priority") == K::affirmation);
    CHECK(kind_at("Hanoi stood by the consensus of the leaders.", "consensus") == K::affirmation);
    CHECK(kind_at("Chinh voiced the hope that China would open more routes.", "more") == K::request);
}

TEST_CASE("A list of documents after 'among them were' or 'included' was agreed jointly", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Officials handed over ten documents. Among them were a "
                  "memorandum on the Lao Cai - Hanoi - Hai Phong line and another on people-to-people exchange.\n") ==
          std::vector<std::string>{"rail-lao-cai joint agreement", "people-exchanges joint agreement"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. They included a memorandum on people-to-people "
                  "exchange.\n") == std::vector<std::string>{"people-exchanges joint agreement"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Tourism included people-to-people exchange.\n").empty());
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Among them were a certificate handing over plans for "
                  "the Lao Cai - Hanoi - Hai Phong line.\n") == std::vector<std::string>{"rail-lao-cai joint agreement"});
}

TEST_CASE("An aside between commas inside a cue leaves the cue whole", "[extract][kind]") {
    CHECK(kind_at("Beijing was ready, Wang went on, to open more routes.", "more") == model::PledgeKind::pledge);
    CHECK(kind_at("The two sides are working to finalise more routes.", "more") == model::PledgeKind::pledge);
}

TEST_CASE("A sentence without a verb goes on with what the one before reported, within its paragraph",
          "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Both sides noted the results. More people-to-people "
                  "exchange, for one.\n\nA community with a shared future, the outlet's background.\n") ==
          std::vector<std::string>{"people-exchanges joint affirmation"});
}

TEST_CASE("A sentence opening on another meeting of the trip adds no pledges", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Later on Monday Xi called on the prime minister, "
                  "agreeing to expand people-to-people exchange. In a separate meeting, they agreed to build a "
                  "community with a shared future. To Lam and Xi agreed to manage disagreements at sea.\n") ==
          std::vector<std::string>{"unclos joint agreement"});
}

TEST_CASE("The fields after a dash spell out a numbered formula; 'two-way' counts nothing", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi proposed a vision organised around the six "
                  "directions they have agreed \xE2\x80\x93 more people-to-people exchange and fewer disagreements at "
                  "sea.\n") == std::vector<std::string>{"six-more CN proposal"});
    model::Dataset catalog = small_catalog();
    catalog.items[1].aliases.push_back("two-way trade");
    catalog.index();
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. To Lam said two-way trade should grow \xE2\x80\x93 and he "
                  "pressed for more people-to-people exchange.\n",
                  catalog) == std::vector<std::string>{"unclos VN proposal", "people-exchanges VN proposal"});
}

TEST_CASE("The fields listed after 'namely' spell out a numbered formula, recorded once", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi said China would work with Vietnam on the six "
                  "directions, namely more people-to-people exchange and fewer disagreements at sea.\n") ==
          std::vector<std::string>{"six-more CN pledge"});
}

TEST_CASE("A sentence opening on a later time set off by a comma, then a meeting, tells of another meeting",
          "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Later Monday, To Lam held talks with the premier, at "
                  "which he asked China for more people-to-people exchange, state media said.\n")
              .empty());
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Later, he said, the two sides agreed on more "
                  "people-to-people exchange.\n") == std::vector<std::string>{"people-exchanges joint agreement"});
}

TEST_CASE("Each point of a list a sentence opens with a colon takes that sentence's verb and speaker",
          "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday.\nTo Lam asked China to:\n- speed up the Lao Cai - "
                  "Hanoi - Hai Phong line;\n- open its doors to more people-to-people exchange.\n") ==
          std::vector<std::string>{"rail-lao-cai VN request", "people-exchanges VN request"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday.\nTo Lam asked China for help.\n- Lao Cai - Hanoi - "
                  "Hai Phong line\n")
              .empty());
}

TEST_CASE("Numbered points after someone's proposals are that person's", "[extract][speaker]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi made three proposals. First, the two sides should "
                  "speed up the Lao Cai - Hanoi - Hai Phong line. Second, they should expand people-to-people "
                  "exchange.\n\nTo Lam and Xi agreed to manage disagreements at sea.\n") ==
          std::vector<std::string>{"rail-lao-cai CN proposal", "people-exchanges CN proposal", "unclos joint agreement"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi said China valued people-to-people exchange. The "
                  "Vietnamese leader then made two proposals. First, the two sides should speed up the Lao Cai - "
                  "Hanoi - Hai Phong line.\n") ==
          std::vector<std::string>{"people-exchanges CN affirmation", "rail-lao-cai VN proposal"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi made two proposals. First, the two sides should "
                  "speed up the Lao Cai - Hanoi - Hai Phong line. The two leaders pledged to build a community with "
                  "a shared future.\n") ==
          std::vector<std::string>{"rail-lao-cai CN proposal", "shared-future joint pledge"});
}

TEST_CASE("A paragraph opening on a modal with no one named to say it is background", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. To Lam asked China to expand people-to-people exchange.\n\n"
                  "Freight on the Lao Cai - Hanoi - Hai Phong line still has to be transshipped.\n") ==
          std::vector<std::string>{"people-exchanges VN request"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. To Lam asked China to expand people-to-people exchange. "
                  "Freight on the Lao Cai - Hanoi - Hai Phong line still has to be transshipped.\n") ==
          std::vector<std::string>{"people-exchanges VN request", "rail-lao-cai VN proposal"});
}

TEST_CASE("A sentence going back to the other meeting the one before opened on adds no pledges", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. To Lam later held talks with the premier. In those "
                  "talks he asked for more people-to-people exchange. To Lam and Xi agreed to manage disagreements "
                  "at sea.\n") == std::vector<std::string>{"unclos joint agreement"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi also held talks the same day with the premier. "
                  "There, both agreed to expand people-to-people exchange. To Lam and Xi agreed to manage "
                  "disagreements at sea.\n") == std::vector<std::string>{"unclos joint agreement"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. In those talks To Lam asked China to expand "
                  "people-to-people exchange.\n") == std::vector<std::string>{"people-exchanges VN request"});
}

TEST_CASE("A sentence opening on an article or interview a leader gave adds no pledges", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. In an article carried by Nhan Dan on Sunday, Xi "
                  "wrote that China was ready to build a community with a shared future. To Lam and Xi agreed to "
                  "manage disagreements at sea.\n") == std::vector<std::string>{"unclos joint agreement"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. In the talks, Xi said China was ready to build a "
                  "community with a shared future.\n") == std::vector<std::string>{"shared-future CN pledge"});
}

TEST_CASE("A call on both sides is a proposal, a call on the other side a request", "[extract][kind]") {
    CHECK(kind_at("Son called on both sides to speed up the line.", "the line") == model::PledgeKind::proposal);
    CHECK(kind_at("Son called on China to speed up the line.", "the line") == model::PledgeKind::request);
    CHECK(kind_at("Son called for faster work on the line.", "the line") == model::PledgeKind::proposal);
}

TEST_CASE("A wish for how relations go states a view, and the 'would' inside it promises nothing",
          "[extract][kind]") {
    CHECK(kind_at("They hoped that relations would keep developing in a stable way.", "stable") ==
          model::PledgeKind::affirmation);
    CHECK(kind_at("They expressed hope that ties would keep developing in a stable way.", "stable") ==
          model::PledgeKind::affirmation);
    CHECK(kind_at("He hoped the visit would take people-to-people exchanges further.", "people") ==
          model::PledgeKind::affirmation);
}

TEST_CASE("Agreeing or signing in a year named after the verb is a record, not an act of the meeting", "[extract][kind]") {
    CHECK(kind_at("They agreed in 2008 on people-to-people exchanges.", "people") == model::PledgeKind::affirmation);
    CHECK(kind_at("They agreed on people-to-people exchanges.", "people") == model::PledgeKind::agreement);
    CHECK(kind_at("They will sign a plan in 2026 for people-to-people exchanges.", "people") ==
          model::PledgeKind::pledge);
}

TEST_CASE("Ministries told to act, in the active or the passive, commit their own side", "[extract][kind]") {
    CHECK(kind_at("Chinh told ministries and agencies to finish the rail deal.", "rail") == model::PledgeKind::pledge);
    CHECK(kind_at("Ministries were also told to finish the rail deal.", "rail") == model::PledgeKind::pledge);
    CHECK(kind_at("Chinese ministries were told to finish the rail deal.", "rail") == model::PledgeKind::affirmation);
}

TEST_CASE("A wish put to one country is a request of it, to both sides a proposal", "[extract][kind]") {
    CHECK(kind_at("Son wanted China to buy more fruit.", "more") == model::PledgeKind::request);
    CHECK(kind_at("Son hoped that Beijing would buy more fruit.", "more") == model::PledgeKind::request);
    CHECK(kind_at("Son hoped China and Vietnam would trade more fruit.", "more") == model::PledgeKind::proposal);
    CHECK(kind_at("Son wanted more fruit trade.", "more") == model::PledgeKind::proposal);
}

TEST_CASE("Seeking work done between or by both sides proposes it", "[extract][kind]") {
    CHECK(kind_at("He sought more people-to-people exchanges between the two sides.", "people") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("He sought more people-to-people exchanges from China.", "people") == model::PledgeKind::request);
}

TEST_CASE("What someone had agreed before is a record, not an agreement of the meeting", "[extract][kind]") {
    CHECK(kind_at("Xi and Trong had agreed on the community with a shared future.", "community") ==
          model::PledgeKind::affirmation);
    CHECK(kind_at("Xi and Trong agreed on the community with a shared future.", "community") ==
          model::PledgeKind::agreement);
}

TEST_CASE("A document signed on a day with its year is a record, not an agreement of the meeting", "[extract][kind]") {
    CHECK(kind_at("The session was to carry out the memorandum signed on December 10, 2024 on the community with a "
                  "shared future.",
                  "community") == model::PledgeKind::affirmation);
    CHECK(kind_at("They carried out the memorandum inked on April 14 this year on the community with a shared future.",
                  "community") == model::PledgeKind::affirmation);
    CHECK(kind_at("The ministers signed on Monday a memorandum on the community with a shared future.", "community") ==
          model::PledgeKind::agreement);
}

TEST_CASE("A verb whose preposition ends the clause describes the noun before it", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Ties have entered a phase of building a community with "
                  "a shared future along the lines the two parties have agreed on.\n")
              .empty());
    CHECK(kind_at("The two parties agreed on the community with a shared future.", "community") ==
          model::PledgeKind::agreement);
}

TEST_CASE("Asking for something without saying of whom proposes it; asking one side for it requests it",
          "[extract][kind]") {
    CHECK(kind_at("He asked for more people-to-people exchange.", "people") == model::PledgeKind::proposal);
    CHECK(kind_at("He asked China for more people-to-people exchange.", "people") == model::PledgeKind::request);
}

TEST_CASE("An item that is the subject of a modal after a reporting verb takes the modal's kind", "[extract][kind]") {
    CHECK(kind_at("He said people-to-people exchange should grow.", "people-to-people exchange") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("He said people-to-people exchange had grown.", "people-to-people exchange") ==
          model::PledgeKind::affirmation);
}

TEST_CASE("Seeking joint or concerted work proposes it", "[extract][kind]") {
    CHECK(kind_at("He sought joint work on people-to-people exchange.", "people") == model::PledgeKind::proposal);
    CHECK(kind_at("He urged concerted efforts on people-to-people exchange.", "people") == model::PledgeKind::proposal);
}

TEST_CASE("A wish put to the other side's envoy or guest is a request", "[extract][kind]") {
    CHECK(kind_at("The premier wants the envoy to push for more fruit trade.", "more") == model::PledgeKind::request);
    CHECK(kind_at("He wanted his guest to buy more fruit.", "more") == model::PledgeKind::request);
    CHECK(kind_at("He wanted the visiting diplomat to buy more fruit.", "more") == model::PledgeKind::request);
}

TEST_CASE("Agreeing that something is so is an affirmation, agreeing to do it an agreement", "[extract][kind]") {
    CHECK(kind_at("They agreed that the friendship is an asset.", "friendship") == model::PledgeKind::affirmation);
    CHECK(kind_at("They agreed to deepen the friendship.", "friendship") == model::PledgeKind::agreement);
    CHECK(kind_at("It was agreed that talks on the friendship would be pushed forward.", "friendship") ==
          model::PledgeKind::agreement);
}

TEST_CASE("One leader agreeing to something makes it an agreement of both sides", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi agreed to expand people-to-people exchange.\n") ==
          std::vector<std::string>{"people-exchanges joint agreement"});
}

TEST_CASE("Documents listed after documents still to be signed are pledged, not agreed", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The two sides are preparing further documents. These "
                  "include a memorandum on people-to-people exchange.\n") ==
          std::vector<std::string>{"people-exchanges joint pledge"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The documents signed include a memorandum on "
                  "people-to-people exchange.\n") == std::vector<std::string>{"people-exchanges joint agreement"});
}

TEST_CASE("A paragraph telling of a meeting on a later day reports that meeting, not this one", "[extract][meeting]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on April 10, 2025.\n\nTo Lam chaired a government meeting on "
                  "April 14 to review the talks. He called for more people-to-people exchange.\n\nXi said the two "
                  "sides should manage disagreements at sea.\n") == std::vector<std::string>{"unclos CN proposal"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on April 10, 2025.\n\nThe meeting, held on April 10, followed a "
                  "visit that began on April 9. To Lam called for more people-to-people exchange.\n") ==
          std::vector<std::string>{"people-exchanges VN proposal"});
}

TEST_CASE("What both sides announce they agreed; what one side announces it pledges", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The two leaders announced that a year of "
                  "people-to-people exchange would open in January.\n") ==
          std::vector<std::string>{"people-exchanges joint agreement"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi announced that China would fund more "
                  "people-to-people exchange.\n") == std::vector<std::string>{"people-exchanges CN pledge"});
}

TEST_CASE("Documents still to be handed over or signed are pledged, not agreed", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Letters on people-to-people exchange are to be handed "
                  "over.\n") == std::vector<std::string>{"people-exchanges joint pledge"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Letters on people-to-people exchange were handed "
                  "over.\n") == std::vector<std::string>{"people-exchanges joint agreement"});
}

TEST_CASE("A negation before the cue or between it and the item pledges nothing", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The account says the ministers will meet again, and it "
                  "did not mention people-to-people exchange at all.\n")
              .empty());
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi did not commit to more people-to-people exchange.\n")
              .empty());
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The two sides agreed not to let disagreements at sea "
                  "grow.\n") == std::vector<std::string>{"unclos joint agreement"});
}

TEST_CASE("Documents signed with a promise in them are signed, not still to come", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Officials signed 14 documents, among them protocols that "
                  "will allow exports. The documents also included a memorandum on people-to-people exchange.\n") ==
          std::vector<std::string>{"people-exchanges joint agreement"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The two sides are preparing further documents for "
                  "signing. These include a memorandum on people-to-people exchange.\n") ==
          std::vector<std::string>{"people-exchanges joint pledge"});
}

TEST_CASE("The parts of a numbered formula after its colon are the formula, recorded once", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The two sides agreed on six directions for the new stage: "
                  "more people-to-people exchange, a community with a shared future and fewer disagreements at sea.\n") ==
          std::vector<std::string>{"six-more joint agreement"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The two sides agreed on these: more people-to-people "
                  "exchange and fewer disagreements at sea.\n") ==
          std::vector<std::string>{"people-exchanges joint agreement", "unclos joint agreement"});
}

TEST_CASE("Members of a catalog group listed after a counted item's colon are each recorded", "[extract][kind]") {
    model::Dataset catalog = small_catalog();
    catalog.groups.push_back({"rail-links", {"railway", {}}, "Rail links", "", {}});
    catalog.items[0].group = model::Ref{"rail-links", {}};
    catalog.items.push_back({});
    catalog.items.back().id = "rail-general";
    catalog.items.back().aliases = {"three railways"};
    catalog.index();
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The two sides agreed to speed up three railways: the "
                  "Lao Cai - Hanoi - Hai Phong line and more people-to-people exchange.\n",
                  catalog) == std::vector<std::string>{"rail-general joint agreement", "rail-lao-cai joint agreement"});
}

TEST_CASE("A place listed after a group's item names the item of the group written with it", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.groups.push_back({"offices", {"trade", {}}, "Trade offices", "", {}});
    for (const std::string city : {"Chengdu", "Nanjing"}) {
        catalog.items.push_back({});
        catalog.items.back().id = "office-" + city;
        catalog.items.back().title = "Trade office in " + city;
        catalog.items.back().aliases = {"trade office in " + city};
        catalog.items.back().group = model::Ref{"offices", {}};
    }
    catalog.index();
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. To Lam asked China to allow trade offices in Chengdu "
                  "(Sichuan province) and in Nanjing.\n",
                  catalog) == std::vector<std::string>{"office-Chengdu VN request", "office-Nanjing VN request"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. To Lam asked China to allow trade offices in Chengdu "
                  "and a consulate in Nanjing.\n",
                  catalog) == std::vector<std::string>{"office-Chengdu VN request"});
}

TEST_CASE("A route told with a border crossing and 'past' a place finds its line", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[0].aliases.push_back("Lao Cai - Hanoi - Hai Phong line");
    catalog.index();
    CHECK(matched_ids(Gazetteer(catalog), "a line from the Lao Cai border crossing past Hanoi to Hai Phong") ==
          std::vector<std::string>{"rail-lao-cai"});
}

TEST_CASE("A verb form used as a noun is not a cue", "[extract][kind]") {
    CHECK(find_cues(tokenize("Viet Nam enjoys the support of China.")).empty());
    CHECK(find_cues(tokenize("It needs technical support from China.")).empty());
}

TEST_CASE("Present and gerund forms of a cue verb are cues too, unless used as nouns", "[extract][kind]") {
    CHECK(kind_at("Xi hails the rail links.", "rail") == model::PledgeKind::affirmation);
    CHECK(kind_at("Both sides are signing the rail protocol.", "rail") == model::PledgeKind::agreement);
    CHECK(kind_at("Chinh pressed for the early signing of the rail loan.", "rail") == model::PledgeKind::proposal);
    CHECK(kind_at("Chinh pressed for the signing of the rail loan.", "rail") == model::PledgeKind::proposal);
}

TEST_CASE("The strongest cue before a phrase governs it, the later one on a tie", "[extract][kind]") {
    const std::string sentence = "Son suggested that the sides speed up the line, and request China to import more fruit.";
    CHECK(kind_at(sentence, "the line") == model::PledgeKind::proposal);
    CHECK(kind_at(sentence, "more fruit") == model::PledgeKind::request);
    CHECK(kind_at("Xi said that Beijing is willing to open routes.", "routes") == model::PledgeKind::pledge);
}

TEST_CASE("A name makes its bearer the speaker and a pronoun refers back to them", "[extract][speaker]") {
    CHECK(speakers({"Bui Thanh Son called on both sides to act.", "He also urged China to buy more."}) ==
          std::vector<std::string>{"VN bui-thanh-son", "VN bui-thanh-son"});
}

TEST_CASE("A government that says 'he' did something reports the last person named", "[extract][speaker]") {
    CHECK(speakers({"Xi Jinping praised the plan.", "Vietnam's government said he also backed the target."}) ==
          std::vector<std::string>{"CN xi-jinping", "CN xi-jinping"});
    CHECK(speakers({"Xi Jinping praised the plan.", "Vietnam's government said it backed the target."}) ==
          std::vector<std::string>{"CN xi-jinping", "VN"});
}

TEST_CASE("A name after a preposition is not the speaker", "[extract][speaker]") {
    CHECK(speakers({"During his meeting with Xi on Friday, Son said ties matter."}) ==
          std::vector<std::string>{"VN bui-thanh-son"});
}

TEST_CASE("Both sides, the two leaders and they speak jointly", "[extract][speaker]") {
    CHECK(speakers({"The two sides agreed to act.", "Both leaders pledged more.", "They agreed to meet."}) ==
          std::vector<std::string>{"joint", "joint", "joint"});
}

TEST_CASE("A sentence framed as someone's account is theirs, whatever its subject", "[extract][speaker]") {
    CHECK(speakers({"Son said ties matter.", "In his account, the two countries had backed each other.",
                    "Relations, according to him, will grow."}) ==
          std::vector<std::string>{"VN bui-thanh-son", "VN bui-thanh-son", "VN bui-thanh-son"});
}

TEST_CASE("A person named before 'in his view' speaks, not the one named last", "[extract][speaker]") {
    CHECK(speakers({"Xi said ties matter.", "Son pointed out that ties had grown, which in his view showed how far "
                                            "relations had come."}) ==
          std::vector<std::string>{"CN xi-jinping", "VN bui-thanh-son"});
}

TEST_CASE("A title the article never gave is the one person named who held it at earlier meetings",
          "[extract][speaker]") {
    model::Dataset catalog = small_catalog();
    model::Meeting earlier{.id = "earlier", .kind = model::MeetingKind::talks, .title = {}, .place = {},
                           .date = model::PartialDate::of_day(2024_y / 1 / 5)};
    earlier.participants = {{{"xi-jinping", {}}, "President of China", {}},
                            {{"to-lam", {}}, "General Secretary of the Communist Party of Viet Nam", {}}};
    catalog.meetings.push_back(earlier);
    catalog.index();
    CHECK(drafted("Xi Jinping held talks with To Lam in Hanoi on Monday. To Lam said ties matter. The president "
                  "pledged more people-to-people exchange.\n",
                  catalog) == std::vector<std::string>{"people-exchanges CN pledge"});
    // Of the side it names, if it names one: Xi held "president", but not for Viet Nam.
    CHECK(drafted("Xi Jinping held talks with To Lam in Hanoi on Monday. Xi said ties matter. The Vietnamese "
                  "president pledged more people-to-people exchange.\n",
                  catalog) == std::vector<std::string>{"people-exchanges VN pledge"});
}

TEST_CASE("Both men, the two chiefs and the two capitals speak jointly", "[extract][speaker]") {
    CHECK(speakers({"Both men welcomed the trend.", "The two chiefs pledged more.", "The two capitals agreed."}) ==
          std::vector<std::string>{"joint", "joint", "joint"});
}

TEST_CASE("Two people of different sides joined by and speak jointly", "[extract][speaker]") {
    CHECK(speakers({"To Lam and Xi Jinping agreed to meet again."}) == std::vector<std::string>{"joint"});
}

TEST_CASE("A reporting verb after the statement names its speaker", "[extract][speaker]") {
    CHECK(speakers({"Xi said ties matter.", "Vietnam will buy more, Son said."}) ==
          std::vector<std::string>{"CN xi-jinping", "VN bui-thanh-son"});
}

TEST_CASE("A title refers to the person introduced with it", "[extract][speaker]") {
    CHECK(speakers({"Son received Chinese Ambassador He Wei in Hanoi.", "Son urged more trade.",
                    "The diplomat pledged to help."}) ==
          std::vector<std::string>{"none", "VN bui-thanh-son", "CN he-wei"});
}

TEST_CASE("A sentence without a subject keeps the previous speaker", "[extract][speaker]") {
    CHECK(speakers({"Xi said ties matter.", "Also, more trade should follow."}) ==
          std::vector<std::string>{"CN xi-jinping", "CN xi-jinping"});
}

TEST_CASE("Due years come from 'in 2025', 'next year' and 'this year' near the phrase", "[extract][dates]") {
    const std::vector<Token> in_2025 = tokenize("break ground on the line in 2025");
    const auto due = find_due(in_2025, 4, 5, 2024_y);
    REQUIRE(due);
    CHECK(due->date.to_string() == "2025");
    CHECK_FALSE(due->stated);

    const std::vector<Token> next = tokenize("next year marks the 75th anniversary");
    const auto next_year = find_due(next, 4, 6, 2024_y);
    REQUIRE(next_year);
    CHECK(next_year->date.to_string() == "2025");
    CHECK(next_year->stated == model::RelativeYear::next_year);

    const std::vector<Token> end_of_year = tokenize("finish the study by the end of this year");
    const auto this_year = find_due(end_of_year, 1, 3, 2025_y);
    REQUIRE(this_year);
    CHECK(this_year->date.to_string() == "2025");
    CHECK(this_year->stated == model::RelativeYear::this_year);
}

TEST_CASE("A year before the meeting is history, not a due date", "[extract][dates]") {
    CHECK_FALSE(find_due(tokenize("the partnership set up in 2008"), 1, 2, 2024_y));
}

TEST_CASE("A stated weekday resolves to the latest such day on or before publication", "[extract][dates]") {
    CHECK(meeting_date("Son met He Wei on Monday in Hanoi.\n", 2025_y / 11 / 12) == "2025-11-10");
}

TEST_CASE("A weekday right after a word for the meeting beats an earlier weekday", "[extract][dates]") {
    CHECK(meeting_date(
              "A joint statement was issued on Tuesday. To Lam held talks with Xi on Monday in Beijing.\n",
              2024_y / 8 / 20) == "2024-08-19");
    CHECK(meeting_date("The two countries pledged on Tuesday to build railways, a day after To Lam held "
                       "talks with Xi on Monday in Beijing.\n",
                       2024_y / 8 / 20) == "2024-08-19");
}

TEST_CASE("A weekday told with the meeting beats a day stated later for an earlier meeting", "[extract][dates]") {
    CHECK(meeting_date("Chinh met Li Qiang in Rio on Monday. The two had last met in Tianjin on June 24.\n",
                       2025_y / 7 / 8) == "2025-07-07");
}

TEST_CASE("A weekday a visit ended on dates no meeting", "[extract][dates]") {
    CHECK(meeting_date("Li Qiang ended a visit to Vietnam on Monday. The plan was laid out when he sat down "
                       "for talks with his counterpart Pham Minh Chinh in Hanoi on Sunday.\n",
                       2024_y / 10 / 16) == "2024-10-13");
}

TEST_CASE("Of weekdays that date meetings, the first in the article counts", "[extract][dates]") {
    CHECK(meeting_date("Chinh held talks with Li Qiang in Hanoi on Sunday. A summary of Li's meeting with "
                       "To Lam on Saturday left the sea out.\n",
                       2024_y / 10 / 16) == "2024-10-13");
}

TEST_CASE("A day long before publication is not the stated weekday, though it fell on one", "[extract][dates]") {
    CHECK(meeting_date("Ties were set up on January 18, 1950. Xi and To Lam spoke by phone on Wednesday.\n",
                       2025_y / 1 / 16) == "2025-01-15");
}

TEST_CASE("A weekday after a word for the meeting beats one before it in the same sentence", "[extract][dates]") {
    CHECK(meeting_date("The two sides issued a joint statement on Monday after talks between Chinh and Li "
                       "Qiang on Sunday.\n",
                       2024_y / 10 / 16) == "2024-10-13");
}

TEST_CASE("A weekday on the publication day itself is that day", "[extract][dates]") {
    CHECK(meeting_date("Xi met Son on Tuesday.\n", 2024_y / 12 / 10) == "2024-12-10");
}

TEST_CASE("A stated day that matches the stated weekday is the meeting date", "[extract][dates]") {
    CHECK(meeting_date("Xi meets Son, Beijing, December 10, 2024\n\nThe leaders met on Tuesday. Work runs "
                       "until December 14, 2024.\n",
                       std::nullopt) == "2024-12-10");
}

TEST_CASE("A day written without a year takes the publication year", "[extract][dates]") {
    CHECK(meeting_date("They held talks on June 24 in Tianjin.\n", 2025_y / 6 / 25) == "2025-06-24");
}

TEST_CASE("Without a day, the month and year in context give a window", "[extract][dates]") {
    CHECK(meeting_date("On Monday, Son praised the plenum held in October. The line should start in 2025.\n",
                       std::nullopt) == "2025-10-01..2025-12-31 (monday)");
}

TEST_CASE("A line holding only a date and time is the publication day, not the meeting day",
          "[extract][dates]") {
    const DateClues clues = clues_of(
        "Thursday, October 24, 2024\nPM meets Xi in Kazan\nOctober 24, 2024 07:45 GMT+7\n\n"
        "Pham Minh Chinh met Xi Jinping on October 23 in Kazan.\n");
    REQUIRE(clues.published);
    CHECK(model::format_day(*clues.published) == "2024-10-24");
    CHECK_FALSE(clues.weekday);
    const auto date = resolve_meeting_date(clues, std::nullopt);
    REQUIRE(date);
    CHECK(date->date.to_string() == "2024-10-23");
}

TEST_CASE("The day in the sentence telling of the meeting comes before other stated days", "[extract][dates]") {
    CHECK(
        meeting_date("The agreement signed on December 10, 2024 was the basis. The committee held its first "
                     "session in Beijing on September 23.\n",
                     2025_y / 9 / 30) == "2025-09-23");
}

TEST_CASE("A month mentioned without a day gives that month's window, the latest on or before publication",
          "[extract][dates]") {
    CHECK(meeting_date("Xi arrived for a state visit in December and met Hue.\n", 2024_y / 1 / 9) ==
          "2023-12-01..2023-12-31");
}

TEST_CASE("Nothing to date a meeting by gives no date", "[extract][dates]") {
    CHECK_FALSE(resolve_meeting_date(clues_of("The leaders met and talked.\n"), std::nullopt));
}

TEST_CASE("Page furniture is set aside and the page tail cut off", "[extract][article]") {
    const Article article = read_article(
        "Our Privacy Statement & Cookie Policy\n"
        "I agree\n"
        "Xi meets Son in Beijing /Xinhua\n"
        "Xi meets Son in Beijing /Xinhua\n"
        "Xi met Son on Tuesday. He said Mr. Son is welcome.\n"
        "{\"type\":2,\"value\":\"CGTN\"}\n"
        "MORE FROM CGTN\n"
        "Other news agreed to everything.\n");
    std::vector<std::string> sentences;
    for (const Sentence& s : article.sentences) sentences.push_back(std::string(s.text) + (s.body ? "" : " [caption]"));
    CHECK(sentences == std::vector<std::string>{"Xi meets Son in Beijing /Xinhua [caption]", "Xi met Son on Tuesday.",
                                                "He said Mr. Son is welcome."});
    REQUIRE(article.headline);
    CHECK(*article.headline == "Xi meets Son in Beijing /Xinhua");
}

TEST_CASE("Character offsets count code points, not bytes", "[extract][article]") {
    const Article article = read_article("Hà Nội hosts talks.");
    CHECK(article.char_offset(std::string("Hà Nội ").size()) == 7);
}

TEST_CASE("A modal after 'believes' is an expectation, not a pledge", "[extract][kind]") {
    CHECK(kind_at("He said he believes Vietnam will reach its goals.", "its goals") == model::PledgeKind::affirmation);
}

TEST_CASE("A verb in a relative clause does not govern the sentence", "[extract][kind]") {
    CHECK(kind_at("Son congratulated China on the plenum, which set out the plan.", "the plan") ==
          model::PledgeKind::congratulation);
}

TEST_CASE("A pronoun before a reporting verb without a comma is not a reporting frame", "[extract][speaker]") {
    CHECK(speakers({"Nguyen Phu Trong is absent.", "Xi Jinping said he believes the visit matters."}) ==
          std::vector<std::string>{"none", "CN xi-jinping"});
}

TEST_CASE("A sign-off after the last sentence keeps it in the body", "[extract][article]") {
    const Article article = read_article("Xi met Son on Tuesday.\n\nHe pledged to help both peoples. — VNA/VNS\n");
    REQUIRE(article.sentences.size() >= 2);
    CHECK(article.sentences[1].text == "He pledged to help both peoples.");
    CHECK(article.sentences[1].body);
}

TEST_CASE("A link list within the story is set aside and the story resumes after it", "[extract][article]") {
    const Article article = read_article(
        "Huy urged the two sides to speed up the projects.\n"
        "READ MORE\n"
        "Lao Cai railway: land clearance to be completed this year\n"
        "Hanoi to build new rail hub\n"
        "At a meeting in Hanoi on Monday, the Prime Minister told ministries to act promptly on the outcomes.\n");
    std::vector<std::string> sentences;
    for (const Sentence& s : article.sentences) sentences.push_back(std::string(s.text));
    CHECK(sentences == std::vector<std::string>{
                           "Huy urged the two sides to speed up the projects.",
                           "At a meeting in Hanoi on Monday, the Prime Minister told ministries to act promptly on the outcomes."});
}

TEST_CASE("A sentence ending in a closing single quote is prose", "[extract][article]") {
    const Article article = read_article("They agreed to follow the 'six major orientations.' He thanked Li.\n");
    REQUIRE(article.sentences.size() == 2);
    CHECK(article.sentences[0].text == "They agreed to follow the 'six major orientations.'");
    CHECK(article.sentences[0].body);
}

TEST_CASE("The day stated where the article tells of the meeting beats a weekday given for a later event",
          "[extract][dates]") {
    CHECK(meeting_date(
              "The committee held its first session in Beijing on September 23. The memorandum was inked on "
              "April 14. At a government meeting on Monday, the Prime Minister reviewed the results.\n",
              2025_y / 9 / 30) == "2025-09-23");
}

TEST_CASE("A person a sentence opens with is whom the next pronoun means", "[extract][speaker]") {
    CHECK(speakers({"Xi Jinping said ties matter.", "Bui Thanh Son's agenda was longer.", "He urged China to act."}) ==
          std::vector<std::string>{"CN xi-jinping", "none", "VN bui-thanh-son"});
}

TEST_CASE("A quotation running over several sentences is the speaker's its attribution names", "[extract][speaker]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\nTo Lam said ties matter.\n\n"
                  "\u201CWe will give market access for Vietnamese agricultural products. We are good "
                  "friends,\u201D Xi said.\n") == std::vector<std::string>{"market-access CN pledge"});
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\nTo Lam said ties matter.\n\n"
                  "\"We will give market access for Vietnamese agricultural products. It is a win,\" said a "
                  "Western diplomat.\n")
              .empty());
}

TEST_CASE("Documents whose signing the leaders witnessed are a joint agreement", "[extract][kind]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "Xi and Lam witnessed the exchange of a protocol on market access for Vietnamese "
                  "agricultural products.\n") == std::vector<std::string>{"market-access joint agreement"});
}

TEST_CASE("Documents signed in the leaders' presence are a joint agreement, whoever signed", "[extract][kind]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "Xi said China will help. Officials signed a protocol on market access for Vietnamese "
                  "agricultural products in the presence of Xi and Lam.\n") ==
          std::vector<std::string>{"market-access joint agreement"});
}

TEST_CASE("A dash inside the last sentence of a line is not a sign-off", "[extract][article]") {
    const Article article = read_article("Xi proposed building the Lao Cai – Hanoi – Hai Phong line.\n");
    REQUIRE(article.sentences.size() == 1);
    CHECK(article.sentences[0].body);
}

TEST_CASE("A route alias also matches its places without the word line or railway", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[0].aliases.push_back("Dong Dang–Hanoi line");
    const Gazetteer gazetteer(catalog);
    CHECK(matched_ids(gazetteer, "faster work on the Dong Dang – Hanoi and other lines") ==
          std::vector<std::string>{"rail-lao-cai"});
    CHECK(matched_ids(gazetteer, "work in Hanoi").empty());
}

TEST_CASE("What signed documents include or cover is agreed by both sides", "[extract][kind]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "Xi said ties matter. The documents also included a plan for people-to-people exchanges.\n") ==
          std::vector<std::string>{"people-exchanges joint agreement"});
    CHECK(kind_at("The plan includes people-to-people exchanges.", "people") == std::nullopt);
}

TEST_CASE("Documents named as the subject early in the clause still make what they cover agreed", "[extract][kind]") {
    CHECK(kind_at("Three protocols between the two farm ministries cover people-to-people exchanges.", "people") ==
          model::PledgeKind::agreement);
    CHECK(kind_at("Under the protocols, the plan covers people-to-people exchanges.", "people") == std::nullopt);
}

TEST_CASE("What a session aimed or sought to do is pledged by both sides", "[extract][kind]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "The session aimed to build a community with a shared future.\n") ==
          std::vector<std::string>{"shared-future joint pledge"});
}

TEST_CASE("Cooperation in a field, or in each field of a list, matches the alias naming that field's cooperation", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[1].aliases.push_back("security cooperation");
    catalog.items[2].aliases.push_back("science and technology cooperation");
    const Gazetteer gazetteer(catalog);
    CHECK(matched_ids(gazetteer, "stronger cooperation in the security field") == std::vector<std::string>{"unclos"});
    CHECK(matched_ids(gazetteer, "cooperation on science and technology") ==
          std::vector<std::string>{"people-exchanges"});
    CHECK(matched_ids(gazetteer, "cooperation in Hanoi").empty());
    CHECK(matched_ids(gazetteer, "cooperation in tourism, security and science and technology") ==
          std::vector<std::string>{"unclos", "people-exchanges"});
    CHECK(matched_ids(gazetteer, "cooperation in tourism, make security gains").empty());
}

TEST_CASE("A title belongs to the name right after it, not to a name before it", "[extract][speaker]") {
    CHECK(speakers({"Prime Minister Bui Thanh Son and President Xi Jinping met in Hanoi.",
                    "The Prime Minister pledged to help."}) == std::vector<std::string>{"none", "VN bui-thanh-son"});
}

TEST_CASE("Someone outside the catalog quoted by the article speaks for neither side", "[extract][speaker]") {
    CHECK(speakers({"Xi Jinping said ties matter.",
                    "\"Beijing counts on the party channel,\" said a Western diplomat in Hanoi.",
                    "\"Hanoi clearly wanted market access in return.\"", "He also urged more trade."}) ==
          std::vector<std::string>{"CN xi-jinping", "none", "none", "CN xi-jinping"});
}

TEST_CASE("A specialist or another analyst outside the catalog speaks for neither side", "[extract][speaker]") {
    CHECK(speakers({"Xi Jinping said ties matter.",
                    "\"Hanoi will read it as a win,\" said a Southeast Asia specialist at a think tank.",
                    "Another regional analyst noted that Beijing pairs promises with calls."}) ==
          std::vector<std::string>{"CN xi-jinping", "none", "none"});
}

TEST_CASE("Leaders of member countries at a summit speak for neither side", "[extract][speaker]") {
    CHECK(speakers({"To Lam said ties matter.", "Leaders of member and partner countries discussed public health.",
                    "Other leaders stressed climate finance."}) ==
          std::vector<std::string>{"VN to-lam", "none", "none"});
}

TEST_CASE("A third country as the subject speaks for neither side, also after ', and'", "[extract][speaker]") {
    CHECK(speakers({"To Lam said ties matter.", "Manila has sought closer security ties with Hanoi.",
                    "Boats were blocked near the shoal, and Manila has sought closer ties."}) ==
          std::vector<std::string>{"VN to-lam", "none", "none"});
}

TEST_CASE("What one side signed with a third country is no pledge of the meeting", "[extract][kind]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday.\n\n"
                  "Vietnam and the Philippines signed agreements on people-to-people exchanges in January.\n")
              .empty());
}

TEST_CASE("Wanting, inviting, 'had to' and voicing support give their kinds", "[extract][kind]") {
    CHECK(kind_at("He wanted the two legislatures to deepen exchanges.", "exchanges") == model::PledgeKind::proposal);
    CHECK(kind_at("Differences, he added, had to be properly handled.", "properly") == model::PledgeKind::proposal);
    CHECK(kind_at("Xi invited Hue to visit China.", "visit") == model::PledgeKind::proposal);
    CHECK(kind_at("Xi voiced support for cooperation between the legislatures.", "cooperation") ==
          model::PledgeKind::support);
}

TEST_CASE("An acronym only one item is written with names that item alone", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[1].title = "Coordination within BRICS";
    catalog.index();
    const KeywordMatcher keywords(catalog);
    const std::vector<Token> tokens = tokenize("welcomed its role in BRICS and will work with BRICS members");
    std::vector<std::string> ids;
    for (const Mention& m : keywords.find(tokens, {})) ids.push_back(m.name->id);
    CHECK(ids == std::vector<std::string>{"unclos", "unclos"});
    CHECK(keywords.find(tokenize("the brics of the wall"), {}).empty());
}

TEST_CASE("The subject of a sentence that states nothing is whom the next pronoun means", "[extract][speaker]") {
    CHECK(speakers({"Xi Jinping said ties matter.", "In Kazan, Bui Thanh Son conveyed greetings to Xi Jinping.",
                    "He urged China to act."}) == std::vector<std::string>{"CN xi-jinping", "none", "VN bui-thanh-son"});
}

TEST_CASE("Seeking something is a request, calling for it a proposal", "[extract][kind]") {
    CHECK(kind_at("He sought access to the Chinese market for avocados.", "avocados") == model::PledgeKind::request);
    CHECK(kind_at("The session sought to speed up the line.", "the line") == model::PledgeKind::pledge);
    CHECK(kind_at("He called for faster customs clearance.", "faster") == model::PledgeKind::proposal);
}

TEST_CASE("Welcoming a role backs it, welcoming a development states it", "[extract][kind]") {
    CHECK(kind_at("He welcomed China's role in BRICS.", "BRICS") == model::PledgeKind::support);
    CHECK(kind_at("They welcomed the growth in bilateral trade.", "bilateral") == model::PledgeKind::affirmation);
}

TEST_CASE("Directing one's own ministries commits one's side; asking the other side's is a request", "[extract][kind]") {
    CHECK(kind_at("He asked the Ministry of Construction to finish the line.", "the line") == model::PledgeKind::pledge);
    CHECK(kind_at("He told ministries and agencies to finish the line.", "the line") == model::PledgeKind::pledge);
    CHECK(kind_at("He asked Chinese ministries to finish the line.", "the line") == model::PledgeKind::request);
}

TEST_CASE("What the sides discussed or went over is a statement", "[extract][kind]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "The two sides discussed people-to-people exchanges.\n") ==
          std::vector<std::string>{"people-exchanges joint affirmation"});
    CHECK(kind_at("The ministers also went over the line.", "the line") == model::PledgeKind::affirmation);
}

TEST_CASE("A short name inside someone else's full name names nobody", "[extract][alias]") {
    const Gazetteer gazetteer(small_catalog());
    CHECK(matched_ids(gazetteer, "By Nguyen Son Anh and Oliver Hartley").empty());
    CHECK(matched_ids(gazetteer, "Vietnamese PM Son said so") == std::vector<std::string>{"bui-thanh-son"});
    CHECK(matched_ids(gazetteer, "Xi Visits Hanoi") == std::vector<std::string>{"xi-jinping"});
}

TEST_CASE("'The committee' refers back to the committee the article named before", "[extract][alias]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "Xi said the Joint Railway Cooperation Committee matters. The two sides agreed to strengthen the "
                  "committee.\n") ==
          std::vector<std::string>{"rail-committee CN affirmation", "rail-committee joint agreement"});
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "The two sides agreed to strengthen the committee.\n")
              .empty());
}

TEST_CASE("'The committee' refers back to a name with words after its head noun", "[extract][alias]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "Xi said the Committee for Railway Cooperation matters. The two sides agreed to strengthen the "
                  "committee.\n") ==
          std::vector<std::string>{"rail-committee CN affirmation", "rail-committee joint agreement"});
}

TEST_CASE("A clause after ', while' has its own speaker", "[extract][speaker]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "Lam urged China to widen market access for Vietnamese agricultural products, while Xi pledged "
                  "more people-to-people exchanges.\n") ==
          std::vector<std::string>{"market-access VN request", "people-exchanges CN pledge"});
}

TEST_CASE("A span stated where the article tells of the meeting gives a window", "[extract][dates]") {
    CHECK(meeting_date(
              "Minh made the statement at a recent meeting with Liu Wei in Beijing, held during his trip to "
              "China from March 24 to 26.\n",
              2025_y / 3 / 28) == "2025-03-24..2025-03-26");
}

TEST_CASE("What a joint statement says both sides will do is an agreement", "[extract][kind]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "Under the statement, the two countries will expand people-to-people exchanges.\n") ==
          std::vector<std::string>{"people-exchanges joint agreement"});
}

TEST_CASE("A route told by its places matches the route's alias", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[0].aliases.push_back("Lao Cai–Hanoi–Hai Phong line");
    const Gazetteer gazetteer(catalog);
    CHECK(matched_ids(gazetteer, "a line from the border province of Lao Cai through Hanoi to the port city of Haiphong") ==
          std::vector<std::string>{"rail-lao-cai"});
    CHECK(matched_ids(gazetteer, "flights from Lao Cai to Da Nang").empty());
    CHECK(matched_ids(gazetteer, "from Lao Cai, Hanoi and Haiphong").empty());
}

TEST_CASE("What a joint statement names, whatever its verb, is agreed", "[extract][kind]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "The statement names people-to-people exchanges among the priorities.\n") ==
          std::vector<std::string>{"people-exchanges joint agreement"});
}

TEST_CASE("A bare report about an item takes the kind the catalog's meetings mostly give it", "[extract][kind]") {
    const model::Dataset catalog = catalog_recording("shared-future", model::PledgeKind::support, 3);
    const std::string article = "Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                                "Xi noted the community with a shared future. Lam said people-to-people exchanges matter.\n";
    CHECK(drafted(article, catalog) ==
          std::vector<std::string>{"shared-future CN support", "people-exchanges VN affirmation"});
    CHECK(drafted(article) == std::vector<std::string>{"shared-future CN affirmation", "people-exchanges VN affirmation"});
}

TEST_CASE("The person someone told something is the listener, not the speaker", "[extract][speaker]") {
    CHECK(speakers({"Son, on a visit to China, told Xi that the two sides should act."}) ==
          std::vector<std::string>{"VN bui-thanh-son"});
}

TEST_CASE("Gerunds are cues too, and agreeing with someone is no agreement", "[extract][kind]") {
    CHECK(kind_at("Calling for closer contacts at all levels, Son said ties matter.", "closer") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("He spoke, urging China to open its market.", "its market") == model::PledgeKind::request);
    CHECK(kind_at("He, agreeing with Son's opinions, said 2025 matters.", "2025") == model::PledgeKind::affirmation);
}

TEST_CASE("An adverb inside a cue of several words leaves its kind alone", "[extract][kind]") {
    CHECK(kind_at("Viet Nam is strongly determined politically to put the consensus into practice.", "consensus") ==
          model::PledgeKind::pledge);
    CHECK(kind_at("The two sides agreed again to speed up the railway.", "railway") == model::PledgeKind::agreement);
}

TEST_CASE("A titled name before 'has said' at the end of a statement is its speaker", "[extract][speaker]") {
    CHECK(speakers({"Viet Nam will act on the shared future, Foreign Minister Bui Thanh Son has said."}) ==
          std::vector<std::string>{"VN bui-thanh-son"});
}

TEST_CASE("A title asking one side to act belongs to the person holding it on the other side", "[extract][speaker]") {
    CHECK(speakers({"Minister Bui Thanh Son met Chinese Minister He Wei.",
                    "The minister asked the Chinese side to speed up the railway."}) ==
          std::vector<std::string>{"none", "VN bui-thanh-son"});
}

TEST_CASE("'Would' in a sentence naming no one describes and pledges nothing", "[extract][kind]") {
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "To Lam said people-to-people exchanges matter. The line would link Lao Cai - Hanoi - Hai Phong.\n") ==
          std::vector<std::string>{"people-exchanges VN affirmation"});
}

TEST_CASE("Documents signed over a past span are a record, not an agreement of the meeting", "[extract][kind]") {
    CHECK(kind_at("From late 2023 to December 2024, the ministries signed six railway documents.", "railway") ==
          model::PledgeKind::affirmation);
    CHECK(kind_at("The ministries have signed six railway documents so far.", "railway") ==
          model::PledgeKind::affirmation);
    CHECK(kind_at("The ministries signed six railway documents.", "railway") == model::PledgeKind::agreement);
}

TEST_CASE("Resolve and every effort to act are pledges", "[extract][kind]") {
    CHECK(kind_at("Viet Nam has the political resolve to carry out the consensus.", "consensus") ==
          model::PledgeKind::pledge);
    CHECK(kind_at("The Vietnamese side is making every effort to start the railway.", "railway") ==
          model::PledgeKind::pledge);
}

TEST_CASE("Cooperation or exchanges between two parties match the alias naming them first", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[1].aliases.push_back("parliamentary cooperation");
    const Gazetteer gazetteer(catalog);
    CHECK(matched_ids(gazetteer, "cooperation between the two legislatures") == std::vector<std::string>{"unclos"});
    CHECK(matched_ids(gazetteer, "exchanges between the two peoples") ==
          std::vector<std::string>{"people-exchanges"});
    CHECK(matched_ids(gazetteer, "exchanges between ordinary people") == std::vector<std::string>{"people-exchanges"});
    CHECK(matched_ids(gazetteer, "cooperation between Hanoi and Beijing").empty());
}

TEST_CASE("The weekday someone told a visitor something dates the meeting", "[extract][dates]") {
    CHECK(meeting_date("Li Qiang told visiting Prime Minister Chinh on Saturday that China would buy more. "
                       "The two had met on September 6 in Jakarta.\n",
                       2023_y / 9 / 17) == "2023-09-16");
    CHECK(meeting_date("The two premiers met in Jakarta, the foreign ministry said in a statement. Li told "
                       "reporters on Sunday that ties were good. The leaders had met on September 6.\n",
                       2023_y / 9 / 17) == "2023-09-06");
}

TEST_CASE("The weekday of an arrival dates the meeting only when no other weekday is stated", "[extract][dates]") {
    CHECK(meeting_date("Hue landed in Beijing on Sunday, and on Monday he was received by Xi.\n", 2024_y / 4 / 11) ==
          "2024-04-08");
    CHECK(meeting_date("Hue landed in Beijing on Sunday for a visit.\n", 2024_y / 4 / 11) == "2024-04-07");
}

TEST_CASE("A page's JSON-LD datePublished is its publication day when no time stamp line gives one", "[extract][dates]") {
    const DateClues clues =
        clues_of("Xi met Hue on Monday in Beijing.\n\n"
                 "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-04-11T07:20:00+08:00\"}\n");
    REQUIRE(clues.published);
    CHECK(*clues.published == 2024_y / 4 / 11);
}

TEST_CASE("A call on both sides for what the catalog's meetings mostly ask of one side is a request", "[extract][kind]") {
    const std::string article = "Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                                "To Lam called on both sides to widen market access for Vietnamese agricultural products.\n";
    CHECK(drafted(article, catalog_recording("market-access", model::PledgeKind::request, 3)) ==
          std::vector<std::string>{"market-access VN request"});
    CHECK(drafted(article) == std::vector<std::string>{"market-access VN proposal"});
}

TEST_CASE("What the catalog's meetings mostly ask for within an item's group is asked for too", "[extract][kind]") {
    model::Dataset catalog = catalog_recording("unclos", model::PledgeKind::request, 3);
    catalog.groups.push_back({.id = "asks", .category = {}, .title = "Asks", .description = {}, .at = {}});
    for (const char* id : {"unclos", "market-access"}) {
        const auto item = std::find_if(catalog.items.begin(), catalog.items.end(),
                                       [&](const model::Item& i) { return i.id == id; });
        item->group = model::Ref{"asks", {}};
    }
    catalog.index();
    CHECK(drafted("Xi Jinping met To Lam in Hanoi on April 14, 2025.\n\n"
                  "To Lam called on both sides to widen market access for Vietnamese agricultural products.\n",
                  catalog) == std::vector<std::string>{"market-access VN request"});
}

TEST_CASE("Ordinals and 'most favourable' are no distinctive words of an item", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[3].aliases.push_back("13th Party Congress resolution");
    catalog.items[4].aliases.push_back("most favourable loan conditions");
    catalog.index();
    const KeywordMatcher matcher(catalog);
    CHECK(matcher.find(tokenize("ahead of the 13th congress"), {}).empty());
    CHECK(matcher.find(tokenize("create the most favourable conditions for the ambassador"), {}).empty());
    REQUIRE(matcher.find(tokenize("the resolution of the congress"), {}).size() == 1);
}

TEST_CASE("Each field of a list before 'ties' or 'cooperation', or after 'fields:', matches that field's cooperation",
          "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[1].aliases.push_back("trade cooperation");
    catalog.items[2].aliases.push_back("investment cooperation");
    catalog.index();
    const Gazetteer gazetteer(catalog);
    CHECK(matched_ids(gazetteer, "deepen economic, trade and investment ties") ==
          std::vector<std::string>{"unclos", "people-exchanges"});
    CHECK(matched_ids(gazetteer, "trade, investment and tourism cooperation") ==
          std::vector<std::string>{"unclos", "people-exchanges"});
    CHECK(matched_ids(gazetteer, "trade, tourism").empty());
    CHECK(matched_ids(gazetteer, "deeper work in a long list of fields: commerce and investment, culture") ==
          std::vector<std::string>{"unclos", "people-exchanges"});
}

TEST_CASE("Words saying what kind of place follows 'in' are no part of an alias", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[1].aliases.push_back("consulate general in Chongqing");
    catalog.index();
    const Gazetteer gazetteer(catalog);
    CHECK(matched_ids(gazetteer, "open a consulate general in the southwestern Chinese city of Chongqing") ==
          std::vector<std::string>{"unclos"});
    CHECK(matched_ids(gazetteer, "a consulate general in the city and then in Chongqing").empty());
}

TEST_CASE("An item's words before a comma and the speaker's name still name the item", "[extract][alias]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. China will open its market to more farm products, Xi "
                  "said.\n") == std::vector<std::string>{"market-access CN pledge"});
}

TEST_CASE("An item named right after an alias ending in 'more' or 'of' is that alias's object", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[2].aliases.push_back("import more");
    catalog.index();
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi promised China would import more of Vietnam's "
                  "farm products.\n",
                  catalog) == std::vector<std::string>{"people-exchanges CN pledge"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi promised China would import more, and open its "
                  "market to Vietnamese farm products.\n",
                  catalog) == std::vector<std::string>{"people-exchanges CN pledge", "market-access CN pledge"});
}

TEST_CASE("Two bare fields paired with each other match their cooperation without a word for it",
          "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[1].aliases.push_back("trade cooperation");
    catalog.items[2].aliases.push_back("investment cooperation");
    catalog.index();
    const Gazetteer gazetteer(catalog);
    CHECK(matched_ids(gazetteer, "use their dialogue channels to expand trade and investment") ==
          std::vector<std::string>{"unclos", "people-exchanges"});
    CHECK(matched_ids(gazetteer, "trade, investment and tourism were growing fast") ==
          std::vector<std::string>{"unclos", "people-exchanges"});
    CHECK(matched_ids(gazetteer, "expand trade and tourism").empty());
    CHECK(matched_ids(gazetteer, "the trade in services and investment in plants").empty());
}

TEST_CASE("'Every' and 'all' are one word to aliases", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[2].aliases.push_back("exchanges at all levels");
    catalog.index();
    CHECK(matched_ids(Gazetteer(catalog), "keep up exchanges at every level") ==
          std::vector<std::string>{"people-exchanges"});
}

TEST_CASE("An item's words are one phrase, not across a comma and the start of another", "[extract][alias]") {
    const KeywordMatcher matcher(small_catalog());
    CHECK(matcher.find(tokenize("they reopened the market, the farm ministry said"), {}).empty());
    REQUIRE(matcher.find(tokenize("they reopened the market to farm produce"), {}).size() == 1);
}

TEST_CASE("Words such as 'what', 'had' and 'over' in an alias are no distinctive words of its item", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[1].aliases.push_back("what the top leaders had agreed");
    catalog.index();
    CHECK(KeywordMatcher(catalog).find(tokenize("what the talks had agreed"), {}).empty());
    catalog.items[2].aliases.push_back("back over 75 years of exchange");
    catalog.index();
    CHECK(KeywordMatcher(catalog).find(tokenize("he looked back over the plans"), {}).empty());
}

TEST_CASE("Rail and railway are one word to aliases", "[extract][alias]") {
    model::Dataset catalog = small_catalog();
    catalog.items[0].aliases.push_back("railway links");
    catalog.index();
    CHECK(matched_ids(Gazetteer(catalog), "agreed to boost rail links") == std::vector<std::string>{"rail-lao-cai"});
}

TEST_CASE("A line holding only a date, or a byline ending in one, is the page's time stamp", "[extract][dates]") {
    for (const char* stamp : {"August 20, 2024", "Aug 20, 2024", "Tuesday, August 20, 2024, 09:12", "2024-08-20 10:00",
                              "Updated 2024-08-20 10:00", "Tuesday, 20/8/2024, 14:35 (GMT+7)", "20.08.2024",
                              "Posted on 20 Aug 2024 at 3:10 PM", "By Staff Reporter | August 20, 2024",
                              "August 20, 2024 \xC2\xB7 10:15 AM (BRT, UTC-3)", "19:47 August 20, 2024 (KST)"}) {
        INFO(stamp);
        const DateClues clues =
            clues_of(std::string(stamp) + "\n\nTo Lam held talks with Xi Jinping in Beijing on Monday.\n");
        REQUIRE(clues.published);
        CHECK(*clues.published == 2024_y / 8 / 20);
    }
}

TEST_CASE("The weekday in the story's first sentence beats one after a meeting word later on", "[extract][dates]") {
    CHECK(meeting_date("Prime Minister Chinh used talks with Chinese Premier Li Qiang in the port city of Dalian on Monday "
                       "to press for trade. Chinh held a meeting with Xi in Beijing on Wednesday too.\n",
                       2024_y / 6 / 27) == "2024-06-24");
}

TEST_CASE("A title set off by commas between the meeting word and the weekday keeps the weekday with the meeting",
          "[extract][dates]") {
    CHECK(meeting_date("Xi Jinping opened a two-day state visit to Vietnam with a welcome ceremony in Hanoi. Xi held "
                       "talks with To Lam, general secretary of the Communist Party of Vietnam, on Monday. He sits "
                       "down for talks with Luong Cuong on Tuesday.\n",
                       2025_y / 4 / 15) == "2025-04-14");
}

TEST_CASE("Sitting down with someone is a word for the meeting", "[extract][dates]") {
    CHECK(meeting_date("The two co-chairs looked back over seventeen months of work and set out the next steps. "
                       "Quang and Wang sat down in Hanoi on Friday. Their aides had held talks on Thursday.\n",
                       2023_y / 12 / 2) == "2023-12-01");
}

TEST_CASE("A day in a clause about an earlier event is not the day the meeting is told with", "[extract][dates]") {
    CHECK(meeting_date("Quang and Wang chaired the 15th session of the committee, the first since the body met in "
                       "Nanning on July 13. The session in Hanoi ran on December 1.\n",
                       2023_y / 12 / 2) == "2023-12-01");
}

TEST_CASE("A day followed by 'last year' falls in the year before", "[extract][dates]") {
    CHECK(meeting_date("The committee met in Nanning on July 13 last year.\n", 2023_y / 12 / 2) == "2022-07-13");
}

TEST_CASE("A meeting in a clause about someone, or a document's day, dates no meeting", "[extract][dates]") {
    CHECK(meeting_date("Chinh proposed on Tuesday that Hanoi and Beijing study a new railway line. Chinh, who held "
                       "talks with Li Qiang on Monday, called for more contacts.\n",
                       2023_y / 6 / 28) == "2023-06-27");
    CHECK(meeting_date("The two sides will manage disputes, according to a joint statement issued on Tuesday. "
                       "To Lam held talks with Xi in Beijing on Monday.\n",
                       2024_y / 8 / 21) == "2024-08-19");
}

TEST_CASE("A weekday still to come dates no meeting", "[extract][dates]") {
    CHECK(meeting_date("HANOI, Jan 15 (Xinhua) -- Xi and To Lam spoke by phone, as the two countries mark an "
                       "anniversary which falls on Saturday.\n",
                       2025_y / 1 / 16) == "2025-01-15");
    CHECK(meeting_date("Chinh met Li on Monday in Dalian. His trip runs through Thursday and includes a meeting "
                       "with Xi on Wednesday.\n",
                       2024_y / 6 / 25) == "2024-06-24");
}

TEST_CASE("'Yesterday' is the day before publication", "[extract][dates]") {
    CHECK(meeting_date("Xi Jinping and To Lam held talks in Hanoi yesterday, the foreign ministry said.\n",
                       2025_y / 4 / 15) == "2025-04-14");
}

TEST_CASE("'Last night' is the day before publication and 'earlier today' the day itself", "[extract][dates]") {
    CHECK(meeting_date("Xi Jinping and To Lam spoke by telephone last night, days before the anniversary.\n",
                       2025_y / 1 / 16) == "2025-01-15");
    CHECK(meeting_date("Xi held talks with Luong Cuong in Hanoi earlier today. He flies to Kuala Lumpur later today. "
                       "Yesterday Xi held talks with To Lam.\n",
                       2025_y / 4 / 15) == "2025-04-15");
}

TEST_CASE("'Today' outside the story of the meeting dates nothing", "[extract][dates]") {
    CHECK(meeting_date("The two leaders held talks in Hanoi during the state visit. Vietnam today is China's biggest "
                       "partner in the region.\n",
                       2025_y / 4 / 16) == "2025-04-03..2025-04-16");
}

TEST_CASE("The days a trip began and ran until are not the meeting's", "[extract][dates]") {
    CHECK(meeting_date("When Hue arrived in Beijing on 7 April for an official visit that ran until 12 April, the "
                       "first leader to receive him was Xi, who met Hue at the Great Hall of the People on 8 April.\n",
                       2024_y / 4 / 15) == "2024-04-08");
}

TEST_CASE("A weekday after 'by' is a time limit, not the day of an event", "[extract][dates]") {
    CHECK(meeting_date("Beijing had not released its account of the summit's sideline meetings by Tuesday "
                       "morning. Chinh and Li held talks yesterday.\n",
                       2025_y / 7 / 8) == "2025-07-07");
}

TEST_CASE("A name or place of several words counts as one word between the meeting word and the weekday",
          "[extract][dates]") {
    CHECK(meeting_date("The premier came for trains and customers, and left with warm words.\n\nVietnam's prime "
                       "minister, Pham Minh Chinh, sat down with Xi Jinping in the Great Hall of the People on "
                       "Tuesday and came away with compliments.\n\nMr. Chinh is on a trip that began on Sunday. A "
                       "day before he saw Mr. Xi, he held talks with Premier Li Qiang, who used their session on "
                       "Monday to press for a code of conduct.\n",
                       2023_y / 6 / 28) == "2023-06-27");
}

TEST_CASE("A weekday naming a thing of that day ('Tuesday's decision') does not date the meeting",
          "[extract][dates]") {
    CHECK(meeting_date("The visit drew crowds along the way to the palace in the capital.\n\nXi told the head of "
                       "parliament yesterday that ties should stay on course. He cast Tuesday's decision as proof of "
                       "trust.\n",
                       2023_y / 12 / 14) == "2023-12-13");
}

TEST_CASE("After a standfirst, the sentence opening with a dateline is the lead", "[extract][dates]") {
    CHECK(meeting_date("Quang and Wang co-chaired the meeting in Hanoi, reviewing cooperation since their previous "
                       "session.\n\nHanoi (VNA) - Quang and Wang co-chaired the 15th meeting of the Steering Committee "
                       "for Bilateral Cooperation at the Government Headquarters in Hanoi on Friday.\n\nReviewing "
                       "cooperation since the 14th meeting, held in Nanning on July 13 last year, the two sides agreed "
                       "to do more.\n",
                       2023_y / 12 / 1) == "2023-12-01");
}

TEST_CASE("A key-points box before the story is not its lead", "[extract][dates]") {
    CHECK(meeting_date("Key points\n- Vietnam's premier met China's premier at the summit on Sunday.\n"
                       "- Both sides vowed to expand trade and investment.\n\n"
                       "Pham Minh Chinh sat down with Li Qiang on the sidelines of the summit in Rio yesterday.\n",
                       2025_y / 7 / 8) == "2025-07-07");
}

TEST_CASE("A span such as 'December 12-13' is a window when nothing else dates the meeting", "[extract][dates]") {
    CHECK(meeting_date("Xi paid a state visit to Hanoi on December 12-13 and held talks with Trong there.\n",
                       2023_y / 12 / 20) == "2023-12-12..2023-12-13");
}

TEST_CASE("A dateline's day gives way to a day its sentence states", "[extract][dates]") {
    CHECK(meeting_date("TIANJIN, June 25 (Bernama-VNA) -- Chinh urged faster rail links in talks with Li Qiang "
                       "held here on the afternoon of June 24.\n",
                       2025_y / 6 / 25) == "2025-06-24");
    CHECK(meeting_date("HANOI, Jan 15 (Xinhua) -- Xi and To Lam held phone talks.\n", 2025_y / 1 / 16) ==
          "2025-01-15");
}

TEST_CASE("'Both' before a verb speaks for both sides", "[extract][speaker]") {
    CHECK(speakers({"Both described the call as a good start."}) == std::vector<std::string>{"joint"});
}

TEST_CASE("A participle after a comma has the sentence's subject, not the nearest name", "[extract][speaker]") {
    CHECK(speakers({"Vietnam and China issued a statement as Xi Jinping ended a visit, agreeing to build a "
                    "community with a shared future."}) == std::vector<std::string>{"joint"});
    CHECK(kind_at("Vietnam and China issued a statement, agreeing to build a community with a shared future.",
                  "community") == model::PledgeKind::agreement);
}

TEST_CASE("A title of one side, with two of its people named, is the one of them who spoke last",
          "[extract][speaker]") {
    CHECK(drafted("Bui Thanh Son met Xi Jinping in Beijing on Monday, a day after meeting To Lam. Son said Hanoi "
                  "valued people-to-people exchange. Xi said China was ready to build a community with a shared "
                  "future. The Vietnamese minister then turned to the sea. He asked China to manage disagreements "
                  "at sea.\n") ==
          std::vector<std::string>{"people-exchanges VN affirmation", "shared-future CN pledge", "unclos VN request"});
}

TEST_CASE("A person named by title as a sentence's topic is whom the next 'he' means", "[extract][speaker]") {
    CHECK(drafted("To Lam met Xi Jinping in Beijing on Monday. Xi said China valued people-to-people exchange. "
                  "The Vietnamese leader then turned to the sea. He asked China to manage disagreements at sea.\n") ==
          std::vector<std::string>{"people-exchanges CN affirmation", "unclos VN request"});
}

TEST_CASE("Nudging someone to act requests it, being keen for something proposes it, looking on as it is "
          "presented agrees it",
          "[extract][kind]") {
    CHECK(kind_at("Chinh nudged Beijing to expand people-to-people exchange.", "people") == model::PledgeKind::request);
    CHECK(kind_at("Vietnam was keen for more people-to-people exchange.", "people") == model::PledgeKind::proposal);
    CHECK(kind_at("Trong and Xi looked on as a people-to-people exchange deal was presented.", "people") ==
          model::PledgeKind::agreement);
}

TEST_CASE("'The leaders' speak for both sides", "[extract][speaker]") {
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. Xi said China valued people-to-people exchange. The "
                  "leaders also pledged to manage disagreements at sea.\n") ==
          std::vector<std::string>{"people-exchanges CN affirmation", "unclos joint pledge"});
}

TEST_CASE("A side that was urged or asked to do something was asked by the other side", "[extract][speaker]") {
    CHECK(drafted("To Lam met Xi Jinping in Beijing on Monday. China was urged to expand people-to-people "
                  "exchange. Vietnam has been called on to manage disagreements at sea.\n") ==
          std::vector<std::string>{"people-exchanges VN request", "unclos CN request"});
}

TEST_CASE("The host and the visitor are the sides the meeting's country makes them", "[extract][speaker]") {
    CHECK(drafted("To Lam met Xi Jinping in Beijing on Monday. The visitor asked China to expand people-to-people exchange. "
                  "His host pledged to manage disagreements at sea.\n") ==
          std::vector<std::string>{"people-exchanges VN request", "unclos CN pledge"});
    CHECK(drafted("To Lam met Xi Jinping in Hanoi on Monday. The visiting leader asked Vietnam to expand "
                  "people-to-people exchange.\n") == std::vector<std::string>{"people-exchanges CN request"});
}

TEST_CASE("A dateline's place in capitals is no speaker", "[extract][speaker]") {
    CHECK(speakers({"HANOI -- Vietnam and China issued a statement, agreeing to build a community with a shared "
                    "future."}) == std::vector<std::string>{"joint"});
    CHECK(speakers({"Vietnam, for its part, reiterated its policy."}) == std::vector<std::string>{"VN"});
}

namespace {

Draft draft_of(std::string text) {
    static const model::Dataset catalog = small_catalog();
    return Extractor(catalog).draft(read_article(std::move(text)), {2025_y / 4 / 15, "a.txt"});
}

}  // namespace

TEST_CASE("The page's JSON-LD publisher names the outlet before a news agency the story cites", "[extract][source]") {
    const Draft draft = draft_of("Xi Jinping met To Lam in Hanoi on April 14, 2025, Xinhua reported.\n\n"
                                 "{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Asia "
                                 "Times\"}}\n");
    CHECK(draft.source.publisher == "Asia Times");
    CHECK(draft.source.outlet == model::OutletSide::third);
}

TEST_CASE("A credit in the page furniture names the outlet before one the story cites", "[extract][source]") {
    const Draft draft = draft_of("Bloomberg\n\nXi Jinping met To Lam in Hanoi on April 14, 2025, Viet Nam News "
                                 "reported.\n");
    CHECK(draft.source.publisher == "Bloomberg");
}

TEST_CASE("The meeting's place is where its sentence says it was held, before a byline's city", "[extract][meeting]") {
    const Article article = read_article("Premiers meet\n\nBy a Correspondent in Hanoi\n\nChinh arrived in Beijing "
                                         "on Friday. Li and Chinh held talks in Nanning on Saturday.\n");
    const std::optional<Place> place = find_place(article);
    REQUIRE(place);
    CHECK(place->name == "Nanning, China");
}

TEST_CASE("A page's Video menu or a linked story's phone talks make no phone call", "[extract][meeting]") {
    const std::string story = "Xi Jinping held talks with To Lam in Hanoi on April 14, 2025.\n";
    CHECK(draft_of("Home | World | Video | Opinion\n\n" + story).meeting.kind == model::MeetingKind::talks);
    CHECK(draft_of(story + "\n- Chinese, Vietnamese ministers hold phone talks\n").meeting.kind ==
          model::MeetingKind::talks);
    CHECK(draft_of("Xi Jinping held phone talks with To Lam on April 14, 2025.\n").meeting.kind ==
          model::MeetingKind::phone_call);
}

TEST_CASE("The people of a story that follows a key-points box take part in the meeting", "[extract][meeting]") {
    const Draft draft = draft_of("Key points\n- The two leaders met on the sidelines of the summit.\n"
                                 "- They vowed to expand trade.\n\n"
                                 "Xi Jinping met To Lam on the sidelines of the summit on April 14, 2025.\n");
    std::vector<std::string> people;
    for (const auto& participant : draft.meeting.participants) people.push_back(participant.person.id);
    CHECK(people == std::vector<std::string>{"xi-jinping", "to-lam"});
}

TEST_CASE("A quotation attributed after it with 'Mr X was quoted as saying' is X's, whoever its subject",
          "[extract][speaker]") {
    CHECK(speakers({"\"Both sides should act,\" Mr Xi was quoted as saying by Xinhua."}) ==
          std::vector<std::string>{"CN xi-jinping"});
    CHECK(speakers({"\"Both sides should act,\" said Mr Xi."}) == std::vector<std::string>{"CN xi-jinping"});
}

TEST_CASE("In a transcript, the person a question asks about is whom the answer's 'he' means", "[extract][speaker]") {
    CHECK(speakers({"HARLAN: Xi Jinping spoke first.", "MERCER: And Son - what did he come for?",
                    "HARLAN: He asked China to act."}) == std::vector<std::string>{"none", "none", "VN bui-thanh-son"});
}

TEST_CASE("The subject of a 'what' clause is not the speaker", "[extract][speaker]") {
    CHECK(speakers({"To Lam spoke of what China has achieved and said ties should grow."}) ==
          std::vector<std::string>{"VN to-lam"});
}

TEST_CASE("A country's title ('Vietnam's top leader') speaks for that country", "[extract][speaker]") {
    CHECK(speakers({"To Lam met Xi Jinping.", "Vietnam's top leader said the two countries should act."}) ==
          std::vector<std::string>{"none", "VN to-lam"});
}

TEST_CASE("A clause that 'when' or 'at which' opens tells of an earlier event, not of the meeting", "[extract][kind]") {
    CHECK(kind_at("It is the first visit since Xi's trip in December, when the two sides signed a memorandum on "
                  "people-to-people exchange.",
                  "people-to-people") == std::nullopt);
    CHECK(kind_at("It came the day of Xi's talks with To Lam, at which documents on people-to-people exchange were "
                  "handed over.",
                  "people-to-people") == std::nullopt);
    CHECK(kind_at("When they met, Xi pledged more people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::pledge);
}

TEST_CASE("What a 'what' clause says leaders have agreed is a record, not an agreement of the meeting",
          "[extract][kind]") {
    CHECK(kind_at("It was to give effect to what the two countries' top leaders have agreed on people-to-people "
                  "exchange.",
                  "people-to-people") == model::PledgeKind::affirmation);
    CHECK(kind_at("The two leaders have agreed on people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::agreement);
}

TEST_CASE("A modal whose subject is the points just made tells their aim, an affirmation", "[extract][kind]") {
    CHECK(kind_at("He was keen on closer contacts, all of which, he said, would help build the community with a shared "
                  "future.",
                  "community") == model::PledgeKind::affirmation);
    CHECK(kind_at("Such steps would carry forward the community with a shared future.", "community") ==
          model::PledgeKind::affirmation);
    CHECK(kind_at("He offered a close working relationship, which he said would let the two steer the community with "
                  "a shared future.",
                  "community") == model::PledgeKind::affirmation);
    CHECK(kind_at("He said China would build the community with a shared future.", "community") ==
          model::PledgeKind::pledge);
}

TEST_CASE("Exchanging diplomatic notes on something agrees it, unlike exchanging views", "[extract][kind]") {
    CHECK(kind_at("Their governments exchanged diplomatic notes on the consulate in Chongqing.", "consulate") ==
          model::PledgeKind::agreement);
    CHECK(kind_at("They exchanged views on the consulate in Chongqing.", "consulate") != model::PledgeKind::agreement);
}

TEST_CASE("A participle opening the sentence frames it; the main clause's verb governs what follows",
          "[extract][kind]") {
    CHECK(kind_at("Asking his visitor to take his regards back to Hanoi, Xi said the community with a shared future "
                  "was taking shape.",
                  "community") == model::PledgeKind::affirmation);
    CHECK(kind_at("Calling for more people-to-people exchange, Xi said relations were sound.", "people-to-people") ==
          model::PledgeKind::proposal);
}

TEST_CASE("Standing behind something, or giving it one's blessing, supports it", "[extract][kind]") {
    CHECK(kind_at("Xi said Beijing stands behind the community with a shared future.", "community") ==
          model::PledgeKind::support);
    CHECK(kind_at("He gave his blessing to the community with a shared future.", "community") ==
          model::PledgeKind::support);
}

TEST_CASE("A participle after 'had him' gives its own kind; after 'had been' it tells a record", "[extract][kind]") {
    CHECK(kind_at("The account had him giving his blessing to the community with a shared future.", "community") ==
          model::PledgeKind::support);
    CHECK(kind_at("China had been supporting the community with a shared future for years.", "community") ==
          model::PledgeKind::affirmation);
}

TEST_CASE("What something 'ought to' do is proposed, like what it should do", "[extract][kind]") {
    CHECK(kind_at("People-to-people exchange, Xi went on, ought to reach ordinary citizens.", "People-to-people") ==
          model::PledgeKind::proposal);
}

TEST_CASE("Pressing or pushing for something, of no one named, proposes it", "[extract][kind]") {
    CHECK(kind_at("Chinh pressed for more people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("Chinh pushed for more people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("Chinh pressed China to allow more people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::request);
}

TEST_CASE("Making the case for, sketching out or putting something on the table proposes it", "[extract][kind]") {
    CHECK(kind_at("Hue made the case for more people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("Xi sketched out more people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("Chinh put on the table more people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::proposal);
}

TEST_CASE("Holding out the prospect of something pledges it; signing off on it agrees it", "[extract][kind]") {
    CHECK(kind_at("Xi held out the prospect of more people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::pledge);
    CHECK(kind_at("The two sides signed off on a plan for people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::agreement);
}

TEST_CASE("Complimenting is praise; talking up or dwelling on something affirms it", "[extract][kind]") {
    CHECK(kind_at("Li complimented Hanoi on its people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::congratulation);
    CHECK(kind_at("Li talked up the people-to-people exchange of recent years.", "people-to-people") ==
          model::PledgeKind::affirmation);
    CHECK(kind_at("Xi dwelt on the community with a shared future.", "community") ==
          model::PledgeKind::affirmation);
}

TEST_CASE("Confidence that a country will reach its goals backs it; confidence in a visit states a view",
          "[extract][kind]") {
    CHECK(kind_at("He said he was confident the country would build the community with a shared future.", "community") ==
          model::PledgeKind::support);
    CHECK(kind_at("He voiced confidence that China would build the community with a shared future.", "community") ==
          model::PledgeKind::support);
    CHECK(kind_at("He expressed confidence that the visit would be a milestone for the community with a shared future.",
                  "community") == model::PledgeKind::affirmation);
}

TEST_CASE("What the two sides found to celebrate they affirm", "[extract][kind]") {
    CHECK(kind_at("The two men found plenty to celebrate: people-to-people exchange had grown fast.",
                  "people-to-people") == model::PledgeKind::affirmation);
}

TEST_CASE("Hailing the other side's success congratulates it; hailing a plan affirms it", "[extract][kind]") {
    CHECK(kind_at("Chinh hailed Beijing's hosting of a successful summit on people-to-people exchange.",
                  "people-to-people") == model::PledgeKind::congratulation);
    CHECK(kind_at("Chinh hailed the plan for people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::affirmation);
}

TEST_CASE("Good or warm wishes carried on an occasion congratulate, whoever is asked to carry them", "[extract][kind]") {
    CHECK(kind_at("He asked his guest to carry the warm wishes of Vietnam's leaders on the community with a shared "
                  "future.",
                  "community") == model::PledgeKind::congratulation);
    CHECK(kind_at("He asked his guest to carry the good wishes of Vietnam's leaders on the community with a shared "
                  "future.",
                  "community") == model::PledgeKind::congratulation);
}

TEST_CASE("Urging more of something, of no one named, proposes it", "[extract][kind]") {
    CHECK(kind_at("He urged closer coordination on people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("He urged China to do more on people-to-people exchange.", "people-to-people") ==
          model::PledgeKind::request);
}

TEST_CASE("Outlining one's proposals, or pencilling something in, proposes it", "[extract][kind]") {
    CHECK(kind_at("The Chinese leader outlined his proposals, including more people-to-people exchange.",
                  "people-to-people") == model::PledgeKind::proposal);
    CHECK(kind_at("Looking ahead, Chinh pencilled in 2025 for a year of people-to-people exchange.",
                  "people-to-people") == model::PledgeKind::proposal);
}

TEST_CASE("Supporting each other is what a call asks for, not the speaker's support", "[extract][kind]") {
    CHECK(kind_at("He suggested that each country support the other at multilateral forums.", "multilateral") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("He called for the two sides to support each other at multilateral forums.", "multilateral") ==
          model::PledgeKind::proposal);
    CHECK(kind_at("The two sides support each other at multilateral forums.", "multilateral") ==
          model::PledgeKind::support);
}
