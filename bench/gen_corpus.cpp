// Writes a synthetic, valid pledge data set shaped like seeds/: a catalog (categories,
// groups, people, items with Unicode aliases, milestones and status events, stand-alone
// sources) and meeting files (exact, partial and windowed dates, stated weekdays, several
// sources from both sides' outlets, participants, pledges with due dates and evidence,
// notes). Run through bench/gen, which compiles it:
//
//   bench/gen --pledges N --out DIR [--seed S] [--files K] [--meetings M]
//
// The same arguments always give the same bytes: randomness comes from a seeded
// splitmix64, never from std:: distributions, whose output differs between libraries.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    bool percent(unsigned p) { return below(100) < p; }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    template <class T> const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
};

// ---------------------------------------------------------------- calendar

// Days since 1970-01-01 and back (Howard Hinnant's algorithms), so windows, weekdays and
// publication dates are computed, not looked up.
long days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

struct Day {
    int y;
    unsigned m, d;
};

Day civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

const char* const weekdays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
const char* weekday_of(long days) { return weekdays[(days % 7 + 11) % 7]; }  // 1970-01-01 was a Thursday

std::string iso(long days) {
    const Day c = civil_from_days(days);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", c.y, c.m, c.d);
    return text;
}

// ---------------------------------------------------------------- vocabulary

struct Category {
    const char* id;
    const char* title;
    const char* thing_en;
    const char* thing_vi;
    const char* thing_zh;
    bool grouped;  // its items are rolled up into groups, one per Vietnamese place
};

const std::vector<Category> categories{
    {"railway", "Railways", "standard-gauge railway", "đường sắt khổ tiêu chuẩn", "标准轨铁路", true},
    {"connectivity", "Connectivity and border gates", "border gate upgrade", "nâng cấp cửa khẩu", "口岸升级", true},
    {"trade", "Trade and market access", "trade fair", "hội chợ thương mại", "贸易博览会", true},
    {"finance", "Finance and investment", "industrial park investment", "đầu tư khu công nghiệp", "工业园投资", false},
    {"anniversary", "Anniversaries and themed years", "friendship year", "năm hữu nghị", "友好年", false},
    {"maritime", "Maritime issues and UNCLOS", "fisheries hotline", "đường dây nóng nghề cá", "渔业热线", true},
    {"political", "Political relations", "party dialogue", "đối thoại giữa hai đảng", "党际对话", false},
    {"mechanisms", "Cooperation mechanisms", "joint committee", "ủy ban liên hợp", "联合委员会", false},
    {"defence", "Defence and security", "border patrol", "tuần tra biên giới", "边境巡逻", false},
    {"science-tech", "Science and technology", "technology park", "khu công nghệ", "科技园", false},
    {"energy", "Energy, environment and climate", "power interconnection", "đấu nối lưới điện", "电力联网", false},
    {"people", "People-to-people and localities", "twin-city programme", "chương trình kết nghĩa", "友好城市项目", false},
};

struct Place {
    const char* slug;
    const char* en;
    const char* vi;
    const char* zh;
};

const std::vector<Place> vn_places{
    {"lao-cai", "Lao Cai", "Lào Cai", "老街"},       {"lang-son", "Lang Son", "Lạng Sơn", "谅山"},
    {"mong-cai", "Mong Cai", "Móng Cái", "芒街"},    {"ha-long", "Ha Long", "Hạ Long", "下龙"},
    {"hai-phong", "Hai Phong", "Hải Phòng", "海防"}, {"hanoi", "Hanoi", "Hà Nội", "河内"},
    {"cao-bang", "Cao Bang", "Cao Bằng", "高平"},    {"ha-giang", "Ha Giang", "Hà Giang", "河江"},
    {"quang-ninh", "Quang Ninh", "Quảng Ninh", "广宁"}, {"dien-bien", "Dien Bien", "Điện Biên", "奠边"},
    {"lai-chau", "Lai Chau", "Lai Châu", "莱州"},    {"da-nang", "Da Nang", "Đà Nẵng", "岘港"},
};

