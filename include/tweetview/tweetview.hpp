// tweetview: read Twitter-archive Markdown (twitter-archive-parser output) as zero-copy tweet views.
// https://github.com/tweetview/tweetview  SPDX-License-Identifier: MIT
//
// One header, C++17, standard library only. Read top to bottom:
//   1. version and configuration      5. whole-buffer range and streaming parser
//   2. bytes and UTF-8                6. entities (mentions, URLs, hashtags, cashtags)
//   3. time                           7. text repair (HTML entities, mojibake)
//   4. record core (stateless): parse_record
// Everything in tweetview::detail is internal and may change without notice.

// ---------------------------------------------------------------------------------------------
// 1. Version and configuration
// ---------------------------------------------------------------------------------------------
// Two different versions of this header in one translation unit is an error, not a silent mix.
#if defined(TWEETVIEW_VERSION_MAJOR)
#if TWEETVIEW_VERSION_MAJOR != 0 || TWEETVIEW_VERSION_MINOR != 1 || TWEETVIEW_VERSION_PATCH != 0
#error "two different versions of tweetview.hpp are included in one translation unit"
#endif
#endif

#ifndef TWEETVIEW_TWEETVIEW_HPP
#define TWEETVIEW_TWEETVIEW_HPP

#define TWEETVIEW_VERSION_MAJOR 0
#define TWEETVIEW_VERSION_MINOR 1
#define TWEETVIEW_VERSION_PATCH 0
#define TWEETVIEW_VERSION_STRING "0.1.0"

// TWEETVIEW_NO_SIMD: define to use only the portable scanning code (it is always compiled and
// tested; the SIMD path is an optimisation of it, never a requirement).
#if !defined(TWEETVIEW_NO_SIMD) && (defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64))
#define TWEETVIEW_HAS_SSE2 1
#include <emmintrin.h>
#else
#define TWEETVIEW_HAS_SSE2 0
#endif

#include <cstddef>
#include <cstdint>
#include <array>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <utility>

#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif

namespace tweetview {
// The inline namespace puts the version into every mangled name, so two versions linked into one
// program cannot silently share (and break) each other's inline functions.
inline namespace v0_1 {

// ---------------------------------------------------------------------------------------------
// 2. Bytes and UTF-8
// ---------------------------------------------------------------------------------------------
namespace detail {

inline unsigned ctz32(std::uint32_t x) noexcept {
#if defined(_MSC_VER) && !defined(__clang__)
    unsigned long i;
    _BitScanForward(&i, x);
    return static_cast<unsigned>(i);
#else
    return static_cast<unsigned>(__builtin_ctz(x));
#endif
}

// Position of the first `c` in [p, end), or end. memchr is vectorised by every libc we know.
inline const char* find_byte(const char* p, const char* end, char c) noexcept {
    if (p >= end) return end;
    const void* r = std::memchr(p, static_cast<unsigned char>(c), static_cast<std::size_t>(end - p));
    return r ? static_cast<const char*>(r) : end;
}

// Portable twin of find_pair: first i in [p, end-1) with p[i] == a and p[i+1] == b, or end.
inline const char* find_pair_portable(const char* p, const char* end, char a, char b) noexcept {
    for (; end - p >= 2; ++p) {
        if (p[0] == a && p[1] == b) return p;
    }
    return end;
}

// First position of the two-byte sequence (a, b) in [p, end), or end. Finding the blank line that
// precedes a footer this way skips every single line break of a body at 16 bytes a step.
inline const char* find_pair(const char* p, const char* end, char a, char b) noexcept {
#if TWEETVIEW_HAS_SSE2
    const __m128i va = _mm_set1_epi8(a);
    const __m128i vb = _mm_set1_epi8(b);
    while (end - p >= 17) {  // reads p[0..16]: both loads stay inside the input
        const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
        const int m = _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x0, va), _mm_cmpeq_epi8(x1, vb)));
        if (m != 0) return p + ctz32(static_cast<std::uint32_t>(m));
        p += 16;
    }
#endif
    return find_pair_portable(p, end, a, b);
}

// Number of `c` bytes in [p, end).
inline std::size_t count_byte_portable(const char* p, const char* end, char c) noexcept {
    std::size_t n = 0;
    for (; p < end; ++p) n += (*p == c);
    return n;
}

inline std::size_t count_byte(const char* p, const char* end, char c) noexcept {
    std::size_t n = 0;
#if TWEETVIEW_HAS_SSE2
    // A match is 0xFF, so subtracting it counts one per byte lane; up to 255 blocks fit in a
    // lane before the lanes are summed with SAD. No popcount instruction needed.
    const __m128i vc = _mm_set1_epi8(c);
    while (end - p >= 16) {
        __m128i acc = _mm_setzero_si128();
        int blocks = 0;
        while (end - p >= 16 && blocks < 255) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(x, vc));
            p += 16;
            ++blocks;
        }
        const __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
        n += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) + static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
    }
#endif
    return n + count_byte_portable(p, end, c);
}

constexpr std::size_t min_size(std::size_t a, std::size_t b) noexcept { return a < b ? a : b; }

inline bool starts_with(const char* p, const char* end, std::string_view s) noexcept {
    return p <= end && static_cast<std::size_t>(end - p) >= s.size() && std::memcmp(p, s.data(), s.size()) == 0;
}

// True when [p, end) is a proper or full prefix of s (used to decide "need more input").
inline bool is_prefix_of(const char* p, const char* end, std::string_view s) noexcept {
    if (p > end) return false;
    const std::size_t n = static_cast<std::size_t>(end - p);
    return n <= s.size() && std::memcmp(p, s.data(), n) == 0;
}

}  // namespace detail

// One decoded code point. `length` is the number of bytes consumed (1 to 4, never 0 on non-empty
// input). Invalid UTF-8 (a bad lead byte, a missing continuation, an overlong form, a surrogate,
// a value over U+10FFFF, a sequence cut by the end of input) decodes as U+FFFD with the length of
// the maximal invalid subpart, as the Unicode standard recommends and browsers do.
struct utf8_decoded {
    char32_t code_point;
    std::uint32_t length;
    bool valid;
};

[[nodiscard]] inline utf8_decoded decode_utf8(const char* p, const char* end) noexcept {
    const auto b0 = static_cast<unsigned char>(p[0]);
    if (b0 < 0x80) return {b0, 1, true};
    std::uint32_t need;
    char32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0Fu;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;  // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07u;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;  // nothing over U+10FFFF
    } else {
        return {0xFFFD, 1, false};
    }
    std::uint32_t i = 1;
    for (; i <= need; ++i) {
        if (p + i >= end) return {0xFFFD, i, false};
        const auto b = static_cast<unsigned char>(p[i]);
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return {0xFFFD, i, false};
        cp = (cp << 6) | (b & 0x3Fu);
    }
    return {cp, need + 1, true};
}

// Result of validate_utf8. `error_offset` is the offset of the first byte that
// does not start a well-formed character, i.e. the length of the longest valid
// prefix; it equals the input size when `ok`.
struct utf8_result {
    bool ok;
    std::size_t error_offset;
};

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF, no truncated
// sequences), skipping ASCII 16 bytes at a time.
[[nodiscard]] inline utf8_result validate_utf8(std::string_view s) noexcept {
    const char* const b = s.data();
    const char* const e = b + s.size();
    const char* p = b;
    while (p < e) {
#if TWEETVIEW_HAS_SSE2
        while (e - p >= 16 && _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))) == 0) p += 16;
#endif
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        const utf8_decoded d = decode_utf8(p, e);
        if (!d.valid) return {false, static_cast<std::size_t>(p - b)};
        p += d.length;
    }
    return {true, s.size()};
}

// ---------------------------------------------------------------------------------------------
// 3. Time
// ---------------------------------------------------------------------------------------------
// A calendar date and time of day (proleptic Gregorian). weekday: 0 = Sunday ... 6 = Saturday.
struct date_time {
    std::int32_t year;
    std::uint8_t month;  // 1-12
    std::uint8_t day;    // 1-31
    std::uint8_t hour;
    std::uint8_t minute;
    std::uint8_t second;
    std::uint8_t weekday;
};

// A tweet's time: UTC seconds since 1970-01-01, the offset written in created_at, and the fields
// as written (local to that offset; real archives always write +0000, so they are UTC too).
struct tweet_time {
    std::int64_t unix_seconds;
    std::int32_t utc_offset_minutes;  // "+0530" -> 330, "-0800" -> -480
    date_time local;
};

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
[[nodiscard]] constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? static_cast<unsigned>(-3) : 9u)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// The calendar date and time of day of a count of seconds since 1970-01-01 00:00:00.
[[nodiscard]] constexpr date_time civil_from_seconds(std::int64_t s) noexcept {
    std::int64_t days = s / 86400;
    std::int64_t rem = s % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
    const std::int64_t wd = ((days % 7) + 11) % 7;  // 1970-01-01 was a Thursday (4)
    return date_time{static_cast<std::int32_t>(y),
                     static_cast<std::uint8_t>(m),
                     static_cast<std::uint8_t>(d),
                     static_cast<std::uint8_t>(rem / 3600),
                     static_cast<std::uint8_t>(rem / 60 % 60),
                     static_cast<std::uint8_t>(rem % 60),
                     static_cast<std::uint8_t>(wd)};
}

