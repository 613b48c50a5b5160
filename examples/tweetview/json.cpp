// JSON writing: string literals (always valid UTF-8) and numbers, into room reserved beforehand.
#include "tool.hpp"

#include <charconv>

namespace tool {

namespace {

constexpr std::uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u, low7 = 0x7F7F7F7F7F7F7F7Fu;

// The high bit of each byte of x that a JSON string cannot hold as it is: a control character,
// '"', '\\', DEL, or any byte >= 0x80 (UTF-8 to validate). Exact in every byte: no sum carries
// from one byte into the next, so the first flagged byte is the first such byte.
inline std::uint64_t special_bytes(std::uint64_t x) {
    const std::uint64_t y = x & low7;
    const std::uint64_t del_or_high = ((y + ones) | x) & high;   // y + 1 reaches 0x80 only from 0x7F
    const std::uint64_t control = ~(y + 0x60 * ones) & ~x & high;  // y + 0x60 < 0x80: y < 0x20
    const std::uint64_t q = x ^ (0x22 * ones), b = x ^ (0x5C * ones);
    const std::uint64_t quote = ~(((q & low7) + low7) | q) & high;  // the zero bytes of q
    const std::uint64_t backslash = ~(((b & low7) + low7) | b) & high;
    return del_or_high | control | quote | backslash;
}

// The special_bytes() mask of the 8 bytes at p, byte 0 lowest on any machine (load_le64), and the
// index of its first flagged byte (m not 0) through the library's bit scan.
inline std::uint64_t special_at(const char* p) { return special_bytes(tweetview::detail::load_le64(p)); }
inline unsigned first_flagged(std::uint64_t m) { return tweetview::detail::simd::ctz64(m) >> 3; }

inline bool needs_escape(char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c < 0x20 || c == '"' || c == '\\' || c >= 0x7F;
}

// Copies a block from p to o and returns how many of its first bytes need no escape: up to the
// first one that does (needs_escape), or the whole block. The block is 16 bytes (two words) when
// n >= 16, else all n (the first and last bytes of p[0, n) as one or two overlapping words, so
// that a short string takes one test rather than a byte loop). The room json_string_bound gives
// allows the copy.
inline std::size_t copy_plain(const char* p, std::size_t n, char* o) {
    if (n >= 16) {
        std::memcpy(o, p, 16);
        std::uint64_t m = special_at(p);
        if (m != 0) return first_flagged(m);
        m = special_at(p + 8);
        return m == 0 ? 16 : 8 + first_flagged(m);
    }
    if (n < 4) {
        std::size_t i = 0;
        while (i < n && !needs_escape(p[i])) o[i] = p[i], ++i;
        return i;
    }
    // 4 to 15 bytes: its first half-word and its last, overlapping (bytes [0, w) and [n - w, n),
    // w = 8, or 4 when n < 8), tested as one or two words and copied as they are.
    const std::size_t w = n >= 8 ? 8 : 4;
    char head[8], tail[8];
    std::memcpy(head, p, w);
    std::memcpy(tail, p + n - w, w);
    std::memcpy(o, head, w);
    std::memcpy(o + n - w, tail, w);
    if (w == 4) {
        char both[8];
        std::memcpy(both, head, 4);
        std::memcpy(both + 4, tail, 4);
        const std::uint64_t m = special_at(both);
        if (m == 0) return n;
        const unsigned at = first_flagged(m);
        return at < 4 ? at : n - 4 + (at - 4);
    }
    std::uint64_t m = special_at(head);
    if (m != 0) return first_flagged(m);
    m = special_at(tail);
    return m == 0 ? n : n - 8 + first_flagged(m);
}

}  // namespace

char* put_json_string(char* o, std::string_view s, json_text_info* info, bool lossless) {
    static const char hex[] = "0123456789abcdef";
    *o++ = '"';
    const char* p = s.data();
    const char* const end = p + s.size();
    bool ascii = true;
    while (p < end) {
        const std::size_t k = copy_plain(p, static_cast<std::size_t>(end - p), o);
        p += k;
        o += k;
        if (p == end || !needs_escape(*p)) continue;
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            ascii = false;
            const tweetview::utf8_decoded d = tweetview::decode_utf8(p, end);
            if (d.valid) {
                for (std::uint32_t i = 0; i < d.length; ++i) *o++ = *p++;
            } else if (lossless) {
                // The byte itself, as Python's "surrogateescape" writes it: U+DC80 to U+DCFF.
                o = put_raw(o, "\\udc");
                *o++ = hex[c >> 4];
                *o++ = hex[c & 15];
                ++p;
            } else {
                // One U+FFFD per byte that starts no well-formed character: what the library
                // counts as one code point, so that entity indices fit the text written.
                o = put_raw(o, "\xEF\xBF\xBD");
                ++p;
            }
            continue;
        }
        switch (c) {
            case '"': o = put_raw(o, "\\\""); break;
            case '\\': o = put_raw(o, "\\\\"); break;
            case '\n': o = put_raw(o, "\\n"); break;
            case '\r': o = put_raw(o, "\\r"); break;
            case '\t': o = put_raw(o, "\\t"); break;
            case '\b': o = put_raw(o, "\\b"); break;
            case '\f': o = put_raw(o, "\\f"); break;
            default:  // another control character, or DEL
                o = put_raw(o, "\\u00");
                *o++ = hex[c >> 4];
                *o++ = hex[c & 15];
        }
        ++p;
    }
    *o++ = '"';
    if (info) info->ascii = ascii;
    return o;
}

