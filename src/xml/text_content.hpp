#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace pledgetrack::xml {

// The text an element holds, as XML defines it: its text and CDATA pieces joined (comments
// and processing instructions may split them). No copy when there is a single piece;
// otherwise the text is built in `storage`.
std::string_view text_content(pugi::xml_node element, std::string& storage);

}  // namespace pledgetrack::xml
