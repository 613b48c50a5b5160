// The SIMD layer (section 2 of the header): every search of every variant compiled into this build
// gives what the portable variant gives on the same input, and the portable variant gives what a
// naive loop written here gives (and avx512's match_block and present_first, which only it has,
// what naive gives).
// Inputs: every length 0..300 at every alignment 0..63, a match at every position, bytes >= 0x80
// around and as the target, long inputs for count_byte's lane counters, and random bytes.
#include <doctest/doctest.h>

#include <tweetview/tweetview.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace simd = tweetview::detail::simd;

namespace {

// What each search means, written as plainly as possible.
struct naive {
    static const char* find_byte(const char* p, const char* e, char c) {
        for (; p < e; ++p)
            if (*p == c) return p;
        return e;
    }
    static const char* find_pair(const char* p, const char* e, char a, char b) {
        for (; p + 1 < e; ++p)
            if (p[0] == a && p[1] == b) return p;
        return e;
    }
    static const char* find_either(const char* p, const char* e, char a, char b) {
        for (; p < e; ++p)
            if (*p == a || *p == b) return p;
        return e;
    }
    static const char* find_any(const char* p, const char* e, std::string_view set) {
        for (; p < e; ++p)
            if (set.find(*p) != std::string_view::npos) return p;
        return e;
    }
    static const char* find_non_ascii(const char* p, const char* e) {
        for (; p < e; ++p)
            if (static_cast<unsigned char>(*p) >= 0x80) return p;
        return e;
    }
    static const char* find_non_ascii_or(const char* p, const char* e, char c) {
        for (; p < e; ++p)
            if (static_cast<unsigned char>(*p) >= 0x80 || *p == c) return p;
        return e;
    }
    static const char* find_non_name(const char* p, const char* e) {
        for (; p < e; ++p) {
            const char c = *p;
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return p;
        }
        return e;
    }
    static const char* find_json_escape(const char* p, const char* e) {
        for (; p < e; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F) return p;
        }
        return e;
    }
    static std::size_t count_byte(const char* p, const char* e, char c) {
        std::size_t n = 0;
        for (; p < e; ++p) n += *p == c;
        return n;
    }
    static const char* find_pair_count(const char* p, const char* e, char a, char b, std::size_t* n) {
        const char* at = find_pair(p, e, a, b);
        *n += count_byte(p, at, a);
        return at;
    }
    static const char* match_block(const char* p, const char* e, char a, char b, std::uint64_t* bits) {
        for (; p < e; p += e - p < 64 ? e - p : 64) {
            std::uint64_t m = 0;
            for (std::size_t i = 0; i < 64 && p + i < e; ++i)
                if (p[i] == a || p[i] == b) m |= std::uint64_t{1} << i;
            if (m != 0) {
                *bits = m;
                return p;
            }
        }
        *bits = 0;
        return e;
    }
    static unsigned bytes_present(const char* p, const char* e, std::string_view set) {
        unsigned bits = 0;
        for (std::size_t k = 0; k < set.size() && k < 8; ++k)
            if (std::string_view(p, static_cast<std::size_t>(e - p)).find(set[k]) != std::string_view::npos)
                bits |= 1u << k;
        return bits;
    }
};

struct failures {
    std::size_t count = 0;
    std::string first;
    void note(const char* variant, const char* search, const char* p, const char* e, std::size_t got, std::size_t want) {
        if (count++ == 0) {
            std::string bytes;
            for (const char* q = p; q < e && q < p + 80; ++q) {
                char h[4];
                std::snprintf(h, sizeof h, "%02x", static_cast<unsigned>(static_cast<unsigned char>(*q)));
                bytes += h;
            }
            first = std::string(variant) + "::" + search + " on " + std::to_string(e - p) + " bytes [" + bytes +
                    "]: got " + std::to_string(got) + ", want " + std::to_string(want);
        }
    }
};