const std::vector<Place> cn_places{
    {"hekou", "Hekou", "Hà Khẩu", "河口"},           {"nanning", "Nanning", "Nam Ninh", "南宁"},
    {"kunming", "Kunming", "Côn Minh", "昆明"},       {"pingxiang", "Pingxiang", "Bằng Tường", "凭祥"},
    {"dongxing", "Dongxing", "Đông Hưng", "东兴"},    {"fangchenggang", "Fangchenggang", "Phòng Thành Cảng", "防城港"},
    {"guangzhou", "Guangzhou", "Quảng Châu", "广州"}, {"shenzhen", "Shenzhen", "Thâm Quyến", "深圳"},
    {"chongqing", "Chongqing", "Trùng Khánh", "重庆"}, {"baise", "Baise", "Bách Sắc", "百色"},
    {"chongzuo", "Chongzuo", "Sùng Tả", "崇左"},      {"beijing", "Beijing", "Bắc Kinh", "北京"},
};

// A person's name is one syllable from each list, so every combination is distinct even
// after folding (diacritics and spaces removed); the lists of the two sides are disjoint.
struct Syllable {
    const char* plain;
    const char* vi;
    const char* zh = "";  // Chinese people only
};

const std::vector<Syllable> vn_family{{"Nguyen", "Nguyễn"}, {"Tran", "Trần"}, {"Le", "Lê"},   {"Pham", "Phạm"},
                                      {"Hoang", "Hoàng"},   {"Vu", "Vũ"},     {"Dang", "Đặng"}, {"Bui", "Bùi"},
                                      {"Do", "Đỗ"},         {"Duong", "Dương"}, {"Phan", "Phan"}, {"Vo", "Võ"}};
const std::vector<Syllable> vn_middle{{"Van", "Văn"},   {"Thi", "Thị"},   {"Duc", "Đức"},   {"Thanh", "Thanh"},
                                      {"Huu", "Hữu"},   {"Cong", "Công"}, {"Xuan", "Xuân"}, {"Ngoc", "Ngọc"}};
const std::vector<Syllable> vn_given{{"An", "An"},     {"Binh", "Bình"},   {"Cuong", "Cường"}, {"Dung", "Dũng"},
                                     {"Hai", "Hải"},   {"Hung", "Hùng"},   {"Khanh", "Khánh"}, {"Long", "Long"},
                                     {"Nam", "Nam"},   {"Phuc", "Phúc"},   {"Son", "Sơn"},     {"Tam", "Tâm"},
                                     {"Thang", "Thắng"}, {"Tuan", "Tuấn"}, {"Viet", "Việt"},   {"Yen", "Yến"}};
const std::vector<Syllable> cn_family{{"Wang", "Vương", "王"}, {"Li", "Lý", "李"},   {"Zhang", "Trương", "张"},
                                      {"Liu", "Lưu", "刘"},    {"Zhao", "Triệu", "赵"}, {"Zhou", "Chu", "周"},
                                      {"Sun", "Tôn", "孙"},    {"Guo", "Quách", "郭"}, {"Ma", "Mã", "马"},
                                      {"Gao", "Cao", "高"},    {"Lin", "Lâm", "林"},   {"He", "Hà", "何"}};
const std::vector<Syllable> cn_given{{"jian", "Kiến", "建"}, {"ming", "Minh", "明"}, {"hua", "Hoa", "华"},
                                     {"wei", "Vĩ", "伟"},    {"qiang", "Cường", "强"}, {"hong", "Hồng", "红"},
                                     {"jun", "Quân", "军"},  {"dong", "Đông", "东"}, {"hai", "Hải", "海"},
                                     {"yong", "Dũng", "勇"}, {"zhi", "Chí", "志"},   {"ping", "Bình", "平"}};

const std::vector<const char*> vn_roles{"Prime Minister of Viet Nam", "General Secretary of the Communist Party of Viet Nam",
                                        "President of Viet Nam", "Deputy Prime Minister", "Minister of Foreign Affairs",
                                        "Chairman of the National Assembly", "Minister of Construction"};
