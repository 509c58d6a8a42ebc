#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace pledgetrack::validate {

// Threads for work that splits by input: one per core, within reason.
inline unsigned worker_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

// Runs produce(0) ... produce(count - 1) on up to `threads` threads and hands each
// result to consume(i, result) on the calling thread, in order of i, as soon as it and
// every earlier one are ready. At most 2 x threads results wait at a time, so memory
// stays bounded however many inputs there are. The first exception from produce or
// consume stops the work and is rethrown once every thread has finished.
template <typename Result>
void ordered_parallel(std::size_t count, unsigned threads, const std::function<Result(std::size_t)>& produce,
                      const std::function<void(std::size_t, Result&&)>& consume) {
    if (threads <= 1 || count <= 1) {
        for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
        return;
    }
    const std::size_t window = 2 * static_cast<std::size_t>(threads);
    std::vector<std::optional<Result>> slots(window);  // result i waits in slot i % window
    std::mutex mutex;
    std::condition_variable ready, room;
    std::size_t next_to_claim = 0, next_to_consume = 0;
    bool stopped = false;
    std::exception_ptr failure;

    const auto stop = [&](std::exception_ptr error) {
        const std::lock_guard lock(mutex);
        if (!failure) failure = error;
        stopped = true;
        ready.notify_all();
        room.notify_all();
    };
    const auto work = [&] {
        for (;;) {
            std::size_t i = 0;
            {
                std::unique_lock lock(mutex);
                room.wait(lock, [&] {
                    return stopped || next_to_claim >= count || next_to_claim < next_to_consume + window;
                });
                if (stopped || next_to_claim >= count) return;
                i = next_to_claim++;
            }
            try {
                Result result = produce(i);
                const std::lock_guard lock(mutex);
                slots[i % window].emplace(std::move(result));
                ready.notify_all();
            } catch (...) {
                stop(std::current_exception());
                return;
            }
        }
    };

    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    try {
        for (std::size_t i = 0; i < count; ++i) {
            std::optional<Result> result;
            {
                std::unique_lock lock(mutex);
                ready.wait(lock, [&] { return stopped || slots[i % window].has_value(); });
                if (stopped) break;
                result.swap(slots[i % window]);
                next_to_consume = i + 1;
                room.notify_all();
            }
            consume(i, std::move(*result));
        }
    } catch (...) {
        stop(std::current_exception());
    }
    pool.clear();  // joins
    if (failure) std::rethrow_exception(failure);
}

}  // namespace pledgetrack::validate
