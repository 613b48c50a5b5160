// What the fuzz harnesses share: a check that stays on in release builds and aborts (so that
// libFuzzer saves the input and the replay driver fails), and reading little numbers from input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#define FUZZ_CHECK(cond)                                                                   \
    do {                                                                                   \
        if (!(cond)) ::fuzz::fail(__FILE__, __LINE__, #cond, "");                           \
    } while (0)
#define FUZZ_CHECK_MSG(cond, what)                                                         \
    do {                                                                                   \
        if (!(cond)) ::fuzz::fail(__FILE__, __LINE__, #cond, what);                         \
    } while (0)

namespace fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* cond, const char* what) {
    std::fprintf(stderr, "%s:%d: check failed: %s %s\n", file, line, cond, what);
    std::fflush(stderr);
    std::abort();
}

// True when the view [v.data(), v.data() + v.size()) lies inside [lo, hi). An empty view
// anywhere counts as inside (it holds no byte).
inline bool inside(std::string_view v, const char* lo, const char* hi) {
    if (v.empty()) return true;
    const auto b = reinterpret_cast<std::uintptr_t>(v.data());
    return b >= reinterpret_cast<std::uintptr_t>(lo) && b + v.size() <= reinterpret_cast<std::uintptr_t>(hi);
}

inline bool inside(std::string_view v, std::string_view region) {
    return inside(v, region.data(), region.data() + region.size());
}

}  // namespace fuzz