const std::vector<const char*> cn_roles{"Premier of the State Council of China", "President of China",
                                        "Vice President of China", "Ambassador of China to Viet Nam",
                                        "Minister of Foreign Affairs", "Chairman of the NDRC", "Member of the Politburo"};

struct MeetingKind {
    const char* id;
    const char* verb;  // "X and Y {verb} in PLACE"
};
const std::vector<MeetingKind> meeting_kinds{
    {"talks", "hold talks"},           {"meeting", "meet"},           {"reception", "hold a reception"},
    {"phone-call", "speak by phone"},  {"committee-meeting", "co-chair the committee"},
    {"ceremony", "attend a ceremony"}, {"joint-statement", "issue a joint statement"}};

const std::vector<const char*> venues{"Hanoi, Viet Nam", "Beijing, China", "Hà Nội, Việt Nam", "Nanning, Guangxi",
                                      "Kunming, Yunnan", "Hạ Long, Quảng Ninh", "Shanghai, China", "Đà Nẵng, Việt Nam"};

struct Outlet {
    const char* publisher;
    const char* side;
    const char* language;
    const char* domain;
};
const std::vector<Outlet> outlets{
    {"Viet Nam News / VNA", "VN", "en", "vietnamnews.vn"},
    {"Báo Chính phủ (VGP)", "VN", "vi", "baochinhphu.vn"},
    {"Nhân Dân", "VN", "vi", "nhandan.vn"},
    {"Lao Dong (English edition)", "VN", "en", "news.laodong.vn"},
    {"Xinhua", "CN", "en", "english.news.cn"},
    {"人民网 (People's Daily Online)", "CN", "zh", "people.com.cn"},
    {"中华人民共和国外交部", "CN", "zh", "www.mfa.gov.cn"},
    {"Global Times", "CN", "en", "www.globaltimes.cn"},
    {"Reuters", "third", "en", "www.reuters.com"},
    {"Associated Press", "third", "en", "apnews.com"},
};

const std::vector<const char*> source_types{"official-readout", "state-media", "other-media"};
const std::vector<const char*> item_states{"announced", "agreed", "under-way", "completed", "stalled"};
const std::vector<const char*> pledge_kinds{"proposal", "request", "agreement", "pledge",
                                            "support", "affirmation", "congratulation"};
// Indexes into pledge_kinds, repeated as often as each kind occurs in the seeds.
const std::vector<std::size_t> kind_draws{0, 0, 0, 5, 5, 5, 2, 2, 3, 3, 1, 1, 4, 6};

// ---------------------------------------------------------------- output

std::string escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

// Collects one file in memory, then writes it in one go.
class XmlFile {
public:
    void line(std::string_view text) {
        body_ += text;
        body_ += '\n';
    }
    std::string& raw() { return body_; }
    void save(const fs::path& path) {
        FILE* f = std::fopen(path.c_str(), "wb");
        if (!f || std::fwrite(body_.data(), 1, body_.size(), f) != body_.size() || std::fclose(f) != 0) {
            std::fprintf(stderr, "gen: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
            std::exit(2);
        }
        body_.clear();
    }

private:
    std::string body_;
};

constexpr const char* header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
constexpr const char* root_open = "<pledgetrack xmlns=\"urn:pledgetrack:pledges\" version=\"1\">";

// ---------------------------------------------------------------- the data set

struct Person {
    std::string id, name, side;
    std::vector<std::string> aliases;
};

struct Item {
    std::string id, title, alias_vi, alias_zh;
    std::size_t category;
};

struct MeetingPlan {
    std::string id;
    long first, last;  // days since the epoch: the span the meeting may have happened in
    enum { day, month, year, window } precision;
};

struct Options {
    std::uint64_t pledges = 0;
    std::uint64_t seed = 1;
    std::uint64_t files = 0;     // 0: the default below
    std::uint64_t meetings = 0;  // 0: the default below
    fs::path out;
};

class Generator {
public:
    explicit Generator(const Options& options) : o_(options), rng_{options.seed} {
        // Seeds: ~20 pledges a meeting. Meetings stop growing at 10,000, below the
        // workbook's limit of one Recurrence column per meeting (Excel has 16,384), so the
        // largest sizes hold more pledges per meeting instead.
        meetings_ = o_.meetings ? o_.meetings : std::clamp<std::uint64_t>((o_.pledges + 19) / 20, 1, 10000);
        files_ = std::min(o_.files ? o_.files : std::min<std::uint64_t>(meetings_, 1000), meetings_);
        // Items grow slower than pledges (themes come back); people slower still.
        item_count_ = 100 + o_.pledges / 500;
        people_per_side_ = std::min<std::uint64_t>(20 + o_.pledges / 5000, vn_family.size() * vn_middle.size() * vn_given.size());
        standalone_sources_ = 3 + item_count_ / 50;
    }

