#pragma once

#include <utility>

namespace pledgetrack::cli {

// Moves a command's result where it lives until the process ends, so that it is never
// taken apart object by object: freeing a data set of a million pledges costs most of a
// second, and the system reclaims the memory at exit in one go. For results a one-shot
// command holds until it returns; the pointer stays reachable, so leak checkers agree.
template <class T> const T& keep_until_exit(T&& value) {
    static T* kept = nullptr;
    kept = new T(std::move(value));
    return *kept;
}

}  // namespace pledgetrack::cli
