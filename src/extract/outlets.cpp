#include "extract/outlets.hpp"

#include "extract/tokens.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace pledgetrack::extract {
namespace {

using model::OutletSide;
using model::SourceType;

struct KnownOutlet {
    std::string_view name;  // as printed in credits and sign-offs
    std::string_view publisher;
    SourceType type;
    OutletSide side;
};

// Longer names first, so "Xinhua News Agency" wins over "Xinhua".
constexpr std::array outlets{
    KnownOutlet{"Ministry of Foreign Affairs of Vietnam", "Ministry of Foreign Affairs of Viet Nam", SourceType::official_readout, OutletSide::vn},
    KnownOutlet{"Chinese Foreign Ministry", "Ministry of Foreign Affairs of China", SourceType::official_readout, OutletSide::cn},
    KnownOutlet{"Government News Portal", "Viet Nam Government News", SourceType::official_readout, OutletSide::vn},
    KnownOutlet{"baochinhphu", "Viet Nam Government News", SourceType::official_readout, OutletSide::vn},
    KnownOutlet{"Xinhua News Agency", "Xinhua News Agency", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"Xinhua", "Xinhua News Agency", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"CGTN", "CGTN", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"China Daily", "China Daily", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"China.org.cn", "China.org.cn", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"Global Times", "Global Times", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"People's Daily", "People's Daily", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"CCTV", "CCTV", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"VNA/VNS", "Viet Nam News / VNA", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"Vietnam News Agency", "Vietnam News Agency", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"Viet Nam News", "Viet Nam News", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"VietnamPlus", "VietnamPlus / VNA", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"VNA", "Vietnam News Agency", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"VOVWORLD", "VOV World", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"VOV", "Voice of Vietnam", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"Quan Doi Nhan Dan", "Quan Doi Nhan Dan", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"QDND", "Quan Doi Nhan Dan", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"Nhan Dan", "Nhan Dan", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"VnExpress", "VnExpress", SourceType::other_media, OutletSide::vn},
    KnownOutlet{"Tuoi Tre", "Tuoi Tre", SourceType::other_media, OutletSide::vn},
    KnownOutlet{"Saigon Giai Phong", "Sai Gon Giai Phong", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"SGGP", "Sai Gon Giai Phong", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"Lao Dong", "Lao Dong", SourceType::other_media, OutletSide::vn},
    KnownOutlet{"Hanoi Times", "Hanoi Times", SourceType::other_media, OutletSide::vn},
    KnownOutlet{"Vietnam Investment Review", "Vietnam Investment Review", SourceType::other_media, OutletSide::vn},
    KnownOutlet{"VnEconomy", "VnEconomy", SourceType::other_media, OutletSide::vn},
    KnownOutlet{"Reuters", "Reuters", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Associated Press", "Associated Press", SourceType::other_media, OutletSide::third},
    KnownOutlet{"AP News", "Associated Press", SourceType::other_media, OutletSide::third},
    KnownOutlet{"AFP", "AFP", SourceType::other_media, OutletSide::third},
    KnownOutlet{"France 24", "France 24", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Bloomberg", "Bloomberg", SourceType::other_media, OutletSide::third},
    KnownOutlet{"South China Morning Post", "South China Morning Post", SourceType::other_media, OutletSide::third},
    KnownOutlet{"The Diplomat", "The Diplomat", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Nikkei", "Nikkei Asia", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Kyodo", "Kyodo News", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Japan Times", "The Japan Times", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Straits Times", "The Straits Times", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Channel NewsAsia", "CNA", SourceType::other_media, OutletSide::third},
    KnownOutlet{"CNA", "CNA", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Bernama", "Bernama", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Al Jazeera", "Al Jazeera", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Radio Free Asia", "Radio Free Asia", SourceType::other_media, OutletSide::third},
    KnownOutlet{"BBC", "BBC News", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Deutsche Welle", "Deutsche Welle", SourceType::other_media, OutletSide::third},
    KnownOutlet{"Asia Times", "Asia Times", SourceType::other_media, OutletSide::third},
};

struct KnownPlace {
    std::string_view name;  // the city as printed, then its country
    std::string_view slug;
};

constexpr std::array places{
    KnownPlace{"Beijing, China", "beijing"},
    KnownPlace{"Shanghai, China", "shanghai"},
    KnownPlace{"Nanning, China", "nanning"},
    KnownPlace{"Kunming, China", "kunming"},
    KnownPlace{"Dalian, China", "dalian"},
    KnownPlace{"Tianjin, China", "tianjin"},
    KnownPlace{"Guangzhou, China", "guangzhou"},
    KnownPlace{"Shenzhen, China", "shenzhen"},
    KnownPlace{"Chongqing, China", "chongqing"},
    KnownPlace{"Chengdu, China", "chengdu"},
    KnownPlace{"Hangzhou, China", "hangzhou"},
    KnownPlace{"Xiamen, China", "xiamen"},
    KnownPlace{"Hanoi, Viet Nam", "hanoi"},
    KnownPlace{"Ho Chi Minh City, Viet Nam", "ho-chi-minh-city"},
    KnownPlace{"Hai Phong, Viet Nam", "hai-phong"},
    KnownPlace{"Da Nang, Viet Nam", "da-nang"},
    KnownPlace{"Ha Long, Viet Nam", "ha-long"},
    KnownPlace{"Lao Cai, Viet Nam", "lao-cai"},
    KnownPlace{"Lang Son, Viet Nam", "lang-son"},
    KnownPlace{"Kazan, Russia", "kazan"},
    KnownPlace{"Moscow, Russia", "moscow"},
    KnownPlace{"Rio de Janeiro, Brazil", "rio-de-janeiro"},
    KnownPlace{"Vientiane, Laos", "vientiane"},
    KnownPlace{"Phnom Penh, Cambodia", "phnom-penh"},
    KnownPlace{"Jakarta, Indonesia", "jakarta"},
    KnownPlace{"Kuala Lumpur, Malaysia", "kuala-lumpur"},
    KnownPlace{"Bangkok, Thailand", "bangkok"},
    KnownPlace{"Singapore", "singapore"},
    KnownPlace{"Davos, Switzerland", "davos"},
    KnownPlace{"New York, United States", "new-york"},
    KnownPlace{"San Francisco, United States", "san-francisco"},
    KnownPlace{"Lima, Peru", "lima"},
    KnownPlace{"Astana, Kazakhstan", "astana"},
};

std::string key_of(const KnownOutlet& outlet) { return phrase_key(outlet.name); }
std::string key_of(const KnownPlace& place) { return phrase_key(place.name.substr(0, place.name.find(','))); }

// Looks for any table entry's name as a run of whole tokens (Unicode-folded, plurals
// allowed, "Ha Noi" as "Hanoi"); returns the first hit in text order.
template <class Table, class Accept>
const typename Table::value_type* first_match(const Table& table, const std::vector<Token>& tokens, Accept accept) {
    static const std::vector<std::string> keys = [&] {
        std::vector<std::string> all;
        for (const auto& entry : table) all.push_back(key_of(entry));
        return all;
    }();
    for (std::size_t first = 0; first < tokens.size(); ++first) {
        std::string key;
        for (std::size_t end = first; end < tokens.size() && end < first + 5; ++end) {
            key += tokens[end].stem;
            for (std::size_t i = 0; i < table.size(); ++i)
                if (keys[i] == key && accept(first)) return &table[i];
        }
    }
    return nullptr;
}

}  // namespace

std::optional<Outlet> find_outlet(const Article& article) {
    // The page's own JSON-LD names its publisher: "publisher":{"@type":"Organization","name":"..."}.
    if (const auto publisher = json_ld_string(article, "name", "publisher"); publisher && !publisher->empty()) {
        const std::vector<Token> tokens = tokenize(*publisher);
        if (const KnownOutlet* known = first_match(outlets, tokens, [](std::size_t) { return true; }))
            return Outlet{std::string(known->publisher), known->type, known->side};
        return Outlet{std::string(*publisher), SourceType::other_media, OutletSide::third};
    }
    // Else credits: the page furniture, captions and bylines first, where a credit names
    // the page's own outlet; then the story, where "Xinhua reported" may cite another.
    const KnownOutlet* best = nullptr;
    std::size_t best_rank = outlets.size();
    const auto consider = [&](const std::vector<Token>& tokens) {
        if (const KnownOutlet* hit = first_match(outlets, tokens, [](std::size_t) { return true; })) {
            const auto rank = static_cast<std::size_t>(hit - outlets.data());
            if (rank < best_rank) {
                best = hit;
                best_rank = rank;
            }
        }
    };
    for (std::string_view line : article.furniture) consider(tokenize(line));
    for (const Sentence& sentence : article.sentences)
        if (!sentence.body) consider(sentence.tokens);
    if (!best)
        for (const Sentence& sentence : article.sentences) consider(sentence.tokens);
    if (!best) return std::nullopt;
    return Outlet{std::string(best->publisher), best->type, best->side};
}

std::optional<Place> find_place(const Article& article) {
    // "held talks in Nanning" first, then "in Beijing" anywhere in the story, then anywhere
    // on the page ("Correspondent in Hanoi" in a byline); a dateline ("HÀ NỘI —") says where
    // the story was filed, which is only a fallback for where the meeting was.
    enum class Look { meeting_sentence, story, page, dateline };
    for (const Look look : {Look::meeting_sentence, Look::story, Look::page, Look::dateline}) {
        for (const Sentence& sentence : article.sentences) {
            if ((look == Look::meeting_sentence && !(sentence.body && sentence.tells_of_meeting)) ||
                (look == Look::story && !sentence.body))
                continue;
            const std::vector<Token>& tokens = sentence.tokens;
            const auto placed = [&](std::size_t first) {
                return look == Look::dateline ? first == 0 : first > 0 && tokens[first - 1].lower == "in";
            };
            if (const KnownPlace* hit = first_match(places, tokens, placed))
                return Place{std::string(hit->name), std::string(hit->slug)};
        }
    }
    return std::nullopt;
}

}  // namespace pledgetrack::extract
