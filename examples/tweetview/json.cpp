// JSON writing: string literals (always valid UTF-8) and numbers, into room reserved beforehand.
#include "tool.hpp"

#include <charconv>

namespace tool {

// The library's writer (write_json_string: one pass, SIMD through the header's layer).
char* put_json_string(char* o, std::string_view s, json_text_info* info, bool lossless) {
    return tweetview::write_json_string(s, o, lossless ? tweetview::json_invalid::escape_byte : tweetview::json_invalid::replace,
                                        info ? &info->ascii : nullptr);
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
    if (first < 100) {  // 9 or 10 digits (times, offsets): the first one or two written out
        if (first >= 10) *o++ = static_cast<char>('0' + first / 10);
        *o++ = static_cast<char>('0' + first % 10);
    } else if (first < e8) {
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
