#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <iterator>

namespace pledgetrack::model {

// A set of one enum's values, held as bits: nothing to allocate, and iterated in the
// enum's order, as a std::set of the enum would be. For the small enums of enums.hpp.
template <class Enum>
class EnumSet {
public:
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Enum;
        using difference_type = std::ptrdiff_t;
        using pointer = const Enum*;
        using reference = Enum;

        iterator() = default;
        explicit iterator(std::uint32_t rest) : rest_(rest) {}
        Enum operator*() const { return static_cast<Enum>(std::countr_zero(rest_)); }
        iterator& operator++() {
            rest_ &= rest_ - 1;  // drop the lowest value
            return *this;
        }
        iterator operator++(int) {
            iterator before = *this;
            ++*this;
            return before;
        }
        bool operator==(const iterator&) const = default;

    private:
        std::uint32_t rest_ = 0;
    };

    void insert(Enum value) { bits_ |= bit(value); }
    EnumSet& operator|=(EnumSet other) {
        bits_ |= other.bits_;
        return *this;
    }
    bool contains(Enum value) const { return (bits_ & bit(value)) != 0; }
    bool empty() const { return bits_ == 0; }
    std::size_t size() const { return static_cast<std::size_t>(std::popcount(bits_)); }
    iterator begin() const { return iterator(bits_); }
    iterator end() const { return iterator(0); }
    bool operator==(const EnumSet&) const = default;

private:
    static std::uint32_t bit(Enum value) { return std::uint32_t{1} << static_cast<unsigned>(value); }
    std::uint32_t bits_ = 0;
};

}  // namespace pledgetrack::model