[[nodiscard]] constexpr bool is_leap_year(std::int64_t y) noexcept {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

[[nodiscard]] constexpr unsigned days_in_month(std::int64_t y, unsigned m) noexcept {
    return m == 2 ? (is_leap_year(y) ? 29u : 28u) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30u : 31u;
}

// The UTC date and time of a tweet_time.
[[nodiscard]] constexpr date_time utc(const tweet_time& t) noexcept { return civil_from_seconds(t.unix_seconds); }

// What went wrong in a created_at string, and where (byte index into it).
enum class time_errc : std::uint8_t { ok, weekday, month, day, hour, minute, second, offset, year, syntax, weekday_mismatch };

struct time_result {
    tweet_time time;
    time_errc ec;
    std::uint32_t where;  // byte index of the bad field in the input
    [[nodiscard]] explicit operator bool() const noexcept { return ec == time_errc::ok; }
};

// Human-readable "expected ..." for a time_errc; a static string.
[[nodiscard]] constexpr const char* expected(time_errc e) noexcept {
    switch (e) {
        case time_errc::ok: return "nothing";
        case time_errc::weekday: return "a weekday (Mon, Tue, Wed, Thu, Fri, Sat or Sun)";
        case time_errc::month: return "a month (Jan ... Dec)";
        case time_errc::day: return "a two-digit day that exists in that month";
        case time_errc::hour: return "a two-digit hour 00-23";
        case time_errc::minute: return "a two-digit minute 00-59";
        case time_errc::second: return "a two-digit second 00-59";
        case time_errc::offset: return "a UTC offset +hhmm or -hhmm (hh 00-23, mm 00-59)";
        case time_errc::year: return "a four-digit year";
        case time_errc::syntax: return "'Www Mmm DD hh:mm:ss +hhmm YYYY' (30 characters)";
        case time_errc::weekday_mismatch: return "the weekday of that date";
    }
    return "";
}

namespace detail {
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr unsigned two_digits(const char* p) noexcept {
    return static_cast<unsigned>(p[0] - '0') * 10u + static_cast<unsigned>(p[1] - '0');
}
// Weekday and month names, matched as a switch on their three bytes packed into an integer.
constexpr std::uint32_t pack3(const char* p) noexcept {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 | static_cast<unsigned char>(p[2]);
}
constexpr std::uint32_t pack3(char a, char b, char c) noexcept {
    return static_cast<std::uint32_t>(a) << 16 | static_cast<std::uint32_t>(b) << 8 | static_cast<std::uint32_t>(c);
}
constexpr int weekday_index(const char* p) noexcept {
    switch (pack3(p)) {
        case pack3('S', 'u', 'n'): return 0;
        case pack3('M', 'o', 'n'): return 1;
        case pack3('T', 'u', 'e'): return 2;
        case pack3('W', 'e', 'd'): return 3;
        case pack3('T', 'h', 'u'): return 4;
        case pack3('F', 'r', 'i'): return 5;
        case pack3('S', 'a', 't'): return 6;
        default: return -1;
    }
}
constexpr int month_index(const char* p) noexcept {
    switch (pack3(p)) {
        case pack3('J', 'a', 'n'): return 0;
        case pack3('F', 'e', 'b'): return 1;
        case pack3('M', 'a', 'r'): return 2;
        case pack3('A', 'p', 'r'): return 3;
        case pack3('M', 'a', 'y'): return 4;
        case pack3('J', 'u', 'n'): return 5;
        case pack3('J', 'u', 'l'): return 6;
        case pack3('A', 'u', 'g'): return 7;
        case pack3('S', 'e', 'p'): return 8;
        case pack3('O', 'c', 't'): return 9;
        case pack3('N', 'o', 'v'): return 10;
        case pack3('D', 'e', 'c'): return 11;
        default: return -1;
    }
}
}  // namespace detail

// Parses Twitter's created_at, "Mon Aug 02 02:25:42 +0000 2021", exactly: the weekday must be
// the weekday of the written date, February 29 only in leap years, seconds 00-59 (Twitter never
// wrote leap seconds), offset +hhmm or -hhmm, four-digit year. No locale, no strptime.
[[nodiscard]] constexpr time_result parse_created_at(std::string_view s) noexcept {
    using detail::is_digit;
    time_result r{tweet_time{0, 0, date_time{0, 0, 0, 0, 0, 0, 0}}, time_errc::ok, 0};
    auto fail = [&r](time_errc e, std::uint32_t at) {
        r.ec = e;
        r.where = at;
        return r;
    };
    const char* p = s.data();
    // Fields in order; the first bad one is reported.
    if (s.size() < 3) return fail(time_errc::weekday, 0);
    const int wd = detail::weekday_index(p);
    if (wd < 0) return fail(time_errc::weekday, 0);
    if (s.size() < 4 || p[3] != ' ') return fail(time_errc::syntax, 3);
    if (s.size() < 7) return fail(time_errc::month, 4);
    const int mon = detail::month_index(p + 4);
    if (mon < 0) return fail(time_errc::month, 4);
    if (s.size() < 8 || p[7] != ' ') return fail(time_errc::syntax, 7);
    if (s.size() < 10 || !is_digit(p[8]) || !is_digit(p[9])) return fail(time_errc::day, 8);
    if (s.size() < 11 || p[10] != ' ') return fail(time_errc::syntax, 10);
    if (s.size() < 13 || !is_digit(p[11]) || !is_digit(p[12])) return fail(time_errc::hour, 11);
    if (s.size() < 14 || p[13] != ':') return fail(time_errc::syntax, 13);
    if (s.size() < 16 || !is_digit(p[14]) || !is_digit(p[15])) return fail(time_errc::minute, 14);
    if (s.size() < 17 || p[16] != ':') return fail(time_errc::syntax, 16);
    if (s.size() < 19 || !is_digit(p[17]) || !is_digit(p[18])) return fail(time_errc::second, 17);
    if (s.size() < 20 || p[19] != ' ') return fail(time_errc::syntax, 19);
    if (s.size() < 25 || (p[20] != '+' && p[20] != '-') || !is_digit(p[21]) || !is_digit(p[22]) ||
        !is_digit(p[23]) || !is_digit(p[24]))
        return fail(time_errc::offset, 20);
    if (s.size() < 26 || p[25] != ' ') return fail(time_errc::syntax, 25);
    if (s.size() < 30 || !is_digit(p[26]) || !is_digit(p[27]) || !is_digit(p[28]) || !is_digit(p[29]))
        return fail(time_errc::year, 26);
    if (s.size() != 30) return fail(time_errc::syntax, 30);

    const unsigned day = detail::two_digits(p + 8), hour = detail::two_digits(p + 11);
    const unsigned minute = detail::two_digits(p + 14), second = detail::two_digits(p + 17);
    const unsigned off_h = detail::two_digits(p + 21), off_m = detail::two_digits(p + 23);
    const auto year = static_cast<std::int32_t>(detail::two_digits(p + 26) * 100 + detail::two_digits(p + 28));
    const auto month = static_cast<unsigned>(mon + 1);
    if (hour > 23) return fail(time_errc::hour, 11);
    if (minute > 59) return fail(time_errc::minute, 14);
    if (second > 59) return fail(time_errc::second, 17);
    if (off_h > 23 || off_m > 59) return fail(time_errc::offset, 20);
    if (day < 1 || day > days_in_month(year, month)) return fail(time_errc::day, 8);
    // days_from_civil for years 0-9999, in unsigned 32-bit arithmetic (shifted by one 400-year
    // era so nothing is negative): divisions by constants become multiplications.
    const unsigned yy = static_cast<unsigned>(year) + 400u - (month <= 2 ? 1u : 0u);
    const unsigned era = yy / 400u, yoe = yy - era * 400u;
    const unsigned doy = (153u * (month > 2 ? month - 3u : month + 9u) + 2u) / 5u + day - 1u;
    const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
    const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + doe - 719468 - 146097;
    // 146097 days are whole weeks and 1970-01-01 was a Thursday: the weekday is (doe + 3) % 7.
    if (static_cast<int>((doe + 3u) % 7u) != wd) return fail(time_errc::weekday_mismatch, 0);

    const std::int32_t off = (p[20] == '-' ? -1 : 1) * static_cast<std::int32_t>(off_h * 60 + off_m);
    r.time.local = date_time{year,
                             static_cast<std::uint8_t>(month),
                             static_cast<std::uint8_t>(day),
                             static_cast<std::uint8_t>(hour),
                             static_cast<std::uint8_t>(minute),
                             static_cast<std::uint8_t>(second),
                             static_cast<std::uint8_t>(wd)};
    r.time.utc_offset_minutes = off;
    r.time.unix_seconds = days * 86400 + static_cast<std::int64_t>(hour * 3600 + minute * 60 + second) -
                          static_cast<std::int64_t>(off) * 60;
    return r;
}

// Twitter's snowflake ids (from 2010-11-04 on) carry their creation time: milliseconds since the
// epoch = (id >> 22) + 1288834974657. Older ids were sequential and carry none.
constexpr std::int64_t snowflake_epoch_ms = 1288834974657;

// True for ids that are snowflakes. Sequential ids stayed below 3e10; snowflakes of the first
// 17 minutes after the snowflake epoch are below 2^42 too and are (harmlessly) not recognised.
[[nodiscard]] constexpr bool is_snowflake(std::uint64_t id) noexcept { return id >= (std::uint64_t{1} << 42); }

// Milliseconds since 1970 encoded in a snowflake id; -1 when `id` is not a snowflake.
[[nodiscard]] constexpr std::int64_t snowflake_ms(std::uint64_t id) noexcept {
    return is_snowflake(id) ? static_cast<std::int64_t>(id >> 22) + snowflake_epoch_ms : -1;
}

// Whether a snowflake id's time agrees with created_at (which is truncated to the second) within
// `tolerance_ms`. Twitter's clocks drift a little: in the real archive 11 of 6,415 snowflakes sit
// up to 13 ms before their created_at second and one a full second after, hence 1000 ms by default.
// Non-snowflake ids have no time and agree with anything.
[[nodiscard]] constexpr bool snowflake_agrees(std::uint64_t id, std::int64_t unix_seconds,
                                              std::int64_t tolerance_ms = 1000) noexcept {
    if (!is_snowflake(id)) return true;
    const std::int64_t ms = snowflake_ms(id);
    return ms >= unix_seconds * 1000 - tolerance_ms && ms <= unix_seconds * 1000 + 999 + tolerance_ms;
}

// ---------------------------------------------------------------------------------------------
// 4. Record core
// ---------------------------------------------------------------------------------------------
// An archive is a sequence of records. A record is a body (the tweet text as stored), a blank
// line, and a footer line; a separator line comes between (or after) records. What the footer and
// separator look like depends on the version of twitter-archive-parser that wrote the file: the
// layout below is that data, and the one record parser reads it.

// The footer line's form.
enum class footer_style : std::uint8_t {
    unknown,      // detect from the input
    originally,   // F02:      Originally on Twitter: [TS](URL)
    paren,        // F03-F07:  (Originally on Twitter: [TS](URL))
    icon_media,   // F08:      <img src="media/tweet.ico" width="12" /> [TS](URL)
    icon_dot,     // F09-F10:  <img src="./media/tweet.ico" width="12" /> [TS](URL)
    icon_parent,  // F11:      <img src="../../media/tweet.ico" width="12" /> [TS](URL)
};

// The separator between records (shown with LF line endings).
enum class separator_style : std::uint8_t {
    unknown,       // detect from the input
    dash2,         // "\n--\n"        (F02)
    dash4,         // "\n----\n"      (F03-F05)
    dash4_padded,  // "\n\n----\n\n"  (F06 and later)
};

enum class line_ending : std::uint8_t { unknown, lf, crlf };

// The shape of an archive. A default-constructed layout means "detect it from the first record".
struct layout {
    footer_style footer = footer_style::unknown;
    separator_style separator = separator_style::unknown;
    line_ending eol = line_ending::unknown;
    [[nodiscard]] constexpr bool known() const noexcept {
        return footer != footer_style::unknown && separator != separator_style::unknown && eol != line_ending::unknown;
    }
    friend constexpr bool operator==(const layout& a, const layout& b) noexcept {
        return a.footer == b.footer && a.separator == b.separator && a.eol == b.eol;
    }
    friend constexpr bool operator!=(const layout& a, const layout& b) noexcept { return !(a == b); }
};

// The seed flavour (F05): "(Originally on Twitter: ...)" and "\n----\n" after every record.
constexpr layout f05_layout{footer_style::paren, separator_style::dash4, line_ending::lf};

// A tweet, as views into the bytes it was parsed from. Trivially copyable; owns nothing.
struct tweet {
    std::string_view text;        // the body exactly as stored (HTML escapes and all)
    std::string_view created_at;  // "Mon Aug 02 02:25:42 +0000 2021"
    std::string_view url;         // "https://twitter.com/ezyang/status/1422020754267324418"
    std::string_view user;        // "ezyang" (screen name from the URL)
    std::string_view raw;         // the whole record: body, blank line and footer line
    std::uint64_t id = 0;         // 1422020754267324418
    tweet_time time{};            // parsed created_at
    std::uint64_t offset = 0;     // byte offset of the record's first byte in its input
    std::uint64_t line = 0;       // 1-based line of that byte (CRLF is one line break)
    layout shape{};               // the layout the record was read with
};

// Every way a record can be bad.
enum class errc : std::uint8_t {
    ok,
    bad_footer,         // footer line malformed outside the timestamp, URL and id
    bad_timestamp,      // created_at does not parse or does not exist
    bad_url,            // status URL is not https://twitter.com/USER/status/ID
    bad_id,             // status id missing, too long, with leading zeros, or over 2^64-1
    missing_separator,  // a complete footer line not followed by the separator line
    truncated,          // the input ends inside a record
    record_too_large,   // no record end within max_record_bytes
};

// A static, one-line description of an error kind.
[[nodiscard]] constexpr const char* message(errc e) noexcept {
    switch (e) {
        case errc::ok: return "ok";
        case errc::bad_footer: return "malformed footer line";
        case errc::bad_timestamp: return "bad timestamp";
        case errc::bad_url: return "bad status URL";
        case errc::bad_id: return "bad status id";
        case errc::missing_separator: return "missing separator after footer";
        case errc::truncated: return "input ends inside a record";
        case errc::record_too_large: return "record larger than max_record_bytes";
    }
    return "";
}

// A bad record. `raw` is its bytes (for record_too_large, only the first max_record_bytes of
// them; `size` always counts them all). line and column (1-based, column in bytes) and offset
// point at the problem itself; record_offset and record_line at the record's first byte.
struct error {
    errc kind = errc::ok;
    std::uint64_t line = 0;
    std::uint64_t column = 0;
    std::uint64_t offset = 0;
    std::uint64_t record_offset = 0;
    std::uint64_t record_line = 0;
    std::uint64_t size = 0;
    std::string_view raw;
    const char* expected = "";  // what the parser expected at that position (static string)
    [[nodiscard]] const char* message() const noexcept { return tweetview::message(kind); }
};

// What a record is. `trailer` is not a record of the archive: it holds bytes after the last
// record that are only line breaks and blanks (or a lone byte-order mark), so that the sizes of
// all records always add up to the input's size.
enum class record_kind : std::uint8_t { tweet, error, trailer };

// One record: a tweet or an error, and the separator bytes that followed it. Every input byte
// belongs to exactly one record's `prefix`, body-and-footer bytes, or `separator`.
struct record {
    record_kind kind = record_kind::tweet;
    tweetview::tweet tweet{};    // valid when kind == record_kind::tweet
    tweetview::error error{};    // valid when kind == record_kind::error
    std::string_view prefix;     // bytes before the record: a UTF-8 byte-order mark, or nothing
    std::string_view separator;  // bytes after it: the separator, or trailing line breaks
    [[nodiscard]] bool is_tweet() const noexcept { return kind == record_kind::tweet; }
    [[nodiscard]] bool is_error() const noexcept { return kind == record_kind::error; }
    // The record's own bytes (body and footer), as far as they are held (see error::raw).
    [[nodiscard]] std::string_view raw() const noexcept {
        return kind == record_kind::tweet ? tweet.raw : kind == record_kind::error ? error.raw : std::string_view();
    }
    // Bytes of input this record accounts for: prefix, record and separator.
    [[nodiscard]] std::uint64_t size() const noexcept {
        const std::uint64_t own = kind == record_kind::tweet ? tweet.raw.size() : kind == record_kind::error ? error.size : 0;
        return prefix.size() + own + separator.size();
    }
};

struct parse_options {
    layout shape{};  // fields left unknown are detected from the first record, then enforced
    // A record with its separator (and, for the first record, a byte-order mark) must fit in
    // this many bytes; a longer one is a record_too_large error. The stream's carry buffer never
    // holds more. Values under 256 count as 256.
    std::size_t max_record_bytes = std::size_t{1} << 20;
};

enum class parse_status : std::uint8_t {
    tweet,      // rec is a tweet; `consumed` bytes are done
    error,      // rec is an error; `consumed` bytes are done (resynchronised after it)
    need_more,  // no complete record yet: call again with more bytes, passing `next`
    end,        // (at end of input only) rec is a trailer of `consumed` bytes, possibly 0
    skip,       // record_too_large whose end is not in sight: see parse_record
};

// Where a record starts: the input offset and 1-based line of bytes[0], plus a scan hint.
// `resume` (from a need_more result) lets the next call on the same record, with more bytes
// appended, restart the scan where the last one stopped: feeding a record in tiny pieces stays
// linear. `eol` carries the line ending seen so far.
struct parse_position {
    std::uint64_t offset = 0;
    std::uint64_t line = 1;
    std::size_t resume = 0;
};

struct parse_result {
    parse_status status = parse_status::need_more;
    std::size_t consumed = 0;
    record rec{};
    parse_position next{};  // after `consumed` bytes; for need_more, the same start with a scan hint
    layout shape{};         // the layout as far as this record shows it
};

namespace detail {

constexpr std::string_view eol_str(line_ending e) noexcept { return e == line_ending::crlf ? "\r\n" : "\n"; }

struct footer_form {
    std::string_view prefix;  // before "[TS](URL)"
    std::string_view suffix;  // after it
};

constexpr footer_form footer_forms[] = {
    {"", ""},
    {"Originally on Twitter: ", ""},
    {"(Originally on Twitter: ", ")"},
    {"<img src=\"media/tweet.ico\" width=\"12\" /> ", ""},
    {"<img src=\"./media/tweet.ico\" width=\"12\" /> ", ""},
    {"<img src=\"../../media/tweet.ico\" width=\"12\" /> ", ""},
};

constexpr const footer_form& form(footer_style f) noexcept { return footer_forms[static_cast<int>(f)]; }

// The separator's text between the footer line's last byte and the next record, e.g. "\n----\n".
struct separator_text {
    char buf[12];
    std::uint8_t len;
    constexpr std::string_view view() const noexcept { return {buf, len}; }
};

constexpr separator_text make_separator(separator_style s, line_ending e) noexcept {
    separator_text t{{}, 0};
    const std::string_view nl = eol_str(e);
    auto add = [&t](std::string_view x) {
        for (char c : x) t.buf[t.len++] = c;
    };
    add(nl);
    if (s == separator_style::dash4_padded) add(nl);
    add(s == separator_style::dash2 ? "--" : "----");
    add(nl);
    if (s == separator_style::dash4_padded) add(nl);
    return t;
}

// Every separator, by [separator_style][line_ending == crlf], computed at compile time.
constexpr separator_text separator_table[4][2] = {
    {make_separator(separator_style::dash4, line_ending::lf), make_separator(separator_style::dash4, line_ending::crlf)},
    {make_separator(separator_style::dash2, line_ending::lf), make_separator(separator_style::dash2, line_ending::crlf)},
    {make_separator(separator_style::dash4, line_ending::lf), make_separator(separator_style::dash4, line_ending::crlf)},
    {make_separator(separator_style::dash4_padded, line_ending::lf),
     make_separator(separator_style::dash4_padded, line_ending::crlf)},
};

constexpr const separator_text& separator_for(separator_style s, line_ending e) noexcept {
    return separator_table[static_cast<int>(s)][e == line_ending::crlf ? 1 : 0];
}

constexpr std::size_t max_footer_line = 512;  // real footers are under 130 bytes

// Result of reading a footer line [p, line_end).
struct footer_fields {
    errc ec = errc::ok;
    const char* at = nullptr;  // position of the problem
    const char* expected = "";
    std::string_view created_at, url, user;
    std::uint64_t id = 0;
    tweet_time time{};
};

// Screen names are letters, digits and '_'.
constexpr bool is_name_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Parses "[TS](https://twitter.com/USER/status/ID)" + suffix over exactly [p, end).
inline footer_fields read_footer_fields(const char* p, const char* end, std::string_view suffix) noexcept {
    footer_fields f;
    auto fail = [&f](errc e, const char* at, const char* exp) {
        f.ec = e;
        f.at = at;
        f.expected = exp;
        return f;
    };
    if (p >= end || *p != '[') return fail(errc::bad_footer, p, "'[' before the timestamp");
    const char* ts = p + 1;
    // The timestamp is 30 bytes; look further for ']' only to report a bad one well.
    const char* close = (end - ts > 30 && ts[30] == ']') ? ts + 30 : find_byte(ts, end, ']');
    const time_result tr = parse_created_at(std::string_view(ts, static_cast<std::size_t>(close - ts)));
    if (!tr) {
        // A timestamp that runs into ']' early or late is reported at the field that breaks.
        return fail(errc::bad_timestamp, ts + tr.where, expected(tr.ec));
    }
    if (close == end) return fail(errc::bad_footer, end, "']' after the timestamp");
    f.created_at = std::string_view(ts, 30);
    f.time = tr.time;
    p = close + 1;
    if (p == end || *p != '(') return fail(errc::bad_footer, p, "'(' after the timestamp's ']'");
    ++p;
    constexpr std::string_view base = "https://twitter.com/";
    const char* url_begin = p;
    if (!starts_with(p, end, base)) return fail(errc::bad_url, p, "a URL starting https://twitter.com/");
    p += base.size();
    const char* user = p;
    while (p < end && is_name_char(*p)) ++p;
    if (p == user || p - user > 50) return fail(errc::bad_url, user, "a screen name of 1 to 50 letters, digits or '_'");
    constexpr std::string_view status = "/status/";
    if (!starts_with(p, end, status)) return fail(errc::bad_url, p, "'/status/' after the screen name");
    f.user = std::string_view(user, static_cast<std::size_t>(p - user));
    p += status.size();
    const char* digits = p;
    while (p < end && is_digit(*p)) ++p;
    const auto ndigits = p - digits;
    if (ndigits == 0 || *digits == '0') return fail(errc::bad_id, digits, "a status id: digits, no leading zero");
    if (ndigits > 20) return fail(errc::bad_id, digits, "a status id of at most 18446744073709551615");
    // Nineteen digits always fit in 64 bits; only a twentieth can overflow.
    std::uint64_t id = 0;
    const char* q = digits;
    for (; q < p && q - digits < 19; ++q) id = id * 10 + static_cast<unsigned>(*q - '0');
    if (q < p) {
        const auto d = static_cast<unsigned>(*q - '0');
        if (id > (UINT64_MAX - d) / 10) return fail(errc::bad_id, digits, "a status id of at most 18446744073709551615");
        id = id * 10 + d;
    }
    if (p >= end || *p != ')') {
        if (p < end && is_name_char(*p))
            return fail(errc::bad_id, p, "only digits in the status id");
        return fail(errc::bad_footer, p, "')' after the status URL");
    }
    f.url = std::string_view(url_begin, static_cast<std::size_t>(p - url_begin));
    f.id = id;
    ++p;
    if (static_cast<std::size_t>(end - p) != suffix.size() || std::memcmp(p, suffix.data(), suffix.size()) != 0) {
        return fail(errc::bad_footer, p, suffix.empty() ? "the end of the footer line" : "')' ending the footer line");
    }
    return f;
}

// Which footer form, if any, the line at p starts with. `want` restricts to one form.
inline footer_style footer_prefix_at(const char* p, const char* end, footer_style want, bool* need_more) noexcept {
    *need_more = false;
    for (int i = 1; i <= 5; ++i) {
        const auto fs = static_cast<footer_style>(i);
        if (want != footer_style::unknown && fs != want) continue;
        const std::string_view pre = form(fs).prefix;
        if (starts_with(p, end, pre)) return fs;
        if (is_prefix_of(p, end, pre)) *need_more = true;
    }
    return footer_style::unknown;
}

// The separator that follows a footer line ending at p (p = first byte after the footer's last
// character), under `want` (unknown: any). Returns its length, 0 if none, and sets *need_more
// when the bytes before `end` are too few to tell.
inline std::size_t separator_at(const char* p, const char* end, separator_style want, line_ending eol,
                                separator_style* found, bool* need_more) noexcept {
    *need_more = false;
    // Padded first: "\n\n----\n\n" must not read as "\n" + a body that starts with a blank line.
    constexpr separator_style order[] = {separator_style::dash4_padded, separator_style::dash4, separator_style::dash2};
    for (separator_style s : order) {
        if (want != separator_style::unknown && s != want) continue;
        const std::string_view sv = separator_for(s, eol).view();
        if (starts_with(p, end, sv)) {
            *found = s;
            return sv.size();
        }
        if (is_prefix_of(p, end, sv)) *need_more = true;
    }
    return 0;
}

// The number of bytes of "trailing line breaks and blanks" at [p, end); equals end - p when
// the whole rest is such bytes.
inline std::size_t blank_run(const char* p, const char* end) noexcept {
    const char* q = p;
    while (q < end && (*q == '\n' || *q == '\r' || *q == ' ' || *q == '\t')) ++q;
    return static_cast<std::size_t>(q - p);
}

// Line and column of `at`, given the record start `rec` (at line `line0`, column 1) and the line
// breaks counted up to `known` (a position at or before `at` that starts a line, with `lines_to_known`
// breaks before it).
struct line_col {
    std::uint64_t line;
    std::uint64_t column;
};
inline line_col locate(const char* known, std::uint64_t line_at_known, const char* at) noexcept {
    const std::uint64_t breaks = count_byte(known, at, '\n');
    const char* line_start = known;
    if (breaks) {
        const char* q = at;
        while (q > known && q[-1] != '\n') --q;
        line_start = q;
    }
    return {line_at_known + breaks, static_cast<std::uint64_t>(at - line_start) + 1};
}

}  // namespace detail


namespace detail {

// KMP matcher for one separator string (at most 12 bytes), fed across calls. Used to skip the
// rest of a record_too_large up to the next separator.
class separator_matcher {
public:
    void reset(layout shape) noexcept {
        sep_ = separator_for(shape.separator == separator_style::unknown ? separator_style::dash4 : shape.separator,
                             shape.eol == line_ending::unknown ? line_ending::lf : shape.eol);
        matched_ = 0;
        fail_[0] = 0;
        std::size_t k = 0;
        for (std::size_t i = 1; i < sep_.len; ++i) {
            while (k > 0 && sep_.buf[i] != sep_.buf[k]) k = fail_[k - 1];
            if (sep_.buf[i] == sep_.buf[k]) ++k;
            fail_[i] = static_cast<std::uint8_t>(k);
        }
    }
    // Bytes of `s` up to and including the end of the first separator, or npos.
    [[nodiscard]] std::size_t feed(std::string_view s) noexcept {
        for (std::size_t i = 0; i < s.size(); ++i) {
            while (matched_ > 0 && s[i] != sep_.buf[matched_]) matched_ = fail_[matched_ - 1];
            if (s[i] == sep_.buf[matched_]) ++matched_;
            if (matched_ == sep_.len) {
                matched_ = 0;
                return i + 1;
            }
        }
        return std::string_view::npos;
    }
    [[nodiscard]] std::size_t length() const noexcept { return sep_.len; }
    [[nodiscard]] std::string_view text() const noexcept { return sep_.view(); }

private:
    separator_text sep_{};
    std::uint8_t fail_[12] = {};
    std::size_t matched_ = 0;
};

// After a footer that lacks its separator: the error record takes the footer's line break, any
// blank lines, and a dashes line with one blank line after it if there is one (a separator of
// another flavour), so that the next record starts cleanly. Returns the end of what it takes.
inline const char* skip_misplaced_separator(const char* p, const char* end) noexcept {
    auto line_break = [end](const char* q) -> const char* {
        if (q < end && *q == '\n') return q + 1;
        if (end - q >= 2 && q[0] == '\r' && q[1] == '\n') return q + 2;
        return nullptr;
    };
    const char* q = line_break(p);
    if (!q) return p;
    const char* after_footer = q;
    while (const char* b = line_break(q)) q = b;
    const char* d = q;
    while (d < end && *d == '-') ++d;
    const auto dashes = d - q;
    const char* e = (dashes == 2 || dashes == 4) ? line_break(d) : nullptr;
    if (!e) return after_footer;
    if (const char* b = line_break(e)) e = b;
    return e;
}

}  // namespace detail

// The stateless core: parses the record that starts at bytes[0] (bytes[0] is at `pos` in the
// input; a byte-order mark is recognised when pos.offset is 0). `at_eof`: no bytes follow.
// Never reads outside `bytes`, never allocates, keeps no state.
//
// - tweet / error: `rec` is filled; `consumed` bytes (prefix, record, separator) are done and
//   `next` is the position after them. The parser resynchronises after a bad record: at its
//   separator, or at the line after a footer that lacks one.
// - need_more: nothing is done; call again with the same start and more bytes, with `next` as
//   `pos` (same offset and line, plus a scan hint).
// - end: at_eof only; `rec` is a trailer holding the remaining `consumed` bytes (blank lines).
// - skip: no record end within max_record_bytes and the input goes on: `rec.error` is the
//   record_too_large error, `consumed` is max_record_bytes. The record's end is the end of the
//   next separator; find it with the rest of the input (records() and stream do this for you).
namespace detail {

// parse_record's body, filling `r` in place: the range and the stream keep one parse_result and
// reuse it, so a record costs no copy of it. Only the fields the answer uses are written.
inline void parse_into(parse_result& r, std::string_view bytes, const parse_options& opts, const parse_position& pos,
                       bool at_eof) noexcept {
    r.status = parse_status::need_more;
    r.consumed = 0;
    r.next = pos;
    r.shape = opts.shape;
    r.rec.prefix = std::string_view();
    r.rec.separator = std::string_view();
    const char* const begin = bytes.data();
    const char* const end = begin + bytes.size();
    const char* rec = begin;

    // A UTF-8 byte-order mark at the very start of the input belongs to no record.
    if (pos.offset == 0) {
        if (!at_eof && bytes.size() < 3 && is_prefix_of(begin, end, "\xEF\xBB\xBF")) return;
        if (starts_with(begin, end, "\xEF\xBB\xBF")) {
            rec += 3;
            r.rec.prefix = std::string_view(begin, 3);
        }
    }
    layout shape = opts.shape;
    auto set_next = [&](const char* after) {
        r.consumed = static_cast<std::size_t>(after - begin);
        r.next.offset = pos.offset + r.consumed;
        r.next.line = pos.line + count_byte(begin, after, '\n');
        r.next.resume = 0;
        r.shape = shape;
    };
    if (rec == end || (at_eof && blank_run(rec, end) == static_cast<std::size_t>(end - rec))) {
        if (!at_eof) return;
        // Only line breaks and blanks (or nothing) are left: a trailer.
        r.status = parse_status::end;
        r.rec.kind = record_kind::trailer;
        r.rec.separator = std::string_view(rec, static_cast<std::size_t>(end - rec));
        set_next(end);
        return;
    }

    const std::size_t max_bytes = opts.max_record_bytes < 256 ? 256 : opts.max_record_bytes;
    const bool capped = bytes.size() >= max_bytes;  // the record must end within the window
    const char* const wend = capped ? begin + max_bytes : end;
    const bool final_bytes = at_eof && !capped;  // no byte after wend can change a decision
    const std::size_t resume = pos.resume > static_cast<std::size_t>(rec - begin) ? pos.resume : static_cast<std::size_t>(rec - begin);
    const char* scan = begin + (resume < static_cast<std::size_t>(wend - begin) ? resume : static_cast<std::size_t>(wend - begin));

    // Line ending: the record's first line break tells, unless the layout says. Bytes before the
    // scan hint hold no line break while it is unknown, so this search never repeats itself.
    if (shape.eol == line_ending::unknown) {
        const char* from = scan > rec ? scan - 1 : rec;
        const char* nl = find_byte(from, wend, '\n');
        if (nl != wend) shape.eol = (nl > rec && nl[-1] == '\r') ? line_ending::crlf : line_ending::lf;
    }
    const bool crlf = shape.eol == line_ending::crlf;
    const std::size_t eol_len = crlf ? 2 : 1;
    const line_ending sep_eol = crlf ? line_ending::crlf : line_ending::lf;

    auto make_error = [&](errc kind, const char* at, const char* record_end, const char* after, const char* exp) -> void {
        r.status = parse_status::error;
        r.rec.kind = record_kind::error;
        const line_col lc = locate(rec, pos.line, at);
        error& e = r.rec.error;
        e.kind = kind;
        e.line = lc.line;
        e.column = lc.column;
        e.offset = pos.offset + static_cast<std::uint64_t>(at - begin);
        e.record_offset = pos.offset + static_cast<std::uint64_t>(rec - begin);
        e.record_line = pos.line;
        e.raw = std::string_view(rec, static_cast<std::size_t>(record_end - rec));
        e.size = e.raw.size();
        e.expected = exp;
        r.rec.separator = std::string_view(record_end, static_cast<std::size_t>(after - record_end));
        set_next(after);
    };

    // Look for a blank line followed by a footer line: '\n' EOL FOOTER. The pair search skips
    // a body's single line breaks 16 bytes at a time.
    const char pair_second = crlf ? '\r' : '\n';
    for (;;) {
        const char* nl = find_pair(scan, wend, '\n', pair_second);
        if (nl == wend) {
            if (wend > scan && wend[-1] == '\n') nl = wend - 1;  // its partner has not arrived
            else {
                scan = wend;
                break;
            }
        }
        const char* line = nl + 1 + eol_len;  // the candidate footer line
        if (line > wend) {
            scan = nl;
            break;
        }
        if (crlf && line[-1] != '\n') {  // "\n\r" not followed by '\n'
            scan = nl + 1;
            continue;
        }
        bool more = false;
        const footer_style fs = footer_prefix_at(line, wend, shape.footer, &more);
        if (fs == footer_style::unknown) {
            if (more && !final_bytes) {
                scan = nl;
                break;
            }
            scan = nl + 1;
            continue;
        }
        // Where the footer line ends: at its line break, or at the end of the input.
        const bool long_line = static_cast<std::size_t>(wend - line) > max_footer_line;
        const char* lim = long_line ? line + max_footer_line : wend;
        const char* lf = find_byte(line, lim, '\n');
        const char* fend;  // one past the footer's last character
        if (lf == lim) {
            if (long_line) {  // too long to be a footer: body text
                scan = nl + 1;
                continue;
            }
            if (!final_bytes) {  // the line may go on
                scan = nl;
                break;
            }
            fend = wend;  // the footer line ends the input
            if (crlf && fend > line && fend[-1] == '\r') --fend;
        } else {
            fend = (crlf && lf > line && lf[-1] == '\r') ? lf - 1 : lf;
        }

        // After the footer: the separator, or (at the end of input) only line breaks.
        separator_style sep_found = separator_style::unknown;
        bool sep_more = false;
        const std::size_t sep_len = separator_at(fend, wend, shape.separator, sep_eol, &sep_found, &sep_more);
        const char* after = fend + sep_len;
        bool ends_here = sep_len != 0;
        if (!ends_here && final_bytes && blank_run(fend, end) == static_cast<std::size_t>(end - fend)) {
            ends_here = true;  // the last record of a joined archive
            after = end;
        }
        if (!ends_here && sep_more && !final_bytes) {
            scan = nl;
            break;
        }
        const footer_form& ff = form(fs);
        const footer_fields f = read_footer_fields(line + ff.prefix.size(), fend, ff.suffix);
        if (!ends_here) {
            // A complete, valid footer that the separator does not follow: the separator is
            // missing (or of another flavour). A line that merely starts like a footer is text.
            if (f.ec == errc::ok && lf != lim) {
                if (shape.footer == footer_style::unknown) shape.footer = fs;
                const char* next = skip_misplaced_separator(fend, wend);
                make_error(errc::missing_separator, lf + 1, fend, next, "the separator line after the footer line");
                return;
            }
            scan = nl + 1;
            continue;
        }
        // The record ends here.
        if (shape.footer == footer_style::unknown) shape.footer = fs;
        if (shape.separator == separator_style::unknown && sep_len != 0) shape.separator = sep_found;
        if (shape.eol == line_ending::unknown) shape.eol = line_ending::lf;
        if (f.ec != errc::ok) {
            // A footer line cut by the end of input is a truncated record, not a malformed one.
            if (fend == end && lf == lim) {
                make_error(errc::truncated, end, end, end, "the rest of the footer line before the end of input");
                return;
            }
            make_error(f.ec, f.at, fend, after, f.expected);
            return;
        }

        r.status = parse_status::tweet;
        r.rec.kind = record_kind::tweet;
        tweet& t = r.rec.tweet;
        const char* body_end = nl + 1 - eol_len;  // the body ends before the blank line's break
        if (body_end < rec) body_end = rec;
        t.text = std::string_view(rec, static_cast<std::size_t>(body_end - rec));
        t.created_at = f.created_at;
        t.url = f.url;
        t.user = f.user;
        t.id = f.id;
        t.time = f.time;
        t.raw = std::string_view(rec, static_cast<std::size_t>(fend - rec));
        t.offset = pos.offset + static_cast<std::uint64_t>(rec - begin);
        t.line = pos.line;
        t.shape = shape;
        r.rec.separator = std::string_view(fend, static_cast<std::size_t>(after - fend));
        set_next(after);
        return;
    }

    // No record end in the window.
    if (capped) {
        // record_too_large, reported at the byte where the limit was crossed.
        const char* at = wend - 1;
        const line_col lc = locate(rec, pos.line, at);
        error& e = r.rec.error;
        r.rec.kind = record_kind::error;
        e.kind = errc::record_too_large;
        e.line = lc.line;
        e.column = lc.column;
        e.offset = pos.offset + static_cast<std::uint64_t>(at - begin);
        e.record_offset = pos.offset + static_cast<std::uint64_t>(rec - begin);
        e.record_line = pos.line;
        e.raw = std::string_view(rec, static_cast<std::size_t>(wend - rec));
        e.size = e.raw.size();
        e.expected = "the record's end (footer line and separator) within max_record_bytes";
        set_next(wend);
        r.status = parse_status::skip;
        return;
    }
    if (!at_eof) {
        r.shape = shape;
        r.next.resume = static_cast<std::size_t>(scan - begin);
        return;  // need_more
    }
    make_error(errc::truncated, end, end, end, "a footer line and separator before the end of input");
}

}  // namespace detail

[[nodiscard]] inline parse_result parse_record(std::string_view bytes, const parse_options& opts,
                                               const parse_position& pos, bool at_eof) noexcept {
    parse_result r;
    detail::parse_into(r, bytes, opts, pos, at_eof);
    return r;
}

// ---------------------------------------------------------------------------------------------
// 5. Whole-buffer range and streaming parser
// ---------------------------------------------------------------------------------------------
namespace detail {

// The stream's carry buffer: bytes of a record that straddles chunks. Grows by doubling up to a
// cap and is then reused; `new char[]`, so a program's operator new sees (and counts) it.
class byte_buffer {
public:
    byte_buffer() = default;
    byte_buffer(const byte_buffer&) = delete;
    byte_buffer& operator=(const byte_buffer&) = delete;
    byte_buffer(byte_buffer&& o) noexcept : data_(o.data_), size_(o.size_), cap_(o.cap_) { o.data_ = nullptr, o.size_ = o.cap_ = 0; }
    byte_buffer& operator=(byte_buffer&& o) noexcept {
        if (this != &o) {
            delete[] data_;
            data_ = o.data_, size_ = o.size_, cap_ = o.cap_;
            o.data_ = nullptr, o.size_ = o.cap_ = 0;
        }
        return *this;
    }
    ~byte_buffer() { delete[] data_; }

    [[nodiscard]] const char* data() const noexcept { return data_; }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] std::size_t capacity() const noexcept { return cap_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] std::string_view view() const noexcept { return {data_, size_}; }
    void clear() noexcept { size_ = 0; }
    void shrink_to(std::size_t n) noexcept { size_ = n < size_ ? n : size_; }
    void drop_front(std::size_t n) noexcept {
        std::memmove(data_, data_ + n, size_ - n);
        size_ -= n;
    }
    void append(const char* p, std::size_t n) {
        if (size_ + n > cap_) grow(size_ + n);
        if (n) std::memcpy(data_ + size_, p, n);
        size_ += n;
    }
    void assign(const char* p, std::size_t n) {
        size_ = 0;
        append(p, n);
    }

private:
    void grow(std::size_t need) {
        std::size_t cap = cap_ < 4096 ? 4096 : cap_;
        while (cap < need) cap *= 2;
        char* d = new char[cap];
        if (size_) std::memcpy(d, data_, size_);
        delete[] data_;
        data_ = d;
        cap_ = cap;
    }
    char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t cap_ = 0;
};

inline void learn_shape(layout& into, const layout& seen) noexcept {
    if (!seen.known()) return;  // only a complete record fixes the layout
    if (into.footer == footer_style::unknown) into.footer = seen.footer;
    if (into.separator == separator_style::unknown) into.separator = seen.separator;
    if (into.eol == line_ending::unknown) into.eol = seen.eol;
}

}  // namespace detail