// Runs every search of V on [p, e) with the query bytes a, b and compares with Ref.
template <class V, class Ref>
void compare(const char* name, const char* p, const char* e, char a, char b, failures& f) {
    auto off = [p](const char* q) { return static_cast<std::size_t>(q - p); };
    auto same = [&](const char* search, std::size_t got, std::size_t want) {
        if (got != want) f.note(name, search, p, e, got, want);
    };
    const char c = static_cast<unsigned char>(a) < 0x80 ? a : '&';
    const char set[] = {a, b, '#', '\xEF', '\n'};
    same("find_byte", off(V::find_byte(p, e, a)), off(Ref::find_byte(p, e, a)));
    same("find_pair", off(V::find_pair(p, e, a, b)), off(Ref::find_pair(p, e, a, b)));
    same("find_pair(a,a)", off(V::find_pair(p, e, a, a)), off(Ref::find_pair(p, e, a, a)));
    same("find_either", off(V::find_either(p, e, a, b)), off(Ref::find_either(p, e, a, b)));
    for (const std::size_t k : {0u, 1u, 3u, 5u})
        same("find_any", off(V::find_any(p, e, std::string_view(set, k))), off(Ref::find_any(p, e, std::string_view(set, k))));
    same("find_non_ascii", off(V::find_non_ascii(p, e)), off(Ref::find_non_ascii(p, e)));
    same("find_non_ascii_or", off(V::find_non_ascii_or(p, e, c)), off(Ref::find_non_ascii_or(p, e, c)));
    same("find_json_escape", off(V::find_json_escape(p, e)), off(Ref::find_json_escape(p, e)));
    same("find_non_name", off(V::find_non_name(p, e)), off(Ref::find_non_name(p, e)));
    same("count_byte", V::count_byte(p, e, a), Ref::count_byte(p, e, a));
    std::size_t got_n = 7, want_n = 7;  // (it adds to what is there)
    same("find_pair_count", off(V::find_pair_count(p, e, a, b, &got_n)), off(Ref::find_pair_count(p, e, a, b, &want_n)));
    same("find_pair_count's count", got_n, want_n);
    const char sigils[] = {'@', '.', '#', '$', '\xEF', a, b, '\0'};  // the entity prefilter's, and more
    for (const std::string_view q : {std::string_view(set, 5), std::string_view(sigils, 5), std::string_view(sigils, 8),
                                     std::string_view(set, 1), std::string_view(set, 0)})
        same("bytes_present", V::bytes_present(p, e, q), Ref::bytes_present(p, e, q));
    if constexpr (V::has_match_block) {  // (avx512 only, against naive)
        for (const char y : {a, b}) {
            std::uint64_t got_bits = 1, want_bits = 2;
            const std::size_t got = off(V::match_block(p, e, a, y, &got_bits));
            same("match_block", got, off(naive::match_block(p, e, a, y, &want_bits)));
            if (got_bits != want_bits) f.note(name, "match_block's mask", p, e, 0, 1);
        }
        // present_first: bytes_present, and each byte's matches in the first 64 bytes
        for (const std::string_view q : {std::string_view(sigils, 5), std::string_view(set, 5),
                                         std::string_view(set, 2), std::string_view(set, 0)}) {
            std::uint64_t got_first[5] = {1, 1, 1, 1, 1};
            same("present_first", V::present_first(p, e, q, got_first), Ref::bytes_present(p, e, q));
            for (std::size_t k = 0; k < 5; ++k) {
                std::uint64_t want = 0;
                for (std::size_t i = 0; k < q.size() && i < 64 && p + i < e; ++i)
                    if (p[i] == q[k]) want |= std::uint64_t{1} << i;
                if (got_first[k] != want) f.note(name, "present_first's masks", p, e, 0, 1);
            }
        }
    }
}