    void run() {
        make_people();
        make_items();
        plan_meetings();
        fs::create_directories(o_.out / "meetings");
        write_catalog();
        write_meetings();
    }

private:
    void make_people() {
        for (std::uint64_t k = 0; k < people_per_side_; ++k) {
            const Syllable& f = vn_family[k % vn_family.size()];
            const Syllable& m = vn_middle[k / vn_family.size() % vn_middle.size()];
            const Syllable& g = vn_given[k / (vn_family.size() * vn_middle.size()) % vn_given.size()];
            const std::string name = std::string(f.plain) + " " + m.plain + " " + g.plain;
            vn_.push_back({slug(name), name, "VN", {std::string(f.vi) + " " + m.vi + " " + g.vi}});
        }
        for (std::uint64_t k = 0; k < people_per_side_; ++k) {
            const Syllable& f = cn_family[k % cn_family.size()];
            const Syllable& g1 = cn_given[k / cn_family.size() % cn_given.size()];
            const Syllable& g2 = cn_given[(k / cn_family.size() + 1 + k / (cn_family.size() * cn_given.size())) % cn_given.size()];
            std::string given = std::string(g1.plain) + g2.plain;
            given[0] = static_cast<char>(given[0] - 'a' + 'A');
            const std::string name = std::string(f.plain) + " " + given;
            cn_.push_back({slug(name), name, "CN",
                           {std::string(f.vi) + " " + g1.vi + " " + g2.vi, std::string(f.zh) + g1.zh + g2.zh}});
        }
    }

    // Item k belongs to category k % 12; within it, to a pair of border places and a phase,
    // which keeps every title and alias distinct after folding.
    void make_items() {
        const std::size_t pairs = vn_places.size() * cn_places.size();
        for (std::uint64_t k = 0; k < item_count_; ++k) {
            const std::size_t c = k % categories.size();
            const std::uint64_t j = k / categories.size();
            const Place& v = vn_places[j % vn_places.size()];
            const Place& z = cn_places[j / vn_places.size() % cn_places.size()];
            const std::uint64_t phase = j / pairs + 1;
            const Category& cat = categories[c];
            const std::string suffix = phase > 1 ? " (phase " + std::to_string(phase) + ")" : "";
            Item item;
            item.category = c;
            item.id = std::string(cat.id) + "-" + v.slug + "-" + z.slug + (phase > 1 ? "-" + std::to_string(phase) : "");
            item.title = std::string(v.en) + "–" + z.en + " " + cat.thing_en + suffix;
            item.alias_vi = std::string(cat.thing_vi) + " " + v.vi + " – " + z.vi +
                            (phase > 1 ? " giai đoạn " + std::to_string(phase) : "");
            item.alias_zh = std::string(v.zh) + "–" + z.zh + cat.thing_zh + (phase > 1 ? "（第" + std::to_string(phase) + "期）" : "");
            items_.push_back(std::move(item));
        }
    }

