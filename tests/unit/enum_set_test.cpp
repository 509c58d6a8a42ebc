#include "model/enum_set.hpp"

#include <catch2/catch.hpp>
#include <vector>

#include "model/enums.hpp"

using pledgetrack::model::EnumSet;
using pledgetrack::model::PledgeKind;

TEST_CASE("An enum set holds each value once and lists them in the enum's order", "[enum-set]") {
    EnumSet<PledgeKind> kinds;
    CHECK(kinds.empty());
    kinds.insert(PledgeKind::support);
    kinds.insert(PledgeKind::proposal);
    kinds.insert(PledgeKind::support);
    CHECK(kinds.size() == 2);
    CHECK(kinds.contains(PledgeKind::proposal));
    CHECK_FALSE(kinds.contains(PledgeKind::request));
    CHECK(std::vector<PledgeKind>(kinds.begin(), kinds.end()) ==
          std::vector<PledgeKind>{PledgeKind::proposal, PledgeKind::support});
}

TEST_CASE("Two enum sets join into their union", "[enum-set]") {
    EnumSet<PledgeKind> a, b;
    a.insert(PledgeKind::congratulation);
    b.insert(PledgeKind::proposal);
    b.insert(PledgeKind::congratulation);
    a |= b;
    CHECK(std::vector<PledgeKind>(a.begin(), a.end()) ==
          std::vector<PledgeKind>{PledgeKind::proposal, PledgeKind::congratulation});
    CHECK(a == b);
}
