#include "xml/text_content.hpp"

namespace pledgetrack::xml {
namespace {

bool is_text(pugi::xml_node node) {
    return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

}  // namespace

std::string_view text_content(pugi::xml_node element, std::string& storage) {
    std::string_view single;
    std::size_t pieces = 0;
    for (pugi::xml_node child : element.children()) {
        if (!is_text(child)) continue;
        if (++pieces == 1) single = child.value();
    }
    if (pieces <= 1) return single;
    storage.clear();
    for (pugi::xml_node child : element.children())
        if (is_text(child)) storage += child.value();
    return storage;
}

}  // namespace pledgetrack::xml
