#include "xml/schema/uri.hpp"

#include <algorithm>

namespace pledgetrack::xml::schema {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Characters XSD has escaped before the URI is read: they count as unreserved.
bool is_escaped_by_xsd(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte >= 0x7F || std::string_view(" <>\"{}|\\^`'").find(c) != std::string_view::npos;
}

bool is_unreserved(char c) {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~' || is_escaped_by_xsd(c);
}

bool is_sub_delim(char c) { return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos; }

// Every character is unreserved, a sub-delimiter, one of `extra`, or a %XX escape.
bool consists_of(std::string_view part, std::string_view extra) {
    for (std::size_t i = 0; i < part.size(); ++i) {
        const char c = part[i];
        if (c == '%') {
            if (i + 2 >= part.size() || !is_hex(part[i + 1]) || !is_hex(part[i + 2])) return false;
            i += 2;
            continue;
        }
        if (!is_unreserved(c) && !is_sub_delim(c) && extra.find(c) == std::string_view::npos) return false;
    }
    return true;
}

constexpr std::string_view path_characters = ":@/";    // pchar and '/'
constexpr std::string_view query_characters = ":@/?";  // query and fragment

bool is_scheme(std::string_view text) {
    if (text.empty() || !is_alpha(text.front())) return false;
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.'; });
}

// [ userinfo "@" ] host [ ":" port ], host a registered name or a [bracketed] literal.
bool is_authority(std::string_view authority) {
    if (const std::size_t at = authority.find('@'); at != std::string_view::npos) {
        if (!consists_of(authority.substr(0, at), ":")) return false;
        authority.remove_prefix(at + 1);
    }
    std::string_view port;
    bool has_port = false;
    if (authority.starts_with('[')) {
        const std::size_t close = authority.find(']');
        if (close == std::string_view::npos) return false;
        if (!consists_of(authority.substr(1, close - 1), ":")) return false;
        authority.remove_prefix(close + 1);
        if (!authority.empty() && authority.front() != ':') return false;
        has_port = !authority.empty();
        port = has_port ? authority.substr(1) : authority;
    } else {
        const std::size_t colon = authority.find(':');
        if (!consists_of(authority.substr(0, colon), "")) return false;
        has_port = colon != std::string_view::npos;
        port = has_port ? authority.substr(colon + 1) : std::string_view();
    }
    // RFC 3986 allows an empty port after ':' and a port of any size, but xmllint
    // (libxml2) refuses an empty one and one past 2147483647, and neither ever means
    // anything: refused here too, so that both give the same verdict.
    if (has_port && port.empty()) return false;
    if (!std::all_of(port.begin(), port.end(), is_digit)) return false;
    while (port.size() > 1 && port.front() == '0') port.remove_prefix(1);
    constexpr std::string_view largest_port = "2147483647";
    return port.size() < largest_port.size() || (port.size() == largest_port.size() && port <= largest_port);
}

}  // namespace

bool is_any_uri(std::string_view value) {
    std::string_view rest = value;
    if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
        if (!consists_of(rest.substr(hash + 1), query_characters)) return false;
        rest = rest.substr(0, hash);
    }
    if (const std::size_t question = rest.find('?'); question != std::string_view::npos) {
        if (!consists_of(rest.substr(question + 1), query_characters)) return false;
        rest = rest.substr(0, question);
    }
    // A scheme, or else no ':' before the first '/' (a relative path's first segment).
    const std::size_t colon = rest.find(':');
    if (colon != std::string_view::npos && colon < rest.find('/')) {
        if (!is_scheme(rest.substr(0, colon))) return false;
        rest.remove_prefix(colon + 1);
    }
    if (rest.starts_with("//")) {
        rest.remove_prefix(2);
        const std::size_t path = std::min(rest.find('/'), rest.size());
        if (!is_authority(rest.substr(0, path))) return false;
        rest.remove_prefix(path);
    }
    return consists_of(rest, path_characters);
}

}  // namespace pledgetrack::xml::schema
