#include "validate/ordered_parallel.hpp"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using pledgetrack::validate::ordered_parallel;

TEST_CASE("Results reach the consumer in input order whatever order they finish in", "[parallel]") {
    std::vector<std::size_t> consumed;
    ordered_parallel<std::string>(
        200, 4,
        [](std::size_t i) {
            if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));  // finishes late
            return std::to_string(i);
        },
        [&](std::size_t i, std::string&& result) {
            CHECK(result == std::to_string(i));
            consumed.push_back(i);
        });
    REQUIRE(consumed.size() == 200);
    for (std::size_t i = 0; i < consumed.size(); ++i) CHECK(consumed[i] == i);
}

TEST_CASE("No more than two results a thread are produced ahead of the consumer", "[parallel]") {
    std::atomic<std::size_t> produced{0};
    std::size_t most_ahead = 0;
    ordered_parallel<int>(
        100, 2, [&](std::size_t) { return static_cast<int>(++produced); },
        [&](std::size_t i, int&&) {
            std::this_thread::sleep_for(std::chrono::microseconds(100));  // a slow consumer
            most_ahead = std::max(most_ahead, produced.load() - (i + 1));
        });
    CHECK(produced == 100);
    CHECK(most_ahead <= 4);
}

TEST_CASE("An exception from producing a result stops the work and reaches the caller", "[parallel]") {
    std::vector<std::size_t> consumed;
    const auto run = [&] {
        ordered_parallel<int>(
            1000, 2,
            [](std::size_t i) {
                if (i == 10) throw std::runtime_error("file 10 is broken");
                return 0;
            },
            [&](std::size_t i, int&&) { consumed.push_back(i); });
    };
    CHECK_THROWS_WITH(run(), "file 10 is broken");
    CHECK(consumed.size() <= 10);
}

TEST_CASE("An exception from the consumer stops the producers and reaches the caller", "[parallel]") {
    std::atomic<std::size_t> produced{0};
    const auto run = [&] {
        ordered_parallel<int>(
            1000, 2, [&](std::size_t) { return static_cast<int>(++produced); },
            [](std::size_t i, int&&) {
                if (i == 3) throw std::runtime_error("cannot merge");
            });
    };
    CHECK_THROWS_WITH(run(), "cannot merge");
    CHECK(produced < 1000);
}

TEST_CASE("One thread produces and consumes in turn on the calling thread", "[parallel]") {
    std::vector<std::size_t> order;
    ordered_parallel<std::size_t>(
        5, 1,
        [&](std::size_t i) {
            order.push_back(i);
            return i;
        },
        [&](std::size_t i, std::size_t&&) { order.push_back(100 + i); });
    CHECK(order == std::vector<std::size_t>{0, 100, 1, 101, 2, 102, 3, 103, 4, 104});
}
