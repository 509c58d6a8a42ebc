// libFuzzer target: any bytes as a pledge file, through every structural check, the
// loader and the rules of meaning. Must never crash, hang or leak.
#include "validate/validator.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pledgetrack::validate::Validation validation;
    validation.add("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size));
    validation.finish({});
    return 0;
}