// Every variant compiled in against portable, and portable against naive.
// (A run-time variant the CPU lacks is left out: the first test case says so.)
template <class... V>
void compare_all(simd::variant_list<V...>, const char* p, const char* e, char a, char b, failures& f) {
    compare<simd::portable, naive>("portable", p, e, a, b, f);
    ((V::supported() ? compare<V, simd::portable>(V::name, p, e, a, b, f) : void()), ...);
}

void compare_all(const char* p, const char* e, char a, char b, failures& f) {
    compare_all(simd::compiled_variants{}, p, e, a, b, f);
}

template <class... V>
std::string names(simd::variant_list<V...>) {
    std::string s;
    ((s += std::string(s.empty() ? "" : ", ") + V::name + (V::supported() ? "" : " (not on this CPU: not tested)")), ...);
    return s;
}

constexpr std::size_t max_len = 300, max_align = 64;

// A buffer aligned to 64 bytes with room for every alignment and length, plus a guard either side
// so a stray read past [p, e) at least sees bytes that would change the answer.
struct buffer {
    std::vector<char> store = std::vector<char>(max_len + 3 * max_align);
    char* base() {
        const auto a = reinterpret_cast<std::uintptr_t>(store.data());
        return store.data() + (max_align - a % max_align) % max_align + max_align;
    }
    // Fills the whole store with `fill` and the guards with the query bytes.
    char* prepare(std::size_t align, std::size_t len, char fill, char a, char b) {
        std::memset(store.data(), fill, store.size());
        char* p = base() + align;
        for (char* q = store.data(); q < p; ++q) *q = (q - store.data()) % 2 ? a : b;
        for (char* q = p + len; q < store.data() + store.size(); ++q) *q = (q - p) % 2 ? a : b;
        return p;
    }
};

struct query {
    char a, b, fill;
};
// Targets and backgrounds: the header's own queries ('\n' '\n', '\n' '\r', '@' 0xEF, '&') and
// bytes >= 0x80 as target and as background.
const query queries[] = {{'\n', '\n', 'x'}, {'\n', '\r', 'y'}, {'@', '\xEF', 'a'}, {'#', '.', '\xC3'},
                         {'&', '&', '\x80'}, {'\xFF', '\x80', 'z'}, {'\xEF', '\xBC', '\x7F'}};
// JSON's specials on spaces (0x20, the first byte find_json_escape passes): in the test of a
// match at every position (the others' guard bytes, '\n' among them, already catch a read past
// either end).
const query json_query = {'"', '\\', ' '};

}  // namespace

TEST_CASE("SIMD layer: the variants compiled into this build") {
    const std::string n = names(simd::compiled_variants{});
    const char* const dispatch = TWEETVIEW_HAS_X86_DISPATCH ? ", the searches the header dispatches at run time the widest of avx512bw and avx2 the CPU has" : "";
    MESSAGE("variants: " << n << "; every search uses " << std::string(simd::active::name) << dispatch);
    CHECK(n.rfind("portable", 0) == 0);
#if TWEETVIEW_HAS_SSE2
    CHECK(n.find("sse2") != std::string::npos);
#endif
#if TWEETVIEW_HAS_NEON
    CHECK(n.find("neon") != std::string::npos);
#endif
#if TWEETVIEW_HAS_X86_DISPATCH
    CHECK(n.find("avx2") != std::string::npos);
    CHECK(n.find("avx512bw") != std::string::npos);
#endif
}

TEST_CASE("SIMD layer: every length 0..300 at every alignment, no match inside") {
    buffer buf;
    failures f;
    for (const query& q : queries)
        for (std::size_t len = 0; len <= max_len; ++len)
            for (std::size_t align = 0; align < max_align; ++align) {
                const char* p = buf.prepare(align, len, q.fill, q.a, q.b);
                compare_all(p, p + len, q.a, q.b, f);
            }
    INFO(f.first);
    CHECK(f.count == 0);
}

