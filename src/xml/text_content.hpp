#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace pledgetrack::xml {

// The text an element holds, as XML defines it: its text and CDATA pieces joined (comments
// may split them), with CR LF and lone CR read as LF (files are parsed with their line ends
// untouched, so that offsets match the bytes). No copy when there is a single piece without
// a CR; otherwise the text is built in `storage`.
std::string_view text_content(pugi::xml_node element, std::string& storage);

}  // namespace pledgetrack::xml