    void plan_meetings() {
        const long start = days_from_civil(2000, 1, 1);
        const long end = days_from_civil(2025, 12, 31);
        const long step = std::max<long>(1, (end - start) / static_cast<long>(meetings_));
        for (std::uint64_t i = 0; i < meetings_; ++i) {
            MeetingPlan m;
            const long day = start + static_cast<long>(i) * (end - start) / static_cast<long>(meetings_) +
                             static_cast<long>(rng_.below(static_cast<std::uint64_t>(step)));
            const Day c = civil_from_days(day);
            const unsigned roll = static_cast<unsigned>(rng_.below(100));
            if (roll < 80) {
                m.precision = MeetingPlan::day;
                m.first = m.last = day;
            } else if (roll < 86) {
                m.precision = MeetingPlan::month;
                m.first = days_from_civil(c.y, c.m, 1);
                m.last = days_from_civil(c.m == 12 ? c.y + 1 : c.y, c.m == 12 ? 1 : c.m + 1, 1) - 1;
            } else if (roll < 88) {
                m.precision = MeetingPlan::year;
                m.first = days_from_civil(c.y, 1, 1);
                m.last = days_from_civil(c.y, 12, 31);
            } else {
                // At least a week long, so any stated weekday occurs; kept inside one year so
                // "next year" has one meaning.
                m.precision = MeetingPlan::window;
                const long length = 7 + static_cast<long>(rng_.below(55));
                m.last = std::min(day + length, days_from_civil(c.y, 12, 31));
                m.first = m.last - length;
            }
            const std::string date = m.precision == MeetingPlan::year    ? iso(m.first).substr(0, 4)
                                     : m.precision == MeetingPlan::month ? iso(m.first).substr(0, 7)
                                                                         : iso(m.first);
            char index[24];
            std::snprintf(index, sizeof index, "%06llu", static_cast<unsigned long long>(i));
            m.id = date + "-" + vn_places[i % vn_places.size()].slug + "-" + index;
            plans_.push_back(std::move(m));
        }
    }

    static std::string slug(const std::string& name) {
        std::string s;
        for (char c : name) s += c == ' ' ? '-' : static_cast<char>(c | 0x20);
        return s;
    }

    int year_of(long days) const { return civil_from_days(days).y; }

    std::string partial_date(const MeetingPlan& m) const {
        if (m.precision == MeetingPlan::year) return iso(m.first).substr(0, 4);
        return iso(m.first).substr(0, 7);
    }

    void write_catalog() {
        XmlFile f;
        f.raw() += header;
        f.line("<!-- Synthetic catalog written by bench/gen; shaped like seeds/catalog.xml. -->");
        f.line(root_open);
        for (const Category& c : categories)
            f.line(std::string("  <category id=\"") + c.id + "\">\n    <title>" + escaped(c.title) +
                   "</title>\n    <description>Synthetic items about " + c.thing_en + " projects.</description>\n  </category>");
        for (const Category& c : categories)
            if (c.grouped)
                for (const Place& v : vn_places)
                    f.line(std::string("  <group id=\"") + c.id + "-" + v.slug + "\" category=\"" + c.id + "\">\n    <title>" +
                           c.thing_en + " links of " + v.en + "</title>\n  </group>");
        for (const auto* side : {&vn_, &cn_})
            for (const Person& p : *side) {
                f.line("  <person id=\"" + p.id + "\" side=\"" + p.side + "\">\n    <name>" + p.name + "</name>");
                for (const std::string& a : p.aliases) f.line("    <alias>" + a + "</alias>");
                f.line("  </person>");
            }
        for (std::uint64_t s = 0; s < standalone_sources_; ++s) {
            const Outlet& o = outlets[s % outlets.size()];
            f.line("  <source id=\"src-" + std::to_string(s) + "\" publisher=\"" + escaped(o.publisher) + "\" language=\"" +
                   o.language + "\" type=\"state-media\" outlet=\"" + o.side + "\">\n    <title inferred=\"true\">Progress report " +
                   std::to_string(s) + "</title>\n    <url>https://" + o.domain + "/progress/" + std::to_string(s) +
                   ".html</url>\n  </source>");
        }
        for (std::uint64_t k = 0; k < items_.size(); ++k) write_item(f, k);
        f.line("</pledgetrack>");
        f.save(o_.out / "catalog.xml");
    }