TEST_CASE("SIMD layer: a match at every position of every length") {
    // Four of the queries (a pair of ASCII bytes; ASCII and 0xEF in text; bytes >= 0x80 on ASCII;
    // '"' and '\\' on spaces).
    const query some[] = {queries[0], queries[2], queries[5], json_query};
    buffer buf;
    failures f;
    for (const query& q : some)
        for (std::size_t len = 1; len <= max_len; ++len) {
            for (std::size_t pos = 0; pos < len; ++pos) {
                const std::size_t align = (len * 7 + pos) % max_align;
                char* p = buf.prepare(align, len, q.fill, q.a, q.b);
                p[pos] = q.a;
                if (pos + 1 < len) p[pos + 1] = q.b;
                compare_all(p, p + len, q.a, q.b, f);
                // A second, later match must not win over the first.
                if (pos % 4 == 0 && pos + 5 < len) {
                    p[pos + 4] = q.a;
                    p[pos + 5] = q.b;
                    compare_all(p, p + len, q.a, q.b, f);
                }
            }
            // Only the last byte matches: the pair is cut by the end.
            char* p = buf.prepare(len % max_align, len, q.fill, q.a, q.b);
            p[len - 1] = q.a;
            compare_all(p, p + len, q.a, q.b, f);
        }
    INFO(f.first);
    CHECK(f.count == 0);
}

TEST_CASE("SIMD layer: count_byte past its lane counters (255 blocks)") {
    failures f;
    for (const std::size_t len : {4079u, 4080u, 4081u, 4096u, 8160u, 8161u, 100000u}) {
        std::string all(len, '\n');
        compare_all(all.data(), all.data() + len, '\n', '\n', f);
        compare_all(all.data() + 1, all.data() + len, '\n', '\n', f);
        std::string every3(len, '\xF0');
        for (std::size_t i = 0; i < len; i += 3) every3[i] = '\n';
        compare_all(every3.data(), every3.data() + len, '\n', '\r', f);
    }
    INFO(f.first);
    CHECK(f.count == 0);
    const std::string ones(100000, '\n');
    CHECK(simd::active::count_byte(ones.data(), ones.data() + ones.size(), '\n') == 100000);
}

TEST_CASE("SIMD layer: random bytes") {
    std::mt19937 rng(11);
    const char alphabet[] = "\n\r&@#.a\x80\xBC\xEF\xFF\x7F";
    buffer buf;
    failures f;
    for (int round = 0; round < 20000; ++round) {
        const std::size_t len = rng() % (max_len + 1), align = rng() % max_align;
        const std::size_t spread = 2 + rng() % (sizeof alphabet - 2);  // how many different bytes
        char* p = buf.prepare(align, len, 'x', '\n', '\n');
        for (std::size_t i = 0; i < len; ++i)
            p[i] = rng() % 8 == 0 ? alphabet[rng() % spread] : static_cast<char>('a' + rng() % 26);
        const char a = alphabet[rng() % (sizeof alphabet - 1)], b = alphabet[rng() % (sizeof alphabet - 1)];
        compare_all(p, p + len, a, b, f);
    }
    INFO(f.first);
    CHECK(f.count == 0);
}

TEST_CASE("SIMD layer: the dispatching searches are the active variant's") {
    namespace d = tweetview::detail;
    const std::string s = "ab\n\ncd&\xC3\xA9@\xEF\xBC\xA0#x\n\r";
    const char* p = s.data();
    const char* e = p + s.size();
    CHECK(d::find_pair(p, e, '\n', '\n') - p == 2);
    CHECK(d::find_pair(p, e, '\n', '\r') - p == 15);
    CHECK(d::find_either(p, e, '@', '\xEF') - p == 9);
    CHECK(d::find_any(p, e, "#&") - p == 6);
    CHECK(d::find_non_ascii(p, e) - p == 7);
    CHECK(d::find_non_ascii_or(p, e, '&') - p == 6);
    CHECK(d::find_byte(p, e, '#') - p == 13);
    CHECK(d::count_byte(p, e, '\n') == 3);
    CHECK(d::find_pair(p, p, '\n', '\n') == p);
    CHECK(d::count_byte(p, p, '\n') == 0);
    CHECK(d::bytes_present(p, e, "@.#$\xEF") == (1u | 4u | 16u));
    CHECK(d::bytes_present(p, p, "@") == 0);
}