// Iterates the records of a whole buffer, in order, as views into it. Allocates nothing.
//   for (const tweetview::record& r : tweetview::records(bytes)) { ... }
// The last record may be a trailer (see record_kind).
class record_range {
public:
    class iterator {
    public:
        using value_type = record;
        using difference_type = std::ptrdiff_t;
        using reference = const record&;
        using pointer = const record*;
        using iterator_category = std::input_iterator_tag;

        iterator() = default;
        reference operator*() const noexcept { return res_.rec; }
        pointer operator->() const noexcept { return &res_.rec; }
        iterator& operator++() noexcept {
            advance();
            return *this;
        }
        void operator++(int) noexcept { advance(); }
        friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.done_ == b.done_; }
        friend bool operator!=(const iterator& a, const iterator& b) noexcept { return a.done_ != b.done_; }
        // The layout in force after the records read so far.
        [[nodiscard]] const layout& shape() const noexcept { return opts_.shape; }

    private:
        friend class record_range;
        iterator(std::string_view bytes, const parse_options& opts) noexcept : bytes_(bytes), opts_(opts), done_(false) {
            advance();
        }
        void advance() noexcept {
            if (finished_) {
                done_ = true;
                return;
            }
            const std::string_view rest = bytes_.substr(static_cast<std::size_t>(pos_.offset));
            parse_result& res = res_;
            detail::parse_into(res, rest, opts_, pos_, true);
            if (res.status == parse_status::skip) {
                // The over-long record runs to the end of the next separator.
                detail::separator_matcher m;
                m.reset(res.shape);
                // Re-read the window's last bytes: a separator that straddles the limit counts.
                const std::size_t back = detail::min_size(res.consumed, m.length() - 1);
                const std::size_t from = res.consumed - back;
                const std::size_t n = m.feed(rest.substr(from));
                const std::size_t stop = n == std::string_view::npos ? rest.size() : from + n;
                const std::size_t sep = n == std::string_view::npos ? 0 : m.length();
                res.rec.error.size = stop - sep - res.rec.prefix.size();
                res.rec.separator = rest.substr(stop - sep, sep);
                res.next.offset = pos_.offset + stop;
                res.next.line = pos_.line + detail::count_byte(rest.data(), rest.data() + stop, '\n');
            }
            if (res.status == parse_status::end) {
                finished_ = true;
                if (res.consumed == 0) {
                    done_ = true;
                    return;
                }
            }
            detail::learn_shape(opts_.shape, res.shape);
            pos_ = res.next;
        }
        std::string_view bytes_;
        parse_options opts_;
        parse_position pos_{};
        parse_result res_{};
        bool done_ = true;
        bool finished_ = false;
    };

    record_range(std::string_view bytes, const parse_options& opts) noexcept : bytes_(bytes), opts_(opts) {}
    [[nodiscard]] iterator begin() const noexcept { return iterator(bytes_, opts_); }
    [[nodiscard]] iterator end() const noexcept { return iterator(); }