    void write_item(XmlFile& f, std::uint64_t k) {
        const Item& item = items_[k];
        const Category& cat = categories[item.category];
        std::string open = "  <item id=\"" + item.id + "\" category=\"" + cat.id + "\"";
        if (cat.grouped && k % 3 != 2) open += std::string(" group=\"") + cat.id + "-" + vn_places[k / categories.size() % vn_places.size()].slug + "\"";
        f.line(open + ">");
        f.line("    <title>" + item.title + "</title>");
        f.line("    <alias>" + item.alias_vi + "</alias>");
        f.line("    <alias>" + item.alias_zh + "</alias>");
        f.line("    <description>Cooperation on the " + item.title + ", as raised at bilateral meetings.</description>");
        if (k % 4 == 0) {
            const int due = 2005 + static_cast<int>(rng_.below(25));
            std::string met;
            if (rng_.percent(50)) met = " met=\"" + iso(days_from_civil(due, 1, 1) + static_cast<long>(rng_.below(365))) + "\"";
            f.line("    <milestone due=\"" + std::to_string(due) + "\"" + met + ">Work on the " + cat.thing_en + " finished</milestone>");
        }
        if (k % 3 == 0) {
            const std::uint64_t events = 1 + rng_.below(3);
            for (std::uint64_t e = 0; e < events; ++e) {
                const MeetingPlan& m = plans_[rng_.below(plans_.size())];
                f.line("    <status date=\"" + partial_date(m) + "\" state=\"" + item_states[(k + e) % item_states.size()] +
                       "\" sources=\"" + m.id + ".s1 src-" + std::to_string(rng_.below(standalone_sources_)) + "\" meeting=\"" + m.id +
                       "\">Reported at the meeting and in a later progress report.</status>");
            }
        }
        f.line("  </item>");
    }

    // Pledge counts per meeting: an equal share, then moved between neighbours so sizes
    // vary while the total stays exact.
    std::vector<std::uint64_t> pledge_counts() {
        std::vector<std::uint64_t> counts(meetings_, o_.pledges / meetings_);
        for (std::uint64_t i = 0; i < o_.pledges % meetings_; ++i) ++counts[i];
        for (std::uint64_t i = 0; i + 1 < meetings_; i += 2) {
            const std::uint64_t shift = rng_.below(counts[i + 1] / 2 + 1);
            counts[i] += shift;
            counts[i + 1] -= shift;
        }
        return counts;
    }

    void write_meetings() {
        const std::vector<std::uint64_t> counts = pledge_counts();
        XmlFile f;
        for (std::uint64_t file = 0; file < files_; ++file) {
            f.raw() += header;
            f.line(root_open);
            for (std::uint64_t i = file * meetings_ / files_; i < (file + 1) * meetings_ / files_; ++i) write_meeting(f, i, counts[i]);
            f.line("</pledgetrack>");
            char name[32];
            std::snprintf(name, sizeof name, "%05llu.xml", static_cast<unsigned long long>(file));
            f.save(o_.out / "meetings" / name);
        }
    }