TEST_CASE("byte primitives: same_bytes at every length and difference, name characters by table") {
    namespace bytes = tweetview::detail;
    char a[48], b[48];
    for (std::size_t n = 0; n <= 40; ++n) {
        for (std::size_t i = 0; i < n; ++i) a[i] = b[i] = static_cast<char>('a' + i % 26);
        CHECK(bytes::same_bytes(a, b, n));
        for (std::size_t d = 0; d < n; ++d) {  // one byte differs, wherever it is
            b[d] = static_cast<char>(b[d] ^ 0x20);
            CHECK_MESSAGE(!bytes::same_bytes(a, b, n), "n=" << n << " d=" << d);
            b[d] = a[d];
        }
    }
    // The bit table against the rule it encodes: ASCII letters, digits and '_'.
    for (int c = 0; c < 256; ++c) {
        const bool want = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        CHECK_MESSAGE(bytes::is_name_char(static_cast<char>(c)) == want, "byte " << c);
    }
    const std::string name = "ezyang_2/status";
    CHECK(bytes::name_length(name.data(), name.data() + name.size(), 51) == 8);
    CHECK(bytes::name_length(name.data(), name.data() + name.size(), 3) == 3);
    CHECK(bytes::name_length(name.data(), name.data() + 5, 51) == 5);
    CHECK(bytes::name_length(name.data() + 5, name.data(), 51) == 0);  // (past the end: nothing)
    // The word test against the bit table: every byte value in every place of a word of name
    // characters, and every other byte of the word a non-name byte.
    for (int c = 0; c < 256; ++c) {
        for (unsigned at = 0; at < 8; ++at) {
            for (const char fill : {'a', '@'}) {
                char w[8];
                std::memset(w, fill, 8);
                w[at] = static_cast<char>(c);
                const std::uint64_t got = bytes::name_bytes(bytes::load_le64(w));
                for (unsigned i = 0; i < 8; ++i)
                    CHECK_MESSAGE(((got >> (8 * i + 7)) & 1) == bytes::is_name_char(w[i]),
                                  "byte " << c << " at " << at << " fill " << fill << " lane " << i);
            }
        }
    }
    // name_length (the search find_non_name: blocks, words and bytes): every run length to 70,
    // every byte value after it, against a bytewise count.
    for (std::size_t len = 0; len <= 70; ++len) {
        for (int c = 0; c < 256; ++c) {
            std::string s;
            for (std::size_t i = 0; i < len; ++i) s += "aZ9_zA0"[i % 7];
            s += static_cast<char>(c);
            s += "/status/1";
            const std::size_t want = bytes::is_name_char(static_cast<char>(c)) ? len + 1 : len;
            CHECK_MESSAGE(bytes::name_length(s.data(), s.data() + s.size(), 100) == want,
                          "run " << len << " then byte " << c);
        }
    }
    // And every limit, with each kind of byte after the run.
    for (std::size_t len = 0; len <= 20; ++len) {
        for (const char* after : {"", "/status", "\xC3\xA9", "@", "`", "{", "[", ":", " "}) {
            std::string s;
            for (std::size_t i = 0; i < len; ++i) s += "aZ9_zA0"[i % 7];
            s += after;
            for (std::size_t max = 0; max <= 22; ++max) {
                const std::size_t want = len < max ? len : max;
                CHECK_MESSAGE(bytes::name_length(s.data(), s.data() + s.size(), max) == want,
                              "'" << s << "' max " << max);
            }
        }
    }
}