private:
    std::string_view bytes_;
    parse_options opts_;
};

// The records of a whole buffer. Zero-copy, zero allocations.
[[nodiscard]] inline record_range records(std::string_view bytes, const parse_options& opts = {}) noexcept {
    return record_range(bytes, opts);
}

// What stream::feed and stream::finish report.
enum class feed_status : std::uint8_t {
    ok,       // all bytes taken
    stopped,  // the callback returned false; later calls do nothing
};

// Streaming parser: feed it chunks of any size, then call finish(). It hands each record to a
// callback as soon as the record is complete, in input order, exactly as records() would over
// the concatenated input. A record inside one chunk is a view into that chunk; one that straddles
// chunks is a view into the stream's carry buffer. Either is valid only during the callback.
// The carry buffer is the stream's only allocation: reused, and never over max_record_bytes.
// The callback takes `const record&` and returns void, or bool (false stops the stream).
class stream {
public:
    explicit stream(const parse_options& opts = {}) : opts_(opts) {
        if (opts_.max_record_bytes < 256) opts_.max_record_bytes = 256;
    }

    template <class F>
    feed_status feed(std::string_view chunk, F&& on_record) {
        return run(chunk, false, on_record);
    }

    // The end of input: the carried tail becomes a last record, an error or a trailer.
    template <class F>
    feed_status finish(F&& on_record) {
        return run(std::string_view(), true, on_record);
    }