    void write_meeting(XmlFile& f, std::uint64_t index, std::uint64_t pledge_count) {
        const MeetingPlan& m = plans_[index];
        const MeetingKind& kind = meeting_kinds[rng_.below(meeting_kinds.size())];
        const char* venue = rng_.pick(venues);
        // One leader from each side, sometimes a second Vietnamese official.
        std::vector<const Person*> people{&vn_[rng_.below(vn_.size())], &cn_[rng_.below(cn_.size())]};
        if (rng_.percent(25)) {
            const Person* extra = &vn_[rng_.below(vn_.size())];
            if (extra != people[0]) people.push_back(extra);
        }
        f.line("  <meeting id=\"" + m.id + "\" kind=\"" + kind.id + "\" place=\"" + venue + "\">");
        f.line("    <title>" + people[0]->name + " and " + people[1]->name + " " + kind.verb + " in " + venue + "</title>");
        switch (m.precision) {
        case MeetingPlan::day:
            if (rng_.percent(30)) f.line(std::string("    <date weekday=\"") + weekday_of(m.first) + "\">" + iso(m.first) + "</date>");
            else f.line("    <date>" + iso(m.first) + "</date>");
            break;
        case MeetingPlan::month:
        case MeetingPlan::year: f.line("    <date>" + partial_date(m) + "</date>"); break;
        case MeetingPlan::window:
            f.line("    <window not-before=\"" + iso(m.first) + "\" not-after=\"" + iso(m.last) + "\" weekday=\"" +
                   weekday_of(m.first + static_cast<long>(rng_.below(7))) + "\"/>");
            break;
        }
        for (std::size_t p = 0; p < people.size(); ++p)
            f.line("    <participant person=\"" + people[p]->id + "\" role=\"" +
                   (people[p]->side == "VN" ? (p == 0 ? vn_roles[index % 3] : rng_.pick(vn_roles)) : rng_.pick(cn_roles)) + "\"/>");

        // Sources: the first from each side's outlets, then any; published on or after the
        // last day the meeting may have happened, when the date is known at all.
        const std::uint64_t sources = 2 + rng_.below(5);
        for (std::uint64_t s = 1; s <= sources; ++s) {
            const Outlet& o = s == 1 ? outlets[rng_.below(4)] : s == 2 ? outlets[4 + rng_.below(4)] : rng_.pick(outlets);
            std::string line = "    <source id=\"" + m.id + ".s" + std::to_string(s) + "\" publisher=\"" + escaped(o.publisher) + "\"";
            if (rng_.percent(70)) line += " published=\"" + iso(m.last + static_cast<long>(rng_.below(4))) + "\"";
            line += std::string(" language=\"") + o.language + "\" type=\"" + (s == 1 ? "official-readout" : rng_.pick(source_types)) +
                    "\" outlet=\"" + o.side + "\">";
            f.line(line);
            const std::string_view language = o.language;
            const std::string title = language == "vi" ? "Hội đàm giữa " + people[0]->aliases[0] + " và " + people[1]->aliases[0]
                                      : language == "zh" ? people[1]->aliases[1] + "同越南领导人会谈"
                                                         : people[0]->name + " and " + people[1]->name + " " + kind.verb;
            f.line(std::string("      <title") + (rng_.percent(10) ? " inferred=\"true\"" : "") + ">" + escaped(title) + "</title>");
            if (rng_.percent(95)) f.line(std::string("      <url>https://") + o.domain + "/" + m.id + "/" + std::to_string(s) + ".html</url>");
            else f.line("      <file>" + m.id + "_" + std::to_string(s) + ".txt</file>");
            f.line("    </source>");
        }

        // Pledges: popular items come back often (a skewed pick); one item, side and kind
        // at most once per meeting, so no duplicate-pledge warnings.
        std::vector<std::uint64_t> used;
        for (std::uint64_t n = 0; n < pledge_count; ++n) {
            std::uint64_t item = 0, side = 0;
            const char* kind_id = nullptr;
            for (int attempt = 0; attempt < 50; ++attempt) {
                const double u = rng_.unit();
                item = static_cast<std::uint64_t>(u * u * static_cast<double>(items_.size()));
                const unsigned roll = static_cast<unsigned>(rng_.below(100));
                side = roll < 40 ? 0 : roll < 85 ? 1 : 2;
                const std::size_t kind_index = rng_.pick(kind_draws);
                kind_id = pledge_kinds[kind_index];
                const std::uint64_t key = (item * 3 + side) * pledge_kinds.size() + kind_index;
                if (std::find(used.begin(), used.end(), key) == used.end()) {
                    used.push_back(key);
                    break;
                }
            }
            write_pledge(f, m, people, items_[item], side, kind_id, sources);
        }
        const std::uint64_t notes = rng_.below(3);
        for (std::uint64_t n = 0; n < notes; ++n)
            f.line(n == 0 ? "    <note>Readouts from the two sides differ in emphasis; the pledges follow the fuller one.</note>"
                          : "    <note>Vietnamese and Chinese place names are given as the outlets spelled them (e.g. Lào Cai, 河口).</note>");
        f.line("  </meeting>");
    }

