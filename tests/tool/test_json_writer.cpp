// The tool's JSON number writer (examples/tweetview/json.cpp), against std::to_chars: edge values
// (each power of ten and the number before it, the 64-bit limits) and pseudo-random values of every
// length. Its output is every id, time, line and index of `jsonl`.
#include "../../examples/tweetview/tool.hpp"

#include <doctest/doctest.h>

#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace {

std::string expected(long long v) {
    char b[32];
    return std::string(b, static_cast<std::size_t>(std::to_chars(b, b + sizeof b, v).ptr - b));
}
std::string expected_u(unsigned long long v) {
    char b[32];
    return std::string(b, static_cast<std::size_t>(std::to_chars(b, b + sizeof b, v).ptr - b));
}
// Written into room of exactly json_number_bound bytes, as the callers reserve it.
std::string written_u(unsigned long long v) {
    std::vector<char> room(tool::json_number_bound);
    return std::string(room.data(), static_cast<std::size_t>(tool::put_json_uint(room.data(), v) - room.data()));
}
std::string written(long long v) {
    std::vector<char> room(tool::json_number_bound);
    return std::string(room.data(), static_cast<std::size_t>(tool::put_json_int(room.data(), v) - room.data()));
}

}  // namespace

TEST_CASE("put_json_uint: every power of ten, its neighbours and the 64-bit limits") {
    std::vector<unsigned long long> values = {0, std::numeric_limits<unsigned long long>::max()};
    for (unsigned long long p = 1;; p *= 10) {
        values.push_back(p - 1);
        values.push_back(p);
        values.push_back(p + 1);
        if (p > std::numeric_limits<unsigned long long>::max() / 10) break;
    }
    for (const unsigned long long v : values) {
        INFO(v);
        CHECK(written_u(v) == expected_u(v));
    }
}

TEST_CASE("put_json_uint and put_json_int: a million values of every length") {
    std::uint64_t x = 0x9E3779B97F4A7C15u;  // xorshift64
    std::size_t bad = 0;
    for (int i = 0; i < 1000000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const unsigned long long v = x >> (x % 64);
        if (written_u(v) != expected_u(v) && bad++ == 0) FAIL_CHECK("first difference: " << v);
        const auto s = static_cast<long long>(x) >> (x % 64);
        if (written(s) != expected(s) && bad++ == 0) FAIL_CHECK("first difference: " << s);
    }
    CHECK(bad == 0);
    CHECK(written(std::numeric_limits<long long>::min()) == expected(std::numeric_limits<long long>::min()));
}
