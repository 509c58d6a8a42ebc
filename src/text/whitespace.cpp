#include "text/whitespace.hpp"

namespace pledgetrack::text {
namespace {

bool is_collapsed(std::string_view text) {
    if (text.empty()) return true;
    if (is_xml_space(text.front()) || is_xml_space(text.back())) return false;
    // One comparison a character: only those up to ' ' need a closer look.
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) > ' ') continue;
        if (text[i] != ' ' || text[i + 1] == ' ') return false;  // text.back() is no space
    }
    return true;
}

}  // namespace

std::string_view collapse_whitespace(std::string_view text, std::string& storage) {
    if (is_collapsed(text)) return text;
    storage.clear();
    storage.reserve(text.size());
    bool pending_space = false;
    for (char c : text) {
        if (is_xml_space(c)) {
            pending_space = !storage.empty();
            continue;
        }
        if (pending_space) storage += ' ';
        pending_space = false;
        storage += c;
    }
    return storage;
}

std::string collapse_whitespace(std::string_view text) {
    std::string storage;
    const std::string_view collapsed = collapse_whitespace(text, storage);
    return collapsed.data() == storage.data() ? storage : std::string(collapsed);
}

}  // namespace pledgetrack::text
