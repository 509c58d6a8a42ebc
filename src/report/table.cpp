#include "report/table.hpp"

namespace pledgetrack::report {

std::string cell_text(const Cell& cell) {
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const std::string& text) const { return text; }
        std::string operator()(long long number) const { return std::to_string(number); }
        std::string operator()(const Link& link) const { return link.url; }
    };
    return std::visit(Visitor{}, cell);
}

}  // namespace pledgetrack::report
