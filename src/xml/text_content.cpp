#include "xml/text_content.hpp"

namespace pledgetrack::xml {
namespace {

bool is_text(pugi::xml_node node) {
    return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

void append_with_line_feeds(std::string& to, std::string_view piece) {
    for (std::size_t i = 0; i < piece.size(); ++i) {
        if (piece[i] != '\r') {
            to += piece[i];
            continue;
        }
        to += '\n';
        if (i + 1 < piece.size() && piece[i + 1] == '\n') ++i;
    }
}

}  // namespace

std::string_view text_content(pugi::xml_node element, std::string& storage) {
    std::string_view single;
    std::size_t pieces = 0;
    for (pugi::xml_node child : element.children()) {
        if (!is_text(child)) continue;
        if (++pieces == 1) single = child.value();
    }
    if (pieces == 1 && single.find('\r') == std::string_view::npos) return single;
    storage.clear();
    for (pugi::xml_node child : element.children())
        if (is_text(child)) append_with_line_feeds(storage, child.value());
    return storage;
}

}  // namespace pledgetrack::xml
