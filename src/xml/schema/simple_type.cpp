#include "xml/schema/simple_type.hpp"

#include <algorithm>

#include "text/join.hpp"
#include "text/utf8.hpp"
#include "text/whitespace.hpp"
#include "xml/schema/uri.hpp"

namespace pledgetrack::xml::schema {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A value as quoted in a message: long ones are cut, on a character boundary.
std::string quoted(std::string_view value) {
    constexpr std::size_t limit = 60;
    if (value.size() <= limit) return "'" + std::string(value) + "'";
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
    return "'" + std::string(value.substr(0, cut)) + "…'";
}

std::string items(const std::vector<std::string>& values) { return text::join(values, ", "); }

std::string plural(std::size_t count, std::string_view noun) {
    return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

std::optional<std::string> primitive_problem(Primitive primitive, std::string_view value) {
    switch (primitive) {
        case Primitive::string:
            return std::nullopt;
        case Primitive::any_uri:
            if (is_any_uri(value)) return std::nullopt;
            return quoted(value) + " is not a URI (RFC 3986; a % must start an escape such as %20)";
        case Primitive::boolean:
            if (value == "true" || value == "false" || value == "1" || value == "0") return std::nullopt;
            return quoted(value) + " is not a boolean (true, false, 1 or 0)";
        case Primitive::decimal:
            if (parse_decimal(value)) return std::nullopt;
            return quoted(value) + " is not a decimal number";
        case Primitive::integer:
            if (parse_decimal(value) && value.find('.') == std::string_view::npos) return std::nullopt;
            return quoted(value) + " is not a whole number";
    }
    return std::nullopt;
}

}  // namespace

std::optional<Decimal> parse_decimal(std::string_view text) {
    Decimal number;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) number.negative = text[i++] == '-';
    const std::size_t integer_start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    std::string_view integer = text.substr(integer_start, i - integer_start);
    std::string_view fraction;
    if (i < text.size() && text[i] == '.') {
        const std::size_t fraction_start = ++i;
        while (i < text.size() && is_digit(text[i])) ++i;
        fraction = text.substr(fraction_start, i - fraction_start);
    }
    if (i != text.size() || (integer.empty() && fraction.empty())) return std::nullopt;
    while (!integer.empty() && integer.front() == '0') integer.remove_prefix(1);
    while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
    number.integer_digits = integer;
    number.fraction_digits = fraction;
    if (integer.empty() && fraction.empty()) number.negative = false;  // -0 is 0
    return number;
}

int compare(const Decimal& a, const Decimal& b) {
    if (a.negative != b.negative) return a.negative ? -1 : 1;
    int magnitude = 0;
    if (a.integer_digits.size() != b.integer_digits.size())
        magnitude = a.integer_digits.size() < b.integer_digits.size() ? -1 : 1;
    else if (int c = a.integer_digits.compare(b.integer_digits); c != 0)
        magnitude = c < 0 ? -1 : 1;
    else if (int f = a.fraction_digits.compare(b.fraction_digits); f != 0)
        magnitude = f < 0 ? -1 : 1;  // no trailing zeros, so string order is numeric order
    return a.negative ? -magnitude : magnitude;
}

std::string SimpleType::description() const {
    if (!name.empty()) return documentation.empty() ? name : name + " (" + documentation + ")";
    if (!enumeration.empty()) return "one of: " + items(enumeration);
    if (!documentation.empty()) return documentation;
    return "a value";
}

std::optional<std::string> SimpleType::problem_with(std::string_view raw) const {
    std::string storage;
    const std::string_view value =
        whitespace == Whitespace::collapse ? text::collapse_whitespace(raw, storage) : raw;

    if (variety == Variety::union_of) {
        for (const SimpleType* member : members)
            if (!member->problem_with(value)) return std::nullopt;
        std::vector<std::string> forms;
        for (const SimpleType* member : members) forms.push_back(member->description());
        return quoted(value) + " is none of: " + text::join(forms, "; ");
    }

    if (variety == Variety::list) {
        std::size_t count = 0;
        std::optional<std::string> item_problem;
        text::for_each_word(value, [&](std::string_view word) {
            if (!item_problem) item_problem = item->problem_with(word);
            ++count;
        });
        if (item_problem) return "list item " + *item_problem;
        if (min_length && count < *min_length)
            return "the list has " + plural(count, "item") + "; at least " + std::to_string(*min_length) +
                   " needed";
        if (max_length && count > *max_length)
            return "the list has " + plural(count, "item") + "; at most " + std::to_string(*max_length) +
                   " allowed";
        return std::nullopt;
    }

    if (auto problem = primitive_problem(primitive, value)) return problem;
    if (!enumeration.empty() && std::find(enumeration.begin(), enumeration.end(), value) == enumeration.end())
        return quoted(value) + " is not one of: " + items(enumeration);
    for (const PatternStep& step : pattern_steps) {
        const auto matches = [&](const auto& pattern) { return pattern->matches(value); };
        if (!std::any_of(step.patterns.begin(), step.patterns.end(), matches))
            return quoted(value) + " is not " + step.expected;
    }
    if (min_length || max_length) {
        const std::size_t length = text::count_code_points(value);
        if (min_length && length < *min_length)
            return quoted(value) + " is " + plural(length, "character") + " long; at least " +
                   std::to_string(*min_length) + " needed";
        if (max_length && length > *max_length)
            return quoted(value) + " is " + plural(length, "character") + " long; at most " +
                   std::to_string(*max_length) + " allowed";
    }
    if (min_inclusive || max_inclusive) {
        const Decimal number = *parse_decimal(value);
        if (min_inclusive && compare(number, *parse_decimal(*min_inclusive)) < 0)
            return quoted(value) + " is less than the minimum, " + *min_inclusive;
        if (max_inclusive && compare(number, *parse_decimal(*max_inclusive)) > 0)
            return quoted(value) + " is more than the maximum, " + *max_inclusive;
    }
    return std::nullopt;
}

}  // namespace pledgetrack::xml::schema