    // The layout detected from the first complete record (or given in the options).
    [[nodiscard]] const layout& shape() const noexcept { return opts_.shape; }
    // Input bytes accounted for by the records handed out so far, and the next record's line.
    [[nodiscard]] std::uint64_t offset() const noexcept { return pos_.offset; }
    [[nodiscard]] std::uint64_t line() const noexcept { return pos_.line; }
    // Bytes of an incomplete record held in the carry buffer, and the buffer's capacity.
    [[nodiscard]] std::size_t carried() const noexcept { return carry_.size(); }
    [[nodiscard]] std::size_t carry_capacity() const noexcept { return carry_.capacity(); }

private:
    template <class F>
    static bool call(F& f, const record& r) {
        if constexpr (std::is_same_v<decltype(f(r)), void>) {
            f(r);
            return true;
        } else {
            return static_cast<bool>(f(r));
        }
    }

    template <class F>
    bool emit(const parse_result& res, F& f) {
        detail::learn_shape(opts_.shape, res.shape);
        pos_ = res.next;
        return call(f, res.rec);
    }

    template <class F>
    feed_status run(std::string_view chunk, bool eof, F& f) {
        if (stopped_) return feed_status::stopped;
        for (;;) {
            if (skipping_) {
                if (!skip(chunk, eof, f)) return stop();
                if (skipping_) return feed_status::ok;  // (all of chunk dropped)
                continue;
            }
            if (!carry_.empty()) {
                // Complete the straddling record. Bytes go in doubling steps so that a record
                // ending early in a big chunk costs little copying.
                if (chunk.empty() && !eof) return feed_status::ok;
                std::size_t step = carry_.size() < 256 ? 256 : carry_.size();
                step = detail::min_size(step, detail::min_size(opts_.max_record_bytes - carry_.size(), chunk.size()));
                const std::size_t old = carry_.size();
                carry_.append(chunk.data(), step);
                const std::string_view held(carry_.data(), carry_.size());
                parse_result& res = res_;
                detail::parse_into(res, held, opts_, pos_, eof && step == chunk.size());
                if (res.status == parse_status::need_more) {
                    pos_.resume = res.next.resume;
                    if (opts_.shape.eol == line_ending::unknown) opts_.shape.eol = res.shape.eol;
                    chunk.remove_prefix(step);
                    continue;
                }
                if (res.status == parse_status::skip) {
                    chunk.remove_prefix(step);
                    carry_.shrink_to(res.consumed);
                    start_skip(res);
                    continue;
                }
                // The record ended inside the carry: hand it out, then go on with the chunk.
                const bool go = (res.status == parse_status::end && res.consumed == 0) || emit(res, f);
                if (res.status == parse_status::end) pos_ = res.next;
                if (res.consumed >= old) {
                    chunk.remove_prefix(res.consumed - old);
                    carry_.clear();
                } else {  // it ended inside the old carry: keep the rest, give the step back
                    carry_.shrink_to(old);
                    carry_.drop_front(res.consumed);
                }
                if (!go) return stop();
                if (res.status == parse_status::end) return feed_status::ok;
                continue;
            }
            // Records that lie wholly inside the chunk are parsed in place.
            if (chunk.empty() && !eof) return feed_status::ok;
            parse_result& res = res_;
            detail::parse_into(res, chunk, opts_, pos_, eof);
            switch (res.status) {
                case parse_status::tweet:
                case parse_status::error:
                    chunk.remove_prefix(res.consumed);
                    if (!emit(res, f)) return stop();
                    continue;
                case parse_status::end:
                    if (res.consumed != 0 && !emit(res, f)) return stop();
                    pos_ = res.next;
                    return feed_status::ok;
                case parse_status::skip:
                    carry_.assign(chunk.data(), res.consumed);
                    chunk.remove_prefix(res.consumed);
                    start_skip(res);
                    continue;
                case parse_status::need_more:
                    // Keep the tail (it is shorter than max_record_bytes, or it would be a skip).
                    carry_.assign(chunk.data(), chunk.size());
                    pos_.resume = res.next.resume;
                    if (opts_.shape.eol == line_ending::unknown) opts_.shape.eol = res.shape.eol;
                    return feed_status::ok;
            }
        }
    }

