#pragma once

#include <string_view>

namespace pledgetrack::xml::schema {

// Whether `value` is in xs:anyURI's lexical space: an RFC 3986 URI reference once the
// characters a URI may not hold (spaces, non-ASCII, <>"{}|\^`') are taken as escaped, as
// XSD 1.0 says. So "https://vi.wikipedia.org/wiki/Hà_Nội" is one, "http://%" is not.
bool is_any_uri(std::string_view value);

}  // namespace pledgetrack::xml::schema
