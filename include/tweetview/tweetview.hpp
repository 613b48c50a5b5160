// tweetview: read Twitter-archive Markdown (twitter-archive-parser output) as zero-copy tweet views.
// https://github.com/tweetview/tweetview  SPDX-License-Identifier: MIT
//
// One header, C++17, standard library only. Contents, in dependency order (each section keeps its
// internals in its own namespace inside tweetview::detail):
//   API summary        every public declaration, one line each (below)
//   1. Configuration and version     TWEETVIEW_NO_SIMD, version checks
//   2. Bytes, SIMD and UTF-8         detail::bytes; the SIMD layer is detail::simd (all byte searches)
//   3. Time                          detail::time
//   4. Record core                   detail::core (parse_record and its rules)
//   5. Range and stream              detail::input (records(), stream)
//   6. Entities                      detail::entities
//   7. Text transforms               detail::repair (repair), detail::markdown (Markdown, media)
//   8. Writing                       detail::writing (writer, convert)
//   9. Generated tables              BEGIN/END GENERATED blocks made by tests/tables/gen_tables.py
// Everything in tweetview::detail is internal and may change without notice.
//
// ---- API summary ------------------------------------------------------------------------------------------
// The public API of sections 1 to 8 in declarations (inline, noexcept and [[nodiscard]] left out),
// each with the first line of its comment. Functions that return views into their argument also
// have a deleted overload for temporaries such as a std::string (the views would dangle).
//
// 1. Configuration and version
//   TWEETVIEW_NO_SIMD              define to use only the portable byte searches
//   TWEETVIEW_HAS_SSE2, _HAS_NEON  1 when that SIMD variant is compiled in
//   TWEETVIEW_VERSION_MAJOR, _MINOR, _PATCH, _STRING
//
// 2. Bytes, SIMD and UTF-8
//   struct utf8_decoded;
//       One decoded code point. `length` is the number of bytes consumed (1 to 4, never 0 on non-empty
//   utf8_decoded decode_utf8(const char* p, const char* end);
//   struct utf8_result;
//       Result of validate_utf8. `error_offset` is the offset of the first byte that
//   utf8_result validate_utf8(std::string_view s);
//       Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF, no truncated
//
// 3. Time
//   struct date_time;
//       A calendar date and time of day (proleptic Gregorian). weekday: 0 = Sunday ... 6 = Saturday.
//   struct tweet_time;
//       A tweet's time: UTC seconds since 1970-01-01, the offset written in created_at, and the fields
//   constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d);
//       Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
//   constexpr date_time civil_from_seconds(std::int64_t s);
//       The calendar date and time of day of a count of seconds since 1970-01-01 00:00:00.
//   constexpr bool is_leap_year(std::int64_t y);
//   constexpr unsigned days_in_month(std::int64_t y, unsigned m);
//   constexpr date_time utc(const tweet_time& t);
//       The UTC date and time of a tweet_time.
//   enum class time_errc { ok, weekday, month, day, hour, minute, second, offset, year, syntax,
//       weekday_mismatch };
//       What went wrong in a created_at string, and where (byte index into it).
//   struct time_result;
//   constexpr const char* expected(time_errc e);
//       Human-readable "expected ..." for a time_errc; a static string.
//   constexpr time_result parse_created_at(std::string_view s);
//       Parses Twitter's created_at, "Mon Aug 02 02:25:42 +0000 2021", exactly: the weekday must be
//   constexpr std::int64_t snowflake_epoch_ms = 1288834974657;
//       Twitter's snowflake ids (from 2010-11-04 on) carry their creation time: milliseconds since the
//   constexpr bool is_snowflake(std::uint64_t id);
//       True for ids that are snowflakes. Sequential ids stayed below 3e10; snowflakes of the first
//   constexpr std::int64_t snowflake_ms(std::uint64_t id);
//       Milliseconds since 1970 encoded in a snowflake id; -1 when `id` is not a snowflake.
//   constexpr bool snowflake_agrees(std::uint64_t id, std::int64_t unix_seconds, std::int64_t tolerance_ms =
//       1000);
//       Whether a snowflake id's time agrees with created_at (which is truncated to the second) within
//
// 4. Record core
//   enum class footer_style { unknown, originally, paren, icon_media, icon_dot, icon_parent, icon_favicon };
//       The footer line's form.
//   enum class separator_style { unknown, dash2, dash4, dash4_padded };
//       The separator between records (shown with LF line endings).
//   enum class line_ending { unknown, lf, crlf };
//   struct layout;
//       The shape of an archive. A default-constructed layout means "detect it from the first record".
//   constexpr layout f05_layout{footer_style::paren, separator_style::dash4, line_ending::lf};
//       The seed flavour (F05): "(Originally on Twitter: ...)" and "\n----\n" after every record.
//   enum class flavour { unknown, f02, f03, f05, f06, f07, f08, f09, f10, f11, b1, b3, b6 };
//       The versions of twitter-archive-parser whose Markdown differs (../shared/docs/FORMAT.md). Some
//   enum class separator_place { trailing, joined, leading };
//       Where a flavour writes its separator: after every record, between records, before every record.
//   enum class image_place { in_line, own_paragraph, as_written };
//       Where a flavour's writer puts an image: on the text's line, after a blank line each, or either.
//   struct flavour_traits;
//       Everything that differs between flavours: one row of flavour_table each. The reader (footer
//   constexpr flavour_traits flavour_table[] =;
//       Rows in detection order: where two rows fit a record equally well, the first wins.
//   constexpr const flavour_traits& traits(flavour f);
//       The row of a flavour; unknown gives F05's (what a writer of an unknown flavour writes).
//   constexpr std::string_view flavour_name(flavour f);
//       "F02", "F03", ... "B6" ("" for unknown).
//   constexpr flavour parse_flavour(std::string_view name);
//       The flavour named (case-insensitive; F04, F04a, F04b name f03; F06a, F06b f06; B2 f05; B5
//   constexpr flavour joined_flavour(flavour file);
//       A file read as flavour `file` whose last record has no separator after it: the row of the same
//   struct tweet;
//       A tweet, as views into the bytes it was parsed from. Trivially copyable; owns nothing.
//   enum class errc { ok, bad_footer, bad_timestamp, bad_url, bad_id, missing_separator, truncated,
//       record_too_large, unsupported_flavour, mixed_flavour };
//       Every way a record can be bad.
//   constexpr const char* message(errc e);
//       A static, one-line description of an error kind.
//   struct error;
//       A bad record. `raw` is its bytes (for record_too_large, only the first max_record_bytes of
//   enum class record_kind { tweet, error, trailer };
//       What a record is. `trailer` is not a record of the archive: it holds bytes after the last
//   struct record;
//       One record: a tweet or an error, and the separator bytes that followed it. Every input byte
//   struct parse_options;
//   enum class parse_status { tweet, error, need_more, end, skip };
//   struct parse_position;
//       Where a record starts: the input offset and 1-based line of bytes[0], plus a scan hint.
//   struct parse_result;
//   constexpr std::string_view separator_text(separator_style s, line_ending e);
//       The separator of a style with a line ending, e.g. "\n----\n" (unknown: dash4, LF).
//   parse_result parse_record(std::string_view bytes, const parse_options& opts, const parse_position& pos,
//       bool at_eof);
//   class record_skipper;
//       Resynchronising after parse_status::skip. The over-long record runs to the end of the next
//   void skip_record(parse_result& r, std::string_view bytes);
//       The whole-buffer case: `r`, a parse_status::skip result of parse_record over `bytes` (the rest
//   layout detect_layout(std::string_view head);
//       The layout of the first complete record in `head` (the start of an input); unknown parts if
//   std::size_t find_record_start(std::string_view bytes, std::size_t from, const layout& shape);
//       The offset of the first record start at or after `from` in `bytes` (bytes.size() if none).
//
// 5. Range and stream
//   flavour refine_flavour(flavour file, const record& r);
//       A file's flavour from its records so far: the first tweet's, corrected by later evidence (a
//   class record_range;
//       Iterates the records of a whole buffer, in order, as views into it. Allocates nothing.
//   record_range records(std::string_view bytes, const parse_options& opts = {});
//       The records of a whole buffer. Zero-copy, zero allocations.
//   record_range records(std::string_view slice, const parse_options& opts, const parse_position& start);
//       The records of a slice of an input that starts at `start` (a record start, e.g. from
//   enum class feed_status { ok, stopped };
//       What stream::feed and stream::finish report.
//   class stream;
//       Streaming parser: feed it chunks of any size, then call finish(). It hands each record to a
//
// 6. Entities: mentions, URLs, hashtags, cashtags
//   enum class entity_kind { mention, url, hashtag, cashtag };
//   struct entity;
//       One entity. 12 bytes, trivially copyable. begin/end are byte offsets into the
//   enum class entity_filter { all, mentions, urls, hashtags, cashtags };
//       Which extractor a range runs.
//   class entity_iterator;
//   class entity_range;
//       A lazy range of entities over a text; the text must outlive the range.
//   entity_range entities(std::string_view text);
//       extractEntitiesWithIndices: all kinds, sorted by begin, overlaps removed.
//   entity_range mentions(std::string_view text);
//       extractMentionsOrListsWithIndices
//   entity_range urls(std::string_view text);
//       extractUrlsWithIndices with extractUrlsWithoutProtocol = true
//   entity_range hashtags(std::string_view text);
//       extractHashtagsWithIndices (hashtags overlapping a URL are dropped)
//   entity_range cashtags(std::string_view text);
//       extractCashtagsWithIndices
//   std::string_view reply_screen_name(std::string_view text);
//   std::string_view retweeted_screen_name(std::string_view text);
//   bool is_retweet(std::string_view text);
//   class index_converter;
//       Byte offset -> code point index / UTF-16 index. Queries with increasing
//
// 7. Text transforms: repair (HTML entities, mojibake) and Markdown
//   enum class repair_flags { none = 0, html = 1, mojibake = 2, all = 3 };
//       What repair() does. Bit flags; combine with `|`.
//   constexpr repair_flags operator|(repair_flags a, repair_flags b);
//   constexpr repair_flags operator&(repair_flags a, repair_flags b);
//   constexpr bool has_flag(repair_flags set, repair_flags f);
//   constexpr std::size_t decode_html_bound(std::size_t n);
//       Decoding never produces more bytes than it reads.
//   constexpr std::size_t repair_mojibake_bound(std::size_t n);
//       Mojibake repair never produces more bytes than it reads.
//   constexpr std::size_t repair_bound(std::size_t n);
//   std::size_t repair(std::string_view in, char* out, repair_flags flags = repair_flags::all);
//       Full repair into out (room for repair_bound(in.size()) bytes; out may be
//   template <class OutputIt> OutputIt repair(std::string_view in, OutputIt out, repair_flags flags =
//       repair_flags::all);
//   std::size_t decode_html(std::string_view in, char* out);
//       &amp; &lt; &gt; &quot; &apos; and numeric references &#N; &#xH; (README: Text repair).
//   template <class OutputIt> OutputIt decode_html(std::string_view in, OutputIt out);
//   std::size_t repair_mojibake(std::string_view in, char* out);
//   template <class OutputIt> OutputIt repair_mojibake(std::string_view in, OutputIt out);
//   bool needs_repair(std::string_view in, repair_flags flags = repair_flags::all);
//       True iff repair(in, flags) would change something. Clean ASCII and genuine
//   class repair_offset_map;
//       Maps byte offsets of a raw text to byte offsets of repair(raw, flags),
//   constexpr std::size_t markdown_bound(std::size_t n);
//   std::size_t unquote(std::string_view text, char* out);
//       Removes the "> " before every line (F08 and later). Returns the bytes written.
//   template <class OutputIt> OutputIt unquote(std::string_view text, OutputIt out);
//   std::size_t unescape_markdown(std::string_view text, char* out);
//       Undoes escape_markdown (F10, F11): drops a backslash before an escapable character and the two
//   template <class OutputIt> OutputIt unescape_markdown(std::string_view text, OutputIt out);
//   std::size_t escape_markdown(std::string_view text, char* out);
//       twitter-archive-parser's escape_markdown (F10, F11): a backslash before each escapable
//   template <class OutputIt> OutputIt escape_markdown(std::string_view text, OutputIt out);
//   constexpr bool quotes_text(flavour f);
//       Whether a flavour quotes bodies, and whether it escapes Markdown (flavour_table).
//   constexpr bool escapes_text(flavour f);
//   std::size_t author_text(const tweet& t, char* out);
//       The text as its author wrote it (up to the writer's own losses, see README): the stored text
//   template <class OutputIt> OutputIt author_text(const tweet& t, OutputIt out);
//   enum class media_kind { image, video };
//       Media in a text: "![](PATH)" images and "<video ...><source src="PATH">...</video>" videos
//   struct media_span;
//   class media_range;
//       The media spans of a text, in order. Lazy; allocates nothing.
//   media_range media(std::string_view text);
//
// 8. Writing
//   class writer;
//       Writes records in one flavour. Call write() for each tweet in order.
//   constexpr std::size_t format_text_bound(std::size_t n);
//       An author's text (as author_text gives it) as flavour `to` stores it: media markup pointed
//   template <class OutputIt> OutputIt format_text(std::string_view author, flavour to, OutputIt out,
//       line_ending eol = line_ending::lf, flavour from = flavour::unknown);
//   constexpr bool has_reply_header(flavour f);
//       Whether a flavour writes the "Replying to" header (F08 and later).
//   template <class OutputIt> OutputIt reply_mentions(const tweet& t, OutputIt out);
//       The reply header's names as mentions, "@a @b @c" (the header says "@a", "@a and @b" or
//   std::size_t convert_scratch_bound(const tweet& t);
//       Converting a tweet to another flavour. The author's text goes through `scratch` (at least
//   std::size_t author_full_text(const tweet& t, char* out);
//       The text as its author wrote it (author_text) with the leading @mentions of a reply that the
//   template <class OutputIt> OutputIt convert_text(const tweet& t, flavour to, char* scratch, OutputIt out,
//       line_ending eol = line_ending::lf);
//   template <class OutputIt> OutputIt convert_reply_names(const tweet& t, flavour to, OutputIt out);
//       The reply header's names as flavour `to` writes them (escaped for F10 and later).

// ---- 1. Configuration and version -------------------------------------------------------------------------
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
// TWEETVIEW_HAS_SSE2 / TWEETVIEW_HAS_NEON say which vector variant is compiled in (section 2).
// TWEETVIEW_NO_DISPATCH: define to leave out the AVX2 and AVX-512 variants that x86-64 builds with
// GCC or Clang otherwise choose at run time (section 2).
#if !defined(TWEETVIEW_NO_SIMD) && (defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64) || \
                                    (defined(_M_IX86_FP) && _M_IX86_FP >= 2))
#define TWEETVIEW_HAS_SSE2 1
#if defined(_MSC_VER) && !defined(__clang__)
#include <emmintrin.h>  // GCC and Clang need no header for it (section 2, SIMD layer)
#endif
#else
#define TWEETVIEW_HAS_SSE2 0
#endif
#if !defined(TWEETVIEW_NO_SIMD) && defined(__aarch64__) && defined(__ARM_NEON) && !defined(__ARM_BIG_ENDIAN)
#define TWEETVIEW_HAS_NEON 1
#include <arm_neon.h>
#else
#define TWEETVIEW_HAS_NEON 0
#endif

// TWEETVIEW_LIFETIMEBOUND marks a parameter the result points into, where the compiler can check
// that (clang); empty elsewhere. Temporaries that would dangle are also refused by deleted
// overloads (detail::dangling_temporary), on every compiler.
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::lifetimebound)
#define TWEETVIEW_LIFETIMEBOUND [[clang::lifetimebound]]
#endif
#endif
#ifndef TWEETVIEW_LIFETIMEBOUND
#define TWEETVIEW_LIFETIMEBOUND
#endif

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <utility>
// The iterator tags: libstdc++, libc++ and MSVC's <string_view> already declare them (its
// reverse_iterator needs them), and <iterator> costs more to compile than the rest of this
// header's includes together; elsewhere, include it.
#if !defined(__GLIBCXX__) && !defined(_LIBCPP_VERSION) && !defined(_MSC_VER)
#include <iterator>
#endif

#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif

namespace tweetview {
// The inline namespace puts the version into every mangled name, so two versions linked into one
// program cannot silently share (and break) each other's inline functions.
inline namespace v0_1 {

// ---- 2. Bytes, SIMD and UTF-8 -----------------------------------------------------------------------------
namespace detail {
namespace bytes {

// True for an argument that would leave a view dangling: a temporary (or moved) object that owns
// text and converts to std::string_view, such as a std::string. The deleted overloads below use
// it: `records(std::string(...))` does not compile, `records(name)` and `records("...")` do.
template <class T>
constexpr bool dangling_temporary = std::is_class_v<T> && !std::is_reference_v<T> &&
                                    !std::is_same_v<std::remove_cv_t<T>, std::string_view> &&
                                    std::is_convertible_v<T, std::string_view>;
template <class T>
using if_dangling = std::enable_if_t<dangling_temporary<T>, int>;

// ---- SIMD layer -------------------------------------------------------------------------------------------
// Every byte search of this header goes through the functions at the end of this block
// (find_byte, find_pair, find_either, find_any, find_non_ascii, find_non_ascii_or,
// count_byte, bytes_present). Each variant is a struct with the same static functions:
//   simd::portable  plain C++ (SWAR where it pays); always compiled, the reference
//   simd::sse2      x86-64 (and x86 with SSE2)
//   simd::neon      aarch64, little-endian
// The vector variants share one set of algorithms (simd::block_search) written against a
// 16-byte block type with five operations: load, splat, eq, high (byte >= 0x80), mask.
// Compiler builtins and intrinsics appear in this block and nowhere else in the header.
namespace simd {

// Index of the lowest set bit; x must not be 0.
inline unsigned ctz64(std::uint64_t x) noexcept {
#if defined(_MSC_VER) && !defined(__clang__)
    unsigned long i;
#if defined(_M_X64) || defined(_M_AMD64) || defined(_M_ARM64)
    _BitScanForward64(&i, x);
    return static_cast<unsigned>(i);
#else
    if (static_cast<std::uint32_t>(x) != 0) {
        _BitScanForward(&i, static_cast<unsigned long>(static_cast<std::uint32_t>(x)));
        return static_cast<unsigned>(i);
    }
    _BitScanForward(&i, static_cast<unsigned long>(x >> 32));
    return 32u + static_cast<unsigned>(i);
#endif
#elif defined(__GNUC__) || defined(__clang__)
    return static_cast<unsigned>(__builtin_ctzll(x));
#else
    unsigned n = 0;
    for (; (x & 1u) == 0; x >>= 1) ++n;
    return n;
#endif
}

// SWAR: nonzero when one of the 8 bytes of x is zero (the flagged bits above the first zero byte
// may be wrong, so callers only test for nonzero and then look bytewise).
constexpr std::uint64_t swar_ones = 0x0101010101010101ull;
constexpr std::uint64_t swar_highs = 0x8080808080808080ull;
constexpr std::uint64_t swar_has_zero(std::uint64_t x) noexcept { return (x - swar_ones) & ~x & swar_highs; }
// The number of set bits of x (SWAR: no instruction a target may lack).
constexpr std::size_t popcount64(std::uint64_t x) noexcept {
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return static_cast<std::size_t>((x * swar_ones) >> 56);
}

struct portable {
    static constexpr const char* name = "portable";
    static bool supported() noexcept { return true; }  // on this CPU (the run-time variants ask it)

    // memchr is vectorised by every libc we know.
    static const char* find_byte(const char* p, const char* end, char c) noexcept {
        if (p >= end) return end;
        const void* r = std::memchr(p, static_cast<unsigned char>(c), static_cast<std::size_t>(end - p));
        return r ? static_cast<const char*>(r) : end;
    }
    // First p[i] == a with p[i+1] == b (both inside [p, end)), or end.
    static const char* find_pair(const char* p, const char* end, char a, char b) noexcept {
        for (; end - p >= 2; ++p) {
            if (p[0] == a && p[1] == b) return p;
        }
        return end;
    }
    // First byte equal to a or to b, or end.
    static const char* find_either(const char* p, const char* end, char a, char b) noexcept {
        const std::uint64_t as = swar_ones * static_cast<unsigned char>(a), bs = swar_ones * static_cast<unsigned char>(b);
        while (end - p >= 8) {
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            if ((swar_has_zero(x ^ as) | swar_has_zero(x ^ bs)) != 0) break;
            p += 8;
        }
        for (; p < end; ++p) {
            if (*p == a || *p == b) return p;
        }
        return end;
    }
    // First byte that is one of `set` (at most 16 bytes), or end.
    static const char* find_any(const char* p, const char* end, std::string_view set) noexcept {
        for (; p < end; ++p) {
            for (const char c : set) {
                if (*p == c) return p;
            }
        }
        return end;
    }
    // First byte >= 0x80, or end.
    static const char* find_non_ascii(const char* p, const char* end) noexcept {
        while (end - p >= 8) {
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            if ((x & swar_highs) != 0) break;
            p += 8;
        }
        for (; p < end; ++p) {
            if (static_cast<unsigned char>(*p) >= 0x80) return p;
        }
        return end;
    }
    // First byte >= 0x80 or equal to c (c < 0x80), or end.
    static const char* find_non_ascii_or(const char* p, const char* end, char c) noexcept {
        const std::uint64_t cs = swar_ones * static_cast<unsigned char>(c);
        while (end - p >= 8) {
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            if (((x & swar_highs) | swar_has_zero(x ^ cs)) != 0) break;
            p += 8;
        }
        for (; p < end; ++p) {
            if (static_cast<unsigned char>(*p) >= 0x80 || *p == c) return p;
        }
        return end;
    }
    // Number of bytes equal to c: eight at a time, then bytewise.
    static std::size_t count_byte(const char* p, const char* end, char c) noexcept {
        const std::uint64_t cs = swar_ones * static_cast<unsigned char>(c);
        std::size_t n = 0;
        while (end - p >= 8) {
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            x ^= cs;  // a match is a zero byte
            // Top bit of a byte set iff the byte is zero (no carry crosses a byte: exact).
            const std::uint64_t zero = ~(((x & ~swar_highs) + ~swar_highs) | x | ~swar_highs);
            n += static_cast<std::size_t>(((zero >> 7) * swar_ones) >> 56);
            p += 8;
        }
        for (; p < end; ++p) n += (*p == c);
        return n;
    }
    // Which bytes of `set` (at most 8) occur in [p, end): bit k set when set[k] does.
    // (One memchr a byte of the set: each stops at its first hit.)
    static unsigned bytes_present(const char* p, const char* end, std::string_view set) noexcept {
        const std::size_t n = set.size() < 8 ? set.size() : 8;
        unsigned bits = 0;
        for (std::size_t k = 0; k < n; ++k)
            if (find_byte(p, end, set[k]) != end) bits |= 1u << k;
        return bits;
    }
};

// The searches of a vector variant, written once for its block type B. B has:
//   width                  bytes per block (a std::ptrdiff_t)
//   mask_shift             mask() gives 1 << mask_shift bits per byte
//   load(p), splat(c)      a block of p[0..width), a block of c
//   x.eq(y), x.high()      lanes: byte equal / byte >= 0x80; combine lanes with | and &
//   x.mask()               a 64-bit mask of the true lanes, byte 0 lowest; 0 when none
// Each search handles whole blocks and leaves the tail (< width bytes) to simd::portable, so no
// load ever reads outside [p, end).
template <class B>
struct block_search {
    static bool supported() noexcept { return true; }  // (compiled for a target the build assumes)
    static unsigned first(std::uint64_t m) noexcept { return ctz64(m) >> B::mask_shift; }

    static const char* find_byte(const char* p, const char* end, char c) noexcept {
        return portable::find_byte(p, end, c);
    }
    static const char* find_pair(const char* p, const char* end, char a, char b) noexcept {
        const B va = B::splat(a), vb = B::splat(b);
        while (end - p > B::width) {  // reads p[0 .. width]
            const std::uint64_t m = (B::load(p).eq(va) & B::load(p + 1).eq(vb)).mask();
            if (m != 0) return p + first(m);
            p += B::width;
        }
        return portable::find_pair(p, end, a, b);
    }
    // (A tail shorter than a block, after at least one block: the last block of [start, end) again,
    // its lanes before p shifted out of the mask. Short texts, such as tweets, end this way.)
    static const char* find_either(const char* p, const char* end, char a, char b) noexcept {
        const B va = B::splat(a), vb = B::splat(b);
        const char* const start = p;
        while (end - p >= B::width) {
            const B x = B::load(p);
            const std::uint64_t m = (x.eq(va) | x.eq(vb)).mask();
            if (m != 0) return p + first(m);
            p += B::width;
        }
        if (p == end || end - start < B::width) return portable::find_either(p, end, a, b);
        const char* const q = end - B::width;
        const B x = B::load(q);
        const std::uint64_t m = (x.eq(va) | x.eq(vb)).mask() >> (static_cast<unsigned>(p - q) << B::mask_shift);
        return m != 0 ? p + first(m) : end;
    }
    static const char* find_any(const char* p, const char* end, std::string_view set) noexcept {
        if (set.empty()) return end;
        while (end - p >= B::width) {
            const B x = B::load(p);
            B hit = x.eq(B::splat(set[0]));
            for (std::size_t k = 1; k < set.size(); ++k) hit = hit | x.eq(B::splat(set[k]));
            const std::uint64_t m = hit.mask();
            if (m != 0) return p + first(m);
            p += B::width;
        }
        return portable::find_any(p, end, set);
    }
    static const char* find_non_ascii(const char* p, const char* end) noexcept {
        while (end - p >= B::width) {
            const std::uint64_t m = B::load(p).high().mask();
            if (m != 0) return p + first(m);
            p += B::width;
        }
        return portable::find_non_ascii(p, end);
    }
    static const char* find_non_ascii_or(const char* p, const char* end, char c) noexcept {
        const B vc = B::splat(c);
        while (end - p >= B::width) {
            const B x = B::load(p);
            const std::uint64_t m = (x.high() | x.eq(vc)).mask();
            if (m != 0) return p + first(m);
            p += B::width;
        }
        return portable::find_non_ascii_or(p, end, c);
    }
    // Eight compares a block whatever the set's size (the unused ones repeat set[0]), written out
    // (see_all), so the loop neither counts nor branches on the set; a tail shorter than a block is
    // the range's last block again (its lanes before the tail were seen already).
    template <std::size_t... K>
    static void see_all(B x, const B* want, B* seen, std::index_sequence<K...>) noexcept {
        ((seen[K] = seen[K] | x.eq(want[K])), ...);
    }
    static unsigned bytes_present(const char* p, const char* end, std::string_view set) noexcept {
        const std::size_t n = set.size() < 8 ? set.size() : 8;
        if (n == 0) return 0;
        if (end - p < B::width) return portable::bytes_present(p, end, set);
        B want[8], seen[8];
        for (std::size_t k = 0; k < 8; ++k) {
            want[k] = B::splat(set[k < n ? k : 0]);
            seen[k] = want[k].eq(B::splat(static_cast<char>(~set[k < n ? k : 0])));  // no lane
        }
        for (;; p += B::width) {
            if (end - p < B::width) {
                if (p == end) break;
                p = end - B::width;
            }
            see_all(B::load(p), want, seen, std::make_index_sequence<8>{});
            if (p + B::width == end) break;
        }
        unsigned bits = 0;
        for (std::size_t k = 0; k < n; ++k)
            if (seen[k].mask() != 0) bits |= 1u << k;
        return bits;
    }
};

#if TWEETVIEW_HAS_SSE2
// The SSE2 operations the variant needs. GCC and Clang get them from their vector extensions and
// the builtins that <emmintrin.h> wraps, without that header: it pulls in <stdlib.h> (a third of
// this header's own compile time), and <immintrin.h> costs several times the whole header. MSVC
// gets them from <emmintrin.h>.
#if defined(__GNUC__) || defined(__clang__)
typedef unsigned char sse2_vec __attribute__((vector_size(16)));
typedef unsigned char sse2_vec_unaligned __attribute__((vector_size(16), aligned(1), may_alias));
typedef char sse2_v16qi __attribute__((vector_size(16)));
typedef long long sse2_v2di __attribute__((vector_size(16)));
inline sse2_vec sse2_load(const char* p) noexcept { return *reinterpret_cast<const sse2_vec_unaligned*>(p); }
inline sse2_vec sse2_splat(char c) noexcept {
    const auto b = static_cast<unsigned char>(c);
    return sse2_vec{b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b};
}
inline sse2_vec sse2_zero() noexcept { return sse2_vec{}; }
inline sse2_vec sse2_eq(sse2_vec a, sse2_vec b) noexcept { return (sse2_vec)(a == b); }
inline sse2_vec sse2_or(sse2_vec a, sse2_vec b) noexcept { return a | b; }
inline sse2_vec sse2_and(sse2_vec a, sse2_vec b) noexcept { return a & b; }
inline sse2_vec sse2_sub(sse2_vec a, sse2_vec b) noexcept { return a - b; }
inline std::uint32_t sse2_movemask(sse2_vec a) noexcept {
    return static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128((sse2_v16qi)a));
}
// The sum of the 16 bytes.
inline std::size_t sse2_sum(sse2_vec a) noexcept {
    const sse2_v2di s = __builtin_ia32_psadbw128((sse2_v16qi)a, sse2_v16qi{});
    return static_cast<std::size_t>(s[0]) + static_cast<std::size_t>(s[1]);
}
#else
using sse2_vec = __m128i;
inline sse2_vec sse2_load(const char* p) noexcept {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
}
inline sse2_vec sse2_splat(char c) noexcept { return _mm_set1_epi8(c); }
inline sse2_vec sse2_zero() noexcept { return _mm_setzero_si128(); }
inline sse2_vec sse2_eq(sse2_vec a, sse2_vec b) noexcept { return _mm_cmpeq_epi8(a, b); }
inline sse2_vec sse2_or(sse2_vec a, sse2_vec b) noexcept { return _mm_or_si128(a, b); }
inline sse2_vec sse2_and(sse2_vec a, sse2_vec b) noexcept { return _mm_and_si128(a, b); }
inline sse2_vec sse2_sub(sse2_vec a, sse2_vec b) noexcept { return _mm_sub_epi8(a, b); }
inline std::uint32_t sse2_movemask(sse2_vec a) noexcept {
    return static_cast<std::uint32_t>(_mm_movemask_epi8(a));
}
inline std::size_t sse2_sum(sse2_vec a) noexcept {
    const __m128i s = _mm_sad_epu8(a, _mm_setzero_si128());
    return static_cast<std::size_t>(_mm_cvtsi128_si32(s)) + static_cast<std::size_t>(_mm_extract_epi16(s, 4));
}
#endif

struct sse2_block {
    static constexpr std::ptrdiff_t width = 16;
    static constexpr unsigned mask_shift = 0;
    sse2_vec v;  // a lane is true when its top bit is set
    static sse2_block load(const char* p) noexcept { return {sse2_load(p)}; }
    static sse2_block splat(char c) noexcept { return {sse2_splat(c)}; }
    sse2_block eq(sse2_block o) const noexcept { return {sse2_eq(v, o.v)}; }
    sse2_block high() const noexcept { return *this; }  // movemask reads the top bit
    sse2_block operator|(sse2_block o) const noexcept { return {sse2_or(v, o.v)}; }
    sse2_block operator&(sse2_block o) const noexcept { return {sse2_and(v, o.v)}; }
    std::uint64_t mask() const noexcept { return sse2_movemask(v); }
};

struct sse2 : block_search<sse2_block> {
    static constexpr const char* name = "sse2";
    static std::size_t count_byte(const char* p, const char* end, char c) noexcept {
        // A match is 0xFF, so subtracting it counts one per byte lane; up to 255 blocks fit in a
        // lane before the lanes are summed with SAD. No popcount instruction needed.
        std::size_t n = 0;
        const sse2_vec vc = sse2_splat(c);
        while (end - p >= 16) {
            sse2_vec acc = sse2_zero();
            for (int blocks = 0; end - p >= 16 && blocks < 255; ++blocks, p += 16)
                acc = sse2_sub(acc, sse2_eq(sse2_load(p), vc));
            n += sse2_sum(acc);
        }
        return n + portable::count_byte(p, end, c);
    }
};
#endif

#if TWEETVIEW_HAS_NEON
struct neon_block {
    static constexpr std::ptrdiff_t width = 16;
    static constexpr unsigned mask_shift = 2;  // mask(): four bits per byte
    uint8x16_t v;                              // a lane is true when all its bits are set
    static neon_block load(const char* p) noexcept {
        return {vld1q_u8(reinterpret_cast<const std::uint8_t*>(p))};
    }
    static neon_block splat(char c) noexcept { return {vdupq_n_u8(static_cast<std::uint8_t>(c))}; }
    neon_block eq(neon_block o) const noexcept { return {vceqq_u8(v, o.v)}; }
    neon_block high() const noexcept { return {vcgeq_u8(v, vdupq_n_u8(0x80))}; }
    neon_block operator|(neon_block o) const noexcept { return {vorrq_u8(v, o.v)}; }
    neon_block operator&(neon_block o) const noexcept { return {vandq_u8(v, o.v)}; }
    std::uint64_t mask() const noexcept {  // shift-right-narrow: byte i -> bits 4i .. 4i+3
        return vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(v), 4)), 0);
    }
};

struct neon : block_search<neon_block> {
    static constexpr const char* name = "neon";
    static std::size_t count_byte(const char* p, const char* end, char c) noexcept {
        std::size_t n = 0;
        const uint8x16_t vc = vdupq_n_u8(static_cast<std::uint8_t>(c));
        while (end - p >= 16) {
            uint8x16_t acc = vdupq_n_u8(0);
            for (int blocks = 0; end - p >= 16 && blocks < 255; ++blocks, p += 16)
                acc = vsubq_u8(acc, vceqq_u8(vld1q_u8(reinterpret_cast<const std::uint8_t*>(p)), vc));
            n += vaddlvq_u8(acc);
        }
        return n + portable::count_byte(p, end, c);
    }
};
#endif

// ---- x86-64: AVX2 and AVX-512, chosen at run time ---------------------------------------------------------
// A default x86-64 build may assume SSE2 only. These variants are compiled for their instruction
// sets with __attribute__((target)) and used when the CPU has them (GCC and Clang on x86-64;
// MSVC stays on SSE2; TWEETVIEW_NO_SIMD or TWEETVIEW_NO_DISPATCH leave them out). They are
// written with the compilers' vector extensions and two builtins rather than <immintrin.h>,
// which alone costs several times this whole header to compile. Each variant redoes only the
// searches where its width pays (find_pair, which finds the blank line before each footer, and
// find_non_ascii; with AVX-512's masked loads also bytes_present and count_byte, whose short
// inputs then need no bytewise tail) and inherits the rest from the one below it.
#if TWEETVIEW_HAS_SSE2 && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && \
    !defined(TWEETVIEW_NO_DISPATCH)
#define TWEETVIEW_HAS_X86_DISPATCH 1
#define TWEETVIEW_TARGET(isa) __attribute__((target(isa)))

typedef char v32qi __attribute__((vector_size(32)));
typedef char v64qi __attribute__((vector_size(64)));

struct avx2 : sse2 {
    static constexpr const char* name = "avx2";
    static bool supported() noexcept { return __builtin_cpu_supports("avx2"); }
    TWEETVIEW_TARGET("avx2") static v32qi load(const char* p) noexcept {
        v32qi v;
        std::memcpy(&v, p, 32);
        return v;
    }
    TWEETVIEW_TARGET("avx2") static std::uint64_t mask(v32qi v) noexcept {
        return static_cast<std::uint32_t>(__builtin_ia32_pmovmskb256(v));
    }
    TWEETVIEW_TARGET("avx2")
    static const char* find_pair(const char* p, const char* end, char a, char b) noexcept {
        const v32qi va = v32qi{} + a, vb = v32qi{} + b;
        while (end - p > 32) {  // reads p[0 .. 32]
            const std::uint64_t m = mask((load(p) == va) & (load(p + 1) == vb));
            if (m != 0) return p + ctz64(m);
            p += 32;
        }
        return sse2::find_pair(p, end, a, b);
    }
    TWEETVIEW_TARGET("avx2") static const char* find_non_ascii(const char* p, const char* end) noexcept {
        while (end - p >= 32) {
            const std::uint64_t m = mask(load(p));  // the top bits
            if (m != 0) return p + ctz64(m);
            p += 32;
        }
        return sse2::find_non_ascii(p, end);
    }
};

struct avx512 : avx2 {
    static constexpr const char* name = "avx512bw";
    static bool supported() noexcept { return __builtin_cpu_supports("avx512bw"); }
    TWEETVIEW_TARGET("avx512bw") static v64qi load(const char* p) noexcept {
        v64qi v;
        std::memcpy(&v, p, 64);
        return v;
    }
    // One bit a byte: equal (predicate 0) / byte >= 0x80 (signed less than 0, predicate 1).
    TWEETVIEW_TARGET("avx512bw") static std::uint64_t eq(v64qi x, v64qi y) noexcept {
        return __builtin_ia32_cmpb512_mask(x, y, 0, ~0ull);
    }
    TWEETVIEW_TARGET("avx512bw")
    static const char* find_pair(const char* p, const char* end, char a, char b) noexcept {
        const v64qi va = v64qi{} + a, vb = v64qi{} + b;
        while (end - p > 64) {  // reads p[0 .. 64]
            const std::uint64_t m = eq(load(p), va) & eq(load(p + 1), vb);
            if (m != 0) return p + ctz64(m);
            p += 64;
        }
        return avx2::find_pair(p, end, a, b);
    }
    TWEETVIEW_TARGET("avx512bw") static const char* find_non_ascii(const char* p, const char* end) noexcept {
        while (end - p >= 64) {
            const std::uint64_t m = __builtin_ia32_cmpb512_mask(load(p), v64qi{}, 1, ~0ull);
            if (m != 0) return p + ctz64(m);
            p += 64;
        }
        return avx2::find_non_ascii(p, end);
    }
    // The lanes of `live` loaded from p, the others zero and not read (a masked load).
    TWEETVIEW_TARGET("avx512bw") static v64qi load_live(const char* p, std::uint64_t live) noexcept {
#if defined(__clang__)  // (clang's builtin takes a vector pointer, GCC's a char pointer)
        return __builtin_ia32_loaddquqi512_mask(reinterpret_cast<const v64qi*>(p), v64qi{}, live);
#else
        return __builtin_ia32_loaddquqi512_mask(p, v64qi{}, live);
#endif
    }
    // Masked loads (lanes past the end are neither read nor matched): a short text is one step.
    TWEETVIEW_TARGET("avx512bw")
    static unsigned bytes_present(const char* p, const char* end, std::string_view set) noexcept {
        const std::size_t n = set.size() < 8 ? set.size() : 8;
        v64qi want[8];
        for (std::size_t k = 0; k < n; ++k) want[k] = v64qi{} + set[k];
        unsigned bits = 0;
        for (std::ptrdiff_t left = end - p; left > 0; left -= 64) {
            const std::uint64_t live = left >= 64 ? ~0ull : (1ull << left) - 1;
            const v64qi x = load_live(p, live);
            for (std::size_t k = 0; k < n; ++k)
                bits |= static_cast<unsigned>(__builtin_ia32_cmpb512_mask(x, want[k], 0, live) != 0) << k;
            if (left > 64) p += 64;
        }
        return bits;
    }
    // The mention and hashtag scans' search, in texts of a few hundred bytes: 64 a step, the last
    // partial block masked, so a tweet is one or two steps.
    TWEETVIEW_TARGET("avx512bw")
    static const char* find_either(const char* p, const char* end, char a, char b) noexcept {
        const v64qi va = v64qi{} + a, vb = v64qi{} + b;
        for (std::ptrdiff_t left = end - p; left > 0; left -= 64, p += 64) {
            const std::uint64_t live = left >= 64 ? ~0ull : (1ull << left) - 1;
            const v64qi x = load_live(p, live);
            const std::uint64_t m =
                __builtin_ia32_cmpb512_mask(x, va, 0, live) | __builtin_ia32_cmpb512_mask(x, vb, 0, live);
            if (m != 0) return p + ctz64(m);
        }
        return end;
    }
    // The record scan counts a record's line breaks (a few hundred bytes): 64 a step, the last
    // partial block masked, so no bytewise tail.
    TWEETVIEW_TARGET("avx512bw") static std::size_t count_byte(const char* p, const char* end, char c) noexcept {
        const v64qi vc = v64qi{} + c;
        std::size_t n = 0;
        for (std::ptrdiff_t left = end - p; left > 0; left -= 64) {
            const std::uint64_t live = left >= 64 ? ~0ull : (1ull << left) - 1;
            n += popcount64(__builtin_ia32_cmpb512_mask(load_live(p, live), vc, 0, live));
            if (left > 64) p += 64;
        }
        return n;
    }
};
#undef TWEETVIEW_TARGET
#else
#define TWEETVIEW_HAS_X86_DISPATCH 0
#endif

// ---- Dispatch ---------------------------------------------------------------------------------------------
// `active` is the variant every search uses, chosen here at compile time as the best one the
// target guarantees. On x86-64 with GCC or Clang, find_pair, find_either, find_non_ascii,
// bytes_present and count_byte also ask the CPU at each call (__builtin_cpu_supports: a load and a
// bit test of a word the compiler's runtime fills at start-up; no state of ours) and take avx512 or
// avx2 when it has them and redoes the search. compiled_variants lists every variant built in: the
// test runs each one the CPU has against portable.
template <class... V>
struct variant_list {};
#if TWEETVIEW_HAS_NEON
using active = neon;
using compiled_variants = variant_list<portable, neon>;
#elif TWEETVIEW_HAS_SSE2
using active = sse2;
#if TWEETVIEW_HAS_X86_DISPATCH
using compiled_variants = variant_list<portable, sse2, avx2, avx512>;
#else
using compiled_variants = variant_list<portable, sse2>;
#endif
#else
using active = portable;
using compiled_variants = variant_list<portable>;
#endif

}  // namespace simd

// The searches the rest of the header calls. [p, end) is the input; a search returns the position
// found or end, and never reads outside [p, end).
inline const char* find_byte(const char* p, const char* end, char c) noexcept {
    return simd::active::find_byte(p, end, c);
}
// First position of the two-byte sequence (a, b): finding the blank line that precedes a footer
// this way skips every single line break of a body a block at a time.
inline const char* find_pair(const char* p, const char* end, char a, char b) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx512::supported()) return simd::avx512::find_pair(p, end, a, b);
    if (simd::avx2::supported()) return simd::avx2::find_pair(p, end, a, b);
#endif
    return simd::active::find_pair(p, end, a, b);
}
inline const char* find_either(const char* p, const char* end, char a, char b) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx512::supported()) return simd::avx512::find_either(p, end, a, b);
#endif
    return simd::active::find_either(p, end, a, b);
}
inline const char* find_any(const char* p, const char* end, std::string_view set) noexcept {
    return simd::active::find_any(p, end, set);
}
inline const char* find_non_ascii(const char* p, const char* end) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx512::supported()) return simd::avx512::find_non_ascii(p, end);
    if (simd::avx2::supported()) return simd::avx2::find_non_ascii(p, end);
#endif
    return simd::active::find_non_ascii(p, end);
}
inline const char* find_non_ascii_or(const char* p, const char* end, char c) noexcept {
    return simd::active::find_non_ascii_or(p, end, c);
}
inline std::size_t count_byte(const char* p, const char* end, char c) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx512::supported()) return simd::avx512::count_byte(p, end, c);
#endif
    return simd::active::count_byte(p, end, c);
}
// Which bytes of `set` (at most 8) occur in [p, end): bit k set when set[k] does. One pass,
// however many bytes the set has (the entity scanners' prefilter).
inline unsigned bytes_present(const char* p, const char* end, std::string_view set) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx512::supported()) return simd::avx512::bytes_present(p, end, set);
#endif
    return simd::active::bytes_present(p, end, set);
}
// Test hook: the searches the entity scanners make, as one variant's. A scanner given a table
// searches with it instead of the functions above, so the tests and benchmarks can run the whole
// extraction with each compiled variant (simd::searches_of<V>::table). Not part of the API.
namespace simd {
struct search_table {
    const char* (*find_either)(const char*, const char*, char, char) noexcept;
    const char* (*find_byte)(const char*, const char*, char) noexcept;
    unsigned (*bytes_present)(const char*, const char*, std::string_view) noexcept;
    const char* (*find_non_ascii)(const char*, const char*) noexcept;
};
template <class V>
struct searches_of {
    static constexpr search_table table{&V::find_either, &V::find_byte, &V::bytes_present, &V::find_non_ascii};
};
}  // namespace simd
// ---- end of SIMD layer ------------------------------------------------------------------------------------

// Writes the UTF-8 of a scalar value (the caller knows it is one: <= U+10FFFF, no surrogate);
// returns the bytes written, 1 to 4.
inline unsigned encode_utf8(std::uint32_t cp, char* out) noexcept {
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

constexpr std::size_t min_size(std::size_t a, std::size_t b) noexcept { return a < b ? a : b; }

// Whether the n bytes at a and b are equal. The short strings the record scan compares (footer
// prefixes, the status URL's parts, separators) go a word at a time, without a call.
inline bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    if (n > 32) return std::memcmp(a, b, n) == 0;
    if (n >= 8) {
        std::uint64_t diff = 0, x, y;
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            std::memcpy(&x, a + i, 8);
            std::memcpy(&y, b + i, 8);
            diff |= x ^ y;
        }
        std::memcpy(&x, a + n - 8, 8);  // the last eight bytes (overlapping the loop's last word)
        std::memcpy(&y, b + n - 8, 8);
        return (diff | (x ^ y)) == 0;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] != b[i]) return false;
    }
    return true;
}

inline bool starts_with(const char* p, const char* end, std::string_view s) noexcept {
    return p <= end && static_cast<std::size_t>(end - p) >= s.size() && same_bytes(p, s.data(), s.size());
}

// True when [p, end) is a proper or full prefix of s (used to decide "need more input").
inline bool is_prefix_of(const char* p, const char* end, std::string_view s) noexcept {
    if (p > end) return false;
    const std::size_t n = static_cast<std::size_t>(end - p);
    return n <= s.size() && same_bytes(p, s.data(), n);  // (p may be null when n is 0: no byte is read)
}

// Lines. A line break is "\n" or "\r\n" (a lone '\r' is not one); every split of a text into
// lines goes through these two.
// The length of the line break at p: 1 ("\n"), 2 ("\r\n"), or 0 (none).
// Whether `s` ends with a blank line: two line breaks ("\n" or "\r\n").
constexpr bool ends_in_blank_line(std::string_view s) noexcept {
    std::size_t i = s.size();
    for (int breaks = 0; breaks < 2; ++breaks) {
        if (i == 0 || s[i - 1] != '\n') return false;
        --i;
        if (i > 0 && s[i - 1] == '\r') --i;
    }
    return true;
}

inline std::size_t line_break_at(const char* p, const char* end) noexcept {
    if (p < end && *p == '\n') return 1;
    return end - p >= 2 && p[0] == '\r' && p[1] == '\n' ? 2 : 0;
}
// The line that starts at p: its text is [p, text_end), its line break [text_end, next); `next`
// is the next line's start. The last line of a text may have no break (text_end == next == end).
struct line_span {
    const char* text_end;
    const char* next;
    [[nodiscard]] bool has_break() const noexcept { return next != text_end; }
};
inline line_span line_at(const char* p, const char* end) noexcept {
    const char* nl = find_byte(p, end, '\n');
    if (nl == end) return {end, end};
    return {nl > p && nl[-1] == '\r' ? nl - 1 : nl, nl + 1};
}

// Screen names (in footers, reply headers and mentions) are letters, digits and '_'.
constexpr bool is_name_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Length of the run of screen-name characters at p, at most max.
inline std::size_t name_length(const char* p, const char* end, std::size_t max) noexcept {
    std::size_t k = 0;
    while (k < max && p + k < end && is_name_char(p[k])) ++k;
    return k;
}

// Index of the first of the n sorted elements of a whose key(element) is not below v (n if none).
template <class T, class V, class Key>
inline std::size_t lower_bound_by(const T* a, std::size_t n, V v, Key key) noexcept {
    std::size_t lo = 0, hi = n;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (key(a[mid]) < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

// Length of the well-formed UTF-8 sequence a lead byte announces (0: not a lead byte).
[[nodiscard]] constexpr unsigned utf8_sequence_length(unsigned lead) noexcept {
    return lead < 0x80 ? 1u : lead < 0xC2 ? 0u : lead < 0xE0 ? 2u : lead < 0xF0 ? 3u : lead < 0xF5 ? 4u : 0u;
}

// Allowed range of the second byte after a lead byte (Unicode table 3-7): no overlong form, no
// surrogate, nothing over U+10FFFF.
[[nodiscard]] constexpr bool utf8_second_byte_ok(unsigned lead, unsigned c) noexcept {
    switch (lead) {
        case 0xE0: return c >= 0xA0 && c <= 0xBF;
        case 0xED: return c >= 0x80 && c <= 0x9F;
        case 0xF0: return c >= 0x90 && c <= 0xBF;
        case 0xF4: return c >= 0x80 && c <= 0x8F;
        default: return c >= 0x80 && c <= 0xBF;
    }
}

}  // namespace bytes
using namespace bytes;
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
    const unsigned n = detail::utf8_sequence_length(b0);
    const auto avail = static_cast<std::size_t>(end - p);
    if (n == 0 || avail < 2 || !detail::utf8_second_byte_ok(b0, static_cast<unsigned char>(p[1])))
        return {0xFFFD, 1, false};
    char32_t cp = ((b0 & (0x7Fu >> n)) << 6) | (static_cast<unsigned char>(p[1]) & 0x3Fu);
    for (std::uint32_t i = 2; i < n; ++i) {
        if (i >= avail || (static_cast<unsigned char>(p[i]) & 0xC0u) != 0x80u) return {0xFFFD, i, false};
        cp = (cp << 6) | (static_cast<unsigned char>(p[i]) & 0x3Fu);
    }
    return {cp, n, true};
}

namespace detail {
namespace bytes {

// Code points and UTF-16 units (the indices Twitter's JSON uses) of a stretch of text.
struct utf8_counts {
    std::uint32_t code_points = 0;
    std::uint32_t utf16_units = 0;
};

// Adds to n the characters that start in [p, stop), an ill-formed byte counting as one U+FFFD
// (so indices fit the text one U+FFFD per bad byte); decodes up to limit (>= stop). Returns where
// the last character counted ends: stop, or past it when stop falls inside a character.
inline const char* count_utf8(const char* p, const char* stop, const char* limit, utf8_counts& n) noexcept {
    while (p < stop) {
        const char* const a = find_non_ascii(p, stop);
        const auto ascii = static_cast<std::uint32_t>(a - p);
        n.code_points += ascii;
        n.utf16_units += ascii;
        p = a;
        if (p >= stop) break;
        const utf8_decoded d = decode_utf8(p, limit);
        p += d.valid ? d.length : 1u;
        n.code_points += 1;
        n.utf16_units += d.code_point > 0xFFFF ? 2u : 1u;
    }
    return p;
}

}  // namespace bytes
using namespace bytes;
}  // namespace detail

// Result of validate_utf8. `error_offset` is the offset of the first byte that
// does not start a well-formed character, i.e. the length of the longest valid
// prefix; it equals the input size when `ok`.
struct utf8_result {
    bool ok;
    std::size_t error_offset;
};

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF, no truncated
// sequences), skipping ASCII a block at a time (find_non_ascii).
[[nodiscard]] inline utf8_result validate_utf8(std::string_view s) noexcept {
    const char* const b = s.data();
    const char* const e = b + s.size();
    const char* p = b;
    while (p < e) {
        p = detail::find_non_ascii(p, e);
        if (p == e) break;
        const utf8_decoded d = decode_utf8(p, e);
        if (!d.valid) return {false, static_cast<std::size_t>(p - b)};
        p += d.length;
    }
    return {true, s.size()};
}

// ---- 3. Time ----------------------------------------------------------------------------------------------
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
[[nodiscard]] constexpr date_time utc(const tweet_time& t) noexcept {
    return civil_from_seconds(t.unix_seconds);
}

// What went wrong in a created_at string, and where (byte index into it).
enum class time_errc : std::uint8_t {
    ok,
    weekday,
    month,
    day,
    hour,
    minute,
    second,
    offset,
    year,
    syntax,
    weekday_mismatch
};

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
namespace time {
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr unsigned two_digits(const char* p) noexcept {
    return static_cast<unsigned>(p[0] - '0') * 10u + static_cast<unsigned>(p[1] - '0');
}
// Weekday and month names, matched as a switch on their three bytes packed into an integer.
constexpr std::uint32_t pack3(const char* p) noexcept {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
           static_cast<unsigned char>(p[2]);
}
constexpr std::uint32_t pack3(char a, char b, char c) noexcept {
    return static_cast<std::uint32_t>(a) << 16 | static_cast<std::uint32_t>(b) << 8 |
           static_cast<std::uint32_t>(c);
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

// The fixed layout read eight bytes at a time: weekday and month names found by a perfect hash
// of their three bytes (multiply, top bits) and one compare, the 16 digits and 7 separators checked
// with a few word operations, the two-digit fields combined in parallel, every range check folded
// into one flag. Any input it does not accept goes to the field-by-field checks, which find and
// report the first bad field, so both paths accept exactly the same strings.
struct name_slot {
    std::uint32_t key;  // the three bytes, first in the low byte; 0xFFFFFFFF: empty
    std::uint8_t value;
};
inline constexpr name_slot weekday_slots[8] = {{0x697246, 5}, {0x6E6F4D, 1}, {0x6E7553, 0}, {0x746153, 6},
                                               {0x756854, 4}, {0xFFFFFFFF, 0}, {0x646557, 3}, {0x657554, 2}};
inline constexpr name_slot month_slots[16] = {
    {0x6C754A, 7}, {0x766F4E, 11}, {0xFFFFFFFF, 0}, {0x74634F, 10}, {0x79614D, 5},   {0x636544, 12},
    {0x72614D, 3}, {0x727041, 4},  {0xFFFFFFFF, 0}, {0x706553, 9},  {0xFFFFFFFF, 0}, {0xFFFFFFFF, 0},
    {0x6E614A, 1}, {0x6E754A, 6},  {0x626546, 2},   {0x677541, 8}};
inline constexpr std::uint8_t month_days_common[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// Eight bytes as a little-endian word, whatever the machine (compilers make it one load).
constexpr std::uint64_t load_le64(const char* p) noexcept {
    return static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[1])) << 8 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[2])) << 16 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[3])) << 24 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[4])) << 32 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[5])) << 40 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[6])) << 48 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[7])) << 56;
}

// x = word ^ pattern, where pattern has '0' at digits and the separator itself elsewhere: a digit
// leaves 0-9, a right separator 0. `room` has 0x76 at digits (0x76 + 9 = 0x7F) and 0x7F at
// separators; a byte over its limit, or with its top bit set, sets a top bit. No sum crosses a
// byte unless a byte is already bad.
constexpr std::uint64_t layout_bad(std::uint64_t x, std::uint64_t room) noexcept {
    return ((x + room) | x) & 0x8080808080808080u;
}
// Byte i becomes 10 * byte i + byte i+1: the value of the two digits that start there.
constexpr std::uint64_t pair_values(std::uint64_t x) noexcept { return x * 10 + (x >> 8); }
// The value of eight digits (bytes 0-9, the first digit in the low byte): pairs, then the four
// pairs weighted 10^6, 10^4, 10^2, 1 by two multiplications whose high halves add up.
constexpr std::uint64_t eight_digits(std::uint64_t x) noexcept {
    x = pair_values(x);  // bytes 0, 2, 4, 6: the pairs (each at most 99)
    constexpr std::uint64_t lo = 0x000000FF000000FFu;
    return ((x & lo) * (100u + (1000000ull << 32)) + ((x >> 16) & lo) * (1u + (10000ull << 32))) >> 32;
}
constexpr unsigned byte_at(std::uint64_t x, unsigned i) noexcept {
    return static_cast<unsigned>(x >> (8 * i)) & 0xFFu;
}

constexpr bool parse_created_at_fast(const char* p, time_result& r) noexcept {
    const std::uint64_t w0 = load_le64(p);        // "Www Mmm "
    const std::uint64_t w1 = load_le64(p + 8);    // "DD hh:mm"
    const std::uint64_t w2 = load_le64(p + 16);   // ":ss +hhm" (the sign checked apart)
    const std::uint64_t w3 = load_le64(p + 22);   // "hmm YYYY" (bytes 22-23 again)
    const auto wkey = static_cast<std::uint32_t>(w0 & 0xFFFFFF),
               mkey = static_cast<std::uint32_t>(w0 >> 32 & 0xFFFFFF);
    const name_slot wd = weekday_slots[(wkey * 0x9DAu) >> 29];
    const name_slot mo = month_slots[(mkey * 0x67E4u) >> 28];
    const std::uint64_t x1 = w1 ^ 0x30303A3030203030u,
                        x2 = (w2 ^ 0x303030002030303Au) & ~(std::uint64_t{0xFF} << 32);
    const std::uint64_t x3 = w3 ^ 0x3030303020303030u;
    const bool sign_ok = (p[20] == '+') | (p[20] == '-');
    const bool layout_ok = (layout_bad(x1, 0x76767F76767F7676u) | layout_bad(x2, 0x7676767F7F76767Fu) |
                            layout_bad(x3, 0x767676767F767676u)) == 0 &&
                           (w0 & 0xFF000000FF000000u) == 0x2000000020000000u;
    const std::uint64_t v1 = pair_values(x1), v2 = pair_values(x2), v3 = pair_values(x3);
    const unsigned day = byte_at(v1, 0), hour = byte_at(v1, 3), minute = byte_at(v1, 6),
                   second = byte_at(v2, 1);
    const unsigned off_h = byte_at(v2, 5), off_m = byte_at(v3, 1);
    const unsigned year = byte_at(v3, 4) * 100 + byte_at(v3, 6), month = mo.value;
    const bool leap = ((year & 3) == 0) & ((year % 100 != 0) | ((year & 15) == 0));  // %400: %100 and %16
    const unsigned dim = month_days_common[month] + ((month == 2) & leap);
    const bool ranges_ok =
        (hour < 24) & (minute < 60) & (second < 60) & (off_h < 24) & (off_m < 60) & (day >= 1) & (day <= dim);
    if (!((wd.key == wkey) & (mo.key == mkey) & sign_ok & layout_ok & ranges_ok)) return false;
    // days_from_civil for years 0-9999, as in the checks below.
    const unsigned yy = year + 400u - (month <= 2 ? 1u : 0u);
    const unsigned era = yy / 400u, yoe = yy - era * 400u;
    const unsigned doy = (153u * (month > 2 ? month - 3u : month + 9u) + 2u) / 5u + day - 1u;
    const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
    if ((doe + 3u) % 7u != wd.value) return false;
    const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + doe - 719468 - 146097;
    const std::int32_t off = (p[20] == '-' ? -1 : 1) * static_cast<std::int32_t>(off_h * 60 + off_m);
    r.time.local = date_time{static_cast<std::int32_t>(year),  static_cast<std::uint8_t>(month),
                             static_cast<std::uint8_t>(day),   static_cast<std::uint8_t>(hour),
                             static_cast<std::uint8_t>(minute), static_cast<std::uint8_t>(second),
                             wd.value};
    r.time.utc_offset_minutes = off;
    r.time.unix_seconds = days * 86400 + static_cast<std::int64_t>(hour * 3600 + minute * 60 + second) -
                          static_cast<std::int64_t>(off) * 60;
    return true;
}
}  // namespace time
using namespace time;
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
    if (s.size() == 30 && detail::parse_created_at_fast(p, r)) return r;
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
    const auto year =
        static_cast<std::int32_t>(detail::two_digits(p + 26) * 100 + detail::two_digits(p + 28));
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
[[nodiscard]] constexpr bool is_snowflake(std::uint64_t id) noexcept {
    return id >= (std::uint64_t{1} << 42);
}

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

// ---- 4. Record core ---------------------------------------------------------------------------------------
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
    icon_favicon, // B3:       <img src="assets/images/favicon.ico" width="12" /> [TS](URL)
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
    bool leading_separator = false;  // a separator before the first record too (branch B1)
    [[nodiscard]] constexpr bool known() const noexcept {
        return footer != footer_style::unknown && separator != separator_style::unknown &&
               eol != line_ending::unknown;
    }
    friend constexpr bool operator==(const layout& a, const layout& b) noexcept {
        return a.footer == b.footer && a.separator == b.separator && a.eol == b.eol &&
               a.leading_separator == b.leading_separator;
    }
    friend constexpr bool operator!=(const layout& a, const layout& b) noexcept { return !(a == b); }
};

// The seed flavour (F05): "(Originally on Twitter: ...)" and "\n----\n" after every record.
inline constexpr layout f05_layout{footer_style::paren, separator_style::dash4, line_ending::lf};

// The versions of twitter-archive-parser whose Markdown differs (../shared/docs/FORMAT.md). Some
// write the same shape and are one value here: f03 is F03, F04a and F04b (`\n----\n` between
// records); f05 is F05 and the branch B2; f06 is F06a and F06b; f09 is F09 and the branch B5.
// b1, b3 and b6 are branch-only shapes that read unambiguously: b1 a separator before every
// record, b3 another icon, b6 F11's layout without Markdown escaping. B4 (thread anchors) is
// rejected with errc::unsupported_flavour. The values' order means nothing: flavour_table says
// everything about each.
enum class flavour : std::uint8_t { unknown, f02, f03, f05, f06, f07, f08, f09, f10, f11, b1, b3, b6 };

// Where a flavour writes its separator: after every record, between records, before every record.
enum class separator_place : std::uint8_t { trailing, joined, leading };

// Where a flavour's writer puts an image: where the tweet's link was, on the text's line
// (`in_line`, F02 to F06a: "word ![](...)"); after a blank line each (`own_paragraph`, F06b and
// later: "word \n\n![](...)\n\n![](...)", but no blank line when the link was the whole text);
// or either, as the file has it (`as_written`: F06 is F06a and F06b).
enum class image_place : std::uint8_t { in_line, own_paragraph, as_written };

// Everything that differs between flavours: one row of flavour_table each. The reader (footer
// forms, the flavour a record shows, the reply header), the Markdown functions (quoting,
// escaping), the writer and convert (separators, media paths) and the tool all read it; a new
// flavour is a new row, plus the evidence that tells it apart where its records look like
// another row's (as looks_escaped does for F09/F10).
struct flavour_traits {
    tweetview::flavour flavour;
    std::string_view name;           // "F02"
    std::string_view aliases;        // other names it answers to, upper case, space-separated
    footer_style footer;             // the footer line: prefix "[TS](URL)" suffix
    std::string_view footer_prefix;  // (rows with the same footer_style agree on these)
    std::string_view footer_suffix;
    separator_style separator;
    separator_place place;
    bool quoted;                     // every body line behind "> "
    bool escaped;                    // Markdown escaping of the body and the reply names
    bool reply_header;               // "Replying to [NAMES](URL)" and a blank line before the body
    std::string_view media_dir;      // where its writer links images and videos: media_dir + "ID-NAME"
    std::string_view media_dir_also; // another folder archives of this flavour link ("" if none)
    bool video_path_line;            // a video's path again on the line after its markup
    image_place images;              // where its writer puts an image (format_text moves them)
};

// Rows in detection order: where two rows fit a record equally well, the first wins.
inline constexpr flavour_traits flavour_table[] = {
    // flavour   name   aliases           footer form separator   placement     quoted escaped header
    // media_dir         media_dir_also  video line  images
    {flavour::f02, "F02", "", footer_style::originally, "Originally on Twitter: ", "", separator_style::dash2,
     separator_place::joined, false, false, false, "tweet_media/", "", false, image_place::in_line},
    {flavour::f03, "F03", "F04 F04A F04B", footer_style::paren, "(Originally on Twitter: ", ")",
     separator_style::dash4, separator_place::joined, false, false, false, "data/tweet_media/", "media/",
     true, image_place::in_line},
    {flavour::f05, "F05", "B2", footer_style::paren, "(Originally on Twitter: ", ")", separator_style::dash4,
     separator_place::trailing, false, false, false, "media/", "", true, image_place::in_line},
    {flavour::f06, "F06", "F06A F06B", footer_style::paren, "(Originally on Twitter: ", ")",
     separator_style::dash4_padded, separator_place::trailing, false, false, false, "media/", "", true,
     image_place::as_written},
    {flavour::f07, "F07", "", footer_style::paren, "(Originally on Twitter: ", ")",
     separator_style::dash4_padded, separator_place::joined, false, false, false, "media/", "", true,
     image_place::own_paragraph},
    {flavour::f08, "F08", "", footer_style::icon_media, "<img src=\"media/tweet.ico\" width=\"12\" /> ", "",
     separator_style::dash4_padded, separator_place::joined, true, false, true, "media/", "", false,
     image_place::own_paragraph},
    {flavour::f09, "F09", "B5", footer_style::icon_dot, "<img src=\"./media/tweet.ico\" width=\"12\" /> ", "",
     separator_style::dash4_padded, separator_place::joined, true, false, true, "media/", "./media", false,
     image_place::own_paragraph},
    {flavour::f10, "F10", "", footer_style::icon_dot, "<img src=\"./media/tweet.ico\" width=\"12\" /> ", "",
     separator_style::dash4_padded, separator_place::joined, true, true, true, "media/", "", false,
     image_place::own_paragraph},
    {flavour::f11, "F11", "", footer_style::icon_parent,
     "<img src=\"../../media/tweet.ico\" width=\"12\" /> ", "", separator_style::dash4_padded,
     separator_place::joined, true, true, true, "../../media/", "", false, image_place::own_paragraph},
    {flavour::b1, "B1", "", footer_style::paren, "(Originally on Twitter: ", ")", separator_style::dash4,
     separator_place::leading, false, false, false, "media/", "", true, image_place::in_line},
    {flavour::b3, "B3", "", footer_style::icon_favicon,
     "<img src=\"assets/images/favicon.ico\" width=\"12\" /> ", "", separator_style::dash4_padded,
     separator_place::joined, true, false, true, "media/", "", false, image_place::own_paragraph},
    {flavour::b6, "B6", "", footer_style::icon_parent, "<img src=\"../../media/tweet.ico\" width=\"12\" /> ",
     "", separator_style::dash4_padded, separator_place::joined, true, false, true, "../../media/", "",
     false, image_place::own_paragraph},
};

// The row of a flavour; unknown gives F05's (what a writer of an unknown flavour writes).
[[nodiscard]] constexpr const flavour_traits& traits(flavour f) noexcept {
    for (const flavour_traits& row : flavour_table) {
        if (row.flavour == f) return row;
    }
    return traits(flavour::f05);
}

// "F02", "F03", ... "B6" ("" for unknown).
[[nodiscard]] constexpr std::string_view flavour_name(flavour f) noexcept {
    return f == flavour::unknown ? std::string_view() : traits(f).name;
}

// The flavour named (case-insensitive; F04, F04a, F04b name f03; F06a, F06b f06; B2 f05; B5
// f09), or unknown.
[[nodiscard]] constexpr flavour parse_flavour(std::string_view name) noexcept {
    char buf[4] = {0, 0, 0, 0};
    if (name.size() < 2 || name.size() > 4) return flavour::unknown;
    for (std::size_t i = 0; i < name.size(); ++i)
        buf[i] = (name[i] >= 'a' && name[i] <= 'z') ? static_cast<char>(name[i] - 32) : name[i];
    const std::string_view n(buf, name.size());
    for (const flavour_traits& row : flavour_table) {
        if (row.name == n) return row.flavour;
        for (std::string_view rest = row.aliases; !rest.empty();) {
            const std::size_t space = rest.find(' ');
            if (rest.substr(0, space) == n) return row.flavour;
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        }
    }
    return flavour::unknown;
}

// A file read as flavour `file` whose last record has no separator after it: the row of the same
// shape that joins its records instead (F05 -> F03, F06 -> F07); `file` itself otherwise.
[[nodiscard]] constexpr flavour joined_flavour(flavour file) noexcept {
    const flavour_traits& t = traits(file);
    if (file == flavour::unknown || t.place != separator_place::trailing) return file;
    for (const flavour_traits& row : flavour_table) {
        if (row.footer == t.footer && row.separator == t.separator && row.place == separator_place::joined)
            return row.flavour;
    }
    return file;
}

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
    tweetview::flavour flavour = tweetview::flavour::unknown;  // as far as this record shows it
    // F08 and later: the "Replying to [NAMES](https://twitter.com/SCREEN/status/ID)" header, which
    // is not part of `text`. Empty and 0 when the record has none.
    std::string_view reply_names;              // "@a and @b" as stored (escaped in F10 and later)
    std::string_view in_reply_to_screen_name;  // SCREEN
    std::uint64_t in_reply_to_status_id = 0;   // ID
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
    unsupported_flavour,  // a shape twitter-archive-parser wrote only on a branch: thread anchors (B4)
    mixed_flavour,        // a record with a footer of another flavour (footer form, or line ending
                          // when the input ends so) than the input's first record
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
        case errc::unsupported_flavour: return "unsupported flavour";
        case errc::mixed_flavour: return "record in another flavour than the input's";
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
        return kind == record_kind::tweet   ? tweet.raw
               : kind == record_kind::error ? error.raw
                                            : std::string_view();
    }
    // Bytes of input this record accounts for: prefix, record and separator.
    [[nodiscard]] std::uint64_t size() const noexcept {
        const std::uint64_t own = kind == record_kind::tweet   ? tweet.raw.size()
                                  : kind == record_kind::error ? error.size
                                                               : 0;
        return prefix.size() + own + separator.size();
    }
};

struct parse_options {
    layout shape{};  // fields left unknown are detected from the first record, then enforced
    // A flavour to force: its footer form and separator are enforced (as if given in `shape`;
    // the line ending is still detected) and every tweet is named it, even where its text would
    // tell otherwise (F09 for F10, F05 for F03, ...). unknown: detect.
    tweetview::flavour flavour = tweetview::flavour::unknown;
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
    std::size_t resume = 0;                     // scan hint: bytes of this record already scanned
    line_ending eol = line_ending::unknown;     // this record's line ending, once seen
};

struct parse_result {
    parse_status status = parse_status::need_more;
    std::size_t consumed = 0;
    record rec{};
    parse_position next{};  // after `consumed` bytes; for need_more, the same start with a scan hint
    layout shape{};         // the layout as far as this record shows it
};

namespace detail {
namespace core {

constexpr std::string_view eol_str(line_ending e) noexcept { return e == line_ending::crlf ? "\r\n" : "\n"; }

// What the reader needs of a footer style, gathered from flavour_table: the line's text around
// "[TS](URL)", and whether records with this footer may start with a reply header.
struct footer_form {
    std::string_view prefix;  // before "[TS](URL)"
    std::string_view suffix;  // after it
    bool reply_header;
};

// One slot per footer_style value that a row names (slot 0, unknown, stays empty).
constexpr std::size_t footer_slots() noexcept {
    std::size_t n = 1;
    for (const flavour_traits& row : flavour_table)
        n = static_cast<std::size_t>(row.footer) + 1 > n ? static_cast<std::size_t>(row.footer) + 1 : n;
    return n;
}
struct footer_form_table {
    footer_form at[footer_slots()];
};
constexpr footer_form_table make_footer_forms() noexcept {
    footer_form_table t{};
    for (const flavour_traits& row : flavour_table) {
        footer_form& f = t.at[static_cast<std::size_t>(row.footer)];
        f.prefix = row.footer_prefix;
        f.suffix = row.footer_suffix;
        f.reply_header = f.reply_header || row.reply_header;
    }
    return t;
}
inline constexpr footer_form_table footer_forms = make_footer_forms();

// Rows that share a footer style must write the same footer line.
constexpr bool footer_forms_agree() noexcept {
    for (const flavour_traits& row : flavour_table) {
        const footer_form& f = footer_forms.at[static_cast<std::size_t>(row.footer)];
        if (f.prefix != row.footer_prefix || f.suffix != row.footer_suffix) return false;
    }
    return true;
}
static_assert(footer_forms_agree(), "flavour_table: rows with one footer_style write different footer lines");

constexpr const footer_form& form(footer_style f) noexcept {
    return footer_forms.at[static_cast<std::size_t>(f)];
}

// The separator's text between the footer line's last byte and the next record, e.g. "\n----\n".
struct separator_buf {
    char buf[12];
    std::uint8_t len;
    constexpr std::string_view view() const noexcept { return {buf, len}; }
};

constexpr separator_buf make_separator(separator_style s, line_ending e) noexcept {
    separator_buf t{{}, 0};
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
constexpr separator_buf separator_table[4][2] = {
    {make_separator(separator_style::dash4, line_ending::lf),
     make_separator(separator_style::dash4, line_ending::crlf)},
    {make_separator(separator_style::dash2, line_ending::lf),
     make_separator(separator_style::dash2, line_ending::crlf)},
    {make_separator(separator_style::dash4, line_ending::lf),
     make_separator(separator_style::dash4, line_ending::crlf)},
    {make_separator(separator_style::dash4_padded, line_ending::lf),
     make_separator(separator_style::dash4_padded, line_ending::crlf)},
};

constexpr const separator_buf& separator_for(separator_style s, line_ending e) noexcept {
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

// Parses "[TS](https://twitter.com/USER/status/ID)" + suffix over exactly [p, end).
// The status-id rule, in footers and reply headers alike: the digits at p, 1 to 20 of them,
// without a leading zero, at most 2^64 - 1 = 18446744073709551615. `end`: the first byte after
// the digits; `expected`: nullptr for a good id, else what a good one would be.
struct status_id {
    std::uint64_t value;
    const char* end;
    const char* expected;
};
constexpr status_id read_status_id(const char* p, const char* end) noexcept {
    constexpr const char* too_large = "a status id of at most 18446744073709551615";
    // The first sixteen digits a word of eight at a time (while eight bytes remain), then bytewise.
    const char* q = p;
    std::uint64_t id = 0;
    for (int words = 0; words < 2 && end - q >= 8; ++words) {
        const std::uint64_t x = load_le64(q) ^ 0x3030303030303030u;  // digits become 0-9
        if (layout_bad(x, 0x7676767676767676u) != 0) break;
        id = id * 100000000u + eight_digits(x);
        q += 8;
    }
    const char* const rest = q;
    while (q < end && is_digit(*q)) ++q;
    if (q == p || *p == '0') return {0, q, "a status id: digits, no leading zero"};
    if (q - p > 20) return {0, q, too_large};
    for (const char* d = rest; d < q; ++d) {
        const auto digit = static_cast<unsigned>(*d - '0');
        if (d - p == 19 && id > (UINT64_MAX - digit) / 10) return {0, q, too_large};  // only a 20th can overflow
        id = id * 10 + digit;
    }
    return {id, q, nullptr};
}

// The longest screen name a status URL may hold (Twitter's are at most 15; the reader allows
// older and odd archives some room).
constexpr std::size_t max_url_name = 50;

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
    p += name_length(p, end, max_url_name + 1);
    if (p == user || p - user > static_cast<std::ptrdiff_t>(max_url_name))
        return fail(errc::bad_url, user, "a screen name of 1 to 50 letters, digits or '_'");
    constexpr std::string_view status = "/status/";
    if (!starts_with(p, end, status)) return fail(errc::bad_url, p, "'/status/' after the screen name");
    f.user = std::string_view(user, static_cast<std::size_t>(p - user));
    p += status.size();
    const status_id id = read_status_id(p, end);
    if (id.expected) return fail(errc::bad_id, p, id.expected);
    p = id.end;
    if (p >= end || *p != ')') {
        if (p < end && is_name_char(*p))
            return fail(errc::bad_id, p, "only digits in the status id");
        return fail(errc::bad_footer, p, "')' after the status URL");
    }
    f.url = std::string_view(url_begin, static_cast<std::size_t>(p - url_begin));
    f.id = id.value;
    ++p;
    if (static_cast<std::size_t>(end - p) != suffix.size() ||
        std::memcmp(p, suffix.data(), suffix.size()) != 0) {
        return fail(errc::bad_footer, p,
                    suffix.empty() ? "the end of the footer line" : "')' ending the footer line");
    }
    return f;
}

// Which footer form, if any, the line at p starts with. `want` restricts to one form.
inline footer_style footer_prefix_at(const char* p, const char* end, footer_style want,
                                     bool* need_more) noexcept {
    *need_more = false;
    for (std::size_t i = 1; i < footer_slots(); ++i) {
        const auto fs = static_cast<footer_style>(i);
        if (want != footer_style::unknown && fs != want) continue;
        const std::string_view pre = form(fs).prefix;
        if (pre.empty()) continue;
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
    constexpr separator_style order[] = {separator_style::dash4_padded, separator_style::dash4,
                                         separator_style::dash2};
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

}  // namespace core
using namespace core;
}  // namespace detail

// The separator of a style with a line ending, e.g. "\n----\n" (unknown: dash4, LF).
[[nodiscard]] constexpr std::string_view separator_text(separator_style s, line_ending e) noexcept {
    return detail::separator_for(s == separator_style::unknown ? separator_style::dash4 : s, e).view();
}

namespace detail {
namespace core {

// KMP matcher for one separator string (at most 12 bytes), fed across calls. Used to skip the
// rest of a record_too_large up to the next separator.
class separator_matcher {
public:
    void reset(layout shape) noexcept {
        sep_ = separator_for(
            shape.separator == separator_style::unknown ? separator_style::dash4 : shape.separator,
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
    separator_buf sep_{};
    std::uint8_t fail_[12] = {};
    std::size_t matched_ = 0;
};

// After a footer that lacks its separator: the error record takes the footer's line break, any
// blank lines, and a dashes line with one blank line after it if there is one (a separator of
// another flavour), so that the next record starts cleanly. Returns the end of what it takes.
// *undecided is set when the bytes end before the answer is sure (more could extend it).
inline const char* skip_misplaced_separator(const char* p, const char* end, bool* undecided) noexcept {
    *undecided = false;
    auto line_break = [end, undecided](const char* q) -> const char* {
        if (const std::size_t n = line_break_at(q, end)) return q + n;
        if (q == end || (end - q == 1 && *q == '\r')) *undecided = true;
        return nullptr;
    };
    const char* q = line_break(p);
    if (!q) return p;
    const char* after_footer = q;
    while (const char* b = line_break(q)) q = b;
    const char* d = q;
    while (d < end && *d == '-') ++d;
    if (d == end) *undecided = true;
    const auto dashes = d - q;
    const char* e = (dashes == 2 || dashes == 4) ? line_break(d) : nullptr;
    if (!e) return after_footer;
    if (const char* b = line_break(e)) e = b;
    return e;
}

// twitter-archive-parser's Markdown escaping (F10, F11): a backslash before each of
// \_*[]()~`>#+-=|{}.! and two spaces before each "\n". As a table of what it does to each byte:
// one load a byte (a switch over them compiles to a jump table, four times slower to escape with).
enum class markdown_escape : std::uint8_t { none, backslash, line_break };
struct markdown_escape_table {
    markdown_escape of[256];
    constexpr markdown_escape_table() noexcept : of{} {
        for (const char c : std::string_view("\\_*[]()~`>#+-=|{}.!"))
            of[static_cast<unsigned char>(c)] = markdown_escape::backslash;
        of[static_cast<unsigned char>('\n')] = markdown_escape::line_break;
    }
};
inline constexpr markdown_escape_table markdown_escapes{};
constexpr markdown_escape markdown_escape_of(char c) noexcept {
    return markdown_escapes.of[static_cast<unsigned char>(c)];
}
// Whether the escaping puts a backslash before c.
constexpr bool is_markdown_escapable(char c) noexcept { return markdown_escape_of(c) == markdown_escape::backslash; }

// Whether [p, end) starts with an escaped character: a backslash and an escapable character.
constexpr bool escaped_at(const char* p, const char* end) noexcept {
    return end - p >= 2 && p[0] == '\\' && is_markdown_escapable(p[1]);
}

// c as the escape rule writes it: with a backslash before it if it is escapable.
template <class OutputIt>
OutputIt put_escaped(OutputIt out, char c) {
    if (is_markdown_escapable(c)) *out++ = '\\';
    *out++ = c;
    return out;
}

// The end of media markup starting at p ("![](...)" or "<video ...</video>"), or p if none.
// The writer puts it into texts after escaping, so it is never escaped itself.
inline const char* skip_media_markup(const char* p, const char* end) noexcept {
    if (starts_with(p, end, "![](")) {
        const char* close = p + 4;
        while (close < end && *close != ')' && *close != '\n') ++close;
        return close < end && *close == ')' ? close + 1 : p;
    }
    if (starts_with(p, end, "<video ")) {
        for (const char* q = p; end - q >= 8; ++q) {
            if (*q == '\n') break;
            if (starts_with(q, end, "</video>")) return q + 8;
        }
    }
    return p;
}

// Whether a quoted body (F08 and later) carries Markdown escaping, which tells F10 from F09 and
// F11 from B6 record by record: an escapable character without its backslash says no, one with
// it says yes (quote markers and media markup aside). With neither, the line breaks decide: F10
// puts two spaces before each, except the breaks the writer added around media markup. A text
// with no evidence at all reads the same either way.
inline bool looks_escaped(std::string_view text) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    bool escaped = false, bare_break = false;
    while (p < end) {
        const line_span ln = line_at(p, end);
        const char* const line_end = ln.text_end;
        const char* q = starts_with(p, line_end, "> ") ? p + 2 : p;
        while (q < line_end) {
            const char* m = skip_media_markup(q, line_end);
            if (m != q) {
                q = m;
            } else if (escaped_at(q, line_end)) {
                escaped = true;
                q += 2;
            } else if (is_markdown_escapable(*q)) {
                return false;
            } else {
                ++q;
            }
        }
        if (!ln.has_break()) break;
        const char* next = ln.next;
        const char* next_content = starts_with(next, end, "> ") ? next + 2 : next;
        const bool media_next = skip_media_markup(next_content, end) != next_content ||
                                starts_with(next, end, ">\n") || starts_with(next, end, "> \n") ||
                                starts_with(next, end, "> \r\n");
        if (!media_next && (line_end - p < 2 || line_end[-1] != ' ' || line_end[-2] != ' '))
            bare_break = true;
        p = next;
    }
    return escaped || !bare_break;
}

// The flavour a record shows, from flavour_table: the rows with its footer form and separator,
// the one placed as the record shows (a separator before the first record, one after this
// record or not), the first such row in the table; where the rows left differ only in escaping,
// the text's evidence (looks_escaped) decides. Computed for every shape at compile time.
struct flavour_pick {
    flavour plain, escaped;  // the row without escaping, the row with it (equal if one fits)
};
constexpr flavour_pick pick_flavour(footer_style footer, separator_style sep, bool leading,
                                    bool followed) noexcept {
    flavour_pick p{flavour::unknown, flavour::unknown};
    int best_plain = -1, best_escaped = -1;
    for (const flavour_traits& row : flavour_table) {
        if (row.footer != footer || (sep != separator_style::unknown && row.separator != sep)) continue;
        const bool joined = row.place == separator_place::joined;
        const int fit =
            ((row.place == separator_place::leading) == leading ? 4 : 0) + (followed != joined ? 2 : 0);
        if (fit * 2 + !row.escaped > best_plain) best_plain = fit * 2 + !row.escaped, p.plain = row.flavour;
        if (fit * 2 + row.escaped > best_escaped)
            best_escaped = fit * 2 + row.escaped, p.escaped = row.flavour;
    }
    return p;
}
constexpr std::size_t separator_slots = 4;  // separator_style values
struct flavour_pick_table {
    flavour_pick at[footer_slots() * separator_slots * 4];
};
constexpr std::size_t pick_index(footer_style f, separator_style s, bool leading, bool followed) noexcept {
    return ((static_cast<std::size_t>(f) * separator_slots + static_cast<std::size_t>(s)) * 2 + leading) * 2 +
           followed;
}
constexpr flavour_pick_table make_flavour_picks() noexcept {
    flavour_pick_table t{};
    for (std::size_t f = 0; f < footer_slots(); ++f) {
        for (std::size_t s = 0; s < separator_slots; ++s) {
            for (int k = 0; k < 4; ++k) {
                const auto fs = static_cast<footer_style>(f);
                const auto ss = static_cast<separator_style>(s);
                t.at[pick_index(fs, ss, k & 2, k & 1)] = pick_flavour(fs, ss, k & 2, k & 1);
            }
        }
    }
    return t;
}
inline constexpr flavour_pick_table flavour_picks = make_flavour_picks();

inline flavour flavour_of(const layout& shape, bool followed_by_separator, std::string_view text) noexcept {
    const flavour_pick& p =
        flavour_picks
            .at[pick_index(shape.footer, shape.separator, shape.leading_separator, followed_by_separator)];
    if (p.plain == p.escaped) return p.plain;
    return looks_escaped(text) ? p.escaped : p.plain;
}

// The footer form, separator and leading separator a flavour writes (line ending unknown).
constexpr layout layout_of(flavour f) noexcept {
    if (f == flavour::unknown) return layout{};
    const flavour_traits& t = traits(f);
    return layout{t.footer, t.separator, line_ending::unknown, t.place == separator_place::leading};
}

// Reads "Replying to [NAMES](https://twitter.com/SCREEN/status/ID)" EOL EOL at the start of a
// record (F08 and later) into t; returns the header's length, 0 if there is none.
inline std::size_t read_reply_header(std::string_view text, tweet& t) noexcept {
    constexpr std::string_view intro = "Replying to [", link = "](https://twitter.com/", status = "/status/";
    const char* p = text.data();
    const char* const end = p + text.size();
    if (!starts_with(p, end, intro)) return 0;
    const char* names = p + intro.size();
    const char* q = names;
    while (q < end && *q != ']' && *q != '\n') ++q;
    if (!starts_with(q, end, link)) return 0;
    const char* screen = q + link.size();
    const std::size_t screen_len = name_length(screen, end, max_url_name + 1);  // as in footers
    const char* r = screen + screen_len;
    if (screen_len == 0 || screen_len > max_url_name || !starts_with(r, end, status)) return 0;
    // An id as in footers (so never 0, which says "no header").
    const status_id id = read_status_id(r + status.size(), end);
    if (id.expected || id.end >= end || *id.end != ')') return 0;
    const char* d = id.end + 1;
    for (int k = 0; k < 2; ++k) {  // the line break and a blank line
        const std::size_t n = line_break_at(d, end);
        if (n == 0) return 0;
        d += n;
    }
    t.reply_names = std::string_view(names, static_cast<std::size_t>(q - names));
    t.in_reply_to_screen_name = std::string_view(screen, static_cast<std::size_t>(r - screen));
    t.in_reply_to_status_id = id.value;
    return static_cast<std::size_t>(d - p);
}

}  // namespace core
using namespace core;
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
namespace core {

// On the failure paths only (no record end of the input's layout in sight): the first complete,
// valid footer line of another footer style or line ending in [p, end) that follows a blank
// line, or nullptr. It tells a reader that the input changed flavour there. One forward pass.
inline const char* foreign_footer(const char* p, const char* end, const layout& shape) noexcept {
    if (shape.footer == footer_style::unknown || shape.eol == line_ending::unknown) return nullptr;
    while (p < end) {
        const char* nl = find_byte(p, end, '\n');
        if (nl == end) return nullptr;
        const char* line = nl + 1;
        const bool crlf_blank = end - line >= 2 && line[0] == '\r' && line[1] == '\n';
        if (line < end && (*line == '\n' || crlf_blank)) {
            line += crlf_blank ? 2 : 1;
            bool more = false;
            const footer_style fs = footer_prefix_at(line, end, footer_style::unknown, &more);
            const line_ending eol = crlf_blank ? line_ending::crlf : line_ending::lf;
            if (fs != footer_style::unknown && (fs != shape.footer || eol != shape.eol)) {
                const char* lf = find_byte(line, end, '\n');
                const char* fend = eol == line_ending::crlf && lf > line && lf[-1] == '\r' ? lf - 1 : lf;
                const footer_form& ff = form(fs);
                if (read_footer_fields(line + ff.prefix.size(), fend, ff.suffix).ec == errc::ok) return line;
            }
        }
        p = nl + 1;
    }
    return nullptr;
}

// A separator before the first record (rows placed `leading`: branch B1): its length at p, or 0;
// *need_more when the bytes end before that is sure.
inline std::size_t leading_separator_at(const char* p, const char* end, bool* need_more) noexcept {
    *need_more = false;
    for (const flavour_traits& row : flavour_table) {
        if (row.place != separator_place::leading) continue;
        for (const line_ending e : {line_ending::lf, line_ending::crlf}) {
            const std::string_view lead = separator_for(row.separator, e).view();
            if (starts_with(p, end, lead)) return lead.size();
            if (is_prefix_of(p, end, lead)) *need_more = true;
        }
    }
    return 0;
}

// parse_record's body, filling `r` in place: the range and the stream keep one parse_result and
// reuse it, so a record costs no copy of it. Only the fields the answer uses are written.
inline void parse_into(parse_result& r, std::string_view bytes, const parse_options& opts,
                       const parse_position& pos, bool at_eof) noexcept {
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
        if (starts_with(begin, end, "\xEF\xBB\xBF")) rec += 3;
    }
    layout shape = opts.shape;
    if (opts.flavour != flavour::unknown) {
        const layout forced = layout_of(opts.flavour);
        if (shape.footer == footer_style::unknown) shape.footer = forced.footer;
        if (shape.separator == separator_style::unknown) shape.separator = forced.separator;
    }
    // A separator line before the first record (branch B1) belongs to no record either.
    if (pos.offset == 0) {
        bool more = false;
        const std::size_t lead = leading_separator_at(rec, end, &more);
        if (more && !at_eof) return;
        if (lead != 0) {
            rec += lead;
            shape.leading_separator = true;
        }
        r.rec.prefix = std::string_view(begin, static_cast<std::size_t>(rec - begin));
    }
    const std::uint64_t rec_line = pos.line + (rec == begin ? 0 : count_byte(begin, rec, '\n'));
    auto set_next = [&](const char* after) {
        r.consumed = static_cast<std::size_t>(after - begin);
        r.next.offset = pos.offset + r.consumed;
        r.next.line = pos.line + count_byte(begin, after, '\n');
        r.next.resume = 0;
        r.next.eol = line_ending::unknown;
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
    const std::size_t resume = pos.resume > static_cast<std::size_t>(rec - begin)
                                   ? pos.resume
                                   : static_cast<std::size_t>(rec - begin);
    const char* scan =
        begin +
        (resume < static_cast<std::size_t>(wend - begin) ? resume : static_cast<std::size_t>(wend - begin));

    // Line ending: the record's first line break tells, unless the layout says. Bytes before the
    // scan hint hold no line break while it is unknown, so this search never repeats itself.
    if (shape.eol == line_ending::unknown) shape.eol = pos.eol;
    if (shape.eol == line_ending::unknown) {
        const char* from = scan > rec ? scan - 1 : rec;
        const char* nl = find_byte(from, wend, '\n');
        if (nl != wend) shape.eol = (nl > rec && nl[-1] == '\r') ? line_ending::crlf : line_ending::lf;
    }
    const bool crlf = shape.eol == line_ending::crlf;
    const std::size_t eol_len = crlf ? 2 : 1;
    const line_ending sep_eol = crlf ? line_ending::crlf : line_ending::lf;

    auto make_error = [&](errc kind, const char* at, const char* record_end, const char* after,
                          const char* exp) -> void {
        r.status = parse_status::error;
        r.rec.kind = record_kind::error;
        const line_col lc = locate(rec, rec_line, at);
        error& e = r.rec.error;
        e.kind = kind;
        e.line = lc.line;
        e.column = lc.column;
        e.offset = pos.offset + static_cast<std::uint64_t>(at - begin);
        e.record_offset = pos.offset + static_cast<std::uint64_t>(rec - begin);
        e.record_line = rec_line;
        e.raw = std::string_view(rec, static_cast<std::size_t>(record_end - rec));
        e.size = e.raw.size();
        e.expected = exp;
        r.rec.separator = std::string_view(record_end, static_cast<std::size_t>(after - record_end));
        set_next(after);
    };

    static constexpr const char* foreign_expected =
        "a footer line of the flavour of the input's first record (the input changes flavour at this line)";

    // What the line after a blank line (the blank line's first break at nl) turns out to be. Each
    // answer is a rule of the format:
    // - body_text: not this record's end (no footer line, or one that fails a rule a footer line
    //   must meet to end a record): look for the next blank line after it;
    // - undecided: the bytes end before the answer is sure: ask for more, and look here again;
    // - record_end: the record ends at this footer line: `r` holds the tweet or the error.
    enum class candidate { body_text, undecided, record_end };
    auto examine = [&](const char* nl) -> candidate {
        const char* line = nl + 1 + eol_len;  // the candidate footer line
        if (line > wend) return candidate::undecided;  // the blank line's break is cut by the window
        if (crlf && line[-1] != '\n')
            return candidate::body_text;  // "\n\r" not followed by '\n': no blank line
        bool more = false;
        footer_style fs = footer_prefix_at(line, wend, shape.footer, &more);
        // A footer of another form than the input's: the input changes flavour here. It is read
        // like one of the input's own, and if it is a valid footer its record is an error.
        bool foreign = false;
        if (fs == footer_style::unknown && shape.footer != footer_style::unknown) {
            bool more_other = false;
            fs = footer_prefix_at(line, wend, footer_style::unknown, &more_other);
            foreign = fs != footer_style::unknown;
            more = more || more_other;
        }
        if (fs == footer_style::unknown) {
            if (more && !final_bytes) {
                return candidate::undecided;
            }
            return candidate::body_text;
        }
        // Where the footer line ends: at its line break, or at the end of the input.
        const bool long_line = static_cast<std::size_t>(wend - line) > max_footer_line;
        const char* lim = long_line ? line + max_footer_line : wend;
        const char* lf = find_byte(line, lim, '\n');
        const char* fend;  // one past the footer's last character
        if (lf == lim) {
            if (long_line) {  // too long to be a footer: body text
                return candidate::body_text;
            }
            if (!final_bytes) {  // the line may go on
                return candidate::undecided;
            }
            fend = wend;  // the footer line ends the input
            if (crlf && fend > line && fend[-1] == '\r') --fend;
        } else {
            fend = (crlf && lf > line && lf[-1] == '\r') ? lf - 1 : lf;
        }

        // After the footer: the separator, or (at the end of input) only line breaks.
        separator_style sep_found = separator_style::unknown;
        bool sep_more = false;
        const std::size_t sep_len = separator_at(
            fend, wend, foreign ? separator_style::unknown : shape.separator, sep_eol, &sep_found, &sep_more);
        const char* after = fend + sep_len;
        bool ends_here = sep_len != 0;
        if (!ends_here && final_bytes && blank_run(fend, end) == static_cast<std::size_t>(end - fend)) {
            ends_here = true;  // the last record of a joined archive
            after = end;
        }
        // Only blank lines so far after the footer: a separator may follow, or the end of input
        // (which would end a joined archive's last record): wait for either.
        if (!ends_here && !final_bytes &&
            (sep_more || blank_run(fend, wend) == static_cast<std::size_t>(wend - fend))) {
            return candidate::undecided;
        }
        const footer_form& ff = form(fs);
        const footer_fields f = read_footer_fields(line + ff.prefix.size(), fend, ff.suffix);
        if (!ends_here) {
            // A complete, valid footer that the separator does not follow: the separator is
            // missing (or of another flavour). A line that merely starts like a footer is text.
            if (f.ec == errc::ok && lf != lim) {
                bool undecided = false;
                const char* next = skip_misplaced_separator(fend, wend, &undecided);
                if (undecided && !final_bytes) {
                    return candidate::undecided;
                }
                if (foreign) {
                    make_error(errc::mixed_flavour, line, fend, next, foreign_expected);
                    return candidate::record_end;
                }
                if (shape.footer == footer_style::unknown) shape.footer = fs;
                make_error(errc::missing_separator, lf + 1, fend, next,
                           "the separator line after the footer line");
                return candidate::record_end;
            }
            return candidate::body_text;
        }
        if (foreign) {
            if (f.ec != errc::ok) {  // text that starts like another flavour's footer
                return candidate::body_text;
            }
            make_error(errc::mixed_flavour, line, fend, after, foreign_expected);
            return candidate::record_end;
        }
        // The record ends here.
        if (shape.footer == footer_style::unknown) shape.footer = fs;
        if (shape.separator == separator_style::unknown && sep_len != 0) shape.separator = sep_found;
        if (shape.eol == line_ending::unknown) shape.eol = line_ending::lf;
        if (f.ec != errc::ok) {
            // A footer line cut by the end of input is a truncated record, not a malformed one.
            if (fend == end && lf == lim) {
                make_error(errc::truncated, end, end, end,
                           "the rest of the footer line before the end of input");
                return candidate::record_end;
            }
            make_error(f.ec, f.at, fend, after, f.expected);
            return candidate::record_end;
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
        t.line = rec_line;
        t.shape = shape;
        t.reply_names = std::string_view();  // (two stores: a chained assignment reloads the first
        t.in_reply_to_screen_name = std::string_view();  // as one 16-byte load, which stalls)
        t.in_reply_to_status_id = 0;
        if (form(shape.footer).reply_header) t.text.remove_prefix(read_reply_header(t.text, t));
        // Thread anchors (branch B4) make records that cannot be told apart from their neighbours:
        // "<a name="s...">" at the body's start, after a line break, or after the "[↑](...)" line
        // that links a month's first record back to the previous month.
        const char* anchor = t.text.data();
        if (starts_with(anchor, body_end, crlf ? "\r\n" : "\n")) anchor += eol_len;
        if (starts_with(anchor, body_end, "[\xE2\x86\x91](")) {
            const char* link_end = find_byte(anchor, body_end, '\n');
            anchor = link_end == body_end ? body_end : link_end + 1;
        }
        if (starts_with(anchor, body_end, "<a name=\"s")) {
            make_error(errc::unsupported_flavour, anchor, fend, after,
                       "a flavour twitter-archive-parser released: thread anchors <a name=...> are from an "
                       "unmerged branch (B4)");
            return candidate::record_end;
        }
        t.flavour =
            opts.flavour != flavour::unknown ? opts.flavour : flavour_of(shape, after != fend, t.text);
        r.rec.separator = std::string_view(fend, static_cast<std::size_t>(after - fend));
        set_next(after);
        return candidate::record_end;
    };

    // Look for a blank line followed by a footer line: '\n' EOL FOOTER. The pair search skips
    // a body's single line breaks a block at a time.
    const char pair_second = crlf ? '\r' : '\n';
    for (;;) {
        const char* nl = find_pair(scan, wend, '\n', pair_second);
        if (nl == wend) {
            if (wend <= scan || wend[-1] != '\n') {  // no blank line in the window
                scan = wend;
                break;
            }
            nl = wend - 1;  // a line break whose partner has not arrived
        }
        const candidate c = examine(nl);
        if (c == candidate::record_end) return;
        if (c == candidate::undecided) {
            scan = nl;
            break;
        }
        scan = nl + 1;
    }

    // No record end in the window. Over the limit: record_too_large, reported at the byte where
    // the limit was crossed; its end is found by a record_skipper.
    if (capped) {
        make_error(errc::record_too_large, wend - 1, wend, wend,
                   "the record's end (footer line and separator) within max_record_bytes");
        r.status = parse_status::skip;
        return;
    }
    // More bytes may end the record: ask for them, with where to scan on from.
    if (!at_eof) {
        r.shape = shape;
        r.next.resume = static_cast<std::size_t>(scan - begin);
        r.next.eol = shape.eol;
        return;  // need_more
    }
    // The input ends inside a record. A footer of another flavour in it says why: the input
    // changed flavour there (the error is reported at that footer line).
    if (const char* foreign = foreign_footer(rec, end, shape)) {
        make_error(errc::mixed_flavour, foreign, end, end, foreign_expected);
        return;
    }
    make_error(errc::truncated, end, end, end, "a footer line and separator before the end of input");
}

}  // namespace core
using namespace core;
}  // namespace detail

template <class T, detail::if_dangling<T> = 0>
parse_result parse_record(T&& bytes, const parse_options& opts, const parse_position& pos,
                          bool at_eof) = delete;
[[nodiscard]] inline parse_result parse_record(std::string_view bytes TWEETVIEW_LIFETIMEBOUND,
                                               const parse_options& opts, const parse_position& pos,
                                               bool at_eof) noexcept {
    parse_result r;
    detail::parse_into(r, bytes, opts, pos, at_eof);
    return r;
}

// Resynchronising after parse_status::skip. The over-long record runs to the end of the next
// separator of its layout, or to the end of the input. A record_skipper finds that end in the
// bytes after the skip result's window, fed in pieces of any size, then completes the error
// record. records() and stream resynchronise with it; so can any caller of parse_record.
class record_skipper {
public:
    record_skipper() = default;
    // `skipped`: a parse_status::skip result; `bytes`: what it was parsed from.
    record_skipper(const parse_result& skipped, std::string_view bytes) noexcept { start(skipped, bytes); }
    void start(const parse_result& skipped, std::string_view bytes) noexcept {
        matcher_.reset(skipped.shape);
        after_window_ = skipped.next;
        window_ = skipped.consumed;
        prefix_ = skipped.rec.prefix.size();
        fed_ = lines_ = 0;
        found_ = false;
        // Re-read the window's last bytes: a separator that straddles the limit counts.
        const std::size_t back = detail::min_size(skipped.consumed, matcher_.length() - 1);
        (void)matcher_.feed(bytes.substr(skipped.consumed - back, back));
    }
    // Takes bytes that follow those taken so far (the first call: from bytes[skipped.consumed]).
    // Returns how many of them are the record's and its separator's: all, until its end.
    std::size_t feed(std::string_view more) noexcept {
        if (found_) return 0;
        const std::size_t n = matcher_.feed(more);
        found_ = n != std::string_view::npos;
        const std::size_t take = found_ ? n : more.size();
        lines_ += detail::count_byte(more.data(), more.data() + take, '\n');
        fed_ += take;
        return take;
    }
    // Whether the separator that ends the record has been fed (else its end is the input's).
    [[nodiscard]] bool done() const noexcept { return found_; }
    // Completes `r`, the skip result, into the record_too_large error: its size, its raw bytes
    // (the window's, at most), its separator, status error, consumed (window and fed bytes) and
    // next. `separator_end`: where the separator ends in the caller's bytes, so that the view
    // points there; nullptr: it points into this object.
    void finish(parse_result& r, const char* separator_end = nullptr) const noexcept {
        const std::size_t sep = found_ ? matcher_.length() : 0;
        error& e = r.rec.error;
        e.size = window_ + fed_ - sep - prefix_;
        if (e.raw.size() > e.size)
            e.raw = e.raw.substr(0, static_cast<std::size_t>(e.size));  // a straddling separator
        r.rec.separator =
            separator_end ? std::string_view(separator_end - sep, sep) : matcher_.text().substr(0, sep);
        r.status = parse_status::error;
        r.consumed = static_cast<std::size_t>(window_ + fed_);
        r.next = after_window_;
        r.next.offset += fed_;
        r.next.line += lines_;
    }

private:
    detail::separator_matcher matcher_{};
    parse_position after_window_{};
    std::uint64_t window_ = 0, prefix_ = 0, fed_ = 0, lines_ = 0;
    bool found_ = false;
};

// The whole-buffer case: `r`, a parse_status::skip result of parse_record over `bytes` (the rest
// of the input, at_eof), completed from the rest of `bytes` into the record_too_large error;
// `consumed` then covers the record and its separator, and `next` is after them.
inline void skip_record(parse_result& r, std::string_view bytes) noexcept {
    record_skipper k(r, bytes);
    const std::size_t take = k.feed(bytes.substr(r.consumed));
    k.finish(r, bytes.data() + r.consumed + take);
}

// Splitting: where a record starts, from local bytes only. A record ends at its footer line (a
// line that starts like a footer, after a blank line) and the separator after it, so the byte
// after such a separator starts the next record. With the rule "a record belongs to the split
// that holds its first byte", cutting a file into byte ranges anywhere and moving each cut to
// find_record_start gives every record exactly once (the tests cut the real archive at
// thousands of random points). Needs the layout: detect_layout reads it off a file's head.

// The layout of the first complete record in `head` (the start of an input); unknown parts if
// there is none in it.
[[nodiscard]] inline layout detect_layout(std::string_view head) noexcept {
    parse_result r;
    detail::parse_into(r, head, parse_options{}, parse_position{}, false);
    return r.shape;
}

// The offset of the first record start at or after `from` in `bytes` (bytes.size() if none).
// 0 is always a record start. Looks back at most a footer line's length before `from`.
[[nodiscard]] inline std::size_t find_record_start(std::string_view bytes, std::size_t from,
                                                   const layout& shape) noexcept {
    using namespace detail;
    if (from == 0) return 0;
    if (from > bytes.size()) return bytes.size();
    const bool crlf = shape.eol == line_ending::crlf;
    const std::string_view sep =
        separator_for(shape.separator == separator_style::unknown ? separator_style::dash4 : shape.separator,
                      shape.eol)
            .view();
    const char* const base = bytes.data();
    const char* const end = base + bytes.size();
    std::size_t at = from >= sep.size() ? from - sep.size() : 0;
    while (at < bytes.size()) {
        const std::size_t p = bytes.find(sep, at);
        if (p == std::string_view::npos) break;
        at = p + 1;
        // The footer line ends at p: find its start, at most max_footer_line bytes back.
        const char* const line_end = base + p;
        const char* const stop = p > max_footer_line ? line_end - max_footer_line : base;
        const char* line = line_end;
        while (line > stop && line[-1] != '\n') --line;
        if (line == base || line[-1] != '\n') continue;
        const std::size_t line_len = static_cast<std::size_t>(line_end - line) + (crlf ? 1 : 0);
        if (line_len >= max_footer_line) continue;
        // ... after a blank line ...
        const std::string_view blank = crlf ? "\r\n\r\n" : "\n\n";
        if (static_cast<std::size_t>(line - base) < blank.size() ||
            std::memcmp(line - blank.size(), blank.data(), blank.size()) != 0)
            continue;
        // ... and starts like a footer.
        bool more = false;
        if (footer_prefix_at(line, end, shape.footer, &more) == footer_style::unknown) continue;
        const std::size_t start = p + sep.size();
        if (start >= from) return start;
    }
    return bytes.size();
}

// ---- 5. Range and stream ----------------------------------------------------------------------------------
namespace detail {
namespace input {

// The stream's carry buffer: bytes of a record that straddles chunks. Grows by doubling up to a
// cap and is then reused; `new char[]`, so a program's operator new sees (and counts) it.
class byte_buffer {
public:
    byte_buffer() = default;
    byte_buffer(const byte_buffer&) = delete;
    byte_buffer& operator=(const byte_buffer&) = delete;
    byte_buffer(byte_buffer&& o) noexcept : data_(o.data_), size_(o.size_), cap_(o.cap_), limit_(o.limit_) {
        o.data_ = nullptr, o.size_ = o.cap_ = 0;
    }
    byte_buffer& operator=(byte_buffer&& o) noexcept {
        if (this != &o) {
            delete[] data_;
            data_ = o.data_, size_ = o.size_, cap_ = o.cap_, limit_ = o.limit_;
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
    // Growth doubles up to `n` bytes, and past it only to what is needed.
    void set_limit(std::size_t n) noexcept { limit_ = n; }

private:
    void grow(std::size_t need) {
        std::size_t cap = cap_ < 4096 ? 4096 : cap_;
        while (cap < need) cap *= 2;
        if (cap > limit_) cap = need > limit_ ? need : limit_;
        char* d = new char[cap];
        if (size_) std::memcpy(d, data_, size_);
        delete[] data_;
        data_ = d;
        cap_ = cap;
    }
    char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t cap_ = 0;
    std::size_t limit_ = static_cast<std::size_t>(-1);
};

}  // namespace input
using namespace input;
}  // namespace detail

// A file's flavour from its records so far: the first tweet's, corrected by later evidence (a
// last record with no separator after it makes F05 F03 and F06 F07; one unescaped record makes
// F10 F09 and F11 B6). stream::flavour() does this for you.
[[nodiscard]] inline flavour refine_flavour(flavour file, const record& r) noexcept {
    if (r.kind != record_kind::tweet) return file;
    const flavour f = r.tweet.flavour;
    if (file == flavour::unknown) return f;
    // Later evidence counts where the two rows have one shape: a record without a separator
    // after it, or without escaping, tells a joined or unescaped row from its twin.
    const flavour_traits &a = traits(file), &b = traits(f);
    const bool same_shape = a.footer == b.footer && a.separator == b.separator &&
                            (a.place == separator_place::leading) == (b.place == separator_place::leading);
    const bool joined = a.place == separator_place::trailing && b.place == separator_place::joined;
    return same_shape && (joined || (a.escaped && !b.escaped)) ? f : file;
}

namespace detail {
namespace input {

inline void learn_shape(layout& into, const layout& seen) noexcept {
    if (!seen.known()) return;  // only a complete record fixes the layout
    if (seen.leading_separator) into.leading_separator = true;
    if (into.footer == footer_style::unknown) into.footer = seen.footer;
    if (into.separator == separator_style::unknown) into.separator = seen.separator;
    if (into.eol == line_ending::unknown) into.eol = seen.eol;
}

}  // namespace input
using namespace input;
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
        // The layout in force, and the file's flavour, after the records read so far.
        [[nodiscard]] const layout& shape() const noexcept { return opts_.shape; }
        [[nodiscard]] tweetview::flavour flavour() const noexcept { return flavour_; }

    private:
        friend class record_range;
        iterator(std::string_view bytes, const parse_options& opts, const parse_position& start) noexcept
            : bytes_(bytes), opts_(opts), pos_(start), base_(start.offset), done_(false) {
            advance();
        }
        void advance() noexcept {
            if (finished_) {
                done_ = true;
                return;
            }
            const std::string_view rest = bytes_.substr(static_cast<std::size_t>(pos_.offset - base_));
            parse_result& res = res_;
            detail::parse_into(res, rest, opts_, pos_, true);
            if (res.status == parse_status::skip) skip_record(res, rest);  // to the end of its separator
            if (res.status == parse_status::end) {
                finished_ = true;
                if (res.consumed == 0) {
                    done_ = true;
                    return;
                }
            }
            detail::learn_shape(opts_.shape, res.shape);
            flavour_ = refine_flavour(flavour_, res.rec);
            pos_ = res.next;
        }
        std::string_view bytes_;
        parse_options opts_;
        parse_position pos_{};
        std::uint64_t base_ = 0;  // input offset of bytes_[0]
        parse_result res_{};
        tweetview::flavour flavour_ = tweetview::flavour::unknown;
        bool done_ = true;
        bool finished_ = false;
    };

    record_range(std::string_view bytes, const parse_options& opts, const parse_position& start = {}) noexcept
        : bytes_(bytes), opts_(opts), start_(start) {}
    [[nodiscard]] iterator begin() const noexcept { return iterator(bytes_, opts_, start_); }
    [[nodiscard]] iterator end() const noexcept { return iterator(); }

private:
    std::string_view bytes_;
    parse_options opts_;
    parse_position start_;
};

// The records of a whole buffer. Zero-copy, zero allocations.
[[nodiscard]] inline record_range records(std::string_view bytes TWEETVIEW_LIFETIMEBOUND,
                                          const parse_options& opts = {}) noexcept {
    return record_range(bytes, opts);
}
// The records would point into a temporary that is gone at the end of the statement.
template <class T, detail::if_dangling<T> = 0>
record_range records(T&& bytes, const parse_options& opts = {}) = delete;

// The records of a slice of an input that starts at `start` (a record start, e.g. from
// find_record_start, with its offset and line in the whole input): offsets and lines are the
// whole input's. Give the layout in `opts` (detect_layout): a slice may not show it.
[[nodiscard]] inline record_range records(std::string_view slice TWEETVIEW_LIFETIMEBOUND,
                                          const parse_options& opts, const parse_position& start) noexcept {
    return record_range(slice, opts, start);
}
template <class T, detail::if_dangling<T> = 0>
record_range records(T&& slice, const parse_options& opts, const parse_position& start) = delete;

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
        carry_.set_limit(opts_.max_record_bytes);  // the carry never holds more (see feed)
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

    // The layout detected from the first complete record (or given in the options), and the
    // input's flavour as far as the records so far show it (final after finish()).
    [[nodiscard]] const layout& shape() const noexcept { return opts_.shape; }
    [[nodiscard]] tweetview::flavour flavour() const noexcept { return flavour_; }
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
        flavour_ = refine_flavour(flavour_, res.rec);
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
                step = detail::min_size(
                    step, detail::min_size(opts_.max_record_bytes - carry_.size(), chunk.size()));
                const std::size_t old = carry_.size();
                carry_.append(chunk.data(), step);
                const std::string_view held(carry_.data(), carry_.size());
                parse_result& res = res_;
                detail::parse_into(res, held, opts_, pos_, eof && step == chunk.size());
                if (res.status == parse_status::need_more) {
                    pos_.resume = res.next.resume;
                    pos_.eol = res.next.eol;
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
                    pos_.eol = res.next.eol;
                    return feed_status::ok;
            }
        }
    }

    // Enters skipping after a record_too_large; the window's bytes are in the carry.
    void start_skip(const parse_result& res) {
        too_large_ = res;
        skipping_ = true;
        skipper_.start(res, carry_.view());
    }

    // Drops bytes up to the end of the next separator, then hands out the too-large error.
    // Returns false when the callback asked to stop.
    template <class F>
    bool skip(std::string_view& chunk, bool eof, F& f) {
        chunk.remove_prefix(skipper_.feed(chunk));
        if (!skipper_.done() && !eof) return true;
        // The record's views: into the carry, which holds the window.
        record& rec = too_large_.rec;
        const std::size_t pre = rec.prefix.size();
        rec.prefix = std::string_view(carry_.data(), pre);
        rec.error.raw = std::string_view(carry_.data() + pre, carry_.size() - pre);
        skipper_.finish(too_large_);
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
    tweetview::flavour flavour_ = tweetview::flavour::unknown;
    detail::byte_buffer carry_;
    bool skipping_ = false;
    bool stopped_ = false;
    parse_result too_large_{};
    record_skipper skipper_{};
};

// ---- 6. Entities: mentions, URLs, hashtags, cashtags ------------------------------------------------------
//
// Mentions (incl. list mentions @user/list), the reply mention, URLs, hashtags
// and cashtags, found exactly as Twitter's twitter-text 3.x (JavaScript) finds
// them, in linear time, lazily, without heap allocation.
//
// Offsets are byte offsets into the UTF-8 text (end-exclusive). Use
// index_converter for code-point / UTF-16 indices (Twitter's JSON uses UTF-16).
//
// Invalid UTF-8: every byte that does not start a well-formed sequence (Unicode
// Table 3-7) counts as one U+FFFD code point of its own (one code point, one
// UTF-16 unit); U+FFFD is a symbol: not a letter, not a space, not an '@'.
// Nothing ever reads outside the text.
//
// Texts longer than 4 GiB - 2 bytes: only the first 4 GiB - 2 bytes are looked at.
//
// The rule each piece implements is named after twitter-text's source
// (js/src/regexp/*.js, js/src/extract*.js) in the comments.
// The linear-time tests count scanning steps through a test hook in detail
// (detail::entities::step_access); public types are the same with or without it.

enum class entity_kind : std::uint8_t { mention, url, hashtag, cashtag };

// One entity. 12 bytes, trivially copyable. begin/end are byte offsets into the
// text the entity was extracted from; for mentions, hashtags and cashtags the
// span includes the sigil (@ ＠ # ＃ $), as Twitter's indices do.
struct entity {
    entity_kind kind;
    std::uint32_t begin, end;

    // text[begin, end)
    std::string_view span(std::string_view text) const noexcept {
        if (begin > end || end > text.size()) return {};
        return text.substr(begin, end - begin);
    }
    // mention: screen name without sigil and list; hashtag/cashtag: tag without
    // sigil; url: the URL.
    std::string_view value(std::string_view text) const noexcept;
    // "/slug" for a list mention, else empty.
    std::string_view list_slug(std::string_view text) const noexcept;
};
static_assert(std::is_trivially_copyable<entity>::value, "entity must be trivially copyable");
static_assert(sizeof(entity) == 12, "entity must be 12 bytes");

namespace detail {
namespace entities {

struct cp_range { std::uint32_t lo, hi; };
struct fold_pair { std::uint16_t from, to; };

inline constexpr std::uint32_t none = 0xFFFFFFFFu;

// Lookups in generated tables (section 9, at the end of the file).
inline bool in_url_path_extra(char32_t c) noexcept;      // validGeneralUrlPathChars beyond ASCII
inline bool in_ascii_domain_extra(char32_t c) noexcept;  // validAsciiDomain beyond ASCII
inline bool in_hashtag_alpha(char32_t c) noexcept;       // hashtagAlpha beyond ASCII
inline bool in_hashtag_alnum_extra(char32_t c) noexcept; // hashtagAlphaNumeric beyond hashtagAlpha
inline bool in_latin_accent(char32_t c) noexcept;        // latinAccentChars
inline char32_t tld_fold(char32_t c) noexcept;           // case folding of TLD characters
inline std::uint32_t tld_child(std::uint32_t node, unsigned char b) noexcept;  // trie edge, or none
inline bool tld_final_node(std::uint32_t node) noexcept;  // a TLD ends at the node

// The text being scanned (plus the test-only step counter and SIMD variant).
struct text_ref {
    const unsigned char* s = nullptr;
    std::uint32_t n = 0;
    std::uint64_t* steps = nullptr;  // test hook (step_access): scanning steps are added here
    const simd::search_table* variant = nullptr;  // test hook (step_access): searches, if not the usual
    text_ref() noexcept = default;
    explicit text_ref(std::string_view v, std::uint64_t* counter = nullptr,
                      const simd::search_table* searches = nullptr) noexcept
        : s(reinterpret_cast<const unsigned char*>(v.data())),
          n(v.size() > 0xFFFFFFFEu ? 0xFFFFFFFEu : static_cast<std::uint32_t>(v.size())),
          steps(counter),
          variant(searches) {}
};

// Adds k scanning steps to the test hook's counter, if one is attached.
inline void count_steps(const text_ref& t, std::uint64_t k) noexcept {
    if (t.steps != nullptr) *t.steps += k;
}

// ---- UTF-8 ------------------------------------------------------------------------------------------------
struct cp_len { char32_t cp; std::uint32_t len; };

// Code point starting at i (i < t.n). Ill-formed -> {U+FFFD, 1}.
inline cp_len decode_multibyte(const text_ref& t, std::uint32_t i) noexcept {
    const char* const s = reinterpret_cast<const char*>(t.s);
    const utf8_decoded d = decode_utf8(s + i, s + t.n);
    return {d.code_point, d.valid ? d.length : 1u};
}
inline cp_len decode(const text_ref& t, std::uint32_t i) noexcept {
    count_steps(t, 1);
    if (t.s[i] < 0x80) return {static_cast<char32_t>(t.s[i]), 1};  // (most characters: inline)
    return decode_multibyte(t, i);
}

// Code point ending at i (0 < i <= t.n); agrees with forward decoding.
inline cp_len decode_prev(const text_ref& t, std::uint32_t i) noexcept {
    count_steps(t, 1);
    const unsigned b = t.s[i - 1];
    if (b < 0x80) return {static_cast<char32_t>(b), 1};
    if ((b & 0xC0) == 0x80) {
        for (std::uint32_t k = 2; k <= 4 && k <= i; ++k) {
            if ((t.s[i - k] & 0xC0) == 0x80) continue;
            const cp_len c = decode(t, i - k);
            if (c.len == k) return c;
            break;
        }
    }
    return {U'\uFFFD', 1};
}

inline std::uint32_t utf8_encode(char32_t c, unsigned char* out) noexcept {
    return encode_utf8(static_cast<std::uint32_t>(c), reinterpret_cast<char*>(out));
}

// ---- byte search ------------------------------------------------------------------------------------------
// First position >= from holding byte a or byte b, or t.n.
inline std::uint32_t find2(const text_ref& t, std::uint32_t from, unsigned char a,
                               unsigned char b) noexcept {
    const char* const s = reinterpret_cast<const char*>(t.s);
    const char ca = static_cast<char>(a), cb = static_cast<char>(b);
    const char* const f = t.variant ? t.variant->find_either(s + from, s + t.n, ca, cb)
                                    : find_either(s + from, s + t.n, ca, cb);
    const auto r = static_cast<std::uint32_t>(f - s);
    count_steps(t, r - from + 1);
    return r;
}

// First position in [from, limit) holding byte a, or limit.
inline std::uint32_t find1(const text_ref& t, std::uint32_t from, std::uint32_t limit,
                               unsigned char a) noexcept {
    if (from >= limit) return limit;
    const char* const s = reinterpret_cast<const char*>(t.s);
    const char ca = static_cast<char>(a);
    const char* const f = t.variant ? t.variant->find_byte(s + from, s + limit, ca)
                                    : find_byte(s + from, s + limit, ca);
    const auto r = static_cast<std::uint32_t>(f - s);
    count_steps(t, r - from + 1);
    return r;
}

// The prefilter: the scanners (bit k: entity_kind k) that can find something in the text, from
// one pass over it. A mention needs '@' or '＠' (EF BC A0), a URL a '.', a hashtag '#' or '＃'
// (EF BC 83), a cashtag '$'.
// `live`: the scanners the caller runs; the prefilter only pays when there are several (with one,
// its own search is as quick), so a single one is returned as it is.
inline unsigned live_kinds(const text_ref& t, unsigned live) noexcept {
    if ((live & (live - 1)) == 0) return live;
    const char* const s = reinterpret_cast<const char*>(t.s);
    const std::string_view sigils = "@.#$\xEF";
    const unsigned b = t.variant ? t.variant->bytes_present(s, s + t.n, sigils) : bytes_present(s, s + t.n, sigils);
    count_steps(t, t.n + 1u);
    const unsigned fullwidth = (b >> 4) & 1u;
    return live & ((b & 15u) | fullwidth | (fullwidth << 2));
}

// Screen-name characters at i, at most max (validMentionOrList's [a-zA-Z0-9_]{1,20}).
inline std::uint32_t name_at(const text_ref& t, std::uint32_t i, std::size_t max) noexcept {
    const char* const s = reinterpret_cast<const char*>(t.s);
    return static_cast<std::uint32_t>(name_length(s + i, s + t.n, max));
}

// ---- character classes ------------------------------------------------------------------------------------
enum : std::uint32_t {
    f_mention_bad_pre = 1u << 1,  // [a-zA-Z0-9_!#$%&*@]        validMentionPrecedingChars (negated)
    f_rt_bad_pre = 1u << 2,     // [a-zA-Z0-9_+~.-]              validMentionPrecedingChars, RT form
    f_url_bad_pre = 1u << 3,    // [A-Za-z0-9@$#]                validUrlPrecedingChars (negated)
    f_domain = 1u << 4,         // validDomainChars (ASCII part)
    f_punct = 1u << 5,          // punct (cashtag lookahead)
    f_path = 1u << 6,           // validGeneralUrlPathChars (ASCII, i)
    f_path_end = 1u << 7,       // validUrlPathEndingChars (ASCII, i)
    f_query = 1u << 8,          // validUrlQueryChars (i)
    f_query_end = 1u << 9,      // validUrlQueryEndingChars (i)
    f_tld_bad_next = 1u << 10,  // [0-9a-zA-Z@+-]                TLD lookahead (negated)
    f_adom = 1u << 11,          // [-a-z0-9] (i)                 validAsciiDomain label (ASCII part)
    f_space = 1u << 12,         // spaces (ASCII part: \t-\r and ' ')
    f_alpha = 1u << 13,         // [A-Za-z]                      hashtagAlpha (ASCII part)
    f_alnum = 1u << 14,         // [A-Za-z0-9_]                  hashtagAlphaNumeric (ASCII part)
    f_list = 1u << 15,          // [a-zA-Z0-9_-]                 list slug
    f_letter = 1u << 16,        // [A-Za-z]
    f_digit = 1u << 17,         // [0-9]
};

struct ascii_table { std::uint32_t f[128]; };

constexpr bool in_set(const char* set, unsigned c) {
    for (; *set; ++set)
        if (static_cast<unsigned char>(*set) == c) return true;
    return false;
}

constexpr ascii_table make_ascii_table() {
    ascii_table tb{};
    for (unsigned c = 0; c < 128; ++c) {
        const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
        const bool letter = lower || upper, alnum = letter || digit;
        std::uint32_t f = 0;
        if (alnum || c == '_') f |= f_alnum;
        if (alnum || in_set("_!#$%&*@", c)) f |= f_mention_bad_pre;
        if (alnum || in_set("_+~.-", c)) f |= f_rt_bad_pre;
        if (alnum || in_set("@$#", c)) f |= f_url_bad_pre;
        // punct of twitter-text: !'#%&'()*+,\-./:;<=>?@[]^_{|}~$ and backslash
        const bool punct = in_set("!'#%&()*+,\\-./:;<=>?@[]^_{|}~$", c);
        if (punct) f |= f_punct;
        const bool space = (c >= 0x09 && c <= 0x0D) || c == 0x20;
        if (space) f |= f_space;
        if (!punct && !space) f |= f_domain;  // [^punct spaces ...]
        if (alnum || in_set("!*';:=+,.$/%#[]-_~@|&", c)) f |= f_path;
        if (alnum || in_set("+-=_#/", c)) f |= f_path_end;
        if (alnum || in_set("!?*'@();:&=+$/%#[]-_.,~|", c)) f |= f_query;
        if (alnum || in_set("-_&=#/", c)) f |= f_query_end;
        if (alnum || in_set("@+-", c)) f |= f_tld_bad_next;
        if (alnum || c == '-') f |= f_adom;
        if (letter) f |= f_alpha | f_letter;
        if (alnum || c == '_' || c == '-') f |= f_list;
        if (digit) f |= f_digit;
        tb.f[c] = f;
    }
    return tb;
}

inline constexpr ascii_table ascii_classes = make_ascii_table();

inline bool ascii_has(unsigned c, std::uint32_t flag) noexcept {
    return c < 128 && (ascii_classes.f[c] & flag) != 0;
}

// spaces (twitter-text spacesGroup): \x09-\x0D \x20 \x85 \xA0 \u1680 \u180E \u2000-\u200A \u2028 \u2029
// \u202F \u205F \u3000
inline bool is_tw_space(char32_t c) noexcept {
    if (c < 128) return ascii_has(static_cast<unsigned>(c), f_space);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
// JavaScript \s (cashtag lookahead): like spaces but with U+FEFF and without U+0085, U+180E
inline bool is_js_space(char32_t c) noexcept {
    if (c < 128) return ascii_has(static_cast<unsigned>(c), f_space);
    return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}
// directionalMarkersGroup
inline bool is_dir_mark(char32_t c) noexcept {
    return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2066 && c <= 0x2069);
}
// validDomainChars: [^punct spaces invalidChars(\uFFFE\uFEFF\uFFFF) directionalMarkers]
inline bool is_domain(char32_t c) noexcept {
    if (c < 128) return ascii_has(static_cast<unsigned>(c), f_domain);
    return !is_tw_space(c) && c != 0xFFFE && c != 0xFEFF && c != 0xFFFF && !is_dir_mark(c);
}
// characters that can appear in a domain: validDomainChars, '.', '_' (subdomains), '-'
inline bool is_run(char32_t c) noexcept {
    return c == '.' || c == '_' || c == '-' || is_domain(c);
}
// validUrlPrecedingChars: [^A-Za-z0-9@＠$#＃\uFFFE\uFEFF\uFFFF] (directional markers are included by it)
inline bool url_pre_ok(char32_t c) noexcept {
    if (c < 128) return !ascii_has(static_cast<unsigned>(c), f_url_bad_pre);
    return c != 0xFF20 && c != 0xFF03 && c != 0xFFFE && c != 0xFEFF && c != 0xFFFF;
}
// validGeneralUrlPathChars (with the regex's `i` flag)
inline bool is_path(char32_t c) noexcept {
    if (c < 128) return ascii_has(static_cast<unsigned>(c), f_path);
    return c == 0x2013 || in_url_path_extra(c);
}
// validUrlPathEndingChars, character part (with `i`)
inline bool is_path_end(char32_t c) noexcept {
    if (c < 128) return ascii_has(static_cast<unsigned>(c), f_path_end);
    return in_url_path_extra(c);
}
// validAsciiDomain label characters [\-a-z0-9latinAccentChars] (with `i`)
inline bool is_adom(char32_t c) noexcept {
    if (c < 128) return ascii_has(static_cast<unsigned>(c), f_adom);
    return in_ascii_domain_extra(c);
}
// hashtagAlpha / hashtagAlphaNumeric (with `i`)
inline bool is_hashtag_alpha(char32_t c) noexcept {
    if (c < 128) return ascii_has(static_cast<unsigned>(c), f_alpha);
    return in_hashtag_alpha(c);
}
inline bool is_hashtag_alnum(char32_t c) noexcept {
    if (c < 128) return ascii_has(static_cast<unsigned>(c), f_alnum);
    return in_hashtag_alpha(c) || in_hashtag_alnum_extra(c);
}

inline unsigned ascii_lower(unsigned c) noexcept { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

// ---- TLDs -------------------------------------------------------------------------------------------------

// validGTLD | validCCTLD: the longest listed TLD (case-insensitive) followed by
// (?=[^0-9a-zA-Z@+-]|$), else validPunycode xn--[\-0-9a-z]+. `limit` is where
// the string ends for the lookahead's `$`. Returns the end, or 0.
// (Alternation order = longest match: the lists are reverse-sorted and no
// shorter TLD precedes a longer one it prefixes; checked by the generator's author.)
inline std::uint32_t tld_match(const text_ref& t, std::uint32_t pos, std::uint32_t limit) noexcept {
    std::uint32_t node = 0, i = pos, best = 0;
    while (i < limit) {
        if (t.s[i] < 0x80) {  // ASCII (most TLDs): folded without decoding
            node = tld_child(node, static_cast<unsigned char>(ascii_lower(t.s[i])));
            count_steps(t, 1);
            if (node == none) break;
            ++i;
        } else {
            const cp_len c = decode(t, i);
            unsigned char buf[4];
            const std::uint32_t k = utf8_encode(tld_fold(c.cp), buf);
            for (std::uint32_t j = 0; j < k && node != none; ++j) node = tld_child(node, buf[j]);
            count_steps(t, k);
            if (node == none) break;
            i += c.len;
        }
        if (tld_final_node(node)) {
            if (i >= limit || !ascii_has(t.s[i], f_tld_bad_next)) best = i;
        }
    }
    if (best) return best;
    // validPunycode (no lookahead)
    if (limit - pos >= 5 && ascii_lower(t.s[pos]) == 'x' && ascii_lower(t.s[pos + 1]) == 'n' &&
        t.s[pos + 2] == '-' && t.s[pos + 3] == '-') {
        std::uint32_t j = pos + 4;
        // [\-0-9a-z] with i: letters, digits, '-'
        while (j < limit && (ascii_has(t.s[j], f_adom))) ++j;
        count_steps(t, j - pos);
        if (j > pos + 4) return j;
    }
    return 0;
}

// ---- mentions ---------------------------------------------------------------------------------------------
// endMentionMatch: /^(?:[@＠]|[latinAccentChars]|:\/\/)/ on the text after a match.
inline bool end_mention_match(const text_ref& t, std::uint32_t e) noexcept {
    if (e >= t.n) return false;
    const unsigned c = t.s[e];
    if (c == '@') return true;
    if (c == ':') return e + 2 < t.n && t.s[e + 1] == '/' && t.s[e + 2] == '/';
    if (c < 0x80) return false;
    const char32_t cp = decode(t, e).cp;
    return cp == 0xFF20 || in_latin_accent(cp);
}

// At sign at p ('@' or '＠' EF BC A0)?  Returns its length or 0.
inline std::uint32_t at_sign(const text_ref& t, std::uint32_t p) noexcept {
    if (t.s[p] == '@') return 1;
    if (t.s[p] == 0xEF && p + 2 < t.n && t.s[p + 1] == 0xBC && t.s[p + 2] == 0xA0) return 3;
    return 0;
}

// validMentionPrecedingChars, for an at sign at p, when the regex may not start
// before `last` (its lastIndex):
//   ^ | [^a-zA-Z0-9_!#$%&*@＠] | (?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?
// (The `:` form never matters: ':' is itself a valid preceding character.)
inline bool mention_context_ok(const text_ref& t, std::uint32_t p, std::uint32_t last) noexcept {
    if (p == 0) return last == 0;
    if (p <= last) return false;
    const cp_len pc = decode_prev(t, p);
    if (pc.cp < 128 ? !ascii_has(static_cast<unsigned>(pc.cp), f_mention_bad_pre) : pc.cp != 0xFF20)
        return true;
    if (p < 2 || p - 2 < last) return false;
    const unsigned r = t.s[p - 2], tt = t.s[p - 1];
    if (!((r == 'r' || r == 'R') && (tt == 't' || tt == 'T'))) return false;
    const std::uint32_t rs = p - 2;
    if (rs == 0) return last == 0;
    if (rs <= last) return false;
    const cp_len cc = decode_prev(t, rs);
    return cc.cp >= 128 || !ascii_has(static_cast<unsigned>(cc.cp), f_rt_bad_pre);
}

// extractMentionsOrListsWithIndices: the global regex validMentionOrList
//   (preceding)([@＠])([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?
// then reject a match followed by endMentionMatch (the regex still moves on).
struct mention_scan {
    std::uint32_t last = 0;  // the regex's lastIndex
    std::uint32_t pos = 0;   // next at sign to look at (>= last)

    bool next(const text_ref& t, entity& out) noexcept {
        for (;;) {
            const std::uint32_t p = find2(t, pos, '@', 0xEF);
            if (p >= t.n) { pos = t.n; return false; }
            const std::uint32_t alen = at_sign(t, p);
            if (alen == 0) { pos = p + 1; continue; }
            const std::uint32_t q = p + alen;
            const std::uint32_t k = name_at(t, q, 20);
            count_steps(t, k + 1);
            if (k == 0 || !mention_context_ok(t, p, last)) { pos = q; continue; }
            std::uint32_t e = q + k;
            if (e + 1 < t.n && t.s[e] == '/' && ascii_has(t.s[e + 1], f_letter)) {
                std::uint32_t j = e + 2, m = 0;
                while (j < t.n && m < 24 && ascii_has(t.s[j], f_list)) { ++j; ++m; }
                count_steps(t, m + 1);
                e = j;
            }
            last = pos = e;
            if (end_mention_match(t, e)) continue;
            out = entity{entity_kind::mention, p, e};
            return true;
        }
    }
};

// ---- hashtags ---------------------------------------------------------------------------------------------
// extractHashtagsWithIndices: the global regex validHashtag
//   (hashtagBoundary)([#＃])(?!\uFE0F|\u20E3)(alnum* alpha alnum*)
//   hashtagBoundary = ^ | \uFE0E | \uFE0F | $ | (?!alnum|&)codePoint
// then reject a match followed by endHashtagMatch /^(?:[#＃]|:\/\/)/.
struct hashtag_scan {
    std::uint32_t last = 0, pos = 0;

    bool next(const text_ref& t, entity& out) noexcept {
        for (;;) {
            const std::uint32_t p = find2(t, pos, '#', 0xEF);
            if (p >= t.n) { pos = t.n; return false; }
            std::uint32_t slen = 0;
            if (t.s[p] == '#') slen = 1;
            else if (p + 2 < t.n && t.s[p + 1] == 0xBC && t.s[p + 2] == 0x83) slen = 3;  // ＃
            if (slen == 0) { pos = p + 1; continue; }
            const std::uint32_t q = p + slen;
            bool ok;
            if (p == 0) {
                ok = last == 0;
            } else if (p <= last) {
                ok = false;
            } else {
                const char32_t pc = decode_prev(t, p).cp;
                ok = pc == 0xFE0E || pc == 0xFE0F || (pc != '&' && !is_hashtag_alnum(pc));
            }
            if (!ok) { pos = q; continue; }
            if (q < t.n) {
                const char32_t c = decode(t, q).cp;
                if (c == 0xFE0F || c == 0x20E3) { pos = q; continue; }  // keycap #️⃣
            }
            std::uint32_t r = q;
            bool alpha = false;
            while (r < t.n) {
                const cp_len c = decode(t, r);
                if (!is_hashtag_alnum(c.cp)) break;
                if (!alpha && is_hashtag_alpha(c.cp)) alpha = true;
                r += c.len;
            }
            if (!alpha) { pos = r; continue; }  // the run holds no '#'
            last = pos = r;
            if (r < t.n) {
                const unsigned c = t.s[r];
                if (c == '#') continue;
                if (c == 0xEF && r + 2 < t.n && t.s[r + 1] == 0xBC && t.s[r + 2] == 0x83) continue;
                if (c == ':' && r + 2 < t.n && t.s[r + 1] == '/' && t.s[r + 2] == '/') continue;
            }
            out = entity{entity_kind::hashtag, p, r};
            return true;
        }
    }
};

// ---- cashtags ---------------------------------------------------------------------------------------------
// extractCashtagsWithIndices: the global regex validCashtag (flags gi)
//   (^|spaces)(\$)([a-z]{1,6}(?:[._][a-z]{1,2})?)(?=$|\s|[punct])
struct cashtag_scan {
    std::uint32_t last = 0, pos = 0;

    static bool lookahead_ok(const text_ref& t, std::uint32_t x) noexcept {
        if (x >= t.n) return true;
        const unsigned c = t.s[x];
        if (c < 128) return ascii_has(c, f_punct | f_space);
        return is_js_space(decode(t, x).cp);
    }

    bool next(const text_ref& t, entity& out) noexcept {
        for (;;) {
            const std::uint32_t p = find1(t, pos, t.n, '$');
            if (p >= t.n) { pos = t.n; return false; }
            const bool ok = p == 0 ? last == 0 : (p > last && is_tw_space(decode_prev(t, p).cp));
            const std::uint32_t q = p + 1;
            std::uint32_t k = 0;
            while (q + k < t.n && k < 7 && ascii_has(t.s[q + k], f_letter)) ++k;
            count_steps(t, k + 1);
            if (!ok || k == 0 || k > 6) { pos = q; continue; }
            std::uint32_t e = q + k;
            if (e < t.n && (t.s[e] == '.' || t.s[e] == '_')) {
                std::uint32_t m = 0;
                while (e + 1 + m < t.n && m < 3 && ascii_has(t.s[e + 1 + m], f_letter)) ++m;
                if (m >= 1 && m <= 2 && lookahead_ok(t, e + 1 + m)) e += 1 + m;
                // else: backtrack to the bare symbol; '.' / '_' satisfy the lookahead
            } else if (!lookahead_ok(t, e)) {
                pos = q;
                continue;
            }
            last = pos = e;
            out = entity{entity_kind::cashtag, p, e};
            return true;
        }
    }
};

// ---- URLs -------------------------------------------------------------------------------------------------
// Punycode (RFC 3492) length of the label cps[0..n), as punycode.js encode() would produce it.
inline std::uint32_t punycode_len(const char32_t* cps, std::uint32_t n) noexcept {
    constexpr std::uint32_t base = 36, tmin = 1, tmax = 26, skew = 38, damp = 700;
    std::uint32_t out = 0, b = 0;
    for (std::uint32_t i = 0; i < n; ++i)
        if (cps[i] < 0x80) ++b;
    out = b;
    if (b > 0) ++out;
    std::uint64_t delta = 0;
    std::uint32_t cur = 0x80, bias = 72, h = b;
    while (h < n) {
        char32_t m = 0x7FFFFFFF;
        for (std::uint32_t i = 0; i < n; ++i)
            if (cps[i] >= cur && cps[i] < m) m = cps[i];
        delta += static_cast<std::uint64_t>(m - cur) * (h + 1);
        cur = static_cast<std::uint32_t>(m);
        for (std::uint32_t i = 0; i < n; ++i) {
            if (cps[i] < cur) ++delta;
            if (cps[i] == cur) {
                std::uint64_t q = delta;
                for (std::uint32_t k = base;; k += base) {
                    const std::uint32_t tt = k <= bias ? tmin : (k >= bias + tmax ? tmax : k - bias);
                    if (q < tt) break;
                    ++out;
                    q = (q - tt) / (base - tt);
                }
                ++out;
                // adapt(delta, h + 1, h == b)
                std::uint64_t d = (h == b) ? delta / damp : delta / 2;
                d += d / (h + 1);
                std::uint32_t k = 0;
                while (d > ((base - tmin) * tmax) / 2) { d /= base - tmin; k += base; }
                bias = static_cast<std::uint32_t>(k + ((base - tmin + 1) * d) / (d + skew));
                delta = 0;
                ++h;
            }
        }
        ++delta;
        ++cur;
    }
    return out;
}

// idna.toAscii per label: punycode.toASCII(label).length must be in [1, 63].
// punycode.toASCII splits on [.\u3002\uFF0E\uFF61] and encodes non-ASCII parts as xn--...
// `lone_low`: the label starts in the middle of its first (astral) code point,
// i.e. with a lone low surrogate (see url_scan, "mid-pair" starts).
inline bool label_ok(const text_ref& t, std::uint32_t x, std::uint32_t y, bool lone_low = false) noexcept {
    if (y - x <= 63 && !lone_low) {  // an ASCII label (most) is its own encoding: 1 to 63 bytes
        const char* const s = reinterpret_cast<const char*>(t.s);
        const char* const f = t.variant ? t.variant->find_non_ascii(s + x, s + y) : find_non_ascii(s + x, s + y);
        count_steps(t, y - x + 1);
        if (f == s + y) return y > x;
    }
    char32_t cps[64];
    std::uint32_t n = 0, total = 0, parts = 0;
    bool non_ascii = false;
    auto flush = [&]() {
        total += non_ascii ? 4 + punycode_len(cps, n) : n;
        ++parts;
        n = 0;
        non_ascii = false;
    };
    std::uint32_t count = 0;
    for (std::uint32_t i = x; i < y;) {
        cp_len c = decode(t, i);
        if (lone_low && i == x && c.cp > 0xFFFF) c.cp = 0xDC00 + ((c.cp - 0x10000) & 0x3FF);
        i += c.len;
        if (++count > 63) return false;  // every code point costs at least one character
        if (c.cp == 0x3002 || c.cp == 0xFF0E || c.cp == 0xFF61) { flush(); continue; }
        cps[n++] = c.cp;
        if (c.cp >= 0x80) non_ascii = true;
    }
    flush();
    total += parts - 1;
    return total >= 1 && total <= 63;
}

// Parse the path after a '/' at x-1: validUrlPath*, i.e. the chain of
// validGeneralUrlPathChars and validUrlBalancedParens, ending at the last
// validUrlPathEndingChars (or balanced-parens group). Returns the path end.
inline std::uint32_t balanced_parens(const text_ref& t, std::uint32_t pos) noexcept {
    // \( (?: G+ | G* \( G+ \) G* ) \)   at pos (t.s[pos] == '(')
    auto run = [&](std::uint32_t i) {
        while (i < t.n) {
            const cp_len c = decode(t, i);
            if (!is_path(c.cp)) break;
            i += c.len;
        }
        return i;
    };
    std::uint32_t i = run(pos + 1);
    if (i < t.n && t.s[i] == ')') return i > pos + 1 ? i + 1 : none;
    if (i < t.n && t.s[i] == '(') {
        const std::uint32_t j = run(i + 1);
        if (j == i + 1 || j >= t.n || t.s[j] != ')') return none;
        const std::uint32_t k = run(j + 1);
        if (k < t.n && t.s[k] == ')') return k + 1;
    }
    return none;
}

inline std::uint32_t parse_path(const text_ref& t, std::uint32_t x) noexcept {
    std::uint32_t pos = x, end = x;
    while (pos < t.n) {
        const cp_len c = decode(t, pos);
        if (is_path(c.cp)) {
            pos += c.len;
            if (is_path_end(c.cp)) end = pos;
            continue;
        }
        if (c.cp == '(') {
            const std::uint32_t b = balanced_parens(t, pos);
            if (b != none) { pos = end = b; continue; }
        }
        break;
    }
    return end;
}

// \? validUrlQueryChars* validUrlQueryEndingChars, after a '?' at y-1, within
// [y, limit). Returns the end, or none if there is no query.
inline std::uint32_t parse_query(const text_ref& t, std::uint32_t y, std::uint32_t limit) noexcept {
    std::uint32_t j = y, end = none;
    while (j < limit && ascii_has(t.s[j], f_query)) {
        if (ascii_has(t.s[j], f_query_end)) end = j + 1;
        ++j;
    }
    count_steps(t, j - y + 1);
    return end;
}

// Leftmost match of validAsciiDomain (flags gi) in the string [from, end):
//   (?:(?:[\-a-z0-9latinAccentChars]+)\.)+(?:validGTLD|validCCTLD|validPunycode)
inline bool ascii_domain_find(const text_ref& t, std::uint32_t from, std::uint32_t end, std::uint32_t& ms,
                                  std::uint32_t& me) noexcept {
    std::uint32_t x = from;
    while (x < end) {
        const std::uint32_t q = find1(t, x, end, '.');
        if (q >= end) return false;
        std::uint32_t xs = q;
        while (xs > x) {
            const cp_len c = decode_prev(t, xs);
            if (!is_adom(c.cp)) break;
            xs -= c.len;
        }
        if (xs == q) { x = q + 1; continue; }
        // chain of labels: the greediest (last) dot followed by a TLD wins
        std::uint32_t best = 0, cur = q, y;
        for (;;) {
            const std::uint32_t te = tld_match(t, cur + 1, end);
            if (te) best = te;
            y = cur + 1;
            while (y < end) {
                const cp_len c = decode(t, y);
                if (!is_adom(c.cp)) break;
                y += c.len;
            }
            if (y > cur + 1 && y < end && t.s[y] == '.') { cur = y; continue; }
            break;
        }
        if (best) { ms = xs; me = best; return true; }
        x = y > q + 1 ? y : q + 1;
    }
    return false;
}

// extractUrlsWithIndices (extractUrlsWithoutProtocol = true): the global regex
//   extractUrl = (validUrlPrecedingChars)((https?://)?(validDomain)(?::(port))?(/validUrlPath*)?(\?query)?)
// emulated without backtracking. Every domain holds a '.', so the scan goes
// from dot to dot; for each dot it tries, leftmost first, the regex's start
// positions whose first domain label ends at that dot.
struct url_scan {
    std::uint32_t last = 0;  // the regex's lastIndex
    std::uint32_t pos = 0;   // next '.' to look at
    // Cache for the labels after a dot: from blk_lo, labels are valid
    // subdomains up to the label starting at blk_hi; good_dot is the dot after
    // the last label there that is a valid domain name followed by a TLD.
    std::uint32_t blk_lo = none, blk_hi = 0, good_dot = none;
    // protocol-less match being split into validAsciiDomain matches
    std::uint32_t sub_from = 0, sub_end = 0, sub_match_end = 0, nxt_b = none, nxt_e = 0;
    std::uint32_t sub_ascii_end = 0;  // asciiEndPosition of extractUrlsWithIndices (absolute)
    bool sub_active = false, sub_path = false;
    // work left for the indexOf() emulation below (keeps the whole scan linear)
    std::uint64_t index_of_budget = none;

    void ensure_block(const text_ref& t, std::uint32_t b) noexcept {
        if (blk_lo != none && blk_lo <= b && b <= blk_hi) return;
        blk_lo = b;
        good_dot = none;
        std::uint32_t y = b;
        for (;;) {
            std::uint32_t z = y;
            bool first_d = false, last_d = false, us = false;
            while (z < t.n) {
                const cp_len c = decode(t, z);
                if (c.cp == '.' || !is_run(c.cp)) break;
                const bool d = is_domain(c.cp);
                if (z == y) first_d = d;
                last_d = d;
                if (c.cp == '_') us = true;
                z += c.len;
            }
            if (z > y && z < t.n && t.s[z] == '.' && first_d && last_d) {  // validSubdomain
                if (!us && tld_match(t, z + 1, t.n)) good_dot = z;        // validDomainName + TLD
                y = z + 1;
                continue;
            }
            blk_hi = y;
            return;
        }
    }

    bool emit_sub(const text_ref& t, entity& out) noexcept {
        if (nxt_b == none && !ascii_domain_find(t, sub_from, sub_end, nxt_b, nxt_e)) {
            nxt_b = none;
            sub_active = false;
            return false;
        }
        // extractUrlsWithIndices places each match with domain.indexOf(match,
        // asciiEndPosition): the first occurrence of the matched text, which
        // can lie before where the regex matched. Emulated with a naive search
        // under a work budget of 16 steps per byte of text (+64 Ki); past it
        // (crafted input only) the regex's own position is used.
        const std::uint32_t len = nxt_e - nxt_b;
        std::uint32_t b = nxt_b;
        if (index_of_budget == none) index_of_budget = 16ull * t.n + 65536;
        for (std::uint32_t i = sub_ascii_end; i < nxt_b; ++i) {
            if (index_of_budget < len + 1u) break;
            index_of_budget -= 1;
            if (t.s[i] != t.s[nxt_b]) continue;
            index_of_budget -= len;
            count_steps(t, len);
            if (std::memcmp(t.s + i, t.s + nxt_b, len) == 0) { b = i; break; }
        }
        std::uint32_t e = b + len;
        sub_ascii_end = e;
        sub_from = nxt_e;
        std::uint32_t nb = 0, ne = 0;
        if (ascii_domain_find(t, sub_from, sub_end, nb, ne)) {
            nxt_b = nb;
            nxt_e = ne;
        } else {
            nxt_b = none;
            sub_active = false;
            if (sub_path) e = sub_match_end;  // the last ASCII domain takes the path
        }
        out = entity{entity_kind::url, b, e};
        return true;
    }

    static std::uint32_t utf16_len(const text_ref& t, std::uint32_t a, std::uint32_t b) noexcept {
        const char* const s = reinterpret_cast<const char*>(t.s);
        utf8_counts n;
        count_utf8(s + a, s + b, s + t.n, n);
        count_steps(t, b - a + 1);
        return n.utf16_units;
    }

    // isValidUrl -> idna.toAscii(domain)
    static bool domain_ok(const text_ref& t, std::uint32_t d, std::uint32_t de, bool mid) noexcept {
        if (!mid && de - d >= 4 && std::memcmp(t.s + d, "xn--", 4) == 0) {
            std::uint32_t a = 0, b = 0;
            if (!ascii_domain_find(t, d, de, a, b)) return false;
        }
        for (std::uint32_t x = d; x < de;) {
            std::uint32_t y = find1(t, x, de, '.');
            if (!label_ok(t, x, y, mid && x == d)) return false;
            x = y + 1;
        }
        return true;
    }

    // The regex matched: body at u (protocol if has_proto), domain [d, de);
    // `mid`: the body starts at the low surrogate of the astral character at u.
    // Runs the rest of the regex and extractUrlsWithIndices' checks.
    bool finish(const text_ref& t, std::uint32_t u, std::uint32_t d, std::uint32_t de, bool has_proto,
                bool mid, entity& out) noexcept {
        std::uint32_t e = de;
        if (e + 1 < t.n && t.s[e] == ':' && ascii_has(t.s[e + 1], f_digit)) {  // (?::(validPortNumber))?
            ++e;
            while (e < t.n && ascii_has(t.s[e], f_digit)) ++e;
        }
        bool has_path = false;
        if (e < t.n && t.s[e] == '/') { has_path = true; e = parse_path(t, e + 1); }
        if (e < t.n && t.s[e] == '?') {
            const std::uint32_t q = parse_query(t, e + 1, t.n);
            if (q != none) e = q;
        }
        last = pos = e;
        // isValidUrl
        if (!domain_ok(t, d, de, mid)) return false;
        if ((has_proto ? d - u : 8u) + utf16_len(t, u, e) - (mid ? 1u : 0u) > 4096)
            return false;  // MAX_URL_LENGTH
        if (has_proto) {
            std::uint32_t url_end = e;
            // validTcoUrl: ^https?://t\.co/([a-z0-9]+)(?:\?query)?  (i)
            if (e - d >= 5 && ascii_lower(t.s[d]) == 't' && t.s[d + 1] == '.' &&
                ascii_lower(t.s[d + 2]) == 'c' && ascii_lower(t.s[d + 3]) == 'o' && t.s[d + 4] == '/') {
                std::uint32_t j = d + 5;
                while (j < e && ascii_has(t.s[j], f_letter | f_digit)) ++j;
                const std::uint32_t slug = j - (d + 5);
                if (slug > 0) {
                    if (slug > 40) return false;  // MAX_TCO_SLUG_LENGTH
                    url_end = j;
                    if (j < e && t.s[j] == '?') {
                        const std::uint32_t q = parse_query(t, j + 1, e);
                        if (q != none) url_end = q;
                    }
                }
            }
            out = entity{entity_kind::url, u, url_end};
            return true;
        }
        // no protocol: invalidUrlWithoutProtocolPrecedingChars /[-_.\/]$/ on the preceding char
        if (u > 0 && !mid) {
            const unsigned b = t.s[u - 1];
            if (b == '-' || b == '_' || b == '.' || b == '/') return false;
        }
        // then every validAsciiDomain in the domain is a URL; the last one gets the path
        sub_active = true;
        sub_from = d;
        sub_end = de;
        sub_match_end = e;
        sub_path = has_path;
        sub_ascii_end = d;
        nxt_b = none;
        return emit_sub(t, out);
    }

    // ---- next(): one dot at a time, in named steps ----
    // A dot at p, the label [ls, p) that ends there, the last '_' in that label (none: none)
    // and the TLD right after the dot (computed when first needed).
    struct dot_site {
        std::uint32_t p, ls, last_us, tld_here;
    };
    // What trying a body gives: an entity; a regex match that was rejected (go to the next
    // dot); or no match (try the next body).
    enum class outcome : std::uint8_t { entity, rejected, no_match };

    // Scans back from the dot over the label that ends there. False when no label ends at the
    // dot with a domain character.
    bool label_before_dot(const text_ref& t, dot_site& s) const noexcept {
        bool last_d = false, have_last = false;
        while (s.ls > last) {
            const cp_len c = decode_prev(t, s.ls);
            if (c.cp == '.' || !is_run(c.cp)) break;
            if (!have_last) { last_d = is_domain(c.cp); have_last = true; }
            if (c.cp == '_' && s.last_us == none) s.last_us = s.ls - 1;
            s.ls -= c.len;
        }
        return s.ls != s.p && last_d;
    }

    // The domain starting at d whose first label is [d, p): its end (with the TLD), or none.
    std::uint32_t domain_end(const text_ref& t, dot_site& s, std::uint32_t d) noexcept {
        if (!is_domain(decode(t, d).cp)) return none;  // validSubdomain/validDomainName start
        ensure_block(t, s.p + 1);
        if (good_dot != none && good_dot > s.p) return tld_match(t, good_dot + 1, t.n);
        if (s.last_us == none || s.last_us < d) {  // [d, p) is a validDomainName
            if (s.tld_here == none) s.tld_here = tld_match(t, s.p + 1, t.n);
            if (s.tld_here != 0) return s.tld_here;
        }
        return none;
    }

    // Step 1: https?:// right before the label (the leftmost start of all).
    outcome with_protocol(const text_ref& t, dot_site& s, entity& out) noexcept {
        const std::uint32_t ls = s.ls;
        if (ls < 7 || ls <= last || t.s[ls - 1] != '/' || t.s[ls - 2] != '/' || t.s[ls - 3] != ':')
            return outcome::no_match;
        auto is_http = [&](std::uint32_t a) {
            return ascii_lower(t.s[a]) == 'h' && ascii_lower(t.s[a + 1]) == 't' &&
                   ascii_lower(t.s[a + 2]) == 't' && ascii_lower(t.s[a + 3]) == 'p';
        };
        std::uint32_t u = none;
        if (ls >= 8 && ascii_lower(t.s[ls - 4]) == 's' && is_http(ls - 8)) u = ls - 8;
        else if (is_http(ls - 7)) u = ls - 7;
        if (u == none) return outcome::no_match;
        const bool pre_ok = u == 0 ? last == 0 : (u > last && url_pre_ok(decode_prev(t, u).cp));
        if (!pre_ok) return outcome::no_match;
        const std::uint32_t de = domain_end(t, s, ls);
        if (de == none) return outcome::no_match;
        return finish(t, u, ls, de, true, false, out) ? outcome::entity : outcome::rejected;
    }

    // One protocol-less body at u (mid: it starts at the low surrogate of an astral character).
    outcome attempt(const text_ref& t, dot_site& s, std::uint32_t u, bool mid, entity& out) noexcept {
        const std::uint32_t de = domain_end(t, s, u);
        if (de == none) return outcome::no_match;
        return finish(t, u, u, de, false, mid, out) ? outcome::entity : outcome::rejected;
    }

    // Step 2: bodies without protocol, in order of the regex's start position.
    // The regex works on UTF-16 units: an astral character's high surrogate is a valid preceding
    // "character", so a body can start at its low surrogate ("mid-pair"). That start gives the
    // same domain as a start at the character itself, so it only matters where the start at the
    // character is not allowed.
    outcome without_protocol(const text_ref& t, dot_site& s, entity& out) noexcept {
        std::uint32_t x = s.ls;
        bool cand;
        if (x == 0) {
            // At position 0 the regex first consumes text[0] as the preceding character, and only
            // then tries ^ (body at 0).
            const cp_len c0 = decode(t, 0);
            if (c0.cp > 0xFFFF) {
                const outcome r = attempt(t, s, 0, true, out);  // (^ at 0 gives the same domain)
                if (r != outcome::no_match) return r;
                cand = true;
            } else {
                if (url_pre_ok(c0.cp) && c0.len < s.p) {
                    const outcome r = attempt(t, s, c0.len, false, out);
                    if (r != outcome::no_match) return r;
                }
                const outcome r = attempt(t, s, 0, false, out);
                if (r != outcome::no_match) return r;
                cand = false;
            }
            x = c0.len;
        } else {
            cand = x > last && url_pre_ok(decode_prev(t, x).cp);
        }
        for (; x < s.p;) {
            const cp_len c = decode(t, x);
            if (cand || c.cp > 0xFFFF) {
                const outcome r = attempt(t, s, x, !cand, out);
                if (r != outcome::no_match) return r;
            }
            cand = url_pre_ok(c.cp);
            x += c.len;
        }
        return outcome::no_match;
    }

    bool next(const text_ref& t, entity& out) noexcept {
        if (sub_active && emit_sub(t, out)) return true;
        for (;;) {
            const std::uint32_t p = find1(t, pos, t.n, '.');
            if (p >= t.n) {
                pos = t.n;
                return false;
            }
            pos = p + 1;
            // A domain needs a TLD after some dot of the label chain that starts here, and a TLD
            // starts with a letter, a digit or a non-ASCII character: after a space, punctuation
            // or the end no domain_end() can succeed, at this dot or through the block cache.
            if (p + 1 >= t.n || (t.s[p + 1] < 0x80 && !ascii_has(t.s[p + 1], f_letter | f_digit))) continue;
            dot_site s{p, p, none, none};
            if (!label_before_dot(t, s)) continue;
            outcome r = with_protocol(t, s, out);
            if (r == outcome::no_match) r = without_protocol(t, s, out);
            if (r == outcome::entity) return true;
            // A rejected match or none at this dot: the pending protocol-less parts, then the next dot.
            if (sub_active && emit_sub(t, out)) return true;
        }
    }
};

// Test hook of the linear-time tests; defined after entity_range.
struct step_access;

}  // namespace entities
}  // namespace detail

// ---- iteration --------------------------------------------------------------------------------------------
// Which extractor a range runs.
enum class entity_filter : std::uint8_t {
    all,       // extractEntitiesWithIndices
    mentions,  // extractMentionsOrListsWithIndices
    urls,      // extractUrlsWithIndices
    hashtags,  // extractHashtagsWithIndices (checkUrlOverlap: true)
    cashtags,  // extractCashtagsWithIndices
};

class entity_iterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = entity;
    using difference_type = std::ptrdiff_t;
    using pointer = const entity*;
    using reference = const entity&;

    entity_iterator() noexcept = default;  // the end iterator

    reference operator*() const noexcept { return cur_; }
    pointer operator->() const noexcept { return &cur_; }
    entity_iterator& operator++() noexcept {
        advance();
        return *this;
    }
    entity_iterator operator++(int) noexcept {
        entity_iterator c = *this;
        advance();
        return c;
    }
    friend bool operator==(const entity_iterator& a, const entity_iterator& b) noexcept {
        if (a.done_ || b.done_) return a.done_ == b.done_;
        return a.cur_.begin == b.cur_.begin && a.cur_.kind == b.cur_.kind;
    }
    friend bool operator!=(const entity_iterator& a, const entity_iterator& b) noexcept { return !(a == b); }

private:
    friend class entity_range;
    friend struct detail::entities::step_access;
    entity_iterator(std::string_view text, entity_filter f, std::uint64_t* steps = nullptr,
                    const detail::simd::search_table* variant = nullptr) noexcept
        : t_(text, steps, variant), done_(false) {
        switch (f) {
            case entity_filter::all: live_ = 15; out_ = 15; overlap_ = true; break;
            case entity_filter::mentions: live_ = out_ = 1; break;
            case entity_filter::urls: live_ = out_ = 2; break;
            case entity_filter::hashtags: live_ = 4 | 2; out_ = 4; overlap_ = true; break;
            case entity_filter::cashtags: live_ = out_ = 8; break;
        }
        live_ = static_cast<std::uint8_t>(detail::entities::live_kinds(t_, live_));
        if ((live_ & out_) == 0) live_ = 0;
        advance();
    }

    bool pull(unsigned k, entity& e) noexcept {
        switch (k) {
            case 0: return mention_.next(t_, e);
            case 1: return url_.next(t_, e);
            case 2: return hashtag_.next(t_, e);
            default: return cashtag_.next(t_, e);
        }
    }

    void advance() noexcept {
        if (have_ == 0 && (live_ & (live_ - 1)) == 0) {  // one scanner left (most texts): no merging
            const unsigned k = live_ == 1 ? 0u : live_ == 2 ? 1u : live_ == 4 ? 2u : 3u;
            entity e{};
            while (live_ != 0 && pull(k, e)) {
                if (overlap_) {  // (as below)
                    if (e.begin < last_end_) continue;
                    last_end_ = e.end;
                }
                if (out_ & (1u << k)) {
                    cur_ = e;
                    return;
                }
            }
            live_ = 0;
            done_ = true;
            return;
        }
        for (;;) {
            for (unsigned k = 0; k < 4; ++k) {
                const auto bit = static_cast<std::uint8_t>(1u << k);
                if ((live_ & bit) && !(have_ & bit)) {
                    if (pull(k, pend_[k])) have_ = static_cast<std::uint8_t>(have_ | bit);
                    else live_ = static_cast<std::uint8_t>(live_ & ~bit);
                }
            }
            if (!have_) { done_ = true; return; }
            unsigned best = 4;
            for (unsigned k = 0; k < 4; ++k)
                if ((have_ & (1u << k)) && (best == 4 || pend_[k].begin < pend_[best].begin)) best = k;
            const entity e = pend_[best];
            have_ = static_cast<std::uint8_t>(have_ & ~(1u << best));
            if (overlap_) {  // removeOverlappingEntities: drop what starts before the last kept end
                if (e.begin < last_end_) continue;
                last_end_ = e.end;
            }
            if (out_ & (1u << static_cast<unsigned>(e.kind))) {
                cur_ = e;
                return;
            }
        }
    }

    detail::entities::text_ref t_{};
    detail::entities::mention_scan mention_{};
    detail::entities::url_scan url_{};
    detail::entities::hashtag_scan hashtag_{};
    detail::entities::cashtag_scan cashtag_{};
    entity pend_[4]{};
    entity cur_{};
    std::uint32_t last_end_ = 0;
    std::uint8_t live_ = 0, have_ = 0, out_ = 0;
    bool overlap_ = false;
    bool done_ = true;
};

// A lazy range of entities over a text; the text must outlive the range.
class entity_range {
public:
    entity_range(std::string_view text TWEETVIEW_LIFETIMEBOUND, entity_filter f) noexcept
        : text_(text), filter_(f) {}
    template <class T, detail::if_dangling<T> = 0>
    entity_range(T&& text, entity_filter f) = delete;
    entity_iterator begin() const noexcept { return entity_iterator(text_, filter_); }
    entity_iterator end() const noexcept { return entity_iterator(); }
    std::string_view text() const noexcept { return text_; }

private:
    friend struct detail::entities::step_access;
    std::string_view text_;
    entity_filter filter_;
};

namespace detail::entities {
// Test hook: an iterator over r whose scanning steps are added to `counter` (the linear-time
// tests bound them per byte). Not part of the API.
struct step_access {
    static entity_iterator begin(const entity_range& r, std::uint64_t& counter) noexcept {
        return entity_iterator(r.text_, r.filter_, &counter);
    }
    // An iterator over r whose searches are SIMD variant V's (the tests run every variant).
    template <class V>
    static entity_iterator begin_with(const entity_range& r) noexcept {
        return entity_iterator(r.text_, r.filter_, nullptr, &simd::searches_of<V>::table);
    }
};
}  // namespace detail::entities

static_assert(entity_kind::mention == static_cast<entity_kind>(0) &&
                  entity_kind::url == static_cast<entity_kind>(1) &&
                  entity_kind::hashtag == static_cast<entity_kind>(2) &&
                  entity_kind::cashtag == static_cast<entity_kind>(3),
              "entity_iterator relies on the kind numbering");

// extractEntitiesWithIndices: all kinds, sorted by begin, overlaps removed.
[[nodiscard]] inline entity_range entities(std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept {
    return {text, entity_filter::all};
}
template <class T, detail::if_dangling<T> = 0>
entity_range entities(T&& text) = delete;
// extractMentionsOrListsWithIndices
[[nodiscard]] inline entity_range mentions(std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept {
    return {text, entity_filter::mentions};
}
template <class T, detail::if_dangling<T> = 0>
entity_range mentions(T&& text) = delete;
// extractUrlsWithIndices with extractUrlsWithoutProtocol = true
[[nodiscard]] inline entity_range urls(std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept {
    return {text, entity_filter::urls};
}
template <class T, detail::if_dangling<T> = 0>
entity_range urls(T&& text) = delete;
// extractHashtagsWithIndices (hashtags overlapping a URL are dropped)
[[nodiscard]] inline entity_range hashtags(std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept {
    return {text, entity_filter::hashtags};
}
template <class T, detail::if_dangling<T> = 0>
entity_range hashtags(T&& text) = delete;
// extractCashtagsWithIndices
[[nodiscard]] inline entity_range cashtags(std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept {
    return {text, entity_filter::cashtags};
}
template <class T, detail::if_dangling<T> = 0>
entity_range cashtags(T&& text) = delete;

// extractReplies: /^(?:spaces)*[@＠]([a-zA-Z0-9_]{1,20})/ not followed by
// endMentionMatch. Empty if the text is not a reply.
template <class T, detail::if_dangling<T> = 0>
std::string_view reply_screen_name(T&& text) = delete;
[[nodiscard]] inline std::string_view reply_screen_name(
    std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept {
    const detail::entities::text_ref t(text);
    std::uint32_t i = 0;
    while (i < t.n) {
        const detail::entities::cp_len c = detail::entities::decode(t, i);
        if (!detail::entities::is_tw_space(c.cp)) break;
        i += c.len;
    }
    if (i >= t.n) return {};
    const std::uint32_t alen = detail::entities::at_sign(t, i);
    if (alen == 0) return {};
    const std::uint32_t q = i + alen;
    const std::uint32_t k = detail::entities::name_at(t, q, 20);
    if (k == 0 || detail::entities::end_mention_match(t, q + k)) return {};
    return text.substr(q, k);
}

// Old-style retweet "RT @name: ..." at the very start of the text. Not part of
// twitter-text 3. Accepted: "RT" + one space + '@' or '＠' + [A-Za-z0-9_]{1,20},
// then ':' or whitespace or the end of the text (the archive has two manual
// retweets without a colon, "RT @user text", which are retweets too).
template <class T, detail::if_dangling<T> = 0>
std::string_view retweeted_screen_name(T&& text) = delete;
[[nodiscard]] inline std::string_view retweeted_screen_name(
    std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept {
    const detail::entities::text_ref t(text);
    if (t.n < 5 || t.s[0] != 'R' || t.s[1] != 'T' || t.s[2] != ' ') return {};
    const std::uint32_t alen = detail::entities::at_sign(t, 3);
    if (alen == 0) return {};
    const std::uint32_t q = 3 + alen;
    const std::uint32_t k = detail::entities::name_at(t, q, 21);
    if (k == 0 || k > 20) return {};
    const std::uint32_t e = q + k;
    if (e < t.n && t.s[e] != ':' && !detail::entities::ascii_has(t.s[e], detail::entities::f_space))
        return {};
    return text.substr(q, k);
}
[[nodiscard]] inline bool is_retweet(std::string_view text) noexcept {
    return !retweeted_screen_name(text).empty();
}

inline std::string_view entity::value(std::string_view text) const noexcept {
    const std::string_view s = span(text);
    if (s.empty() || kind == entity_kind::url) return s;
    std::size_t skip = 1;
    if (static_cast<unsigned char>(s[0]) == 0xEF) skip = 3;  // ＠ ＃
    if (skip > s.size()) return {};
    std::string_view v = s.substr(skip);
    if (kind == entity_kind::mention) {
        const std::size_t slash = v.find('/');
        if (slash != std::string_view::npos) v = v.substr(0, slash);
    }
    return v;
}

inline std::string_view entity::list_slug(std::string_view text) const noexcept {
    if (kind != entity_kind::mention) return {};
    const std::string_view s = span(text);
    const std::size_t slash = s.find('/');
    return slash == std::string_view::npos ? std::string_view{} : s.substr(slash);
}

// Byte offset -> code point index / UTF-16 index. Queries with increasing
// offsets cost O(total bytes) together; a smaller offset restarts from 0.
// An offset inside a code point counts that code point as passed.
class index_converter {
public:
    explicit index_converter(std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept : t_(text) {}
    template <class T, detail::if_dangling<T> = 0>
    explicit index_converter(T&& text) = delete;
    [[nodiscard]] std::uint32_t code_points(std::uint32_t byte_offset) noexcept {
        seek(byte_offset);
        return n_.code_points;
    }
    [[nodiscard]] std::uint32_t utf16(std::uint32_t byte_offset) noexcept {
        seek(byte_offset);
        return n_.utf16_units;
    }

private:
    void seek(std::uint32_t b) noexcept {
        if (b > t_.n) b = t_.n;
        if (b < byte_) byte_ = 0, n_ = {};
        const char* const s = reinterpret_cast<const char*>(t_.s);
        byte_ = static_cast<std::uint32_t>(detail::count_utf8(s + byte_, s + b, s + t_.n, n_) - s);
    }
    detail::entities::text_ref t_;
    std::uint32_t byte_ = 0;
    detail::utf8_counts n_;
};

// ---- 7. Text transforms: repair (HTML entities, mojibake) and Markdown ------------------------------------
// Tweet texts are stored HTML-escaped, and many archives went through a tool that read UTF-8 as
// Mac Roman or Windows-1252 and wrote UTF-8 again ("ü§£" for 🤣). repair() undoes both into a
// caller's buffer: allocation-free, never longer than its input, touching only runs that map
// back to valid multi-byte UTF-8. The rules and their evidence are described at each piece.

// ---- Public types -----------------------------------------------------------------------------------------

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
namespace repair {

// ---- Byte scanning: first byte >= 0x80 (if `high`) or == '&' (if `amp`). ----------------------------------

// Built on the searches of the SIMD layer (section 2).
[[nodiscard]] inline const char* find_special(const char* p, const char* e, bool high,
                                                  bool amp) noexcept {
    if (high) return amp ? find_non_ascii_or(p, e, '&') : find_non_ascii(p, e);
    return amp ? find_byte(p, e, '&') : e;
}

// ---- UTF-8 primitives -------------------------------------------------------------------------------------

inline constexpr std::uint32_t bad_cp = 0xFFFFFFFFu;

struct decoded {
    std::uint32_t cp;  // bad_cp if the bytes are not a well-formed character
    std::size_t len;   // bytes consumed (1 for an ill-formed byte)
};

// Strict decoding of one character at p (p < e).
[[nodiscard]] inline decoded decode(const unsigned char* p, const unsigned char* e) noexcept {
    const utf8_decoded d = decode_utf8(reinterpret_cast<const char*>(p), reinterpret_cast<const char*>(e));
    if (!d.valid) return {bad_cp, 1};
    return {static_cast<std::uint32_t>(d.code_point), d.length};
}

// ---- Single-byte code pages (upper halves). Lower halves are ASCII in both. -------------------------------

// The two families a run can have come through.
enum class family : unsigned char { macroman = 0, windows = 1 };

// Reverse lookup entry for code points >= U+0100: the byte each family maps to it (0 = none).
struct rev_hi {
    std::uint16_t cp;
    unsigned char mac;
    unsigned char win;
};

// Lookups in generated tables (section 9, at the end of the file).
// The byte that family `enc` decoded to code point `cp`, or 0. For the
// Windows family U+0080..U+00FF map to themselves (Latin-1, which also
// covers the cp1252 C1 passthroughs); Mac Roman has its own table.
[[nodiscard]] inline unsigned byte_of(std::uint32_t cp, family enc) noexcept;
// The character a C1 numeric reference (&#128; .. &#159;) stands for in HTML5 (cp1252).
inline std::uint32_t cp1252_c1(std::uint32_t v) noexcept;

// ---- Mojibake units and runs ------------------------------------------------------------------------------

// One step through a run: either a character kept as it is (n == 0) or a
// mojibaked sequence of n characters whose bytes b[0..n) are well-formed
// UTF-8 (and are the repaired text).
struct unit {
    std::size_t in_len;
    unsigned n;
    char b[4];
};

[[nodiscard]] inline unit next_unit(const unsigned char* p, const unsigned char* e,
                                            family enc) noexcept {
    const decoded first = decode(p, e);
    unit u{first.len, 0, {}};
    if (first.cp == bad_cp) return u;
    const unsigned b0 = byte_of(first.cp, enc);
    const unsigned n = utf8_sequence_length(b0);
    if (n < 2) return u;
    unsigned char bytes[4] = {static_cast<unsigned char>(b0), 0, 0, 0};
    const unsigned char* q = p + first.len;
    for (unsigned k = 1; k < n; ++k) {
        if (q >= e) return u;  // truncated at the end of the run: keep
        const decoded c = decode(q, e);
        if (c.cp == bad_cp) return u;
        const unsigned b = byte_of(c.cp, enc);
        if (b < 0x80 || b > 0xBF) return u;
        bytes[k] = static_cast<unsigned char>(b);
        q += c.len;
    }
    if (!utf8_second_byte_ok(bytes[0], bytes[1])) return u;
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
struct usual_range {
    std::uint32_t lo, hi;
};
inline constexpr usual_range usual_blocks[] = {
    {0x00A0, 0x024F},   {0x0370, 0x03FF},   {0x0400, 0x04FF},   {0x05D0, 0x05EA},
    {0x0620, 0x064A},   {0x0660, 0x0669},   {0x0671, 0x06D3},   {0x0900, 0x0DFF},
    {0x0E00, 0x0E7F},   {0x1E00, 0x1EFF},   {0x2000, 0x206F},   {0x20A0, 0x20CF},
    {0x2100, 0x27BF},   {0x2900, 0x2BFF},   {0x3000, 0x30FF},   {0x3130, 0x318F},
    {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xAC00, 0xD7A3},   {0xFE00, 0xFE0F},
    {0xFF00, 0xFFEF},   {0x10000, 0x3FFFF},   {0xE0000, 0xE01EF},
};

[[nodiscard]] inline bool is_usual(std::uint32_t cp) noexcept {
    for (const usual_range& r : usual_blocks)
        if (cp >= r.lo && cp <= r.hi) return true;
    return false;
}

struct reading {
    std::size_t score;  // 0: the family repairs nothing in the run
    std::size_t usual;  // repaired sequences that decode to a usual character
};

// How well family `enc` explains [p, e): each repaired sequence of n
// characters scores 2n if it decodes to a usual character, n otherwise.
[[nodiscard]] inline reading read_run(const unsigned char* p, const unsigned char* e,
                                          family enc) noexcept {
    reading r{0, 0};
    while (p < e) {
        const unit u = next_unit(p, e, enc);
        if (u.n != 0) {
            const auto* b = reinterpret_cast<const unsigned char*>(u.b);
            const std::uint32_t cp = decode(b, b + u.n).cp;
            const bool usual = is_usual(cp);
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
[[nodiscard]] inline bool choose(const unsigned char* p, const unsigned char* e,
                                     family& enc) noexcept {
    const reading mac = read_run(p, e, family::macroman);
    const reading win = read_run(p, e, family::windows);
    enc = mac.score > win.score ? family::macroman : family::windows;
    return (enc == family::macroman ? mac.usual : win.usual) != 0;
}

// One repair layer over a run, written to out. `out` may equal `p` (or lie
// before it): every unit is read before it is written and output never
// outgrows input. Returns bytes written.
inline std::size_t layer(const unsigned char* p, const unsigned char* e, family enc,
                             char* out) noexcept {
    char* w = out;
    while (p < e) {
        const unit u = next_unit(p, e, enc);
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
inline constexpr std::size_t layer_cap = 4096;

struct run_result {
    unsigned layers;  // 0: untouched
    family first;    // family of the first layer (if layers > 0)
};

// Repairs one run [p, e) and hands the result to sink.put(const char*, size_t).
//
// The run rule is applied to the whole run again until it repairs nothing:
// the result is a fixed point, which is what makes repair idempotent (and
// makes repair(mojibake(x)) equal repair(x)). Each layer shrinks the run.
template <class Sink>
run_result run(const char* p0, const char* e0, Sink& sink) {
    const auto* p = reinterpret_cast<const unsigned char*>(p0);
    const auto* e = reinterpret_cast<const unsigned char*>(e0);
    family enc{};
    if (!choose(p, e, enc)) {
        sink.put(p0, static_cast<std::size_t>(e0 - p0));
        return {0, enc};
    }
    const std::size_t n = static_cast<std::size_t>(e - p);
    if (n > layer_cap) {  // one layer, streamed
        while (p < e) {
            const unit u = next_unit(p, e, enc);
            if (u.n == 0)
                sink.put(reinterpret_cast<const char*>(p), u.in_len);
            else
                sink.put(u.b, u.n);
            p += u.in_len;
        }
        return {1, enc};
    }
    char buf[layer_cap];
    const auto* ub = reinterpret_cast<const unsigned char*>(buf);
    std::size_t len = layer(p, e, enc, buf);
    run_result r{1, enc};
    family next{};
    while (choose(ub, ub + len, next)) {
        len = layer(ub, ub + len, next, buf);
        ++r.layers;
    }
    sink.put(buf, len);
    return r;
}

[[nodiscard]] inline const char* run_end(const char* p, const char* e) noexcept {
    while (p < e && static_cast<unsigned char>(*p) >= 0x80) ++p;
    return p;
}

// ---- HTML entities ----------------------------------------------------------------------------------------

struct html_entity {
    std::size_t consumed;  // 0: not an entity, leave '&' as it is
    unsigned n;            // bytes in b
    char b[4];
};

[[nodiscard]] constexpr bool starts(const char* p, const char* e, std::string_view s) noexcept {
    if (static_cast<std::size_t>(e - p) < s.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (p[i] != s[i]) return false;
    return true;
}

// Parses an entity at p (*p == '&').
[[nodiscard]] inline html_entity parse_html_entity(const char* p, const char* e) noexcept {
    html_entity r{0, 0, {}};
    const char* q = p + 1;
    if (q >= e) return r;
    if (*q != '#') {
        struct named {
            std::string_view name;
            char c;
        };
        constexpr named names[] = {
            {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
        for (const named& nm : names)
            if (starts(q, e, nm.name)) {
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
        v = cp1252_c1(v);  // HTML5: C1 references mean cp1252
    r.n = encode_utf8(v, r.b);
    return r;
}

// ---- The engine -------------------------------------------------------------------------------------------
// One pass, ASCII copied in bulk, '&' and non-ASCII runs handled.
// Mojibake repair touches only runs of bytes >= 0x80 and entities are pure
// ASCII, so the two never interact. Mojibake comes first so that characters written as
// references (&#195;&#169;) are never taken for mojibake once decoded.

template <class Sink>
void engine(std::string_view in, repair_flags flags, Sink& sink) {
    const bool html = has_flag(flags, repair_flags::html);
    const bool moj = has_flag(flags, repair_flags::mojibake);
    const char* p = in.data();
    const char* const e = p + in.size();
    while (p < e) {
        const char* q = find_special(p, e, moj, html);
        if (q != p) sink.put(p, static_cast<std::size_t>(q - p));
        if (q == e) return;
        p = q;
        if (*p == '&') {
            const html_entity ent = parse_html_entity(p, e);
            if (ent.consumed != 0) {
                sink.put(ent.b, ent.n);
                p += ent.consumed;
            } else {
                sink.put(p, 1);
                ++p;
            }
        } else {
            const char* t = run_end(p, e);
            (void)run(p, t, sink);
            p = t;
        }
    }
}

struct ptr_sink {  // may write over its own input (w never passes the reader)
    char* w;
    void put(const char* s, std::size_t n) noexcept {
        if (s != w) std::memmove(w, s, n);
        w += n;
    }
};

template <class OutputIt>
struct iter_sink {
    OutputIt out;
    void put(const char* s, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) *out++ = s[i];
    }
};

struct count_sink {
    std::size_t n = 0;
    void put(const char*, std::size_t k) noexcept { n += k; }
};

}  // namespace repair
}  // namespace detail

// ---- Public API -------------------------------------------------------------------------------------------

// Decoding never produces more bytes than it reads.
[[nodiscard]] constexpr std::size_t decode_html_bound(std::size_t n) noexcept { return n; }
// Mojibake repair never produces more bytes than it reads.
[[nodiscard]] constexpr std::size_t repair_mojibake_bound(std::size_t n) noexcept { return n; }
[[nodiscard]] constexpr std::size_t repair_bound(std::size_t n) noexcept { return n; }

// Full repair into out (room for repair_bound(in.size()) bytes; out may be
// in.data() itself for in-place repair, but must not otherwise overlap).
// Returns bytes written.
[[nodiscard]] inline std::size_t repair(std::string_view in, char* out,
                                        repair_flags flags = repair_flags::all) noexcept {
    detail::repair::ptr_sink s{out};
    detail::repair::engine(in, flags, s);
    return static_cast<std::size_t>(s.w - out);
}

template <class OutputIt>
OutputIt repair(std::string_view in, OutputIt out, repair_flags flags = repair_flags::all) {
    detail::repair::iter_sink<OutputIt> s{out};
    detail::repair::engine(in, flags, s);
    return s.out;
}

// &amp; &lt; &gt; &quot; &apos; and numeric references &#N; &#xH; (README: Text repair).
[[nodiscard]] inline std::size_t decode_html(std::string_view in, char* out) noexcept {
    return repair(in, out, repair_flags::html);
}
template <class OutputIt>
OutputIt decode_html(std::string_view in, OutputIt out) {
    return repair(in, out, repair_flags::html);
}

[[nodiscard]] inline std::size_t repair_mojibake(std::string_view in, char* out) noexcept {
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
        p = detail::repair::find_special(p, e, moj, html);
        if (p == e) return false;
        if (*p == '&') {
            if (detail::repair::parse_html_entity(p, e).consumed != 0) return true;
            ++p;
        } else {
            const char* t = detail::repair::run_end(p, e);
            detail::repair::family enc{};
            if (detail::repair::choose(reinterpret_cast<const unsigned char*>(p),
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
    explicit repair_offset_map(std::string_view raw TWEETVIEW_LIFETIMEBOUND,
                               repair_flags flags = repair_flags::all) noexcept
        : raw_(raw), flags_(flags) {}
    template <class T, detail::if_dangling<T> = 0>
    explicit repair_offset_map(T&& raw, repair_flags flags = repair_flags::all) = delete;

    [[nodiscard]] std::size_t operator()(std::size_t raw_offset) noexcept {
        if (raw_offset > raw_.size()) raw_offset = raw_.size();
        if (raw_offset < r_) r_ = w_ = 0;
        const bool html = has_flag(flags_, repair_flags::html);
        const bool moj = has_flag(flags_, repair_flags::mojibake);
        const char* const b = raw_.data();
        const char* const e = b + raw_.size();
        while (r_ < raw_offset) {
            const char* p = b + r_;
            const char* q = detail::repair::find_special(p, b + raw_offset, moj, html);
            w_ += static_cast<std::size_t>(q - p);
            r_ = static_cast<std::size_t>(q - b);
            if (r_ == raw_offset) break;
            if (*q == '&') {
                const detail::repair::html_entity ent = detail::repair::parse_html_entity(q, e);
                const std::size_t in_len = ent.consumed != 0 ? ent.consumed : 1;
                if (r_ + in_len > raw_offset) return w_;  // inside the entity
                w_ += ent.consumed != 0 ? ent.n : 1;
                r_ += in_len;
                continue;
            }
            // A run of non-ASCII bytes: repaired as a whole, once (the last one is remembered, so
            // that many queries inside one long run cost one pass over it, not one each).
            if (run_b_ != r_) {
                const char* t = detail::repair::run_end(q, e);
                detail::repair::count_sink cnt;
                run_rr_ = detail::repair::run(q, t, cnt);
                run_b_ = r_;
                run_e_ = static_cast<std::size_t>(t - b);
                run_n_ = cnt.n;
                cur_r_ = r_;
                cur_w_ = w_;
            }
            if (run_e_ <= raw_offset) {
                w_ += run_n_;
                r_ = run_e_;
                continue;
            }
            // The offset falls inside this run; leave the cursors at its start.
            if (run_rr_.layers == 0) return w_ + (raw_offset - r_);
            if (run_rr_.layers > 1) return w_;
            if (raw_offset < cur_r_) cur_r_ = r_, cur_w_ = w_;
            const auto* up = reinterpret_cast<const unsigned char*>(b + cur_r_);
            const auto* ue = reinterpret_cast<const unsigned char*>(b + run_e_);
            const auto* target = reinterpret_cast<const unsigned char*>(b + raw_offset);
            std::size_t w = cur_w_;
            while (up < ue) {
                const detail::repair::unit u = detail::repair::next_unit(up, ue, run_rr_.first);
                if (up + u.in_len > target) break;
                w += u.n == 0 ? u.in_len : u.n;
                up += u.in_len;
            }
            cur_r_ = static_cast<std::size_t>(reinterpret_cast<const char*>(up) - b);
            cur_w_ = w;
            return w;
        }
        return w_;
    }

private:
    std::string_view raw_;
    repair_flags flags_;
    std::size_t r_ = 0;  // raw offset reached (always a unit boundary)
    std::size_t w_ = 0;  // its repaired offset
    // The last run looked into: where it starts and ends, how it repairs, its repaired size, and
    // how far into it the last query walked (a unit boundary and its repaired offset).
    std::size_t run_b_ = static_cast<std::size_t>(-1), run_e_ = 0, run_n_ = 0, cur_r_ = 0, cur_w_ = 0;
    detail::repair::run_result run_rr_{};
};

// ---- Markdown: unquote, unescape and escape ---------------------------------------------------------------
// Markdown, F08 and later. twitter-archive-parser quoted every body line with "> " (F08 on) and,
// from F10 on, escaped Markdown first: a backslash before each of \_*[]()~`>#+-=|{}.! and two
// spaces before each line break; media markup went in after escaping, unescaped. These undo it
// into a caller's buffer; the tweet view keeps the stored bytes. Output never outgrows input
// (escape_markdown, which does the escaping, aside).

namespace detail {
namespace markdown {

// One pass over `text`: per line, drop the "> " quote (unquote), then the escaping (unescape).
template <class Sink>
void markdown_engine(std::string_view text, bool unquote, bool unescape, Sink& sink) {
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        const line_span ln = line_at(p, end);
        const char* const line_end = ln.text_end;
        const char* q = p;
        if (unquote) {
            if (starts_with(q, line_end, "> ")) q += 2;
            else if (line_end - q == 1 && *q == '>') q += 1;  // an empty quoted line whose space was trimmed
        }
        const char* content_end = line_end;
        if (unescape && ln.has_break() && content_end - q >= 2 && content_end[-1] == ' ' &&
            content_end[-2] == ' ')
            content_end -= 2;
        if (!unescape) {
            sink.put(q, static_cast<std::size_t>(content_end - q));
        } else {
            const char* run = q;
            while (q < content_end) {
                const char* m = skip_media_markup(q, content_end);
                if (m != q) {
                    q = m;
                } else if (escaped_at(q, content_end)) {
                    sink.put(run, static_cast<std::size_t>(q - run));
                    run = ++q;  // keep the escaped character, drop the backslash
                    ++q;
                } else {
                    ++q;
                }
            }
            sink.put(run, static_cast<std::size_t>(content_end - run));
        }
        if (!ln.has_break()) break;
        sink.put(line_end, static_cast<std::size_t>(ln.next - line_end));  // the line break as stored
        p = ln.next;
    }
}

// escape_markdown, a byte at a time: one table load for the common byte, which it leaves as it is.
template <class OutputIt>
OutputIt escape_markdown_into(std::string_view text, OutputIt out) {
    for (const char c : text) {
        const markdown_escape e = markdown_escape_of(c);
        if (e != markdown_escape::none) {
            if (e == markdown_escape::backslash) {
                *out++ = '\\';
            } else {
                *out++ = ' ';
                *out++ = ' ';
            }
        }
        *out++ = c;
    }
    return out;
}

}  // namespace markdown
using namespace markdown;
}  // namespace detail

[[nodiscard]] constexpr std::size_t markdown_bound(std::size_t n) noexcept { return n; }

// Removes the "> " before every line (F08 and later). Returns the bytes written.
[[nodiscard]] inline std::size_t unquote(std::string_view text, char* out) noexcept {
    detail::repair::ptr_sink s{out};
    detail::markdown_engine(text, true, false, s);
    return static_cast<std::size_t>(s.w - out);
}
template <class OutputIt>
OutputIt unquote(std::string_view text, OutputIt out) {
    detail::repair::iter_sink<OutputIt> s{out};
    detail::markdown_engine(text, true, false, s);
    return s.out;
}

// Undoes escape_markdown (F10, F11): drops a backslash before an escapable character and the two
// spaces before each line break; media markup is left as it is. Returns the bytes written.
[[nodiscard]] inline std::size_t unescape_markdown(std::string_view text, char* out) noexcept {
    detail::repair::ptr_sink s{out};
    detail::markdown_engine(text, false, true, s);
    return static_cast<std::size_t>(s.w - out);
}
template <class OutputIt>
OutputIt unescape_markdown(std::string_view text, OutputIt out) {
    detail::repair::iter_sink<OutputIt> s{out};
    detail::markdown_engine(text, false, true, s);
    return s.out;
}

// twitter-archive-parser's escape_markdown (F10, F11): a backslash before each escapable
// character (\_*[]()~`>#+-=|{}.!) and two spaces before each "\n", to any text: unlike the
// writer (format_text), it leaves nothing out, media markup included (which then is markup no
// more, so unescape_markdown undoes all of it). Output room: at most 3 * text.size() bytes.
// Returns the bytes written.
[[nodiscard]] inline std::size_t escape_markdown(std::string_view text, char* out) noexcept {
    return static_cast<std::size_t>(detail::escape_markdown_into(text, out) - out);
}
template <class OutputIt>
OutputIt escape_markdown(std::string_view text, OutputIt out) {
    return detail::escape_markdown_into(text, out);
}

// Whether a flavour quotes bodies, and whether it escapes Markdown (flavour_table).
[[nodiscard]] constexpr bool quotes_text(flavour f) noexcept { return traits(f).quoted; }
[[nodiscard]] constexpr bool escapes_text(flavour f) noexcept { return traits(f).escaped; }

// The text as its author wrote it (up to the writer's own losses, see README): the stored text
// unquoted and unescaped as its flavour requires, in one pass. Bound: t.text.size().
[[nodiscard]] inline std::size_t author_text(const tweet& t, char* out) noexcept {
    detail::repair::ptr_sink s{out};
    detail::markdown_engine(t.text, quotes_text(t.flavour), escapes_text(t.flavour), s);
    return static_cast<std::size_t>(s.w - out);
}
template <class OutputIt>
OutputIt author_text(const tweet& t, OutputIt out) {
    detail::repair::iter_sink<OutputIt> s{out};
    detail::markdown_engine(t.text, quotes_text(t.flavour), escapes_text(t.flavour), s);
    return s.out;
}

// Media in a text: "![](PATH)" images and "<video ...><source src="PATH">...</video>" videos
// (F04b to F07 follow a video with a line holding its path again; it belongs to the span).
enum class media_kind : std::uint8_t { image, video };

struct media_span {
    media_kind kind;
    std::uint32_t begin, end;            // the markup, bytes into the text
    std::uint32_t path_begin, path_end;  // its path
    [[nodiscard]] std::string_view span(std::string_view text) const noexcept {
        return text.substr(begin, end - begin);
    }
    [[nodiscard]] std::string_view path(std::string_view text) const noexcept {
        return text.substr(path_begin, path_end - path_begin);
    }
};

namespace detail {
namespace markdown {

// The media span starting at p, if any.
inline bool media_at(const char* base, const char* p, const char* end, media_span& m) noexcept {
    auto off = [base](const char* x) { return static_cast<std::uint32_t>(x - base); };
    const char* after = skip_media_markup(p, end);
    if (after == p) return false;
    if (*p == '!') {
        m = media_span{media_kind::image, off(p), off(after), off(p + 4), off(after - 1)};
        return true;
    }
    constexpr std::string_view src = "src=\"";
    const char* s = p;
    while (s < after && !starts_with(s, after, src)) ++s;
    if (s == after) return false;
    const char* path = s + src.size();
    const char* path_end = find_byte(path, after, '"');
    if (path_end == after) return false;  // src="... never closed: not a video the writer made
    m = media_span{media_kind::video, off(p), off(after), off(path), off(path_end)};
    // F04b-F07: the path again on the next line.
    const std::string_view path_text(path, static_cast<std::size_t>(path_end - path));
    if (const std::size_t nl = line_break_at(after, end)) {
        const char* q = after + nl;
        if (starts_with(q, end, path_text) &&
            (q + path_text.size() == end || q[path_text.size()] == '\n' || q[path_text.size()] == '\r')) {
            m.end = off(q + path_text.size());
        }
    }
    return true;
}

}  // namespace markdown
using namespace markdown;
}  // namespace detail

// The media spans of a text, in order. Lazy; allocates nothing.
class media_range {
public:
    class iterator {
    public:
        using value_type = media_span;
        using difference_type = std::ptrdiff_t;
        using reference = const media_span&;
        using pointer = const media_span*;
        using iterator_category = std::forward_iterator_tag;
        iterator() = default;
        reference operator*() const noexcept { return cur_; }
        pointer operator->() const noexcept { return &cur_; }
        iterator& operator++() noexcept {
            next();
            return *this;
        }
        iterator operator++(int) noexcept {
            iterator old = *this;
            next();
            return old;
        }
        friend bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.done_ == b.done_ && (a.done_ || a.cur_.begin == b.cur_.begin);
        }
        friend bool operator!=(const iterator& a, const iterator& b) noexcept { return !(a == b); }

    private:
        friend class media_range;
        explicit iterator(std::string_view text) noexcept : text_(text), at_(0), done_(false) { next(); }
        void next() noexcept {
            const char* const base = text_.data();
            const char* const end = base + text_.size();
            const char* p = base + at_;
            while (p < end) {
                const char* bang = detail::find_byte(p, end, '!');
                const char* lt = detail::find_byte(p, bang, '<');
                const char* c = lt < bang ? lt : bang;
                if (c == end) break;
                if (detail::media_at(base, c, end, cur_)) {
                    at_ = cur_.end;
                    return;
                }
                p = c + 1;
            }
            done_ = true;
        }
        std::string_view text_;
        std::uint32_t at_ = 0;
        media_span cur_{};
        bool done_ = true;
    };
    explicit media_range(std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept : text_(text) {}
    template <class T, detail::if_dangling<T> = 0>
    explicit media_range(T&& text) = delete;
    [[nodiscard]] iterator begin() const noexcept { return iterator(text_); }
    [[nodiscard]] iterator end() const noexcept { return iterator(); }

private:
    std::string_view text_;
};

[[nodiscard]] inline media_range media(std::string_view text TWEETVIEW_LIFETIMEBOUND) noexcept {
    return media_range(text);
}
template <class T, detail::if_dangling<T> = 0>
media_range media(T&& text) = delete;

// ---- 8. Writing -------------------------------------------------------------------------------------------
// A tweet back into Markdown of any flavour, into an output iterator. Writing every record of a
// file in its own flavour gives the file back byte for byte (the tests check every flavour
// output and the real archive); writing in another flavour converts it (`format_text` turns an
// author's text into what that flavour stores).

namespace detail {
namespace writing {

// A media path split into its folder and its file name "ID-NAME": the folder is the longest
// that flavour_table names and the path starts with, if the rest is a file name (B5 wrote
// "./media" + name, without the slash); otherwise everything up to the last '/'.
struct media_path {
    std::string_view dir, name;
};
constexpr media_path split_media_path(std::string_view path) noexcept {
    std::size_t dir = 0;
    for (const flavour_traits& row : flavour_table) {
        for (const std::string_view d : {row.media_dir, row.media_dir_also}) {
            if (d.size() > dir && path.substr(0, d.size()) == d &&
                path.find('/', d.size()) == std::string_view::npos)
                dir = d.size();
        }
    }
    if (dir == 0) dir = path.rfind('/') + 1;  // (npos + 1 == 0)
    return {path.substr(0, dir), path.substr(dir)};
}

// The folder flavour `to` links media of folder `dir` to: `dir` itself if `to`'s archives use it
// (converting a file to its own flavour leaves its links as they are), else `to`'s own.
constexpr std::string_view media_dir_for(const flavour_traits& to, std::string_view dir) noexcept {
    return dir == to.media_dir || (!to.media_dir_also.empty() && dir == to.media_dir_also) ? dir
                                                                                           : to.media_dir;
}

template <class OutputIt>
OutputIt put(OutputIt out, std::string_view s) {
    for (char c : s) *out++ = c;
    return out;
}

// s with each "\n" written as `eol` (s's own "\r\n" stays one line break).
template <class OutputIt>
OutputIt put_lines(OutputIt out, std::string_view s, std::string_view eol) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
        if (s[i] == '\n') out = put(out, eol);
        else *out++ = s[i];
    }
    return out;
}

}  // namespace writing
using namespace writing;
}  // namespace detail

// Writes records in one flavour. Call write() for each tweet in order.
class writer {
public:
    explicit writer(flavour f, line_ending eol = line_ending::lf) noexcept
        : flavour_(f), spec_(&traits(f)), eol_(detail::eol_str(eol)) {}

    // One record: the reply header (flavours that have one, when `t` has one), `stored_text`
    // (the text as this flavour stores it: t.text when writing in t's own flavour), the footer,
    // and the separators this flavour puts around records.
    template <class OutputIt>
    OutputIt write(const tweet& t, std::string_view stored_text, OutputIt out) {
        return write(t, stored_text, t.reply_names, out);
    }
    // The same with the reply header's names given as this flavour writes them.
    template <class OutputIt>
    OutputIt write(const tweet& t, std::string_view stored_text, std::string_view reply_names, OutputIt out) {
        const std::string_view sep =
            separator_text(spec_->separator, eol_.size() == 2 ? line_ending::crlf : line_ending::lf);
        if (spec_->place == separator_place::leading || (spec_->place == separator_place::joined && !first_))
            out = detail::put(out, sep);
        first_ = false;
        if (spec_->reply_header && t.in_reply_to_status_id != 0) {
            out = detail::put(out, "Replying to [");
            out = detail::put(out, reply_names);
            out = detail::put(out, "](https://twitter.com/");
            out = detail::put(out, t.in_reply_to_screen_name);
            out = detail::put(out, "/status/");
            out = put_id(out, t.in_reply_to_status_id);
            out = detail::put(out, ")");
            out = detail::put(out, eol_);
            out = detail::put(out, eol_);
        }
        out = detail::put(out, stored_text);
        out = detail::put(out, eol_);
        out = detail::put(out, eol_);
        out = detail::put(out, spec_->footer_prefix);
        out = detail::put(out, "[");
        out = detail::put(out, t.created_at);
        out = detail::put(out, "](");
        out = detail::put(out, t.url);
        out = detail::put(out, ")");
        out = detail::put(out, spec_->footer_suffix);
        if (spec_->place == separator_place::trailing) out = detail::put(out, sep);
        return out;
    }
    template <class OutputIt>
    OutputIt write(const tweet& t, OutputIt out) {
        return write(t, t.text, out);
    }
    [[nodiscard]] flavour target() const noexcept { return flavour_; }

private:
    template <class OutputIt>
    static OutputIt put_id(OutputIt out, std::uint64_t id) {
        char digits[20];
        int n = 0;
        do {
            digits[n++] = static_cast<char>('0' + id % 10);
            id /= 10;
        } while (id != 0);
        while (n > 0) *out++ = digits[--n];
        return out;
    }
    flavour flavour_;
    const flavour_traits* spec_;
    std::string_view eol_;
    bool first_ = true;
};

// An author's text (as author_text gives it) as flavour `to` stores it: media markup pointed
// at `to`'s media folder (and a video's path line added or dropped), Markdown escaped (F10, F11)
// and quoted (F08 and later), line breaks as `eol`. Given the flavour the text comes from
// (`from`, when it is another), images are also moved to where `to`'s writer puts them
// (image_place): after a blank line each, or on the line of the text before them. Output may be
// longer than the input: format_text_bound gives the most it can be.
[[nodiscard]] constexpr std::size_t format_text_bound(std::size_t n) noexcept { return 8 * n + 64; }

template <class OutputIt>
OutputIt format_text(std::string_view author, flavour to, OutputIt out, line_ending eol = line_ending::lf,
                     flavour from = flavour::unknown) {
    const flavour_traits& sp = traits(to);
    const std::string_view nl = detail::eol_str(eol);
    const bool quote = sp.quoted, escape = sp.escaped;
    const image_place images = from == flavour::unknown || from == to ? image_place::as_written : sp.images;
    // Python's str.splitlines, which the writer quoted with, drops a final empty line.
    std::string_view text = author;
    if (quote) {
        if (text.size() >= 2 && text.substr(text.size() - 2) == "\r\n") text.remove_suffix(2);
        else if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    }
    if (quote) out = detail::put(out, "> ");
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        media_span m{};
        if ((*p == '!' || *p == '<') && detail::media_at(text.data(), p, end, m)) {
            const std::string_view path = m.path(text);
            const detail::media_path mp = detail::split_media_path(path);
            const std::string_view dir = detail::media_dir_for(sp, mp.dir), name = mp.name;
            // A blank line before an image (its file found or not), added as the writer added it:
            // after escaping. None before an image that is the whole text (the tweet's link was).
            if (m.kind == media_kind::image && images == image_place::own_paragraph && m.begin != 0 &&
                !detail::ends_in_blank_line(text.substr(0, m.begin))) {
                for (int k = 0; k < 2; ++k) {
                    out = detail::put(out, nl);
                    if (quote) out = detail::put(out, "> ");
                }
            }
            if (path.find("://") != std::string_view::npos) {  // a link (missing media file): as it is
                out = detail::put(out, text.substr(m.begin, m.end - m.begin));
            } else if (m.kind == media_kind::image) {
                out = detail::put(out, "![](");
                out = detail::put(out, dir);
                out = detail::put(out, name);
                out = detail::put(out, ")");
            } else {
                out = detail::put(out, text.substr(m.begin, m.path_begin - m.begin));
                out = detail::put(out, dir);
                out = detail::put(out, name);
                const std::string_view markup_end = text.substr(m.path_end);
                const std::size_t close = markup_end.find("</video>");
                out = detail::put(out, markup_end.substr(0, close + 8));
                if (sp.video_path_line) {
                    out = detail::put(out, nl);
                    out = detail::put(out, dir);
                    out = detail::put(out, name);
                }
            }
            p = text.data() + m.end;
            continue;
        }
        const char c = *p;
        if (c == '\r' && p + 1 < end && p[1] == '\n') {
            ++p;
            continue;
        }
        if (c == '\n') {
            // The writer put media markup in after escaping, with the line breaks before it:
            // those have no two spaces.
            const char* next = p + 1;
            const std::size_t second = detail::line_break_at(next, end);
            next += second;  // a blank line, then media markup?
            const bool before_media = detail::skip_media_markup(next, end) != next;
            media_span image{};
            if (images == image_place::in_line && second != 0 && before_media &&
                detail::media_at(text.data(), next, end, image) && image.kind == media_kind::image) {
                p = next;  // the image goes on this line, where the link was
                continue;
            }
            if (escape && !before_media) out = detail::put(out, "  ");
            out = detail::put(out, nl);
            if (quote) out = detail::put(out, "> ");
        } else {
            if (escape) out = detail::put_escaped(out, c);
            else *out++ = c;
        }
        ++p;
    }
    return out;
}

// Whether a flavour writes the "Replying to" header (F08 and later).
[[nodiscard]] constexpr bool has_reply_header(flavour f) noexcept { return traits(f).reply_header; }

// The reply header's names as mentions, "@a @b @c" (the header says "@a", "@a and @b" or
// "@a, @b and @c"), without the flavour's escaping.
template <class OutputIt>
OutputIt reply_mentions(const tweet& t, OutputIt out) {
    const bool escaped = escapes_text(t.flavour);
    const char* p = t.reply_names.data();
    const char* const end = p + t.reply_names.size();
    while (p < end) {
        if (detail::starts_with(p, end, " and ") || detail::starts_with(p, end, ", ")) {
            *out++ = ' ';
            p += *p == ',' ? 2 : 5;
            continue;
        }
        if (escaped && detail::escaped_at(p, end)) ++p;
        *out++ = *p++;
    }
    return out;
}

// Converting a tweet to another flavour. The author's text goes through `scratch` (at least
// convert_scratch_bound(t) bytes: nothing allocates). Leading @mentions that the source moved
// into its reply header come back into the text when `to` has no header: the header's names
// joined by spaces, unless they are just the tweet's own author (twitter-archive-parser names
// the account owner when a reply has no leading mention, as in self-threads). A flavour without
// headers cannot say a tweet was a reply, so converting from one never makes a header.
[[nodiscard]] inline std::size_t convert_scratch_bound(const tweet& t) noexcept {
    return t.text.size() + t.reply_names.size() + 2;
}

// The text as its author wrote it (author_text) with the leading @mentions of a reply that the
// writer moved into its "Replying to" header (F08 and later) put back in front: the header's
// names joined by spaces, then one space, unless they are just the tweet's own author (the
// writer names the account owner when a reply has no leading mention, as in self-threads).
// Bound: convert_scratch_bound(t). Returns the bytes written.
inline std::size_t author_full_text(const tweet& t, char* out) noexcept {
    char* w = out;
    if (t.in_reply_to_status_id != 0) {
        char* names_start = w;
        w = reply_mentions(t, w);
        const std::string_view joined(names_start, static_cast<std::size_t>(w - names_start));
        if (joined.size() == t.user.size() + 1 && joined[0] == '@' && joined.substr(1) == t.user)
            w = names_start;
        else *w++ = ' ';
    }
    w += author_text(t, w);
    return static_cast<std::size_t>(w - out);
}

template <class OutputIt>
OutputIt convert_text(const tweet& t, flavour to, char* scratch, OutputIt out,
                      line_ending eol = line_ending::lf) {
    const std::size_t n = has_reply_header(to) ? author_text(t, scratch) : author_full_text(t, scratch);
    return format_text(std::string_view(scratch, n), to, out, eol, t.flavour);
}

// The reply header's names as flavour `to` writes them (escaped for F10 and later).
template <class OutputIt>
OutputIt convert_reply_names(const tweet& t, flavour to, OutputIt out) {
    const bool from = escapes_text(t.flavour), into = escapes_text(to);
    const char* p = t.reply_names.data();
    const char* const end = p + t.reply_names.size();
    for (; p < end; ++p) {
        if (from && detail::escaped_at(p, end)) ++p;
        if (into) out = detail::put_escaped(out, *p);
        else *out++ = *p;
    }
    return out;
}

// ---- 9. Generated tables ----------------------------------------------------------------------------------
// Made by tests/tables/gen_tables.py from twitter-text's tld_lib.yml and Unicode's data files;
// the `tables` test checks that they are up to date. Do not edit between the markers by hand.
namespace detail {
namespace entities {

// BEGIN GENERATED unicode_classes
// Generated by tests/tables/gen_tables.py from Unicode 15.0.0 (UnicodeData, DerivedAge, SpecialCasing).
// hashtag classes: L*/M* (alpha) and Nd + hashtagSpecialChars of Unicode 7.0, case-closed.
inline constexpr cp_range hashtag_alpha[] = {
    {0x41, 0x5A}, {0x61, 0x7A}, {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA},
    {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x2C1}, {0x2C6, 0x2D1}, {0x2E0, 0x2E4},
    {0x2EC, 0x2EC}, {0x2EE, 0x2EE}, {0x300, 0x374}, {0x376, 0x377}, {0x37A, 0x37D},
    {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A}, {0x38C, 0x38C}, {0x38E, 0x3A1},
    {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x483, 0x52F}, {0x531, 0x556}, {0x559, 0x559},
    {0x561, 0x587}, {0x591, 0x5BD}, {0x5BF, 0x5BF}, {0x5C1, 0x5C2}, {0x5C4, 0x5C5},
    {0x5C7, 0x5C7}, {0x5D0, 0x5EA}, {0x5F0, 0x5F2}, {0x610, 0x61A}, {0x620, 0x65F},
    {0x66E, 0x6D3}, {0x6D5, 0x6DC}, {0x6DF, 0x6E8}, {0x6EA, 0x6EF}, {0x6FA, 0x6FC},
    {0x6FF, 0x6FF}, {0x710, 0x74A}, {0x74D, 0x7B1}, {0x7CA, 0x7F5}, {0x7FA, 0x7FA},
    {0x800, 0x82D}, {0x840, 0x85B}, {0x8A0, 0x8B2}, {0x8E4, 0x963}, {0x971, 0x983},
    {0x985, 0x98C}, {0x98F, 0x990}, {0x993, 0x9A8}, {0x9AA, 0x9B0}, {0x9B2, 0x9B2},
    {0x9B6, 0x9B9}, {0x9BC, 0x9C4}, {0x9C7, 0x9C8}, {0x9CB, 0x9CE}, {0x9D7, 0x9D7},
    {0x9DC, 0x9DD}, {0x9DF, 0x9E3}, {0x9F0, 0x9F1}, {0xA01, 0xA03}, {0xA05, 0xA0A},
    {0xA0F, 0xA10}, {0xA13, 0xA28}, {0xA2A, 0xA30}, {0xA32, 0xA33}, {0xA35, 0xA36},
    {0xA38, 0xA39}, {0xA3C, 0xA3C}, {0xA3E, 0xA42}, {0xA47, 0xA48}, {0xA4B, 0xA4D},
    {0xA51, 0xA51}, {0xA59, 0xA5C}, {0xA5E, 0xA5E}, {0xA70, 0xA75}, {0xA81, 0xA83},
    {0xA85, 0xA8D}, {0xA8F, 0xA91}, {0xA93, 0xAA8}, {0xAAA, 0xAB0}, {0xAB2, 0xAB3},
    {0xAB5, 0xAB9}, {0xABC, 0xAC5}, {0xAC7, 0xAC9}, {0xACB, 0xACD}, {0xAD0, 0xAD0},
    {0xAE0, 0xAE3}, {0xB01, 0xB03}, {0xB05, 0xB0C}, {0xB0F, 0xB10}, {0xB13, 0xB28},
    {0xB2A, 0xB30}, {0xB32, 0xB33}, {0xB35, 0xB39}, {0xB3C, 0xB44}, {0xB47, 0xB48},
    {0xB4B, 0xB4D}, {0xB56, 0xB57}, {0xB5C, 0xB5D}, {0xB5F, 0xB63}, {0xB71, 0xB71},
    {0xB82, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90}, {0xB92, 0xB95}, {0xB99, 0xB9A},
    {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4}, {0xBA8, 0xBAA}, {0xBAE, 0xBB9},
    {0xBBE, 0xBC2}, {0xBC6, 0xBC8}, {0xBCA, 0xBCD}, {0xBD0, 0xBD0}, {0xBD7, 0xBD7},
    {0xC00, 0xC03}, {0xC05, 0xC0C}, {0xC0E, 0xC10}, {0xC12, 0xC28}, {0xC2A, 0xC39},
    {0xC3D, 0xC44}, {0xC46, 0xC48}, {0xC4A, 0xC4D}, {0xC55, 0xC56}, {0xC58, 0xC59},
    {0xC60, 0xC63}, {0xC81, 0xC83}, {0xC85, 0xC8C}, {0xC8E, 0xC90}, {0xC92, 0xCA8},
    {0xCAA, 0xCB3}, {0xCB5, 0xCB9}, {0xCBC, 0xCC4}, {0xCC6, 0xCC8}, {0xCCA, 0xCCD},
    {0xCD5, 0xCD6}, {0xCDE, 0xCDE}, {0xCE0, 0xCE3}, {0xCF1, 0xCF2}, {0xD01, 0xD03},
    {0xD05, 0xD0C}, {0xD0E, 0xD10}, {0xD12, 0xD3A}, {0xD3D, 0xD44}, {0xD46, 0xD48},
    {0xD4A, 0xD4E}, {0xD57, 0xD57}, {0xD60, 0xD63}, {0xD7A, 0xD7F}, {0xD82, 0xD83},
    {0xD85, 0xD96}, {0xD9A, 0xDB1}, {0xDB3, 0xDBB}, {0xDBD, 0xDBD}, {0xDC0, 0xDC6},
    {0xDCA, 0xDCA}, {0xDCF, 0xDD4}, {0xDD6, 0xDD6}, {0xDD8, 0xDDF}, {0xDF2, 0xDF3},
    {0xE01, 0xE3A}, {0xE40, 0xE4E}, {0xE81, 0xE82}, {0xE84, 0xE84}, {0xE87, 0xE88},
    {0xE8A, 0xE8A}, {0xE8D, 0xE8D}, {0xE94, 0xE97}, {0xE99, 0xE9F}, {0xEA1, 0xEA3},
    {0xEA5, 0xEA5}, {0xEA7, 0xEA7}, {0xEAA, 0xEAB}, {0xEAD, 0xEB9}, {0xEBB, 0xEBD},
    {0xEC0, 0xEC4}, {0xEC6, 0xEC6}, {0xEC8, 0xECD}, {0xEDC, 0xEDF}, {0xF00, 0xF00},
    {0xF18, 0xF19}, {0xF35, 0xF35}, {0xF37, 0xF37}, {0xF39, 0xF39}, {0xF3E, 0xF47},
    {0xF49, 0xF6C}, {0xF71, 0xF84}, {0xF86, 0xF97}, {0xF99, 0xFBC}, {0xFC6, 0xFC6},
    {0x1000, 0x103F}, {0x1050, 0x108F}, {0x109A, 0x109D}, {0x10A0, 0x10C5}, {0x10C7, 0x10C7},
    {0x10CD, 0x10CD}, {0x10D0, 0x10FA}, {0x10FC, 0x1248}, {0x124A, 0x124D}, {0x1250, 0x1256},
    {0x1258, 0x1258}, {0x125A, 0x125D}, {0x1260, 0x1288}, {0x128A, 0x128D}, {0x1290, 0x12B0},
    {0x12B2, 0x12B5}, {0x12B8, 0x12BE}, {0x12C0, 0x12C0}, {0x12C2, 0x12C5}, {0x12C8, 0x12D6},
    {0x12D8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135A}, {0x135D, 0x135F}, {0x1380, 0x138F},
    {0x13A0, 0x13F4}, {0x13F8, 0x13FC}, {0x1401, 0x166C}, {0x166F, 0x167F}, {0x1681, 0x169A},
    {0x16A0, 0x16EA}, {0x16F1, 0x16F8}, {0x1700, 0x170C}, {0x170E, 0x1714}, {0x1720, 0x1734},
    {0x1740, 0x1753}, {0x1760, 0x176C}, {0x176E, 0x1770}, {0x1772, 0x1773}, {0x1780, 0x17D3},
    {0x17D7, 0x17D7}, {0x17DC, 0x17DD}, {0x180B, 0x180D}, {0x1820, 0x1877}, {0x1880, 0x18AA},
    {0x18B0, 0x18F5}, {0x1900, 0x191E}, {0x1920, 0x192B}, {0x1930, 0x193B}, {0x1950, 0x196D},
    {0x1970, 0x1974}, {0x1980, 0x19AB}, {0x19B0, 0x19C9}, {0x1A00, 0x1A1B}, {0x1A20, 0x1A5E},
    {0x1A60, 0x1A7C}, {0x1A7F, 0x1A7F}, {0x1AA7, 0x1AA7}, {0x1AB0, 0x1ABE}, {0x1B00, 0x1B4B},
    {0x1B6B, 0x1B73}, {0x1B80, 0x1BAF}, {0x1BBA, 0x1BF3}, {0x1C00, 0x1C37}, {0x1C4D, 0x1C4F},
    {0x1C5A, 0x1C7D}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA}, {0x1CBD, 0x1CBF}, {0x1CD0, 0x1CD2},
    {0x1CD4, 0x1CF6}, {0x1CF8, 0x1CF9}, {0x1D00, 0x1DF5}, {0x1DFC, 0x1F15}, {0x1F18, 0x1F1D},
    {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57}, {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B},
    {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4}, {0x1FB6, 0x1FBC}, {0x1FBE, 0x1FBE},
    {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC}, {0x1FD0, 0x1FD3}, {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC},
    {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC}, {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C},
    {0x20D0, 0x20F0}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210A, 0x2113}, {0x2115, 0x2115},
    {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212A, 0x212D},
    {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149}, {0x214E, 0x214E}, {0x2183, 0x2184},
    {0x2C00, 0x2C2E}, {0x2C30, 0x2C5E}, {0x2C60, 0x2CE4}, {0x2CEB, 0x2CF3}, {0x2D00, 0x2D25},
    {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67}, {0x2D6F, 0x2D6F}, {0x2D7F, 0x2D96},
    {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6}, {0x2DB8, 0x2DBE}, {0x2DC0, 0x2DC6},
    {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE}, {0x2DE0, 0x2DFF}, {0x2E2F, 0x2E2F},
    {0x3005, 0x3006}, {0x302A, 0x302F}, {0x3031, 0x3035}, {0x303B, 0x303C}, {0x3041, 0x3096},
    {0x3099, 0x309A}, {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FC, 0x30FF}, {0x3105, 0x312D},
    {0x3131, 0x318E}, {0x31A0, 0x31BA}, {0x31F0, 0x31FF}, {0x3400, 0x4DB5}, {0x4E00, 0x9FCC},
    {0xA000, 0xA48C}, {0xA4D0, 0xA4FD}, {0xA500, 0xA60C}, {0xA610, 0xA61F}, {0xA62A, 0xA62B},
    {0xA640, 0xA672}, {0xA674, 0xA67D}, {0xA67F, 0xA69D}, {0xA69F, 0xA6E5}, {0xA6F0, 0xA6F1},
    {0xA717, 0xA71F}, {0xA722, 0xA788}, {0xA78B, 0xA78E}, {0xA790, 0xA7AE}, {0xA7B0, 0xA7B3},
    {0xA7C4, 0xA7C6}, {0xA7F7, 0xA827}, {0xA840, 0xA873}, {0xA880, 0xA8C4}, {0xA8E0, 0xA8F7},
    {0xA8FB, 0xA8FB}, {0xA90A, 0xA92D}, {0xA930, 0xA953}, {0xA960, 0xA97C}, {0xA980, 0xA9C0},
    {0xA9CF, 0xA9CF}, {0xA9E0, 0xA9EF}, {0xA9FA, 0xA9FE}, {0xAA00, 0xAA36}, {0xAA40, 0xAA4D},
    {0xAA60, 0xAA76}, {0xAA7A, 0xAAC2}, {0xAADB, 0xAADD}, {0xAAE0, 0xAAEF}, {0xAAF2, 0xAAF6},
    {0xAB01, 0xAB06}, {0xAB09, 0xAB0E}, {0xAB11, 0xAB16}, {0xAB20, 0xAB26}, {0xAB28, 0xAB2E},
    {0xAB30, 0xAB5A}, {0xAB5C, 0xAB5F}, {0xAB64, 0xAB65}, {0xAB70, 0xABEA}, {0xABEC, 0xABED},
    {0xAC00, 0xD7A3}, {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB}, {0xF870, 0xF87F}, {0xF882, 0xF882},
    {0xF884, 0xF89F}, {0xF8B8, 0xF8B8}, {0xF8C1, 0xF8D6}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9},
    {0xFB00, 0xFB06}, {0xFB13, 0xFB17}, {0xFB1D, 0xFB28}, {0xFB2A, 0xFB36}, {0xFB38, 0xFB3C},
    {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44}, {0xFB46, 0xFBB1}, {0xFBD3, 0xFD3D},
    {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFB}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2D},
    {0xFE70, 0xFE74}, {0xFE76, 0xFEFC}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE},
    {0xFFC2, 0xFFC7}, {0xFFCA, 0xFFCF}, {0xFFD2, 0xFFD7}, {0xFFDA, 0xFFDC}, {0x10000, 0x1000B},
    {0x1000D, 0x10026}, {0x10028, 0x1003A}, {0x1003C, 0x1003D}, {0x1003F, 0x1004D}, {0x10050, 0x1005D},
    {0x10080, 0x100FA}, {0x101FD, 0x101FD}, {0x10280, 0x1029C}, {0x102A0, 0x102D0}, {0x102E0, 0x102E0},
    {0x10300, 0x1031F}, {0x10330, 0x10340}, {0x10342, 0x10349}, {0x10350, 0x1037A}, {0x10380, 0x1039D},
    {0x103A0, 0x103C3}, {0x103C8, 0x103CF}, {0x10400, 0x1049D}, {0x10500, 0x10527}, {0x10530, 0x10563},
    {0x10600, 0x10736}, {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10800, 0x10805}, {0x10808, 0x10808},
    {0x1080A, 0x10835}, {0x10837, 0x10838}, {0x1083C, 0x1083C}, {0x1083F, 0x10855}, {0x10860, 0x10876},
    {0x10880, 0x1089E}, {0x10900, 0x10915}, {0x10920, 0x10939}, {0x10980, 0x109B7}, {0x109BE, 0x109BF},
    {0x10A00, 0x10A03}, {0x10A05, 0x10A06}, {0x10A0C, 0x10A13}, {0x10A15, 0x10A17}, {0x10A19, 0x10A33},
    {0x10A38, 0x10A3A}, {0x10A3F, 0x10A3F}, {0x10A60, 0x10A7C}, {0x10A80, 0x10A9C}, {0x10AC0, 0x10AC7},
    {0x10AC9, 0x10AE6}, {0x10B00, 0x10B35}, {0x10B40, 0x10B55}, {0x10B60, 0x10B72}, {0x10B80, 0x10B91},
    {0x10C00, 0x10C48}, {0x11000, 0x11046}, {0x1107F, 0x110BA}, {0x110D0, 0x110E8}, {0x11100, 0x11134},
    {0x11150, 0x11173}, {0x11176, 0x11176}, {0x11180, 0x111C4}, {0x111DA, 0x111DA}, {0x11200, 0x11211},
    {0x11213, 0x11237}, {0x112B0, 0x112EA}, {0x11301, 0x11303}, {0x11305, 0x1130C}, {0x1130F, 0x11310},
    {0x11313, 0x11328}, {0x1132A, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133C, 0x11344},
    {0x11347, 0x11348}, {0x1134B, 0x1134D}, {0x11357, 0x11357}, {0x1135D, 0x11363}, {0x11366, 0x1136C},
    {0x11370, 0x11374}, {0x11480, 0x114C5}, {0x114C7, 0x114C7}, {0x11580, 0x115B5}, {0x115B8, 0x115C0},
    {0x11600, 0x11640}, {0x11644, 0x11644}, {0x11680, 0x116B7}, {0x118A0, 0x118DF}, {0x118FF, 0x118FF},
    {0x11AC0, 0x11AF8}, {0x12000, 0x12398}, {0x13000, 0x1342E}, {0x16800, 0x16A38}, {0x16A40, 0x16A5E},
    {0x16AD0, 0x16AED}, {0x16AF0, 0x16AF4}, {0x16B00, 0x16B36}, {0x16B40, 0x16B43}, {0x16B63, 0x16B77},
    {0x16B7D, 0x16B8F}, {0x16F00, 0x16F44}, {0x16F50, 0x16F7E}, {0x16F8F, 0x16F9F}, {0x1B000, 0x1B001},
    {0x1BC00, 0x1BC6A}, {0x1BC70, 0x1BC7C}, {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99}, {0x1BC9D, 0x1BC9E},
    {0x1D165, 0x1D169}, {0x1D16D, 0x1D172}, {0x1D17B, 0x1D182}, {0x1D185, 0x1D18B}, {0x1D1AA, 0x1D1AD},
    {0x1D242, 0x1D244}, {0x1D400, 0x1D454}, {0x1D456, 0x1D49C}, {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2},
    {0x1D4A5, 0x1D4A6}, {0x1D4A9, 0x1D4AC}, {0x1D4AE, 0x1D4B9}, {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3},
    {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514}, {0x1D516, 0x1D51C}, {0x1D51E, 0x1D539},
    {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544}, {0x1D546, 0x1D546}, {0x1D54A, 0x1D550}, {0x1D552, 0x1D6A5},
    {0x1D6A8, 0x1D6C0}, {0x1D6C2, 0x1D6DA}, {0x1D6DC, 0x1D6FA}, {0x1D6FC, 0x1D714}, {0x1D716, 0x1D734},
    {0x1D736, 0x1D74E}, {0x1D750, 0x1D76E}, {0x1D770, 0x1D788}, {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2},
    {0x1D7C4, 0x1D7CB}, {0x1E800, 0x1E8C4}, {0x1E8D0, 0x1E8D6}, {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F},
    {0x1EE21, 0x1EE22}, {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37},
    {0x1EE39, 0x1EE39}, {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42}, {0x1EE47, 0x1EE47}, {0x1EE49, 0x1EE49},
    {0x1EE4B, 0x1EE4B}, {0x1EE4D, 0x1EE4F}, {0x1EE51, 0x1EE52}, {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57},
    {0x1EE59, 0x1EE59}, {0x1EE5B, 0x1EE5B}, {0x1EE5D, 0x1EE5D}, {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62},
    {0x1EE64, 0x1EE64}, {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72}, {0x1EE74, 0x1EE77}, {0x1EE79, 0x1EE7C},
    {0x1EE7E, 0x1EE7E}, {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B}, {0x1EEA1, 0x1EEA3}, {0x1EEA5, 0x1EEA9},
    {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6D6}, {0x2A700, 0x2B734}, {0x2B740, 0x2B81D}, {0x2F800, 0x2FA1D},
    {0xE0100, 0xE01EF},
};
inline constexpr cp_range hashtag_alnum_extra[] = {
    {0x30, 0x39}, {0x5F, 0x5F}, {0xB7, 0xB7}, {0x5BE, 0x5BE}, {0x5F3, 0x5F4},
    {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9}, {0x966, 0x96F}, {0x9E6, 0x9EF},
    {0xA66, 0xA6F}, {0xAE6, 0xAEF}, {0xB66, 0xB6F}, {0xBE6, 0xBEF}, {0xC66, 0xC6F},
    {0xCE6, 0xCEF}, {0xD66, 0xD6F}, {0xDE6, 0xDEF}, {0xE50, 0xE59}, {0xED0, 0xED9},
    {0xF0B, 0xF0C}, {0xF20, 0xF29}, {0x1040, 0x1049}, {0x1090, 0x1099}, {0x17E0, 0x17E9},
    {0x1810, 0x1819}, {0x1946, 0x194F}, {0x19D0, 0x19D9}, {0x1A80, 0x1A89}, {0x1A90, 0x1A99},
    {0x1B50, 0x1B59}, {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49}, {0x1C50, 0x1C59}, {0x200C, 0x200D},
    {0x3003, 0x3003}, {0x301C, 0x301C}, {0x309B, 0x309C}, {0x30A0, 0x30A0}, {0x30FB, 0x30FB},
    {0xA620, 0xA629}, {0xA67E, 0xA67E}, {0xA8D0, 0xA8D9}, {0xA900, 0xA909}, {0xA9D0, 0xA9D9},
    {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9}, {0xFF10, 0xFF19}, {0xFF5E, 0xFF5E},
    {0x104A0, 0x104A9}, {0x11066, 0x1106F}, {0x110F0, 0x110F9}, {0x11136, 0x1113F}, {0x111D0, 0x111D9},
    {0x112F0, 0x112F9}, {0x114D0, 0x114D9}, {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x118E0, 0x118E9},
    {0x16A60, 0x16A69}, {0x16B50, 0x16B59}, {0x1D7CE, 0x1D7FF},
};
// latinAccentChars + U+0400..U+04FF, case-closed, non-ASCII (URL path characters)
inline constexpr cp_range url_path_extra[] = {
    {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x24F}, {0x253, 0x254}, {0x256, 0x257},
    {0x259, 0x259}, {0x25B, 0x25B}, {0x260, 0x260}, {0x263, 0x263}, {0x268, 0x269},
    {0x26F, 0x26F}, {0x272, 0x272}, {0x275, 0x275}, {0x280, 0x280}, {0x283, 0x283},
    {0x288, 0x28C}, {0x292, 0x292}, {0x2BB, 0x2BB}, {0x300, 0x36F}, {0x399, 0x399},
    {0x3B9, 0x3B9}, {0x400, 0x4FF}, {0x1C80, 0x1C87}, {0x1E00, 0x1EFF}, {0x1FBE, 0x1FBE},
    {0x2C65, 0x2C66}, {0x2C7E, 0x2C7F},
};
// latinAccentChars, case-closed, non-ASCII (validAsciiDomain label characters)
inline constexpr cp_range ascii_domain_extra[] = {
    {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x24F}, {0x253, 0x254}, {0x256, 0x257},
    {0x259, 0x259}, {0x25B, 0x25B}, {0x260, 0x260}, {0x263, 0x263}, {0x268, 0x269},
    {0x26F, 0x26F}, {0x272, 0x272}, {0x275, 0x275}, {0x280, 0x280}, {0x283, 0x283},
    {0x288, 0x28C}, {0x292, 0x292}, {0x2BB, 0x2BB}, {0x300, 0x36F}, {0x399, 0x399},
    {0x3B9, 0x3B9}, {0x1E00, 0x1EFF}, {0x1FBE, 0x1FBE}, {0x2C65, 0x2C66}, {0x2C7E, 0x2C7F},
};
// latinAccentChars as written (endMentionMatch, no `i` flag)
inline constexpr cp_range latin_accent[] = {
    {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0xFF}, {0x100, 0x24F}, {0x253, 0x254},
    {0x256, 0x257}, {0x259, 0x259}, {0x25B, 0x25B}, {0x263, 0x263}, {0x268, 0x268},
    {0x26F, 0x26F}, {0x272, 0x272}, {0x289, 0x289}, {0x28B, 0x28B}, {0x2BB, 0x2BB},
    {0x300, 0x36F}, {0x1E00, 0x1EFF},
};
// END GENERATED unicode_classes

// BEGIN GENERATED tld_trie
// Generated by tests/tables/gen_tables.py from tld_lib.yml: 1574 TLDs (validGTLD + validCCTLD),
// byte trie over the UTF-8 of the Canonicalize()d names; 5183 nodes, 5182 edges.
inline constexpr std::uint32_t tld_max_bytes = 33;
inline constexpr std::uint16_t tld_first_edge[] = {
    0, 46, 69, 92, 115, 131, 147, 159, 179, 194, 212, 222, 238, 255, 280, 296,
    308, 326, 330, 339, 364, 385, 397, 406, 415, 422, 427, 434, 435, 444, 445, 446,
    447, 453, 459, 460, 473, 474, 477, 481, 493, 505, 510, 514, 519, 520, 521, 522,
    524, 530, 534, 537, 540, 543, 545, 547, 548, 552, 556, 560, 561, 563, 564, 569,
    572, 574, 578, 579, 580, 581, 582, 589, 592, 594, 594, 600, 600, 600, 601, 607,
    607, 610, 612, 614, 624, 624, 628, 628, 628, 634, 634, 634, 634, 635, 644, 648,
    648, 648, 652, 654, 654, 660, 664, 664, 669, 669, 669, 678, 679, 684, 685, 686,
    686, 686, 686, 688, 688, 693, 694, 695, 702, 703, 709, 709, 709, 709, 710, 718,
    719, 720, 725, 727, 727, 729, 730, 732, 732, 732, 732, 734, 737, 739, 740, 742,
    745, 746, 748, 749, 752, 758, 761, 768, 768, 768, 772, 772, 776, 779, 780, 784,
    785, 790, 791, 792, 795, 795, 796, 796, 798, 801, 805, 805, 811, 811, 811, 815,
    815, 815, 820, 820, 820, 824, 825, 826, 829, 830, 834, 835, 835, 835, 844, 844,
    845, 846, 847, 849, 850, 853, 853, 854, 855, 856, 857, 857, 860, 868, 868, 869,
    869, 870, 873, 875, 876, 877, 879, 881, 884, 885, 887, 888, 889, 892, 894, 896,
    897, 898, 899, 900, 900, 900, 905, 905, 905, 908, 910, 912, 913, 913, 914, 914,
    921, 921, 921, 922, 927, 928, 939, 939, 941, 948, 949, 949, 949, 950, 953, 953,
    953, 962, 963, 965, 965, 973, 973, 973, 973, 978, 978, 980, 981, 981, 992, 992,
    992, 992, 993, 996, 998, 998, 998, 998, 998, 998, 1004, 1005, 1005, 1010, 1011, 1012,
    1013, 1017, 1017, 1020, 1020, 1022, 1023, 1023, 1024, 1024, 1026, 1027, 1028, 1031, 1032, 1037,
    1038, 1039, 1042, 1043, 1045, 1046, 1052, 1053, 1054, 1055, 1055, 1060, 1066, 1066, 1068, 1068,
    1069, 1074, 1079, 1079, 1079, 1080, 1081, 1081, 1081, 1082, 1083, 1084, 1087, 1098, 1103, 1104,
    1108, 1109, 1112, 1113, 1114, 1125, 1127, 1133, 1133, 1143, 1144, 1144, 1149, 1152, 1152, 1154,
    1155, 1157, 1158, 1164, 1168, 1170, 1170, 1176, 1180, 1180, 1182, 1182, 1185, 1185, 1192, 1193,
    1194, 1200, 1200, 1200, 1202, 1208, 1210, 1211, 1211, 1212, 1212, 1222, 1222, 1225, 1225, 1229,
    1230, 1230, 1230, 1230, 1232, 1233, 1233, 1233, 1233, 1235, 1236, 1237, 1237, 1237, 1237, 1239,
    1239, 1243, 1243, 1253, 1254, 1254, 1258, 1259, 1263, 1267, 1267, 1268, 1272, 1273, 1277, 1277,
    1279, 1280, 1281, 1282, 1284, 1285, 1286, 1287, 1291, 1291, 1295, 1295, 1296, 1298, 1299, 1300,
    1300, 1301, 1302, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314,
    1315, 1318, 1321, 1322, 1323, 1324, 1326, 1327, 1328, 1330, 1332, 1333, 1334, 1335, 1339, 1341,
    1342, 1343, 1344, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1360, 1362, 1364,
    1365, 1366, 1367, 1368, 1370, 1371, 1372, 1373, 1374, 1376, 1377, 1378, 1379, 1380, 1381, 1382,
    1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398,
    1399, 1400, 1401, 1402, 1403, 1405, 1407, 1408, 1409, 1410, 1411, 1412, 1412, 1413, 1414, 1416,
    1416, 1417, 1418, 1419, 1420, 1422, 1422, 1424, 1425, 1425, 1426, 1426, 1427, 1428, 1429, 1429,
    1430, 1431, 1432, 1433, 1436, 1437, 1438, 1440, 1443, 1445, 1447, 1448, 1449, 1450, 1451, 1452,
    1453, 1453, 1453, 1454, 1455, 1456, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467,
    1468, 1469, 1470, 1472, 1473, 1473, 1473, 1474, 1475, 1476, 1479, 1482, 1484, 1485, 1486, 1486,
    1486, 1487, 1487, 1487, 1489, 1490, 1491, 1492, 1493, 1493, 1494, 1495, 1495, 1496, 1497, 1497,
    1497, 1499, 1502, 1503, 1503, 1503, 1503, 1504, 1505, 1506, 1507, 1507, 1508, 1510, 1512, 1512,
    1513, 1513, 1514, 1515, 1518, 1519, 1520, 1521, 1522, 1523, 1523, 1524, 1524, 1524, 1525, 1527,
    1529, 1531, 1533, 1538, 1542, 1544, 1544, 1544, 1545, 1545, 1545, 1546, 1546, 1547, 1547, 1547,
    1551, 1552, 1553, 1554, 1557, 1558, 1559, 1560, 1561, 1564, 1565, 1566, 1568, 1570, 1571, 1572,
    1573, 1574, 1576, 1580, 1583, 1586, 1587, 1590, 1590, 1591, 1592, 1593, 1593, 1594, 1594, 1595,
    1596, 1597, 1598, 1598, 1599, 1603, 1603, 1604, 1604, 1605, 1606, 1610, 1611, 1612, 1613, 1613,
    1613, 1614, 1615, 1616, 1617, 1619, 1619, 1619, 1621, 1622, 1622, 1623, 1624, 1625, 1625, 1626,
    1627, 1627, 1628, 1629, 1631, 1632, 1633, 1634, 1634, 1635, 1635, 1635, 1636, 1637, 1638, 1639,
    1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1647, 1648, 1649, 1650, 1651, 1651, 1653, 1654,
    1657, 1658, 1659, 1662, 1663, 1664, 1665, 1667, 1668, 1669, 1670, 1671, 1673, 1674, 1675, 1677,
    1678, 1679, 1682, 1684, 1685, 1685, 1687, 1691, 1692, 1692, 1694, 1694, 1696, 1696, 1697, 1698,
    1699, 1700, 1700, 1701, 1702, 1702, 1703, 1703, 1704, 1704, 1704, 1705, 1706, 1707, 1708, 1710,
    1712, 1712, 1713, 1714, 1715, 1715, 1715, 1716, 1718, 1720, 1720, 1720, 1720, 1723, 1724, 1725,
    1727, 1728, 1729, 1730, 1732, 1733, 1734, 1735, 1736, 1737, 1737, 1738, 1739, 1741, 1743, 1744,
    1745, 1746, 1747, 1747, 1747, 1748, 1750, 1751, 1753, 1754, 1756, 1758, 1759, 1759, 1760, 1760,
    1761, 1762, 1763, 1763, 1764, 1764, 1764, 1765, 1765, 1766, 1767, 1768, 1769, 1770, 1770, 1771,
    1773, 1773, 1773, 1775, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1784, 1785, 1785, 1786,
    1787, 1787, 1787, 1788, 1789, 1790, 1790, 1790, 1790, 1790, 1790, 1792, 1792, 1792, 1793, 1794,
    1795, 1796, 1797, 1798, 1799, 1799, 1799, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1806,
    1806, 1807, 1808, 1809, 1810, 1811, 1813, 1816, 1817, 1819, 1820, 1820, 1821, 1822, 1823, 1825,
    1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1835, 1838, 1839, 1841, 1842, 1842, 1842, 1843,
    1845, 1846, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1855, 1856, 1857, 1859, 1860, 1862,
    1862, 1865, 1866, 1867, 1867, 1868, 1869, 1870, 1871, 1872, 1874, 1875, 1875, 1876, 1877, 1878,
    1879, 1879, 1881, 1882, 1882, 1882, 1882, 1883, 1884, 1884, 1884, 1884, 1888, 1889, 1891, 1892,
    1893, 1894, 1894, 1894, 1895, 1895, 1896, 1897, 1897, 1898, 1899, 1900, 1902, 1903, 1903, 1903,
    1906, 1907, 1909, 1911, 1911, 1911, 1911, 1912, 1914, 1915, 1916, 1917, 1918, 1920, 1920, 1920,
    1920, 1920, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1927, 1927, 1928, 1929, 1930, 1930,
    1931, 1933, 1934, 1936, 1937, 1938, 1938, 1938, 1939, 1940, 1942, 1945, 1946, 1946, 1947, 1947,
    1948, 1949, 1949, 1950, 1952, 1953, 1954, 1956, 1956, 1958, 1959, 1960, 1962, 1964, 1964, 1965,
    1966, 1967, 1968, 1969, 1971, 1972, 1973, 1979, 1980, 1980, 1980, 1981, 1983, 1983, 1984, 1985,
    1986, 1988, 1989, 1991, 1992, 1994, 1995, 1996, 1999, 2000, 2001, 2002, 2004, 2005, 2005, 2005,
    2005, 2006, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2014, 2014, 2015, 2016, 2017, 2018, 2020,
    2021, 2023, 2024, 2025, 2025, 2026, 2027, 2027, 2027, 2027, 2027, 2032, 2033, 2034, 2036, 2038,
    2039, 2040, 2041, 2042, 2043, 2043, 2044, 2044, 2045, 2045, 2048, 2049, 2051, 2055, 2056, 2057,
    2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2068, 2069, 2070, 2072, 2074, 2074, 2075, 2076,
    2078, 2079, 2079, 2079, 2083, 2084, 2086, 2087, 2088, 2089, 2090, 2091, 2093, 2094, 2095, 2097,
    2098, 2099, 2100, 2100, 2101, 2102, 2103, 2104, 2106, 2107, 2107, 2107, 2108, 2109, 2110, 2111,
    2112, 2113, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2121, 2122, 2122, 2123, 2124, 2125, 2126,
    2127, 2127, 2128, 2129, 2130, 2131, 2132, 2134, 2137, 2138, 2138, 2139, 2139, 2140, 2141, 2141,
    2142, 2142, 2143, 2145, 2145, 2145, 2145, 2146, 2148, 2149, 2150, 2153, 2153, 2154, 2155, 2155,
    2156, 2157, 2157, 2157, 2158, 2161, 2163, 2164, 2165, 2167, 2170, 2171, 2172, 2175, 2176, 2177,
    2178, 2179, 2182, 2183, 2185, 2186, 2187, 2188, 2189, 2192, 2192, 2193, 2194, 2196, 2196, 2196,
    2196, 2197, 2198, 2199, 2200, 2200, 2201, 2201, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208,
    2209, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2217, 2219, 2220, 2221, 2223, 2225, 2227, 2229,
    2231, 2232, 2233, 2234, 2235, 2238, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249,
    2250, 2251, 2252, 2253, 2254, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266,
    2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2282,
    2283, 2284, 2285, 2286, 2287, 2290, 2291, 2292, 2293, 2294, 2295, 2297, 2299, 2301, 2302, 2303,
    2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2315, 2316, 2317, 2319, 2320, 2321, 2322,
    2323, 2324, 2325, 2326, 2327, 2328, 2329, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339,
    2340, 2341, 2342, 2344, 2345, 2346, 2346, 2347, 2348, 2349, 2349, 2350, 2351, 2352, 2353, 2354,
    2355, 2356, 2356, 2357, 2357, 2358, 2359, 2360, 2361, 2362, 2362, 2363, 2364, 2365, 2365, 2366,
    2367, 2368, 2369, 2370, 2370, 2371, 2372, 2373, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380,
    2381, 2382, 2382, 2383, 2384, 2384, 2384, 2384, 2384, 2384, 2385, 2386, 2387, 2388, 2390, 2391,
    2392, 2393, 2394, 2395, 2395, 2396, 2398, 2398, 2398, 2400, 2401, 2402, 2403, 2404, 2405, 2406,
    2406, 2407, 2408, 2408, 2409, 2410, 2411, 2412, 2413, 2413, 2414, 2415, 2416, 2417, 2417, 2418,
    2418, 2419, 2420, 2421, 2421, 2421, 2422, 2423, 2424, 2426, 2427, 2428, 2429, 2430, 2431, 2432,
    2433, 2434, 2435, 2436, 2437, 2437, 2437, 2437, 2438, 2439, 2439, 2440, 2441, 2442, 2443, 2444,
    2445, 2446, 2446, 2447, 2447, 2448, 2448, 2449, 2450, 2451, 2451, 2452, 2452, 2454, 2455, 2456,
    2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471,
    2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2484, 2486, 2487, 2488, 2490,
    2492, 2493, 2493, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2503, 2504,
    2505, 2505, 2505, 2506, 2507, 2507, 2509, 2510, 2511, 2511, 2512, 2513, 2514, 2516, 2517, 2518,
    2518, 2519, 2520, 2521, 2521, 2521, 2522, 2523, 2523, 2524, 2525, 2526, 2527, 2528, 2528, 2529,
    2529, 2530, 2531, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543,
    2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2554, 2554, 2555, 2556,
    2557, 2557, 2558, 2559, 2559, 2560, 2561, 2563, 2563, 2564, 2564, 2564, 2566, 2567, 2568, 2569,
    2570, 2571, 2572, 2572, 2573, 2574, 2575, 2576, 2577, 2577, 2578, 2579, 2580, 2581, 2581, 2582,
    2583, 2584, 2586, 2586, 2587, 2588, 2591, 2592, 2593, 2593, 2594, 2595, 2595, 2596, 2597, 2598,
    2599, 2600, 2602, 2603, 2603, 2604, 2605, 2605, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614,
    2615, 2616, 2617, 2617, 2618, 2619, 2619, 2619, 2620, 2621, 2621, 2622, 2623, 2623, 2624, 2624,
    2625, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641,
    2642, 2642, 2643, 2644, 2645, 2645, 2645, 2646, 2647, 2648, 2648, 2649, 2650, 2651, 2651, 2652,
    2653, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2662, 2663, 2664, 2664, 2664, 2665, 2666,
    2666, 2667, 2668, 2668, 2669, 2670, 2671, 2671, 2672, 2674, 2675, 2675, 2676, 2677, 2678, 2678,
    2678, 2679, 2680, 2681, 2682, 2683, 2684, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695,
    2696, 2697, 2697, 2698, 2698, 2699, 2699, 2701, 2702, 2702, 2703, 2704, 2704, 2705, 2706, 2706,
    2707, 2707, 2708, 2709, 2710, 2711, 2712, 2712, 2713, 2715, 2715, 2716, 2716, 2717, 2718, 2718,
    2719, 2720, 2721, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733,
    2733, 2734, 2734, 2735, 2735, 2736, 2737, 2738, 2739, 2739, 2739, 2740, 2741, 2741, 2742, 2743,
    2744, 2745, 2746, 2747, 2748, 2749, 2750, 2752, 2752, 2753, 2755, 2756, 2757, 2757, 2758, 2759,
    2759, 2760, 2761, 2762, 2763, 2764, 2764, 2765, 2766, 2766, 2766, 2767, 2768, 2769, 2770, 2772,
    2773, 2774, 2775, 2776, 2777, 2778, 2779, 2779, 2780, 2781, 2782, 2783, 2783, 2784, 2785, 2786,
    2787, 2788, 2789, 2790, 2790, 2791, 2792, 2793, 2794, 2794, 2797, 2798, 2798, 2799, 2800, 2801,
    2802, 2803, 2804, 2805, 2805, 2807, 2807, 2807, 2808, 2809, 2810, 2811, 2812, 2812, 2812, 2813,
    2814, 2814, 2814, 2815, 2816, 2817, 2818, 2819, 2819, 2820, 2821, 2822, 2823, 2824, 2824, 2825,
    2826, 2827, 2828, 2828, 2828, 2830, 2831, 2832, 2833, 2834, 2835, 2835, 2836, 2837, 2838, 2839,
    2840, 2841, 2842, 2843, 2844, 2845, 2846, 2846, 2847, 2848, 2849, 2850, 2850, 2850, 2851, 2851,
    2852, 2853, 2854, 2855, 2855, 2856, 2858, 2859, 2860, 2860, 2860, 2860, 2860, 2861, 2862, 2864,
    2865, 2866, 2867, 2868, 2868, 2868, 2869, 2869, 2870, 2870, 2871, 2872, 2873, 2874, 2874, 2875,
    2876, 2876, 2877, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2883, 2883, 2884, 2884, 2884, 2885,
    2886, 2887, 2888, 2888, 2889, 2890, 2892, 2892, 2893, 2894, 2894, 2894, 2895, 2896, 2897, 2897,
    2898, 2899, 2900, 2901, 2903, 2904, 2905, 2907, 2908, 2910, 2911, 2912, 2914, 2914, 2915, 2916,
    2917, 2918, 2919, 2920, 2921, 2922, 2923, 2923, 2924, 2925, 2927, 2928, 2928, 2928, 2929, 2931,
    2932, 2933, 2933, 2934, 2934, 2935, 2936, 2937, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944,
    2945, 2946, 2947, 2948, 2949, 2949, 2950, 2950, 2952, 2953, 2954, 2955, 2955, 2956, 2957, 2958,
    2959, 2960, 2961, 2962, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973,
    2973, 2974, 2975, 2975, 2975, 2976, 2977, 2978, 2979, 2979, 2980, 2980, 2981, 2982, 2983, 2984,
    2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2994, 2995, 2995, 2995, 2996, 2997,
    2997, 2998, 2999, 3000, 3001, 3002, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011,
    3011, 3012, 3013, 3014, 3014, 3014, 3015, 3015, 3016, 3016, 3016, 3016, 3017, 3018, 3018, 3019,
    3020, 3021, 3022, 3023, 3024, 3025, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034,
    3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051,
    3052, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068,
    3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084,
    3085, 3086, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3100, 3101, 3102,
    3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3118, 3119,
    3120, 3121, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3132, 3134, 3135, 3136, 3137,
    3138, 3139, 3140, 3141, 3142, 3143, 3144, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154,
    3155, 3156, 3157, 3158, 3159, 3159, 3159, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167,
    3168, 3169, 3170, 3171, 3172, 3173, 3174, 3174, 3174, 3175, 3176, 3177, 3178, 3179, 3179, 3180,
    3181, 3181, 3182, 3183, 3184, 3185, 3186, 3186, 3187, 3188, 3188, 3189, 3189, 3189, 3190, 3191,
    3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3199, 3200, 3201, 3202, 3203, 3204, 3204, 3204,
    3205, 3206, 3207, 3208, 3209, 3209, 3210, 3211, 3211, 3211, 3212, 3213, 3214, 3215, 3216, 3217,
    3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3227, 3228, 3229, 3230, 3230, 3231,
    3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3240, 3240, 3241, 3241, 3242, 3243, 3244,
    3245, 3246, 3247, 3247, 3248, 3248, 3249, 3250, 3251, 3251, 3253, 3254, 3254, 3255, 3255, 3255,
    3256, 3257, 3258, 3259, 3260, 3261, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272,
    3273, 3274, 3275, 3276, 3277, 3277, 3278, 3279, 3279, 3279, 3279, 3280, 3281, 3282, 3282, 3283,
    3284, 3285, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3294, 3295, 3295, 3296, 3297, 3298,
    3298, 3298, 3299, 3300, 3301, 3301, 3301, 3302, 3302, 3303, 3304, 3305, 3306, 3306, 3306, 3307,
    3308, 3309, 3310, 3311, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3320, 3320, 3321, 3322,
    3323, 3323, 3324, 3325, 3326, 3327, 3327, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336,
    3337, 3338, 3339, 3339, 3340, 3340, 3341, 3342, 3343, 3345, 3346, 3347, 3348, 3349, 3350, 3350,
    3351, 3351, 3352, 3353, 3354, 3354, 3354, 3355, 3355, 3355, 3356, 3356, 3356, 3357, 3358, 3359,
    3360, 3361, 3362, 3363, 3364, 3364, 3364, 3365, 3365, 3366, 3366, 3366, 3367, 3368, 3369, 3370,
    3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381, 3382, 3382, 3383, 3383, 3384,
    3385, 3387, 3388, 3388, 3389, 3389, 3390, 3390, 3390, 3391, 3392, 3393, 3394, 3395, 3397, 3397,
    3398, 3399, 3400, 3401, 3401, 3402, 3403, 3404, 3404, 3405, 3405, 3406, 3407, 3408, 3409, 3410,
    3411, 3414, 3415, 3416, 3417, 3417, 3418, 3419, 3420, 3420, 3421, 3422, 3423, 3423, 3424, 3425,
    3426, 3427, 3428, 3429, 3430, 3431, 3432, 3432, 3433, 3434, 3434, 3434, 3435, 3436, 3437, 3438,
    3438, 3439, 3440, 3440, 3440, 3441, 3441, 3441, 3442, 3442, 3443, 3443, 3443, 3444, 3445, 3445,
    3446, 3446, 3447, 3448, 3449, 3450, 3450, 3451, 3452, 3453, 3454, 3455, 3456, 3457, 3457, 3458,
    3459, 3460, 3461, 3461, 3462, 3463, 3465, 3466, 3466, 3467, 3468, 3468, 3469, 3470, 3471, 3472,
    3472, 3473, 3474, 3475, 3476, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3485,
    3485, 3485, 3487, 3487, 3488, 3489, 3490, 3490, 3491, 3492, 3493, 3494, 3495, 3495, 3495, 3496,
    3497, 3498, 3499, 3500, 3501, 3502, 3502, 3503, 3504, 3505, 3506, 3506, 3507, 3507, 3507, 3508,
    3509, 3510, 3511, 3511, 3513, 3514, 3515, 3516, 3517, 3518, 3518, 3518, 3519, 3520, 3520, 3521,
    3522, 3522, 3522, 3522, 3523, 3524, 3524, 3525, 3526, 3527, 3528, 3528, 3529, 3529, 3530, 3532,
    3533, 3534, 3535, 3535, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 3545, 3546,
    3547, 3547, 3547, 3548, 3548, 3549, 3550, 3551, 3552, 3552, 3553, 3554, 3555, 3556, 3557, 3558,
    3559, 3560, 3561, 3562, 3563, 3564, 3565, 3567, 3568, 3568, 3569, 3569, 3570, 3570, 3570, 3571,
    3571, 3572, 3573, 3574, 3575, 3576, 3576, 3576, 3576, 3576, 3577, 3578, 3579, 3580, 3580, 3581,
    3581, 3582, 3582, 3583, 3583, 3584, 3585, 3587, 3588, 3589, 3590, 3591, 3591, 3592, 3593, 3593,
    3593, 3593, 3595, 3596, 3597, 3598, 3599, 3600, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607,
    3607, 3608, 3609, 3610, 3611, 3612, 3613, 3615, 3616, 3617, 3618, 3618, 3618, 3619, 3620, 3620,
    3620, 3620, 3620, 3620, 3621, 3621, 3621, 3622, 3622, 3623, 3624, 3625, 3625, 3625, 3625, 3625,
    3626, 3627, 3628, 3629, 3630, 3630, 3631, 3632, 3633, 3634, 3635, 3635, 3636, 3637, 3638, 3639,
    3640, 3641, 3641, 3642, 3642, 3643, 3644, 3645, 3645, 3646, 3647, 3648, 3649, 3650, 3651, 3652,
    3652, 3653, 3654, 3654, 3655, 3656, 3657, 3658, 3659, 3660, 3660, 3660, 3660, 3661, 3662, 3663,
    3664, 3664, 3665, 3666, 3667, 3668, 3669, 3670, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3678,
    3679, 3680, 3681, 3682, 3683, 3684, 3685, 3686, 3687, 3688, 3689, 3690, 3695, 3696, 3697, 3698,
    3700, 3701, 3702, 3703, 3705, 3706, 3708, 3709, 3710, 3711, 3712, 3713, 3714, 3715, 3717, 3718,
    3719, 3720, 3721, 3722, 3723, 3724, 3725, 3726, 3727, 3728, 3729, 3730, 3732, 3733, 3734, 3735,
    3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751,
    3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3763, 3764, 3765, 3766, 3767,
    3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 3780, 3781, 3782, 3783,
    3784, 3785, 3786, 3787, 3788, 3789, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799,
    3800, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815,
    3815, 3815, 3815, 3816, 3817, 3818, 3819, 3820, 3820, 3821, 3821, 3822, 3822, 3822, 3823, 3823,
    3824, 3825, 3825, 3826, 3827, 3827, 3827, 3828, 3829, 3830, 3831, 3831, 3832, 3833, 3833, 3834,
    3835, 3836, 3837, 3838, 3839, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849,
    3849, 3849, 3850, 3850, 3851, 3851, 3852, 3852, 3853, 3854, 3855, 3856, 3857, 3857, 3857, 3858,
    3859, 3860, 3861, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3868, 3869, 3870, 3871, 3872,
    3873, 3874, 3874, 3874, 3875, 3876, 3876, 3876, 3877, 3878, 3879, 3880, 3880, 3881, 3881, 3882,
    3882, 3883, 3884, 3884, 3885, 3885, 3886, 3887, 3888, 3888, 3889, 3890, 3891, 3892, 3893, 3894,
    3895, 3896, 3896, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3907, 3908, 3909,
    3910, 3910, 3910, 3910, 3910, 3911, 3912, 3913, 3913, 3914, 3914, 3915, 3916, 3917, 3918, 3919,
    3919, 3920, 3920, 3921, 3921, 3921, 3921, 3922, 3922, 3922, 3923, 3924, 3925, 3926, 3926, 3927,
    3928, 3929, 3929, 3930, 3931, 3931, 3932, 3933, 3934, 3935, 3935, 3936, 3937, 3938, 3939, 3940,
    3941, 3943, 3944, 3945, 3946, 3947, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956,
    3957, 3958, 3959, 3960, 3961, 3962, 3962, 3963, 3963, 3963, 3964, 3964, 3964, 3964, 3965, 3966,
    3967, 3968, 3968, 3969, 3970, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3978, 3978,
    3979, 3980, 3980, 3981, 3982, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3989, 3990, 3990, 3991,
    3991, 3992, 3993, 3994, 3995, 3996, 3996, 3997, 3997, 3998, 3999, 4000, 4001, 4002, 4002, 4003,
    4003, 4004, 4004, 4005, 4005, 4006, 4007, 4008, 4008, 4008, 4009, 4010, 4010, 4011, 4012, 4013,
    4014, 4015, 4015, 4016, 4017, 4018, 4019, 4019, 4020, 4020, 4021, 4021, 4022, 4023, 4024, 4025,
    4026, 4027, 4027, 4027, 4027, 4028, 4029, 4029, 4029, 4029, 4029, 4030, 4032, 4033, 4034, 4035,
    4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4043, 4043, 4043, 4044, 4045, 4045, 4046,
    4046, 4047, 4048, 4048, 4048, 4049, 4049, 4050, 4050, 4051, 4052, 4053, 4054, 4055, 4056, 4056,
    4056, 4057, 4057, 4057, 4058, 4058, 4059, 4060, 4061, 4061, 4062, 4062, 4062, 4063, 4064, 4065,
    4065, 4066, 4067, 4068, 4069, 4070, 4070, 4071, 4072, 4073, 4073, 4073, 4073, 4073, 4074, 4075,
    4076, 4077, 4078, 4079, 4080, 4081, 4082, 4083, 4084, 4084, 4084, 4085, 4086, 4086, 4087, 4088,
    4089, 4089, 4090, 4091, 4091, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4097, 4097, 4097, 4098,
    4098, 4098, 4099, 4100, 4101, 4101, 4102, 4103, 4104, 4104, 4104, 4105, 4106, 4107, 4107, 4107,
    4108, 4108, 4109, 4110, 4111, 4112, 4112, 4113, 4114, 4115, 4115, 4115, 4116, 4117, 4118, 4119,
    4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4128, 4128, 4129, 4129, 4130, 4131, 4131,
    4131, 4132, 4132, 4133, 4134, 4134, 4134, 4134, 4135, 4135, 4136, 4137, 4138, 4139, 4139, 4140,
    4141, 4142, 4142, 4143, 4143, 4143, 4144, 4144, 4145, 4146, 4148, 4149, 4149, 4150, 4151, 4152,
    4153, 4154, 4155, 4156, 4156, 4156, 4156, 4156, 4156, 4157, 4158, 4159, 4159, 4159, 4159, 4160,
    4160, 4161, 4161, 4162, 4163, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4172,
    4172, 4172, 4173, 4173, 4174, 4175, 4176, 4176, 4177, 4177, 4178, 4179, 4179, 4179, 4179, 4180,
    4181, 4181, 4181, 4182, 4182, 4182, 4182, 4182, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189,
    4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4202, 4203, 4204,
    4204, 4205, 4205, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217,
    4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4231, 4232,
    4233, 4234, 4234, 4235, 4236, 4237, 4238, 4238, 4238, 4238, 4238, 4239, 4239, 4239, 4239, 4239,
    4239, 4239, 4239, 4239, 4239, 4239, 4239, 4239, 4240, 4240, 4241, 4241, 4242, 4242, 4242, 4242,
    4242, 4242, 4242, 4243, 4243, 4243, 4243, 4243, 4243, 4244, 4244, 4244, 4244, 4244, 4245, 4245,
    4245, 4245, 4245, 4245, 4246, 4246, 4246, 4246, 4246, 4246, 4247, 4247, 4247, 4247, 4247, 4248,
    4249, 4249, 4249, 4250, 4250, 4250, 4250, 4250, 4250, 4250, 4251, 4251, 4252, 4253, 4254, 4254,
    4255, 4256, 4256, 4257, 4258, 4259, 4260, 4261, 4261, 4262, 4263, 4264, 4264, 4265, 4265, 4265,
    4265, 4265, 4265, 4266, 4267, 4269, 4270, 4271, 4272, 4273, 4273, 4273, 4273, 4274, 4275, 4276,
    4277, 4278, 4278, 4279, 4280, 4281, 4282, 4282, 4283, 4284, 4284, 4285, 4286, 4287, 4288, 4289,
    4290, 4290, 4290, 4290, 4291, 4292, 4292, 4292, 4292, 4293, 4294, 4295, 4295, 4296, 4297, 4298,
    4299, 4299, 4299, 4299, 4299, 4300, 4301, 4301, 4301, 4302, 4303, 4304, 4304, 4305, 4306, 4306,
    4306, 4306, 4306, 4307, 4308, 4308, 4308, 4309, 4310, 4311, 4312, 4312, 4313, 4313, 4314, 4315,
    4316, 4316, 4317, 4318, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4327, 4327, 4328,
    4329, 4329, 4329, 4330, 4330, 4330, 4331, 4331, 4332, 4333, 4334, 4334, 4334, 4334, 4334, 4334,
    4335, 4336, 4337, 4337, 4338, 4339, 4339, 4340, 4341, 4341, 4342, 4343, 4343, 4343, 4343, 4344,
    4345, 4346, 4347, 4348, 4348, 4349, 4349, 4349, 4349, 4350, 4351, 4352, 4353, 4353, 4354, 4354,
    4355, 4356, 4357, 4358, 4359, 4359, 4359, 4359, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366,
    4367, 4367, 4367, 4368, 4368, 4369, 4369, 4370, 4371, 4372, 4372, 4372, 4373, 4373, 4374, 4375,
    4376, 4376, 4377, 4377, 4377, 4377, 4377, 4377, 4378, 4379, 4380, 4380, 4380, 4381, 4382, 4383,
    4384, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4392, 4393, 4394, 4394, 4395, 4396,
    4397, 4398, 4399, 4400, 4400, 4400, 4400, 4400, 4401, 4402, 4403, 4404, 4404, 4405, 4405, 4406,
    4406, 4407, 4407, 4408, 4409, 4409, 4410, 4411, 4412, 4412, 4413, 4414, 4414, 4415, 4416, 4416,
    4417, 4418, 4419, 4421, 4422, 4423, 4424, 4424, 4424, 4425, 4426, 4427, 4427, 4428, 4429, 4429,
    4429, 4430, 4431, 4432, 4433, 4433, 4434, 4435, 4435, 4436, 4436, 4436, 4437, 4438, 4439, 4440,
    4440, 4441, 4442, 4442, 4442, 4443, 4444, 4445, 4445, 4446, 4446, 4446, 4447, 4448, 4448, 4449,
    4450, 4450, 4451, 4451, 4451, 4452, 4453, 4453, 4454, 4455, 4456, 4457, 4457, 4457, 4457, 4457,
    4457, 4457, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470,
    4471, 4471, 4471, 4471, 4472, 4472, 4472, 4472, 4473, 4473, 4473, 4474, 4475, 4475, 4475, 4476,
    4477, 4477, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490,
    4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506,
    4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4519, 4520, 4521, 4522, 4523,
    4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539,
    4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4551, 4552, 4553, 4554,
    4554, 4555, 4556, 4556, 4558, 4559, 4560, 4561, 4562, 4563, 4563, 4564, 4565, 4566, 4566, 4566,
    4566, 4566, 4567, 4568, 4569, 4570, 4571, 4572, 4572, 4572, 4573, 4573, 4573, 4573, 4573, 4573,
    4574, 4575, 4575, 4576, 4576, 4576, 4577, 4577, 4577, 4577, 4577, 4577, 4577, 4577, 4578, 4578,
    4579, 4580, 4581, 4582, 4583, 4584, 4585, 4585, 4585, 4585, 4585, 4586, 4586, 4586, 4586, 4587,
    4588, 4589, 4590, 4590, 4590, 4590, 4591, 4591, 4591, 4592, 4593, 4593, 4593, 4594, 4595, 4595,
    4595, 4596, 4596, 4597, 4598, 4599, 4599, 4600, 4601, 4602, 4603, 4603, 4603, 4603, 4603, 4603,
    4604, 4604, 4605, 4605, 4606, 4607, 4608, 4609, 4609, 4610, 4611, 4611, 4612, 4613, 4614, 4615,
    4615, 4615, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4625, 4626, 4626,
    4627, 4628, 4628, 4629, 4629, 4630, 4630, 4631, 4631, 4631, 4632, 4633, 4634, 4634, 4635, 4635,
    4635, 4636, 4637, 4638, 4639, 4639, 4640, 4641, 4642, 4643, 4644, 4644, 4645, 4645, 4646, 4646,
    4647, 4647, 4648, 4649, 4650, 4651, 4651, 4652, 4653, 4654, 4654, 4655, 4655, 4656, 4657, 4658,
    4659, 4659, 4659, 4660, 4661, 4662, 4663, 4663, 4663, 4664, 4664, 4664, 4664, 4664, 4665, 4666,
    4667, 4668, 4668, 4669, 4669, 4670, 4670, 4671, 4672, 4672, 4673, 4673, 4674, 4675, 4675, 4676,
    4677, 4677, 4677, 4677, 4678, 4679, 4680, 4681, 4682, 4683, 4684, 4685, 4685, 4686, 4686, 4686,
    4687, 4688, 4689, 4689, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4700,
    4701, 4701, 4702, 4702, 4703, 4704, 4704, 4704, 4704, 4705, 4706, 4707, 4708, 4709, 4709, 4710,
    4711, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 4725,
    4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741,
    4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4750, 4751, 4752, 4752, 4752, 4753, 4754,
    4754, 4754, 4755, 4755, 4756, 4757, 4757, 4758, 4759, 4760, 4761, 4761, 4762, 4763, 4764, 4765,
    4766, 4767, 4767, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4774, 4774, 4775, 4776, 4776,
    4777, 4778, 4778, 4778, 4778, 4779, 4780, 4780, 4780, 4780, 4780, 4780, 4780, 4781, 4781, 4781,
    4781, 4781, 4781, 4782, 4783, 4783, 4783, 4784, 4785, 4786, 4787, 4788, 4788, 4788, 4789, 4789,
    4789, 4790, 4790, 4791, 4792, 4792, 4792, 4792, 4792, 4792, 4793, 4793, 4794, 4795, 4796, 4797,
    4798, 4799, 4800, 4801, 4802, 4802, 4802, 4803, 4804, 4804, 4805, 4806, 4807, 4808, 4809, 4810,
    4811, 4812, 4813, 4813, 4814, 4815, 4816, 4817, 4817, 4817, 4817, 4818, 4818, 4818, 4818, 4819,
    4820, 4821, 4822, 4823, 4824, 4825, 4825, 4826, 4827, 4828, 4829, 4830, 4831, 4832, 4833, 4833,
    4834, 4835, 4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4846, 4847, 4848, 4849,
    4850, 4851, 4852, 4853, 4854, 4855, 4856, 4857, 4858, 4858, 4858, 4859, 4860, 4861, 4862, 4863,
    4864, 4865, 4866, 4867, 4868, 4869, 4870, 4871, 4872, 4873, 4873, 4873, 4873, 4873, 4874, 4875,
    4875, 4875, 4876, 4877, 4877, 4878, 4879, 4879, 4879, 4879, 4879, 4880, 4880, 4881, 4881, 4882,
    4883, 4884, 4885, 4886, 4886, 4886, 4887, 4888, 4888, 4889, 4890, 4890, 4890, 4891, 4892, 4893,
    4893, 4894, 4894, 4895, 4896, 4896, 4897, 4897, 4898, 4899, 4899, 4899, 4900, 4900, 4900, 4900,
    4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4908, 4908, 4909, 4909, 4909, 4909, 4910,
    4911, 4911, 4912, 4913, 4914, 4915, 4916, 4917, 4917, 4917, 4917, 4917, 4918, 4918, 4918, 4919,
    4920, 4920, 4921, 4922, 4922, 4922, 4922, 4922, 4923, 4924, 4924, 4925, 4926, 4926, 4926, 4926,
    4927, 4928, 4929, 4930, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942,
    4942, 4942, 4942, 4942, 4942, 4943, 4944, 4945, 4946, 4947, 4947, 4948, 4950, 4951, 4952, 4953,
    4954, 4955, 4956, 4957, 4958, 4959, 4960, 4961, 4962, 4963, 4964, 4965, 4966, 4967, 4968, 4969,
    4970, 4971, 4972, 4973, 4973, 4974, 4975, 4976, 4977, 4977, 4977, 4977, 4977, 4977, 4978, 4979,
    4979, 4980, 4980, 4980, 4980, 4980, 4981, 4981, 4981, 4982, 4983, 4983, 4984, 4985, 4985, 4986,
    4986, 4987, 4988, 4988, 4988, 4988, 4988, 4988, 4988, 4989, 4990, 4991, 4992, 4993, 4994, 4995,
    4996, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010,
    5011, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024, 5025, 5026,
    5027, 5028, 5029, 5030, 5031, 5032, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042,
    5043, 5044, 5045, 5046, 5046, 5047, 5048, 5049, 5050, 5051, 5051, 5052, 5053, 5053, 5054, 5054,
    5055, 5056, 5057, 5058, 5058, 5059, 5060, 5061, 5061, 5061, 5061, 5062, 5062, 5062, 5063, 5064,
    5065, 5066, 5066, 5066, 5066, 5067, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5074, 5074,
    5074, 5074, 5074, 5075, 5076, 5077, 5078, 5078, 5079, 5079, 5079, 5079, 5080, 5080, 5081, 5081,
    5081, 5081, 5081, 5082, 5083, 5084, 5085, 5086, 5087, 5087, 5088, 5089, 5089, 5090, 5090, 5091,
    5091, 5091, 5092, 5093, 5094, 5094, 5095, 5096, 5097, 5098, 5099, 5100, 5101, 5102, 5103, 5104,
    5105, 5106, 5107, 5108, 5109, 5110, 5111, 5112, 5113, 5114, 5115, 5115, 5116, 5116, 5116, 5116,
    5116, 5116, 5117, 5118, 5119, 5120, 5121, 5121, 5121, 5121, 5121, 5121, 5122, 5122, 5122, 5122,
    5123, 5123, 5124, 5125, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5133, 5134, 5134, 5134, 5135,
    5135, 5136, 5138, 5139, 5140, 5141, 5141, 5141, 5141, 5142, 5143, 5144, 5144, 5144, 5145, 5145,
    5146, 5147, 5148, 5149, 5149, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5157, 5158, 5159,
    5160, 5161, 5162, 5163, 5164, 5164, 5164, 5164, 5164, 5164, 5165, 5165, 5166, 5166, 5167, 5168,
    5169, 5170, 5170, 5171, 5172, 5173, 5174, 5175, 5176, 5177, 5178, 5179, 5180, 5181, 5182, 5182,
};
inline constexpr std::uint8_t tld_edge_byte[] = {
    0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70,
    0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0xCE, 0xD0, 0xD2, 0xD5, 0xD7, 0xD8,
    0xD9, 0xDA, 0xE0, 0xE1, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEB, 0xEC, 0xED, 0x61, 0x62,
    0x63, 0x64, 0x65, 0x66, 0x67, 0x69, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74,
    0x75, 0x76, 0x77, 0x78, 0x7A, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6C,
    0x6D, 0x6E, 0x6F, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x79, 0x7A, 0x61, 0x62, 0x63, 0x64,
    0x65, 0x66, 0x67, 0x68, 0x69, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x72, 0x73, 0x75, 0x76, 0x77,
    0x78, 0x79, 0x7A, 0x61, 0x63, 0x64, 0x65, 0x68, 0x69, 0x6A, 0x6B, 0x6D, 0x6E, 0x6F, 0x72, 0x74,
    0x75, 0x76, 0x7A, 0x61, 0x63, 0x64, 0x65, 0x67, 0x68, 0x6D, 0x6E, 0x70, 0x71, 0x72, 0x73, 0x74,
    0x75, 0x76, 0x78, 0x61, 0x65, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6F, 0x72, 0x74, 0x75, 0x79, 0x61,
    0x62, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74,
    0x75, 0x77, 0x79, 0x61, 0x62, 0x64, 0x65, 0x67, 0x69, 0x6B, 0x6D, 0x6E, 0x6F, 0x72, 0x73, 0x74,
    0x75, 0x79, 0x62, 0x63, 0x64, 0x65, 0x66, 0x69, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72,
    0x73, 0x74, 0x76, 0x77, 0x61, 0x63, 0x65, 0x69, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x75, 0x61, 0x64,
    0x65, 0x66, 0x67, 0x68, 0x69, 0x6D, 0x6E, 0x6F, 0x70, 0x72, 0x75, 0x77, 0x79, 0x7A, 0x61, 0x62,
    0x63, 0x64, 0x65, 0x67, 0x69, 0x6B, 0x6C, 0x6F, 0x70, 0x72, 0x73, 0x74, 0x75, 0x76, 0x79, 0x61,
    0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72,
    0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x61, 0x62, 0x63, 0x65, 0x66, 0x67, 0x68, 0x69,
    0x6C, 0x6F, 0x70, 0x72, 0x74, 0x75, 0x79, 0x7A, 0x62, 0x66, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70,
    0x72, 0x73, 0x74, 0x76, 0x61, 0x63, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x72, 0x73, 0x74, 0x75, 0x77, 0x79, 0x61, 0x70, 0x75, 0x76, 0x61, 0x65, 0x69, 0x6D, 0x6F, 0x73,
    0x75, 0x77, 0x79, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D,
    0x6E, 0x6F, 0x70, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x61, 0x63, 0x64, 0x65,
    0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x72, 0x74, 0x75, 0x76, 0x77,
    0x7A, 0x61, 0x62, 0x63, 0x67, 0x6B, 0x6D, 0x6E, 0x6F, 0x70, 0x73, 0x79, 0x7A, 0x61, 0x63, 0x65,
    0x67, 0x69, 0x6C, 0x6E, 0x6F, 0x75, 0x61, 0x65, 0x66, 0x68, 0x69, 0x6D, 0x6F, 0x73, 0x74, 0x62,
    0x65, 0x66, 0x69, 0x70, 0x78, 0x79, 0x61, 0x65, 0x6F, 0x74, 0x75, 0x61, 0x65, 0x69, 0x6D, 0x6F,
    0x75, 0x77, 0x95, 0x91, 0x94, 0x95, 0x9A, 0x9C, 0x9E, 0xA0, 0xA1, 0xA3, 0x9A, 0x80, 0xA7, 0xA7,
    0xA8, 0xAA, 0xB3, 0xB4, 0xB9, 0x81, 0x82, 0x83, 0x85, 0x87, 0xBE, 0x80, 0xA4, 0xA6, 0xA8, 0xAA,
    0xAC, 0xAE, 0xB0, 0xB2, 0xB4, 0xB6, 0xB8, 0xB9, 0xBA, 0xB2, 0x81, 0x82, 0x83, 0xB8, 0xBC, 0xBD,
    0xBF, 0x81, 0x85, 0x8F, 0x95, 0x98, 0x9C, 0xA4, 0xA8, 0xAE, 0xB7, 0xB9, 0xBE, 0x85, 0x88, 0x89,
    0x8B, 0x94, 0x96, 0x97, 0x9B, 0x9C, 0xB7, 0xB8, 0xBE, 0x82, 0x8F, 0xA7, 0xBB, 0xBD, 0x81, 0xAF,
    0xB0, 0xB4, 0x80, 0x9B, 0xA3, 0xA4, 0xA6, 0x8B, 0x82, 0x95, 0x61, 0x72, 0x61, 0x62, 0x63, 0x6C,
    0x6F, 0x75, 0x61, 0x63, 0x6F, 0x74, 0x61, 0x73, 0x75, 0x67, 0x72, 0x74, 0x61, 0x6C, 0x72, 0x61,
    0x65, 0x67, 0x72, 0x64, 0x66, 0x69, 0x6C, 0x73, 0x65, 0x66, 0x69, 0x73, 0x61, 0x64, 0x71, 0x7A,
    0x6C, 0x61, 0x70, 0x75, 0x61, 0x63, 0x6D, 0x70, 0x74, 0x64, 0x69, 0x73, 0x68, 0x74, 0x63, 0x64,
    0x73, 0x74, 0x69, 0x73, 0x61, 0x75, 0x62, 0x69, 0x6E, 0x72, 0x73, 0x75, 0x79, 0x63, 0x74, 0x76,
    0x67, 0x6E, 0x61, 0x65, 0x6E, 0x72, 0x73, 0x74, 0x61, 0x62, 0x64, 0x6B, 0x6E, 0x6F, 0x7A, 0x61,
    0x6F, 0x75, 0x73, 0x77, 0x6C, 0x70, 0x61, 0x65, 0x66, 0x6D, 0x6E, 0x6F, 0x73, 0x74, 0x75, 0x78,
    0x61, 0x69, 0x6F, 0x75, 0x64, 0x67, 0x69, 0x73, 0x79, 0x7A, 0x68, 0x62, 0x66, 0x6C, 0x6D, 0x6E,
    0x70, 0x72, 0x73, 0x74, 0x61, 0x6E, 0x72, 0x73, 0x62, 0x6E, 0x6F, 0x72, 0x61, 0x64, 0x61, 0x65,
    0x69, 0x6C, 0x72, 0x75, 0x70, 0x72, 0x73, 0x74, 0x61, 0x65, 0x69, 0x6F, 0x75, 0x61, 0x64, 0x66,
    0x6C, 0x6D, 0x6E, 0x6F, 0x72, 0x75, 0x61, 0x65, 0x69, 0x6F, 0x73, 0x75, 0x63, 0x69, 0x6D, 0x6F,
    0x62, 0x64, 0x6E, 0x74, 0x79, 0x6C, 0x73, 0x61, 0x67, 0x6C, 0x6D, 0x6E, 0x73, 0x76, 0x6C, 0x61,
    0x65, 0x67, 0x72, 0x73, 0x79, 0x70, 0x63, 0x64, 0x67, 0x68, 0x6D, 0x6F, 0x74, 0x77, 0x69, 0x76,
    0x62, 0x63, 0x6E, 0x70, 0x72, 0x61, 0x72, 0x72, 0x74, 0x6F, 0x65, 0x75, 0x61, 0x65, 0x65, 0x67,
    0x74, 0x6F, 0x73, 0x75, 0x69, 0x6E, 0x71, 0x74, 0x75, 0x69, 0x72, 0x73, 0x65, 0x63, 0x70, 0x74,
    0x67, 0x69, 0x6D, 0x6E, 0x72, 0x73, 0x64, 0x65, 0x72, 0x61, 0x64, 0x6C, 0x6E, 0x72, 0x73, 0x74,
    0x69, 0x6F, 0x73, 0x79, 0x6F, 0x72, 0x75, 0x78, 0x65, 0x6C, 0x6F, 0x72, 0x6A, 0x6E, 0x72, 0x74,
    0x69, 0x6C, 0x6D, 0x70, 0x72, 0x79, 0x69, 0x6E, 0x61, 0x6E, 0x6F, 0x65, 0x66, 0x76, 0x61, 0x65,
    0x6F, 0x61, 0x62, 0x6F, 0x78, 0x64, 0x6C, 0x6F, 0x70, 0x74, 0x76, 0x61, 0x65, 0x69, 0x6F, 0x61,
    0x63, 0x67, 0x69, 0x72, 0x69, 0x6D, 0x6E, 0x75, 0x6F, 0x66, 0x61, 0x6C, 0x72, 0x74, 0x70, 0x73,
    0x74, 0x76, 0x74, 0x63, 0x6C, 0x6D, 0x6E, 0x72, 0x73, 0x74, 0x75, 0x77, 0x62, 0x63, 0x67, 0x61,
    0x75, 0x6D, 0x62, 0x65, 0x75, 0x65, 0x6D, 0x6E, 0x61, 0x61, 0x64, 0x6D, 0x63, 0x64, 0x66, 0x67,
    0x6B, 0x73, 0x74, 0x76, 0x69, 0x69, 0x65, 0x6D, 0x74, 0x61, 0x76, 0x65, 0x63, 0x67, 0x76, 0x62,
    0x70, 0x65, 0x74, 0x77, 0x6F, 0x63, 0x6C, 0x70, 0x6A, 0x62, 0x74, 0x79, 0x6D, 0x72, 0x65, 0x6E,
    0x75, 0x64, 0x72, 0x68, 0x61, 0x6D, 0x6E, 0x74, 0x77, 0x65, 0x6D, 0x73, 0x6D, 0x6E, 0x64, 0x65,
    0x6F, 0x6F, 0x63, 0x64, 0x6D, 0x6E, 0x73, 0x74, 0x77, 0x73, 0x61, 0x63, 0x66, 0x67, 0x78, 0x62,
    0x61, 0x64, 0x66, 0x67, 0x6B, 0x6C, 0x6D, 0x6E, 0x70, 0x76, 0x78, 0x63, 0x70, 0x61, 0x63, 0x66,
    0x6C, 0x6E, 0x74, 0x76, 0x6C, 0x64, 0x6E, 0x70, 0x78, 0x63, 0x64, 0x69, 0x6B, 0x6E, 0x70, 0x72,
    0x73, 0x74, 0x61, 0x64, 0x6B, 0x64, 0x65, 0x6C, 0x6D, 0x6E, 0x6F, 0x72, 0x74, 0x61, 0x63, 0x6C,
    0x6E, 0x74, 0x62, 0x73, 0x61, 0x62, 0x64, 0x65, 0x69, 0x6D, 0x6E, 0x70, 0x72, 0x73, 0x74, 0x76,
    0x64, 0x6E, 0x70, 0x72, 0x73, 0x74, 0x62, 0x64, 0x67, 0x6D, 0x74, 0x76, 0x61, 0x63, 0x74, 0x75,
    0x77, 0x78, 0x6C, 0x6F, 0x6B, 0x63, 0x6B, 0x6E, 0x73, 0x6B, 0x72, 0x77, 0x61, 0x77, 0x74, 0x63,
    0x69, 0x73, 0x66, 0x69, 0x61, 0x64, 0x6C, 0x65, 0x65, 0x67, 0x69, 0x6C, 0x79, 0x6F, 0x65, 0x61,
    0x67, 0x69, 0x61, 0x73, 0x74, 0x68, 0x67, 0x6D, 0x6E, 0x72, 0x73, 0x79, 0x63, 0x74, 0x69, 0x61,
    0x64, 0x69, 0x6F, 0x79, 0x61, 0x63, 0x64, 0x6E, 0x6F, 0x7A, 0x61, 0x75, 0x63, 0x68, 0x6B, 0x6C,
    0x72, 0x73, 0x61, 0x65, 0x69, 0x6F, 0x75, 0x62, 0x63, 0x6F, 0x65, 0x63, 0x63, 0x64, 0x69, 0x61,
    0x63, 0x64, 0x68, 0x69, 0x6C, 0x6E, 0x70, 0x73, 0x76, 0x78, 0x63, 0x67, 0x6C, 0x6F, 0x70, 0x69,
    0x63, 0x64, 0x67, 0x6F, 0x76, 0x67, 0x68, 0x6E, 0x65, 0x75, 0x61, 0x66, 0x6B, 0x6C, 0x6D, 0x6E,
    0x70, 0x72, 0x73, 0x76, 0x78, 0x69, 0x73, 0x61, 0x62, 0x68, 0x69, 0x6A, 0x6F, 0x61, 0x63, 0x65,
    0x6C, 0x6E, 0x72, 0x73, 0x76, 0x77, 0x78, 0x72, 0x61, 0x65, 0x69, 0x6F, 0x72, 0x6C, 0x6E, 0x74,
    0x69, 0x79, 0x69, 0x61, 0x69, 0x63, 0x63, 0x66, 0x68, 0x6C, 0x6E, 0x79, 0x61, 0x69, 0x6F, 0x72,
    0x6C, 0x74, 0x61, 0x63, 0x6F, 0x72, 0x75, 0x79, 0x63, 0x70, 0x72, 0x7A, 0x61, 0x69, 0x64, 0x6D,
    0x73, 0x62, 0x69, 0x6C, 0x6F, 0x72, 0x74, 0x78, 0x69, 0x6B, 0x61, 0x63, 0x6C, 0x6D, 0x6E, 0x76,
    0x64, 0x65, 0x61, 0x63, 0x65, 0x66, 0x70, 0x72, 0x6D, 0x78, 0x6D, 0x61, 0x64, 0x6B, 0x6F, 0x70,
    0x72, 0x73, 0x74, 0x75, 0x77, 0x79, 0x61, 0x75, 0x76, 0x62, 0x69, 0x6E, 0x73, 0x73, 0x61, 0x73,
    0x6F, 0x69, 0x6F, 0x6C, 0x73, 0x63, 0x6E, 0x67, 0x6E, 0x72, 0x74, 0x61, 0x64, 0x67, 0x6B, 0x6C,
    0x6E, 0x70, 0x72, 0x73, 0x76, 0x61, 0x64, 0x6C, 0x74, 0x79, 0x65, 0x6C, 0x6E, 0x72, 0x74, 0x61,
    0x62, 0x64, 0x69, 0x6F, 0x65, 0x6B, 0x6C, 0x6E, 0x65, 0x6C, 0x6F, 0x72, 0x77, 0x63, 0x66, 0x6F,
    0x72, 0x69, 0x68, 0x6E, 0x65, 0x78, 0x7A, 0x63, 0x68, 0x6D, 0x6E, 0x64, 0x67, 0x6B, 0x75, 0x6E,
    0x70, 0x72, 0x72, 0x70, 0x6E, 0x65, 0xCE, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0,
    0xD0, 0xD4, 0xD7, 0xD8, 0xD9, 0xDB, 0xD8, 0xD9, 0xDA, 0xD9, 0xD9, 0xD8, 0xD8, 0xD9, 0xD9, 0xD8,
    0xD8, 0xD9, 0xD8, 0xD9, 0xD9, 0xD8, 0xD8, 0x95, 0xA8, 0xAD, 0xB8, 0xAC, 0xAD, 0xAD, 0xAD, 0xAD,
    0x87, 0x9A, 0xAD, 0xAD, 0xAD, 0xBD, 0x84, 0x84, 0xA5, 0x92, 0xBF, 0xAF, 0xB0, 0xB3, 0xB9, 0xBB,
    0x95, 0x9D, 0x96, 0xAD, 0x81, 0x9B, 0xA1, 0xA5, 0xAB, 0xAC, 0xB0, 0x86, 0x89, 0xA8, 0xA7, 0xA9,
    0xB1, 0xB6, 0xA5, 0xBF, 0xAE, 0x88, 0x91, 0x8B, 0x9B, 0xBF, 0xB0, 0xB6, 0xB8, 0xBA, 0xA1, 0xB8,
    0xB3, 0xB9, 0xA0, 0xBB, 0x84, 0x91, 0x94, 0xBA, 0xB7, 0xAD, 0x9A, 0x86, 0xBB, 0x9E, 0x9F, 0x90,
    0x99, 0xB7, 0xBC, 0x9C, 0x70, 0x72, 0x6F, 0x76, 0x65, 0x67, 0x64, 0x64, 0x65, 0x6F, 0x69, 0x6F,
    0x63, 0x6C, 0x6F, 0x6E, 0x6D, 0x69, 0x6B, 0x6E, 0x6F, 0x62, 0x66, 0x74, 0x6E, 0x61, 0x62, 0x70,
    0x66, 0x73, 0x79, 0x61, 0x74, 0x72, 0x78, 0x61, 0x63, 0x74, 0x6C, 0x72, 0x75, 0x72, 0x6C, 0x61,
    0x62, 0x6D, 0x68, 0x79, 0x61, 0x65, 0x61, 0x61, 0x6F, 0x6C, 0x6F, 0x74, 0x69, 0x70, 0x68, 0x6F,
    0x61, 0x72, 0x79, 0x64, 0x61, 0x64, 0x6B, 0x63, 0x65, 0x67, 0x65, 0x6B, 0x68, 0x65, 0x61, 0x74,
    0x75, 0x72, 0x74, 0x6C, 0x74, 0x72, 0x6C, 0x65, 0x67, 0x63, 0x6E, 0x63, 0x67, 0x6F, 0x65, 0x70,
    0x74, 0x68, 0x61, 0x64, 0x6B, 0x74, 0x63, 0x74, 0x74, 0x64, 0x64, 0x61, 0x6B, 0x74, 0x73, 0x61,
    0x61, 0x6C, 0x69, 0x7A, 0x65, 0x6C, 0x76, 0x65, 0x70, 0x63, 0x6F, 0x65, 0x69, 0x61, 0x64, 0x65,
    0x73, 0x74, 0x61, 0x65, 0x68, 0x69, 0x65, 0x68, 0x65, 0x74, 0x6E, 0x6E, 0x72, 0x73, 0x74, 0x61,
    0x6E, 0x6F, 0x69, 0x6F, 0x79, 0x72, 0x72, 0x63, 0x63, 0x61, 0x69, 0x79, 0x69, 0x61, 0x63, 0x6E,
    0x74, 0x75, 0x62, 0x63, 0x65, 0x66, 0x6C, 0x6F, 0x63, 0x6D, 0x70, 0x73, 0x64, 0x73, 0x74, 0x6B,
    0x6C, 0x70, 0x73, 0x6E, 0x70, 0x72, 0x64, 0x63, 0x77, 0x69, 0x73, 0x72, 0x75, 0x75, 0x63, 0x61,
    0x65, 0x69, 0x73, 0x6B, 0x6C, 0x72, 0x69, 0x6C, 0x6F, 0x74, 0x6F, 0x74, 0x69, 0x6D, 0x74, 0x69,
    0x65, 0x63, 0x68, 0x73, 0x74, 0x67, 0x61, 0x61, 0x73, 0x6E, 0x76, 0x61, 0x6B, 0x6C, 0x73, 0x6F,
    0x62, 0x67, 0x74, 0x6B, 0x63, 0x69, 0x72, 0x72, 0x69, 0x65, 0x73, 0x6F, 0x69, 0x63, 0x69, 0x61,
    0x72, 0x73, 0x6F, 0x6E, 0x72, 0x68, 0x65, 0x6F, 0x72, 0x72, 0x65, 0x6C, 0x72, 0x74, 0x69, 0x73,
    0x6D, 0x68, 0x74, 0x65, 0x64, 0x72, 0x74, 0x65, 0x6F, 0x6D, 0x61, 0x65, 0x6D, 0x68, 0x6E, 0x63,
    0x67, 0x72, 0x72, 0x77, 0x6D, 0x64, 0x74, 0x64, 0x65, 0x73, 0x75, 0x6E, 0x65, 0x73, 0x67, 0x6E,
    0x69, 0x64, 0x6E, 0x62, 0x6C, 0x65, 0x64, 0x7A, 0x74, 0x72, 0x65, 0x74, 0x65, 0x69, 0x64, 0x73,
    0x62, 0x69, 0x68, 0x61, 0x64, 0x66, 0x64, 0x67, 0x69, 0x70, 0x74, 0x65, 0x70, 0x63, 0x75, 0x72,
    0x63, 0x65, 0x64, 0x74, 0x75, 0x72, 0x62, 0x67, 0x73, 0x63, 0x6C, 0x70, 0x73, 0x65, 0x6D, 0x76,
    0x68, 0x61, 0x61, 0x6B, 0x64, 0x69, 0x65, 0x64, 0x65, 0x73, 0x70, 0x74, 0x65, 0x6D, 0x73, 0x63,
    0x68, 0x74, 0x6E, 0x63, 0x65, 0x65, 0x6E, 0x6D, 0x62, 0x6F, 0x75, 0x69, 0x6F, 0x74, 0x75, 0x65,
    0x75, 0x65, 0x72, 0x73, 0x6C, 0x61, 0x61, 0x75, 0x63, 0x75, 0x61, 0x70, 0x7A, 0x65, 0x73, 0x75,
    0x6F, 0x73, 0x67, 0x69, 0x66, 0x69, 0x72, 0x64, 0x63, 0x69, 0x6C, 0x61, 0x68, 0x67, 0x64, 0x6B,
    0x74, 0x61, 0x62, 0x62, 0x65, 0x63, 0x64, 0x78, 0x61, 0x69, 0x72, 0x79, 0x73, 0x6C, 0x72, 0x61,
    0x6F, 0x75, 0x74, 0x69, 0x6C, 0x65, 0x68, 0x65, 0x6C, 0x69, 0x6F, 0x63, 0x64, 0x6B, 0x73, 0x65,
    0x69, 0x69, 0x6E, 0x6B, 0x75, 0x74, 0x64, 0x74, 0x65, 0x66, 0x61, 0x64, 0x69, 0x65, 0x75, 0x79,
    0x72, 0x66, 0x73, 0x65, 0x61, 0x67, 0x6B, 0x72, 0x73, 0x65, 0x74, 0x6F, 0x69, 0x69, 0x74, 0x62,
    0x65, 0x6F, 0x75, 0x63, 0x6C, 0x6D, 0x72, 0x69, 0x74, 0x73, 0x69, 0x61, 0x61, 0x65, 0x73, 0x74,
    0x61, 0x6D, 0x74, 0x63, 0x6F, 0x69, 0x63, 0x65, 0x75, 0x65, 0x6F, 0x65, 0x69, 0x75, 0x79, 0x62,
    0x66, 0x77, 0x73, 0x68, 0x73, 0x74, 0x75, 0x6F, 0x65, 0x6F, 0x6A, 0x73, 0x69, 0x74, 0x72, 0x74,
    0x65, 0x69, 0x6E, 0x79, 0x6E, 0x6F, 0x67, 0x6F, 0x69, 0x6F, 0x6E, 0x63, 0x6E, 0x61, 0x65, 0x67,
    0x6B, 0x75, 0x65, 0x70, 0x61, 0x65, 0x69, 0x73, 0x74, 0x73, 0x77, 0x7A, 0x72, 0x6C, 0x6E, 0x74,
    0x73, 0x67, 0x73, 0x74, 0x67, 0x6B, 0x6E, 0x7A, 0x63, 0x79, 0x6D, 0x73, 0x6C, 0x65, 0x69, 0x6E,
    0x74, 0x6D, 0x78, 0x73, 0x6D, 0x64, 0x66, 0x67, 0x6D, 0x70, 0x74, 0x64, 0x6E, 0x62, 0x73, 0x69,
    0x69, 0x64, 0x64, 0x6C, 0x69, 0x73, 0x75, 0x61, 0x73, 0x74, 0x69, 0x74, 0x61, 0x6F, 0x75, 0x74,
    0x69, 0x72, 0x68, 0x6F, 0x68, 0x74, 0x68, 0x6B, 0x65, 0x65, 0x6D, 0x70, 0x62, 0x72, 0x6B, 0x72,
    0x65, 0x75, 0x65, 0x6F, 0x73, 0x64, 0x6F, 0x6F, 0x6C, 0x65, 0x6F, 0x61, 0x6D, 0x6F, 0x75, 0x77,
    0x65, 0x6F, 0x72, 0x74, 0x72, 0x74, 0x75, 0x6B, 0x65, 0x65, 0x76, 0x65, 0x79, 0x6E, 0x72, 0x77,
    0x6C, 0x61, 0x6B, 0x65, 0x70, 0x75, 0x77, 0x69, 0x6B, 0x61, 0x67, 0x65, 0x6E, 0x70, 0x6E, 0x72,
    0x6C, 0x66, 0x63, 0x69, 0x74, 0x75, 0x61, 0x75, 0x67, 0x79, 0x63, 0x65, 0x72, 0x74, 0x65, 0x64,
    0x70, 0x72, 0x74, 0x67, 0x63, 0x72, 0x65, 0x64, 0x6C, 0x6B, 0x70, 0x66, 0x67, 0x75, 0x74, 0x66,
    0x73, 0x6E, 0x61, 0x74, 0x70, 0x6B, 0x62, 0x67, 0x61, 0x74, 0x69, 0x6D, 0x68, 0x65, 0x61, 0x6E,
    0x61, 0x61, 0x61, 0x6B, 0x6E, 0x66, 0x73, 0x65, 0x6F, 0x61, 0x61, 0x6C, 0x61, 0x79, 0x6C, 0x61,
    0x68, 0x61, 0x72, 0x6E, 0x6F, 0x73, 0x64, 0x69, 0x76, 0x73, 0x65, 0x65, 0x68, 0x6E, 0x6E, 0x63,
    0x76, 0x61, 0x61, 0x67, 0x61, 0x74, 0x69, 0x6D, 0x73, 0x6A, 0x65, 0x69, 0x6C, 0x67, 0x61, 0x69,
    0x74, 0x61, 0x6F, 0x61, 0x6B, 0x6B, 0x76, 0x65, 0x69, 0x6F, 0x61, 0x6C, 0x65, 0x6D, 0x74, 0x67,
    0x6D, 0x63, 0x74, 0x63, 0x65, 0x73, 0x64, 0x62, 0x72, 0x73, 0x6E, 0x69, 0x6C, 0x64, 0x65, 0x6E,
    0x74, 0x64, 0x6B, 0x6C, 0x78, 0x6F, 0x6E, 0x75, 0x72, 0x68, 0x6F, 0x61, 0x64, 0x6F, 0x61, 0x6F,
    0x74, 0x70, 0x61, 0x6F, 0x70, 0x65, 0x72, 0x9B, 0xA5, 0x93, 0x95, 0x95, 0xAE, 0x90, 0x9E, 0x9A,
    0x9E, 0x9D, 0xA0, 0xA3, 0xA4, 0x90, 0xA0, 0x9A, 0x90, 0xB1, 0x95, 0xA8, 0xAA, 0xB1, 0x84, 0x85,
    0x8C, 0xA7, 0x8A, 0xBE, 0x88, 0x88, 0xA8, 0xB1, 0x85, 0x84, 0xB7, 0xA7, 0x88, 0xB5, 0x84, 0x88,
    0x85, 0xA7, 0xA7, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0,
    0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE1, 0xE3, 0xE3, 0xE3, 0xE3, 0xE3, 0xE3, 0xE3, 0xE3, 0xE7, 0xE4,
    0xE5, 0xE6, 0xE4, 0xE5, 0xE6, 0xE5, 0xE5, 0xE5, 0xE7, 0xE6, 0xE7, 0xE5, 0xE6, 0xE9, 0xE7, 0xE4,
    0xE6, 0xE4, 0xE4, 0xE9, 0xE8, 0xE4, 0xE5, 0xE5, 0xE7, 0xE6, 0xE8, 0xE8, 0xE5, 0xE5, 0xE9, 0xE5,
    0xE7, 0xE6, 0xE9, 0xE6, 0xE9, 0xE7, 0xE5, 0xE5, 0xE7, 0xE5, 0xE7, 0xE9, 0xE5, 0xE6, 0xE7, 0xE8,
    0xE5, 0xE8, 0xE5, 0xE5, 0xE5, 0xE6, 0xEB, 0xEC, 0xEC, 0xEA, 0x74, 0x74, 0x69, 0x61, 0x68, 0x65,
    0x6E, 0x75, 0x76, 0x72, 0x74, 0x61, 0x69, 0x63, 0x68, 0x63, 0x75, 0x6F, 0x65, 0x72, 0x61, 0x61,
    0x69, 0x74, 0x63, 0x6F, 0x69, 0x6D, 0x61, 0x65, 0x79, 0x6F, 0x61, 0x74, 0x65, 0x72, 0x63, 0x69,
    0x63, 0x65, 0x72, 0x69, 0x62, 0x6F, 0x6F, 0x6F, 0x73, 0x6E, 0x65, 0x75, 0x6D, 0x6E, 0x65, 0x6C,
    0x66, 0x61, 0x62, 0x65, 0x61, 0x72, 0x73, 0x74, 0x6C, 0x69, 0x62, 0x74, 0x65, 0x6F, 0x6B, 0x63,
    0x6B, 0x6D, 0x61, 0x73, 0x72, 0x69, 0x73, 0x68, 0x69, 0x6F, 0x69, 0x65, 0x67, 0x64, 0x65, 0x68,
    0x73, 0x70, 0x74, 0x64, 0x6E, 0x69, 0x72, 0x65, 0x6E, 0x74, 0x74, 0x76, 0x73, 0x65, 0x69, 0x69,
    0x6E, 0x72, 0x6F, 0x65, 0x65, 0x6E, 0x69, 0x65, 0x70, 0x74, 0x65, 0x73, 0x6D, 0x73, 0x63, 0x69,
    0x6C, 0x6F, 0x64, 0x63, 0x65, 0x6D, 0x6E, 0x6B, 0x69, 0x68, 0x64, 0x6D, 0x68, 0x73, 0x65, 0x65,
    0x67, 0x61, 0x62, 0x75, 0x61, 0x75, 0x65, 0x6F, 0x74, 0x75, 0x61, 0x72, 0x69, 0x69, 0x74, 0x6F,
    0x73, 0x69, 0x6B, 0x6E, 0x73, 0x69, 0x75, 0x72, 0x65, 0x6E, 0x75, 0x65, 0x73, 0x65, 0x76, 0x69,
    0x61, 0x63, 0x61, 0x69, 0x67, 0x6F, 0x74, 0x63, 0x6F, 0x6F, 0x65, 0x69, 0x61, 0x6C, 0x65, 0x69,
    0x6F, 0x6E, 0x61, 0x68, 0x61, 0x61, 0x6C, 0x63, 0x67, 0x6E, 0x72, 0x74, 0x6E, 0x70, 0x73, 0x74,
    0x61, 0x61, 0x76, 0x74, 0x62, 0x61, 0x72, 0x73, 0x65, 0x61, 0x77, 0x68, 0x6C, 0x65, 0x69, 0x78,
    0x62, 0x61, 0x65, 0x6C, 0x6C, 0x6E, 0x73, 0x64, 0x69, 0x65, 0x6B, 0x68, 0x69, 0x65, 0x69, 0x6E,
    0x62, 0x78, 0x61, 0x6D, 0x64, 0x65, 0x61, 0x74, 0x74, 0x78, 0x69, 0x6F, 0x65, 0x6F, 0x75, 0x73,
    0x65, 0x69, 0x67, 0x73, 0x73, 0x6E, 0x65, 0x73, 0x61, 0x6F, 0x6C, 0x64, 0x70, 0x68, 0x79, 0x6C,
    0x6E, 0x68, 0x69, 0x6E, 0x65, 0x65, 0x70, 0x64, 0x69, 0x65, 0x61, 0x75, 0x6F, 0x62, 0x74, 0x69,
    0x65, 0x6F, 0x6D, 0x63, 0x65, 0x69, 0x64, 0x64, 0x67, 0x73, 0x61, 0x79, 0x65, 0x69, 0x69, 0x6C,
    0x61, 0x65, 0x65, 0x74, 0x64, 0x74, 0x6F, 0x61, 0x62, 0x73, 0x6E, 0x69, 0x72, 0x6C, 0x72, 0x69,
    0x73, 0x61, 0x68, 0x65, 0x69, 0x6E, 0x6F, 0x61, 0x74, 0x6C, 0x72, 0x72, 0x6F, 0x70, 0x65, 0x79,
    0x65, 0x6C, 0x68, 0x6E, 0x74, 0x65, 0x67, 0x6F, 0x69, 0x72, 0x6F, 0x72, 0x61, 0x69, 0x6F, 0x72,
    0x65, 0x6C, 0x6E, 0x6F, 0x65, 0x65, 0x65, 0x61, 0x6C, 0x73, 0x73, 0x69, 0x73, 0x74, 0x79, 0x74,
    0x6F, 0x65, 0x79, 0x6E, 0x6C, 0x73, 0x65, 0x73, 0x6F, 0x65, 0x6F, 0x69, 0x62, 0x6E, 0x72, 0x73,
    0x69, 0x6F, 0x75, 0x67, 0x6F, 0x65, 0x69, 0x68, 0x72, 0x65, 0x6E, 0x6E, 0x61, 0x6F, 0x72, 0x6B,
    0x69, 0x69, 0x6F, 0x75, 0x6C, 0x73, 0x79, 0x74, 0x62, 0x72, 0x6F, 0x67, 0x6F, 0x72, 0x65, 0x73,
    0x75, 0x61, 0x65, 0x78, 0x79, 0x6F, 0x72, 0x61, 0x6C, 0x6F, 0x74, 0x6F, 0x64, 0x73, 0x6E, 0x61,
    0x61, 0x61, 0x68, 0x6F, 0x75, 0x76, 0x72, 0x63, 0x61, 0x61, 0x61, 0x61, 0x6E, 0x6E, 0x75, 0x6C,
    0x67, 0x6E, 0x6E, 0x69, 0x61, 0x6B, 0x65, 0x73, 0x72, 0x73, 0x6E, 0x73, 0x79, 0x61, 0x65, 0x6D,
    0x69, 0x65, 0x6F, 0x69, 0x65, 0x65, 0x75, 0x65, 0x61, 0x65, 0x73, 0x62, 0x72, 0x74, 0x65, 0x69,
    0x73, 0x65, 0x75, 0x72, 0x6F, 0x65, 0x65, 0x65, 0x65, 0x74, 0x6E, 0x6F, 0x65, 0x74, 0x70, 0x74,
    0x6D, 0x62, 0x65, 0x61, 0x61, 0x69, 0x72, 0x62, 0x61, 0x65, 0x6F, 0x61, 0x68, 0x74, 0x65, 0x73,
    0x6F, 0x72, 0x79, 0x79, 0x6C, 0x74, 0x72, 0x6E, 0x63, 0x75, 0x76, 0x66, 0x65, 0x69, 0x6C, 0x6F,
    0x6C, 0x61, 0x6E, 0x68, 0x63, 0x72, 0x63, 0x72, 0x69, 0x6E, 0x67, 0x70, 0x6C, 0x73, 0x73, 0x70,
    0x6A, 0x74, 0x72, 0x6C, 0x65, 0x67, 0x74, 0x65, 0x65, 0x61, 0x62, 0x77, 0x72, 0x74, 0x65, 0x67,
    0x74, 0x61, 0x61, 0x6C, 0x68, 0x65, 0x6F, 0x72, 0x6B, 0x61, 0x65, 0x61, 0x69, 0x79, 0x65, 0x73,
    0x6C, 0x6F, 0x65, 0x6B, 0x63, 0x74, 0x73, 0x65, 0x6E, 0x65, 0x65, 0x61, 0x65, 0x6D, 0x72, 0x6F,
    0x6E, 0x63, 0x66, 0x73, 0x69, 0x74, 0x65, 0x64, 0x61, 0x73, 0x6C, 0x78, 0x78, 0x6C, 0x79, 0x6F,
    0x73, 0x79, 0x69, 0x6C, 0x73, 0x74, 0x65, 0x69, 0x6E, 0x65, 0x74, 0x73, 0x75, 0x6B, 0x6E, 0x6F,
    0x65, 0x74, 0x75, 0x73, 0x75, 0x73, 0xC3, 0x69, 0x65, 0x6F, 0x6E, 0x61, 0x69, 0x6F, 0x61, 0x6E,
    0x61, 0x73, 0x6F, 0x6E, 0x67, 0x6F, 0x73, 0x61, 0x65, 0x67, 0x61, 0x68, 0x68, 0x61, 0x72, 0x69,
    0x69, 0x6F, 0x77, 0x69, 0x6F, 0x65, 0x65, 0x73, 0x73, 0x64, 0x78, 0x69, 0x61, 0x69, 0x74, 0x6F,
    0x78, 0x65, 0x62, 0x68, 0x75, 0x6F, 0x6F, 0x69, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0,
    0xD0, 0xD0, 0xD0, 0xD0, 0xD0, 0xD5, 0xD7, 0xD9, 0xD8, 0xD8, 0xD8, 0xD9, 0xD8, 0xD8, 0xD8, 0xD8,
    0xD8, 0xD9, 0xD8, 0xD9, 0xD8, 0xD8, 0xD8, 0xD8, 0xD8, 0xD9, 0xD8, 0xD9, 0xD8, 0xD9, 0xD8, 0xDA,
    0xD8, 0xA5, 0xA5, 0xA4, 0xA4, 0xA6, 0xA6, 0xA8, 0xAA, 0xAC, 0xAE, 0xAE, 0xB0, 0xB2, 0xB4, 0xB6,
    0xB8, 0xB8, 0xBA, 0xB2, 0x82, 0x83, 0x83, 0x83, 0x83, 0x83, 0x82, 0x82, 0x95, 0xBF, 0x9B, 0x9C,
    0x96, 0xB8, 0xB1, 0x81, 0xBA, 0x8D, 0x8F, 0x9B, 0xB9, 0x81, 0x9F, 0xBA, 0xA0, 0x87, 0xBA, 0xBC,
    0x8B, 0xB8, 0xB9, 0x9B, 0xA1, 0xB8, 0x8D, 0x96, 0x88, 0x9C, 0xA1, 0x81, 0x8A, 0xBA, 0x8A, 0x97,
    0xB0, 0xB1, 0x9E, 0xA9, 0x88, 0x96, 0x9C, 0xAE, 0x8A, 0xBB, 0x9D, 0xBA, 0xAB, 0xBB, 0x80, 0x9F,
    0xAD, 0x89, 0xB2, 0x9B, 0xA8, 0x88, 0x93, 0x8E, 0xA0, 0xB8, 0x84, 0xBB, 0x84, 0xB5, 0x68, 0x74,
    0x65, 0x64, 0x61, 0x6D, 0x74, 0x6E, 0x65, 0x6C, 0x61, 0x61, 0x79, 0x73, 0x72, 0x6C, 0x6F, 0x62,
    0x79, 0x6E, 0x61, 0x65, 0x6D, 0x63, 0x72, 0x74, 0x69, 0x6E, 0x6D, 0x65, 0x6F, 0x69, 0x74, 0x6E,
    0x6F, 0x6C, 0x73, 0x72, 0x63, 0x65, 0x61, 0x6C, 0x61, 0x6F, 0x69, 0x61, 0x74, 0x75, 0x6E, 0x79,
    0x65, 0x6E, 0x75, 0x69, 0x66, 0x6F, 0x62, 0x62, 0x72, 0x69, 0x6E, 0x6B, 0x6E, 0x71, 0x73, 0x65,
    0x77, 0x72, 0x65, 0x65, 0x65, 0x74, 0x65, 0x65, 0x6E, 0x61, 0x72, 0x6F, 0x61, 0x61, 0x72, 0x65,
    0x68, 0x6F, 0x69, 0x6C, 0x72, 0x6C, 0x65, 0x74, 0x61, 0x74, 0x65, 0x6C, 0x68, 0x61, 0x65, 0x65,
    0x61, 0x73, 0x69, 0x63, 0x71, 0x69, 0x65, 0x65, 0x67, 0x6E, 0x73, 0x61, 0x6E, 0x6E, 0x72, 0x74,
    0x63, 0x73, 0x72, 0x6C, 0x63, 0x61, 0x6E, 0x63, 0x72, 0x6E, 0x65, 0x74, 0x65, 0x65, 0x6E, 0x67,
    0x6E, 0x72, 0x65, 0x65, 0x74, 0x72, 0x6C, 0x73, 0x6E, 0x6E, 0x61, 0x74, 0x75, 0x76, 0x72, 0x6E,
    0x6E, 0x6F, 0x70, 0x74, 0x6E, 0x74, 0x6B, 0x79, 0x65, 0x70, 0x6D, 0x73, 0x65, 0x6E, 0x6C, 0x69,
    0x73, 0x61, 0x6E, 0x74, 0x65, 0x73, 0x73, 0x69, 0x79, 0x72, 0x6F, 0x61, 0x72, 0x72, 0x69, 0x63,
    0x74, 0x61, 0x6E, 0x73, 0x72, 0x74, 0x73, 0x72, 0x64, 0x65, 0x61, 0x6C, 0x61, 0x6E, 0x6E, 0x64,
    0x69, 0x73, 0x65, 0x74, 0x6C, 0x72, 0x70, 0x6E, 0x6E, 0x65, 0x67, 0x6C, 0x64, 0x6F, 0x61, 0x65,
    0x65, 0x67, 0x69, 0x73, 0x72, 0x69, 0x72, 0x72, 0x75, 0x61, 0x68, 0x6E, 0x73, 0x70, 0x69, 0x68,
    0x79, 0x6E, 0x61, 0x65, 0x6F, 0x65, 0x77, 0x74, 0x6E, 0x65, 0x73, 0x69, 0x73, 0x61, 0x74, 0x69,
    0x74, 0x69, 0x74, 0x61, 0x65, 0x6E, 0x74, 0x74, 0x6E, 0x63, 0x6C, 0x62, 0x72, 0x72, 0x67, 0x67,
    0x73, 0x65, 0x6E, 0x68, 0x6C, 0x70, 0x72, 0x65, 0x65, 0x73, 0x72, 0x72, 0x78, 0x6F, 0x72, 0x73,
    0x61, 0x6D, 0x6F, 0x73, 0x6C, 0x6F, 0x62, 0x72, 0x72, 0x6B, 0x6F, 0x6E, 0x74, 0x69, 0x65, 0x6C,
    0x67, 0x72, 0x6E, 0x6E, 0x65, 0x79, 0x64, 0x6E, 0x70, 0x65, 0x74, 0x6F, 0x61, 0x61, 0x6C, 0x61,
    0x73, 0x75, 0x69, 0x6D, 0x66, 0x73, 0x62, 0x65, 0x79, 0x68, 0x65, 0x6C, 0x6E, 0x61, 0x77, 0x63,
    0x74, 0x6D, 0x6C, 0x6C, 0x61, 0x6E, 0x61, 0x6E, 0x69, 0x72, 0x61, 0x6C, 0x69, 0x6E, 0x79, 0x77,
    0x6E, 0x7A, 0x76, 0x65, 0x77, 0x6E, 0x76, 0x65, 0x72, 0x65, 0x65, 0x69, 0x74, 0x6E, 0x61, 0x72,
    0x6F, 0x61, 0x65, 0x67, 0x72, 0x61, 0x70, 0x67, 0x73, 0x6F, 0x74, 0x74, 0x72, 0x65, 0x74, 0x69,
    0x69, 0x72, 0x63, 0x65, 0x72, 0x63, 0x6E, 0x63, 0x67, 0x73, 0x6F, 0x79, 0x65, 0x6F, 0x62, 0x6E,
    0x6E, 0x6C, 0x72, 0x74, 0x6C, 0x75, 0x77, 0x74, 0x72, 0x61, 0x72, 0x73, 0x75, 0x61, 0x79, 0x61,
    0x6C, 0x6E, 0x69, 0x69, 0x66, 0x64, 0x61, 0x6C, 0x65, 0x72, 0x63, 0x6E, 0x68, 0x65, 0x69, 0x74,
    0x63, 0x72, 0x68, 0x69, 0x69, 0x69, 0x61, 0x65, 0x72, 0x6C, 0x61, 0x61, 0x69, 0x65, 0x64, 0x65,
    0x75, 0x62, 0x66, 0x69, 0x6F, 0x68, 0x67, 0x6D, 0x6F, 0x69, 0x79, 0x72, 0x72, 0x69, 0x68, 0x63,
    0x79, 0x74, 0x6D, 0x69, 0x6F, 0x74, 0x6F, 0x6F, 0x6F, 0x69, 0x6F, 0x65, 0x73, 0x65, 0x72, 0x74,
    0x61, 0x6E, 0x78, 0x78, 0x62, 0x61, 0x6E, 0x69, 0x6C, 0x65, 0x6D, 0x72, 0x69, 0x61, 0x72, 0x69,
    0x96, 0x63, 0x73, 0x67, 0x73, 0x6E, 0x6E, 0x70, 0x64, 0x77, 0x67, 0x65, 0x73, 0x72, 0x72, 0x6F,
    0x6E, 0x65, 0x65, 0x6D, 0x74, 0x6E, 0x68, 0x61, 0x77, 0x72, 0x72, 0x69, 0x74, 0x6E, 0x61, 0x73,
    0x75, 0x78, 0x61, 0x61, 0x62, 0x73, 0x63, 0x9B, 0xA2, 0xA2, 0x9C, 0x94, 0x9D, 0xA1, 0x9B, 0x93,
    0xA1, 0x99, 0x91, 0xA0, 0x97, 0x85, 0x9D, 0x88, 0xB5, 0xA7, 0xA7, 0xA8, 0xAC, 0xB3, 0xB9, 0x85,
    0xA7, 0xB1, 0xB1, 0xB2, 0xAA, 0xA7, 0x86, 0xAF, 0xB1, 0x83, 0xA7, 0xA8, 0xA7, 0xB3, 0xB1, 0xAB,
    0x85, 0xB1, 0x8A, 0xA8, 0xB1, 0x82, 0xB1, 0xA9, 0xB1, 0x89, 0x87, 0xBE, 0x82, 0xBE, 0xBE, 0xBE,
    0xBE, 0xBE, 0xA8, 0xB2, 0xBF, 0xBE, 0xBE, 0xBE, 0x82, 0xAD, 0x97, 0xB2, 0x94, 0x93, 0xA9, 0xBC,
    0xA0, 0x88, 0xBC, 0xA1, 0xA4, 0x8C, 0xA1, 0xBD, 0x8B, 0x87, 0x9A, 0xB1, 0xAF, 0xB7, 0xA6, 0xB8,
    0x8A, 0xBE, 0xA3, 0x8E, 0x97, 0x87, 0x8C, 0xBF, 0x97, 0xBF, 0xBB, 0x90, 0xBB, 0x8C, 0x9C, 0x9A,
    0x84, 0xB1, 0xBA, 0xA8, 0x98, 0xA1, 0x9C, 0xA0, 0xBB, 0x9A, 0x8D, 0x84, 0xAC, 0x8F, 0x80, 0x8B,
    0x9D, 0xA8, 0x87, 0x80, 0x97, 0x99, 0x9C, 0x9A, 0xBA, 0x8C, 0xA9, 0xA9, 0xA2, 0x8A, 0xA9, 0x81,
    0x85, 0xBC, 0xAF, 0xB7, 0xB4, 0xB1, 0xAD, 0x6F, 0x62, 0x79, 0x75, 0x74, 0x79, 0x6E, 0x63, 0x6D,
    0x61, 0x61, 0x74, 0x61, 0x64, 0x69, 0x64, 0x65, 0x6C, 0x61, 0x61, 0x65, 0x6E, 0x65, 0x74, 0x61,
    0x78, 0x72, 0x6F, 0x79, 0x6F, 0x6E, 0x6C, 0x62, 0x73, 0x79, 0x79, 0x72, 0x75, 0x65, 0x69, 0x6E,
    0x67, 0x75, 0x63, 0x73, 0x61, 0x72, 0x6C, 0x73, 0x69, 0x72, 0x73, 0x6B, 0x72, 0x77, 0x6C, 0x6E,
    0x73, 0x72, 0x6E, 0x69, 0x6C, 0x79, 0x69, 0x6D, 0x65, 0x6E, 0x6C, 0x74, 0x6E, 0x75, 0x6E, 0x64,
    0x65, 0x65, 0x74, 0x6E, 0x69, 0x79, 0x65, 0x65, 0x75, 0x74, 0x74, 0x63, 0x67, 0x61, 0x79, 0x73,
    0x73, 0x63, 0x75, 0x74, 0x73, 0x65, 0x72, 0x74, 0x61, 0x74, 0x64, 0x6C, 0x6F, 0x6E, 0x65, 0x73,
    0x61, 0x69, 0x65, 0x72, 0x65, 0x6F, 0x63, 0x61, 0x73, 0x6E, 0x67, 0x64, 0x73, 0x70, 0x6E, 0x73,
    0x6E, 0x63, 0x69, 0x6F, 0x74, 0x65, 0x69, 0x6F, 0x6C, 0x67, 0x73, 0x73, 0x74, 0x73, 0x74, 0x74,
    0x6C, 0x65, 0x74, 0x69, 0x73, 0x6F, 0x65, 0x75, 0x72, 0x75, 0x79, 0x67, 0x79, 0x69, 0x6E, 0x61,
    0x65, 0x63, 0x79, 0x61, 0x73, 0x67, 0x74, 0x6E, 0x63, 0x6B, 0x74, 0x69, 0x67, 0x79, 0x70, 0x6F,
    0x6E, 0x65, 0x61, 0x67, 0x73, 0x6C, 0x69, 0x6C, 0x72, 0x74, 0x75, 0x6E, 0x61, 0x6D, 0x67, 0x74,
    0x69, 0x75, 0x79, 0x61, 0x72, 0x6F, 0x6F, 0x72, 0x6E, 0x75, 0x6F, 0x61, 0x6B, 0x67, 0x74, 0x65,
    0x76, 0x73, 0x65, 0x65, 0x63, 0x6E, 0x73, 0x79, 0x6E, 0x64, 0x6E, 0x61, 0x63, 0x6D, 0x69, 0x73,
    0x74, 0x6C, 0x74, 0x6C, 0x65, 0x72, 0x61, 0x73, 0x65, 0x6F, 0x69, 0x72, 0x61, 0x67, 0x79, 0x61,
    0x6C, 0x77, 0x6B, 0x78, 0x6B, 0x72, 0x6C, 0x72, 0x65, 0x65, 0x61, 0x67, 0x79, 0x73, 0x63, 0x65,
    0x73, 0x65, 0x6E, 0x69, 0x72, 0x65, 0x63, 0x73, 0x72, 0x65, 0x72, 0x61, 0x6E, 0x65, 0x69, 0x74,
    0x73, 0x74, 0x74, 0x74, 0x74, 0x72, 0x73, 0x6E, 0x72, 0x63, 0x73, 0x69, 0x72, 0x73, 0x68, 0x64,
    0x74, 0x6E, 0x75, 0x67, 0x6B, 0x66, 0x74, 0x72, 0x7A, 0x65, 0x73, 0x74, 0x65, 0x69, 0x61, 0x6E,
    0x6D, 0x6D, 0x73, 0x6E, 0x72, 0x6F, 0x6C, 0x62, 0x73, 0x62, 0x61, 0x61, 0x6C, 0x75, 0x6F, 0x65,
    0x65, 0x74, 0x79, 0x6F, 0x65, 0x73, 0x74, 0x6C, 0x74, 0x6E, 0x6B, 0x72, 0x65, 0x73, 0x79, 0x61,
    0x67, 0x6E, 0x63, 0x65, 0x63, 0x73, 0x6F, 0x72, 0x65, 0x67, 0x67, 0x68, 0x72, 0x65, 0x61, 0x74,
    0x75, 0x73, 0x72, 0x65, 0x67, 0x6F, 0x6D, 0x73, 0x73, 0x73, 0x64, 0x79, 0x6E, 0x73, 0x6D, 0x65,
    0x68, 0xD0, 0xD0, 0xD0, 0xD0, 0xD0, 0xD8, 0xD8, 0xD9, 0xD8, 0xD8, 0xD8, 0xD8, 0xD9, 0xD8, 0xD8,
    0xD8, 0xD8, 0xD8, 0xD9, 0xD8, 0xD8, 0xD8, 0xD9, 0xD8, 0xD9, 0xD9, 0xD8, 0xD9, 0xD8, 0xD8, 0xD9,
    0xD8, 0xD8, 0xD8, 0xD8, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0,
    0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE3, 0xE3, 0xE3, 0xE3, 0xE3, 0xE3, 0xE3, 0xE7, 0xE5,
    0xE6, 0xE6, 0xE4, 0xE5, 0xE9, 0xE6, 0xE4, 0xE7, 0xE6, 0xE9, 0x69, 0x72, 0x61, 0x63, 0x65, 0x65,
    0x6E, 0x65, 0x6E, 0x61, 0x63, 0x6E, 0x6C, 0x74, 0x79, 0x65, 0x6E, 0x63, 0x73, 0x74, 0x73, 0x6C,
    0x61, 0x69, 0x73, 0x72, 0x62, 0x67, 0x65, 0x6F, 0x74, 0x79, 0x73, 0x74, 0x73, 0x73, 0x6C, 0x65,
    0x6E, 0x6F, 0x67, 0x63, 0x61, 0x72, 0x69, 0x73, 0x67, 0x65, 0x67, 0x6B, 0x74, 0x72, 0x63, 0x69,
    0x74, 0x63, 0x61, 0x6E, 0x6C, 0x79, 0x65, 0x74, 0x73, 0x72, 0x74, 0x72, 0x64, 0x6F, 0x72, 0x69,
    0x6E, 0x6E, 0x65, 0x74, 0x69, 0x6B, 0x65, 0x61, 0x64, 0x6B, 0x79, 0x61, 0x6E, 0x65, 0x68, 0x77,
    0x6C, 0x69, 0x75, 0x6F, 0x72, 0x6F, 0x72, 0x6E, 0x64, 0x72, 0x72, 0x73, 0x6E, 0x6B, 0x61, 0x69,
    0x73, 0x73, 0x6F, 0x64, 0x73, 0x6C, 0x6C, 0x69, 0x69, 0x69, 0x74, 0x63, 0x74, 0x65, 0x61, 0x6C,
    0x6E, 0x74, 0x67, 0x6F, 0x75, 0x65, 0x68, 0x65, 0x65, 0x75, 0x6C, 0x67, 0x6E, 0x6B, 0x65, 0x6E,
    0x74, 0x6C, 0x69, 0x64, 0x79, 0x6E, 0x6C, 0x64, 0x66, 0x73, 0x6E, 0x65, 0x63, 0x72, 0x65, 0x69,
    0x61, 0x65, 0x73, 0x72, 0x72, 0x69, 0x78, 0x64, 0x69, 0x73, 0x6E, 0x79, 0x61, 0x73, 0x74, 0x67,
    0x63, 0x69, 0x73, 0x69, 0x79, 0x69, 0x69, 0x61, 0x65, 0x65, 0x65, 0x63, 0x61, 0x6C, 0x68, 0x64,
    0x62, 0x63, 0x6C, 0x73, 0x6F, 0x79, 0x73, 0x6C, 0x67, 0x65, 0x6B, 0x65, 0x6E, 0x65, 0x6E, 0x72,
    0x70, 0x6C, 0x73, 0x76, 0x63, 0x6F, 0x6F, 0x79, 0x69, 0x67, 0x68, 0x72, 0x74, 0x69, 0x6E, 0x64,
    0x73, 0x6E, 0x65, 0x65, 0x69, 0x72, 0x67, 0x63, 0x68, 0x6B, 0x65, 0x68, 0x61, 0x98, 0x9E, 0x9A,
    0x90, 0xA2, 0xB8, 0xA7, 0x85, 0xB1, 0xAD, 0xB2, 0xB9, 0x84, 0xBA, 0xB1, 0xA7, 0xAA, 0xA7, 0x83,
    0xB1, 0xB3, 0xA7, 0x8A, 0xA9, 0x82, 0x86, 0xB7, 0x88, 0xB3, 0xA7, 0x8A, 0xB9, 0xA7, 0xB3, 0xAA,
    0xA4, 0xA4, 0xA4, 0xA4, 0xA6, 0xA6, 0xA7, 0xA8, 0xAA, 0xAC, 0xAF, 0xAE, 0xAE, 0xB0, 0xB2, 0xB4,
    0xB6, 0xB8, 0xB8, 0xBA, 0x81, 0x82, 0x82, 0x82, 0x83, 0x83, 0x83, 0xBD, 0xA4, 0xB1, 0x95, 0xBD,
    0x9D, 0x94, 0x9C, 0xBA, 0x9B, 0xB5, 0x87, 0x65, 0x6E, 0x6F, 0x6F, 0x7A, 0x65, 0x66, 0x6D, 0x73,
    0x74, 0x65, 0x65, 0x70, 0x61, 0x61, 0x6C, 0x64, 0x74, 0x67, 0x61, 0x65, 0x6F, 0x65, 0x73, 0x6E,
    0x73, 0x79, 0x74, 0x6E, 0x6F, 0x68, 0x72, 0x69, 0x6C, 0x79, 0x6E, 0x69, 0x73, 0x74, 0x6F, 0x63,
    0x73, 0x6C, 0x65, 0x6F, 0x6F, 0x73, 0x72, 0x78, 0x65, 0x74, 0x73, 0x72, 0x75, 0x74, 0x73, 0x65,
    0x6C, 0x65, 0x65, 0x65, 0x65, 0x69, 0x6E, 0x65, 0x69, 0x70, 0x70, 0x73, 0x69, 0x72, 0x72, 0x72,
    0x65, 0x63, 0x6E, 0x67, 0x73, 0x73, 0x65, 0x74, 0x68, 0x63, 0x6C, 0x64, 0x6E, 0x63, 0x74, 0x6F,
    0x64, 0x70, 0x63, 0x63, 0x73, 0x70, 0x69, 0x61, 0x6F, 0x69, 0x65, 0x6F, 0x61, 0x74, 0x6C, 0x61,
    0x6E, 0x69, 0x6F, 0x6F, 0x65, 0x68, 0x6E, 0x61, 0x73, 0x74, 0x6B, 0x6D, 0x6D, 0x65, 0x72, 0x67,
    0x63, 0x61, 0x73, 0x74, 0x73, 0x6E, 0x72, 0x6E, 0x65, 0x65, 0x68, 0x69, 0x6C, 0x69, 0xD0, 0xD0,
    0xD0, 0xD8, 0xD9, 0xD9, 0xD8, 0xD8, 0xD8, 0xD9, 0xD9, 0xD8, 0xD8, 0xD9, 0xD8, 0xD8, 0xD9, 0xD8,
    0xD9, 0xD9, 0xD9, 0xD9, 0xD8, 0xD9, 0xD8, 0xAE, 0x9F, 0xB0, 0x97, 0x82, 0xB0, 0xB0, 0xB0, 0xB0,
    0xB0, 0x8D, 0x99, 0x99, 0xB0, 0xB0, 0xB0, 0x9A, 0xA1, 0xA2, 0xA7, 0xAA, 0xA6, 0xB0, 0xA2, 0xAB,
    0x83, 0xB3, 0x91, 0xA7, 0xBD, 0x99, 0xA0, 0xA1, 0xA1, 0xBA, 0x9A, 0x88, 0xA6, 0x8C, 0x74, 0x6D,
    0x78, 0x61, 0x73, 0x73, 0x75, 0x72, 0x6C, 0x61, 0x65, 0x73, 0x72, 0x6E, 0x69, 0x65, 0x65, 0x69,
    0x67, 0x72, 0x61, 0x64, 0x6F, 0x61, 0x6E, 0x65, 0x6E, 0x65, 0x72, 0x6E, 0x65, 0x6E, 0x73, 0x6F,
    0x74, 0x6C, 0x73, 0x65, 0x6E, 0x61, 0x69, 0x74, 0x69, 0x65, 0x65, 0x64, 0x74, 0x65, 0x75, 0x65,
    0x72, 0x68, 0x68, 0x6F, 0x6E, 0x76, 0x73, 0x6E, 0x6C, 0x65, 0x6C, 0x6E, 0x74, 0x6D, 0x72, 0x72,
    0x69, 0x74, 0x72, 0x73, 0x79, 0x61, 0x6E, 0x69, 0x79, 0x73, 0x75, 0x74, 0x6E, 0x6E, 0x61, 0x6C,
    0x75, 0x9B, 0x92, 0x99, 0xA8, 0x84, 0x83, 0xAF, 0xB1, 0xA7, 0x88, 0x8A, 0xB1, 0xA7, 0x86, 0xB1,
    0xAA, 0x86, 0xA9, 0x8A, 0x84, 0x8A, 0x8A, 0xAA, 0x87, 0xAA, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0,
    0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE3, 0xE3, 0xE3, 0xE3, 0xE9, 0xE8, 0xE6,
    0xE7, 0xE6, 0x73, 0x70, 0x70, 0x6D, 0x62, 0x64, 0x79, 0x72, 0x65, 0x6E, 0x61, 0x6F, 0x73, 0x6E,
    0x6E, 0x67, 0x73, 0x6B, 0x6E, 0x73, 0x73, 0x74, 0x72, 0x69, 0x6E, 0x61, 0x73, 0x72, 0x70, 0x65,
    0x65, 0x79, 0x6E, 0x73, 0x65, 0x61, 0x65, 0x6F, 0x70, 0x69, 0x6E, 0x6E, 0x62, 0x6E, 0x6E, 0x6C,
    0x77, 0xD0, 0xD0, 0xD0, 0xD9, 0xD8, 0xD9, 0xD9, 0xD9, 0xD8, 0xD8, 0xD8, 0xD8, 0xD8, 0xD9, 0xD9,
    0xD8, 0xD9, 0xD8, 0xD8, 0xA4, 0xA5, 0xA4, 0xA6, 0xA6, 0xA6, 0xA8, 0xAA, 0xAC, 0xAE, 0xAF, 0xAF,
    0xB0, 0xB2, 0xB4, 0xB7, 0x83, 0x83, 0x82, 0x83, 0x85, 0xBD, 0x9E, 0xA7, 0x8B, 0x61, 0x72, 0x69,
    0x6C, 0x72, 0x6E, 0x6E, 0x61, 0x69, 0x74, 0x63, 0x6C, 0x6E, 0x73, 0x66, 0x6D, 0x73, 0x6E, 0x65,
    0x73, 0x65, 0x67, 0x6E, 0x65, 0x98, 0x90, 0x9D, 0x8A, 0xA7, 0x88, 0x86, 0x8A, 0xA6, 0xAF, 0xA7,
    0xA8, 0xAA, 0x86, 0x8A, 0xA7, 0x84, 0xA7, 0xA7, 0xA4, 0x8B, 0xA0, 0xB2, 0xA4, 0xA4, 0xA4, 0xA4,
    0xA4, 0xA4, 0x8D, 0x8D, 0xA4, 0xA4, 0xA4, 0x8F, 0x89, 0xAB, 0xB7, 0x88, 0x92, 0xA6, 0x84, 0x91,
    0x89, 0x6E, 0x65, 0x6C, 0x69, 0x63, 0x65, 0x6C, 0x63, 0x69, 0x65, 0x6D, 0x73, 0x61, 0x67, 0x6C,
    0x75, 0x72, 0x65, 0x72, 0xD0, 0xD8, 0xD9, 0xD8, 0xD9, 0xD9, 0xD9, 0xD9, 0xD9, 0xD9, 0xE0, 0xE0,
    0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE3, 0xE5, 0x79, 0x73, 0x79, 0x63, 0x68, 0x6C, 0x73,
    0x65, 0x75, 0x6E, 0x72, 0x61, 0x6C, 0x9A, 0xAA, 0x86, 0xB1, 0x8A, 0x86, 0x83, 0x8A, 0x86, 0x86,
    0xA4, 0xA4, 0xA4, 0xA6, 0xAE, 0xAE, 0xAE, 0xB1, 0xB4, 0x83, 0xBA, 0x73, 0x73, 0x74, 0x74, 0x61,
    0x74, 0xD8, 0xD9, 0xAE, 0xA4, 0xA8, 0xBE, 0xBF, 0x95, 0x95, 0x8D, 0x82, 0xA7, 0x97, 0x75, 0x6E,
    0x65, 0x75, 0xA9, 0x8A, 0xE0, 0xE0, 0xE0, 0xE0, 0xE3, 0x61, 0x63, 0x72, 0x6E, 0xD8, 0xA5, 0xAE,
    0xAF, 0xAE, 0x83, 0x6C, 0x65, 0x67, 0xA7, 0x8D, 0xAF, 0x88, 0xAA, 0xB3, 0xE0, 0xE0, 0xAE, 0xAF,
    0xBE, 0x8D, 0xE0, 0xAE, 0xAA, 0xE0, 0xAF, 0x82, 0xE0, 0xAE, 0xB0, 0xE0, 0xAF, 0x8D,
};
inline constexpr std::uint16_t tld_edge_next[] = {
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
    33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48,
    49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
    65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
    81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96,
    97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112,
    113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128,
    129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144,
    145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160,
    161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176,
    177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192,
    193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208,
    209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224,
    225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240,
    241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256,
    257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272,
    273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288,
    289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304,
    305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320,
    321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336,
    337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352,
    353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368,
    369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384,
    385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400,
    401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416,
    417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432,
    433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448,
    449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464,
    465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480,
    481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496,
    497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512,
    513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528,
    529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544,
    545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560,
    561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576,
    577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592,
    593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608,
    609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624,
    625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640,
    641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656,
    657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672,
    673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688,
    689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704,
    705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720,
    721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736,
    737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752,
    753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768,
    769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784,
    785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800,
    801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816,
    817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832,
    833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848,
    849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864,
    865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880,
    881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896,
    897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912,
    913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928,
    929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944,
    945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960,
    961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976,
    977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992,
    993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008,
    1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024,
    1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040,
    1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056,
    1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072,
    1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088,
    1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104,
    1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120,
    1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136,
    1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152,
    1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168,
    1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184,
    1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200,
    1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216,
    1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232,
    1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248,
    1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264,
    1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280,
    1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296,
    1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312,
    1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328,
    1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344,
    1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360,
    1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376,
    1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392,
    1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408,
    1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1423, 1424,
    1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440,
    1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456,
    1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472,
    1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488,
    1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504,
    1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520,
    1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536,
    1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552,
    1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568,
    1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584,
    1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600,
    1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616,
    1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632,
    1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648,
    1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664,
    1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680,
    1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696,
    1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712,
    1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728,
    1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744,
    1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760,
    1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776,
    1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792,
    1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808,
    1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824,
    1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840,
    1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856,
    1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872,
    1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888,
    1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904,
    1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920,
    1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936,
    1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952,
    1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968,
    1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984,
    1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000,
    2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016,
    2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032,
    2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048,
    2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064,
    2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080,
    2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096,
    2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112,
    2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128,
    2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144,
    2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160,
    2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176,
    2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192,
    2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208,
    2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224,
    2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240,
    2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256,
    2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272,
    2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288,
    2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304,
    2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320,
    2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336,
    2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352,
    2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368,
    2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384,
    2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400,
    2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416,
    2417, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432,
    2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448,
    2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464,
    2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480,
    2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496,
    2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512,
    2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528,
    2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544,
    2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560,
    2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576,
    2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592,
    2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608,
    2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624,
    2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640,
    2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656,
    2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672,
    2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688,
    2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704,
    2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720,
    2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736,
    2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751, 2752,
    2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768,
    2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784,
    2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800,
    2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816,
    2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832,
    2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848,
    2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864,
    2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880,
    2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896,
    2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912,
    2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928,
    2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944,
    2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960,
    2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976,
    2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992,
    2993, 2994, 2995, 2996, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008,
    3009, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024,
    3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040,
    3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056,
    3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072,
    3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088,
    3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104,
    3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3120,
    3121, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136,
    3137, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152,
    3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168,
    3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184,
    3185, 3186, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200,
    3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216,
    3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232,
    3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248,
    3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264,
    3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280,
    3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296,
    3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3311, 3312,
    3313, 3314, 3315, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3328,
    3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3344,
    3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3360,
    3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376,
    3377, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392,
    3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408,
    3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424,
    3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440,
    3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3456,
    3457, 3458, 3459, 3460, 3461, 3462, 3463, 3464, 3465, 3466, 3467, 3468, 3469, 3470, 3471, 3472,
    3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3486, 3487, 3488,
    3489, 3490, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3502, 3503, 3504,
    3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3519, 3520,
    3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3533, 3534, 3535, 3536,
    3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3552,
    3553, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568,
    3569, 3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584,
    3585, 3586, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598, 3599, 3600,
    3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616,
    3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632,
    3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648,
    3649, 3650, 3651, 3652, 3653, 3654, 3655, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664,
    3665, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680,
    3681, 3682, 3683, 3684, 3685, 3686, 3687, 3688, 3689, 3690, 3691, 3692, 3693, 3694, 3695, 3696,
    3697, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712,
    3713, 3714, 3715, 3716, 3717, 3718, 3719, 3720, 3721, 3722, 3723, 3724, 3725, 3726, 3727, 3728,
    3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744,
    3745, 3746, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760,
    3761, 3762, 3763, 3764, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776,
    3777, 3778, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3791, 3792,
    3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808,
    3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824,
    3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3840,
    3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856,
    3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872,
    3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888,
    3889, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904,
    3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3916, 3917, 3918, 3919, 3920,
    3921, 3922, 3923, 3924, 3925, 3926, 3927, 3928, 3929, 3930, 3931, 3932, 3933, 3934, 3935, 3936,
    3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3951, 3952,
    3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3961, 3962, 3963, 3964, 3965, 3966, 3967, 3968,
    3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984,
    3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000,
    4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016,
    4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 4031, 4032,
    4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048,
    4049, 4050, 4051, 4052, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064,
    4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080,
    4081, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096,
    4097, 4098, 4099, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112,
    4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128,
    4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144,
    4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160,
    4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176,
    4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192,
    4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208,
    4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4223, 4224,
    4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240,
    4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256,
    4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272,
    4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288,
    4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304,
    4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4318, 4319, 4320,
    4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336,
    4337, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352,
    4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368,
    4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384,
    4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400,
    4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416,
    4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4432,
    4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448,
    4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464,
    4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480,
    4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496,
    4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512,
    4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528,
    4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544,
    4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4555, 4556, 4557, 4558, 4559, 4560,
    4561, 4562, 4563, 4564, 4565, 4566, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4575, 4576,
    4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4587, 4588, 4589, 4590, 4591, 4592,
    4593, 4594, 4595, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608,
    4609, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624,
    4625, 4626, 4627, 4628, 4629, 4630, 4631, 4632, 4633, 4634, 4635, 4636, 4637, 4638, 4639, 4640,
    4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4656,
    4657, 4658, 4659, 4660, 4661, 4662, 4663, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4672,
    4673, 4674, 4675, 4676, 4677, 4678, 4679, 4680, 4681, 4682, 4683, 4684, 4685, 4686, 4687, 4688,
    4689, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704,
    4705, 4706, 4707, 4708, 4709, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720,
    4721, 4722, 4723, 4724, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736,
    4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752,
    4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4768,
    4769, 4770, 4771, 4772, 4773, 4774, 4775, 4776, 4777, 4778, 4779, 4780, 4781, 4782, 4783, 4784,
    4785, 4786, 4787, 4788, 4789, 4790, 4791, 4792, 4793, 4794, 4795, 4796, 4797, 4798, 4799, 4800,
    4801, 4802, 4803, 4804, 4805, 4806, 4807, 4808, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 4816,
    4817, 4818, 4819, 4820, 4821, 4822, 4823, 4824, 4825, 4826, 4827, 4828, 4829, 4830, 4831, 4832,
    4833, 4834, 4835, 4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4846, 4847, 4848,
    4849, 4850, 4851, 4852, 4853, 4854, 4855, 4856, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4864,
    4865, 4866, 4867, 4868, 4869, 4870, 4871, 4872, 4873, 4874, 4875, 4876, 4877, 4878, 4879, 4880,
    4881, 4882, 4883, 4884, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 4895, 4896,
    4897, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4909, 4910, 4911, 4912,
    4913, 4914, 4915, 4916, 4917, 4918, 4919, 4920, 4921, 4922, 4923, 4924, 4925, 4926, 4927, 4928,
    4929, 4930, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4944,
    4945, 4946, 4947, 4948, 4949, 4950, 4951, 4952, 4953, 4954, 4955, 4956, 4957, 4958, 4959, 4960,
    4961, 4962, 4963, 4964, 4965, 4966, 4967, 4968, 4969, 4970, 4971, 4972, 4973, 4974, 4975, 4976,
    4977, 4978, 4979, 4980, 4981, 4982, 4983, 4984, 4985, 4986, 4987, 4988, 4989, 4990, 4991, 4992,
    4993, 4994, 4995, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008,
    5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024,
    5025, 5026, 5027, 5028, 5029, 5030, 5031, 5032, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040,
    5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5050, 5051, 5052, 5053, 5054, 5055, 5056,
    5057, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072,
    5073, 5074, 5075, 5076, 5077, 5078, 5079, 5080, 5081, 5082, 5083, 5084, 5085, 5086, 5087, 5088,
    5089, 5090, 5091, 5092, 5093, 5094, 5095, 5096, 5097, 5098, 5099, 5100, 5101, 5102, 5103, 5104,
    5105, 5106, 5107, 5108, 5109, 5110, 5111, 5112, 5113, 5114, 5115, 5116, 5117, 5118, 5119, 5120,
    5121, 5122, 5123, 5124, 5125, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5133, 5134, 5135, 5136,
    5137, 5138, 5139, 5140, 5141, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5151, 5152,
    5153, 5154, 5155, 5156, 5157, 5158, 5159, 5160, 5161, 5162, 5163, 5164, 5165, 5166, 5167, 5168,
    5169, 5170, 5171, 5172, 5173, 5174, 5175, 5176, 5177, 5178, 5179, 5180, 5181, 5182,
};
inline constexpr std::uint8_t tld_final[] = {
    0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x7E, 0xEF, 0xFB, 0xFE, 0xFF, 0xBE, 0xFD, 0xD7, 0x8F, 0x5C,
    0xA8, 0xC3, 0xC3, 0x1D, 0xFF, 0xF7, 0xF, 0x5C, 0x63, 0xBC, 0x87, 0x34, 0xFA, 0xF6, 0x63, 0xFC,
    0xFD, 0xFE, 0xFF, 0x7B, 0x5F, 0x21, 0xA0, 0xF7, 0xEE, 0x90, 0xF7, 0xFD, 0xF7, 0xDD, 0xEE, 0xBF,
    0xE7, 0xF8, 0x57, 0x42, 0x0, 0x95, 0x4, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
    0x0, 0xC8, 0x20, 0x45, 0x4, 0x0, 0xB, 0x2, 0x30, 0xC4, 0x6, 0xC9, 0x38, 0x54, 0x1, 0xDA,
    0x74, 0x6B, 0x0, 0x0, 0x84, 0x28, 0xA4, 0xC0, 0x60, 0x22, 0x81, 0x16, 0x80, 0x10, 0x10, 0x0,
    0x31, 0x55, 0x56, 0x3, 0x31, 0xF, 0x0, 0x2, 0xC, 0x54, 0xB4, 0x20, 0xB, 0x2A, 0xE3, 0x1B,
    0x70, 0xC0, 0x0, 0x7, 0x0, 0x30, 0x62, 0xC0, 0x58, 0xC, 0x3D, 0x7, 0x97, 0xE0, 0x3A, 0xF0,
    0xB, 0x56, 0x62, 0x50, 0x82, 0x21, 0xC0, 0x13, 0x44, 0xE0, 0x0, 0x3, 0xCA, 0x3, 0xD0, 0x1,
    0x6, 0x10, 0x16, 0x0, 0x4, 0x27, 0x2, 0x4, 0x1, 0x4A, 0x39, 0x48, 0x6, 0x0, 0x4, 0xE3,
    0xD0, 0x80, 0x11, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
    0x20, 0x2, 0xA, 0x22, 0x88, 0x0, 0xF2, 0x21, 0xC9, 0x80, 0x24, 0xA3, 0x38, 0x0, 0x70, 0x2,
    0x3B, 0x8A, 0x0, 0x18, 0x8, 0x0, 0x6, 0x20, 0x33, 0xA1, 0x98, 0xA0, 0x4, 0x80, 0x0, 0x18,
    0x8B, 0x56, 0x44, 0x21, 0x44, 0x1B, 0x68, 0x1, 0x64, 0x56, 0x1, 0x10, 0x31, 0x26, 0x0, 0x99,
    0x44, 0xC4, 0x80, 0x0, 0x6A, 0x49, 0x49, 0x4A, 0x4, 0x80, 0xA, 0x1B, 0xA0, 0x90, 0x60, 0x3,
    0x40, 0x8, 0x8, 0x9, 0x68, 0x34, 0xC3, 0x20, 0xC, 0x14, 0x49, 0x58, 0xA, 0xF, 0x58, 0x21,
    0xA5, 0x36, 0x44, 0x46, 0x4, 0x10, 0x40, 0x38, 0x8A, 0x0, 0x50, 0x8, 0x8, 0x80, 0xC, 0x5,
    0x1, 0x9A, 0x28, 0x80, 0x58, 0x27, 0x20, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
    0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x70, 0x0, 0xC0, 0x20, 0x41, 0x1A, 0x80, 0xE0, 0x90, 0x1,
    0x10, 0x22, 0x0, 0xB, 0x14, 0x69, 0x0, 0x0, 0x90, 0x23, 0x2, 0x88, 0xB1, 0x30, 0x0, 0x10,
    0x21, 0x0, 0x14, 0x40, 0xB1, 0xD, 0xB0, 0x6, 0x0, 0x2C, 0xD4, 0x40, 0x88, 0x2, 0x10, 0x11,
    0x40, 0x86, 0x6C, 0x4D, 0x21, 0x20, 0x84, 0x84, 0x10, 0xC0, 0x45, 0x30, 0x20, 0x34, 0xC, 0x26,
    0x27, 0x14, 0xC, 0x20, 0xB, 0x1, 0x0, 0xB5, 0xE0, 0xA1, 0xA, 0xC8, 0x81, 0x80, 0x0, 0xCC,
    0xB7, 0x78, 0x10, 0x84, 0x8A, 0x90, 0x4, 0xE, 0x81, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
    0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x80, 0x83, 0x5A, 0x32, 0x24, 0x10, 0x80,
    0x55, 0x30, 0x4, 0x84, 0x66, 0xA8, 0x14, 0x1, 0x6, 0x54, 0x8F, 0x92, 0xBA, 0x21, 0x12, 0x2,
    0x20, 0x0, 0xA0, 0x1D, 0x12, 0x68, 0x2, 0xA8, 0xA0, 0xA0, 0x8A, 0x9, 0x42, 0x5, 0xCE, 0x8B,
    0x0, 0xA7, 0xAC, 0xC0, 0x56, 0x8D, 0x20, 0x1E, 0x0, 0x13, 0x99, 0xB8, 0x11, 0x63, 0x21, 0x6,
    0x0, 0xCB, 0x72, 0x21, 0x5A, 0xA, 0xF8, 0xB8, 0x12, 0xC0, 0x45, 0x39, 0xFB, 0x0, 0x0, 0x90,
    0x6, 0x0, 0x0, 0x20, 0xC2, 0xFB, 0xFF, 0xF5, 0xFB, 0xDE, 0xF7, 0x3D, 0xFB, 0x45, 0x82, 0xE8,
    0x3, 0xE, 0x42, 0x82, 0xE7, 0x8, 0xCF, 0xE8, 0x33, 0x14, 0x1, 0x30, 0x5B, 0x7C, 0x24, 0x39,
    0xE8, 0x50, 0xF0, 0x0, 0x2B, 0x16, 0x7D, 0xC, 0x1, 0x12, 0x78, 0xA8, 0x12, 0x49, 0xC0, 0xC8,
    0xB0, 0x86, 0x8C, 0x26, 0x4D, 0xF8, 0x3, 0x0, 0x7F, 0x33, 0x3, 0x0, 0x0, 0x0, 0x0, 0x0,
    0x0, 0x0, 0x0, 0x88, 0x4, 0xE2, 0x81, 0x7D, 0xDA, 0x5F, 0xC0, 0xBB, 0xDC, 0xCC, 0x22, 0x7C,
    0x85, 0x84, 0x3, 0x50, 0xAA, 0xD1, 0x10, 0x54, 0x21, 0xA, 0xC3, 0x1E, 0x2A, 0x25, 0x7, 0x68,
    0x4, 0x40, 0xE5, 0x20, 0x1, 0x0, 0x0, 0x0, 0x0, 0x99, 0x25, 0x4, 0x6, 0x4C, 0xCE, 0xEF,
    0x33, 0xD8, 0xF2, 0x5, 0x30, 0x1, 0x84, 0x3B, 0x28, 0x40, 0x0, 0x0, 0x0, 0x3, 0x0, 0x9E,
    0xC9, 0xAB, 0x98, 0x8C, 0x52, 0xF6, 0x0, 0x3B, 0x81, 0x37, 0x79, 0x72, 0x0, 0x80, 0xF, 0x2,
    0x0, 0x0, 0x8, 0x9F, 0xDE, 0xA4, 0xFC, 0x0, 0x1, 0x0, 0x0, 0x0, 0x0, 0x0, 0x8, 0x52,
    0x88, 0x1B, 0x2E, 0xE2, 0x43, 0xD7, 0x3, 0xA9, 0x11, 0x0, 0x0, 0xF4, 0xC1, 0x77, 0x1, 0xB0,
    0xE0, 0x58, 0x8, 0x10, 0xF0, 0x15, 0x2, 0x40,
};
// other case variants of non-ASCII TLD characters -> their canonical key
inline constexpr fold_pair tld_fold_table[] = {
    {0xF6, 0xD6}, {0x3B5, 0x395}, {0x3BB, 0x39B}, {0x3C5, 0x3A5}, {0x3F5, 0x395}, {0x430, 0x410},
    {0x431, 0x411}, {0x432, 0x412}, {0x433, 0x413}, {0x434, 0x414}, {0x435, 0x415}, {0x437, 0x417},
    {0x438, 0x418}, {0x439, 0x419}, {0x43A, 0x41A}, {0x43B, 0x41B}, {0x43C, 0x41C}, {0x43D, 0x41D},
    {0x43E, 0x41E}, {0x440, 0x420}, {0x441, 0x421}, {0x442, 0x422}, {0x443, 0x423}, {0x444, 0x424},
    {0x44E, 0x42E}, {0x49B, 0x49A}, {0x561, 0x531}, {0x570, 0x540}, {0x575, 0x545}, {0x10D2, 0x1C92},
    {0x10D4, 0x1C94}, {0x1C80, 0x412}, {0x1C81, 0x414}, {0x1C82, 0x41E}, {0x1C83, 0x421}, {0x1C84, 0x422},
    {0x1C85, 0x422},
};
// END GENERATED tld_trie

template <std::size_t N>
inline bool in_table(const cp_range (&r)[N], char32_t c) noexcept {
    const auto v = static_cast<std::uint32_t>(c);
    const std::size_t i = lower_bound_by(r, N, v, [](const cp_range& x) { return x.hi; });
    return i < N && r[i].lo <= v;
}
inline bool in_url_path_extra(char32_t c) noexcept { return in_table(url_path_extra, c); }
inline bool in_ascii_domain_extra(char32_t c) noexcept { return in_table(ascii_domain_extra, c); }
inline bool in_hashtag_alpha(char32_t c) noexcept { return in_table(hashtag_alpha, c); }
inline bool in_hashtag_alnum_extra(char32_t c) noexcept { return in_table(hashtag_alnum_extra, c); }
inline bool in_latin_accent(char32_t c) noexcept { return in_table(latin_accent, c); }
inline char32_t tld_fold(char32_t c) noexcept {
    if (c < 128) return static_cast<char32_t>(ascii_lower(static_cast<unsigned>(c)));
    if (c > 0xFFFF) return c;
    constexpr std::size_t n = sizeof(tld_fold_table) / sizeof(tld_fold_table[0]);
    const std::size_t i = lower_bound_by(tld_fold_table, n, c, [](const fold_pair& f) { return f.from; });
    return i < n && tld_fold_table[i].from == c ? static_cast<char32_t>(tld_fold_table[i].to) : c;
}

inline std::uint32_t tld_child(std::uint32_t node, unsigned char b) noexcept {
    for (std::uint32_t e = tld_first_edge[node]; e < tld_first_edge[node + 1]; ++e) {
        if (tld_edge_byte[e] == b) return tld_edge_next[e];
        if (tld_edge_byte[e] > b) break;
    }
    return none;
}

inline bool tld_final_node(std::uint32_t node) noexcept {
    return ((tld_final[node / 8] >> (node % 8)) & 1u) != 0;
}

}  // namespace entities

namespace repair {

// BEGIN GENERATED code_pages
// Generated by tests/tables/gen_tables.py from Python's codecs mac_roman and cp1252.
inline constexpr std::uint16_t macroman[] = {
    0xC4, 0xC5, 0xC7, 0xC9, 0xD1, 0xD6, 0xDC, 0xE1,
    0xE0, 0xE2, 0xE4, 0xE3, 0xE5, 0xE7, 0xE9, 0xE8,
    0xEA, 0xEB, 0xED, 0xEC, 0xEE, 0xEF, 0xF1, 0xF3,
    0xF2, 0xF4, 0xF6, 0xF5, 0xFA, 0xF9, 0xFB, 0xFC,
    0x2020, 0xB0, 0xA2, 0xA3, 0xA7, 0x2022, 0xB6, 0xDF,
    0xAE, 0xA9, 0x2122, 0xB4, 0xA8, 0x2260, 0xC6, 0xD8,
    0x221E, 0xB1, 0x2264, 0x2265, 0xA5, 0xB5, 0x2202, 0x2211,
    0x220F, 0x3C0, 0x222B, 0xAA, 0xBA, 0x3A9, 0xE6, 0xF8,
    0xBF, 0xA1, 0xAC, 0x221A, 0x192, 0x2248, 0x2206, 0xAB,
    0xBB, 0x2026, 0xA0, 0xC0, 0xC3, 0xD5, 0x152, 0x153,
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0xF7, 0x25CA,
    0xFF, 0x178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0xB7, 0x201A, 0x201E, 0x2030, 0xC2, 0xCA, 0xC1,
    0xCB, 0xC8, 0xCD, 0xCE, 0xCF, 0xCC, 0xD3, 0xD4,
    0xF8FF, 0xD2, 0xDA, 0xDB, 0xD9, 0x131, 0x2C6, 0x2DC,
    0xAF, 0x2D8, 0x2D9, 0x2DA, 0xB8, 0x2DD, 0x2DB, 0x2C7,
};
inline constexpr std::uint16_t cp1252_80[] = {
    0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
};
inline constexpr rev_hi rev_hi_table[] = {
    {0x131, 0xF5, 0x0}, {0x152, 0xCE, 0x8C}, {0x153, 0xCF, 0x9C}, {0x160, 0x0, 0x8A},
    {0x161, 0x0, 0x9A}, {0x178, 0xD9, 0x9F}, {0x17D, 0x0, 0x8E}, {0x17E, 0x0, 0x9E},
    {0x192, 0xC4, 0x83}, {0x2C6, 0xF6, 0x88}, {0x2C7, 0xFF, 0x0}, {0x2D8, 0xF9, 0x0},
    {0x2D9, 0xFA, 0x0}, {0x2DA, 0xFB, 0x0}, {0x2DB, 0xFE, 0x0}, {0x2DC, 0xF7, 0x98},
    {0x2DD, 0xFD, 0x0}, {0x3A9, 0xBD, 0x0}, {0x3C0, 0xB9, 0x0}, {0x2013, 0xD0, 0x96},
    {0x2014, 0xD1, 0x97}, {0x2018, 0xD4, 0x91}, {0x2019, 0xD5, 0x92}, {0x201A, 0xE2, 0x82},
    {0x201C, 0xD2, 0x93}, {0x201D, 0xD3, 0x94}, {0x201E, 0xE3, 0x84}, {0x2020, 0xA0, 0x86},
    {0x2021, 0xE0, 0x87}, {0x2022, 0xA5, 0x95}, {0x2026, 0xC9, 0x85}, {0x2030, 0xE4, 0x89},
    {0x2039, 0xDC, 0x8B}, {0x203A, 0xDD, 0x9B}, {0x2044, 0xDA, 0x0}, {0x20AC, 0xDB, 0x80},
    {0x2122, 0xAA, 0x99}, {0x2202, 0xB6, 0x0}, {0x2206, 0xC6, 0x0}, {0x220F, 0xB8, 0x0},
    {0x2211, 0xB7, 0x0}, {0x221A, 0xC3, 0x0}, {0x221E, 0xB0, 0x0}, {0x222B, 0xBA, 0x0},
    {0x2248, 0xC5, 0x0}, {0x2260, 0xAD, 0x0}, {0x2264, 0xB2, 0x0}, {0x2265, 0xB3, 0x0},
    {0x25CA, 0xD7, 0x0}, {0xF8FF, 0xF0, 0x0}, {0xFB01, 0xDE, 0x0}, {0xFB02, 0xDF, 0x0},
};
inline constexpr unsigned char mac_lo[] = {
    0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
    0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
    0xCA, 0xC1, 0xA2, 0xA3, 0x0, 0xB4, 0x0, 0xA4, 0xAC, 0xA9, 0xBB, 0xC7, 0xC2, 0x0, 0xA8, 0xF8,
    0xA1, 0xB1, 0x0, 0x0, 0xAB, 0xB5, 0xA6, 0xE1, 0xFC, 0x0, 0xBC, 0xC8, 0x0, 0x0, 0x0, 0xC0,
    0xCB, 0xE7, 0xE5, 0xCC, 0x80, 0x81, 0xAE, 0x82, 0xE9, 0x83, 0xE6, 0xE8, 0xED, 0xEA, 0xEB, 0xEC,
    0x0, 0x84, 0xF1, 0xEE, 0xEF, 0xCD, 0x85, 0x0, 0xAF, 0xF4, 0xF2, 0xF3, 0x86, 0x0, 0x0, 0xA7,
    0x88, 0x87, 0x89, 0x8B, 0x8A, 0x8C, 0xBE, 0x8D, 0x8F, 0x8E, 0x90, 0x91, 0x93, 0x92, 0x94, 0x95,
    0x0, 0x96, 0x98, 0x97, 0x99, 0x9B, 0x9A, 0xD6, 0xBF, 0x9D, 0x9C, 0x9E, 0x9F, 0x0, 0x0, 0xD8,
};
// END GENERATED code_pages

[[nodiscard]] inline unsigned byte_of(std::uint32_t cp, family enc) noexcept {
    if (cp < 0x80) return 0;
    if (cp < 0x100) return enc == family::windows ? cp : mac_lo[cp - 0x80];
    if (cp > 0xFFFF) return 0;
    constexpr std::size_t n = sizeof(rev_hi_table) / sizeof(rev_hi_table[0]);
    const std::size_t i = lower_bound_by(rev_hi_table, n, cp, [](const rev_hi& r) { return r.cp; });
    if (i == n || rev_hi_table[i].cp != cp) return 0;
    return enc == family::windows ? rev_hi_table[i].win : rev_hi_table[i].mac;
}

inline std::uint32_t cp1252_c1(std::uint32_t v) noexcept { return cp1252_80[v - 0x80]; }

}  // namespace repair
}  // namespace detail

}  // inline namespace v0_1
}  // namespace tweetview

#endif  // TWEETVIEW_TWEETVIEW_HPP