    // Enters skipping after a record_too_large; the window's bytes are in the carry.
    void start_skip(const parse_result& res) {
        too_large_ = res;
        skipping_ = true;
        matcher_.reset(res.shape);
        skip_start_ = pos_;
        skipped_ = carry_.size();
        skip_lines_ = detail::count_byte(carry_.data(), carry_.data() + carry_.size(), '\n');
        // Re-read the window's last bytes, as records() does.
        const std::size_t back = detail::min_size(carry_.size(), matcher_.length() - 1);
        (void)matcher_.feed(std::string_view(carry_.data() + carry_.size() - back, back));
    }

    // Drops bytes up to the end of the next separator, then hands out the too-large error.
    // Returns false when the callback asked to stop.
    template <class F>
    bool skip(std::string_view& chunk, bool eof, F& f) {
        const std::size_t n = matcher_.feed(chunk);
        const std::size_t take = n == std::string_view::npos ? chunk.size() : n;
        skip_lines_ += detail::count_byte(chunk.data(), chunk.data() + take, '\n');
        skipped_ += take;
        chunk.remove_prefix(take);
        if (n == std::string_view::npos && !eof) return true;
        const std::size_t sep = n == std::string_view::npos ? 0 : matcher_.length();
        record& rec = too_large_.rec;
        const std::size_t pre = rec.prefix.size();
        rec.prefix = std::string_view(carry_.data(), pre);
        rec.error.raw = std::string_view(carry_.data() + pre, carry_.size() - pre);
        rec.error.size = skipped_ - sep - pre;
        rec.separator = matcher_.text().substr(0, sep);
        too_large_.next.offset = skip_start_.offset + skipped_;
        too_large_.next.line = skip_start_.line + skip_lines_;
        too_large_.next.resume = 0;
        skipping_ = false;
        const bool go = emit(too_large_, f);
        carry_.clear();
        return go;
    }

    feed_status stop() noexcept {
        stopped_ = true;
        return feed_status::stopped;
    }

    parse_options opts_;
    parse_position pos_{};
    parse_result res_{};
    detail::byte_buffer carry_;
    bool skipping_ = false;
    bool stopped_ = false;
    parse_result too_large_{};
    detail::separator_matcher matcher_{};
    parse_position skip_start_{};
    std::uint64_t skipped_ = 0;
    std::uint64_t skip_lines_ = 0;
};

// ---------------------------------------------------------------------------------------------
// 7. Text repair: HTML entities and mojibake
// ---------------------------------------------------------------------------------------------
// Tweet texts are stored HTML-escaped, and many archives went through a tool that read UTF-8 as
// Mac Roman or Windows-1252 and wrote UTF-8 again ("ü§£" for 🤣). repair() undoes both into a
// caller's buffer: allocation-free, never longer than its input, touching only runs that map
// back to valid multi-byte UTF-8. The rules and their evidence are described at each piece.

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

// What repair() does. Bit flags; combine with `|`.
enum class repair_flags : unsigned { none = 0, html = 1, mojibake = 2, all = 3 };

[[nodiscard]] constexpr repair_flags operator|(repair_flags a, repair_flags b) noexcept {
    return static_cast<repair_flags>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
[[nodiscard]] constexpr repair_flags operator&(repair_flags a, repair_flags b) noexcept {
    return static_cast<repair_flags>(static_cast<unsigned>(a) & static_cast<unsigned>(b));
}
[[nodiscard]] constexpr bool has_flag(repair_flags set, repair_flags f) noexcept {
    return (static_cast<unsigned>(set) & static_cast<unsigned>(f)) != 0;
}

namespace detail {

// ---------------------------------------------------------------------------
// Byte scanning: first byte >= 0x80 (if `high`) or == '&' (if `amp`).
// ---------------------------------------------------------------------------

// Portable scalar/SWAR version (also the reference for the SIMD version).
[[nodiscard]] inline const char* rep_find_special_portable(const char* p, const char* e,
                                                           bool high, bool amp) noexcept {
    if (!high && !amp) return e;
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t highs = 0x8080808080808080ull;
    constexpr std::uint64_t amps = 0x2626262626262626ull;
    const std::uint64_t hmask = high ? highs : 0;
    while (e - p >= 8) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        std::uint64_t hit = x & hmask;
        if (amp) {
            const std::uint64_t y = x ^ amps;  // zero byte where '&'
            hit |= (y - ones) & ~y & highs;    // lowest flagged byte is exact
        }
        if (hit != 0) break;  // locate it bytewise below
        p += 8;
    }
    for (; p < e; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if ((high && c >= 0x80) || (amp && c == '&')) return p;
    }
    return e;
}

#if TWEETVIEW_HAS_SSE2
[[nodiscard]] inline const char* rep_find_special_sse2(const char* p, const char* e, bool high,
                                                       bool amp) noexcept {
    if (!high && !amp) return e;
    const __m128i a = _mm_set1_epi8('&');
    const int hm = high ? 0xFFFF : 0;
    while (e - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        int m = _mm_movemask_epi8(v) & hm;
        if (amp) m |= _mm_movemask_epi8(_mm_cmpeq_epi8(v, a));
        if (m != 0) return p + ctz32(static_cast<std::uint32_t>(m));
        p += 16;
    }
    return rep_find_special_portable(p, e, high, amp);
}
#endif

[[nodiscard]] inline const char* rep_find_special(const char* p, const char* e, bool high,
                                                  bool amp) noexcept {
#if TWEETVIEW_HAS_SSE2
    return rep_find_special_sse2(p, e, high, amp);
#else
    return rep_find_special_portable(p, e, high, amp);
#endif
}

// ---------------------------------------------------------------------------
// UTF-8 primitives
// ---------------------------------------------------------------------------

inline constexpr std::uint32_t rep_bad = 0xFFFFFFFFu;

struct rep_cp {
    std::uint32_t cp;  // rep_bad if the bytes are not a well-formed character
    std::size_t len;   // bytes consumed (1 for an ill-formed byte)
};

// Length announced by a lead byte of a well-formed sequence (0: not a lead).
[[nodiscard]] constexpr unsigned rep_seq_len(unsigned b) noexcept {
    return b < 0x80 ? 1u : b < 0xC2 ? 0u : b < 0xE0 ? 2u : b < 0xF0 ? 3u : b < 0xF5 ? 4u : 0u;
}

// Allowed range of the second byte after lead `b` (Unicode table 3-7).
[[nodiscard]] constexpr bool rep_second_ok(unsigned b, unsigned c) noexcept {
    switch (b) {
        case 0xE0: return c >= 0xA0 && c <= 0xBF;  // no overlong 3-byte
        case 0xED: return c >= 0x80 && c <= 0x9F;  // no surrogates
        case 0xF0: return c >= 0x90 && c <= 0xBF;  // no overlong 4-byte
        case 0xF4: return c >= 0x80 && c <= 0x8F;  // <= U+10FFFF
        default: return c >= 0x80 && c <= 0xBF;
    }
}

// Strict decoding of one character at p (p < e).
[[nodiscard]] inline rep_cp rep_decode(const unsigned char* p, const unsigned char* e) noexcept {
    const unsigned b = p[0];
    if (b < 0x80) return {b, 1};
    const unsigned n = rep_seq_len(b);
    if (n == 0 || static_cast<std::size_t>(e - p) < n || !rep_second_ok(b, p[1])) return {rep_bad, 1};
    std::uint32_t cp = b & (0xFFu >> (n + 1));
    cp = (cp << 6) | (p[1] & 0x3Fu);
    for (unsigned i = 2; i < n; ++i) {
        if ((p[i] & 0xC0u) != 0x80u) return {rep_bad, 1};
        cp = (cp << 6) | (p[i] & 0x3Fu);
    }
    return {cp, n};
}

// Encodes a scalar value (caller guarantees validity); returns bytes written.
inline unsigned rep_encode(std::uint32_t cp, char* out) noexcept {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0u | (cp >> 6));
        out[1] = static_cast<char>(0x80u | (cp & 0x3Fu));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0u | (cp >> 12));
        out[1] = static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
        out[2] = static_cast<char>(0x80u | (cp & 0x3Fu));
        return 3;
    }
    out[0] = static_cast<char>(0xF0u | (cp >> 18));
    out[1] = static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu));
    out[2] = static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
    out[3] = static_cast<char>(0x80u | (cp & 0x3Fu));
    return 4;
}

