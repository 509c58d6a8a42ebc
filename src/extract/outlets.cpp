#include "extract/outlets.hpp"

#include "extract/tokens.hpp"

#include <array>
#include <string_view>

namespace pledgetrack::extract {
namespace {

using model::OutletSide;
using model::SourceType;

struct KnownOutlet {
    std::string_view key;  // phrase_key of the name as printed
    std::string_view publisher;
    SourceType type;
    OutletSide side;
};

// Longer names first, so "Xinhua News Agency" wins over "Xinhua".
constexpr std::array outlets{
    KnownOutlet{"ministryofforeignaffairsofvietnam", "Ministry of Foreign Affairs of Viet Nam", SourceType::official_readout, OutletSide::vn},
    KnownOutlet{"chineseforeignministry", "Ministry of Foreign Affairs of China", SourceType::official_readout, OutletSide::cn},
    KnownOutlet{"governmentnewsportal", "Viet Nam Government News", SourceType::official_readout, OutletSide::vn},
    KnownOutlet{"baochinhphu", "Viet Nam Government News", SourceType::official_readout, OutletSide::vn},
    KnownOutlet{"xinhuanewsagency", "Xinhua News Agency", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"xinhua", "Xinhua News Agency", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"cgtn", "CGTN", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"chinadaily", "China Daily", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"globaltime", "Global Times", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"peoplesdaily", "People's Daily", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"cctv", "CCTV", SourceType::state_media, OutletSide::cn},
    KnownOutlet{"vnavns", "Viet Nam News / VNA", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"vietnamnewsagency", "Vietnam News Agency", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"vietnamplus", "VietnamPlus / VNA", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"vna", "Vietnam News Agency", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"vovworld", "VOV World", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"vov", "Voice of Vietnam", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"nhandan", "Nhan Dan", SourceType::state_media, OutletSide::vn},
    KnownOutlet{"vnexpress", "VnExpress", SourceType::other_media, OutletSide::vn},
    KnownOutlet{"tuoitre", "Tuoi Tre", SourceType::other_media, OutletSide::vn},
    KnownOutlet{"reuter", "Reuters", SourceType::other_media, OutletSide::third},
    KnownOutlet{"associatedpress", "Associated Press", SourceType::other_media, OutletSide::third},
    KnownOutlet{"afp", "AFP", SourceType::other_media, OutletSide::third},
    KnownOutlet{"bloomberg", "Bloomberg", SourceType::other_media, OutletSide::third},
    KnownOutlet{"southchinamorningpost", "South China Morning Post", SourceType::other_media, OutletSide::third},
    KnownOutlet{"thediplomat", "The Diplomat", SourceType::other_media, OutletSide::third},
};

struct KnownPlace {
    std::string_view key;
    std::string_view name;
    std::string_view slug;
};

constexpr std::array places{
    KnownPlace{"beijing", "Beijing, China", "beijing"},
    KnownPlace{"shanghai", "Shanghai, China", "shanghai"},
    KnownPlace{"nanning", "Nanning, China", "nanning"},
    KnownPlace{"kunming", "Kunming, China", "kunming"},
    KnownPlace{"dalian", "Dalian, China", "dalian"},
    KnownPlace{"tianjin", "Tianjin, China", "tianjin"},
    KnownPlace{"guangzhou", "Guangzhou, China", "guangzhou"},
    KnownPlace{"shenzhen", "Shenzhen, China", "shenzhen"},
    KnownPlace{"chongqing", "Chongqing, China", "chongqing"},
    KnownPlace{"chengdu", "Chengdu, China", "chengdu"},
    KnownPlace{"hangzhou", "Hangzhou, China", "hangzhou"},
    KnownPlace{"xiamen", "Xiamen, China", "xiamen"},
    KnownPlace{"hanoi", "Hanoi, Viet Nam", "hanoi"},
    KnownPlace{"hochiminhcity", "Ho Chi Minh City, Viet Nam", "ho-chi-minh-city"},
    KnownPlace{"haiphong", "Hai Phong, Viet Nam", "hai-phong"},
    KnownPlace{"danang", "Da Nang, Viet Nam", "da-nang"},
    KnownPlace{"halong", "Ha Long, Viet Nam", "ha-long"},
    KnownPlace{"laocai", "Lao Cai, Viet Nam", "lao-cai"},
    KnownPlace{"langson", "Lang Son, Viet Nam", "lang-son"},
    KnownPlace{"kazan", "Kazan, Russia", "kazan"},
    KnownPlace{"moscow", "Moscow, Russia", "moscow"},
    KnownPlace{"riodejaneiro", "Rio de Janeiro, Brazil", "rio-de-janeiro"},
    KnownPlace{"vientiane", "Vientiane, Laos", "vientiane"},
    KnownPlace{"phnompenh", "Phnom Penh, Cambodia", "phnom-penh"},
    KnownPlace{"jakarta", "Jakarta, Indonesia", "jakarta"},
    KnownPlace{"kualalumpur", "Kuala Lumpur, Malaysia", "kuala-lumpur"},
    KnownPlace{"bangkok", "Bangkok, Thailand", "bangkok"},
    KnownPlace{"singapore", "Singapore", "singapore"},
    KnownPlace{"davo", "Davos, Switzerland", "davos"},
    KnownPlace{"newyork", "New York, United States", "new-york"},
    KnownPlace{"sanfrancisco", "San Francisco, United States", "san-francisco"},
    KnownPlace{"lima", "Lima, Peru", "lima"},
    KnownPlace{"astana", "Astana, Kazakhstan", "astana"},
};

// Looks for any table key as a run of whole tokens; returns the first hit in text order.
template <class Table, class Accept>
const typename Table::value_type* first_match(const Table& table, const std::vector<Token>& tokens, Accept accept) {
    for (std::size_t first = 0; first < tokens.size(); ++first) {
        std::string key;
        for (std::size_t end = first; end < tokens.size() && end < first + 5; ++end) {
            key += tokens[end].stem;
            for (const auto& entry : table)
                if (entry.key == key && accept(first)) return &entry;
        }
    }
    return nullptr;
}

}  // namespace

std::optional<Outlet> find_outlet(const Article& article) {
    // Credits and sign-offs sit in captions, the page furniture and the last lines.
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
    for (const Sentence& sentence : article.sentences) consider(sentence.tokens);
    if (!best) return std::nullopt;
    return Outlet{std::string(best->publisher), best->type, best->side};
}

std::optional<Place> find_place(const Article& article) {
    // "in Beijing" anywhere first; a dateline ("HÀ NỘI —") says where the story was
    // filed, which is only a fallback for where the meeting was.
    for (const bool dateline : {false, true}) {
        for (const Sentence& sentence : article.sentences) {
            const std::vector<Token>& tokens = sentence.tokens;
            const auto placed = [&](std::size_t first) {
                return dateline ? first == 0 : first > 0 && tokens[first - 1].lower == "in";
            };
            if (const KnownPlace* hit = first_match(places, tokens, placed))
                return Place{std::string(hit->name), std::string(hit->slug)};
        }
    }
    return std::nullopt;
}

}  // namespace pledgetrack::extract
