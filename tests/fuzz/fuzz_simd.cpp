// Fuzz harness: every SIMD variant this build compiled and this CPU runs (sse2, avx2, avx512 on
// x86-64; neon on aarch64) against the portable one, search by search, on the same bytes. The
// record scan, the entity scan and repair find every byte they look at through these searches,
// so a variant that agrees here gives the same records, entities and repairs as portable.
//
// Input: a small header, then the bytes searched.
//   byte 0, 1  the bytes a and b (find_byte a, find_pair(_count) a b, find_either a b, count_byte a,
//              match_block a b)
//   byte 2     c for find_non_ascii_or (its low 7 bits: the search takes an ASCII byte)
//   byte 3     bits 0-4: the size of find_any's set (0-16), taken from the bytes after the header
//              (bytes_present: its first 8; avx512's present_first: its first 5)
// Each search runs on every sub-range [from, to) of the data with from in 0..64 (0..8 past 4 KiB)
// and to at the end or up to 3 bytes before it, each range copied into a buffer of exactly its
// size so that AddressSanitizer sees a read past either end.
#include <tweetview/tweetview.hpp>

#include "fuzz_check.hpp"

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace {

namespace simd = tweetview::detail::simd;

struct query {
    char a, b, c;
    std::string_view set;
};

// Positions as offsets from p (the variants return a pointer in [p, end]).
template <class V>
void compare(const char* p, const char* end, const query& q) {
    using P = simd::portable;
    auto same = [&](const char* got, const char* want, const char* what) {
        FUZZ_CHECK_MSG(got >= p && got <= end, what);
        FUZZ_CHECK_MSG(got == want, what);
    };
    same(V::find_byte(p, end, q.a), P::find_byte(p, end, q.a), V::name);
    same(V::find_pair(p, end, q.a, q.b), P::find_pair(p, end, q.a, q.b), V::name);
    same(V::find_either(p, end, q.a, q.b), P::find_either(p, end, q.a, q.b), V::name);
    same(V::find_any(p, end, q.set), P::find_any(p, end, q.set), V::name);
    same(V::find_non_ascii(p, end), P::find_non_ascii(p, end), V::name);
    same(V::find_non_ascii_or(p, end, q.c), P::find_non_ascii_or(p, end, q.c), V::name);
    same(V::find_json_escape(p, end), P::find_json_escape(p, end), V::name);
    same(V::find_non_name(p, end), P::find_non_name(p, end), V::name);
    FUZZ_CHECK_MSG(V::count_byte(p, end, q.a) == P::count_byte(p, end, q.a), V::name);
    std::size_t got_n = 1, want_n = 1;  // (find_pair_count adds to what is there)
    same(V::find_pair_count(p, end, q.a, q.b, &got_n), P::find_pair_count(p, end, q.a, q.b, &want_n), V::name);
    FUZZ_CHECK_MSG(got_n == want_n, V::name);
    const std::string_view eight = q.set.substr(0, 8);  // (bytes_present takes at most 8)
    FUZZ_CHECK_MSG(V::bytes_present(p, end, eight) == P::bytes_present(p, end, eight), V::name);
    if constexpr (V::has_match_block) {  // (avx512 only: against the bytes themselves)
        std::uint64_t bits = 1;
        const char* const block = V::match_block(p, end, q.a, q.b, &bits);
        const char* const first = P::find_either(p, end, q.a, q.b);
        FUZZ_CHECK_MSG(block == (first == end ? end : p + (first - p) / 64 * 64), V::name);
        std::uint64_t want = 0;
        for (std::size_t i = 0; i < 64 && block + i < end; ++i)
            if (block[i] == q.a || block[i] == q.b) want |= std::uint64_t{1} << i;
        FUZZ_CHECK_MSG(bits == want, V::name);
        const std::string_view five = q.set.substr(0, 5);  // (present_first takes at most 5)
        std::uint64_t masks[5] = {1, 1, 1, 1, 1};
        FUZZ_CHECK_MSG(V::present_first(p, end, five, masks) == P::bytes_present(p, end, five), V::name);
        for (std::size_t k = 0; k < 5; ++k) {
            std::uint64_t in_first = 0;
            for (std::size_t i = 0; k < five.size() && i < 64 && p + i < end; ++i)
                if (p[i] == five[k]) in_first |= std::uint64_t{1} << i;
            FUZZ_CHECK_MSG(masks[k] == in_first, V::name);
        }
    }
}

// The portable variant against a plain loop, so that the reference itself is checked too.
void check_portable(const char* p, const char* end, const query& q) {
    using P = simd::portable;
    const char* pair = end;
    for (const char* s = p; end - s >= 2; ++s) {
        if (s[0] == q.a && s[1] == q.b) {
            pair = s;
            break;
        }
    }
    FUZZ_CHECK(P::find_pair(p, end, q.a, q.b) == pair);
    std::size_t n = 0;
    for (const char* s = p; s < end; ++s) n += *s == q.a;
    FUZZ_CHECK(P::count_byte(p, end, q.a) == n);
    std::size_t before = 0;  // the a bytes before the pair (all of them when there is none)
    for (const char* s = p; s < pair; ++s) before += *s == q.a;
    std::size_t counted = 0;
    FUZZ_CHECK(P::find_pair_count(p, end, q.a, q.b, &counted) == pair);
    FUZZ_CHECK(counted == before);
    const char* high = p;
    while (high < end && static_cast<unsigned char>(*high) < 0x80) ++high;
    FUZZ_CHECK(P::find_non_ascii(p, end) == high);
    const char* special = p;
    while (special < end && !(static_cast<unsigned char>(*special) < 0x20 || *special == '"' || *special == '\\' ||
                               static_cast<unsigned char>(*special) >= 0x7F))
        ++special;
    FUZZ_CHECK(P::find_json_escape(p, end) == special);
    const char* other = p;  // the first byte that is not a screen-name character
    while (other < end && ((*other >= 'a' && *other <= 'z') || (*other >= 'A' && *other <= 'Z') ||
                           (*other >= '0' && *other <= '9') || *other == '_'))
        ++other;
    FUZZ_CHECK(P::find_non_name(p, end) == other);
    const std::string_view eight = q.set.substr(0, 8);
    unsigned present = 0;
    for (std::size_t k = 0; k < eight.size(); ++k) {
        for (const char* s = p; s < end; ++s) {
            if (*s == eight[k]) {
                present |= 1u << k;
                break;
            }
        }
    }
    FUZZ_CHECK(P::bytes_present(p, end, eight) == present);
}

template <class... V>
void compare_all(simd::variant_list<V...>, const char* p, const char* end, const query& q) {
    ((V::supported() ? compare<V>(p, end, q) : void()), ...);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 4) return 0;
    const char* in = reinterpret_cast<const char*>(data);
    const std::size_t set_size = data[3] & 31u;
    if (set_size > 16 || size < 4 + set_size) return 0;
    const query q{in[0], in[1], static_cast<char>(data[2] & 0x7Fu), std::string_view(in + 4, set_size)};
    const char* const bytes = in + 4 + set_size;
    const std::size_t n = size - 4 - set_size;
    const std::size_t max_from = n > 4096 ? 8 : 64;  // (long inputs: fewer starts, as many blocks)
    for (std::size_t from = 0; from <= n && from <= max_from; ++from) {
        for (std::size_t cut = 0; cut <= 3 && from + cut <= n; ++cut) {
            const std::size_t len = n - from - cut;
            const std::unique_ptr<char[]> copy(new char[len]);
            if (len != 0) std::memcpy(copy.get(), bytes + from, len);
            compare_all(simd::compiled_variants{}, copy.get(), copy.get() + len, q);
            check_portable(copy.get(), copy.get() + len, q);
        }
    }
    return 0;
}