// ---------------------------------------------------------------------------
// Single-byte code pages (upper halves). Lower halves are ASCII in both.
// ---------------------------------------------------------------------------

// Mac OS Roman 0x80-0xFF as Python's `mac_roman` codec decodes it
// (0xDB = U+20AC EURO SIGN, 0xF0 = U+F8FF Apple logo).
inline constexpr std::array<std::uint16_t, 128> rep_macroman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,  // 80-87
    0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,  // 88-8F
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,  // 90-97
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,  // 98-9F
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,  // A0-A7
    0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,  // A8-AF
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,  // B0-B7
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,  // B8-BF
    0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,  // C0-C7
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,  // C8-CF
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,  // D0-D7
    0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,  // D8-DF
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,  // E0-E7
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,  // E8-EF
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,  // F0-F7
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,  // F8-FF
};

// Windows-1252 0x80-0x9F; the five undefined bytes (81 8D 8F 90 9D) pass
// through as the C1 controls of the same value. 0xA0-0xFF equal Latin-1.
inline constexpr std::array<std::uint16_t, 32> rep_cp1252_80 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98-9F
};

// The two families a run can have come through.
enum class rep_enc : unsigned char { macroman = 0, windows = 1 };

// Reverse lookup entry for code points >= U+0100: the byte each family maps
// to it (0 = none).
struct rep_rev_hi {
    std::uint16_t cp;
    unsigned char mac;
    unsigned char win;
};

[[nodiscard]] constexpr std::size_t rep_count_hi() noexcept {
    std::size_t n = 0;
    std::array<std::uint16_t, 160> seen{};
    auto add = [&](std::uint16_t cp) {
        for (std::size_t i = 0; i < n; ++i)
            if (seen[i] == cp) return;
        seen[n++] = cp;
    };
    for (std::uint16_t cp : rep_macroman)
        if (cp >= 0x100) add(cp);
    for (std::uint16_t cp : rep_cp1252_80)
        if (cp >= 0x100) add(cp);
    return n;
}

inline constexpr std::size_t rep_hi_size = rep_count_hi();

[[nodiscard]] constexpr std::array<rep_rev_hi, rep_hi_size> rep_build_hi() noexcept {
    std::array<rep_rev_hi, rep_hi_size> t{};
    std::size_t n = 0;
    auto slot = [&](std::uint16_t cp) -> rep_rev_hi& {
        for (std::size_t i = 0; i < n; ++i)
            if (t[i].cp == cp) return t[i];
        t[n].cp = cp;
        return t[n++];
    };
    for (std::size_t b = 0; b < 128; ++b)
        if (rep_macroman[b] >= 0x100) slot(rep_macroman[b]).mac = static_cast<unsigned char>(0x80 + b);
    for (std::size_t b = 0; b < 32; ++b)
        if (rep_cp1252_80[b] >= 0x100) slot(rep_cp1252_80[b]).win = static_cast<unsigned char>(0x80 + b);
    for (std::size_t i = 1; i < n; ++i)  // insertion sort by code point
        for (std::size_t j = i; j > 0 && t[j - 1].cp > t[j].cp; --j) {
            const rep_rev_hi tmp = t[j];
            t[j] = t[j - 1];
            t[j - 1] = tmp;
        }
    return t;
}

inline constexpr std::array<rep_rev_hi, rep_hi_size> rep_rev_hi_table = rep_build_hi();

// Mac Roman byte for U+0080..U+00FF (0 = none).
[[nodiscard]] constexpr std::array<unsigned char, 128> rep_build_mac_lo() noexcept {
    std::array<unsigned char, 128> t{};
    for (std::size_t b = 0; b < 128; ++b)
        if (rep_macroman[b] >= 0x80 && rep_macroman[b] < 0x100)
            t[rep_macroman[b] - 0x80u] = static_cast<unsigned char>(0x80 + b);
    return t;
}

inline constexpr std::array<unsigned char, 128> rep_mac_lo = rep_build_mac_lo();

