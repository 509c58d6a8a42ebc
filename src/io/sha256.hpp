#pragma once

#include <string>
#include <string_view>

namespace pledgetrack::io {

// Lower-case hexadecimal SHA-256 of the bytes (OpenSSL).
std::string sha256_hex(std::string_view bytes);

}  // namespace pledgetrack::io