namespace {
// The eight decimal digits of v < 10^8 (leading zeros included) as values 0-9, the first digit in
// the low byte: split into 4-digit halves, then 2-digit quarters, then digits, each step on every
// lane of the word at once. The divisions are multiplications by reciprocals, exact in these
// ranges (x / 100 = x * 5243 >> 19 for x < 43699; x / 10 = x * 103 >> 10 for x < 179), and no
// lane's product reaches the next lane.
inline std::uint64_t eight_digit_values(std::uint32_t v) {
    std::uint64_t x = (v / 10000) | (std::uint64_t{v % 10000} << 32);
    const std::uint64_t hundreds = ((x * 5243) >> 19) & 0x0000007F0000007Fu;
    x = hundreds | ((x - hundreds * 100) << 16);
    const std::uint64_t tens = ((x * 103) >> 10) & 0x000F000F000F000Fu;
    return tens | ((x - tens * 10) << 8);
}
// Byte i of x to o[i], on any machine (written out, compilers make it one store where that is
// right).
inline void store_le64(char* o, std::uint64_t x) {
    o[0] = static_cast<char>(x);
    o[1] = static_cast<char>(x >> 8);
    o[2] = static_cast<char>(x >> 16);
    o[3] = static_cast<char>(x >> 24);
    o[4] = static_cast<char>(x >> 32);
    o[5] = static_cast<char>(x >> 40);
    o[6] = static_cast<char>(x >> 48);
    o[7] = static_cast<char>(x >> 56);
}
constexpr std::uint64_t ascii_zeros = 0x3030303030303030u;

// v < 10^8 without leading zeros ("0" for 0).
inline char* put_leading(char* o, std::uint32_t v) {
    const std::uint64_t d = eight_digit_values(v);
    const unsigned zeros = v == 0 ? 7u : tweetview::detail::simd::ctz64(d) / 8u;
    store_le64(o, (d + ascii_zeros) >> (8 * zeros));
    return o + 8 - zeros;
}
// v < 10^8 as eight digits.
inline char* put_eight(char* o, std::uint32_t v) {
    store_le64(o, eight_digit_values(v) + ascii_zeros);
    return o + 8;
}
}  // namespace

// Eight digits a step (eight_digit_values), the leading zeros of the first step shifted out. The
// stores are whole words: at most json_number_bound bytes from o are written (20 digits: 4, 8, 8).
char* put_json_uint_any(char* o, unsigned long long v) {
    constexpr unsigned long long e8 = 100000000u;
    if (v < e8) return put_leading(o, static_cast<std::uint32_t>(v));
    const unsigned long long first = v / e8;  // the digits before the last eight
    if (first < e8) {
        o = put_leading(o, static_cast<std::uint32_t>(first));
    } else {
        o = put_leading(o, static_cast<std::uint32_t>(first / e8));
        o = put_eight(o, static_cast<std::uint32_t>(first % e8));
    }
    return put_eight(o, static_cast<std::uint32_t>(v % e8));
}

char* put_json_int(char* o, long long v) {
    if (v >= 0) return put_json_uint(o, static_cast<unsigned long long>(v));
    return std::to_chars(o, o + json_number_bound, v).ptr;
}

namespace {
template <class Put, class Value>
void append_with(std::string& out, std::size_t bound, Put put, Value v) {
    char small[64];
    if (bound <= sizeof small) {
        out.append(small, static_cast<std::size_t>(put(small, v) - small));
        return;
    }
    const std::size_t at = out.size();
    out.resize(at + bound);
    out.resize(static_cast<std::size_t>(put(&out[at], v) - out.data()));
}
}  // namespace

void append_json_string(std::string& out, std::string_view s, bool lossless) {
    append_with(out, json_string_bound(s.size()), [lossless](char* o, std::string_view v) { return put_json_string(o, v, nullptr, lossless); }, s);
}

void append_json_uint(std::string& out, unsigned long long v) { append_with(out, json_number_bound, put_json_uint, v); }

void append_json_uint(byte_buffer& out, unsigned long long v) { out.commit(put_json_uint(out.reserve_more(json_number_bound), v)); }

void append_json_int(std::string& out, long long v) { append_with(out, json_number_bound, put_json_int, v); }

}  // namespace tool