// The byte that family `enc` decoded to code point `cp`, or 0. For the
// Windows family U+0080..U+00FF map to themselves (Latin-1, which also
// covers the cp1252 C1 passthroughs); Mac Roman has its own table.
[[nodiscard]] inline unsigned rep_byte_of(std::uint32_t cp, rep_enc enc) noexcept {
    if (cp < 0x80) return 0;
    if (cp < 0x100) return enc == rep_enc::windows ? cp : rep_mac_lo[cp - 0x80];
    if (cp > 0xFFFF) return 0;
    std::size_t lo = 0, hi = rep_hi_size;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (rep_rev_hi_table[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == rep_hi_size || rep_rev_hi_table[lo].cp != cp) return 0;
    return enc == rep_enc::windows ? rep_rev_hi_table[lo].win : rep_rev_hi_table[lo].mac;
}

// ---------------------------------------------------------------------------
// Mojibake units and runs
// ---------------------------------------------------------------------------

// One step through a run: either a character kept as it is (n == 0) or a
// mojibaked sequence of n characters whose bytes b[0..n) are well-formed
// UTF-8 (and are the repaired text).
struct rep_unit {
    std::size_t in_len;
    unsigned n;
    char b[4];
};

[[nodiscard]] inline rep_unit rep_next_unit(const unsigned char* p, const unsigned char* e,
                                            rep_enc enc) noexcept {
    const rep_cp first = rep_decode(p, e);
    rep_unit u{first.len, 0, {}};
    if (first.cp == rep_bad) return u;
    const unsigned b0 = rep_byte_of(first.cp, enc);
    const unsigned n = rep_seq_len(b0);
    if (n < 2) return u;
    unsigned char bytes[4] = {static_cast<unsigned char>(b0), 0, 0, 0};
    const unsigned char* q = p + first.len;
    for (unsigned k = 1; k < n; ++k) {
        if (q >= e) return u;  // truncated at the end of the run: keep
        const rep_cp c = rep_decode(q, e);
        if (c.cp == rep_bad) return u;
        const unsigned b = rep_byte_of(c.cp, enc);
        if (b < 0x80 || b > 0xBF) return u;
        bytes[k] = static_cast<unsigned char>(b);
        q += c.len;
    }
    if (!rep_second_ok(bytes[0], bytes[1])) return u;
    u.in_len = static_cast<std::size_t>(q - p);
    u.n = n;
    for (unsigned k = 0; k < n; ++k) u.b[k] = static_cast<char>(bytes[k]);
    return u;
}

// Blocks where real text lives (letters of the major scripts, punctuation,
// symbols, CJK, Hangul) plus everything astral (emoji, math letters, rare
// CJK): a 4-byte mojibake sequence is strong evidence on its own. A repaired
// character outside them (C1 controls, IPA, combining marks, Armenian and
// other small blocks, private use) is "unusual".
struct rep_range {
    std::uint32_t lo, hi;
};
inline constexpr rep_range rep_usual[] = {
    {0x00A0, 0x024F},   {0x0370, 0x03FF},   {0x0400, 0x04FF},   {0x05D0, 0x05EA},
    {0x0620, 0x064A},   {0x0660, 0x0669},   {0x0671, 0x06D3},   {0x0900, 0x0DFF},
    {0x0E00, 0x0E7F},   {0x1E00, 0x1EFF},   {0x2000, 0x206F},   {0x20A0, 0x20CF},
    {0x2100, 0x27BF},   {0x2900, 0x2BFF},   {0x3000, 0x30FF},   {0x3130, 0x318F},
    {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xAC00, 0xD7A3},   {0xFE00, 0xFE0F},
    {0xFF00, 0xFFEF},   {0x10000, 0x3FFFF},   {0xE0000, 0xE01EF},
};

[[nodiscard]] inline bool rep_is_usual(std::uint32_t cp) noexcept {
    for (const rep_range& r : rep_usual)
        if (cp >= r.lo && cp <= r.hi) return true;
    return false;
}

struct rep_reading {
    std::size_t score;  // 0: the family repairs nothing in the run
    std::size_t usual;  // repaired sequences that decode to a usual character
};

// How well family `enc` explains [p, e): each repaired sequence of n
// characters scores 2n if it decodes to a usual character, n otherwise.
[[nodiscard]] inline rep_reading rep_read(const unsigned char* p, const unsigned char* e,
                                          rep_enc enc) noexcept {
    rep_reading r{0, 0};
    while (p < e) {
        const rep_unit u = rep_next_unit(p, e, enc);
        if (u.n != 0) {
            const auto* b = reinterpret_cast<const unsigned char*>(u.b);
            const std::uint32_t cp = rep_decode(b, b + u.n).cp;
            const bool usual = rep_is_usual(cp);
            r.score += usual ? 2u * u.n : u.n;
            r.usual += usual ? 1u : 0u;
        }
        p += u.in_len;
    }
    return r;
}

// Decision rule for one run (maximal sequence of bytes >= 0x80): the family
// with the higher score wins, a tie goes to the Windows family (cp1252 /
// Latin-1); the run is repaired only if the winning reading yields at least
// one usual character. Returns false if the run stays as it is.
[[nodiscard]] inline bool rep_choose(const unsigned char* p, const unsigned char* e,
                                     rep_enc& enc) noexcept {
    const rep_reading mac = rep_read(p, e, rep_enc::macroman);
    const rep_reading win = rep_read(p, e, rep_enc::windows);
    enc = mac.score > win.score ? rep_enc::macroman : rep_enc::windows;
    return (enc == rep_enc::macroman ? mac.usual : win.usual) != 0;
}

// One repair layer over a run, written to out. `out` may equal `p` (or lie
// before it): every unit is read before it is written and output never
// outgrows input. Returns bytes written.
inline std::size_t rep_layer(const unsigned char* p, const unsigned char* e, rep_enc enc,
                             char* out) noexcept {
    char* w = out;
    while (p < e) {
        const rep_unit u = rep_next_unit(p, e, enc);
        if (u.n == 0) {
            std::memmove(w, p, u.in_len);
            w += u.in_len;
        } else {
            std::memcpy(w, u.b, u.n);
            w += u.n;
        }
        p += u.in_len;
    }
    return static_cast<std::size_t>(w - out);
}

// Runs up to this many bytes are repaired to a fixed point (double mojibake
// is undone layer by layer) in a stack buffer; longer runs get one layer.
inline constexpr std::size_t rep_layer_cap = 4096;

struct rep_run_result {
    unsigned layers;  // 0: untouched
    rep_enc first;    // family of the first layer (if layers > 0)
};

// Repairs one run [p, e) and hands the result to sink.put(const char*, size_t).
//
// The run rule is applied to the whole run again until it repairs nothing:
// the result is a fixed point, which is what makes repair idempotent (and
// makes repair(mojibake(x)) equal repair(x)). Each layer shrinks the run.
template <class Sink>
rep_run_result rep_run(const char* p0, const char* e0, Sink& sink) {
    const auto* p = reinterpret_cast<const unsigned char*>(p0);
    const auto* e = reinterpret_cast<const unsigned char*>(e0);
    rep_enc enc{};
    if (!rep_choose(p, e, enc)) {
        sink.put(p0, static_cast<std::size_t>(e0 - p0));
        return {0, enc};
    }
    const std::size_t n = static_cast<std::size_t>(e - p);
    if (n > rep_layer_cap) {  // one layer, streamed
        while (p < e) {
            const rep_unit u = rep_next_unit(p, e, enc);
            if (u.n == 0)
                sink.put(reinterpret_cast<const char*>(p), u.in_len);
            else
                sink.put(u.b, u.n);
            p += u.in_len;
        }
        return {1, enc};
    }
    char buf[rep_layer_cap];
    const auto* ub = reinterpret_cast<const unsigned char*>(buf);
    std::size_t len = rep_layer(p, e, enc, buf);
    rep_run_result r{1, enc};
    rep_enc next{};
    while (rep_choose(ub, ub + len, next)) {
        len = rep_layer(ub, ub + len, next, buf);
        ++r.layers;
    }
    sink.put(buf, len);
    return r;
}

[[nodiscard]] inline const char* rep_run_end(const char* p, const char* e) noexcept {
    while (p < e && static_cast<unsigned char>(*p) >= 0x80) ++p;
    return p;
}

// ---------------------------------------------------------------------------
// HTML entities
// ---------------------------------------------------------------------------

struct rep_entity {
    std::size_t consumed;  // 0: not an entity, leave '&' as it is
    unsigned n;            // bytes in b
    char b[4];
};

[[nodiscard]] constexpr bool rep_starts(const char* p, const char* e, std::string_view s) noexcept {
    if (static_cast<std::size_t>(e - p) < s.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (p[i] != s[i]) return false;
    return true;
}

// Parses an entity at p (*p == '&').
[[nodiscard]] inline rep_entity rep_parse_entity(const char* p, const char* e) noexcept {
    rep_entity r{0, 0, {}};
    const char* q = p + 1;
    if (q >= e) return r;
    if (*q != '#') {
        struct named {
            std::string_view name;
            char c;
        };
        constexpr named names[] = {{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
        for (const named& nm : names)
            if (rep_starts(q, e, nm.name)) {
                r.consumed = 1 + nm.name.size();
                r.n = 1;
                r.b[0] = nm.c;
                return r;
            }
        return r;
    }
    ++q;
    bool hex = false;
    if (q < e && (*q == 'x' || *q == 'X')) {
        hex = true;
        ++q;
    }
    std::uint32_t v = 0;
    const char* digits = q;
    for (; q < e; ++q) {
        unsigned d;
        const char c = *q;
        if (c >= '0' && c <= '9')
            d = static_cast<unsigned>(c - '0');
        else if (hex && c >= 'a' && c <= 'f')
            d = static_cast<unsigned>(c - 'a' + 10);
        else if (hex && c >= 'A' && c <= 'F')
            d = static_cast<unsigned>(c - 'A' + 10);
        else
            break;
        v = v * (hex ? 16u : 10u) + d;
        if (v > 0x10FFFF) v = 0x110000;  // saturate: stays invalid, never overflows
    }
    if (q == digits || q >= e || *q != ';') return r;  // no digits or no ';': literal
    r.consumed = static_cast<std::size_t>(q + 1 - p);
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        v = 0xFFFD;
    else if (v >= 0x80 && v <= 0x9F)
        v = rep_cp1252_80[v - 0x80];  // HTML5: C1 references mean cp1252
    r.n = rep_encode(v, r.b);
    return r;
}

// ---------------------------------------------------------------------------
// The engine: one pass, ASCII copied in bulk, '&' and non-ASCII runs handled.
// Mojibake repair touches only runs of bytes >= 0x80 and entities are pure
// ASCII, so the two never interact (see NOTES.md for why mojibake comes first).
// ---------------------------------------------------------------------------

template <class Sink>
void rep_engine(std::string_view in, repair_flags flags, Sink& sink) {
    const bool html = has_flag(flags, repair_flags::html);
    const bool moj = has_flag(flags, repair_flags::mojibake);
    const char* p = in.data();
    const char* const e = p + in.size();
    while (p < e) {
        const char* q = rep_find_special(p, e, moj, html);
        if (q != p) sink.put(p, static_cast<std::size_t>(q - p));
        if (q == e) return;
        p = q;
        if (*p == '&') {
            const rep_entity ent = rep_parse_entity(p, e);
            if (ent.consumed != 0) {
                sink.put(ent.b, ent.n);
                p += ent.consumed;
            } else {
                sink.put(p, 1);
                ++p;
            }
        } else {
            const char* t = rep_run_end(p, e);
            (void)rep_run(p, t, sink);
            p = t;
        }
    }
}

struct rep_ptr_sink {  // may write over its own input (w never passes the reader)
    char* w;
    void put(const char* s, std::size_t n) noexcept {
        if (s != w) std::memmove(w, s, n);
        w += n;
    }
};

template <class OutputIt>
struct rep_iter_sink {
    OutputIt out;
    void put(const char* s, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) *out++ = s[i];
    }
};

struct rep_count_sink {
    std::size_t n = 0;
    void put(const char*, std::size_t k) noexcept { n += k; }
};

}  // namespace detail

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

// Decoding never produces more bytes than it reads.
[[nodiscard]] constexpr std::size_t decode_html_bound(std::size_t n) noexcept { return n; }
// Mojibake repair never produces more bytes than it reads.
[[nodiscard]] constexpr std::size_t repair_mojibake_bound(std::size_t n) noexcept { return n; }
[[nodiscard]] constexpr std::size_t repair_bound(std::size_t n) noexcept { return n; }

// Full repair into out (room for repair_bound(in.size()) bytes; out may be
// in.data() itself for in-place repair, but must not otherwise overlap).
// Returns bytes written.
inline std::size_t repair(std::string_view in, char* out,
                          repair_flags flags = repair_flags::all) noexcept {
    detail::rep_ptr_sink s{out};
    detail::rep_engine(in, flags, s);
    return static_cast<std::size_t>(s.w - out);
}

template <class OutputIt>
OutputIt repair(std::string_view in, OutputIt out, repair_flags flags = repair_flags::all) {
    detail::rep_iter_sink<OutputIt> s{out};
    detail::rep_engine(in, flags, s);
    return s.out;
}

// &amp; &lt; &gt; &quot; &apos; and numeric references &#N; &#xH; (see NOTES.md).
inline std::size_t decode_html(std::string_view in, char* out) noexcept {
    return repair(in, out, repair_flags::html);
}
template <class OutputIt>
OutputIt decode_html(std::string_view in, OutputIt out) {
    return repair(in, out, repair_flags::html);
}

inline std::size_t repair_mojibake(std::string_view in, char* out) noexcept {
    return repair(in, out, repair_flags::mojibake);
}
template <class OutputIt>
OutputIt repair_mojibake(std::string_view in, OutputIt out) {
    return repair(in, out, repair_flags::mojibake);
}

// True iff repair(in, flags) would change something. Clean ASCII and genuine
// UTF-8 are a fast scan.
[[nodiscard]] inline bool needs_repair(std::string_view in,
                                       repair_flags flags = repair_flags::all) noexcept {
    const bool html = has_flag(flags, repair_flags::html);
    const bool moj = has_flag(flags, repair_flags::mojibake);
    const char* p = in.data();
    const char* const e = p + in.size();
    while (p < e) {
        p = detail::rep_find_special(p, e, moj, html);
        if (p == e) return false;
        if (*p == '&') {
            if (detail::rep_parse_entity(p, e).consumed != 0) return true;
            ++p;
        } else {
            const char* t = detail::rep_run_end(p, e);
            detail::rep_enc enc{};
            if (detail::rep_choose(reinterpret_cast<const unsigned char*>(p),
                                   reinterpret_cast<const unsigned char*>(t), enc))
                return true;
            p = t;
        }
    }
    return false;
}

// Maps byte offsets of a raw text to byte offsets of repair(raw, flags),
// walking the raw text once for non-decreasing queries (a smaller query
// restarts from the beginning: still right, just slower). Holds only a view
// of the raw text and two cursors; allocates nothing.
//
// An offset at a unit boundary maps exactly. A unit is an ASCII byte, an
// entity, a kept character or a repaired mojibake sequence. An offset inside
// a unit maps to the start of that unit's output. In a run that needed more
// than one repair layer (double mojibake), an offset strictly inside the run
// maps to the start of the run's output.
class repair_offset_map {
public:
    explicit repair_offset_map(std::string_view raw, repair_flags flags = repair_flags::all) noexcept
        : raw_(raw), flags_(flags) {}

    [[nodiscard]] std::size_t operator()(std::size_t raw_offset) noexcept {
        if (raw_offset > raw_.size()) raw_offset = raw_.size();
        if (raw_offset < r_) r_ = w_ = 0;
        const bool html = has_flag(flags_, repair_flags::html);
        const bool moj = has_flag(flags_, repair_flags::mojibake);
        const char* const b = raw_.data();
        const char* const e = b + raw_.size();
        while (r_ < raw_offset) {
            const char* p = b + r_;
            const char* q = detail::rep_find_special(p, b + raw_offset, moj, html);
            w_ += static_cast<std::size_t>(q - p);
            r_ = static_cast<std::size_t>(q - b);
            if (r_ == raw_offset) break;
            if (*q == '&') {
                const detail::rep_entity ent = detail::rep_parse_entity(q, e);
                const std::size_t in_len = ent.consumed != 0 ? ent.consumed : 1;
                if (r_ + in_len > raw_offset) return w_;  // inside the entity
                w_ += ent.consumed != 0 ? ent.n : 1;
                r_ += in_len;
                continue;
            }
            const char* t = detail::rep_run_end(q, e);
            detail::rep_count_sink cnt;
            const detail::rep_run_result rr = detail::rep_run(q, t, cnt);
            if (static_cast<std::size_t>(t - b) <= raw_offset) {
                w_ += cnt.n;
                r_ = static_cast<std::size_t>(t - b);
                continue;
            }
            // The offset falls inside this run; leave the cursors at its start.
            if (rr.layers == 0) return w_ + (raw_offset - r_);
            if (rr.layers > 1) return w_;
            const auto* up = reinterpret_cast<const unsigned char*>(q);
            const auto* ue = reinterpret_cast<const unsigned char*>(t);
            const auto* target = reinterpret_cast<const unsigned char*>(b + raw_offset);
            std::size_t w = w_;
            while (up < ue) {
                const detail::rep_unit u = detail::rep_next_unit(up, ue, rr.first);
                if (up + u.in_len > target) break;
                w += u.n == 0 ? u.in_len : u.n;
                up += u.in_len;
            }
            return w;
        }
        return w_;
    }

private:
    std::string_view raw_;
    repair_flags flags_;
    std::size_t r_ = 0;  // raw offset reached (always a unit boundary)
    std::size_t w_ = 0;  // its repaired offset
};

}  // inline namespace v0_1
}  // namespace tweetview

#endif  // TWEETVIEW_TWEETVIEW_HPP