    void write_pledge(XmlFile& f, const MeetingPlan& m, const std::vector<const Person*>& people, const Item& item,
                      std::uint64_t side, const char* kind, std::uint64_t sources) {
        static const char* const sides[] = {"CN", "VN", "joint"};
        const Person* speaker = nullptr;
        if (side < 2) {
            for (const Person* p : people)
                if (p->side == sides[side] && (!speaker || rng_.percent(50))) speaker = p;
        }
        std::string line = "    <pledge item=\"" + item.id + "\" side=\"" + sides[side] + "\"";
        if (speaker) line += " speaker=\"" + speaker->id + "\"";
        line += std::string(" kind=\"") + kind + "\" sources=\"" + m.id + ".s" + std::to_string(1 + rng_.below(sources));
        if (rng_.percent(30)) line += " " + m.id + ".s" + std::to_string(1 + rng_.below(sources));
        line += "\"";
        // Some pledges are due: in the meeting's own or next year (stated relative to the
        // meeting, as readouts often put it), or some years later, possibly to the month.
        const int year = year_of(m.first);
        const unsigned due_roll = static_cast<unsigned>(rng_.below(100));
        if (due_roll < 5) line += " due=\"" + std::to_string(year + 1) + "\" due-stated=\"next-year\"";
        else if (due_roll < 7) line += " due=\"" + std::to_string(year) + "\" due-stated=\"this-year\"";
        else if (due_roll < 15) {
            char due[16];
            std::snprintf(due, sizeof due, "%04d-%02u", year + 1 + static_cast<int>(rng_.below(5)), 1 + static_cast<unsigned>(rng_.below(12)));
            line += std::string(" due=\"") + due + "\"";
        }
        f.line(line + ">");
        const std::string who = speaker ? speaker->name : "Both sides";
        f.line("      <summary>" + who + " " + summary_verb(kind) + " the " + item.title +
               ", asking the ministries concerned to report on progress before the next high-level meeting.</summary>");
        if (rng_.percent(40)) f.line("      <evidence>" + item.alias_vi + "</evidence>");
        f.line("    </pledge>");
    }

    static std::string summary_verb(std::string_view kind) {
        if (kind == "proposal") return "proposed work on";
        if (kind == "request") return "asked the other side to speed up";
        if (kind == "agreement") return "agreed to advance";
        if (kind == "pledge") return "promised support for";
        if (kind == "support") return "backed";
        if (kind == "affirmation") return "reaffirmed the importance of";
        return "welcomed progress on";
    }

    Options o_;
    Rng rng_;
    std::uint64_t meetings_, files_, item_count_, people_per_side_, standalone_sources_;
    std::vector<Person> vn_, cn_;
    std::vector<Item> items_;
    std::vector<MeetingPlan> plans_;
};

[[noreturn]] void usage(const char* problem) {
    std::fprintf(stderr, "gen: %s\nusage: bench/gen --pledges N --out DIR [--seed S] [--files K] [--meetings M]\n", problem);
    std::exit(2);
}

std::uint64_t number(const char* text) {
    char* end = nullptr;
    const unsigned long long value = std::strtoull(text, &end, 10);
    if (!*text || *end) usage("not a number");
    return value;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) usage("missing value");
        const char* value = argv[++i];
        if (arg == "--pledges") options.pledges = number(value);
        else if (arg == "--out") options.out = value;
        else if (arg == "--seed") options.seed = number(value);
        else if (arg == "--files") options.files = number(value);
        else if (arg == "--meetings") options.meetings = number(value);
        else usage("unknown option");
    }
    if (options.pledges == 0 || options.out.empty()) usage("--pledges (at least 1) and --out are required");
    // Refuse to mix with older output: a stale file would silently join the corpus.
    if (fs::exists(options.out) && !fs::is_empty(options.out)) usage("--out must be a new or empty directory");
    Generator(options).run();
}
