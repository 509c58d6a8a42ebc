#include "xml/schema/pattern.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdexcept>

namespace pledgetrack::xml::schema {
namespace {

std::invalid_argument unsupported(std::string_view expression, std::string_view what) {
    return std::invalid_argument("pattern '" + std::string(expression) + "': " + std::string(what) +
                                 " is not supported");
}

constexpr std::string_view same_escape_in_pcre2 = "sSnrt\\|.-^?*+{}()[]";

// In XSD every one of these is literal unless escaped; in PCRE2 they are not.
bool is_pcre2_only_metacharacter(char c) { return c == '^' || c == '$'; }

struct MatchDataFree {
    void operator()(pcre2_match_data* data) const { pcre2_match_data_free(data); }
};

// One match block per thread serves every pattern: no capture is ever read, so a single
// pair of offsets is enough whatever the pattern's groups.
pcre2_match_data* thread_match_data() {
    thread_local std::unique_ptr<pcre2_match_data, MatchDataFree> data(pcre2_match_data_create(1, nullptr));
    if (!data) throw std::bad_alloc();
    return data.get();
}

}  // namespace

std::string translate_to_pcre2(std::string_view xsd) {
    std::string out = "(?:";
    bool in_class = false;
    for (std::size_t i = 0; i < xsd.size(); ++i) {
        const char c = xsd[i];
        if (c == '\\') {
            if (i + 1 == xsd.size()) throw unsupported(xsd, "a trailing '\\'");
            const char escaped = xsd[++i];
            // Escapes that mean the same in PCRE2 are kept; \d is every Unicode digit in XSD.
            if (same_escape_in_pcre2.find(escaped) != std::string_view::npos) {
                out += '\\';
                out += escaped;
            } else if (escaped == 'd' || escaped == 'D') {
                out += escaped == 'd' ? "\\p{Nd}" : "\\P{Nd}";
            } else {
                throw unsupported(xsd, std::string("the escape \\") + escaped);
            }
            continue;
        }
        if (in_class) {
            if (c == '[') throw unsupported(xsd, "character class subtraction");
            if (c == ']') in_class = false;
            out += c;  // inside a class, '^' and '$' mean the same in both
            continue;
        }
        if (c == '[') in_class = true;
        if (c == '(' && i + 1 < xsd.size() && xsd[i + 1] == '?') throw unsupported(xsd, "'(?'");
        if (is_pcre2_only_metacharacter(c)) out += '\\';
        if (c == '.') {
            out += "[^\\n\\r]";  // XSD's '.' excludes both line-end characters
            continue;
        }
        out += c;
    }
    if (in_class) throw std::invalid_argument("pattern '" + std::string(xsd) + "': unclosed '['");
    return out + ")\\z";
}

struct Pattern::Compiled {
    pcre2_code* code = nullptr;
    ~Compiled() { pcre2_code_free(code); }
};

Pattern::Pattern(std::string xsd_expression)
    : expression_(std::move(xsd_expression)), compiled_(std::make_unique<Compiled>()) {
    const std::string pcre = translate_to_pcre2(expression_);
    int error = 0;
    PCRE2_SIZE error_offset = 0;
    // No PCRE2_UCP: with it \s would take in Unicode spaces, which XSD's \s does not.
    compiled_->code =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pcre.data()), pcre.size(),
                      PCRE2_UTF | PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, &error, &error_offset, nullptr);
    if (!compiled_->code) {
        PCRE2_UCHAR text[256];
        pcre2_get_error_message(error, text, sizeof text);
        throw std::invalid_argument("pattern '" + expression_ + "': " + reinterpret_cast<const char*>(text));
    }
    // Without JIT (an unsupported CPU) PCRE2 interprets the pattern: slower, still right.
    pcre2_jit_compile(compiled_->code, PCRE2_JIT_COMPLETE);
}

Pattern::~Pattern() = default;
Pattern::Pattern(Pattern&&) noexcept = default;
Pattern& Pattern::operator=(Pattern&&) noexcept = default;

bool Pattern::matches(std::string_view value) const {
    const int result = pcre2_match(compiled_->code, reinterpret_cast<PCRE2_SPTR>(value.data()), value.size(),
                                   0, PCRE2_NO_UTF_CHECK, thread_match_data(), nullptr);
    if (result >= 0) return true;
    if (result == PCRE2_ERROR_NOMATCH) return false;
    PCRE2_UCHAR text[256];
    pcre2_get_error_message(result, text, sizeof text);
    throw std::runtime_error("pattern '" + expression_ + "': " + reinterpret_cast<const char*>(text));
}

}  // namespace pledgetrack::xml::schema
