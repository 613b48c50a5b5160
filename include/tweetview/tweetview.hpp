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
//   constexpr std::size_t escape_markdown_bound(std::size_t n);
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
//   enum class json_invalid { replace, escape_byte };
//       JSON string literals, for writing tweets as JSON (the tweetview tool's `jsonl` writes with this).
//   constexpr std::size_t json_string_bound(std::size_t n);
//       Room write_json_string needs for a text of n bytes: at most 6 bytes a byte, and the quotes.
//   char* write_json_string(std::string_view text, char* out, json_invalid invalid = json_invalid::replace,
//       bool* ascii = nullptr);
//       Writes `text` as a JSON string literal, quotes included, to out (room for

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

#include <cstdint>
// std::size_t and std::ptrdiff_t: libstdc++ declares them in every header (bits/c++config.h), and
// <cstddef> (with std::byte's operators) costs clang as much as the other headers here add to
// <string_view> together; elsewhere, include it.
#if !defined(__GLIBCXX__)
#include <cstddef>
#endif
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
// (find_byte, find_pair, find_pair_count, find_either, find_any, find_non_ascii,
// find_non_ascii_or, find_non_name, find_json_escape, count_byte, bytes_present). Each variant is a
// struct with the same static functions:
//   simd::portable  plain C++ (SWAR where it pays); always compiled, the reference
//   simd::sse2      x86-64 (and x86 with SSE2)
//   simd::neon      aarch64, little-endian
// The vector variants share one set of algorithms (simd::block_search) written against a
// 16-byte block type with six operations: load, splat, eq, high (byte >= 0x80), within (a range of
// byte values), mask.
// Compiler builtins, intrinsics and attributes appear in this block and nowhere else in the header.

// TWEETVIEW_INLINE / TWEETVIEW_NOINLINE: where the hot loops are split into calls, decided here
// rather than left to the compiler. Left to it, the split of the entity iterator moved with the
// code around a loop over entities(): the same loop ran slower or faster (GCC 12, -O3) with
// what else the program called, as the scanners were inlined into the caller, or the
// dispatch between them was not. So: one call per entity (entity_iterator::advance), the dispatch
// inlined into it, each scanner's next() a function of its own; and a footer's timestamp and
// status id read inside read_footer_link, not called (which saved records() a few percent).
// (Not in unoptimised builds: there nothing is inlined, and forcing it only costs compile time.)
#if (defined(__GNUC__) || defined(__clang__)) && defined(__OPTIMIZE__)
#define TWEETVIEW_INLINE inline __attribute__((always_inline))
#define TWEETVIEW_NOINLINE __attribute__((noinline))
#elif defined(_MSC_VER) && !defined(__clang__)
#define TWEETVIEW_INLINE __forceinline
#define TWEETVIEW_NOINLINE __declspec(noinline)
#else
#define TWEETVIEW_INLINE inline
#define TWEETVIEW_NOINLINE
#endif

// Eight bytes as a little-endian word, whatever the machine (compilers make it one load).
TWEETVIEW_INLINE constexpr std::uint64_t load_le64(const char* p) noexcept {
    return static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[1])) << 8 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[2])) << 16 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[3])) << 24 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[4])) << 32 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[5])) << 40 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[6])) << 48 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[7])) << 56;
}

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
// A screen-name character (in footers, reply headers and mentions): an ASCII letter, digit or '_',
// a bit a byte value: '0'-'9' in the first word; 'A'-'Z', '_', 'a'-'z' in the second.
inline constexpr std::uint64_t name_char_bits[4] = {0x03FF000000000000u, 0x07FFFFFE87FFFFFEu, 0, 0};
constexpr bool is_name_char(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return ((name_char_bits[u >> 6] >> (u & 63u)) & 1u) != 0;
}
// The bytes of x that are screen-name characters: their top bits set, the others clear. For a
// byte b below 0x80, b + (0x80 - lo) has its top bit set when b >= lo, and b + (0x7F - hi) when
// b > hi; no sum crosses a byte. Letters are tested once, on the bytes with 0x20 set (which
// makes 'A'-'Z' 'a'-'z' and no other byte a letter). Bytes from 0x80 up are never name bytes.
constexpr std::uint64_t name_bytes(std::uint64_t x) noexcept {
    const std::uint64_t b = x & ~swar_highs, folded = b | swar_ones * 0x20;
    auto at_least = [](std::uint64_t v, unsigned lo) noexcept { return v + swar_ones * (0x80u - lo); };
    auto above = [](std::uint64_t v, unsigned hi) noexcept { return v + swar_ones * (0x7Fu - hi); };
    const std::uint64_t digit = at_least(b, '0') & ~above(b, '9');
    const std::uint64_t letter = at_least(folded, 'a') & ~above(folded, 'z');
    const std::uint64_t underscore = at_least(b, '_') & ~above(b, '_');
    return (digit | letter | underscore) & ~x & swar_highs;
}
// A byte that a JSON string cannot hold as it is (a control character, '"', '\\', DEL) or that
// starts UTF-8 to check (>= 0x80): what write_json_string stops at.
constexpr bool json_special(char ch) noexcept {
    const auto c = static_cast<unsigned char>(ch);
    return c < 0x20 || c == '"' || c == '\\' || c >= 0x7F;
}
// SWAR: the top bit of each byte of x that is json_special, exactly (no sum carries from one byte
// into the next).
constexpr std::uint64_t swar_json_special(std::uint64_t x) noexcept {
    constexpr std::uint64_t low7 = ~swar_highs;
    const std::uint64_t y = x & low7;
    const std::uint64_t del_or_high = ((y + swar_ones) | x) & swar_highs;    // y + 1 reaches 0x80 only from 0x7F
    const std::uint64_t control = ~(y + 0x60 * swar_ones) & ~x & swar_highs;  // y + 0x60 < 0x80: y < 0x20
    const std::uint64_t q = x ^ (0x22 * swar_ones), b = x ^ (0x5C * swar_ones);
    const std::uint64_t quote = ~(((q & low7) + low7) | q) & swar_highs;  // the zero bytes of q
    const std::uint64_t backslash = ~(((b & low7) + low7) | b) & swar_highs;
    return del_or_high | control | quote | backslash;
}

struct portable {
    static constexpr const char* name = "portable";
    static bool supported() noexcept { return true; }  // on this CPU (the run-time variants ask it)
    static constexpr bool has_match_block = false;  // match_block (avx512 only)

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
        const std::uint64_t as = swar_ones * static_cast<unsigned char>(a),
                            bs = swar_ones * static_cast<unsigned char>(b);
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
    // First byte that is not a screen-name character, or end: eight bytes a step.
    static const char* find_non_name(const char* p, const char* end) noexcept {
        while (end - p >= 8) {
            const std::uint64_t other = ~name_bytes(load_le64(p)) & swar_highs;
            if (other != 0) return p + ctz64(other) / 8;
            p += 8;
        }
        for (; p < end; ++p) {
            if (!is_name_char(*p)) return p;
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
    // First json_special byte, or end.
    static const char* find_json_escape(const char* p, const char* end) noexcept {
        while (end - p >= 8) {
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            if (swar_json_special(x) != 0) break;
            p += 8;
        }
        for (; p < end; ++p) {
            if (json_special(*p)) return p;
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
    // find_pair that also adds to *n the bytes equal to a before the position it returns.
    static const char* find_pair_count(const char* p, const char* end, char a, char b, std::size_t* n) noexcept {
        const char* const at = find_pair(p, end, a, b);
        *n += count_byte(p, at, a);
        return at;
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
//   x.within(lo, hi)       lanes: lo <= byte <= hi (unsigned)
//   x.mask()               a 64-bit mask of the true lanes, byte 0 lowest; 0 when none
// Each search handles whole blocks and leaves the tail (< width bytes) to simd::portable, so no
// load ever reads outside [p, end).
template <class B>
struct block_search {
    static bool supported() noexcept { return true; }  // (compiled for a target the build assumes)
    static constexpr bool has_match_block = false;
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
    static const char* find_non_name(const char* p, const char* end) noexcept {
        constexpr unsigned bits = static_cast<unsigned>(B::width) << B::mask_shift;  // of mask()
        constexpr std::uint64_t all = bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << (bits % 64)) - 1;
        while (end - p >= B::width) {
            const B x = B::load(p);
            const B name = x.within('0', '9') | (x | B::splat(0x20)).within('a', 'z') | x.eq(B::splat('_'));
            const std::uint64_t m = name.mask() ^ all;
            if (m != 0) return p + first(m);
            p += B::width;
        }
        return portable::find_non_name(p, end);
    }
    // (A short tail: the last block again, as find_either.)
    static const char* find_json_escape(const char* p, const char* end) noexcept {
        const B quote = B::splat('"'), backslash = B::splat('\\'), del = B::splat('\x7F');
        const B top3 = B::splat('\xE0'), zero = B::splat('\0');
        auto special = [&](B x) noexcept {  // >= 0x80, '"', '\\', DEL, or none of the top three bits set
            return (x.high() | x.eq(quote) | x.eq(backslash) | x.eq(del) | (x & top3).eq(zero)).mask();
        };
        const char* const start = p;
        while (end - p >= B::width) {
            const std::uint64_t m = special(B::load(p));
            if (m != 0) return p + first(m);
            p += B::width;
        }
        if (p == end || end - start < B::width) return portable::find_json_escape(p, end);
        const char* const q = end - B::width;
        const std::uint64_t m = special(B::load(q)) >> (static_cast<unsigned>(p - q) << B::mask_shift);
        return m != 0 ? p + first(m) : end;
    }
    // N compares a block (N = 5, the entity prefilter's set, or 8; a smaller set's unused ones
    // repeat set[0]), written out (see_all), so the loop neither counts nor branches on the set, and
    // with N = 5 the wanted and seen blocks fit in SSE2's sixteen registers; a tail shorter than a
    // block is the range's last block again (its lanes before the tail were seen already).
    template <std::size_t... K>
    static void see_all(B x, const B* want, B* seen, std::index_sequence<K...>) noexcept {
        ((seen[K] = seen[K] | x.eq(want[K])), ...);
    }
    template <std::size_t N>
    static unsigned bytes_present_n(const char* p, const char* end, std::string_view set) noexcept {
        const std::size_t n = set.size() < N ? set.size() : N;
        B want[N], seen[N];
        for (std::size_t k = 0; k < N; ++k) {
            want[k] = B::splat(set[k < n ? k : 0]);
            seen[k] = want[k].eq(B::splat(static_cast<char>(~set[k < n ? k : 0])));  // no lane
        }
        for (;; p += B::width) {
            if (end - p < B::width) {
                if (p == end) break;
                p = end - B::width;
            }
            see_all(B::load(p), want, seen, std::make_index_sequence<N>{});
            if (p + B::width == end) break;
        }
        unsigned bits = 0;
        for (std::size_t k = 0; k < n; ++k)
            if (seen[k].mask() != 0) bits |= 1u << k;
        return bits;
    }
    static unsigned bytes_present(const char* p, const char* end, std::string_view set) noexcept {
        if (set.empty()) return 0;
        if (end - p < B::width) return portable::bytes_present(p, end, set);
        return set.size() <= 5 ? bytes_present_n<5>(p, end, set) : bytes_present_n<8>(p, end, set);
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
inline sse2_vec sse2_at_most(sse2_vec a, sse2_vec b) noexcept { return (sse2_vec)(a <= b); }  // unsigned
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
inline sse2_vec sse2_at_most(sse2_vec a, sse2_vec b) noexcept {  // unsigned
    return _mm_cmpeq_epi8(_mm_subs_epu8(a, b), _mm_setzero_si128());
}
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
    sse2_block within(char lo, char hi) const noexcept {
        return {sse2_at_most(sse2_sub(v, sse2_splat(lo)), sse2_splat(static_cast<char>(hi - lo)))};
    }
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
    static const char* find_pair_count(const char* p, const char* end, char a, char b, std::size_t* n) noexcept {
        const char* const at = find_pair(p, end, a, b);
        *n += count_byte(p, at, a);
        return at;
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
    neon_block within(char lo, char hi) const noexcept {
        const auto l = static_cast<std::uint8_t>(lo), h = static_cast<std::uint8_t>(hi);
        return {vcleq_u8(vsubq_u8(v, vdupq_n_u8(l)), vdupq_n_u8(static_cast<std::uint8_t>(h - l)))};
    }
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
    static const char* find_pair_count(const char* p, const char* end, char a, char b, std::size_t* n) noexcept {
        const char* const at = find_pair(p, end, a, b);
        *n += count_byte(p, at, a);
        return at;
    }
};
#endif

// ---- x86-64: AVX2 and AVX-512, chosen at run time ---------------------------------------------------------
// A default x86-64 build may assume SSE2 only. These variants are compiled for their instruction
// sets with __attribute__((target)) and used when the CPU has them (GCC and Clang on x86-64;
// MSVC stays on SSE2; TWEETVIEW_NO_SIMD or TWEETVIEW_NO_DISPATCH leave them out). They are
// written with the compilers' vector extensions and a few builtins rather than <immintrin.h>,
// which alone costs several times this whole header to compile. Each variant redoes only the
// searches where its width pays and inherits the rest from the one below it. AVX2: find_pair and
// find_pair_count, which find the blank line before each footer, count_byte (with popcnt, which
// every AVX2 CPU has), find_non_ascii, find_json_escape and the entity prefilter bytes_present.
// AVX-512BW: find_non_ascii, find_json_escape, bytes_present and, with its masked loads, the
// short searches of a tweet's text (find_either, find_byte, match_block), which then need no
// bytewise tail. The record scan stays on AVX2's: with AVX-512's own find_pair, find_pair_count
// and count_byte, records() ran 3% slower on the AMD EPYC this was measured on
// (tests/bench/compare_records.sh), and each compiler had more to build.
#if TWEETVIEW_HAS_SSE2 && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && \
    !defined(TWEETVIEW_NO_DISPATCH)
#define TWEETVIEW_HAS_X86_DISPATCH 1
// One target a variant, the same for all its functions: GCC 12 sets its code generator up for each
// distinct target a TU meets (initialize_rtl: about 39 M instructions each at -O0, on top of the
// default's 36 M), so the four this layer had (with and without popcnt) cost g++ 93 M more than
// two (`compile_cost.sh g++`). Every CPU either is chosen on has popcnt (supported() asks).
#define TWEETVIEW_TARGET_AVX2 __attribute__((target("avx2,popcnt")))
#define TWEETVIEW_TARGET_AVX512 __attribute__((target("avx512bw,popcnt")))

typedef char v32qi __attribute__((vector_size(32)));
typedef signed char v32qs __attribute__((vector_size(32)));  // (signed lanes whatever char is)
typedef char v64qi __attribute__((vector_size(64)));

struct avx2 : sse2 {
    static constexpr const char* name = "avx2";
    static bool supported() noexcept { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt"); }
    TWEETVIEW_TARGET_AVX2 static v32qi load(const char* p) noexcept {
        v32qi v;
        std::memcpy(&v, p, 32);
        return v;
    }
    TWEETVIEW_TARGET_AVX2 static std::uint64_t mask(v32qi v) noexcept {
        return static_cast<std::uint32_t>(__builtin_ia32_pmovmskb256(v));
    }
    TWEETVIEW_TARGET_AVX2
    static const char* find_pair(const char* p, const char* end, char a, char b) noexcept {
        const v32qi va = v32qi{} + a, vb = v32qi{} + b;
        while (end - p > 32) {  // reads p[0 .. 32]
            const std::uint64_t m = mask((load(p) == va) & (load(p + 1) == vb));
            if (m != 0) return p + ctz64(m);
            p += 32;
        }
        return sse2::find_pair(p, end, a, b);
    }
    TWEETVIEW_TARGET_AVX2 static const char* find_non_ascii(const char* p, const char* end) noexcept {
        while (end - p >= 32) {
            const std::uint64_t m = mask(load(p));  // the top bits
            if (m != 0) return p + ctz64(m);
            p += 32;
        }
        return sse2::find_non_ascii(p, end);
    }
    // json_special lanes: as signed bytes, those below 0x20 (so >= 0x80 too), DEL, '"' and '\\'.
    TWEETVIEW_TARGET_AVX2 static std::uint64_t json_special_mask(v32qi v) noexcept {
        const v32qs x = (v32qs)v, space = v32qs{} + static_cast<signed char>(' '),
                    del = v32qs{} + static_cast<signed char>('\x7F'), quote = v32qs{} + static_cast<signed char>('"'),
                    backslash = v32qs{} + static_cast<signed char>('\\');
        return mask((v32qi)((x < space) | (x == del) | (x == quote) | (x == backslash)));
    }
    TWEETVIEW_TARGET_AVX2 static const char* find_json_escape(const char* p, const char* end) noexcept {
        const char* const start = p;
        while (end - p >= 32) {
            const std::uint64_t m = json_special_mask(load(p));
            if (m != 0) return p + ctz64(m);
            p += 32;
        }
        if (p == end || end - start < 32) return sse2::find_json_escape(p, end);
        const char* const q = end - 32;  // a short tail: the last block again
        const std::uint64_t m = json_special_mask(load(q)) >> static_cast<unsigned>(p - q);
        return m != 0 ? p + ctz64(m) : end;
    }
    // The entity prefilter (a text of a few hundred bytes, a set of 5 bytes): as block_search's, 32
    // bytes a step, five compares a block into five registers (a larger set: sse2's).
    TWEETVIEW_TARGET_AVX2
    static unsigned bytes_present(const char* p, const char* end, std::string_view set) noexcept {
        const std::size_t n = set.size();
        if (n == 0) return 0;
        if (n > 5 || end - p < 32) return sse2::bytes_present(p, end, set);
        const v32qi w0 = v32qi{} + set[0], w1 = v32qi{} + set[n > 1 ? 1 : 0], w2 = v32qi{} + set[n > 2 ? 2 : 0],
                    w3 = v32qi{} + set[n > 3 ? 3 : 0], w4 = v32qi{} + set[n > 4 ? 4 : 0];
        v32qi s0{}, s1{}, s2{}, s3{}, s4{};
        for (;; p += 32) {
            if (end - p < 32) {
                if (p == end) break;
                p = end - 32;
            }
            const v32qi x = load(p);
            s0 = s0 | (v32qi)(x == w0);
            s1 = s1 | (v32qi)(x == w1);
            s2 = s2 | (v32qi)(x == w2);
            s3 = s3 | (v32qi)(x == w3);
            s4 = s4 | (v32qi)(x == w4);
            if (p + 32 == end) break;
        }
        const unsigned bits = static_cast<unsigned>(mask(s0) != 0) | static_cast<unsigned>(mask(s1) != 0) << 1 |
                              static_cast<unsigned>(mask(s2) != 0) << 2 | static_cast<unsigned>(mask(s3) != 0) << 3 |
                              static_cast<unsigned>(mask(s4) != 0) << 4;
        return bits & ((1u << n) - 1);
    }
    // A record's line breaks (a few hundred bytes): a mask and a popcount a block; the last block
    // is the range's last 32 bytes, with the lanes counted already shifted out.
    TWEETVIEW_TARGET_AVX2
    static std::size_t count_byte(const char* p, const char* end, char c) noexcept {
        if (end - p < 32) return sse2::count_byte(p, end, c);
        const v32qi vc = v32qi{} + c;
        std::size_t n = 0;
        for (; end - p > 32; p += 32) n += static_cast<std::size_t>(__builtin_popcountll(mask(load(p) == vc)));
        const auto rest = static_cast<unsigned>(end - p);  // 1 to 32, counted in the last 32 bytes
        return n + static_cast<std::size_t>(__builtin_popcountll(mask(load(end - 32) == vc) >> (32 - rest)));
    }
    // The record scan: the blank line, and the line breaks before it from the same loads, 64 bytes a
    // step (two blocks' masks joined: one test, one popcount). The last 64 bytes go to SSE2's: a
    // record's scan runs to the end of its window (the input, or max_record_bytes), rarely reached.
    TWEETVIEW_TARGET_AVX2
    static const char* find_pair_count(const char* p, const char* end, char a, char b, std::size_t* n) noexcept {
        const v32qi va = v32qi{} + a, vb = v32qi{} + b;
        std::size_t k = 0;
        while (end - p > 64) {  // reads p[0 .. 64]
            const std::uint64_t ma = mask(load(p) == va) | mask(load(p + 32) == va) << 32,
                                m = ma & (mask(load(p + 1) == vb) | mask(load(p + 33) == vb) << 32);
            if (m != 0) {
                *n += k + static_cast<std::size_t>(__builtin_popcountll(ma & ((m & (0 - m)) - 1)));
                return p + ctz64(m);
            }
            k += static_cast<std::size_t>(__builtin_popcountll(ma));
            p += 64;
        }
        *n += k;
        return sse2::find_pair_count(p, end, a, b, n);
    }
};

struct avx512 : avx2 {
    static constexpr const char* name = "avx512bw";
    static bool supported() noexcept { return __builtin_cpu_supports("avx512bw") && avx2::supported(); }
    static constexpr bool has_match_block = true;
    TWEETVIEW_TARGET_AVX512 static v64qi load(const char* p) noexcept {
        v64qi v;
        std::memcpy(&v, p, 64);
        return v;
    }
    TWEETVIEW_TARGET_AVX512 static const char* find_non_ascii(const char* p, const char* end) noexcept {
        while (end - p >= 64) {
            // (the compare's predicate 0 is "equal", 1 "signed less than": below 0, a byte >= 0x80)
            const std::uint64_t m = __builtin_ia32_cmpb512_mask(load(p), v64qi{}, 1, ~0ull);
            if (m != 0) return p + ctz64(m);
            p += 64;
        }
        return avx2::find_non_ascii(p, end);
    }
    // The lanes of `live` loaded from p, the others zero and not read (a masked load).
    TWEETVIEW_TARGET_AVX512 static v64qi load_live(const char* p, std::uint64_t live) noexcept {
#if defined(__clang__)  // (clang's builtin takes a vector pointer, GCC's a char pointer)
        return __builtin_ia32_loaddquqi512_mask(reinterpret_cast<const v64qi*>(p), v64qi{}, live);
#else
        return __builtin_ia32_loaddquqi512_mask(p, v64qi{}, live);
#endif
    }
    // Masked loads (lanes past the end are neither read nor matched): a short text is one step. A
    // set of up to 5 bytes (the entity prefilter's) is held in five registers, its matches gathered
    // in five masks (a loop over a set of any size kept it on the stack: three times slower); a
    // larger set is compared a byte at a time.
    TWEETVIEW_TARGET_AVX512
    static unsigned bytes_present(const char* p, const char* end, std::string_view set) noexcept {
        const std::size_t n = set.size() < 8 ? set.size() : 8;
        if (n == 0) return 0;
        if (n > 5) {
            unsigned bits = 0;
            for (std::size_t k = 0; k < n; ++k)
                bits |= static_cast<unsigned>(find_byte(p, end, set[k]) != end) << k;
            return bits;
        }
        std::uint64_t masks[5];
        return present_first(p, end, set, masks);
    }
    // bytes_present for a set of 1 to 5 bytes that also gives each byte's matches in the first 64
    // bytes as a mask (masks[k] for set[k]; 0 for k past the set): the entity prefilter, whose
    // first block then gives the mention and URL scanners their first candidates (as match_block
    // gives a block's). (Keeping the second block's masks too, for texts of 65 to 128 bytes,
    // measured no faster.)
    TWEETVIEW_TARGET_AVX512
    static unsigned present_first(const char* p, const char* end, std::string_view set, std::uint64_t* masks) noexcept {
        masks[0] = masks[1] = masks[2] = masks[3] = masks[4] = 0;
        const std::size_t n = set.size() < 5 ? set.size() : 5;
        if (n == 0) return 0;
        const v64qi w0 = v64qi{} + set[0], w1 = v64qi{} + set[n > 1 ? 1 : 0], w2 = v64qi{} + set[n > 2 ? 2 : 0],
                    w3 = v64qi{} + set[n > 3 ? 3 : 0], w4 = v64qi{} + set[n > 4 ? 4 : 0];
        std::uint64_t m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0;
        const char* const start = p;
        for (std::ptrdiff_t left = end - p; left > 0; left -= 64, p += 64) {
            const std::uint64_t live = left >= 64 ? ~0ull : (1ull << left) - 1;
            const v64qi x = load_live(p, live);
            const std::uint64_t c0 = __builtin_ia32_cmpb512_mask(x, w0, 0, live),
                                c1 = __builtin_ia32_cmpb512_mask(x, w1, 0, live),
                                c2 = __builtin_ia32_cmpb512_mask(x, w2, 0, live),
                                c3 = __builtin_ia32_cmpb512_mask(x, w3, 0, live),
                                c4 = __builtin_ia32_cmpb512_mask(x, w4, 0, live);
            if (p == start) {  // the first block: its masks kept
                masks[0] = c0;
                masks[1] = n > 1 ? c1 : 0;
                masks[2] = n > 2 ? c2 : 0;
                masks[3] = n > 3 ? c3 : 0;
                masks[4] = n > 4 ? c4 : 0;
            }
            m0 |= c0;
            m1 |= c1;
            m2 |= c2;
            m3 |= c3;
            m4 |= c4;
        }
        const unsigned bits = static_cast<unsigned>(m0 != 0) | static_cast<unsigned>(m1 != 0) << 1 |
                              static_cast<unsigned>(m2 != 0) << 2 | static_cast<unsigned>(m3 != 0) << 3 |
                              static_cast<unsigned>(m4 != 0) << 4;
        return bits & ((1u << n) - 1);
    }
    // The first of the 64-byte blocks p, p + 64, ... that holds a or b: its start, and in *bits its
    // matches (bit i for byte i of the block, none at or past end); end and 0 if none does. The
    // last partial block masked, so an entity scanner keeps a block's candidates and takes each
    // with a bit scan instead of a search a candidate (find_next). Only here: without masked loads,
    // a short text's tail costs more than the searches it saves.
    TWEETVIEW_TARGET_AVX512
    static const char* match_block(const char* p, const char* end, char a, char b, std::uint64_t* bits) noexcept {
        const v64qi va = v64qi{} + a, vb = v64qi{} + b;
        for (std::ptrdiff_t left = end - p; left > 0; left -= 64, p += 64) {
            const std::uint64_t live = left >= 64 ? ~0ull : (1ull << left) - 1;
            const v64qi x = load_live(p, live);
            const std::uint64_t m =
                __builtin_ia32_cmpb512_mask(x, va, 0, live) | __builtin_ia32_cmpb512_mask(x, vb, 0, live);
            if (m != 0) {
                *bits = m;
                return p;
            }
        }
        *bits = 0;
        return end;
    }
    // One byte, 64 a step, the last partial block masked: in a tweet's text, one or two steps where
    // a call of memchr (the other variants' find_byte) costs more than the search (find_text_byte).
    TWEETVIEW_TARGET_AVX512
    static const char* find_byte(const char* p, const char* end, char c) noexcept {
        const v64qi vc = v64qi{} + c;
        for (std::ptrdiff_t left = end - p; left > 0; left -= 64, p += 64) {
            const std::uint64_t live = left >= 64 ? ~0ull : (1ull << left) - 1;
            const std::uint64_t m = __builtin_ia32_cmpb512_mask(load_live(p, live), vc, 0, live);
            if (m != 0) return p + ctz64(m);
        }
        return end;
    }
    // The hashtag scan's search, in texts of a few hundred bytes: match_block's first match, so a
    // tweet is one or two steps.
    TWEETVIEW_TARGET_AVX512
    static const char* find_either(const char* p, const char* end, char a, char b) noexcept {
        std::uint64_t m = 0;
        const char* const block = match_block(p, end, a, b, &m);
        return m != 0 ? block + ctz64(m) : end;
    }
    // A JSON string's text: 64 a step, the last partial block masked. Signed compares: below ' '
    // is a control character or a byte >= 0x80.
    TWEETVIEW_TARGET_AVX512
    static const char* find_json_escape(const char* p, const char* end) noexcept {
        const v64qi space = v64qi{} + ' ', del = v64qi{} + '\x7F', quote = v64qi{} + '"', backslash = v64qi{} + '\\';
        for (std::ptrdiff_t left = end - p; left > 0; left -= 64, p += 64) {
            const std::uint64_t live = left >= 64 ? ~0ull : (1ull << left) - 1;
            const v64qi x = load_live(p, live);
            const std::uint64_t m =
                __builtin_ia32_cmpb512_mask(x, space, 1, live) | __builtin_ia32_cmpb512_mask(x, del, 0, live) |
                __builtin_ia32_cmpb512_mask(x, quote, 0, live) | __builtin_ia32_cmpb512_mask(x, backslash, 0, live);
            if (m != 0) return p + ctz64(m);
        }
        return end;
    }
};
#undef TWEETVIEW_TARGET_AVX2
#undef TWEETVIEW_TARGET_AVX512
#else
#define TWEETVIEW_HAS_X86_DISPATCH 0
#endif

// ---- Dispatch ---------------------------------------------------------------------------------------------
// `active` is the variant every search uses, chosen here at compile time as the best one the
// target guarantees. On x86-64 with GCC or Clang, find_pair, find_pair_count, find_either,
// find_non_ascii, find_json_escape, bytes_present and count_byte also ask the CPU at each call
// (__builtin_cpu_supports: a load and a bit test of a word the compiler's runtime fills at
// start-up; no state of ours) and take the widest of their variants it has. compiled_variants lists
// every variant built in: the test runs each one the CPU has against portable.
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
    if (simd::avx2::supported()) return simd::avx2::find_pair(p, end, a, b);
#endif
    return simd::active::find_pair(p, end, a, b);
}
// find_pair that also adds to *n the number of bytes equal to a before the position it returns:
// the record scan counts its line breaks as it looks for the blank line.
inline const char* find_pair_count(const char* p, const char* end, char a, char b, std::size_t* n) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx2::supported()) return simd::avx2::find_pair_count(p, end, a, b, n);
#endif
    return simd::active::find_pair_count(p, end, a, b, n);
}
// find_byte in a short range (the URL scanner's dots in a tweet's text): AVX-512's masked search
// where the CPU has it; elsewhere find_byte (memchr is as quick there, and the portable path's).
inline const char* find_text_byte(const char* p, const char* end, char c) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx512::supported()) return simd::avx512::find_byte(p, end, c);
#endif
    return simd::active::find_byte(p, end, c);
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
// First byte that is not a screen-name character (ASCII letter, digit, '_'), or end.
inline const char* find_non_name(const char* p, const char* end) noexcept {
    return simd::active::find_non_name(p, end);
}
// First byte a JSON string cannot hold as it is, or that starts UTF-8 to check (json_special):
// write_json_string's search.
inline const char* find_json_escape(const char* p, const char* end) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx512::supported()) return simd::avx512::find_json_escape(p, end);
    if (simd::avx2::supported()) return simd::avx2::find_json_escape(p, end);
#endif
    return simd::active::find_json_escape(p, end);
}
inline std::size_t count_byte(const char* p, const char* end, char c) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx2::supported()) return simd::avx2::count_byte(p, end, c);
#endif
    return simd::active::count_byte(p, end, c);
}
// Which bytes of `set` (at most 8) occur in [p, end): bit k set when set[k] does. One pass,
// however many bytes the set has (the entity scanners' prefilter).
inline unsigned bytes_present(const char* p, const char* end, std::string_view set) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx512::supported()) return simd::avx512::bytes_present(p, end, set);
    if (simd::avx2::supported()) return simd::avx2::bytes_present(p, end, set);
#endif
    return simd::active::bytes_present(p, end, set);
}
// Where the CPU has a variant with match_block (avx512), the entity scanners take a 64-byte block's
// candidates at once: match_block, the first 64-byte block from p that holds a or b with its
// matches as a mask, and present_first, the prefilter (bytes_present) that also gives each byte's
// matches in the first block. block_searches_here() gives the two functions; nullptr elsewhere, and
// the scanners search instead (find_next).
struct block_searches {
    const char* (*match_block)(const char*, const char*, char, char, std::uint64_t*) noexcept;
    unsigned (*present_first)(const char*, const char*, std::string_view, std::uint64_t*) noexcept;
};
namespace simd {
template <class V>
struct blocks_of {
    static constexpr block_searches table{&V::match_block, &V::present_first};
};
template <class V>
constexpr const block_searches* block_searches_of() noexcept {
    if constexpr (V::has_match_block) return &blocks_of<V>::table;
    else return nullptr;
}
}  // namespace simd
inline const block_searches* block_searches_here() noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH
    if (simd::avx512::supported()) return simd::block_searches_of<simd::avx512>();
#endif
    return nullptr;
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
    const block_searches* blocks;  // nullptr: the variant has none
};
template <class V>
struct searches_of {
    static constexpr search_table table{&V::find_either, &V::find_byte, &V::bytes_present, &V::find_non_ascii,
                                        block_searches_of<V>()};
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
    auto word = [](const char* p) noexcept {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        return x;
    };
    if (n >= 16)  // the first sixteen bytes and the last sixteen (overlapping)
        return ((word(a) ^ word(b)) | (word(a + 8) ^ word(b + 8)) | (word(a + n - 16) ^ word(b + n - 16)) |
                (word(a + n - 8) ^ word(b + n - 8))) == 0;
    if (n >= 8) return ((word(a) ^ word(b)) | (word(a + n - 8) ^ word(b + n - 8))) == 0;
    if (n >= 4) {  // the first four bytes and the last four (overlapping)
        std::uint32_t x0, y0, x1, y1;
        std::memcpy(&x0, a, 4);
        std::memcpy(&y0, b, 4);
        std::memcpy(&x1, a + n - 4, 4);
        std::memcpy(&y1, b + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    // 1 to 3 bytes: the first, the middle and the last cover them all.
    return n == 0 || ((a[0] == b[0]) & (a[n / 2] == b[n / 2]) & (a[n - 1] == b[n - 1]));
}

inline bool starts_with(const char* p, const char* end, std::string_view s) noexcept {
    return p <= end && static_cast<std::size_t>(end - p) >= s.size() && same_bytes(p, s.data(), s.size());
}
// starts_with for a string literal: its length a constant, the compare is a few word loads with no
// branch on the length, small enough for compilers to inline where the record scan uses it.
template <std::size_t N>
inline bool starts_with(const char* p, const char* end, const char (&s)[N]) noexcept {
    constexpr std::size_t n = N - 1;
    static_assert(N >= 1 && n <= 32, "a literal of at most 32 bytes");
    if (p > end || static_cast<std::size_t>(end - p) < n) return false;
    if constexpr (n >= 8) {
        std::uint64_t diff = 0, x, y;
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            std::memcpy(&x, p + i, 8);
            std::memcpy(&y, s + i, 8);
            diff |= x ^ y;
        }
        std::memcpy(&x, p + n - 8, 8);  // the last eight bytes (overlapping the loop's last word)
        std::memcpy(&y, s + n - 8, 8);
        return (diff | (x ^ y)) == 0;
    } else {
        bool same = true;
        for (std::size_t i = 0; i < n; ++i) same &= p[i] == s[i];
        return same;
    }
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

// Screen names (in footers, reply headers and mentions) are letters, digits and '_': is_name_char
// and name_bytes (a word's) are the SIMD layer's, which searches for their end (find_non_name).
using simd::is_name_char;
using simd::name_bytes;

// Length of the run of screen-name characters at p, at most max.
inline std::size_t name_length(const char* p, const char* end, std::size_t max) noexcept {
    const std::size_t room = p < end ? static_cast<std::size_t>(end - p) : 0;
    return static_cast<std::size_t>(find_non_name(p, p + (room < max ? room : max)) - p);
}

// The first i of n whose key_at(i) is not below v (n if none); the keys are sorted.
template <class V, class KeyAt>
inline std::size_t lower_bound_at(std::size_t n, V v, KeyAt key_at) noexcept {
    std::size_t lo = 0, hi = n;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (key_at(mid) < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
// Index of the first of the n sorted elements of a whose key(element) is not below v (n if none).
template <class T, class V, class Key>
inline std::size_t lower_bound_by(const T* a, std::size_t n, V v, Key key) noexcept {
    return lower_bound_at(n, v, [a, &key](std::size_t i) noexcept { return key(a[i]); });
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

// Days from 1 March of year -400 to a date of years 0-9999: days_from_civil in unsigned 32-bit
// arithmetic, the years counted from March (so a leap day ends its year) and shifted by one
// 400-year cycle so that nothing is negative; a year's days are 365 y + y/4 - y/100 + y/400
// (divisions by constants: multiplications), then the days before the month in a March-based
// year. The cycle is 146097 days, whole weeks, and 1970-01-01 was a Thursday: the weekday of the
// date is (days + 3) % 7, and days since 1970-01-01 are days - shifted_epoch.
inline constexpr std::uint16_t days_before_month[13] = {0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275};
constexpr std::int64_t shifted_epoch = 719468 + 146097;
constexpr unsigned shifted_days(unsigned year, unsigned month, unsigned day) noexcept {
    const unsigned y = year + 400u - (month <= 2 ? 1u : 0u), c = y / 100u;
    return y * 365u + y / 4u - c + c / 4u + days_before_month[month] + day - 1u;
}
// Whether weekday wd (0 Sunday - 6 Saturday) is that of shifted day d: d + 3 - wd a multiple of 7,
// tested without a division (x is a multiple of 7 exactly when x times 7's inverse modulo 2^32 is
// at most (2^32 - 1) / 7).
constexpr bool weekday_of(unsigned d, unsigned wd) noexcept {
    return static_cast<std::uint32_t>(d + 10u - wd) * std::uint32_t{0xB6DB6DB7u} <= 0x24924924u;
}

TWEETVIEW_INLINE constexpr bool parse_created_at_fast(const char* p, tweet_time& t) noexcept {
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
    const unsigned century = byte_at(v3, 4), yy2 = byte_at(v3, 6), year = century * 100 + yy2,
                   month = mo.value;
    // Days 1 to 28 are in every month; a later one is checked against its month's length. Leap:
    // a multiple of 4 (its last two digits are), not of 100 (they are 00) unless of 400 (then the
    // century is a multiple of 4).
    const bool leap = ((yy2 != 0 ? yy2 : century) & 3) == 0;
    const bool day_ok =
        day - 1u < 28u || day - 1u < month_days_common[month] + static_cast<unsigned>((month == 2) & leap);
    // The two-digit fields against their limits at once: a field's byte (at most 99) plus 0x80
    // minus its limit sets the byte's top bit when the field reaches the limit. hour and minute
    // are bytes 3 and 6 of v1, second and offset hours bytes 1 and 5 of v2, offset minutes byte
    // 1 of v3.
    constexpr std::uint64_t over1 = std::uint64_t{0x80 - 24} << 24 | std::uint64_t{0x80 - 60} << 48,
                            over2 = std::uint64_t{0x80 - 60} << 8 | std::uint64_t{0x80 - 24} << 40,
                            over3 = std::uint64_t{0x80 - 60} << 8;
    const bool ranges_ok = (((v1 + over1) & 0x0080000080000000u) | ((v2 + over2) & 0x0000800000008000u) |
                            ((v3 + over3) & 0x0000000000008000u)) == 0 &&
                           day_ok;
    if (!((wd.key == wkey) & (mo.key == mkey) & sign_ok & layout_ok & ranges_ok)) return false;
    const unsigned d = shifted_days(year, month, day);
    if (!weekday_of(d, wd.value)) return false;
    const std::int64_t days = static_cast<std::int64_t>(d) - shifted_epoch;
    const std::int32_t off = (p[20] == '-' ? -1 : 1) * static_cast<std::int32_t>(off_h * 60 + off_m);
    t.local = date_time{static_cast<std::int32_t>(year),  static_cast<std::uint8_t>(month),
                        static_cast<std::uint8_t>(day),   static_cast<std::uint8_t>(hour),
                        static_cast<std::uint8_t>(minute), static_cast<std::uint8_t>(second),
                        wd.value};
    t.utc_offset_minutes = off;
    t.unix_seconds = days * 86400 + static_cast<std::int64_t>(hour * 3600 + minute * 60 + second) -
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
    auto fail = [&r](time_errc e, std::uint32_t at) noexcept {
        r.ec = e;
        r.where = at;
        return r;
    };
    const char* p = s.data();
    if (s.size() == 30 && detail::parse_created_at_fast(p, r.time)) return r;
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
    const unsigned d = detail::shifted_days(static_cast<unsigned>(year), month, day);
    const std::int64_t days = static_cast<std::int64_t>(d) - detail::shifted_epoch;
    if (!detail::weekday_of(d, static_cast<unsigned>(wd))) return fail(time_errc::weekday_mismatch, 0);

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

namespace detail {
// Whether a layout's field (or a flavour) is known, setting it where it is not, and whether a line
// ending is CRLF. Written once here rather than as == and = in place: clang (14) resolves every
// operator written on an enumeration against all its built-in candidates, which costs a test with
// == 0.5 M instructions of compile time and an = 1.3 M, against 0.2 M for the same test through a
// call (TWEETVIEW_COMPILE_COST_OPERATORS=1 sh tests/bench/compile_cost.sh clang++ 1).
template <class E>
constexpr bool known(E e) noexcept {
    return e != E::unknown;
}
template <class E>
constexpr void fill_unknown(E& field, E value) noexcept {
    if (!known(field)) field = value;
}
constexpr bool is_crlf(line_ending e) noexcept { return e == line_ending::crlf; }
}  // namespace detail

// The shape of an archive. A default-constructed layout means "detect it from the first record".
struct layout {
    footer_style footer = footer_style::unknown;
    separator_style separator = separator_style::unknown;
    line_ending eol = line_ending::unknown;
    bool leading_separator = false;  // a separator before the first record too (branch B1)
    [[nodiscard]] constexpr bool known() const noexcept {
        return detail::known(footer) && detail::known(separator) && detail::known(eol);
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
    // The rows are in the enum's order, f02 first (the tests check it): found at once.
    const auto i = static_cast<std::size_t>(f);
    if (i >= 1 && i <= sizeof(flavour_table) / sizeof(flavour_table[0]) && flavour_table[i - 1].flavour == f)
        return flavour_table[i - 1];
    for (const flavour_traits& row : flavour_table) {
        if (row.flavour == f) return row;
    }
    return traits(flavour::f05);
}

// "F02", "F03", ... "B6" ("" for unknown).
[[nodiscard]] constexpr std::string_view flavour_name(flavour f) noexcept {
    return detail::known(f) ? traits(f).name : std::string_view();
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
    if (!detail::known(file) || t.place != separator_place::trailing) return file;
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
        return is_tweet() ? tweet.raw : is_error() ? error.raw : std::string_view();
    }
    // Bytes of input this record accounts for: prefix, record and separator.
    [[nodiscard]] std::uint64_t size() const noexcept {
        const std::uint64_t own = is_tweet() ? tweet.raw.size() : is_error() ? error.size : 0;
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

constexpr std::string_view eol_str(line_ending e) noexcept { return is_crlf(e) ? "\r\n" : "\n"; }

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

// (Rows that share a footer style must write the same footer line: the tests check it.)

constexpr const footer_form& form(footer_style f) noexcept {
    return footer_forms.at[static_cast<std::size_t>(f)];
}

// The separator's text between the footer line's last byte and the next record, e.g. "\n----\n".
struct separator_buf {
    char buf[13];  // (at most 12 bytes, and a string literal's NUL)
    std::uint8_t len;
    std::uint8_t breaks;  // its line breaks
    constexpr std::string_view view() const noexcept { return {buf, len}; }
};

// Every separator, by [separator_style][line_ending == crlf]: a line break (two for dash4_padded),
// "--" for dash2 or else "----", and the same line breaks again. Written out, and checked against
// that rule by tests/unit/test_markdown.cpp (made at compile time, they cost clang 5 M instructions).
constexpr separator_buf separator_table[4][2] = {
    {{"\n----\n", 6, 2}, {"\r\n----\r\n", 8, 2}},                    // unknown: as dash4
    {{"\n--\n", 4, 2}, {"\r\n--\r\n", 6, 2}},                        // dash2
    {{"\n----\n", 6, 2}, {"\r\n----\r\n", 8, 2}},                    // dash4
    {{"\n\n----\n\n", 8, 4}, {"\r\n\r\n----\r\n\r\n", 12, 4}},  // dash4_padded
};

constexpr const separator_buf& separator_for(separator_style s, line_ending e) noexcept {
    return separator_table[static_cast<int>(s)][is_crlf(e) ? 1 : 0];
}

// The first bytes of a short string as little-endian words with a mask each, so that the straight
// pass (below) compares them with a fixed number of loads, without a call or a branch on the
// string's length: a footer form's prefix (its first 24 bytes; all of it for the text forms), and
// its suffix with the separator after it: a prefix per form, a tail per suffix, separator and line
// ending. Word i holds bytes [8i, 8i + 8) of the text, little-endian (zero past its end), mask i
// the bytes present.
template <std::size_t W>
struct word_pattern {
    std::uint64_t word[W];
    std::uint64_t mask[W];
    std::uint8_t len;  // bytes in the pattern (at most 8 * W)
};
// Whether the bytes at p start with the pattern; reads 8 * W bytes.
template <std::size_t W>
TWEETVIEW_INLINE bool starts_with_words(const char* p, const word_pattern<W>& pat) noexcept {
    std::uint64_t diff = 0;
    for (std::size_t i = 0; i < W; ++i) diff |= (load_le64(p + 8 * i) ^ pat.word[i]) & pat.mask[i];
    return diff == 0;
}

// A footer line ends with ")" (the paren form) or nothing (the others); a tail is that suffix and
// the separator after it.
struct footer_tail {
    word_pattern<2> bytes;
    std::uint8_t suffix;  // the suffix's length
    std::uint8_t breaks;  // the separator's line breaks
};
struct footer_patterns {
    word_pattern<3> prefix[footer_slots()];  // by footer_style
    footer_tail tail[2][4][2];               // by [suffix is ")"][separator_style][line ending is crlf]
};
// The patterns of every footer form and tail, made and checked by tests/unit/test_markdown.cpp, which
// prints them where they differ (made at compile time, they cost clang 12 M instructions).
// BEGIN MADE straight_patterns
inline constexpr footer_patterns straight_patterns = {
    {
        // footer_style 0: ""
        {{0x0000000000000000, 0x0000000000000000, 0x0000000000000000},
         {0x0000000000000000, 0x0000000000000000, 0x0000000000000000}, 0},
        // footer_style 1: "Originally on Twitter: "
        {{0x6c616e696769724f, 0x7754206e6f20796c, 0x00203a7265747469},
         {0xffffffffffffffff, 0xffffffffffffffff, 0x00ffffffffffffff}, 23},
        // footer_style 2: "(Originally on Twitter: "
        {{0x616e696769724f28, 0x54206e6f20796c6c, 0x203a726574746977},
         {0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff}, 24},
        // footer_style 3: "<img src=\"media/tweet.ic"
        {{0x63727320676d693c, 0x2f616964656d223d, 0x63692e7465657774},
         {0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff}, 24},
        // footer_style 4: "<img src=\"./media/tweet."
        {{0x63727320676d693c, 0x6964656d2f2e223d, 0x2e74656577742f61},
         {0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff}, 24},
        // footer_style 5: "<img src=\"../../media/tw"
        {{0x63727320676d693c, 0x2f2e2e2f2e2e223d, 0x77742f616964656d},
         {0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff}, 24},
        // footer_style 6: "<img src=\"assets/images/"
        {{0x63727320676d693c, 0x737465737361223d, 0x2f736567616d692f},
         {0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff}, 24},
    },
    {
        {  // no suffix
            {  // unknown (as dash4): LF, CRLF
                {{{0x00000a2d2d2d2d0a, 0x0000000000000000}, {0x0000ffffffffffff, 0x0000000000000000}, 6}, 0, 2},
                {{{0x0a0d2d2d2d2d0a0d, 0x0000000000000000}, {0xffffffffffffffff, 0x0000000000000000}, 8}, 0, 2},
            },
            {  // dash2: LF, CRLF
                {{{0x000000000a2d2d0a, 0x0000000000000000}, {0x00000000ffffffff, 0x0000000000000000}, 4}, 0, 2},
                {{{0x00000a0d2d2d0a0d, 0x0000000000000000}, {0x0000ffffffffffff, 0x0000000000000000}, 6}, 0, 2},
            },
            {  // dash4: LF, CRLF
                {{{0x00000a2d2d2d2d0a, 0x0000000000000000}, {0x0000ffffffffffff, 0x0000000000000000}, 6}, 0, 2},
                {{{0x0a0d2d2d2d2d0a0d, 0x0000000000000000}, {0xffffffffffffffff, 0x0000000000000000}, 8}, 0, 2},
            },
            {  // dash4_padded: LF, CRLF
                {{{0x0a0a2d2d2d2d0a0a, 0x0000000000000000}, {0xffffffffffffffff, 0x0000000000000000}, 8}, 0, 4},
                {{{0x2d2d2d2d0a0d0a0d, 0x000000000a0d0a0d}, {0xffffffffffffffff, 0x00000000ffffffff}, 12}, 0, 4},
            },
        },
        {  // suffix ")"
            {  // unknown (as dash4): LF, CRLF
                {{{0x000a2d2d2d2d0a29, 0x0000000000000000}, {0x00ffffffffffffff, 0x0000000000000000}, 7}, 1, 2},
                {{{0x0d2d2d2d2d0a0d29, 0x000000000000000a}, {0xffffffffffffffff, 0x00000000000000ff}, 9}, 1, 2},
            },
            {  // dash2: LF, CRLF
                {{{0x0000000a2d2d0a29, 0x0000000000000000}, {0x000000ffffffffff, 0x0000000000000000}, 5}, 1, 2},
                {{{0x000a0d2d2d0a0d29, 0x0000000000000000}, {0x00ffffffffffffff, 0x0000000000000000}, 7}, 1, 2},
            },
            {  // dash4: LF, CRLF
                {{{0x000a2d2d2d2d0a29, 0x0000000000000000}, {0x00ffffffffffffff, 0x0000000000000000}, 7}, 1, 2},
                {{{0x0d2d2d2d2d0a0d29, 0x000000000000000a}, {0xffffffffffffffff, 0x00000000000000ff}, 9}, 1, 2},
            },
            {  // dash4_padded: LF, CRLF
                {{{0x0a2d2d2d2d0a0a29, 0x000000000000000a}, {0xffffffffffffffff, 0x00000000000000ff}, 9}, 1, 4},
                {{{0x2d2d2d0a0d0a0d29, 0x0000000a0d0a0d2d}, {0xffffffffffffffff, 0x000000ffffffffff}, 13}, 1, 4},
            },
        },
    },
};
// END MADE straight_patterns
constexpr bool tails_fit() noexcept {
    for (const footer_form& f : footer_forms.at)
        if (!(f.suffix.empty() || f.suffix == ")")) return false;
    return sizeof(separator_buf::buf) + 1 <= sizeof(word_pattern<2>::word);
}
static_assert(tails_fit(), "a footer's suffix is ')' or nothing, and a separator after it fits a tail pattern");

constexpr std::size_t max_footer_line = 512;  // real footers are under 130 bytes

// The verdict on a footer line [p, line_end); its fields go straight into a tweet (the record's
// own, so that a tweet's footer is never copied).
struct footer_fields {
    errc ec = errc::ok;
    const char* at = nullptr;  // position of the problem; after the link's ')' when ec is ok
    const char* expected = "";
    [[nodiscard]] constexpr bool ok() const noexcept { return ec == errc::ok; }
};

// The status-id rule, in footers and reply headers alike: the digits at p, 1 to 20 of them,
// without a leading zero, at most 2^64 - 1 = 18446744073709551615. `end`: the first byte after
// the digits; `expected`: nullptr for a good id, else what a good one would be.
struct status_id {
    std::uint64_t value;
    const char* end;
    const char* expected;
};
inline constexpr std::uint64_t pow10_u64[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
TWEETVIEW_INLINE status_id read_status_id(const char* p, const char* end) noexcept {
    constexpr const char* too_large = "a status id of at most 18446744073709551615";
    // Ids since 2010 have 16 to 19 digits, which never overflow: three words, one test of the
    // first two, the third's digits counted, no loop.
    if (end - p >= 24) {
        const std::uint64_t x0 = load_le64(p) ^ 0x3030303030303030u, x1 = load_le64(p + 8) ^ 0x3030303030303030u,
                            x2 = load_le64(p + 16) ^ 0x3030303030303030u;
        const std::uint64_t bad2 = layout_bad(x2, 0x7676767676767676u);
        if ((layout_bad(x0, 0x7676767676767676u) | layout_bad(x1, 0x7676767676767676u)) == 0 && bad2 != 0 &&
            *p != '0') {
            const unsigned k = simd::ctz64(bad2) / 8u;  // digits in the third word
            if (k <= 3) {
                const std::uint64_t id = eight_digits(x0) * 100000000u + eight_digits(x1);
                if (k == 0) return {id, p + 16, nullptr};
                return {id * pow10_u64[k] + eight_digits(x2 << (64 - 8 * k)), p + 16 + k, nullptr};
            }
        }
    }
    // Words of eight bytes while eight remain: the digits a word starts with (k of them) are
    // found with one test and added by eight_digits, shifted up so the bytes after them are
    // leading zeros. A 20th digit (which can overflow) and the last bytes go bytewise.
    const char* q = p;
    std::uint64_t id = 0;
    while (end - q >= 8) {
        const std::uint64_t x = load_le64(q) ^ 0x3030303030303030u;  // digits become 0-9
        const std::uint64_t bad = layout_bad(x, 0x7676767676767676u);
        const unsigned k = bad == 0 ? 8u : simd::ctz64(bad) / 8u;
        if (k == 0 || static_cast<std::size_t>(q - p) + k > 19) break;
        id = id * pow10_u64[k] + eight_digits(k == 8 ? x : x << (64 - 8 * k));
        q += k;
        if (k < 8) break;
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

// The longest footer line a valid link makes with any form's prefix and suffix, "[" 30 "](" URL
// ")": parse_into's straight pass relies on one ending, with its line break, within max_footer_line.
constexpr std::size_t longest_footer_line() noexcept {
    std::size_t around = 0;
    for (const footer_form& f : footer_forms.at)
        around = f.prefix.size() + f.suffix.size() > around ? f.prefix.size() + f.suffix.size() : around;
    return around + 1 + 30 + 2 + std::string_view("https://twitter.com/").size() + max_url_name +
           std::string_view("/status/").size() + 20 + 1;
}
static_assert(longest_footer_line() + 2 < max_footer_line, "a valid footer line fits the window");

// Reads the link "[TS](https://twitter.com/USER/status/ID)" at p, within [p, end), into t's
// created_at, time, url, user and id; false (with f.ec, f.at and f.expected) when it is not one
// (t's fields then hold nothing of use). On success f.at is the byte after its ')'.
inline bool read_footer_link(const char* p, const char* end, tweet& t, footer_fields& f) noexcept {
    auto fail = [&f](errc e, const char* at, const char* exp) noexcept {
        f.ec = e;
        f.at = at;
        f.expected = exp;
        return false;
    };
    if (p >= end || *p != '[') return fail(errc::bad_footer, p, "'[' before the timestamp");
    const char* ts = p + 1;
    // The timestamp is 30 bytes; look further for ']' only to report a bad one well.
    const bool closed = end - ts > 30 && ts[30] == ']';
    const char* close = ts + 30;
    if (!(closed && parse_created_at_fast(ts, t.time))) {
        if (!closed) close = find_byte(ts, end, ']');
        const time_result tr = parse_created_at(std::string_view(ts, static_cast<std::size_t>(close - ts)));
        // A timestamp that runs into ']' early or late is reported at the field that breaks.
        if (!tr) return fail(errc::bad_timestamp, ts + tr.where, expected(tr.ec));
        if (close == end) return fail(errc::bad_footer, end, "']' after the timestamp");
        t.time = tr.time;
    }
    t.created_at = std::string_view(ts, 30);
    p = close + 1;
    if (p == end || *p != '(') return fail(errc::bad_footer, p, "'(' after the timestamp's ']'");
    ++p;
    static constexpr char base[] = "https://twitter.com/";
    const char* url_begin = p;
    if (!starts_with(p, end, base)) return fail(errc::bad_url, p, "a URL starting https://twitter.com/");
    p += sizeof base - 1;
    const char* user = p;
    p += name_length(p, end, max_url_name + 1);
    if (p == user || p - user > static_cast<std::ptrdiff_t>(max_url_name))
        return fail(errc::bad_url, user, "a screen name of 1 to 50 letters, digits or '_'");
    static constexpr char status[] = "/status/";
    if (!starts_with(p, end, status)) return fail(errc::bad_url, p, "'/status/' after the screen name");
    t.user = std::string_view(user, static_cast<std::size_t>(p - user));
    p += sizeof status - 1;
    const status_id id = read_status_id(p, end);
    if (id.expected) return fail(errc::bad_id, p, id.expected);
    p = id.end;
    if (p >= end || *p != ')') {
        if (p < end && is_name_char(*p)) return fail(errc::bad_id, p, "only digits in the status id");
        return fail(errc::bad_footer, p, "')' after the status URL");
    }
    t.url = std::string_view(url_begin, static_cast<std::size_t>(p - url_begin));
    t.id = id.value;
    f.at = p + 1;
    return true;
}

// Parses "[TS](https://twitter.com/USER/status/ID)" + suffix over exactly [p, end), into t.
inline footer_fields read_footer_fields(const char* p, const char* end, std::string_view suffix, tweet& t) noexcept {
    footer_fields f;
    if (!read_footer_link(p, end, t, f)) return f;
    p = f.at;
    if (static_cast<std::size_t>(end - p) != suffix.size() || !same_bytes(p, suffix.data(), suffix.size())) {
        f.ec = errc::bad_footer;
        f.expected = suffix.empty() ? "the end of the footer line" : "')' ending the footer line";
    }
    return f;
}

// Which footer form, if any, the line at p starts with. `want` restricts to one form.
inline footer_style footer_prefix_at(const char* p, const char* end, footer_style want,
                                     bool* need_more) noexcept {
    *need_more = false;
    // Once the input's first footer is read, only its form is looked for. Written out rather than
    // as the loop below with bounds (or a lambda both share): this runs at every blank line, and
    // either form costs records() about 38 more instructions a tweet (callgrind, bench_records).
    if (detail::known(want)) {
        const std::string_view pre = form(want).prefix;
        if (pre.empty()) return footer_style::unknown;
        if (starts_with(p, end, pre)) return want;
        if (is_prefix_of(p, end, pre)) *need_more = true;
        return footer_style::unknown;
    }
    for (std::size_t i = 1; i < footer_slots(); ++i) {
        const auto fs = static_cast<footer_style>(i);
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
        if (detail::known(want) && s != want) continue;
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
    return detail::separator_for(detail::known(s) ? s : separator_style::dash4, e).view();
}

namespace detail {
namespace core {

// KMP matcher for one separator string (at most 12 bytes), fed across calls. Used to skip the
// rest of a record_too_large up to the next separator.
class separator_matcher {
public:
    void reset(layout shape) noexcept {
        sep_ = separator_for(
            detail::known(shape.separator) ? shape.separator : separator_style::dash4,
            detail::known(shape.eol) ? shape.eol : line_ending::lf);
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
    auto line_break = [end, undecided](const char* q) noexcept -> const char* {
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
// the text's evidence (looks_escaped) decides. A row fits a record first by its place (leading or
// not, as the record shows), then by what follows the record: a separator fits a trailing or a
// leading row, none a joined one; among rows that fit as well, the first. Picked for every shape
// ahead of time.
struct flavour_pick {
    flavour plain, escaped;  // the row without escaping, the row with it (equal if one fits)
};
constexpr std::size_t separator_slots = 4;  // separator_style values
constexpr std::size_t pick_index(footer_style f, separator_style s, bool leading, bool followed) noexcept {
    return ((static_cast<std::size_t>(f) * separator_slots + static_cast<std::size_t>(s)) * 2 + leading) * 2 +
           followed;
}
// The picks: two hex digits a shape, its plain and its escaped flavour, from 2 * pick_index(...); a
// line a footer style. Made and checked by tests/unit/test_markdown.cpp (a search of flavour_table
// shape by shape), which prints them where they differ (made at compile time, they cost clang 17 M
// instructions, 2% of reading this header).
// BEGIN MADE flavour_picks
inline constexpr char flavour_pick_digits[] =
    "00000000000000000000000000000000"  // footer_style 0
    "11111111111111110000000000000000"  // footer_style 1
    "2233aaaa000000002233aaaa55445544"  // footer_style 2
    "66666666000000000000000066666666"  // footer_style 3
    "78787878000000000000000078787878"  // footer_style 4
    "c9c9c9c90000000000000000c9c9c9c9"  // footer_style 5
    "bbbbbbbb0000000000000000bbbbbbbb";  // footer_style 6
// END MADE flavour_picks
constexpr flavour_pick flavour_picked(std::size_t i) noexcept {
    auto digit = [](char c) noexcept { return static_cast<flavour>(c <= '9' ? c - '0' : c - 'a' + 10); };
    return {digit(flavour_pick_digits[2 * i]), digit(flavour_pick_digits[2 * i + 1])};
}

inline flavour flavour_of(const layout& shape, bool followed_by_separator, std::string_view text) noexcept {
    const flavour_pick p =
        flavour_picked(pick_index(shape.footer, shape.separator, shape.leading_separator, followed_by_separator));
    if (p.plain == p.escaped) return p.plain;
    return looks_escaped(text) ? p.escaped : p.plain;
}

// The footer form, separator and leading separator a flavour writes (line ending unknown).
constexpr layout layout_of(flavour f) noexcept {
    if (!detail::known(f)) return layout{};
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
    if (!detail::known(shape.footer) || !detail::known(shape.eol)) return nullptr;
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
            if (detail::known(fs) && (fs != shape.footer || eol != shape.eol)) {
                const char* lf = find_byte(line, end, '\n');
                const char* fend = is_crlf(eol) && lf > line && lf[-1] == '\r' ? lf - 1 : lf;
                const footer_form& ff = form(fs);
                tweet scratch;
                if (read_footer_fields(line + ff.prefix.size(), fend, ff.suffix, scratch).ok()) return line;
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

// The record's bytes and separator are done up to `after`, with `breaks` line breaks in
// [begin, after) (bytes[0] = begin is at pos): where the next record starts.
inline void done_until(parse_result& r, const parse_position& pos, const layout& shape, const char* begin,
                       const char* after, std::size_t breaks) noexcept {
    r.consumed = static_cast<std::size_t>(after - begin);
    r.next.offset = pos.offset + r.consumed;
    r.next.line = pos.line + breaks;
    r.next.resume = 0;
    r.next.eol = line_ending::unknown;
    r.shape = shape;
}

// A result's status and its record's kind, which change together (one place to assign them:
// clang resolves each `=` on an enumeration against some 300 built-in candidates).
inline void set_status(parse_result& r, parse_status status, record_kind kind) noexcept {
    r.status = status;
    r.rec.kind = kind;
}

constexpr const char* anchor_expected =
    "a flavour twitter-archive-parser released: thread anchors <a name=...> are from an unmerged branch (B4)";

// A record that ends with a valid footer of the input's form, already read into r.rec.tweet. The
// bytes start at begin (at pos) with r.rec.prefix, then the record (its first byte on rec_line);
// the blank line's first break is at nl, the footer line's text ends at fend, its separator at
// `after`, with `breaks` line breaks in [begin, after). Makes `r` the tweet and returns nullptr;
// or, when the body holds a thread anchor, returns the anchor, and the caller makes the error.
inline const char* take_tweet(parse_result& r, const parse_options& opts, const parse_position& pos,
                              const layout& shape, const char* begin, std::uint64_t rec_line, const char* nl,
                              const char* fend, const char* after, std::size_t breaks) noexcept {
    const char* const rec = begin + r.rec.prefix.size();
    const bool crlf = detail::is_crlf(shape.eol);
    set_status(r, parse_status::tweet, record_kind::tweet);
    tweet& t = r.rec.tweet;
    const char* body_end = nl + (crlf ? -1 : 0);  // the body ends before the blank line's break
    if (body_end < rec) body_end = rec;
    t.text = std::string_view(rec, static_cast<std::size_t>(body_end - rec));
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
    // (Each starts with '\n', '\r', '[' or '<': most texts are passed at their first byte.)
    const char* anchor = t.text.data();
    const char first = anchor < body_end ? *anchor : '\0';
    if (first == '\n' || first == '\r' || first == '[' || first == '<') {
        if (starts_with(anchor, body_end, crlf ? "\r\n" : "\n")) anchor += crlf ? 2 : 1;
        if (starts_with(anchor, body_end, "[\xE2\x86\x91](")) {
            const char* link_end = find_byte(anchor, body_end, '\n');
            anchor = link_end == body_end ? body_end : link_end + 1;
        }
        if (starts_with(anchor, body_end, "<a name=\"s")) return anchor;
    }
    t.flavour = detail::known(opts.flavour) ? opts.flavour : flavour_of(shape, after != fend, t.text);
    r.rec.separator = std::string_view(fend, static_cast<std::size_t>(after - fend));
    done_until(r, pos, shape, begin, after, breaks);
    return nullptr;
}

// The straight pass over a candidate footer line at `line` (bytes up to wend), once the input's
// footer form and separator are known: a line of that form, within max_footer_line, followed by
// that separator. It reads the footer into t. `after` is the separator's end (nullptr: not such a
// line, and nothing is decided: the general way decides the same for every line accepted here);
// `breaks` counts the line breaks from the blank line's first one to `after`.
struct straight_end {
    const char* fend = nullptr;   // one past the footer line's text
    const char* after = nullptr;  // one past the separator
    std::size_t breaks = 0;
};
inline straight_end straight_footer(const char* line, const char* wend, const layout& shape, tweet& t) noexcept {
    straight_end e;
    const footer_form& ff = form(shape.footer);
    const std::size_t room = static_cast<std::size_t>(wend - line);
    const char* lim = room > max_footer_line ? line + max_footer_line : wend;
    // The prefix and the separator as word patterns where the bytes allow (nearly always); a
    // footer line near the end of the input is compared the plain way.
    const auto footer = static_cast<std::size_t>(shape.footer);
    const bool crlf = detail::is_crlf(shape.eol);
    const word_pattern<3>& prefix = straight_patterns.prefix[footer];
    const std::size_t plen = ff.prefix.size();
    const std::string_view prefix_rest(ff.prefix.data() + prefix.len, plen - prefix.len);  // past 24 bytes
    const bool prefix_ok = room >= sizeof prefix.word
                               ? starts_with_words(line, prefix) &&
                                     (prefix_rest.empty() || starts_with(line + prefix.len, lim, prefix_rest))
                               : starts_with(line, lim, ff.prefix);
    footer_fields f;
    if (!(prefix_ok && read_footer_link(line + plen, lim, t, f))) return e;
    const auto sep_style = static_cast<std::size_t>(shape.separator);
    const footer_tail& tail = straight_patterns.tail[ff.suffix.empty() ? 0 : 1][sep_style][crlf];
    const char* const fend = f.at + tail.suffix;
    if (wend - f.at >= 16 ? starts_with_words(f.at, tail.bytes)
                          : starts_with(f.at, lim, ff.suffix) &&
                                starts_with(fend, wend, separator_table[sep_style][crlf].view())) {
        e.fend = fend;
        e.after = f.at + tail.bytes.len;
        e.breaks = 2u + tail.breaks;  // the blank line's two, none in the footer line, the separator's
    }
    return e;
}

// The straight record. Once the input's layout is known (after its first record), nearly every
// record is a body whose first blank line is followed by a footer line of that form and the
// separator. parse_into reads such a record here, without its general machinery (byte-order mark,
// leading separator, line-ending probe, candidate loop). Anything else returns false, having
// decided nothing, and parse_into reads the record from its start the general way, which decides
// the same for the records accepted here (tests/fuzz/fuzz_fastpath.cpp compares the two).
inline bool straight_record(parse_result& r, std::string_view bytes, const parse_options& opts,
                            const parse_position& pos) noexcept {
    const layout& shape = opts.shape;
    const char* const begin = bytes.data();
    const std::size_t max_bytes = opts.max_record_bytes < 256 ? 256 : opts.max_record_bytes;
    const char* const wend = begin + (bytes.size() < max_bytes ? bytes.size() : max_bytes);
    const bool crlf = detail::is_crlf(shape.eol);
    std::size_t breaks = 0;
    const char* const nl = find_pair_count(begin, wend, '\n', crlf ? '\r' : '\n', &breaks);
    const std::size_t blank = crlf ? 3 : 2;  // the blank line's bytes from nl
    if (static_cast<std::size_t>(wend - nl) <= blank || (crlf && nl[2] != '\n')) return false;
    const straight_end e = straight_footer(nl + blank, wend, shape, r.rec.tweet);
    if (e.after == nullptr) return false;
    r.rec.prefix = std::string_view();
    return take_tweet(r, opts, pos, shape, begin, pos.line, nl, e.fend, e.after, breaks + e.breaks) == nullptr;
}

// parse_record's body, the general way: every record, every flavour, every error.
inline void parse_general(parse_result& r, std::string_view bytes, const parse_options& opts,
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
    if (detail::known(opts.flavour)) {
        const layout forced = layout_of(opts.flavour);
        detail::fill_unknown(shape.footer, forced.footer);
        detail::fill_unknown(shape.separator, forced.separator);
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
    // Done up to `after`, with `breaks` line breaks in [begin, after).
    auto set_next = [&](const char* after, std::size_t breaks) noexcept {
        done_until(r, pos, shape, begin, after, breaks);
    };
    if (rec == end || (at_eof && blank_run(rec, end) == static_cast<std::size_t>(end - rec))) {
        if (!at_eof) return;
        // Only line breaks and blanks (or nothing) are left: a trailer.
        set_status(r, parse_status::end, record_kind::trailer);
        r.rec.separator = std::string_view(rec, static_cast<std::size_t>(end - rec));
        set_next(end, count_byte(begin, end, '\n'));
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
    detail::fill_unknown(shape.eol, pos.eol);
    if (!detail::known(shape.eol)) {
        const char* from = scan > rec ? scan - 1 : rec;
        const char* nl = find_byte(from, wend, '\n');
        if (nl != wend) shape.eol = (nl > rec && nl[-1] == '\r') ? line_ending::crlf : line_ending::lf;
    }
    const bool crlf = detail::is_crlf(shape.eol);
    const std::size_t eol_len = crlf ? 2 : 1;
    const line_ending sep_eol = crlf ? line_ending::crlf : line_ending::lf;

    auto make_error = [&](errc kind, const char* at, const char* record_end, const char* after,
                          const char* exp) noexcept -> void {
        set_status(r, parse_status::error, record_kind::error);
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
        set_next(after, count_byte(begin, after, '\n'));
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
    // The record ends with a valid footer of the input's form, already read into r.rec.tweet: a
    // tweet, or the error of a thread anchor in its body.
    auto take = [&](const char* nl, const char* fend, const char* after, std::size_t breaks) noexcept -> candidate {
        if (const char* anchor = take_tweet(r, opts, pos, shape, begin, rec_line, nl, fend, after, breaks))
            make_error(errc::unsupported_flavour, anchor, fend, after, anchor_expected);
        return candidate::record_end;
    };
    // `breaks`: the line breaks in [begin, nl).
    auto examine = [&](const char* nl, std::size_t breaks) noexcept -> candidate {
        const char* line = nl + 1 + eol_len;  // the candidate footer line
        if (line > wend) return candidate::undecided;  // the blank line's break is cut by the window
        if (crlf && line[-1] != '\n')
            return candidate::body_text;  // "\n\r" not followed by '\n': no blank line
        // Once the input's footer form and separator are known (after its first record), a line
        // of that form followed by that separator is read in one straight pass. Whatever it does
        // not accept goes the general way below, which for such bytes decides the same.
        if (detail::known(shape.footer) && detail::known(shape.separator)) {
            const straight_end e = straight_footer(line, wend, shape, r.rec.tweet);
            if (e.after != nullptr) return take(nl, e.fend, e.after, breaks + e.breaks);
        }
        bool more = false;
        footer_style fs = footer_prefix_at(line, wend, shape.footer, &more);
        // A footer of another form than the input's: the input changes flavour here. It is read
        // like one of the input's own, and if it is a valid footer its record is an error.
        bool foreign = false;
        if (!detail::known(fs) && detail::known(shape.footer)) {
            bool more_other = false;
            fs = footer_prefix_at(line, wend, footer_style::unknown, &more_other);
            foreign = detail::known(fs);
            more = more || more_other;
        }
        if (!detail::known(fs)) {
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
        const footer_fields f = read_footer_fields(line + ff.prefix.size(), fend, ff.suffix, r.rec.tweet);
        if (!ends_here) {
            // A complete, valid footer that the separator does not follow: the separator is
            // missing (or of another flavour). A line that merely starts like a footer is text.
            if (f.ok() && lf != lim) {
                bool undecided = false;
                const char* next = skip_misplaced_separator(fend, wend, &undecided);
                if (undecided && !final_bytes) {
                    return candidate::undecided;
                }
                if (foreign) {
                    make_error(errc::mixed_flavour, line, fend, next, foreign_expected);
                    return candidate::record_end;
                }
                detail::fill_unknown(shape.footer, fs);
                make_error(errc::missing_separator, lf + 1, fend, next,
                           "the separator line after the footer line");
                return candidate::record_end;
            }
            return candidate::body_text;
        }
        if (foreign) {
            if (!f.ok()) {  // text that starts like another flavour's footer
                return candidate::body_text;
            }
            make_error(errc::mixed_flavour, line, fend, after, foreign_expected);
            return candidate::record_end;
        }
        // The record ends here.
        detail::fill_unknown(shape.footer, fs);
        if (!detail::known(shape.separator) && sep_len != 0) shape.separator = sep_found;
        detail::fill_unknown(shape.eol, line_ending::lf);
        if (!f.ok()) {
            // A footer line cut by the end of input is a truncated record, not a malformed one.
            if (fend == end && lf == lim) {
                make_error(errc::truncated, end, end, end,
                           "the rest of the footer line before the end of input");
                return candidate::record_end;
            }
            make_error(f.ec, f.at, fend, after, f.expected);
            return candidate::record_end;
        }

        return take(nl, fend, after, breaks + count_byte(nl, after, '\n'));
    };

    // Look for a blank line followed by a footer line: '\n' EOL FOOTER. The pair search skips
    // a body's single line breaks a block at a time.
    // The search counts the line breaks it passes: `breaks` is their number in [begin, scan).
    const char pair_second = crlf ? '\r' : '\n';
    std::size_t breaks = scan == begin ? 0 : count_byte(begin, scan, '\n');
    for (;;) {
        const char* nl = find_pair_count(scan, wend, '\n', pair_second, &breaks);
        if (nl == wend) {
            if (wend <= scan || wend[-1] != '\n') {  // no blank line in the window
                scan = wend;
                break;
            }
            nl = wend - 1;  // a line break whose partner has not arrived
        }
        const candidate c = examine(nl, breaks);  // (nl = wend - 1 above: undecided, breaks unused)
        if (c == candidate::record_end) return;
        if (c == candidate::undecided) {
            scan = nl;
            break;
        }
        scan = nl + 1;
        ++breaks;  // the one at nl
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

// Whether a record at pos may be read the straight way: the layout known, past the input's start
// (which may hold a byte-order mark or a leading separator), no scan of it begun.
constexpr bool may_go_straight(const parse_position& pos, const parse_options& opts) noexcept {
    return pos.offset != 0 && pos.resume == 0 && opts.shape.known();
}

// parse_record's body, filling `r` in place: the range and the stream keep one parse_result and
// reuse it, so a record costs no copy of it. Only the fields the answer uses are written. Small,
// so that callers inline it: a straight record costs no call of the general way. (records() and
// stream do the same in their loops, each calling the two ways apart.)
inline void parse_into(parse_result& r, std::string_view bytes, const parse_options& opts,
                       const parse_position& pos, bool at_eof) noexcept {
    if (may_go_straight(pos, opts) && straight_record(r, bytes, opts, pos)) return;
    parse_general(r, bytes, opts, pos, at_eof);
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
    const std::size_t take = k.feed(std::string_view(bytes.data() + r.consumed, bytes.size() - r.consumed));
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
    const bool crlf = detail::is_crlf(shape.eol);
    const std::string_view sep =
        separator_for(detail::known(shape.separator) ? shape.separator : separator_style::dash4, shape.eol).view();
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
    if (!detail::known(file) || f == file) return f;
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
    detail::fill_unknown(into.footer, seen.footer);
    detail::fill_unknown(into.separator, seen.separator);
    detail::fill_unknown(into.eol, seen.eol);
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
            : bytes_(bytes), opts_(opts), pos_(start), done_(false) {
            advance();
        }
        void advance() noexcept {
            if (finished_) {
                done_ = true;
                return;
            }
            // The next record's bytes from a count kept apart, not from pos_.offset: that would make
            // each record's start wait on the previous record's position going through memory (its
            // fields stored one by one, loaded as one copy, stored and loaded again), which made
            // records() a tenth slower than a stream fed the same bytes in chunks.
            const std::string_view rest(bytes_.data() + at_, bytes_.size() - at_);  // (not substr: no throw)
            parse_result& res = res_;
            // parse_into, with its test for the straight record kept in one flag: a straight
            // record is a tweet and leaves the layout as it was.
            if (!(straight_ && detail::straight_record(res, rest, opts_, pos_))) {
                detail::parse_general(res, rest, opts_, pos_, true);
                if (res.status == parse_status::skip) skip_record(res, rest);  // to the end of its separator
                if (res.status == parse_status::end) {
                    finished_ = true;
                    if (res.consumed == 0) {
                        done_ = true;
                        return;
                    }
                }
                detail::learn_shape(opts_.shape, res.shape);
                straight_ = detail::may_go_straight(res.next, opts_);
            }
            flavour_ = refine_flavour(flavour_, res.rec);
            pos_ = res.next;
            at_ += res.consumed;  // (res.next.offset is pos_.offset + res.consumed)
        }
        std::string_view bytes_;
        parse_options opts_;
        parse_position pos_{};
        std::size_t at_ = 0;  // bytes_ read so far: pos_.offset less the offset of bytes_[0]
        parse_result res_{};
        tweetview::flavour flavour_ = tweetview::flavour::unknown;
        bool done_ = true;
        bool finished_ = false;
        bool straight_ = false;  // whether parse_into would try straight_record first
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
                switch (res.status) {
                    case parse_status::need_more:
                        pos_.resume = res.next.resume;
                        pos_.eol = res.next.eol;
                        chunk.remove_prefix(step);
                        continue;
                    case parse_status::skip:
                        chunk.remove_prefix(step);
                        carry_.shrink_to(res.consumed);
                        start_skip(res);
                        continue;
                    case parse_status::tweet:
                    case parse_status::error:
                    case parse_status::end:
                        break;
                }
                // The record ended inside the carry: hand it out, then go on with the chunk.
                const bool ended = res.status == parse_status::end;
                const bool go = (ended && res.consumed == 0) || emit(res, f);
                if (ended) pos_ = res.next;
                if (res.consumed >= old) {
                    chunk.remove_prefix(res.consumed - old);
                    carry_.clear();
                } else {  // it ended inside the old carry: keep the rest, give the step back
                    carry_.shrink_to(old);
                    carry_.drop_front(res.consumed);
                }
                if (!go) return stop();
                if (ended) return feed_status::ok;
                continue;
            }
            // Records that lie wholly inside the chunk are parsed in place.
            if (chunk.empty() && !eof) return feed_status::ok;
            parse_result& res = res_;
            // parse_into, with the straight record's way apart (which keeps the general way's
            // code out of this loop).
            if (detail::may_go_straight(pos_, opts_) && detail::straight_record(res, chunk, opts_, pos_)) {
                chunk.remove_prefix(res.consumed);
                if (!emit(res, f)) return stop();
                continue;
            }
            detail::parse_general(res, chunk, opts_, pos_, eof);
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
    const block_searches* blocks = nullptr;       // find_next's blocks, where there is a variant for them
    text_ref() noexcept = default;
    explicit text_ref(std::string_view v, std::uint64_t* counter = nullptr,
                      const simd::search_table* searches = nullptr) noexcept
        : s(reinterpret_cast<const unsigned char*>(v.data())),
          n(v.size() > 0xFFFFFFFEu ? 0xFFFFFFFEu : static_cast<std::uint32_t>(v.size())),
          steps(counter),
          variant(searches),
          blocks(searches != nullptr ? searches->blocks : block_searches_here()) {}
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
TWEETVIEW_INLINE std::uint32_t find2(const text_ref& t, std::uint32_t from, unsigned char a,
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
TWEETVIEW_INLINE std::uint32_t find1(const text_ref& t, std::uint32_t from, std::uint32_t limit,
                                     unsigned char a) noexcept {
    if (from >= limit) return limit;
    const char* const s = reinterpret_cast<const char*>(t.s);
    const char ca = static_cast<char>(a);
    const char* const f = t.variant ? t.variant->find_byte(s + from, s + limit, ca)
                                    : find_text_byte(s + from, s + limit, ca);
    const auto r = static_cast<std::uint32_t>(f - s);
    count_steps(t, r - from + 1);
    return r;
}

// A scanner's search for its next candidate (byte a or b) at or after `from`, asked again and
// again as the scanner moves on (from never decreases). Where the text has block searches, the first
// 64-byte block with a candidate is found and its candidates kept as a mask, so that every further
// candidate in the block is a bit scan rather than a search (a tweet has a few dots and at signs:
// the URL and mention scans' searches were a sixth of all extraction); elsewhere, a search.
struct candidates {
#if TWEETVIEW_HAS_X86_DISPATCH
    std::uint32_t base = none;  // the block [base, base + 64) whose matches `bits` holds
    std::uint64_t bits = 0;
#endif
};
TWEETVIEW_INLINE std::uint32_t find_next(const text_ref& t, candidates& c, std::uint32_t from, unsigned char a,
                                         unsigned char b) noexcept {
#if TWEETVIEW_HAS_X86_DISPATCH  // (elsewhere blocks is always nullptr)
    if (t.blocks != nullptr) {
        const char* const s = reinterpret_cast<const char*>(t.s);
        for (;;) {
            if (from >= t.n) return t.n;
            if (c.base == none || from - c.base >= 64) {  // (from below base too: the difference wraps)
                const char* const block =
                    t.blocks->match_block(s + from, s + t.n, static_cast<char>(a), static_cast<char>(b), &c.bits);
                const auto at = static_cast<std::uint32_t>(block - s);
                count_steps(t, (at >= t.n || t.n - at <= 64 ? t.n : at + 64) - from + 1);  // the bytes compared
                if (at >= t.n) {
                    c.base = none;
                    return t.n;
                }
                c.base = from = at;  // (nothing in the blocks before it)
            }
            const std::uint64_t m = c.bits >> (from - c.base);
            if (m != 0) return from + simd::ctz64(m);
            from = c.base + 64;
        }
    }
#else
    (void)c;
#endif
    return a == b ? find1(t, from, t.n, a) : find2(t, from, a, b);
}

// The prefilter: the scanners (bit k: entity_kind k) that can find something in the text, from
// one pass over it. A mention needs '@' or '＠' (EF BC A0), a URL a '.', a hashtag '#' or '＃'
// (EF BC 83), a cashtag '$'.
// `live`: the scanners the caller runs; the prefilter only pays when there are several (with one,
// its own search is as quick), so a single one is returned as it is.
// Where the text has block searches, the same pass gives the first 64 bytes' at signs (with the
// 0xEF bytes) and dots: the mention and URL scanners' candidates in [0, 64), from which find_next
// goes on as from a block it found itself, so that a short text's scanners search no more.
inline unsigned live_kinds(const text_ref& t, unsigned live, candidates& at_signs, candidates& dots) noexcept {
    if ((live & (live - 1)) == 0) return live;
    const char* const s = reinterpret_cast<const char*>(t.s);
    const std::string_view sigils = "@.#$\xEF";
    std::uint64_t masks[5] = {};
    const unsigned b = t.blocks != nullptr ? t.blocks->present_first(s, s + t.n, sigils, masks)
                       : t.variant != nullptr ? t.variant->bytes_present(s, s + t.n, sigils)
                                              : bytes_present(s, s + t.n, sigils);
#if TWEETVIEW_HAS_X86_DISPATCH
    if (t.blocks != nullptr) {
        at_signs.base = dots.base = 0;
        at_signs.bits = masks[0] | masks[4];
        dots.bits = masks[1];
    }
#else
    (void)at_signs;
    (void)dots;
#endif
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
    // (1u << 4: free; validDomainChars' ASCII part is the bytes that are neither f_punct nor f_space)
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

// Adds `flag` to each byte of `set`. (The compiler builds the table: one pass over each set costs
// it a tenth of testing each byte against every set, which was a tenth of compiling the header.
// The letters and digits are sets too: a loop over the 128 bytes cost clang 4 times as much.)
constexpr void add_class(ascii_table& tb, const char* set, std::uint32_t flag) {
    for (; *set; ++set) tb.f[static_cast<unsigned char>(*set)] |= flag;
}

constexpr ascii_table make_ascii_table() {
    ascii_table tb{};
    // Each class: these bytes, and the letters and digits where its comment above says so.
    add_class(tb, "_", f_alnum);
    add_class(tb, "_!#$%&*@", f_mention_bad_pre);
    add_class(tb, "_+~.-", f_rt_bad_pre);
    add_class(tb, "@$#", f_url_bad_pre);
    // punct of twitter-text: !'#%&'()*+,\-./:;<=>?@[]^_{|}~$ and backslash
    add_class(tb, "!'#%&()*+,\\-./:;<=>?@[]^_{|}~$", f_punct);
    add_class(tb, "\t\n\v\f\r ", f_space);
    add_class(tb, "!*';:=+,.$/%#[]-_~@|&", f_path);
    add_class(tb, "+-=_#/", f_path_end);
    add_class(tb, "!?*'@();:&=+$/%#[]-_.,~|", f_query);
    add_class(tb, "-_&=#/", f_query_end);
    add_class(tb, "@+-", f_tld_bad_next);
    add_class(tb, "-", f_adom);
    add_class(tb, "_-", f_list);
    constexpr std::uint32_t with_alnum = f_alnum | f_mention_bad_pre | f_rt_bad_pre | f_url_bad_pre | f_path |
                                         f_path_end | f_query | f_query_end | f_tld_bad_next | f_adom | f_list;
    add_class(tb, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", with_alnum | f_alpha | f_letter);
    add_class(tb, "0123456789", with_alnum | f_digit);
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
    if (c < 128) return !ascii_has(static_cast<unsigned>(c), f_punct | f_space);
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
    candidates at_signs{};

    TWEETVIEW_NOINLINE bool next(const text_ref& t, entity& out) noexcept {
        for (;;) {
            const std::uint32_t p = find_next(t, at_signs, pos, '@', 0xEF);
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

    TWEETVIEW_NOINLINE bool next(const text_ref& t, entity& out) noexcept {
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

    TWEETVIEW_NOINLINE bool next(const text_ref& t, entity& out) noexcept {
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
    auto flush = [&]() noexcept {
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
    auto run = [&](std::uint32_t i) noexcept {
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
        std::uint32_t k = pos;  // a run of ASCII path characters first (most paths are one)
        for (; k < t.n && t.s[k] < 128; ++k) {  // (each byte's classes looked up once)
            const std::uint32_t classes = ascii_classes.f[t.s[k]];
            if ((classes & f_path) == 0) break;
            if (classes & f_path_end) end = k + 1;
        }
        count_steps(t, k - pos);
        pos = k;
        if (pos == t.n) break;
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
    candidates dots{};
    // Cache for the labels after a dot: from blk_lo, labels are valid
    // subdomains up to the label starting at blk_hi; good_dot is the dot after
    // the last label there that is a valid domain name followed by a TLD, good_end that TLD's end.
    std::uint32_t blk_lo = none, blk_hi = 0, good_dot = none, good_end = 0;
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
                if (!us) {  // validDomainName + TLD
                    const std::uint32_t te = tld_match(t, z + 1, t.n);
                    if (te != 0) good_dot = z, good_end = te;
                }
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
        if (!mid) {  // an ASCII domain (most) in one pass: each label its own encoding, 1 to 63 bytes
            std::uint32_t x = d, label = d;
            for (; x < de && t.s[x] < 0x80; ++x)
                if (t.s[x] == '.') {
                    if (x == label || x - label > 63) return false;
                    label = x + 1;
                }
            count_steps(t, x - d + 1);
            if (x == de) return label == de || de - label <= 63;
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
        const std::uint32_t before = has_proto ? d - u : 8u;  // (a URL has no more UTF-16 units than bytes)
        if (before + (e - u) > 4096 && before + utf16_len(t, u, e) - (mid ? 1u : 0u) > 4096)
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
        if (good_dot != none && good_dot > s.p) return good_end;
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
        auto is_http = [&](std::uint32_t a) noexcept {
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

    TWEETVIEW_NOINLINE bool next(const text_ref& t, entity& out) noexcept {
        if (sub_active && emit_sub(t, out)) return true;
        for (;;) {
            const std::uint32_t p = find_next(t, dots, pos, '.', '.');
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

// The bytes of a mention's span before its list slug's '/' (all of them if it has none). A loop:
// the span is at most 1 + 20 + 26 bytes, shorter than what a call of memchr costs.
inline std::size_t before_slash(std::string_view s) noexcept {
    std::size_t k = 0;
    while (k < s.size() && s[k] != '/') ++k;
    return k;
}

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
        live_ = static_cast<std::uint8_t>(detail::entities::live_kinds(t_, live_, mention_.at_signs, url_.dots));
        if ((live_ & out_) == 0) live_ = 0;
        advance();
    }

    TWEETVIEW_INLINE bool pull(unsigned k, entity& e) noexcept {
        switch (k) {
            case 0: return mention_.next(t_, e);
            case 1: return url_.next(t_, e);
            case 2: return hashtag_.next(t_, e);
            default: return cashtag_.next(t_, e);
        }
    }

    TWEETVIEW_NOINLINE void advance() noexcept {
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

static_assert(static_cast<int>(entity_kind::mention) == 0 && static_cast<int>(entity_kind::url) == 1 &&
                  static_cast<int>(entity_kind::hashtag) == 2 && static_cast<int>(entity_kind::cashtag) == 3,
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
    if (kind == entity_kind::mention) v = v.substr(0, detail::entities::before_slash(v));
    return v;
}

inline std::string_view entity::list_slug(std::string_view text) const noexcept {
    if (kind != entity_kind::mention) return {};
    const std::string_view s = span(text);
    const std::size_t slash = detail::entities::before_slash(s);
    return slash == s.size() ? std::string_view{} : s.substr(slash);
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
// more, so unescape_markdown undoes all of it). Output room: escape_markdown_bound(text.size())
// bytes. Returns the bytes written.
// (Three bytes a byte: "\n" becomes "  \n".)
[[nodiscard]] constexpr std::size_t escape_markdown_bound(std::size_t n) noexcept { return 3 * n; }
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
    auto off = [base](const char* x) noexcept { return static_cast<std::uint32_t>(x - base); };
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
                const char* const c = detail::find_either(p, end, '!', '<');
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
    const image_place images = !detail::known(from) || from == to ? image_place::as_written : sp.images;
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

// JSON string literals, for writing tweets as JSON (the tweetview tool's `jsonl` writes with this).
// A text is escaped as JSON requires ('"', '\\' and control characters; DEL too, as \u007f) and
// its UTF-8 checked in the same pass. A byte that starts no well-formed character becomes one
// U+FFFD: one code point, as decode_utf8 counts it in index_converter and the entity scanners, so
// entity indices taken from the text fit the string written. json_invalid::escape_byte writes
// such a byte as \udcHH instead (a lone low surrogate, as Python's "surrogateescape" does), so the
// original bytes can be read back.
enum class json_invalid : std::uint8_t { replace, escape_byte };
// Room write_json_string needs for a text of n bytes: at most 6 bytes a byte, and the quotes.
[[nodiscard]] constexpr std::size_t json_string_bound(std::size_t n) noexcept { return 6 * n + 2; }
// Writes `text` as a JSON string literal, quotes included, to out (room for
// json_string_bound(text.size()) bytes); returns the end of what it wrote. When `ascii` is given,
// *ascii tells whether text has no byte >= 0x80 (then code-point indices are byte offsets).
// Runs of bytes that need nothing are found with the SIMD layer and copied whole.
[[nodiscard]] inline char* write_json_string(std::string_view text, char* out,
                                             json_invalid invalid = json_invalid::replace,
                                             bool* ascii = nullptr) noexcept {
    static constexpr char hex[] = "0123456789abcdef";
    auto put = [&out](const char* s, std::size_t n) noexcept {
        std::memcpy(out, s, n);
        out += n;
    };
    *out++ = '"';
    const char* p = text.data();
    const char* const end = p + text.size();
    bool plain = true;
    while (p < end) {
        const char* const q = detail::find_json_escape(p, end);
        put(p, static_cast<std::size_t>(q - p));
        p = q;
        // A run of bytes >= 0x80: each character checked and copied, a bad byte replaced.
        while (p < end && static_cast<unsigned char>(*p) >= 0x80) {
            plain = false;
            const utf8_decoded d = decode_utf8(p, end);
            if (d.valid) {
                put(p, d.length);
                p += d.length;
                continue;
            }
            const auto c = static_cast<unsigned char>(*p++);
            if (invalid == json_invalid::replace) {
                put("\xEF\xBF\xBD", 3);
            } else {
                const char esc[] = {'\\', 'u', 'd', 'c', hex[c >> 4], hex[c & 15]};
                put(esc, 6);
            }
        }
        if (p == end || !detail::simd::json_special(*p)) continue;  // (*p < 0x80 here)
        const auto c = static_cast<unsigned char>(*p++);
        switch (c) {
            case '"': put("\\\"", 2); break;
            case '\\': put("\\\\", 2); break;
            case '\n': put("\\n", 2); break;
            case '\r': put("\\r", 2); break;
            case '\t': put("\\t", 2); break;
            case '\b': put("\\b", 2); break;
            case '\f': put("\\f", 2); break;
            default: {  // another control character, or DEL
                const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                put(esc, 6);
            }
        }
    }
    *out++ = '"';
    if (ascii) *ascii = plain;
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
// 601 ranges of code points (6 bytes each)
inline constexpr char hashtag_alpha[] =
    "\x00\x00\x41\x00\x00\x5A\x00\x00\x61\x00\x00\x7A\x00\x00\xAA\x00\x00\xAA\x00\x00\xB5\x00\x00\xB5"
    "\x00\x00\xBA\x00\x00\xBA\x00\x00\xC0\x00\x00\xD6\x00\x00\xD8\x00\x00\xF6\x00\x00\xF8\x00\x02\xC1"
    "\x00\x02\xC6\x00\x02\xD1\x00\x02\xE0\x00\x02\xE4\x00\x02\xEC\x00\x02\xEC\x00\x02\xEE\x00\x02\xEE"
    "\x00\x03\x00\x00\x03\x74\x00\x03\x76\x00\x03\x77\x00\x03\x7A\x00\x03\x7D\x00\x03\x7F\x00\x03\x7F"
    "\x00\x03\x86\x00\x03\x86\x00\x03\x88\x00\x03\x8A\x00\x03\x8C\x00\x03\x8C\x00\x03\x8E\x00\x03\xA1"
    "\x00\x03\xA3\x00\x03\xF5\x00\x03\xF7\x00\x04\x81\x00\x04\x83\x00\x05\x2F\x00\x05\x31\x00\x05\x56"
    "\x00\x05\x59\x00\x05\x59\x00\x05\x61\x00\x05\x87\x00\x05\x91\x00\x05\xBD\x00\x05\xBF\x00\x05\xBF"
    "\x00\x05\xC1\x00\x05\xC2\x00\x05\xC4\x00\x05\xC5\x00\x05\xC7\x00\x05\xC7\x00\x05\xD0\x00\x05\xEA"
    "\x00\x05\xF0\x00\x05\xF2\x00\x06\x10\x00\x06\x1A\x00\x06\x20\x00\x06\x5F\x00\x06\x6E\x00\x06\xD3"
    "\x00\x06\xD5\x00\x06\xDC\x00\x06\xDF\x00\x06\xE8\x00\x06\xEA\x00\x06\xEF\x00\x06\xFA\x00\x06\xFC"
    "\x00\x06\xFF\x00\x06\xFF\x00\x07\x10\x00\x07\x4A\x00\x07\x4D\x00\x07\xB1\x00\x07\xCA\x00\x07\xF5"
    "\x00\x07\xFA\x00\x07\xFA\x00\x08\x00\x00\x08\x2D\x00\x08\x40\x00\x08\x5B\x00\x08\xA0\x00\x08\xB2"
    "\x00\x08\xE4\x00\x09\x63\x00\x09\x71\x00\x09\x83\x00\x09\x85\x00\x09\x8C\x00\x09\x8F\x00\x09\x90"
    "\x00\x09\x93\x00\x09\xA8\x00\x09\xAA\x00\x09\xB0\x00\x09\xB2\x00\x09\xB2\x00\x09\xB6\x00\x09\xB9"
    "\x00\x09\xBC\x00\x09\xC4\x00\x09\xC7\x00\x09\xC8\x00\x09\xCB\x00\x09\xCE\x00\x09\xD7\x00\x09\xD7"
    "\x00\x09\xDC\x00\x09\xDD\x00\x09\xDF\x00\x09\xE3\x00\x09\xF0\x00\x09\xF1\x00\x0A\x01\x00\x0A\x03"
    "\x00\x0A\x05\x00\x0A\x0A\x00\x0A\x0F\x00\x0A\x10\x00\x0A\x13\x00\x0A\x28\x00\x0A\x2A\x00\x0A\x30"
    "\x00\x0A\x32\x00\x0A\x33\x00\x0A\x35\x00\x0A\x36\x00\x0A\x38\x00\x0A\x39\x00\x0A\x3C\x00\x0A\x3C"
    "\x00\x0A\x3E\x00\x0A\x42\x00\x0A\x47\x00\x0A\x48\x00\x0A\x4B\x00\x0A\x4D\x00\x0A\x51\x00\x0A\x51"
    "\x00\x0A\x59\x00\x0A\x5C\x00\x0A\x5E\x00\x0A\x5E\x00\x0A\x70\x00\x0A\x75\x00\x0A\x81\x00\x0A\x83"
    "\x00\x0A\x85\x00\x0A\x8D\x00\x0A\x8F\x00\x0A\x91\x00\x0A\x93\x00\x0A\xA8\x00\x0A\xAA\x00\x0A\xB0"
    "\x00\x0A\xB2\x00\x0A\xB3\x00\x0A\xB5\x00\x0A\xB9\x00\x0A\xBC\x00\x0A\xC5\x00\x0A\xC7\x00\x0A\xC9"
    "\x00\x0A\xCB\x00\x0A\xCD\x00\x0A\xD0\x00\x0A\xD0\x00\x0A\xE0\x00\x0A\xE3\x00\x0B\x01\x00\x0B\x03"
    "\x00\x0B\x05\x00\x0B\x0C\x00\x0B\x0F\x00\x0B\x10\x00\x0B\x13\x00\x0B\x28\x00\x0B\x2A\x00\x0B\x30"
    "\x00\x0B\x32\x00\x0B\x33\x00\x0B\x35\x00\x0B\x39\x00\x0B\x3C\x00\x0B\x44\x00\x0B\x47\x00\x0B\x48"
    "\x00\x0B\x4B\x00\x0B\x4D\x00\x0B\x56\x00\x0B\x57\x00\x0B\x5C\x00\x0B\x5D\x00\x0B\x5F\x00\x0B\x63"
    "\x00\x0B\x71\x00\x0B\x71\x00\x0B\x82\x00\x0B\x83\x00\x0B\x85\x00\x0B\x8A\x00\x0B\x8E\x00\x0B\x90"
    "\x00\x0B\x92\x00\x0B\x95\x00\x0B\x99\x00\x0B\x9A\x00\x0B\x9C\x00\x0B\x9C\x00\x0B\x9E\x00\x0B\x9F"
    "\x00\x0B\xA3\x00\x0B\xA4\x00\x0B\xA8\x00\x0B\xAA\x00\x0B\xAE\x00\x0B\xB9\x00\x0B\xBE\x00\x0B\xC2"
    "\x00\x0B\xC6\x00\x0B\xC8\x00\x0B\xCA\x00\x0B\xCD\x00\x0B\xD0\x00\x0B\xD0\x00\x0B\xD7\x00\x0B\xD7"
    "\x00\x0C\x00\x00\x0C\x03\x00\x0C\x05\x00\x0C\x0C\x00\x0C\x0E\x00\x0C\x10\x00\x0C\x12\x00\x0C\x28"
    "\x00\x0C\x2A\x00\x0C\x39\x00\x0C\x3D\x00\x0C\x44\x00\x0C\x46\x00\x0C\x48\x00\x0C\x4A\x00\x0C\x4D"
    "\x00\x0C\x55\x00\x0C\x56\x00\x0C\x58\x00\x0C\x59\x00\x0C\x60\x00\x0C\x63\x00\x0C\x81\x00\x0C\x83"
    "\x00\x0C\x85\x00\x0C\x8C\x00\x0C\x8E\x00\x0C\x90\x00\x0C\x92\x00\x0C\xA8\x00\x0C\xAA\x00\x0C\xB3"
    "\x00\x0C\xB5\x00\x0C\xB9\x00\x0C\xBC\x00\x0C\xC4\x00\x0C\xC6\x00\x0C\xC8\x00\x0C\xCA\x00\x0C\xCD"
    "\x00\x0C\xD5\x00\x0C\xD6\x00\x0C\xDE\x00\x0C\xDE\x00\x0C\xE0\x00\x0C\xE3\x00\x0C\xF1\x00\x0C\xF2"
    "\x00\x0D\x01\x00\x0D\x03\x00\x0D\x05\x00\x0D\x0C\x00\x0D\x0E\x00\x0D\x10\x00\x0D\x12\x00\x0D\x3A"
    "\x00\x0D\x3D\x00\x0D\x44\x00\x0D\x46\x00\x0D\x48\x00\x0D\x4A\x00\x0D\x4E\x00\x0D\x57\x00\x0D\x57"
    "\x00\x0D\x60\x00\x0D\x63\x00\x0D\x7A\x00\x0D\x7F\x00\x0D\x82\x00\x0D\x83\x00\x0D\x85\x00\x0D\x96"
    "\x00\x0D\x9A\x00\x0D\xB1\x00\x0D\xB3\x00\x0D\xBB\x00\x0D\xBD\x00\x0D\xBD\x00\x0D\xC0\x00\x0D\xC6"
    "\x00\x0D\xCA\x00\x0D\xCA\x00\x0D\xCF\x00\x0D\xD4\x00\x0D\xD6\x00\x0D\xD6\x00\x0D\xD8\x00\x0D\xDF"
    "\x00\x0D\xF2\x00\x0D\xF3\x00\x0E\x01\x00\x0E\x3A\x00\x0E\x40\x00\x0E\x4E\x00\x0E\x81\x00\x0E\x82"
    "\x00\x0E\x84\x00\x0E\x84\x00\x0E\x87\x00\x0E\x88\x00\x0E\x8A\x00\x0E\x8A\x00\x0E\x8D\x00\x0E\x8D"
    "\x00\x0E\x94\x00\x0E\x97\x00\x0E\x99\x00\x0E\x9F\x00\x0E\xA1\x00\x0E\xA3\x00\x0E\xA5\x00\x0E\xA5"
    "\x00\x0E\xA7\x00\x0E\xA7\x00\x0E\xAA\x00\x0E\xAB\x00\x0E\xAD\x00\x0E\xB9\x00\x0E\xBB\x00\x0E\xBD"
    "\x00\x0E\xC0\x00\x0E\xC4\x00\x0E\xC6\x00\x0E\xC6\x00\x0E\xC8\x00\x0E\xCD\x00\x0E\xDC\x00\x0E\xDF"
    "\x00\x0F\x00\x00\x0F\x00\x00\x0F\x18\x00\x0F\x19\x00\x0F\x35\x00\x0F\x35\x00\x0F\x37\x00\x0F\x37"
    "\x00\x0F\x39\x00\x0F\x39\x00\x0F\x3E\x00\x0F\x47\x00\x0F\x49\x00\x0F\x6C\x00\x0F\x71\x00\x0F\x84"
    "\x00\x0F\x86\x00\x0F\x97\x00\x0F\x99\x00\x0F\xBC\x00\x0F\xC6\x00\x0F\xC6\x00\x10\x00\x00\x10\x3F"
    "\x00\x10\x50\x00\x10\x8F\x00\x10\x9A\x00\x10\x9D\x00\x10\xA0\x00\x10\xC5\x00\x10\xC7\x00\x10\xC7"
    "\x00\x10\xCD\x00\x10\xCD\x00\x10\xD0\x00\x10\xFA\x00\x10\xFC\x00\x12\x48\x00\x12\x4A\x00\x12\x4D"
    "\x00\x12\x50\x00\x12\x56\x00\x12\x58\x00\x12\x58\x00\x12\x5A\x00\x12\x5D\x00\x12\x60\x00\x12\x88"
    "\x00\x12\x8A\x00\x12\x8D\x00\x12\x90\x00\x12\xB0\x00\x12\xB2\x00\x12\xB5\x00\x12\xB8\x00\x12\xBE"
    "\x00\x12\xC0\x00\x12\xC0\x00\x12\xC2\x00\x12\xC5\x00\x12\xC8\x00\x12\xD6\x00\x12\xD8\x00\x13\x10"
    "\x00\x13\x12\x00\x13\x15\x00\x13\x18\x00\x13\x5A\x00\x13\x5D\x00\x13\x5F\x00\x13\x80\x00\x13\x8F"
    "\x00\x13\xA0\x00\x13\xF4\x00\x13\xF8\x00\x13\xFC\x00\x14\x01\x00\x16\x6C\x00\x16\x6F\x00\x16\x7F"
    "\x00\x16\x81\x00\x16\x9A\x00\x16\xA0\x00\x16\xEA\x00\x16\xF1\x00\x16\xF8\x00\x17\x00\x00\x17\x0C"
    "\x00\x17\x0E\x00\x17\x14\x00\x17\x20\x00\x17\x34\x00\x17\x40\x00\x17\x53\x00\x17\x60\x00\x17\x6C"
    "\x00\x17\x6E\x00\x17\x70\x00\x17\x72\x00\x17\x73\x00\x17\x80\x00\x17\xD3\x00\x17\xD7\x00\x17\xD7"
    "\x00\x17\xDC\x00\x17\xDD\x00\x18\x0B\x00\x18\x0D\x00\x18\x20\x00\x18\x77\x00\x18\x80\x00\x18\xAA"
    "\x00\x18\xB0\x00\x18\xF5\x00\x19\x00\x00\x19\x1E\x00\x19\x20\x00\x19\x2B\x00\x19\x30\x00\x19\x3B"
    "\x00\x19\x50\x00\x19\x6D\x00\x19\x70\x00\x19\x74\x00\x19\x80\x00\x19\xAB\x00\x19\xB0\x00\x19\xC9"
    "\x00\x1A\x00\x00\x1A\x1B\x00\x1A\x20\x00\x1A\x5E\x00\x1A\x60\x00\x1A\x7C\x00\x1A\x7F\x00\x1A\x7F"
    "\x00\x1A\xA7\x00\x1A\xA7\x00\x1A\xB0\x00\x1A\xBE\x00\x1B\x00\x00\x1B\x4B\x00\x1B\x6B\x00\x1B\x73"
    "\x00\x1B\x80\x00\x1B\xAF\x00\x1B\xBA\x00\x1B\xF3\x00\x1C\x00\x00\x1C\x37\x00\x1C\x4D\x00\x1C\x4F"
    "\x00\x1C\x5A\x00\x1C\x7D\x00\x1C\x80\x00\x1C\x88\x00\x1C\x90\x00\x1C\xBA\x00\x1C\xBD\x00\x1C\xBF"
    "\x00\x1C\xD0\x00\x1C\xD2\x00\x1C\xD4\x00\x1C\xF6\x00\x1C\xF8\x00\x1C\xF9\x00\x1D\x00\x00\x1D\xF5"
    "\x00\x1D\xFC\x00\x1F\x15\x00\x1F\x18\x00\x1F\x1D\x00\x1F\x20\x00\x1F\x45\x00\x1F\x48\x00\x1F\x4D"
    "\x00\x1F\x50\x00\x1F\x57\x00\x1F\x59\x00\x1F\x59\x00\x1F\x5B\x00\x1F\x5B\x00\x1F\x5D\x00\x1F\x5D"
    "\x00\x1F\x5F\x00\x1F\x7D\x00\x1F\x80\x00\x1F\xB4\x00\x1F\xB6\x00\x1F\xBC\x00\x1F\xBE\x00\x1F\xBE"
    "\x00\x1F\xC2\x00\x1F\xC4\x00\x1F\xC6\x00\x1F\xCC\x00\x1F\xD0\x00\x1F\xD3\x00\x1F\xD6\x00\x1F\xDB"
    "\x00\x1F\xE0\x00\x1F\xEC\x00\x1F\xF2\x00\x1F\xF4\x00\x1F\xF6\x00\x1F\xFC\x00\x20\x71\x00\x20\x71"
    "\x00\x20\x7F\x00\x20\x7F\x00\x20\x90\x00\x20\x9C\x00\x20\xD0\x00\x20\xF0\x00\x21\x02\x00\x21\x02"
    "\x00\x21\x07\x00\x21\x07\x00\x21\x0A\x00\x21\x13\x00\x21\x15\x00\x21\x15\x00\x21\x19\x00\x21\x1D"
    "\x00\x21\x24\x00\x21\x24\x00\x21\x26\x00\x21\x26\x00\x21\x28\x00\x21\x28\x00\x21\x2A\x00\x21\x2D"
    "\x00\x21\x2F\x00\x21\x39\x00\x21\x3C\x00\x21\x3F\x00\x21\x45\x00\x21\x49\x00\x21\x4E\x00\x21\x4E"
    "\x00\x21\x83\x00\x21\x84\x00\x2C\x00\x00\x2C\x2E\x00\x2C\x30\x00\x2C\x5E\x00\x2C\x60\x00\x2C\xE4"
    "\x00\x2C\xEB\x00\x2C\xF3\x00\x2D\x00\x00\x2D\x25\x00\x2D\x27\x00\x2D\x27\x00\x2D\x2D\x00\x2D\x2D"
    "\x00\x2D\x30\x00\x2D\x67\x00\x2D\x6F\x00\x2D\x6F\x00\x2D\x7F\x00\x2D\x96\x00\x2D\xA0\x00\x2D\xA6"
    "\x00\x2D\xA8\x00\x2D\xAE\x00\x2D\xB0\x00\x2D\xB6\x00\x2D\xB8\x00\x2D\xBE\x00\x2D\xC0\x00\x2D\xC6"
    "\x00\x2D\xC8\x00\x2D\xCE\x00\x2D\xD0\x00\x2D\xD6\x00\x2D\xD8\x00\x2D\xDE\x00\x2D\xE0\x00\x2D\xFF"
    "\x00\x2E\x2F\x00\x2E\x2F\x00\x30\x05\x00\x30\x06\x00\x30\x2A\x00\x30\x2F\x00\x30\x31\x00\x30\x35"
    "\x00\x30\x3B\x00\x30\x3C\x00\x30\x41\x00\x30\x96\x00\x30\x99\x00\x30\x9A\x00\x30\x9D\x00\x30\x9F"
    "\x00\x30\xA1\x00\x30\xFA\x00\x30\xFC\x00\x30\xFF\x00\x31\x05\x00\x31\x2D\x00\x31\x31\x00\x31\x8E"
    "\x00\x31\xA0\x00\x31\xBA\x00\x31\xF0\x00\x31\xFF\x00\x34\x00\x00\x4D\xB5\x00\x4E\x00\x00\x9F\xCC"
    "\x00\xA0\x00\x00\xA4\x8C\x00\xA4\xD0\x00\xA4\xFD\x00\xA5\x00\x00\xA6\x0C\x00\xA6\x10\x00\xA6\x1F"
    "\x00\xA6\x2A\x00\xA6\x2B\x00\xA6\x40\x00\xA6\x72\x00\xA6\x74\x00\xA6\x7D\x00\xA6\x7F\x00\xA6\x9D"
    "\x00\xA6\x9F\x00\xA6\xE5\x00\xA6\xF0\x00\xA6\xF1\x00\xA7\x17\x00\xA7\x1F\x00\xA7\x22\x00\xA7\x88"
    "\x00\xA7\x8B\x00\xA7\x8E\x00\xA7\x90\x00\xA7\xAE\x00\xA7\xB0\x00\xA7\xB3\x00\xA7\xC4\x00\xA7\xC6"
    "\x00\xA7\xF7\x00\xA8\x27\x00\xA8\x40\x00\xA8\x73\x00\xA8\x80\x00\xA8\xC4\x00\xA8\xE0\x00\xA8\xF7"
    "\x00\xA8\xFB\x00\xA8\xFB\x00\xA9\x0A\x00\xA9\x2D\x00\xA9\x30\x00\xA9\x53\x00\xA9\x60\x00\xA9\x7C"
    "\x00\xA9\x80\x00\xA9\xC0\x00\xA9\xCF\x00\xA9\xCF\x00\xA9\xE0\x00\xA9\xEF\x00\xA9\xFA\x00\xA9\xFE"
    "\x00\xAA\x00\x00\xAA\x36\x00\xAA\x40\x00\xAA\x4D\x00\xAA\x60\x00\xAA\x76\x00\xAA\x7A\x00\xAA\xC2"
    "\x00\xAA\xDB\x00\xAA\xDD\x00\xAA\xE0\x00\xAA\xEF\x00\xAA\xF2\x00\xAA\xF6\x00\xAB\x01\x00\xAB\x06"
    "\x00\xAB\x09\x00\xAB\x0E\x00\xAB\x11\x00\xAB\x16\x00\xAB\x20\x00\xAB\x26\x00\xAB\x28\x00\xAB\x2E"
    "\x00\xAB\x30\x00\xAB\x5A\x00\xAB\x5C\x00\xAB\x5F\x00\xAB\x64\x00\xAB\x65\x00\xAB\x70\x00\xAB\xEA"
    "\x00\xAB\xEC\x00\xAB\xED\x00\xAC\x00\x00\xD7\xA3\x00\xD7\xB0\x00\xD7\xC6\x00\xD7\xCB\x00\xD7\xFB"
    "\x00\xF8\x70\x00\xF8\x7F\x00\xF8\x82\x00\xF8\x82\x00\xF8\x84\x00\xF8\x9F\x00\xF8\xB8\x00\xF8\xB8"
    "\x00\xF8\xC1\x00\xF8\xD6\x00\xF9\x00\x00\xFA\x6D\x00\xFA\x70\x00\xFA\xD9\x00\xFB\x00\x00\xFB\x06"
    "\x00\xFB\x13\x00\xFB\x17\x00\xFB\x1D\x00\xFB\x28\x00\xFB\x2A\x00\xFB\x36\x00\xFB\x38\x00\xFB\x3C"
    "\x00\xFB\x3E\x00\xFB\x3E\x00\xFB\x40\x00\xFB\x41\x00\xFB\x43\x00\xFB\x44\x00\xFB\x46\x00\xFB\xB1"
    "\x00\xFB\xD3\x00\xFD\x3D\x00\xFD\x50\x00\xFD\x8F\x00\xFD\x92\x00\xFD\xC7\x00\xFD\xF0\x00\xFD\xFB"
    "\x00\xFE\x00\x00\xFE\x0F\x00\xFE\x20\x00\xFE\x2D\x00\xFE\x70\x00\xFE\x74\x00\xFE\x76\x00\xFE\xFC"
    "\x00\xFF\x21\x00\xFF\x3A\x00\xFF\x41\x00\xFF\x5A\x00\xFF\x66\x00\xFF\xBE\x00\xFF\xC2\x00\xFF\xC7"
    "\x00\xFF\xCA\x00\xFF\xCF\x00\xFF\xD2\x00\xFF\xD7\x00\xFF\xDA\x00\xFF\xDC\x01\x00\x00\x01\x00\x0B"
    "\x01\x00\x0D\x01\x00\x26\x01\x00\x28\x01\x00\x3A\x01\x00\x3C\x01\x00\x3D\x01\x00\x3F\x01\x00\x4D"
    "\x01\x00\x50\x01\x00\x5D\x01\x00\x80\x01\x00\xFA\x01\x01\xFD\x01\x01\xFD\x01\x02\x80\x01\x02\x9C"
    "\x01\x02\xA0\x01\x02\xD0\x01\x02\xE0\x01\x02\xE0\x01\x03\x00\x01\x03\x1F\x01\x03\x30\x01\x03\x40"
    "\x01\x03\x42\x01\x03\x49\x01\x03\x50\x01\x03\x7A\x01\x03\x80\x01\x03\x9D\x01\x03\xA0\x01\x03\xC3"
    "\x01\x03\xC8\x01\x03\xCF\x01\x04\x00\x01\x04\x9D\x01\x05\x00\x01\x05\x27\x01\x05\x30\x01\x05\x63"
    "\x01\x06\x00\x01\x07\x36\x01\x07\x40\x01\x07\x55\x01\x07\x60\x01\x07\x67\x01\x08\x00\x01\x08\x05"
    "\x01\x08\x08\x01\x08\x08\x01\x08\x0A\x01\x08\x35\x01\x08\x37\x01\x08\x38\x01\x08\x3C\x01\x08\x3C"
    "\x01\x08\x3F\x01\x08\x55\x01\x08\x60\x01\x08\x76\x01\x08\x80\x01\x08\x9E\x01\x09\x00\x01\x09\x15"
    "\x01\x09\x20\x01\x09\x39\x01\x09\x80\x01\x09\xB7\x01\x09\xBE\x01\x09\xBF\x01\x0A\x00\x01\x0A\x03"
    "\x01\x0A\x05\x01\x0A\x06\x01\x0A\x0C\x01\x0A\x13\x01\x0A\x15\x01\x0A\x17\x01\x0A\x19\x01\x0A\x33"
    "\x01\x0A\x38\x01\x0A\x3A\x01\x0A\x3F\x01\x0A\x3F\x01\x0A\x60\x01\x0A\x7C\x01\x0A\x80\x01\x0A\x9C"
    "\x01\x0A\xC0\x01\x0A\xC7\x01\x0A\xC9\x01\x0A\xE6\x01\x0B\x00\x01\x0B\x35\x01\x0B\x40\x01\x0B\x55"
    "\x01\x0B\x60\x01\x0B\x72\x01\x0B\x80\x01\x0B\x91\x01\x0C\x00\x01\x0C\x48\x01\x10\x00\x01\x10\x46"
    "\x01\x10\x7F\x01\x10\xBA\x01\x10\xD0\x01\x10\xE8\x01\x11\x00\x01\x11\x34\x01\x11\x50\x01\x11\x73"
    "\x01\x11\x76\x01\x11\x76\x01\x11\x80\x01\x11\xC4\x01\x11\xDA\x01\x11\xDA\x01\x12\x00\x01\x12\x11"
    "\x01\x12\x13\x01\x12\x37\x01\x12\xB0\x01\x12\xEA\x01\x13\x01\x01\x13\x03\x01\x13\x05\x01\x13\x0C"
    "\x01\x13\x0F\x01\x13\x10\x01\x13\x13\x01\x13\x28\x01\x13\x2A\x01\x13\x30\x01\x13\x32\x01\x13\x33"
    "\x01\x13\x35\x01\x13\x39\x01\x13\x3C\x01\x13\x44\x01\x13\x47\x01\x13\x48\x01\x13\x4B\x01\x13\x4D"
    "\x01\x13\x57\x01\x13\x57\x01\x13\x5D\x01\x13\x63\x01\x13\x66\x01\x13\x6C\x01\x13\x70\x01\x13\x74"
    "\x01\x14\x80\x01\x14\xC5\x01\x14\xC7\x01\x14\xC7\x01\x15\x80\x01\x15\xB5\x01\x15\xB8\x01\x15\xC0"
    "\x01\x16\x00\x01\x16\x40\x01\x16\x44\x01\x16\x44\x01\x16\x80\x01\x16\xB7\x01\x18\xA0\x01\x18\xDF"
    "\x01\x18\xFF\x01\x18\xFF\x01\x1A\xC0\x01\x1A\xF8\x01\x20\x00\x01\x23\x98\x01\x30\x00\x01\x34\x2E"
    "\x01\x68\x00\x01\x6A\x38\x01\x6A\x40\x01\x6A\x5E\x01\x6A\xD0\x01\x6A\xED\x01\x6A\xF0\x01\x6A\xF4"
    "\x01\x6B\x00\x01\x6B\x36\x01\x6B\x40\x01\x6B\x43\x01\x6B\x63\x01\x6B\x77\x01\x6B\x7D\x01\x6B\x8F"
    "\x01\x6F\x00\x01\x6F\x44\x01\x6F\x50\x01\x6F\x7E\x01\x6F\x8F\x01\x6F\x9F\x01\xB0\x00\x01\xB0\x01"
    "\x01\xBC\x00\x01\xBC\x6A\x01\xBC\x70\x01\xBC\x7C\x01\xBC\x80\x01\xBC\x88\x01\xBC\x90\x01\xBC\x99"
    "\x01\xBC\x9D\x01\xBC\x9E\x01\xD1\x65\x01\xD1\x69\x01\xD1\x6D\x01\xD1\x72\x01\xD1\x7B\x01\xD1\x82"
    "\x01\xD1\x85\x01\xD1\x8B\x01\xD1\xAA\x01\xD1\xAD\x01\xD2\x42\x01\xD2\x44\x01\xD4\x00\x01\xD4\x54"
    "\x01\xD4\x56\x01\xD4\x9C\x01\xD4\x9E\x01\xD4\x9F\x01\xD4\xA2\x01\xD4\xA2\x01\xD4\xA5\x01\xD4\xA6"
    "\x01\xD4\xA9\x01\xD4\xAC\x01\xD4\xAE\x01\xD4\xB9\x01\xD4\xBB\x01\xD4\xBB\x01\xD4\xBD\x01\xD4\xC3"
    "\x01\xD4\xC5\x01\xD5\x05\x01\xD5\x07\x01\xD5\x0A\x01\xD5\x0D\x01\xD5\x14\x01\xD5\x16\x01\xD5\x1C"
    "\x01\xD5\x1E\x01\xD5\x39\x01\xD5\x3B\x01\xD5\x3E\x01\xD5\x40\x01\xD5\x44\x01\xD5\x46\x01\xD5\x46"
    "\x01\xD5\x4A\x01\xD5\x50\x01\xD5\x52\x01\xD6\xA5\x01\xD6\xA8\x01\xD6\xC0\x01\xD6\xC2\x01\xD6\xDA"
    "\x01\xD6\xDC\x01\xD6\xFA\x01\xD6\xFC\x01\xD7\x14\x01\xD7\x16\x01\xD7\x34\x01\xD7\x36\x01\xD7\x4E"
    "\x01\xD7\x50\x01\xD7\x6E\x01\xD7\x70\x01\xD7\x88\x01\xD7\x8A\x01\xD7\xA8\x01\xD7\xAA\x01\xD7\xC2"
    "\x01\xD7\xC4\x01\xD7\xCB\x01\xE8\x00\x01\xE8\xC4\x01\xE8\xD0\x01\xE8\xD6\x01\xEE\x00\x01\xEE\x03"
    "\x01\xEE\x05\x01\xEE\x1F\x01\xEE\x21\x01\xEE\x22\x01\xEE\x24\x01\xEE\x24\x01\xEE\x27\x01\xEE\x27"
    "\x01\xEE\x29\x01\xEE\x32\x01\xEE\x34\x01\xEE\x37\x01\xEE\x39\x01\xEE\x39\x01\xEE\x3B\x01\xEE\x3B"
    "\x01\xEE\x42\x01\xEE\x42\x01\xEE\x47\x01\xEE\x47\x01\xEE\x49\x01\xEE\x49\x01\xEE\x4B\x01\xEE\x4B"
    "\x01\xEE\x4D\x01\xEE\x4F\x01\xEE\x51\x01\xEE\x52\x01\xEE\x54\x01\xEE\x54\x01\xEE\x57\x01\xEE\x57"
    "\x01\xEE\x59\x01\xEE\x59\x01\xEE\x5B\x01\xEE\x5B\x01\xEE\x5D\x01\xEE\x5D\x01\xEE\x5F\x01\xEE\x5F"
    "\x01\xEE\x61\x01\xEE\x62\x01\xEE\x64\x01\xEE\x64\x01\xEE\x67\x01\xEE\x6A\x01\xEE\x6C\x01\xEE\x72"
    "\x01\xEE\x74\x01\xEE\x77\x01\xEE\x79\x01\xEE\x7C\x01\xEE\x7E\x01\xEE\x7E\x01\xEE\x80\x01\xEE\x89"
    "\x01\xEE\x8B\x01\xEE\x9B\x01\xEE\xA1\x01\xEE\xA3\x01\xEE\xA5\x01\xEE\xA9\x01\xEE\xAB\x01\xEE\xBB"
    "\x02\x00\x00\x02\xA6\xD6\x02\xA7\x00\x02\xB7\x34\x02\xB7\x40\x02\xB8\x1D\x02\xF8\x00\x02\xFA\x1D"
    "\x0E\x01\x00\x0E\x01\xEF";
// 63 ranges of code points (6 bytes each)
inline constexpr char hashtag_alnum_extra[] =
    "\x00\x00\x30\x00\x00\x39\x00\x00\x5F\x00\x00\x5F\x00\x00\xB7\x00\x00\xB7\x00\x05\xBE\x00\x05\xBE"
    "\x00\x05\xF3\x00\x05\xF4\x00\x06\x60\x00\x06\x69\x00\x06\xF0\x00\x06\xF9\x00\x07\xC0\x00\x07\xC9"
    "\x00\x09\x66\x00\x09\x6F\x00\x09\xE6\x00\x09\xEF\x00\x0A\x66\x00\x0A\x6F\x00\x0A\xE6\x00\x0A\xEF"
    "\x00\x0B\x66\x00\x0B\x6F\x00\x0B\xE6\x00\x0B\xEF\x00\x0C\x66\x00\x0C\x6F\x00\x0C\xE6\x00\x0C\xEF"
    "\x00\x0D\x66\x00\x0D\x6F\x00\x0D\xE6\x00\x0D\xEF\x00\x0E\x50\x00\x0E\x59\x00\x0E\xD0\x00\x0E\xD9"
    "\x00\x0F\x0B\x00\x0F\x0C\x00\x0F\x20\x00\x0F\x29\x00\x10\x40\x00\x10\x49\x00\x10\x90\x00\x10\x99"
    "\x00\x17\xE0\x00\x17\xE9\x00\x18\x10\x00\x18\x19\x00\x19\x46\x00\x19\x4F\x00\x19\xD0\x00\x19\xD9"
    "\x00\x1A\x80\x00\x1A\x89\x00\x1A\x90\x00\x1A\x99\x00\x1B\x50\x00\x1B\x59\x00\x1B\xB0\x00\x1B\xB9"
    "\x00\x1C\x40\x00\x1C\x49\x00\x1C\x50\x00\x1C\x59\x00\x20\x0C\x00\x20\x0D\x00\x30\x03\x00\x30\x03"
    "\x00\x30\x1C\x00\x30\x1C\x00\x30\x9B\x00\x30\x9C\x00\x30\xA0\x00\x30\xA0\x00\x30\xFB\x00\x30\xFB"
    "\x00\xA6\x20\x00\xA6\x29\x00\xA6\x7E\x00\xA6\x7E\x00\xA8\xD0\x00\xA8\xD9\x00\xA9\x00\x00\xA9\x09"
    "\x00\xA9\xD0\x00\xA9\xD9\x00\xA9\xF0\x00\xA9\xF9\x00\xAA\x50\x00\xAA\x59\x00\xAB\xF0\x00\xAB\xF9"
    "\x00\xFF\x10\x00\xFF\x19\x00\xFF\x5E\x00\xFF\x5E\x01\x04\xA0\x01\x04\xA9\x01\x10\x66\x01\x10\x6F"
    "\x01\x10\xF0\x01\x10\xF9\x01\x11\x36\x01\x11\x3F\x01\x11\xD0\x01\x11\xD9\x01\x12\xF0\x01\x12\xF9"
    "\x01\x14\xD0\x01\x14\xD9\x01\x16\x50\x01\x16\x59\x01\x16\xC0\x01\x16\xC9\x01\x18\xE0\x01\x18\xE9"
    "\x01\x6A\x60\x01\x6A\x69\x01\x6B\x50\x01\x6B\x59\x01\xD7\xCE\x01\xD7\xFF";
// latinAccentChars + U+0400..U+04FF, case-closed, non-ASCII (URL path characters)
// 27 ranges of code points (6 bytes each)
inline constexpr char url_path_extra[] =
    "\x00\x00\xC0\x00\x00\xD6\x00\x00\xD8\x00\x00\xF6\x00\x00\xF8\x00\x02\x4F\x00\x02\x53\x00\x02\x54"
    "\x00\x02\x56\x00\x02\x57\x00\x02\x59\x00\x02\x59\x00\x02\x5B\x00\x02\x5B\x00\x02\x60\x00\x02\x60"
    "\x00\x02\x63\x00\x02\x63\x00\x02\x68\x00\x02\x69\x00\x02\x6F\x00\x02\x6F\x00\x02\x72\x00\x02\x72"
    "\x00\x02\x75\x00\x02\x75\x00\x02\x80\x00\x02\x80\x00\x02\x83\x00\x02\x83\x00\x02\x88\x00\x02\x8C"
    "\x00\x02\x92\x00\x02\x92\x00\x02\xBB\x00\x02\xBB\x00\x03\x00\x00\x03\x6F\x00\x03\x99\x00\x03\x99"
    "\x00\x03\xB9\x00\x03\xB9\x00\x04\x00\x00\x04\xFF\x00\x1C\x80\x00\x1C\x87\x00\x1E\x00\x00\x1E\xFF"
    "\x00\x1F\xBE\x00\x1F\xBE\x00\x2C\x65\x00\x2C\x66\x00\x2C\x7E\x00\x2C\x7F";
// latinAccentChars, case-closed, non-ASCII (validAsciiDomain label characters)
// 25 ranges of code points (6 bytes each)
inline constexpr char ascii_domain_extra[] =
    "\x00\x00\xC0\x00\x00\xD6\x00\x00\xD8\x00\x00\xF6\x00\x00\xF8\x00\x02\x4F\x00\x02\x53\x00\x02\x54"
    "\x00\x02\x56\x00\x02\x57\x00\x02\x59\x00\x02\x59\x00\x02\x5B\x00\x02\x5B\x00\x02\x60\x00\x02\x60"
    "\x00\x02\x63\x00\x02\x63\x00\x02\x68\x00\x02\x69\x00\x02\x6F\x00\x02\x6F\x00\x02\x72\x00\x02\x72"
    "\x00\x02\x75\x00\x02\x75\x00\x02\x80\x00\x02\x80\x00\x02\x83\x00\x02\x83\x00\x02\x88\x00\x02\x8C"
    "\x00\x02\x92\x00\x02\x92\x00\x02\xBB\x00\x02\xBB\x00\x03\x00\x00\x03\x6F\x00\x03\x99\x00\x03\x99"
    "\x00\x03\xB9\x00\x03\xB9\x00\x1E\x00\x00\x1E\xFF\x00\x1F\xBE\x00\x1F\xBE\x00\x2C\x65\x00\x2C\x66"
    "\x00\x2C\x7E\x00\x2C\x7F";
// latinAccentChars as written (endMentionMatch, no `i` flag)
// 17 ranges of code points (6 bytes each)
inline constexpr char latin_accent[] =
    "\x00\x00\xC0\x00\x00\xD6\x00\x00\xD8\x00\x00\xF6\x00\x00\xF8\x00\x00\xFF\x00\x01\x00\x00\x02\x4F"
    "\x00\x02\x53\x00\x02\x54\x00\x02\x56\x00\x02\x57\x00\x02\x59\x00\x02\x59\x00\x02\x5B\x00\x02\x5B"
    "\x00\x02\x63\x00\x02\x63\x00\x02\x68\x00\x02\x68\x00\x02\x6F\x00\x02\x6F\x00\x02\x72\x00\x02\x72"
    "\x00\x02\x89\x00\x02\x89\x00\x02\x8B\x00\x02\x8B\x00\x02\xBB\x00\x02\xBB\x00\x03\x00\x00\x03\x6F"
    "\x00\x1E\x00\x00\x1E\xFF";
// END GENERATED unicode_classes

// BEGIN GENERATED tld_trie
// Generated by tests/tables/gen_tables.py from tld_lib.yml: 1574 TLDs (validGTLD + validCCTLD),
// byte trie over the UTF-8 of the Canonicalize()d names; 5183 nodes, 5182 edges.
inline constexpr std::uint32_t tld_max_bytes = 33;
// 2 bytes a node: its first edge (its last is before the next node's first)
inline constexpr char tld_first_edge[] =
    "\x00\x00\x2E\x00\x45\x00\x5C\x00\x73\x00\x83\x00\x93\x00\x9F\x00\xB3\x00\xC2\x00\xD4\x00\xDE\x00"
    "\xEE\x00\xFF\x00\x18\x01\x28\x01\x34\x01\x46\x01\x4A\x01\x53\x01\x6C\x01\x81\x01\x8D\x01\x96\x01"
    "\x9F\x01\xA6\x01\xAB\x01\xB2\x01\xB3\x01\xBC\x01\xBD\x01\xBE\x01\xBF\x01\xC5\x01\xCB\x01\xCC\x01"
    "\xD9\x01\xDA\x01\xDD\x01\xE1\x01\xED\x01\xF9\x01\xFE\x01\x02\x02\x07\x02\x08\x02\x09\x02\x0A\x02"
    "\x0C\x02\x12\x02\x16\x02\x19\x02\x1C\x02\x1F\x02\x21\x02\x23\x02\x24\x02\x28\x02\x2C\x02\x30\x02"
    "\x31\x02\x33\x02\x34\x02\x39\x02\x3C\x02\x3E\x02\x42\x02\x43\x02\x44\x02\x45\x02\x46\x02\x4D\x02"
    "\x50\x02\x52\x02\x52\x02\x58\x02\x58\x02\x58\x02\x59\x02\x5F\x02\x5F\x02\x62\x02\x64\x02\x66\x02"
    "\x70\x02\x70\x02\x74\x02\x74\x02\x74\x02\x7A\x02\x7A\x02\x7A\x02\x7A\x02\x7B\x02\x84\x02\x88\x02"
    "\x88\x02\x88\x02\x8C\x02\x8E\x02\x8E\x02\x94\x02\x98\x02\x98\x02\x9D\x02\x9D\x02\x9D\x02\xA6\x02"
    "\xA7\x02\xAC\x02\xAD\x02\xAE\x02\xAE\x02\xAE\x02\xAE\x02\xB0\x02\xB0\x02\xB5\x02\xB6\x02\xB7\x02"
    "\xBE\x02\xBF\x02\xC5\x02\xC5\x02\xC5\x02\xC5\x02\xC6\x02\xCE\x02\xCF\x02\xD0\x02\xD5\x02\xD7\x02"
    "\xD7\x02\xD9\x02\xDA\x02\xDC\x02\xDC\x02\xDC\x02\xDC\x02\xDE\x02\xE1\x02\xE3\x02\xE4\x02\xE6\x02"
    "\xE9\x02\xEA\x02\xEC\x02\xED\x02\xF0\x02\xF6\x02\xF9\x02\x00\x03\x00\x03\x00\x03\x04\x03\x04\x03"
    "\x08\x03\x0B\x03\x0C\x03\x10\x03\x11\x03\x16\x03\x17\x03\x18\x03\x1B\x03\x1B\x03\x1C\x03\x1C\x03"
    "\x1E\x03\x21\x03\x25\x03\x25\x03\x2B\x03\x2B\x03\x2B\x03\x2F\x03\x2F\x03\x2F\x03\x34\x03\x34\x03"
    "\x34\x03\x38\x03\x39\x03\x3A\x03\x3D\x03\x3E\x03\x42\x03\x43\x03\x43\x03\x43\x03\x4C\x03\x4C\x03"
    "\x4D\x03\x4E\x03\x4F\x03\x51\x03\x52\x03\x55\x03\x55\x03\x56\x03\x57\x03\x58\x03\x59\x03\x59\x03"
    "\x5C\x03\x64\x03\x64\x03\x65\x03\x65\x03\x66\x03\x69\x03\x6B\x03\x6C\x03\x6D\x03\x6F\x03\x71\x03"
    "\x74\x03\x75\x03\x77\x03\x78\x03\x79\x03\x7C\x03\x7E\x03\x80\x03\x81\x03\x82\x03\x83\x03\x84\x03"
    "\x84\x03\x84\x03\x89\x03\x89\x03\x89\x03\x8C\x03\x8E\x03\x90\x03\x91\x03\x91\x03\x92\x03\x92\x03"
    "\x99\x03\x99\x03\x99\x03\x9A\x03\x9F\x03\xA0\x03\xAB\x03\xAB\x03\xAD\x03\xB4\x03\xB5\x03\xB5\x03"
    "\xB5\x03\xB6\x03\xB9\x03\xB9\x03\xB9\x03\xC2\x03\xC3\x03\xC5\x03\xC5\x03\xCD\x03\xCD\x03\xCD\x03"
    "\xCD\x03\xD2\x03\xD2\x03\xD4\x03\xD5\x03\xD5\x03\xE0\x03\xE0\x03\xE0\x03\xE0\x03\xE1\x03\xE4\x03"
    "\xE6\x03\xE6\x03\xE6\x03\xE6\x03\xE6\x03\xE6\x03\xEC\x03\xED\x03\xED\x03\xF2\x03\xF3\x03\xF4\x03"
    "\xF5\x03\xF9\x03\xF9\x03\xFC\x03\xFC\x03\xFE\x03\xFF\x03\xFF\x03\x00\x04\x00\x04\x02\x04\x03\x04"
    "\x04\x04\x07\x04\x08\x04\x0D\x04\x0E\x04\x0F\x04\x12\x04\x13\x04\x15\x04\x16\x04\x1C\x04\x1D\x04"
    "\x1E\x04\x1F\x04\x1F\x04\x24\x04\x2A\x04\x2A\x04\x2C\x04\x2C\x04\x2D\x04\x32\x04\x37\x04\x37\x04"
    "\x37\x04\x38\x04\x39\x04\x39\x04\x39\x04\x3A\x04\x3B\x04\x3C\x04\x3F\x04\x4A\x04\x4F\x04\x50\x04"
    "\x54\x04\x55\x04\x58\x04\x59\x04\x5A\x04\x65\x04\x67\x04\x6D\x04\x6D\x04\x77\x04\x78\x04\x78\x04"
    "\x7D\x04\x80\x04\x80\x04\x82\x04\x83\x04\x85\x04\x86\x04\x8C\x04\x90\x04\x92\x04\x92\x04\x98\x04"
    "\x9C\x04\x9C\x04\x9E\x04\x9E\x04\xA1\x04\xA1\x04\xA8\x04\xA9\x04\xAA\x04\xB0\x04\xB0\x04\xB0\x04"
    "\xB2\x04\xB8\x04\xBA\x04\xBB\x04\xBB\x04\xBC\x04\xBC\x04\xC6\x04\xC6\x04\xC9\x04\xC9\x04\xCD\x04"
    "\xCE\x04\xCE\x04\xCE\x04\xCE\x04\xD0\x04\xD1\x04\xD1\x04\xD1\x04\xD1\x04\xD3\x04\xD4\x04\xD5\x04"
    "\xD5\x04\xD5\x04\xD5\x04\xD7\x04\xD7\x04\xDB\x04\xDB\x04\xE5\x04\xE6\x04\xE6\x04\xEA\x04\xEB\x04"
    "\xEF\x04\xF3\x04\xF3\x04\xF4\x04\xF8\x04\xF9\x04\xFD\x04\xFD\x04\xFF\x04\x00\x05\x01\x05\x02\x05"
    "\x04\x05\x05\x05\x06\x05\x07\x05\x0B\x05\x0B\x05\x0F\x05\x0F\x05\x10\x05\x12\x05\x13\x05\x14\x05"
    "\x14\x05\x15\x05\x16\x05\x16\x05\x17\x05\x18\x05\x19\x05\x1A\x05\x1B\x05\x1C\x05\x1D\x05\x1E\x05"
    "\x1F\x05\x20\x05\x21\x05\x22\x05\x23\x05\x26\x05\x29\x05\x2A\x05\x2B\x05\x2C\x05\x2E\x05\x2F\x05"
    "\x30\x05\x32\x05\x34\x05\x35\x05\x36\x05\x37\x05\x3B\x05\x3D\x05\x3E\x05\x3F\x05\x40\x05\x42\x05"
    "\x43\x05\x44\x05\x45\x05\x46\x05\x47\x05\x48\x05\x49\x05\x4A\x05\x4B\x05\x50\x05\x52\x05\x54\x05"
    "\x55\x05\x56\x05\x57\x05\x58\x05\x5A\x05\x5B\x05\x5C\x05\x5D\x05\x5E\x05\x60\x05\x61\x05\x62\x05"
    "\x63\x05\x64\x05\x65\x05\x66\x05\x67\x05\x68\x05\x69\x05\x6A\x05\x6B\x05\x6C\x05\x6D\x05\x6E\x05"
    "\x6F\x05\x70\x05\x71\x05\x72\x05\x73\x05\x74\x05\x75\x05\x76\x05\x77\x05\x78\x05\x79\x05\x7A\x05"
    "\x7B\x05\x7D\x05\x7F\x05\x80\x05\x81\x05\x82\x05\x83\x05\x84\x05\x84\x05\x85\x05\x86\x05\x88\x05"
    "\x88\x05\x89\x05\x8A\x05\x8B\x05\x8C\x05\x8E\x05\x8E\x05\x90\x05\x91\x05\x91\x05\x92\x05\x92\x05"
    "\x93\x05\x94\x05\x95\x05\x95\x05\x96\x05\x97\x05\x98\x05\x99\x05\x9C\x05\x9D\x05\x9E\x05\xA0\x05"
    "\xA3\x05\xA5\x05\xA7\x05\xA8\x05\xA9\x05\xAA\x05\xAB\x05\xAC\x05\xAD\x05\xAD\x05\xAD\x05\xAE\x05"
    "\xAF\x05\xB0\x05\xB2\x05\xB3\x05\xB4\x05\xB5\x05\xB6\x05\xB7\x05\xB8\x05\xB9\x05\xBA\x05\xBB\x05"
    "\xBC\x05\xBD\x05\xBE\x05\xC0\x05\xC1\x05\xC1\x05\xC1\x05\xC2\x05\xC3\x05\xC4\x05\xC7\x05\xCA\x05"
    "\xCC\x05\xCD\x05\xCE\x05\xCE\x05\xCE\x05\xCF\x05\xCF\x05\xCF\x05\xD1\x05\xD2\x05\xD3\x05\xD4\x05"
    "\xD5\x05\xD5\x05\xD6\x05\xD7\x05\xD7\x05\xD8\x05\xD9\x05\xD9\x05\xD9\x05\xDB\x05\xDE\x05\xDF\x05"
    "\xDF\x05\xDF\x05\xDF\x05\xE0\x05\xE1\x05\xE2\x05\xE3\x05\xE3\x05\xE4\x05\xE6\x05\xE8\x05\xE8\x05"
    "\xE9\x05\xE9\x05\xEA\x05\xEB\x05\xEE\x05\xEF\x05\xF0\x05\xF1\x05\xF2\x05\xF3\x05\xF3\x05\xF4\x05"
    "\xF4\x05\xF4\x05\xF5\x05\xF7\x05\xF9\x05\xFB\x05\xFD\x05\x02\x06\x06\x06\x08\x06\x08\x06\x08\x06"
    "\x09\x06\x09\x06\x09\x06\x0A\x06\x0A\x06\x0B\x06\x0B\x06\x0B\x06\x0F\x06\x10\x06\x11\x06\x12\x06"
    "\x15\x06\x16\x06\x17\x06\x18\x06\x19\x06\x1C\x06\x1D\x06\x1E\x06\x20\x06\x22\x06\x23\x06\x24\x06"
    "\x25\x06\x26\x06\x28\x06\x2C\x06\x2F\x06\x32\x06\x33\x06\x36\x06\x36\x06\x37\x06\x38\x06\x39\x06"
    "\x39\x06\x3A\x06\x3A\x06\x3B\x06\x3C\x06\x3D\x06\x3E\x06\x3E\x06\x3F\x06\x43\x06\x43\x06\x44\x06"
    "\x44\x06\x45\x06\x46\x06\x4A\x06\x4B\x06\x4C\x06\x4D\x06\x4D\x06\x4D\x06\x4E\x06\x4F\x06\x50\x06"
    "\x51\x06\x53\x06\x53\x06\x53\x06\x55\x06\x56\x06\x56\x06\x57\x06\x58\x06\x59\x06\x59\x06\x5A\x06"
    "\x5B\x06\x5B\x06\x5C\x06\x5D\x06\x5F\x06\x60\x06\x61\x06\x62\x06\x62\x06\x63\x06\x63\x06\x63\x06"
    "\x64\x06\x65\x06\x66\x06\x67\x06\x68\x06\x69\x06\x6A\x06\x6B\x06\x6C\x06\x6D\x06\x6E\x06\x6F\x06"
    "\x6F\x06\x70\x06\x71\x06\x72\x06\x73\x06\x73\x06\x75\x06\x76\x06\x79\x06\x7A\x06\x7B\x06\x7E\x06"
    "\x7F\x06\x80\x06\x81\x06\x83\x06\x84\x06\x85\x06\x86\x06\x87\x06\x89\x06\x8A\x06\x8B\x06\x8D\x06"
    "\x8E\x06\x8F\x06\x92\x06\x94\x06\x95\x06\x95\x06\x97\x06\x9B\x06\x9C\x06\x9C\x06\x9E\x06\x9E\x06"
    "\xA0\x06\xA0\x06\xA1\x06\xA2\x06\xA3\x06\xA4\x06\xA4\x06\xA5\x06\xA6\x06\xA6\x06\xA7\x06\xA7\x06"
    "\xA8\x06\xA8\x06\xA8\x06\xA9\x06\xAA\x06\xAB\x06\xAC\x06\xAE\x06\xB0\x06\xB0\x06\xB1\x06\xB2\x06"
    "\xB3\x06\xB3\x06\xB3\x06\xB4\x06\xB6\x06\xB8\x06\xB8\x06\xB8\x06\xB8\x06\xBB\x06\xBC\x06\xBD\x06"
    "\xBF\x06\xC0\x06\xC1\x06\xC2\x06\xC4\x06\xC5\x06\xC6\x06\xC7\x06\xC8\x06\xC9\x06\xC9\x06\xCA\x06"
    "\xCB\x06\xCD\x06\xCF\x06\xD0\x06\xD1\x06\xD2\x06\xD3\x06\xD3\x06\xD3\x06\xD4\x06\xD6\x06\xD7\x06"
    "\xD9\x06\xDA\x06\xDC\x06\xDE\x06\xDF\x06\xDF\x06\xE0\x06\xE0\x06\xE1\x06\xE2\x06\xE3\x06\xE3\x06"
    "\xE4\x06\xE4\x06\xE4\x06\xE5\x06\xE5\x06\xE6\x06\xE7\x06\xE8\x06\xE9\x06\xEA\x06\xEA\x06\xEB\x06"
    "\xED\x06\xED\x06\xED\x06\xEF\x06\xF1\x06\xF2\x06\xF3\x06\xF4\x06\xF5\x06\xF6\x06\xF7\x06\xF8\x06"
    "\xF8\x06\xF9\x06\xF9\x06\xFA\x06\xFB\x06\xFB\x06\xFB\x06\xFC\x06\xFD\x06\xFE\x06\xFE\x06\xFE\x06"
    "\xFE\x06\xFE\x06\xFE\x06\x00\x07\x00\x07\x00\x07\x01\x07\x02\x07\x03\x07\x04\x07\x05\x07\x06\x07"
    "\x07\x07\x07\x07\x07\x07\x07\x07\x08\x07\x09\x07\x0A\x07\x0B\x07\x0C\x07\x0D\x07\x0E\x07\x0E\x07"
    "\x0E\x07\x0F\x07\x10\x07\x11\x07\x12\x07\x13\x07\x15\x07\x18\x07\x19\x07\x1B\x07\x1C\x07\x1C\x07"
    "\x1D\x07\x1E\x07\x1F\x07\x21\x07\x22\x07\x23\x07\x24\x07\x25\x07\x26\x07\x27\x07\x28\x07\x29\x07"
    "\x2B\x07\x2E\x07\x2F\x07\x31\x07\x32\x07\x32\x07\x32\x07\x33\x07\x35\x07\x36\x07\x36\x07\x37\x07"
    "\x38\x07\x39\x07\x3A\x07\x3B\x07\x3C\x07\x3D\x07\x3F\x07\x40\x07\x41\x07\x43\x07\x44\x07\x46\x07"
    "\x46\x07\x49\x07\x4A\x07\x4B\x07\x4B\x07\x4C\x07\x4D\x07\x4E\x07\x4F\x07\x50\x07\x52\x07\x53\x07"
    "\x53\x07\x54\x07\x55\x07\x56\x07\x57\x07\x57\x07\x59\x07\x5A\x07\x5A\x07\x5A\x07\x5A\x07\x5B\x07"
    "\x5C\x07\x5C\x07\x5C\x07\x5C\x07\x60\x07\x61\x07\x63\x07\x64\x07\x65\x07\x66\x07\x66\x07\x66\x07"
    "\x67\x07\x67\x07\x68\x07\x69\x07\x69\x07\x6A\x07\x6B\x07\x6C\x07\x6E\x07\x6F\x07\x6F\x07\x6F\x07"
    "\x72\x07\x73\x07\x75\x07\x77\x07\x77\x07\x77\x07\x77\x07\x78\x07\x7A\x07\x7B\x07\x7C\x07\x7D\x07"
    "\x7E\x07\x80\x07\x80\x07\x80\x07\x80\x07\x80\x07\x80\x07\x81\x07\x82\x07\x83\x07\x84\x07\x85\x07"
    "\x86\x07\x87\x07\x87\x07\x87\x07\x88\x07\x89\x07\x8A\x07\x8A\x07\x8B\x07\x8D\x07\x8E\x07\x90\x07"
    "\x91\x07\x92\x07\x92\x07\x92\x07\x93\x07\x94\x07\x96\x07\x99\x07\x9A\x07\x9A\x07\x9B\x07\x9B\x07"
    "\x9C\x07\x9D\x07\x9D\x07\x9E\x07\xA0\x07\xA1\x07\xA2\x07\xA4\x07\xA4\x07\xA6\x07\xA7\x07\xA8\x07"
    "\xAA\x07\xAC\x07\xAC\x07\xAD\x07\xAE\x07\xAF\x07\xB0\x07\xB1\x07\xB3\x07\xB4\x07\xB5\x07\xBB\x07"
    "\xBC\x07\xBC\x07\xBC\x07\xBD\x07\xBF\x07\xBF\x07\xC0\x07\xC1\x07\xC2\x07\xC4\x07\xC5\x07\xC7\x07"
    "\xC8\x07\xCA\x07\xCB\x07\xCC\x07\xCF\x07\xD0\x07\xD1\x07\xD2\x07\xD4\x07\xD5\x07\xD5\x07\xD5\x07"
    "\xD5\x07\xD6\x07\xD8\x07\xD9\x07\xDA\x07\xDB\x07\xDC\x07\xDD\x07\xDE\x07\xDE\x07\xDE\x07\xDF\x07"
    "\xE0\x07\xE1\x07\xE2\x07\xE4\x07\xE5\x07\xE7\x07\xE8\x07\xE9\x07\xE9\x07\xEA\x07\xEB\x07\xEB\x07"
    "\xEB\x07\xEB\x07\xEB\x07\xF0\x07\xF1\x07\xF2\x07\xF4\x07\xF6\x07\xF7\x07\xF8\x07\xF9\x07\xFA\x07"
    "\xFB\x07\xFB\x07\xFC\x07\xFC\x07\xFD\x07\xFD\x07\x00\x08\x01\x08\x03\x08\x07\x08\x08\x08\x09\x08"
    "\x0B\x08\x0C\x08\x0D\x08\x0E\x08\x0F\x08\x10\x08\x11\x08\x12\x08\x14\x08\x15\x08\x16\x08\x18\x08"
    "\x1A\x08\x1A\x08\x1B\x08\x1C\x08\x1E\x08\x1F\x08\x1F\x08\x1F\x08\x23\x08\x24\x08\x26\x08\x27\x08"
    "\x28\x08\x29\x08\x2A\x08\x2B\x08\x2D\x08\x2E\x08\x2F\x08\x31\x08\x32\x08\x33\x08\x34\x08\x34\x08"
    "\x35\x08\x36\x08\x37\x08\x38\x08\x3A\x08\x3B\x08\x3B\x08\x3B\x08\x3C\x08\x3D\x08\x3E\x08\x3F\x08"
    "\x40\x08\x41\x08\x41\x08\x42\x08\x43\x08\x44\x08\x45\x08\x46\x08\x47\x08\x49\x08\x4A\x08\x4A\x08"
    "\x4B\x08\x4C\x08\x4D\x08\x4E\x08\x4F\x08\x4F\x08\x50\x08\x51\x08\x52\x08\x53\x08\x54\x08\x56\x08"
    "\x59\x08\x5A\x08\x5A\x08\x5B\x08\x5B\x08\x5C\x08\x5D\x08\x5D\x08\x5E\x08\x5E\x08\x5F\x08\x61\x08"
    "\x61\x08\x61\x08\x61\x08\x62\x08\x64\x08\x65\x08\x66\x08\x69\x08\x69\x08\x6A\x08\x6B\x08\x6B\x08"
    "\x6C\x08\x6D\x08\x6D\x08\x6D\x08\x6E\x08\x71\x08\x73\x08\x74\x08\x75\x08\x77\x08\x7A\x08\x7B\x08"
    "\x7C\x08\x7F\x08\x80\x08\x81\x08\x82\x08\x83\x08\x86\x08\x87\x08\x89\x08\x8A\x08\x8B\x08\x8C\x08"
    "\x8D\x08\x90\x08\x90\x08\x91\x08\x92\x08\x94\x08\x94\x08\x94\x08\x94\x08\x95\x08\x96\x08\x97\x08"
    "\x98\x08\x98\x08\x99\x08\x99\x08\x99\x08\x9A\x08\x9B\x08\x9C\x08\x9D\x08\x9E\x08\x9F\x08\xA0\x08"
    "\xA1\x08\xA1\x08\xA2\x08\xA3\x08\xA4\x08\xA5\x08\xA6\x08\xA7\x08\xA9\x08\xAB\x08\xAC\x08\xAD\x08"
    "\xAF\x08\xB1\x08\xB3\x08\xB5\x08\xB7\x08\xB8\x08\xB9\x08\xBA\x08\xBB\x08\xBE\x08\xC0\x08\xC1\x08"
    "\xC2\x08\xC3\x08\xC4\x08\xC5\x08\xC6\x08\xC7\x08\xC8\x08\xC9\x08\xCA\x08\xCB\x08\xCC\x08\xCD\x08"
    "\xCE\x08\xD0\x08\xD1\x08\xD2\x08\xD3\x08\xD4\x08\xD5\x08\xD6\x08\xD7\x08\xD8\x08\xD9\x08\xDA\x08"
    "\xDB\x08\xDC\x08\xDD\x08\xDE\x08\xDF\x08\xE0\x08\xE1\x08\xE2\x08\xE3\x08\xE4\x08\xE5\x08\xE6\x08"
    "\xE7\x08\xE8\x08\xE9\x08\xEA\x08\xEB\x08\xEC\x08\xED\x08\xEE\x08\xEF\x08\xF2\x08\xF3\x08\xF4\x08"
    "\xF5\x08\xF6\x08\xF7\x08\xF9\x08\xFB\x08\xFD\x08\xFE\x08\xFF\x08\x01\x09\x02\x09\x03\x09\x04\x09"
    "\x05\x09\x06\x09\x07\x09\x08\x09\x09\x09\x0B\x09\x0C\x09\x0D\x09\x0F\x09\x10\x09\x11\x09\x12\x09"
    "\x13\x09\x14\x09\x15\x09\x16\x09\x17\x09\x18\x09\x19\x09\x1B\x09\x1C\x09\x1D\x09\x1E\x09\x1F\x09"
    "\x20\x09\x21\x09\x22\x09\x23\x09\x24\x09\x25\x09\x26\x09\x28\x09\x29\x09\x2A\x09\x2A\x09\x2B\x09"
    "\x2C\x09\x2D\x09\x2D\x09\x2E\x09\x2F\x09\x30\x09\x31\x09\x32\x09\x33\x09\x34\x09\x34\x09\x35\x09"
    "\x35\x09\x36\x09\x37\x09\x38\x09\x39\x09\x3A\x09\x3A\x09\x3B\x09\x3C\x09\x3D\x09\x3D\x09\x3E\x09"
    "\x3F\x09\x40\x09\x41\x09\x42\x09\x42\x09\x43\x09\x44\x09\x45\x09\x45\x09\x46\x09\x47\x09\x48\x09"
    "\x49\x09\x4A\x09\x4B\x09\x4C\x09\x4D\x09\x4E\x09\x4E\x09\x4F\x09\x50\x09\x50\x09\x50\x09\x50\x09"
    "\x50\x09\x50\x09\x51\x09\x52\x09\x53\x09\x54\x09\x56\x09\x57\x09\x58\x09\x59\x09\x5A\x09\x5B\x09"
    "\x5B\x09\x5C\x09\x5E\x09\x5E\x09\x5E\x09\x60\x09\x61\x09\x62\x09\x63\x09\x64\x09\x65\x09\x66\x09"
    "\x66\x09\x67\x09\x68\x09\x68\x09\x69\x09\x6A\x09\x6B\x09\x6C\x09\x6D\x09\x6D\x09\x6E\x09\x6F\x09"
    "\x70\x09\x71\x09\x71\x09\x72\x09\x72\x09\x73\x09\x74\x09\x75\x09\x75\x09\x75\x09\x76\x09\x77\x09"
    "\x78\x09\x7A\x09\x7B\x09\x7C\x09\x7D\x09\x7E\x09\x7F\x09\x80\x09\x81\x09\x82\x09\x83\x09\x84\x09"
    "\x85\x09\x85\x09\x85\x09\x85\x09\x86\x09\x87\x09\x87\x09\x88\x09\x89\x09\x8A\x09\x8B\x09\x8C\x09"
    "\x8D\x09\x8E\x09\x8E\x09\x8F\x09\x8F\x09\x90\x09\x90\x09\x91\x09\x92\x09\x93\x09\x93\x09\x94\x09"
    "\x94\x09\x96\x09\x97\x09\x98\x09\x98\x09\x99\x09\x9A\x09\x9B\x09\x9C\x09\x9D\x09\x9E\x09\x9F\x09"
    "\xA0\x09\xA1\x09\xA2\x09\xA3\x09\xA4\x09\xA5\x09\xA6\x09\xA7\x09\xA8\x09\xA9\x09\xAA\x09\xAB\x09"
    "\xAC\x09\xAD\x09\xAE\x09\xAF\x09\xB0\x09\xB1\x09\xB2\x09\xB4\x09\xB6\x09\xB7\x09\xB8\x09\xBA\x09"
    "\xBC\x09\xBD\x09\xBD\x09\xBD\x09\xBE\x09\xBF\x09\xC0\x09\xC1\x09\xC2\x09\xC3\x09\xC4\x09\xC5\x09"
    "\xC6\x09\xC7\x09\xC7\x09\xC8\x09\xC9\x09\xC9\x09\xC9\x09\xCA\x09\xCB\x09\xCB\x09\xCD\x09\xCE\x09"
    "\xCF\x09\xCF\x09\xD0\x09\xD1\x09\xD2\x09\xD4\x09\xD5\x09\xD6\x09\xD6\x09\xD7\x09\xD8\x09\xD9\x09"
    "\xD9\x09\xD9\x09\xDA\x09\xDB\x09\xDB\x09\xDC\x09\xDD\x09\xDE\x09\xDF\x09\xE0\x09\xE0\x09\xE1\x09"
    "\xE1\x09\xE2\x09\xE3\x09\xE3\x09\xE4\x09\xE5\x09\xE6\x09\xE7\x09\xE8\x09\xE9\x09\xEA\x09\xEB\x09"
    "\xEC\x09\xED\x09\xEE\x09\xEF\x09\xEF\x09\xF0\x09\xF1\x09\xF2\x09\xF3\x09\xF4\x09\xF5\x09\xF6\x09"
    "\xF7\x09\xF8\x09\xF9\x09\xFA\x09\xFA\x09\xFA\x09\xFB\x09\xFC\x09\xFD\x09\xFD\x09\xFE\x09\xFF\x09"
    "\xFF\x09\x00\x0A\x01\x0A\x03\x0A\x03\x0A\x04\x0A\x04\x0A\x04\x0A\x06\x0A\x07\x0A\x08\x0A\x09\x0A"
    "\x0A\x0A\x0B\x0A\x0C\x0A\x0C\x0A\x0D\x0A\x0E\x0A\x0F\x0A\x10\x0A\x11\x0A\x11\x0A\x12\x0A\x13\x0A"
    "\x14\x0A\x15\x0A\x15\x0A\x16\x0A\x17\x0A\x18\x0A\x1A\x0A\x1A\x0A\x1B\x0A\x1C\x0A\x1F\x0A\x20\x0A"
    "\x21\x0A\x21\x0A\x22\x0A\x23\x0A\x23\x0A\x24\x0A\x25\x0A\x26\x0A\x27\x0A\x28\x0A\x2A\x0A\x2B\x0A"
    "\x2B\x0A\x2C\x0A\x2D\x0A\x2D\x0A\x2F\x0A\x30\x0A\x31\x0A\x32\x0A\x33\x0A\x34\x0A\x35\x0A\x36\x0A"
    "\x37\x0A\x38\x0A\x39\x0A\x39\x0A\x3A\x0A\x3B\x0A\x3B\x0A\x3B\x0A\x3C\x0A\x3D\x0A\x3D\x0A\x3E\x0A"
    "\x3F\x0A\x3F\x0A\x40\x0A\x40\x0A\x41\x0A\x41\x0A\x42\x0A\x43\x0A\x44\x0A\x45\x0A\x46\x0A\x47\x0A"
    "\x4A\x0A\x4B\x0A\x4C\x0A\x4D\x0A\x4E\x0A\x4F\x0A\x50\x0A\x51\x0A\x52\x0A\x52\x0A\x53\x0A\x54\x0A"
    "\x55\x0A\x55\x0A\x55\x0A\x56\x0A\x57\x0A\x58\x0A\x58\x0A\x59\x0A\x5A\x0A\x5B\x0A\x5B\x0A\x5C\x0A"
    "\x5D\x0A\x5F\x0A\x60\x0A\x61\x0A\x62\x0A\x63\x0A\x64\x0A\x65\x0A\x66\x0A\x66\x0A\x67\x0A\x68\x0A"
    "\x68\x0A\x68\x0A\x69\x0A\x6A\x0A\x6A\x0A\x6B\x0A\x6C\x0A\x6C\x0A\x6D\x0A\x6E\x0A\x6F\x0A\x6F\x0A"
    "\x70\x0A\x72\x0A\x73\x0A\x73\x0A\x74\x0A\x75\x0A\x76\x0A\x76\x0A\x76\x0A\x77\x0A\x78\x0A\x79\x0A"
    "\x7A\x0A\x7B\x0A\x7C\x0A\x7F\x0A\x80\x0A\x81\x0A\x82\x0A\x83\x0A\x84\x0A\x85\x0A\x86\x0A\x87\x0A"
    "\x88\x0A\x89\x0A\x89\x0A\x8A\x0A\x8A\x0A\x8B\x0A\x8B\x0A\x8D\x0A\x8E\x0A\x8E\x0A\x8F\x0A\x90\x0A"
    "\x90\x0A\x91\x0A\x92\x0A\x92\x0A\x93\x0A\x93\x0A\x94\x0A\x95\x0A\x96\x0A\x97\x0A\x98\x0A\x98\x0A"
    "\x99\x0A\x9B\x0A\x9B\x0A\x9C\x0A\x9C\x0A\x9D\x0A\x9E\x0A\x9E\x0A\x9F\x0A\xA0\x0A\xA1\x0A\xA1\x0A"
    "\xA2\x0A\xA3\x0A\xA4\x0A\xA5\x0A\xA6\x0A\xA7\x0A\xA8\x0A\xA9\x0A\xAA\x0A\xAB\x0A\xAC\x0A\xAD\x0A"
    "\xAD\x0A\xAE\x0A\xAE\x0A\xAF\x0A\xAF\x0A\xB0\x0A\xB1\x0A\xB2\x0A\xB3\x0A\xB3\x0A\xB3\x0A\xB4\x0A"
    "\xB5\x0A\xB5\x0A\xB6\x0A\xB7\x0A\xB8\x0A\xB9\x0A\xBA\x0A\xBB\x0A\xBC\x0A\xBD\x0A\xBE\x0A\xC0\x0A"
    "\xC0\x0A\xC1\x0A\xC3\x0A\xC4\x0A\xC5\x0A\xC5\x0A\xC6\x0A\xC7\x0A\xC7\x0A\xC8\x0A\xC9\x0A\xCA\x0A"
    "\xCB\x0A\xCC\x0A\xCC\x0A\xCD\x0A\xCE\x0A\xCE\x0A\xCE\x0A\xCF\x0A\xD0\x0A\xD1\x0A\xD2\x0A\xD4\x0A"
    "\xD5\x0A\xD6\x0A\xD7\x0A\xD8\x0A\xD9\x0A\xDA\x0A\xDB\x0A\xDB\x0A\xDC\x0A\xDD\x0A\xDE\x0A\xDF\x0A"
    "\xDF\x0A\xE0\x0A\xE1\x0A\xE2\x0A\xE3\x0A\xE4\x0A\xE5\x0A\xE6\x0A\xE6\x0A\xE7\x0A\xE8\x0A\xE9\x0A"
    "\xEA\x0A\xEA\x0A\xED\x0A\xEE\x0A\xEE\x0A\xEF\x0A\xF0\x0A\xF1\x0A\xF2\x0A\xF3\x0A\xF4\x0A\xF5\x0A"
    "\xF5\x0A\xF7\x0A\xF7\x0A\xF7\x0A\xF8\x0A\xF9\x0A\xFA\x0A\xFB\x0A\xFC\x0A\xFC\x0A\xFC\x0A\xFD\x0A"
    "\xFE\x0A\xFE\x0A\xFE\x0A\xFF\x0A\x00\x0B\x01\x0B\x02\x0B\x03\x0B\x03\x0B\x04\x0B\x05\x0B\x06\x0B"
    "\x07\x0B\x08\x0B\x08\x0B\x09\x0B\x0A\x0B\x0B\x0B\x0C\x0B\x0C\x0B\x0C\x0B\x0E\x0B\x0F\x0B\x10\x0B"
    "\x11\x0B\x12\x0B\x13\x0B\x13\x0B\x14\x0B\x15\x0B\x16\x0B\x17\x0B\x18\x0B\x19\x0B\x1A\x0B\x1B\x0B"
    "\x1C\x0B\x1D\x0B\x1E\x0B\x1E\x0B\x1F\x0B\x20\x0B\x21\x0B\x22\x0B\x22\x0B\x22\x0B\x23\x0B\x23\x0B"
    "\x24\x0B\x25\x0B\x26\x0B\x27\x0B\x27\x0B\x28\x0B\x2A\x0B\x2B\x0B\x2C\x0B\x2C\x0B\x2C\x0B\x2C\x0B"
    "\x2C\x0B\x2D\x0B\x2E\x0B\x30\x0B\x31\x0B\x32\x0B\x33\x0B\x34\x0B\x34\x0B\x34\x0B\x35\x0B\x35\x0B"
    "\x36\x0B\x36\x0B\x37\x0B\x38\x0B\x39\x0B\x3A\x0B\x3A\x0B\x3B\x0B\x3C\x0B\x3C\x0B\x3D\x0B\x3D\x0B"
    "\x3E\x0B\x3F\x0B\x40\x0B\x41\x0B\x42\x0B\x43\x0B\x43\x0B\x43\x0B\x44\x0B\x44\x0B\x44\x0B\x45\x0B"
    "\x46\x0B\x47\x0B\x48\x0B\x48\x0B\x49\x0B\x4A\x0B\x4C\x0B\x4C\x0B\x4D\x0B\x4E\x0B\x4E\x0B\x4E\x0B"
    "\x4F\x0B\x50\x0B\x51\x0B\x51\x0B\x52\x0B\x53\x0B\x54\x0B\x55\x0B\x57\x0B\x58\x0B\x59\x0B\x5B\x0B"
    "\x5C\x0B\x5E\x0B\x5F\x0B\x60\x0B\x62\x0B\x62\x0B\x63\x0B\x64\x0B\x65\x0B\x66\x0B\x67\x0B\x68\x0B"
    "\x69\x0B\x6A\x0B\x6B\x0B\x6B\x0B\x6C\x0B\x6D\x0B\x6F\x0B\x70\x0B\x70\x0B\x70\x0B\x71\x0B\x73\x0B"
    "\x74\x0B\x75\x0B\x75\x0B\x76\x0B\x76\x0B\x77\x0B\x78\x0B\x79\x0B\x79\x0B\x7A\x0B\x7B\x0B\x7C\x0B"
    "\x7D\x0B\x7E\x0B\x7F\x0B\x80\x0B\x81\x0B\x82\x0B\x83\x0B\x84\x0B\x85\x0B\x85\x0B\x86\x0B\x86\x0B"
    "\x88\x0B\x89\x0B\x8A\x0B\x8B\x0B\x8B\x0B\x8C\x0B\x8D\x0B\x8E\x0B\x8F\x0B\x90\x0B\x91\x0B\x92\x0B"
    "\x92\x0B\x93\x0B\x94\x0B\x95\x0B\x96\x0B\x97\x0B\x98\x0B\x99\x0B\x9A\x0B\x9B\x0B\x9C\x0B\x9D\x0B"
    "\x9D\x0B\x9E\x0B\x9F\x0B\x9F\x0B\x9F\x0B\xA0\x0B\xA1\x0B\xA2\x0B\xA3\x0B\xA3\x0B\xA4\x0B\xA4\x0B"
    "\xA5\x0B\xA6\x0B\xA7\x0B\xA8\x0B\xA9\x0B\xAA\x0B\xAB\x0B\xAC\x0B\xAD\x0B\xAE\x0B\xAF\x0B\xB0\x0B"
    "\xB1\x0B\xB2\x0B\xB2\x0B\xB3\x0B\xB3\x0B\xB3\x0B\xB4\x0B\xB5\x0B\xB5\x0B\xB6\x0B\xB7\x0B\xB8\x0B"
    "\xB9\x0B\xBA\x0B\xBA\x0B\xBB\x0B\xBC\x0B\xBD\x0B\xBE\x0B\xBF\x0B\xC0\x0B\xC1\x0B\xC2\x0B\xC3\x0B"
    "\xC3\x0B\xC4\x0B\xC5\x0B\xC6\x0B\xC6\x0B\xC6\x0B\xC7\x0B\xC7\x0B\xC8\x0B\xC8\x0B\xC8\x0B\xC8\x0B"
    "\xC9\x0B\xCA\x0B\xCA\x0B\xCB\x0B\xCC\x0B\xCD\x0B\xCE\x0B\xCF\x0B\xD0\x0B\xD1\x0B\xD1\x0B\xD2\x0B"
    "\xD3\x0B\xD4\x0B\xD5\x0B\xD6\x0B\xD7\x0B\xD8\x0B\xD9\x0B\xDA\x0B\xDC\x0B\xDD\x0B\xDE\x0B\xDF\x0B"
    "\xE0\x0B\xE1\x0B\xE2\x0B\xE3\x0B\xE4\x0B\xE5\x0B\xE6\x0B\xE7\x0B\xE8\x0B\xE9\x0B\xEA\x0B\xEB\x0B"
    "\xEC\x0B\xEE\x0B\xEF\x0B\xF0\x0B\xF1\x0B\xF2\x0B\xF3\x0B\xF4\x0B\xF5\x0B\xF6\x0B\xF7\x0B\xF8\x0B"
    "\xF9\x0B\xFA\x0B\xFB\x0B\xFC\x0B\xFD\x0B\xFE\x0B\xFF\x0B\x00\x0C\x01\x0C\x02\x0C\x03\x0C\x04\x0C"
    "\x05\x0C\x06\x0C\x07\x0C\x08\x0C\x09\x0C\x0A\x0C\x0B\x0C\x0C\x0C\x0D\x0C\x0E\x0C\x10\x0C\x11\x0C"
    "\x12\x0C\x13\x0C\x14\x0C\x15\x0C\x16\x0C\x17\x0C\x18\x0C\x19\x0C\x1A\x0C\x1C\x0C\x1D\x0C\x1E\x0C"
    "\x1F\x0C\x20\x0C\x21\x0C\x22\x0C\x23\x0C\x24\x0C\x25\x0C\x26\x0C\x27\x0C\x28\x0C\x29\x0C\x2A\x0C"
    "\x2B\x0C\x2C\x0C\x2E\x0C\x2F\x0C\x30\x0C\x31\x0C\x32\x0C\x33\x0C\x34\x0C\x35\x0C\x36\x0C\x37\x0C"
    "\x38\x0C\x39\x0C\x3A\x0C\x3C\x0C\x3E\x0C\x3F\x0C\x40\x0C\x41\x0C\x42\x0C\x43\x0C\x44\x0C\x45\x0C"
    "\x46\x0C\x47\x0C\x48\x0C\x4A\x0C\x4B\x0C\x4C\x0C\x4D\x0C\x4E\x0C\x4F\x0C\x50\x0C\x51\x0C\x52\x0C"
    "\x53\x0C\x54\x0C\x55\x0C\x56\x0C\x57\x0C\x57\x0C\x57\x0C\x57\x0C\x58\x0C\x59\x0C\x5A\x0C\x5B\x0C"
    "\x5C\x0C\x5D\x0C\x5E\x0C\x5F\x0C\x60\x0C\x61\x0C\x62\x0C\x63\x0C\x64\x0C\x65\x0C\x66\x0C\x66\x0C"
    "\x66\x0C\x67\x0C\x68\x0C\x69\x0C\x6A\x0C\x6B\x0C\x6B\x0C\x6C\x0C\x6D\x0C\x6D\x0C\x6E\x0C\x6F\x0C"
    "\x70\x0C\x71\x0C\x72\x0C\x72\x0C\x73\x0C\x74\x0C\x74\x0C\x75\x0C\x75\x0C\x75\x0C\x76\x0C\x77\x0C"
    "\x78\x0C\x79\x0C\x7A\x0C\x7B\x0C\x7C\x0C\x7D\x0C\x7E\x0C\x7F\x0C\x7F\x0C\x80\x0C\x81\x0C\x82\x0C"
    "\x83\x0C\x84\x0C\x84\x0C\x84\x0C\x85\x0C\x86\x0C\x87\x0C\x88\x0C\x89\x0C\x89\x0C\x8A\x0C\x8B\x0C"
    "\x8B\x0C\x8B\x0C\x8C\x0C\x8D\x0C\x8E\x0C\x8F\x0C\x90\x0C\x91\x0C\x92\x0C\x93\x0C\x94\x0C\x95\x0C"
    "\x96\x0C\x97\x0C\x98\x0C\x99\x0C\x9A\x0C\x9B\x0C\x9B\x0C\x9C\x0C\x9D\x0C\x9E\x0C\x9E\x0C\x9F\x0C"
    "\xA0\x0C\xA1\x0C\xA2\x0C\xA3\x0C\xA4\x0C\xA5\x0C\xA6\x0C\xA7\x0C\xA8\x0C\xA8\x0C\xA8\x0C\xA9\x0C"
    "\xA9\x0C\xAA\x0C\xAB\x0C\xAC\x0C\xAD\x0C\xAE\x0C\xAF\x0C\xAF\x0C\xB0\x0C\xB0\x0C\xB1\x0C\xB2\x0C"
    "\xB3\x0C\xB3\x0C\xB5\x0C\xB6\x0C\xB6\x0C\xB7\x0C\xB7\x0C\xB7\x0C\xB8\x0C\xB9\x0C\xBA\x0C\xBB\x0C"
    "\xBC\x0C\xBD\x0C\xBF\x0C\xC0\x0C\xC1\x0C\xC2\x0C\xC3\x0C\xC4\x0C\xC5\x0C\xC6\x0C\xC7\x0C\xC8\x0C"
    "\xC9\x0C\xCA\x0C\xCB\x0C\xCC\x0C\xCD\x0C\xCD\x0C\xCE\x0C\xCF\x0C\xCF\x0C\xCF\x0C\xCF\x0C\xD0\x0C"
    "\xD1\x0C\xD2\x0C\xD2\x0C\xD3\x0C\xD4\x0C\xD5\x0C\xD5\x0C\xD6\x0C\xD7\x0C\xD8\x0C\xD9\x0C\xDA\x0C"
    "\xDB\x0C\xDC\x0C\xDE\x0C\xDF\x0C\xDF\x0C\xE0\x0C\xE1\x0C\xE2\x0C\xE2\x0C\xE2\x0C\xE3\x0C\xE4\x0C"
    "\xE5\x0C\xE5\x0C\xE5\x0C\xE6\x0C\xE6\x0C\xE7\x0C\xE8\x0C\xE9\x0C\xEA\x0C\xEA\x0C\xEA\x0C\xEB\x0C"
    "\xEC\x0C\xED\x0C\xEE\x0C\xEF\x0C\xF0\x0C\xF1\x0C\xF2\x0C\xF3\x0C\xF4\x0C\xF5\x0C\xF6\x0C\xF7\x0C"
    "\xF8\x0C\xF8\x0C\xF9\x0C\xFA\x0C\xFB\x0C\xFB\x0C\xFC\x0C\xFD\x0C\xFE\x0C\xFF\x0C\xFF\x0C\x00\x0D"
    "\x01\x0D\x02\x0D\x03\x0D\x04\x0D\x05\x0D\x06\x0D\x07\x0D\x08\x0D\x09\x0D\x0A\x0D\x0B\x0D\x0B\x0D"
    "\x0C\x0D\x0C\x0D\x0D\x0D\x0E\x0D\x0F\x0D\x11\x0D\x12\x0D\x13\x0D\x14\x0D\x15\x0D\x16\x0D\x16\x0D"
    "\x17\x0D\x17\x0D\x18\x0D\x19\x0D\x1A\x0D\x1A\x0D\x1A\x0D\x1B\x0D\x1B\x0D\x1B\x0D\x1C\x0D\x1C\x0D"
    "\x1C\x0D\x1D\x0D\x1E\x0D\x1F\x0D\x20\x0D\x21\x0D\x22\x0D\x23\x0D\x24\x0D\x24\x0D\x24\x0D\x25\x0D"
    "\x25\x0D\x26\x0D\x26\x0D\x26\x0D\x27\x0D\x28\x0D\x29\x0D\x2A\x0D\x2B\x0D\x2C\x0D\x2D\x0D\x2E\x0D"
    "\x2F\x0D\x30\x0D\x31\x0D\x32\x0D\x33\x0D\x34\x0D\x35\x0D\x36\x0D\x36\x0D\x37\x0D\x37\x0D\x38\x0D"
    "\x39\x0D\x3B\x0D\x3C\x0D\x3C\x0D\x3D\x0D\x3D\x0D\x3E\x0D\x3E\x0D\x3E\x0D\x3F\x0D\x40\x0D\x41\x0D"
    "\x42\x0D\x43\x0D\x45\x0D\x45\x0D\x46\x0D\x47\x0D\x48\x0D\x49\x0D\x49\x0D\x4A\x0D\x4B\x0D\x4C\x0D"
    "\x4C\x0D\x4D\x0D\x4D\x0D\x4E\x0D\x4F\x0D\x50\x0D\x51\x0D\x52\x0D\x53\x0D\x56\x0D\x57\x0D\x58\x0D"
    "\x59\x0D\x59\x0D\x5A\x0D\x5B\x0D\x5C\x0D\x5C\x0D\x5D\x0D\x5E\x0D\x5F\x0D\x5F\x0D\x60\x0D\x61\x0D"
    "\x62\x0D\x63\x0D\x64\x0D\x65\x0D\x66\x0D\x67\x0D\x68\x0D\x68\x0D\x69\x0D\x6A\x0D\x6A\x0D\x6A\x0D"
    "\x6B\x0D\x6C\x0D\x6D\x0D\x6E\x0D\x6E\x0D\x6F\x0D\x70\x0D\x70\x0D\x70\x0D\x71\x0D\x71\x0D\x71\x0D"
    "\x72\x0D\x72\x0D\x73\x0D\x73\x0D\x73\x0D\x74\x0D\x75\x0D\x75\x0D\x76\x0D\x76\x0D\x77\x0D\x78\x0D"
    "\x79\x0D\x7A\x0D\x7A\x0D\x7B\x0D\x7C\x0D\x7D\x0D\x7E\x0D\x7F\x0D\x80\x0D\x81\x0D\x81\x0D\x82\x0D"
    "\x83\x0D\x84\x0D\x85\x0D\x85\x0D\x86\x0D\x87\x0D\x89\x0D\x8A\x0D\x8A\x0D\x8B\x0D\x8C\x0D\x8C\x0D"
    "\x8D\x0D\x8E\x0D\x8F\x0D\x90\x0D\x90\x0D\x91\x0D\x92\x0D\x93\x0D\x94\x0D\x94\x0D\x95\x0D\x96\x0D"
    "\x97\x0D\x98\x0D\x99\x0D\x9A\x0D\x9B\x0D\x9C\x0D\x9D\x0D\x9D\x0D\x9D\x0D\x9D\x0D\x9F\x0D\x9F\x0D"
    "\xA0\x0D\xA1\x0D\xA2\x0D\xA2\x0D\xA3\x0D\xA4\x0D\xA5\x0D\xA6\x0D\xA7\x0D\xA7\x0D\xA7\x0D\xA8\x0D"
    "\xA9\x0D\xAA\x0D\xAB\x0D\xAC\x0D\xAD\x0D\xAE\x0D\xAE\x0D\xAF\x0D\xB0\x0D\xB1\x0D\xB2\x0D\xB2\x0D"
    "\xB3\x0D\xB3\x0D\xB3\x0D\xB4\x0D\xB5\x0D\xB6\x0D\xB7\x0D\xB7\x0D\xB9\x0D\xBA\x0D\xBB\x0D\xBC\x0D"
    "\xBD\x0D\xBE\x0D\xBE\x0D\xBE\x0D\xBF\x0D\xC0\x0D\xC0\x0D\xC1\x0D\xC2\x0D\xC2\x0D\xC2\x0D\xC2\x0D"
    "\xC3\x0D\xC4\x0D\xC4\x0D\xC5\x0D\xC6\x0D\xC7\x0D\xC8\x0D\xC8\x0D\xC9\x0D\xC9\x0D\xCA\x0D\xCC\x0D"
    "\xCD\x0D\xCE\x0D\xCF\x0D\xCF\x0D\xD0\x0D\xD1\x0D\xD2\x0D\xD3\x0D\xD4\x0D\xD5\x0D\xD6\x0D\xD7\x0D"
    "\xD8\x0D\xD9\x0D\xD9\x0D\xDA\x0D\xDB\x0D\xDB\x0D\xDB\x0D\xDC\x0D\xDC\x0D\xDD\x0D\xDE\x0D\xDF\x0D"
    "\xE0\x0D\xE0\x0D\xE1\x0D\xE2\x0D\xE3\x0D\xE4\x0D\xE5\x0D\xE6\x0D\xE7\x0D\xE8\x0D\xE9\x0D\xEA\x0D"
    "\xEB\x0D\xEC\x0D\xED\x0D\xEF\x0D\xF0\x0D\xF0\x0D\xF1\x0D\xF1\x0D\xF2\x0D\xF2\x0D\xF2\x0D\xF3\x0D"
    "\xF3\x0D\xF4\x0D\xF5\x0D\xF6\x0D\xF7\x0D\xF8\x0D\xF8\x0D\xF8\x0D\xF8\x0D\xF8\x0D\xF9\x0D\xFA\x0D"
    "\xFB\x0D\xFC\x0D\xFC\x0D\xFD\x0D\xFD\x0D\xFE\x0D\xFE\x0D\xFF\x0D\xFF\x0D\x00\x0E\x01\x0E\x03\x0E"
    "\x04\x0E\x05\x0E\x06\x0E\x07\x0E\x07\x0E\x08\x0E\x09\x0E\x09\x0E\x09\x0E\x09\x0E\x0B\x0E\x0C\x0E"
    "\x0D\x0E\x0E\x0E\x0F\x0E\x10\x0E\x10\x0E\x11\x0E\x12\x0E\x13\x0E\x14\x0E\x15\x0E\x16\x0E\x17\x0E"
    "\x17\x0E\x18\x0E\x19\x0E\x1A\x0E\x1B\x0E\x1C\x0E\x1D\x0E\x1F\x0E\x20\x0E\x21\x0E\x22\x0E\x22\x0E"
    "\x22\x0E\x23\x0E\x24\x0E\x24\x0E\x24\x0E\x24\x0E\x24\x0E\x24\x0E\x25\x0E\x25\x0E\x25\x0E\x26\x0E"
    "\x26\x0E\x27\x0E\x28\x0E\x29\x0E\x29\x0E\x29\x0E\x29\x0E\x29\x0E\x2A\x0E\x2B\x0E\x2C\x0E\x2D\x0E"
    "\x2E\x0E\x2E\x0E\x2F\x0E\x30\x0E\x31\x0E\x32\x0E\x33\x0E\x33\x0E\x34\x0E\x35\x0E\x36\x0E\x37\x0E"
    "\x38\x0E\x39\x0E\x39\x0E\x3A\x0E\x3A\x0E\x3B\x0E\x3C\x0E\x3D\x0E\x3D\x0E\x3E\x0E\x3F\x0E\x40\x0E"
    "\x41\x0E\x42\x0E\x43\x0E\x44\x0E\x44\x0E\x45\x0E\x46\x0E\x46\x0E\x47\x0E\x48\x0E\x49\x0E\x4A\x0E"
    "\x4B\x0E\x4C\x0E\x4C\x0E\x4C\x0E\x4C\x0E\x4D\x0E\x4E\x0E\x4F\x0E\x50\x0E\x50\x0E\x51\x0E\x52\x0E"
    "\x53\x0E\x54\x0E\x55\x0E\x56\x0E\x56\x0E\x57\x0E\x58\x0E\x59\x0E\x5A\x0E\x5B\x0E\x5C\x0E\x5E\x0E"
    "\x5F\x0E\x60\x0E\x61\x0E\x62\x0E\x63\x0E\x64\x0E\x65\x0E\x66\x0E\x67\x0E\x68\x0E\x69\x0E\x6A\x0E"
    "\x6F\x0E\x70\x0E\x71\x0E\x72\x0E\x74\x0E\x75\x0E\x76\x0E\x77\x0E\x79\x0E\x7A\x0E\x7C\x0E\x7D\x0E"
    "\x7E\x0E\x7F\x0E\x80\x0E\x81\x0E\x82\x0E\x83\x0E\x85\x0E\x86\x0E\x87\x0E\x88\x0E\x89\x0E\x8A\x0E"
    "\x8B\x0E\x8C\x0E\x8D\x0E\x8E\x0E\x8F\x0E\x90\x0E\x91\x0E\x92\x0E\x94\x0E\x95\x0E\x96\x0E\x97\x0E"
    "\x98\x0E\x99\x0E\x9A\x0E\x9B\x0E\x9C\x0E\x9D\x0E\x9E\x0E\x9F\x0E\xA0\x0E\xA1\x0E\xA2\x0E\xA3\x0E"
    "\xA4\x0E\xA5\x0E\xA6\x0E\xA7\x0E\xA8\x0E\xA9\x0E\xAA\x0E\xAB\x0E\xAC\x0E\xAD\x0E\xAE\x0E\xAF\x0E"
    "\xB0\x0E\xB1\x0E\xB2\x0E\xB3\x0E\xB4\x0E\xB5\x0E\xB6\x0E\xB7\x0E\xB8\x0E\xB9\x0E\xBA\x0E\xBB\x0E"
    "\xBC\x0E\xBD\x0E\xBE\x0E\xBF\x0E\xC0\x0E\xC1\x0E\xC2\x0E\xC3\x0E\xC4\x0E\xC5\x0E\xC6\x0E\xC7\x0E"
    "\xC8\x0E\xC9\x0E\xCA\x0E\xCB\x0E\xCC\x0E\xCD\x0E\xCE\x0E\xCF\x0E\xD0\x0E\xD1\x0E\xD2\x0E\xD3\x0E"
    "\xD4\x0E\xD5\x0E\xD6\x0E\xD7\x0E\xD8\x0E\xD9\x0E\xDA\x0E\xDB\x0E\xDC\x0E\xDD\x0E\xDE\x0E\xDF\x0E"
    "\xE0\x0E\xE1\x0E\xE2\x0E\xE3\x0E\xE4\x0E\xE5\x0E\xE6\x0E\xE7\x0E\xE7\x0E\xE7\x0E\xE7\x0E\xE8\x0E"
    "\xE9\x0E\xEA\x0E\xEB\x0E\xEC\x0E\xEC\x0E\xED\x0E\xED\x0E\xEE\x0E\xEE\x0E\xEE\x0E\xEF\x0E\xEF\x0E"
    "\xF0\x0E\xF1\x0E\xF1\x0E\xF2\x0E\xF3\x0E\xF3\x0E\xF3\x0E\xF4\x0E\xF5\x0E\xF6\x0E\xF7\x0E\xF7\x0E"
    "\xF8\x0E\xF9\x0E\xF9\x0E\xFA\x0E\xFB\x0E\xFC\x0E\xFD\x0E\xFE\x0E\xFF\x0E\xFF\x0E\x00\x0F\x01\x0F"
    "\x02\x0F\x03\x0F\x04\x0F\x05\x0F\x06\x0F\x07\x0F\x08\x0F\x09\x0F\x09\x0F\x09\x0F\x0A\x0F\x0A\x0F"
    "\x0B\x0F\x0B\x0F\x0C\x0F\x0C\x0F\x0D\x0F\x0E\x0F\x0F\x0F\x10\x0F\x11\x0F\x11\x0F\x11\x0F\x12\x0F"
    "\x13\x0F\x14\x0F\x15\x0F\x15\x0F\x16\x0F\x17\x0F\x18\x0F\x19\x0F\x1A\x0F\x1B\x0F\x1C\x0F\x1C\x0F"
    "\x1D\x0F\x1E\x0F\x1F\x0F\x20\x0F\x21\x0F\x22\x0F\x22\x0F\x22\x0F\x23\x0F\x24\x0F\x24\x0F\x24\x0F"
    "\x25\x0F\x26\x0F\x27\x0F\x28\x0F\x28\x0F\x29\x0F\x29\x0F\x2A\x0F\x2A\x0F\x2B\x0F\x2C\x0F\x2C\x0F"
    "\x2D\x0F\x2D\x0F\x2E\x0F\x2F\x0F\x30\x0F\x30\x0F\x31\x0F\x32\x0F\x33\x0F\x34\x0F\x35\x0F\x36\x0F"
    "\x37\x0F\x38\x0F\x38\x0F\x38\x0F\x39\x0F\x3A\x0F\x3B\x0F\x3C\x0F\x3D\x0F\x3E\x0F\x3F\x0F\x40\x0F"
    "\x41\x0F\x43\x0F\x44\x0F\x45\x0F\x46\x0F\x46\x0F\x46\x0F\x46\x0F\x46\x0F\x47\x0F\x48\x0F\x49\x0F"
    "\x49\x0F\x4A\x0F\x4A\x0F\x4B\x0F\x4C\x0F\x4D\x0F\x4E\x0F\x4F\x0F\x4F\x0F\x50\x0F\x50\x0F\x51\x0F"
    "\x51\x0F\x51\x0F\x51\x0F\x52\x0F\x52\x0F\x52\x0F\x53\x0F\x54\x0F\x55\x0F\x56\x0F\x56\x0F\x57\x0F"
    "\x58\x0F\x59\x0F\x59\x0F\x5A\x0F\x5B\x0F\x5B\x0F\x5C\x0F\x5D\x0F\x5E\x0F\x5F\x0F\x5F\x0F\x60\x0F"
    "\x61\x0F\x62\x0F\x63\x0F\x64\x0F\x65\x0F\x67\x0F\x68\x0F\x69\x0F\x6A\x0F\x6B\x0F\x6B\x0F\x6C\x0F"
    "\x6D\x0F\x6E\x0F\x6F\x0F\x70\x0F\x71\x0F\x72\x0F\x73\x0F\x74\x0F\x75\x0F\x76\x0F\x77\x0F\x78\x0F"
    "\x79\x0F\x7A\x0F\x7A\x0F\x7B\x0F\x7B\x0F\x7B\x0F\x7C\x0F\x7C\x0F\x7C\x0F\x7C\x0F\x7D\x0F\x7E\x0F"
    "\x7F\x0F\x80\x0F\x80\x0F\x81\x0F\x82\x0F\x82\x0F\x83\x0F\x84\x0F\x85\x0F\x86\x0F\x87\x0F\x88\x0F"
    "\x89\x0F\x8A\x0F\x8A\x0F\x8A\x0F\x8B\x0F\x8C\x0F\x8C\x0F\x8D\x0F\x8E\x0F\x8F\x0F\x90\x0F\x91\x0F"
    "\x92\x0F\x93\x0F\x94\x0F\x95\x0F\x95\x0F\x96\x0F\x96\x0F\x97\x0F\x97\x0F\x98\x0F\x99\x0F\x9A\x0F"
    "\x9B\x0F\x9C\x0F\x9C\x0F\x9D\x0F\x9D\x0F\x9E\x0F\x9F\x0F\xA0\x0F\xA1\x0F\xA2\x0F\xA2\x0F\xA3\x0F"
    "\xA3\x0F\xA4\x0F\xA4\x0F\xA5\x0F\xA5\x0F\xA6\x0F\xA7\x0F\xA8\x0F\xA8\x0F\xA8\x0F\xA9\x0F\xAA\x0F"
    "\xAA\x0F\xAB\x0F\xAC\x0F\xAD\x0F\xAE\x0F\xAF\x0F\xAF\x0F\xB0\x0F\xB1\x0F\xB2\x0F\xB3\x0F\xB3\x0F"
    "\xB4\x0F\xB4\x0F\xB5\x0F\xB5\x0F\xB6\x0F\xB7\x0F\xB8\x0F\xB9\x0F\xBA\x0F\xBB\x0F\xBB\x0F\xBB\x0F"
    "\xBB\x0F\xBC\x0F\xBD\x0F\xBD\x0F\xBD\x0F\xBD\x0F\xBD\x0F\xBE\x0F\xC0\x0F\xC1\x0F\xC2\x0F\xC3\x0F"
    "\xC3\x0F\xC4\x0F\xC5\x0F\xC6\x0F\xC7\x0F\xC8\x0F\xC9\x0F\xCA\x0F\xCB\x0F\xCB\x0F\xCB\x0F\xCB\x0F"
    "\xCC\x0F\xCD\x0F\xCD\x0F\xCE\x0F\xCE\x0F\xCF\x0F\xD0\x0F\xD0\x0F\xD0\x0F\xD1\x0F\xD1\x0F\xD2\x0F"
    "\xD2\x0F\xD3\x0F\xD4\x0F\xD5\x0F\xD6\x0F\xD7\x0F\xD8\x0F\xD8\x0F\xD8\x0F\xD9\x0F\xD9\x0F\xD9\x0F"
    "\xDA\x0F\xDA\x0F\xDB\x0F\xDC\x0F\xDD\x0F\xDD\x0F\xDE\x0F\xDE\x0F\xDE\x0F\xDF\x0F\xE0\x0F\xE1\x0F"
    "\xE1\x0F\xE2\x0F\xE3\x0F\xE4\x0F\xE5\x0F\xE6\x0F\xE6\x0F\xE7\x0F\xE8\x0F\xE9\x0F\xE9\x0F\xE9\x0F"
    "\xE9\x0F\xE9\x0F\xEA\x0F\xEB\x0F\xEC\x0F\xED\x0F\xEE\x0F\xEF\x0F\xF0\x0F\xF1\x0F\xF2\x0F\xF3\x0F"
    "\xF4\x0F\xF4\x0F\xF4\x0F\xF5\x0F\xF6\x0F\xF6\x0F\xF7\x0F\xF8\x0F\xF9\x0F\xF9\x0F\xFA\x0F\xFB\x0F"
    "\xFB\x0F\xFB\x0F\xFC\x0F\xFD\x0F\xFE\x0F\xFF\x0F\x00\x10\x01\x10\x01\x10\x01\x10\x01\x10\x02\x10"
    "\x02\x10\x02\x10\x03\x10\x04\x10\x05\x10\x05\x10\x06\x10\x07\x10\x08\x10\x08\x10\x08\x10\x09\x10"
    "\x0A\x10\x0B\x10\x0B\x10\x0B\x10\x0C\x10\x0C\x10\x0D\x10\x0E\x10\x0F\x10\x10\x10\x10\x10\x11\x10"
    "\x12\x10\x13\x10\x13\x10\x13\x10\x14\x10\x15\x10\x16\x10\x17\x10\x18\x10\x19\x10\x1A\x10\x1B\x10"
    "\x1C\x10\x1D\x10\x1E\x10\x1F\x10\x20\x10\x20\x10\x20\x10\x21\x10\x21\x10\x22\x10\x23\x10\x23\x10"
    "\x23\x10\x24\x10\x24\x10\x25\x10\x26\x10\x26\x10\x26\x10\x26\x10\x27\x10\x27\x10\x28\x10\x29\x10"
    "\x2A\x10\x2B\x10\x2B\x10\x2C\x10\x2D\x10\x2E\x10\x2E\x10\x2F\x10\x2F\x10\x2F\x10\x30\x10\x30\x10"
    "\x31\x10\x32\x10\x34\x10\x35\x10\x35\x10\x36\x10\x37\x10\x38\x10\x39\x10\x3A\x10\x3B\x10\x3C\x10"
    "\x3C\x10\x3C\x10\x3C\x10\x3C\x10\x3C\x10\x3D\x10\x3E\x10\x3F\x10\x3F\x10\x3F\x10\x3F\x10\x40\x10"
    "\x40\x10\x41\x10\x41\x10\x42\x10\x43\x10\x43\x10\x44\x10\x45\x10\x46\x10\x47\x10\x48\x10\x49\x10"
    "\x4A\x10\x4B\x10\x4C\x10\x4C\x10\x4C\x10\x4C\x10\x4D\x10\x4D\x10\x4E\x10\x4F\x10\x50\x10\x50\x10"
    "\x51\x10\x51\x10\x52\x10\x53\x10\x53\x10\x53\x10\x53\x10\x54\x10\x55\x10\x55\x10\x55\x10\x56\x10"
    "\x56\x10\x56\x10\x56\x10\x56\x10\x56\x10\x57\x10\x58\x10\x59\x10\x5A\x10\x5B\x10\x5C\x10\x5D\x10"
    "\x5E\x10\x5F\x10\x60\x10\x61\x10\x62\x10\x63\x10\x64\x10\x65\x10\x66\x10\x67\x10\x68\x10\x69\x10"
    "\x6A\x10\x6A\x10\x6B\x10\x6C\x10\x6C\x10\x6D\x10\x6D\x10\x6D\x10\x6E\x10\x6F\x10\x70\x10\x71\x10"
    "\x72\x10\x73\x10\x74\x10\x75\x10\x76\x10\x77\x10\x78\x10\x79\x10\x7A\x10\x7B\x10\x7C\x10\x7D\x10"
    "\x7E\x10\x7F\x10\x80\x10\x81\x10\x82\x10\x83\x10\x84\x10\x85\x10\x86\x10\x87\x10\x87\x10\x88\x10"
    "\x89\x10\x8A\x10\x8A\x10\x8B\x10\x8C\x10\x8D\x10\x8E\x10\x8E\x10\x8E\x10\x8E\x10\x8E\x10\x8F\x10"
    "\x8F\x10\x8F\x10\x8F\x10\x8F\x10\x8F\x10\x8F\x10\x8F\x10\x8F\x10\x8F\x10\x8F\x10\x8F\x10\x8F\x10"
    "\x90\x10\x90\x10\x91\x10\x91\x10\x92\x10\x92\x10\x92\x10\x92\x10\x92\x10\x92\x10\x92\x10\x93\x10"
    "\x93\x10\x93\x10\x93\x10\x93\x10\x93\x10\x94\x10\x94\x10\x94\x10\x94\x10\x94\x10\x95\x10\x95\x10"
    "\x95\x10\x95\x10\x95\x10\x95\x10\x96\x10\x96\x10\x96\x10\x96\x10\x96\x10\x96\x10\x97\x10\x97\x10"
    "\x97\x10\x97\x10\x97\x10\x98\x10\x99\x10\x99\x10\x99\x10\x9A\x10\x9A\x10\x9A\x10\x9A\x10\x9A\x10"
    "\x9A\x10\x9A\x10\x9B\x10\x9B\x10\x9C\x10\x9D\x10\x9E\x10\x9E\x10\x9F\x10\xA0\x10\xA0\x10\xA1\x10"
    "\xA2\x10\xA3\x10\xA4\x10\xA5\x10\xA5\x10\xA6\x10\xA7\x10\xA8\x10\xA8\x10\xA9\x10\xA9\x10\xA9\x10"
    "\xA9\x10\xA9\x10\xA9\x10\xAA\x10\xAB\x10\xAD\x10\xAE\x10\xAF\x10\xB0\x10\xB1\x10\xB1\x10\xB1\x10"
    "\xB1\x10\xB2\x10\xB3\x10\xB4\x10\xB5\x10\xB6\x10\xB6\x10\xB7\x10\xB8\x10\xB9\x10\xBA\x10\xBA\x10"
    "\xBB\x10\xBC\x10\xBC\x10\xBD\x10\xBE\x10\xBF\x10\xC0\x10\xC1\x10\xC2\x10\xC2\x10\xC2\x10\xC2\x10"
    "\xC3\x10\xC4\x10\xC4\x10\xC4\x10\xC4\x10\xC5\x10\xC6\x10\xC7\x10\xC7\x10\xC8\x10\xC9\x10\xCA\x10"
    "\xCB\x10\xCB\x10\xCB\x10\xCB\x10\xCB\x10\xCC\x10\xCD\x10\xCD\x10\xCD\x10\xCE\x10\xCF\x10\xD0\x10"
    "\xD0\x10\xD1\x10\xD2\x10\xD2\x10\xD2\x10\xD2\x10\xD2\x10\xD3\x10\xD4\x10\xD4\x10\xD4\x10\xD5\x10"
    "\xD6\x10\xD7\x10\xD8\x10\xD8\x10\xD9\x10\xD9\x10\xDA\x10\xDB\x10\xDC\x10\xDC\x10\xDD\x10\xDE\x10"
    "\xDF\x10\xE0\x10\xE1\x10\xE2\x10\xE3\x10\xE4\x10\xE5\x10\xE6\x10\xE7\x10\xE7\x10\xE7\x10\xE8\x10"
    "\xE9\x10\xE9\x10\xE9\x10\xEA\x10\xEA\x10\xEA\x10\xEB\x10\xEB\x10\xEC\x10\xED\x10\xEE\x10\xEE\x10"
    "\xEE\x10\xEE\x10\xEE\x10\xEE\x10\xEF\x10\xF0\x10\xF1\x10\xF1\x10\xF2\x10\xF3\x10\xF3\x10\xF4\x10"
    "\xF5\x10\xF5\x10\xF6\x10\xF7\x10\xF7\x10\xF7\x10\xF7\x10\xF8\x10\xF9\x10\xFA\x10\xFB\x10\xFC\x10"
    "\xFC\x10\xFD\x10\xFD\x10\xFD\x10\xFD\x10\xFE\x10\xFF\x10\x00\x11\x01\x11\x01\x11\x02\x11\x02\x11"
    "\x03\x11\x04\x11\x05\x11\x06\x11\x07\x11\x07\x11\x07\x11\x07\x11\x07\x11\x08\x11\x09\x11\x0A\x11"
    "\x0B\x11\x0C\x11\x0D\x11\x0E\x11\x0F\x11\x0F\x11\x0F\x11\x10\x11\x10\x11\x11\x11\x11\x11\x12\x11"
    "\x13\x11\x14\x11\x14\x11\x14\x11\x15\x11\x15\x11\x16\x11\x17\x11\x18\x11\x18\x11\x19\x11\x19\x11"
    "\x19\x11\x19\x11\x19\x11\x19\x11\x1A\x11\x1B\x11\x1C\x11\x1C\x11\x1C\x11\x1D\x11\x1E\x11\x1F\x11"
    "\x20\x11\x20\x11\x21\x11\x22\x11\x23\x11\x24\x11\x25\x11\x26\x11\x27\x11\x28\x11\x28\x11\x29\x11"
    "\x2A\x11\x2A\x11\x2B\x11\x2C\x11\x2D\x11\x2E\x11\x2F\x11\x30\x11\x30\x11\x30\x11\x30\x11\x30\x11"
    "\x31\x11\x32\x11\x33\x11\x34\x11\x34\x11\x35\x11\x35\x11\x36\x11\x36\x11\x37\x11\x37\x11\x38\x11"
    "\x39\x11\x39\x11\x3A\x11\x3B\x11\x3C\x11\x3C\x11\x3D\x11\x3E\x11\x3E\x11\x3F\x11\x40\x11\x40\x11"
    "\x41\x11\x42\x11\x43\x11\x45\x11\x46\x11\x47\x11\x48\x11\x48\x11\x48\x11\x49\x11\x4A\x11\x4B\x11"
    "\x4B\x11\x4C\x11\x4D\x11\x4D\x11\x4D\x11\x4E\x11\x4F\x11\x50\x11\x51\x11\x51\x11\x52\x11\x53\x11"
    "\x53\x11\x54\x11\x54\x11\x54\x11\x55\x11\x56\x11\x57\x11\x58\x11\x58\x11\x59\x11\x5A\x11\x5A\x11"
    "\x5A\x11\x5B\x11\x5C\x11\x5D\x11\x5D\x11\x5E\x11\x5E\x11\x5E\x11\x5F\x11\x60\x11\x60\x11\x61\x11"
    "\x62\x11\x62\x11\x63\x11\x63\x11\x63\x11\x64\x11\x65\x11\x65\x11\x66\x11\x67\x11\x68\x11\x69\x11"
    "\x69\x11\x69\x11\x69\x11\x69\x11\x69\x11\x69\x11\x69\x11\x6A\x11\x6B\x11\x6C\x11\x6D\x11\x6E\x11"
    "\x6F\x11\x70\x11\x71\x11\x72\x11\x73\x11\x74\x11\x75\x11\x76\x11\x77\x11\x77\x11\x77\x11\x77\x11"
    "\x78\x11\x78\x11\x78\x11\x78\x11\x79\x11\x79\x11\x79\x11\x7A\x11\x7B\x11\x7B\x11\x7B\x11\x7C\x11"
    "\x7D\x11\x7D\x11\x7D\x11\x7E\x11\x7F\x11\x80\x11\x81\x11\x82\x11\x83\x11\x84\x11\x85\x11\x86\x11"
    "\x87\x11\x88\x11\x89\x11\x8A\x11\x8B\x11\x8C\x11\x8D\x11\x8E\x11\x8F\x11\x90\x11\x91\x11\x92\x11"
    "\x93\x11\x94\x11\x95\x11\x96\x11\x97\x11\x98\x11\x99\x11\x9A\x11\x9B\x11\x9C\x11\x9D\x11\x9E\x11"
    "\x9F\x11\xA0\x11\xA1\x11\xA2\x11\xA3\x11\xA4\x11\xA5\x11\xA7\x11\xA8\x11\xA9\x11\xAA\x11\xAB\x11"
    "\xAC\x11\xAD\x11\xAE\x11\xAF\x11\xB0\x11\xB1\x11\xB2\x11\xB3\x11\xB4\x11\xB5\x11\xB6\x11\xB7\x11"
    "\xB8\x11\xB9\x11\xBA\x11\xBB\x11\xBC\x11\xBD\x11\xBE\x11\xBF\x11\xC0\x11\xC1\x11\xC2\x11\xC3\x11"
    "\xC4\x11\xC5\x11\xC6\x11\xC7\x11\xC7\x11\xC8\x11\xC9\x11\xCA\x11\xCA\x11\xCB\x11\xCC\x11\xCC\x11"
    "\xCE\x11\xCF\x11\xD0\x11\xD1\x11\xD2\x11\xD3\x11\xD3\x11\xD4\x11\xD5\x11\xD6\x11\xD6\x11\xD6\x11"
    "\xD6\x11\xD6\x11\xD7\x11\xD8\x11\xD9\x11\xDA\x11\xDB\x11\xDC\x11\xDC\x11\xDC\x11\xDD\x11\xDD\x11"
    "\xDD\x11\xDD\x11\xDD\x11\xDD\x11\xDE\x11\xDF\x11\xDF\x11\xE0\x11\xE0\x11\xE0\x11\xE1\x11\xE1\x11"
    "\xE1\x11\xE1\x11\xE1\x11\xE1\x11\xE1\x11\xE1\x11\xE2\x11\xE2\x11\xE3\x11\xE4\x11\xE5\x11\xE6\x11"
    "\xE7\x11\xE8\x11\xE9\x11\xE9\x11\xE9\x11\xE9\x11\xE9\x11\xEA\x11\xEA\x11\xEA\x11\xEA\x11\xEB\x11"
    "\xEC\x11\xED\x11\xEE\x11\xEE\x11\xEE\x11\xEE\x11\xEF\x11\xEF\x11\xEF\x11\xF0\x11\xF1\x11\xF1\x11"
    "\xF1\x11\xF2\x11\xF3\x11\xF3\x11\xF3\x11\xF4\x11\xF4\x11\xF5\x11\xF6\x11\xF7\x11\xF7\x11\xF8\x11"
    "\xF9\x11\xFA\x11\xFB\x11\xFB\x11\xFB\x11\xFB\x11\xFB\x11\xFB\x11\xFC\x11\xFC\x11\xFD\x11\xFD\x11"
    "\xFE\x11\xFF\x11\x00\x12\x01\x12\x01\x12\x02\x12\x03\x12\x03\x12\x04\x12\x05\x12\x06\x12\x07\x12"
    "\x07\x12\x07\x12\x07\x12\x08\x12\x09\x12\x0A\x12\x0B\x12\x0C\x12\x0D\x12\x0E\x12\x0F\x12\x10\x12"
    "\x11\x12\x11\x12\x12\x12\x12\x12\x13\x12\x14\x12\x14\x12\x15\x12\x15\x12\x16\x12\x16\x12\x17\x12"
    "\x17\x12\x17\x12\x18\x12\x19\x12\x1A\x12\x1A\x12\x1B\x12\x1B\x12\x1B\x12\x1C\x12\x1D\x12\x1E\x12"
    "\x1F\x12\x1F\x12\x20\x12\x21\x12\x22\x12\x23\x12\x24\x12\x24\x12\x25\x12\x25\x12\x26\x12\x26\x12"
    "\x27\x12\x27\x12\x28\x12\x29\x12\x2A\x12\x2B\x12\x2B\x12\x2C\x12\x2D\x12\x2E\x12\x2E\x12\x2F\x12"
    "\x2F\x12\x30\x12\x31\x12\x32\x12\x33\x12\x33\x12\x33\x12\x34\x12\x35\x12\x36\x12\x37\x12\x37\x12"
    "\x37\x12\x38\x12\x38\x12\x38\x12\x38\x12\x38\x12\x39\x12\x3A\x12\x3B\x12\x3C\x12\x3C\x12\x3D\x12"
    "\x3D\x12\x3E\x12\x3E\x12\x3F\x12\x40\x12\x40\x12\x41\x12\x41\x12\x42\x12\x43\x12\x43\x12\x44\x12"
    "\x45\x12\x45\x12\x45\x12\x45\x12\x46\x12\x47\x12\x48\x12\x49\x12\x4A\x12\x4B\x12\x4C\x12\x4D\x12"
    "\x4D\x12\x4E\x12\x4E\x12\x4E\x12\x4F\x12\x50\x12\x51\x12\x51\x12\x52\x12\x53\x12\x54\x12\x55\x12"
    "\x56\x12\x57\x12\x58\x12\x59\x12\x5A\x12\x5B\x12\x5C\x12\x5C\x12\x5D\x12\x5D\x12\x5E\x12\x5E\x12"
    "\x5F\x12\x60\x12\x60\x12\x60\x12\x60\x12\x61\x12\x62\x12\x63\x12\x64\x12\x65\x12\x65\x12\x66\x12"
    "\x67\x12\x67\x12\x68\x12\x69\x12\x6A\x12\x6B\x12\x6C\x12\x6D\x12\x6E\x12\x6F\x12\x70\x12\x71\x12"
    "\x72\x12\x73\x12\x74\x12\x75\x12\x76\x12\x77\x12\x78\x12\x79\x12\x7A\x12\x7B\x12\x7C\x12\x7D\x12"
    "\x7E\x12\x7F\x12\x80\x12\x81\x12\x82\x12\x83\x12\x84\x12\x85\x12\x86\x12\x87\x12\x88\x12\x89\x12"
    "\x8A\x12\x8B\x12\x8C\x12\x8D\x12\x8E\x12\x8E\x12\x8F\x12\x90\x12\x90\x12\x90\x12\x91\x12\x92\x12"
    "\x92\x12\x92\x12\x93\x12\x93\x12\x94\x12\x95\x12\x95\x12\x96\x12\x97\x12\x98\x12\x99\x12\x99\x12"
    "\x9A\x12\x9B\x12\x9C\x12\x9D\x12\x9E\x12\x9F\x12\x9F\x12\x9F\x12\xA0\x12\xA1\x12\xA2\x12\xA3\x12"
    "\xA4\x12\xA5\x12\xA6\x12\xA6\x12\xA6\x12\xA7\x12\xA8\x12\xA8\x12\xA9\x12\xAA\x12\xAA\x12\xAA\x12"
    "\xAA\x12\xAB\x12\xAC\x12\xAC\x12\xAC\x12\xAC\x12\xAC\x12\xAC\x12\xAC\x12\xAD\x12\xAD\x12\xAD\x12"
    "\xAD\x12\xAD\x12\xAD\x12\xAE\x12\xAF\x12\xAF\x12\xAF\x12\xB0\x12\xB1\x12\xB2\x12\xB3\x12\xB4\x12"
    "\xB4\x12\xB4\x12\xB5\x12\xB5\x12\xB5\x12\xB6\x12\xB6\x12\xB7\x12\xB8\x12\xB8\x12\xB8\x12\xB8\x12"
    "\xB8\x12\xB8\x12\xB9\x12\xB9\x12\xBA\x12\xBB\x12\xBC\x12\xBD\x12\xBE\x12\xBF\x12\xC0\x12\xC1\x12"
    "\xC2\x12\xC2\x12\xC2\x12\xC3\x12\xC4\x12\xC4\x12\xC5\x12\xC6\x12\xC7\x12\xC8\x12\xC9\x12\xCA\x12"
    "\xCB\x12\xCC\x12\xCD\x12\xCD\x12\xCE\x12\xCF\x12\xD0\x12\xD1\x12\xD1\x12\xD1\x12\xD1\x12\xD2\x12"
    "\xD2\x12\xD2\x12\xD2\x12\xD3\x12\xD4\x12\xD5\x12\xD6\x12\xD7\x12\xD8\x12\xD9\x12\xD9\x12\xDA\x12"
    "\xDB\x12\xDC\x12\xDD\x12\xDE\x12\xDF\x12\xE0\x12\xE1\x12\xE1\x12\xE2\x12\xE3\x12\xE4\x12\xE5\x12"
    "\xE6\x12\xE7\x12\xE8\x12\xE9\x12\xEA\x12\xEB\x12\xEC\x12\xED\x12\xEE\x12\xEF\x12\xF0\x12\xF1\x12"
    "\xF2\x12\xF3\x12\xF4\x12\xF5\x12\xF6\x12\xF7\x12\xF8\x12\xF9\x12\xFA\x12\xFA\x12\xFA\x12\xFB\x12"
    "\xFC\x12\xFD\x12\xFE\x12\xFF\x12\x00\x13\x01\x13\x02\x13\x03\x13\x04\x13\x05\x13\x06\x13\x07\x13"
    "\x08\x13\x09\x13\x09\x13\x09\x13\x09\x13\x09\x13\x0A\x13\x0B\x13\x0B\x13\x0B\x13\x0C\x13\x0D\x13"
    "\x0D\x13\x0E\x13\x0F\x13\x0F\x13\x0F\x13\x0F\x13\x0F\x13\x10\x13\x10\x13\x11\x13\x11\x13\x12\x13"
    "\x13\x13\x14\x13\x15\x13\x16\x13\x16\x13\x16\x13\x17\x13\x18\x13\x18\x13\x19\x13\x1A\x13\x1A\x13"
    "\x1A\x13\x1B\x13\x1C\x13\x1D\x13\x1D\x13\x1E\x13\x1E\x13\x1F\x13\x20\x13\x20\x13\x21\x13\x21\x13"
    "\x22\x13\x23\x13\x23\x13\x23\x13\x24\x13\x24\x13\x24\x13\x24\x13\x24\x13\x25\x13\x26\x13\x27\x13"
    "\x28\x13\x29\x13\x2A\x13\x2B\x13\x2C\x13\x2C\x13\x2C\x13\x2D\x13\x2D\x13\x2D\x13\x2D\x13\x2E\x13"
    "\x2F\x13\x2F\x13\x30\x13\x31\x13\x32\x13\x33\x13\x34\x13\x35\x13\x35\x13\x35\x13\x35\x13\x35\x13"
    "\x36\x13\x36\x13\x36\x13\x37\x13\x38\x13\x38\x13\x39\x13\x3A\x13\x3A\x13\x3A\x13\x3A\x13\x3A\x13"
    "\x3B\x13\x3C\x13\x3C\x13\x3D\x13\x3E\x13\x3E\x13\x3E\x13\x3E\x13\x3F\x13\x40\x13\x41\x13\x42\x13"
    "\x43\x13\x44\x13\x45\x13\x46\x13\x47\x13\x48\x13\x49\x13\x4A\x13\x4B\x13\x4C\x13\x4D\x13\x4E\x13"
    "\x4E\x13\x4E\x13\x4E\x13\x4E\x13\x4E\x13\x4F\x13\x50\x13\x51\x13\x52\x13\x53\x13\x53\x13\x54\x13"
    "\x56\x13\x57\x13\x58\x13\x59\x13\x5A\x13\x5B\x13\x5C\x13\x5D\x13\x5E\x13\x5F\x13\x60\x13\x61\x13"
    "\x62\x13\x63\x13\x64\x13\x65\x13\x66\x13\x67\x13\x68\x13\x69\x13\x6A\x13\x6B\x13\x6C\x13\x6D\x13"
    "\x6D\x13\x6E\x13\x6F\x13\x70\x13\x71\x13\x71\x13\x71\x13\x71\x13\x71\x13\x71\x13\x72\x13\x73\x13"
    "\x73\x13\x74\x13\x74\x13\x74\x13\x74\x13\x74\x13\x75\x13\x75\x13\x75\x13\x76\x13\x77\x13\x77\x13"
    "\x78\x13\x79\x13\x79\x13\x7A\x13\x7A\x13\x7B\x13\x7C\x13\x7C\x13\x7C\x13\x7C\x13\x7C\x13\x7C\x13"
    "\x7C\x13\x7D\x13\x7E\x13\x7F\x13\x80\x13\x81\x13\x82\x13\x83\x13\x84\x13\x84\x13\x85\x13\x86\x13"
    "\x87\x13\x88\x13\x89\x13\x8A\x13\x8B\x13\x8C\x13\x8D\x13\x8E\x13\x8F\x13\x90\x13\x91\x13\x92\x13"
    "\x93\x13\x94\x13\x95\x13\x96\x13\x97\x13\x98\x13\x99\x13\x9A\x13\x9B\x13\x9C\x13\x9D\x13\x9E\x13"
    "\x9F\x13\xA0\x13\xA1\x13\xA2\x13\xA3\x13\xA4\x13\xA5\x13\xA6\x13\xA7\x13\xA8\x13\xA9\x13\xAA\x13"
    "\xAB\x13\xAC\x13\xAD\x13\xAE\x13\xAF\x13\xB0\x13\xB1\x13\xB2\x13\xB3\x13\xB4\x13\xB5\x13\xB6\x13"
    "\xB6\x13\xB7\x13\xB8\x13\xB9\x13\xBA\x13\xBB\x13\xBB\x13\xBC\x13\xBD\x13\xBD\x13\xBE\x13\xBE\x13"
    "\xBF\x13\xC0\x13\xC1\x13\xC2\x13\xC2\x13\xC3\x13\xC4\x13\xC5\x13\xC5\x13\xC5\x13\xC5\x13\xC6\x13"
    "\xC6\x13\xC6\x13\xC7\x13\xC8\x13\xC9\x13\xCA\x13\xCA\x13\xCA\x13\xCA\x13\xCB\x13\xCB\x13\xCC\x13"
    "\xCD\x13\xCE\x13\xCF\x13\xD0\x13\xD1\x13\xD2\x13\xD2\x13\xD2\x13\xD2\x13\xD2\x13\xD2\x13\xD3\x13"
    "\xD4\x13\xD5\x13\xD6\x13\xD6\x13\xD7\x13\xD7\x13\xD7\x13\xD7\x13\xD8\x13\xD8\x13\xD9\x13\xD9\x13"
    "\xD9\x13\xD9\x13\xD9\x13\xDA\x13\xDB\x13\xDC\x13\xDD\x13\xDE\x13\xDF\x13\xDF\x13\xE0\x13\xE1\x13"
    "\xE1\x13\xE2\x13\xE2\x13\xE3\x13\xE3\x13\xE3\x13\xE4\x13\xE5\x13\xE6\x13\xE6\x13\xE7\x13\xE8\x13"
    "\xE9\x13\xEA\x13\xEB\x13\xEC\x13\xED\x13\xEE\x13\xEF\x13\xF0\x13\xF1\x13\xF2\x13\xF3\x13\xF4\x13"
    "\xF5\x13\xF6\x13\xF7\x13\xF8\x13\xF9\x13\xFA\x13\xFB\x13\xFB\x13\xFC\x13\xFC\x13\xFC\x13\xFC\x13"
    "\xFC\x13\xFC\x13\xFD\x13\xFE\x13\xFF\x13\x00\x14\x01\x14\x01\x14\x01\x14\x01\x14\x01\x14\x01\x14"
    "\x02\x14\x02\x14\x02\x14\x02\x14\x03\x14\x03\x14\x04\x14\x05\x14\x06\x14\x07\x14\x08\x14\x09\x14"
    "\x0A\x14\x0B\x14\x0C\x14\x0D\x14\x0E\x14\x0E\x14\x0E\x14\x0F\x14\x0F\x14\x10\x14\x12\x14\x13\x14"
    "\x14\x14\x15\x14\x15\x14\x15\x14\x15\x14\x16\x14\x17\x14\x18\x14\x18\x14\x18\x14\x19\x14\x19\x14"
    "\x1A\x14\x1B\x14\x1C\x14\x1D\x14\x1D\x14\x1E\x14\x1F\x14\x20\x14\x21\x14\x22\x14\x23\x14\x24\x14"
    "\x25\x14\x25\x14\x26\x14\x27\x14\x28\x14\x29\x14\x2A\x14\x2B\x14\x2C\x14\x2C\x14\x2C\x14\x2C\x14"
    "\x2C\x14\x2C\x14\x2D\x14\x2D\x14\x2E\x14\x2E\x14\x2F\x14\x30\x14\x31\x14\x32\x14\x32\x14\x33\x14"
    "\x34\x14\x35\x14\x36\x14\x37\x14\x38\x14\x39\x14\x3A\x14\x3B\x14\x3C\x14\x3D\x14\x3E\x14\x3E\x14";
// 3 bytes an edge: its byte, the node it leads to (16 bits)
inline constexpr char tld_edges[] =
    "\x61\x01\x00\x62\x02\x00\x63\x03\x00\x64\x04\x00\x65\x05\x00\x66\x06\x00\x67\x07\x00\x68\x08\x00"
    "\x69\x09\x00\x6A\x0A\x00\x6B\x0B\x00\x6C\x0C\x00\x6D\x0D\x00\x6E\x0E\x00\x6F\x0F\x00\x70\x10\x00"
    "\x71\x11\x00\x72\x12\x00\x73\x13\x00\x74\x14\x00\x75\x15\x00\x76\x16\x00\x77\x17\x00\x78\x18\x00"
    "\x79\x19\x00\x7A\x1A\x00\xCE\x1B\x00\xD0\x1C\x00\xD2\x1D\x00\xD5\x1E\x00\xD7\x1F\x00\xD8\x20\x00"
    "\xD9\x21\x00\xDA\x22\x00\xE0\x23\x00\xE1\x24\x00\xE3\x25\x00\xE4\x26\x00\xE5\x27\x00\xE6\x28\x00"
    "\xE7\x29\x00\xE8\x2A\x00\xE9\x2B\x00\xEB\x2C\x00\xEC\x2D\x00\xED\x2E\x00\x61\x2F\x00\x62\x30\x00"
    "\x63\x31\x00\x64\x32\x00\x65\x33\x00\x66\x34\x00\x67\x35\x00\x69\x36\x00\x6B\x37\x00\x6C\x38\x00"
    "\x6D\x39\x00\x6E\x3A\x00\x6F\x3B\x00\x70\x3C\x00\x71\x3D\x00\x72\x3E\x00\x73\x3F\x00\x74\x40\x00"
    "\x75\x41\x00\x76\x42\x00\x77\x43\x00\x78\x44\x00\x7A\x45\x00\x61\x46\x00\x62\x47\x00\x63\x48\x00"
    "\x64\x49\x00\x65\x4A\x00\x66\x4B\x00\x67\x4C\x00\x68\x4D\x00\x69\x4E\x00\x6A\x4F\x00\x6C\x50\x00"
    "\x6D\x51\x00\x6E\x52\x00\x6F\x53\x00\x71\x54\x00\x72\x55\x00\x73\x56\x00\x74\x57\x00\x75\x58\x00"
    "\x76\x59\x00\x77\x5A\x00\x79\x5B\x00\x7A\x5C\x00\x61\x5D\x00\x62\x5E\x00\x63\x5F\x00\x64\x60\x00"
    "\x65\x61\x00\x66\x62\x00\x67\x63\x00\x68\x64\x00\x69\x65\x00\x6B\x66\x00\x6C\x67\x00\x6D\x68\x00"
    "\x6E\x69\x00\x6F\x6A\x00\x70\x6B\x00\x72\x6C\x00\x73\x6D\x00\x75\x6E\x00\x76\x6F\x00\x77\x70\x00"
    "\x78\x71\x00\x79\x72\x00\x7A\x73\x00\x61\x74\x00\x63\x75\x00\x64\x76\x00\x65\x77\x00\x68\x78\x00"
    "\x69\x79\x00\x6A\x7A\x00\x6B\x7B\x00\x6D\x7C\x00\x6E\x7D\x00\x6F\x7E\x00\x72\x7F\x00\x74\x80\x00"
    "\x75\x81\x00\x76\x82\x00\x7A\x83\x00\x61\x84\x00\x63\x85\x00\x64\x86\x00\x65\x87\x00\x67\x88\x00"
    "\x68\x89\x00\x6D\x8A\x00\x6E\x8B\x00\x70\x8C\x00\x71\x8D\x00\x72\x8E\x00\x73\x8F\x00\x74\x90\x00"
    "\x75\x91\x00\x76\x92\x00\x78\x93\x00\x61\x94\x00\x65\x95\x00\x69\x96\x00\x6A\x97\x00\x6B\x98\x00"
    "\x6C\x99\x00\x6D\x9A\x00\x6F\x9B\x00\x72\x9C\x00\x74\x9D\x00\x75\x9E\x00\x79\x9F\x00\x61\xA0\x00"
    "\x62\xA1\x00\x64\xA2\x00\x65\xA3\x00\x66\xA4\x00\x67\xA5\x00\x68\xA6\x00\x69\xA7\x00\x6C\xA8\x00"
    "\x6D\xA9\x00\x6E\xAA\x00\x6F\xAB\x00\x70\xAC\x00\x71\xAD\x00\x72\xAE\x00\x73\xAF\x00\x74\xB0\x00"
    "\x75\xB1\x00\x77\xB2\x00\x79\xB3\x00\x61\xB4\x00\x62\xB5\x00\x64\xB6\x00\x65\xB7\x00\x67\xB8\x00"
    "\x69\xB9\x00\x6B\xBA\x00\x6D\xBB\x00\x6E\xBC\x00\x6F\xBD\x00\x72\xBE\x00\x73\xBF\x00\x74\xC0\x00"
    "\x75\xC1\x00\x79\xC2\x00\x62\xC3\x00\x63\xC4\x00\x64\xC5\x00\x65\xC6\x00\x66\xC7\x00\x69\xC8\x00"
    "\x6B\xC9\x00\x6C\xCA\x00\x6D\xCB\x00\x6E\xCC\x00\x6F\xCD\x00\x70\xCE\x00\x71\xCF\x00\x72\xD0\x00"
    "\x73\xD1\x00\x74\xD2\x00\x76\xD3\x00\x77\xD4\x00\x61\xD5\x00\x63\xD6\x00\x65\xD7\x00\x69\xD8\x00"
    "\x6C\xD9\x00\x6D\xDA\x00\x6E\xDB\x00\x6F\xDC\x00\x70\xDD\x00\x75\xDE\x00\x61\xDF\x00\x64\xE0\x00"
    "\x65\xE1\x00\x66\xE2\x00\x67\xE3\x00\x68\xE4\x00\x69\xE5\x00\x6D\xE6\x00\x6E\xE7\x00\x6F\xE8\x00"
    "\x70\xE9\x00\x72\xEA\x00\x75\xEB\x00\x77\xEC\x00\x79\xED\x00\x7A\xEE\x00\x61\xEF\x00\x62\xF0\x00"
    "\x63\xF1\x00\x64\xF2\x00\x65\xF3\x00\x67\xF4\x00\x69\xF5\x00\x6B\xF6\x00\x6C\xF7\x00\x6F\xF8\x00"
    "\x70\xF9\x00\x72\xFA\x00\x73\xFB\x00\x74\xFC\x00\x75\xFD\x00\x76\xFE\x00\x79\xFF\x00\x61\x00\x01"
    "\x62\x01\x01\x63\x02\x01\x64\x03\x01\x65\x04\x01\x66\x05\x01\x67\x06\x01\x68\x07\x01\x69\x08\x01"
    "\x6B\x09\x01\x6C\x0A\x01\x6D\x0B\x01\x6E\x0C\x01\x6F\x0D\x01\x70\x0E\x01\x71\x0F\x01\x72\x10\x01"
    "\x73\x11\x01\x74\x12\x01\x75\x13\x01\x76\x14\x01\x77\x15\x01\x78\x16\x01\x79\x17\x01\x7A\x18\x01"
    "\x61\x19\x01\x62\x1A\x01\x63\x1B\x01\x65\x1C\x01\x66\x1D\x01\x67\x1E\x01\x68\x1F\x01\x69\x20\x01"
    "\x6C\x21\x01\x6F\x22\x01\x70\x23\x01\x72\x24\x01\x74\x25\x01\x75\x26\x01\x79\x27\x01\x7A\x28\x01"
    "\x62\x29\x01\x66\x2A\x01\x6B\x2B\x01\x6C\x2C\x01\x6D\x2D\x01\x6E\x2E\x01\x6F\x2F\x01\x70\x30\x01"
    "\x72\x31\x01\x73\x32\x01\x74\x33\x01\x76\x34\x01\x61\x35\x01\x63\x36\x01\x65\x37\x01\x66\x38\x01"
    "\x67\x39\x01\x68\x3A\x01\x69\x3B\x01\x6B\x3C\x01\x6C\x3D\x01\x6D\x3E\x01\x6E\x3F\x01\x6F\x40\x01"
    "\x72\x41\x01\x73\x42\x01\x74\x43\x01\x75\x44\x01\x77\x45\x01\x79\x46\x01\x61\x47\x01\x70\x48\x01"
    "\x75\x49\x01\x76\x4A\x01\x61\x4B\x01\x65\x4C\x01\x69\x4D\x01\x6D\x4E\x01\x6F\x4F\x01\x73\x50\x01"
    "\x75\x51\x01\x77\x52\x01\x79\x53\x01\x61\x54\x01\x62\x55\x01\x63\x56\x01\x64\x57\x01\x65\x58\x01"
    "\x66\x59\x01\x67\x5A\x01\x68\x5B\x01\x69\x5C\x01\x6A\x5D\x01\x6B\x5E\x01\x6C\x5F\x01\x6D\x60\x01"
    "\x6E\x61\x01\x6F\x62\x01\x70\x63\x01\x72\x64\x01\x73\x65\x01\x74\x66\x01\x75\x67\x01\x76\x68\x01"
    "\x77\x69\x01\x78\x6A\x01\x79\x6B\x01\x7A\x6C\x01\x61\x6D\x01\x63\x6E\x01\x64\x6F\x01\x65\x70\x01"
    "\x66\x71\x01\x67\x72\x01\x68\x73\x01\x69\x74\x01\x6A\x75\x01\x6B\x76\x01\x6C\x77\x01\x6D\x78\x01"
    "\x6E\x79\x01\x6F\x7A\x01\x70\x7B\x01\x72\x7C\x01\x74\x7D\x01\x75\x7E\x01\x76\x7F\x01\x77\x80\x01"
    "\x7A\x81\x01\x61\x82\x01\x62\x83\x01\x63\x84\x01\x67\x85\x01\x6B\x86\x01\x6D\x87\x01\x6E\x88\x01"
    "\x6F\x89\x01\x70\x8A\x01\x73\x8B\x01\x79\x8C\x01\x7A\x8D\x01\x61\x8E\x01\x63\x8F\x01\x65\x90\x01"
    "\x67\x91\x01\x69\x92\x01\x6C\x93\x01\x6E\x94\x01\x6F\x95\x01\x75\x96\x01\x61\x97\x01\x65\x98\x01"
    "\x66\x99\x01\x68\x9A\x01\x69\x9B\x01\x6D\x9C\x01\x6F\x9D\x01\x73\x9E\x01\x74\x9F\x01\x62\xA0\x01"
    "\x65\xA1\x01\x66\xA2\x01\x69\xA3\x01\x70\xA4\x01\x78\xA5\x01\x79\xA6\x01\x61\xA7\x01\x65\xA8\x01"
    "\x6F\xA9\x01\x74\xAA\x01\x75\xAB\x01\x61\xAC\x01\x65\xAD\x01\x69\xAE\x01\x6D\xAF\x01\x6F\xB0\x01"
    "\x75\xB1\x01\x77\xB2\x01\x95\xB3\x01\x91\xB4\x01\x94\xB5\x01\x95\xB6\x01\x9A\xB7\x01\x9C\xB8\x01"
    "\x9E\xB9\x01\xA0\xBA\x01\xA1\xBB\x01\xA3\xBC\x01\x9A\xBD\x01\x80\xBE\x01\xA7\xBF\x01\xA7\xC0\x01"
    "\xA8\xC1\x01\xAA\xC2\x01\xB3\xC3\x01\xB4\xC4\x01\xB9\xC5\x01\x81\xC6\x01\x82\xC7\x01\x83\xC8\x01"
    "\x85\xC9\x01\x87\xCA\x01\xBE\xCB\x01\x80\xCC\x01\xA4\xCD\x01\xA6\xCE\x01\xA8\xCF\x01\xAA\xD0\x01"
    "\xAC\xD1\x01\xAE\xD2\x01\xB0\xD3\x01\xB2\xD4\x01\xB4\xD5\x01\xB6\xD6\x01\xB8\xD7\x01\xB9\xD8\x01"
    "\xBA\xD9\x01\xB2\xDA\x01\x81\xDB\x01\x82\xDC\x01\x83\xDD\x01\xB8\xDE\x01\xBC\xDF\x01\xBD\xE0\x01"
    "\xBF\xE1\x01\x81\xE2\x01\x85\xE3\x01\x8F\xE4\x01\x95\xE5\x01\x98\xE6\x01\x9C\xE7\x01\xA4\xE8\x01"
    "\xA8\xE9\x01\xAE\xEA\x01\xB7\xEB\x01\xB9\xEC\x01\xBE\xED\x01\x85\xEE\x01\x88\xEF\x01\x89\xF0\x01"
    "\x8B\xF1\x01\x94\xF2\x01\x96\xF3\x01\x97\xF4\x01\x9B\xF5\x01\x9C\xF6\x01\xB7\xF7\x01\xB8\xF8\x01"
    "\xBE\xF9\x01\x82\xFA\x01\x8F\xFB\x01\xA7\xFC\x01\xBB\xFD\x01\xBD\xFE\x01\x81\xFF\x01\xAF\x00\x02"
    "\xB0\x01\x02\xB4\x02\x02\x80\x03\x02\x9B\x04\x02\xA3\x05\x02\xA4\x06\x02\xA6\x07\x02\x8B\x08\x02"
    "\x82\x09\x02\x95\x0A\x02\x61\x0B\x02\x72\x0C\x02\x61\x0D\x02\x62\x0E\x02\x63\x0F\x02\x6C\x10\x02"
    "\x6F\x11\x02\x75\x12\x02\x61\x13\x02\x63\x14\x02\x6F\x15\x02\x74\x16\x02\x61\x17\x02\x73\x18\x02"
    "\x75\x19\x02\x67\x1A\x02\x72\x1B\x02\x74\x1C\x02\x61\x1D\x02\x6C\x1E\x02\x72\x1F\x02\x61\x20\x02"
    "\x65\x21\x02\x67\x22\x02\x72\x23\x02\x64\x24\x02\x66\x25\x02\x69\x26\x02\x6C\x27\x02\x73\x28\x02"
    "\x65\x29\x02\x66\x2A\x02\x69\x2B\x02\x73\x2C\x02\x61\x2D\x02\x64\x2E\x02\x71\x2F\x02\x7A\x30\x02"
    "\x6C\x31\x02\x61\x32\x02\x70\x33\x02\x75\x34\x02\x61\x35\x02\x63\x36\x02\x6D\x37\x02\x70\x38\x02"
    "\x74\x39\x02\x64\x3A\x02\x69\x3B\x02\x73\x3C\x02\x68\x3D\x02\x74\x3E\x02\x63\x3F\x02\x64\x40\x02"
    "\x73\x41\x02\x74\x42\x02\x69\x43\x02\x73\x44\x02\x61\x45\x02\x75\x46\x02\x62\x47\x02\x69\x48\x02"
    "\x6E\x49\x02\x72\x4A\x02\x73\x4B\x02\x75\x4C\x02\x79\x4D\x02\x63\x4E\x02\x74\x4F\x02\x76\x50\x02"
    "\x67\x51\x02\x6E\x52\x02\x61\x53\x02\x65\x54\x02\x6E\x55\x02\x72\x56\x02\x73\x57\x02\x74\x58\x02"
    "\x61\x59\x02\x62\x5A\x02\x64\x5B\x02\x6B\x5C\x02\x6E\x5D\x02\x6F\x5E\x02\x7A\x5F\x02\x61\x60\x02"
    "\x6F\x61\x02\x75\x62\x02\x73\x63\x02\x77\x64\x02\x6C\x65\x02\x70\x66\x02\x61\x67\x02\x65\x68\x02"
    "\x66\x69\x02\x6D\x6A\x02\x6E\x6B\x02\x6F\x6C\x02\x73\x6D\x02\x74\x6E\x02\x75\x6F\x02\x78\x70\x02"
    "\x61\x71\x02\x69\x72\x02\x6F\x73\x02\x75\x74\x02\x64\x75\x02\x67\x76\x02\x69\x77\x02\x73\x78\x02"
    "\x79\x79\x02\x7A\x7A\x02\x68\x7B\x02\x62\x7C\x02\x66\x7D\x02\x6C\x7E\x02\x6D\x7F\x02\x6E\x80\x02"
    "\x70\x81\x02\x72\x82\x02\x73\x83\x02\x74\x84\x02\x61\x85\x02\x6E\x86\x02\x72\x87\x02\x73\x88\x02"
    "\x62\x89\x02\x6E\x8A\x02\x6F\x8B\x02\x72\x8C\x02\x61\x8D\x02\x64\x8E\x02\x61\x8F\x02\x65\x90\x02"
    "\x69\x91\x02\x6C\x92\x02\x72\x93\x02\x75\x94\x02\x70\x95\x02\x72\x96\x02\x73\x97\x02\x74\x98\x02"
    "\x61\x99\x02\x65\x9A\x02\x69\x9B\x02\x6F\x9C\x02\x75\x9D\x02\x61\x9E\x02\x64\x9F\x02\x66\xA0\x02"
    "\x6C\xA1\x02\x6D\xA2\x02\x6E\xA3\x02\x6F\xA4\x02\x72\xA5\x02\x75\xA6\x02\x61\xA7\x02\x65\xA8\x02"
    "\x69\xA9\x02\x6F\xAA\x02\x73\xAB\x02\x75\xAC\x02\x63\xAD\x02\x69\xAE\x02\x6D\xAF\x02\x6F\xB0\x02"
    "\x62\xB1\x02\x64\xB2\x02\x6E\xB3\x02\x74\xB4\x02\x79\xB5\x02\x6C\xB6\x02\x73\xB7\x02\x61\xB8\x02"
    "\x67\xB9\x02\x6C\xBA\x02\x6D\xBB\x02\x6E\xBC\x02\x73\xBD\x02\x76\xBE\x02\x6C\xBF\x02\x61\xC0\x02"
    "\x65\xC1\x02\x67\xC2\x02\x72\xC3\x02\x73\xC4\x02\x79\xC5\x02\x70\xC6\x02\x63\xC7\x02\x64\xC8\x02"
    "\x67\xC9\x02\x68\xCA\x02\x6D\xCB\x02\x6F\xCC\x02\x74\xCD\x02\x77\xCE\x02\x69\xCF\x02\x76\xD0\x02"
    "\x62\xD1\x02\x63\xD2\x02\x6E\xD3\x02\x70\xD4\x02\x72\xD5\x02\x61\xD6\x02\x72\xD7\x02\x72\xD8\x02"
    "\x74\xD9\x02\x6F\xDA\x02\x65\xDB\x02\x75\xDC\x02\x61\xDD\x02\x65\xDE\x02\x65\xDF\x02\x67\xE0\x02"
    "\x74\xE1\x02\x6F\xE2\x02\x73\xE3\x02\x75\xE4\x02\x69\xE5\x02\x6E\xE6\x02\x71\xE7\x02\x74\xE8\x02"
    "\x75\xE9\x02\x69\xEA\x02\x72\xEB\x02\x73\xEC\x02\x65\xED\x02\x63\xEE\x02\x70\xEF\x02\x74\xF0\x02"
    "\x67\xF1\x02\x69\xF2\x02\x6D\xF3\x02\x6E\xF4\x02\x72\xF5\x02\x73\xF6\x02\x64\xF7\x02\x65\xF8\x02"
    "\x72\xF9\x02\x61\xFA\x02\x64\xFB\x02\x6C\xFC\x02\x6E\xFD\x02\x72\xFE\x02\x73\xFF\x02\x74\x00\x03"
    "\x69\x01\x03\x6F\x02\x03\x73\x03\x03\x79\x04\x03\x6F\x05\x03\x72\x06\x03\x75\x07\x03\x78\x08\x03"
    "\x65\x09\x03\x6C\x0A\x03\x6F\x0B\x03\x72\x0C\x03\x6A\x0D\x03\x6E\x0E\x03\x72\x0F\x03\x74\x10\x03"
    "\x69\x11\x03\x6C\x12\x03\x6D\x13\x03\x70\x14\x03\x72\x15\x03\x79\x16\x03\x69\x17\x03\x6E\x18\x03"
    "\x61\x19\x03\x6E\x1A\x03\x6F\x1B\x03\x65\x1C\x03\x66\x1D\x03\x76\x1E\x03\x61\x1F\x03\x65\x20\x03"
    "\x6F\x21\x03\x61\x22\x03\x62\x23\x03\x6F\x24\x03\x78\x25\x03\x64\x26\x03\x6C\x27\x03\x6F\x28\x03"
    "\x70\x29\x03\x74\x2A\x03\x76\x2B\x03\x61\x2C\x03\x65\x2D\x03\x69\x2E\x03\x6F\x2F\x03\x61\x30\x03"
    "\x63\x31\x03\x67\x32\x03\x69\x33\x03\x72\x34\x03\x69\x35\x03\x6D\x36\x03\x6E\x37\x03\x75\x38\x03"
    "\x6F\x39\x03\x66\x3A\x03\x61\x3B\x03\x6C\x3C\x03\x72\x3D\x03\x74\x3E\x03\x70\x3F\x03\x73\x40\x03"
    "\x74\x41\x03\x76\x42\x03\x74\x43\x03\x63\x44\x03\x6C\x45\x03\x6D\x46\x03\x6E\x47\x03\x72\x48\x03"
    "\x73\x49\x03\x74\x4A\x03\x75\x4B\x03\x77\x4C\x03\x62\x4D\x03\x63\x4E\x03\x67\x4F\x03\x61\x50\x03"
    "\x75\x51\x03\x6D\x52\x03\x62\x53\x03\x65\x54\x03\x75\x55\x03\x65\x56\x03\x6D\x57\x03\x6E\x58\x03"
    "\x61\x59\x03\x61\x5A\x03\x64\x5B\x03\x6D\x5C\x03\x63\x5D\x03\x64\x5E\x03\x66\x5F\x03\x67\x60\x03"
    "\x6B\x61\x03\x73\x62\x03\x74\x63\x03\x76\x64\x03\x69\x65\x03\x69\x66\x03\x65\x67\x03\x6D\x68\x03"
    "\x74\x69\x03\x61\x6A\x03\x76\x6B\x03\x65\x6C\x03\x63\x6D\x03\x67\x6E\x03\x76\x6F\x03\x62\x70\x03"
    "\x70\x71\x03\x65\x72\x03\x74\x73\x03\x77\x74\x03\x6F\x75\x03\x63\x76\x03\x6C\x77\x03\x70\x78\x03"
    "\x6A\x79\x03\x62\x7A\x03\x74\x7B\x03\x79\x7C\x03\x6D\x7D\x03\x72\x7E\x03\x65\x7F\x03\x6E\x80\x03"
    "\x75\x81\x03\x64\x82\x03\x72\x83\x03\x68\x84\x03\x61\x85\x03\x6D\x86\x03\x6E\x87\x03\x74\x88\x03"
    "\x77\x89\x03\x65\x8A\x03\x6D\x8B\x03\x73\x8C\x03\x6D\x8D\x03\x6E\x8E\x03\x64\x8F\x03\x65\x90\x03"
    "\x6F\x91\x03\x6F\x92\x03\x63\x93\x03\x64\x94\x03\x6D\x95\x03\x6E\x96\x03\x73\x97\x03\x74\x98\x03"
    "\x77\x99\x03\x73\x9A\x03\x61\x9B\x03\x63\x9C\x03\x66\x9D\x03\x67\x9E\x03\x78\x9F\x03\x62\xA0\x03"
    "\x61\xA1\x03\x64\xA2\x03\x66\xA3\x03\x67\xA4\x03\x6B\xA5\x03\x6C\xA6\x03\x6D\xA7\x03\x6E\xA8\x03"
    "\x70\xA9\x03\x76\xAA\x03\x78\xAB\x03\x63\xAC\x03\x70\xAD\x03\x61\xAE\x03\x63\xAF\x03\x66\xB0\x03"
    "\x6C\xB1\x03\x6E\xB2\x03\x74\xB3\x03\x76\xB4\x03\x6C\xB5\x03\x64\xB6\x03\x6E\xB7\x03\x70\xB8\x03"
    "\x78\xB9\x03\x63\xBA\x03\x64\xBB\x03\x69\xBC\x03\x6B\xBD\x03\x6E\xBE\x03\x70\xBF\x03\x72\xC0\x03"
    "\x73\xC1\x03\x74\xC2\x03\x61\xC3\x03\x64\xC4\x03\x6B\xC5\x03\x64\xC6\x03\x65\xC7\x03\x6C\xC8\x03"
    "\x6D\xC9\x03\x6E\xCA\x03\x6F\xCB\x03\x72\xCC\x03\x74\xCD\x03\x61\xCE\x03\x63\xCF\x03\x6C\xD0\x03"
    "\x6E\xD1\x03\x74\xD2\x03\x62\xD3\x03\x73\xD4\x03\x61\xD5\x03\x62\xD6\x03\x64\xD7\x03\x65\xD8\x03"
    "\x69\xD9\x03\x6D\xDA\x03\x6E\xDB\x03\x70\xDC\x03\x72\xDD\x03\x73\xDE\x03\x74\xDF\x03\x76\xE0\x03"
    "\x64\xE1\x03\x6E\xE2\x03\x70\xE3\x03\x72\xE4\x03\x73\xE5\x03\x74\xE6\x03\x62\xE7\x03\x64\xE8\x03"
    "\x67\xE9\x03\x6D\xEA\x03\x74\xEB\x03\x76\xEC\x03\x61\xED\x03\x63\xEE\x03\x74\xEF\x03\x75\xF0\x03"
    "\x77\xF1\x03\x78\xF2\x03\x6C\xF3\x03\x6F\xF4\x03\x6B\xF5\x03\x63\xF6\x03\x6B\xF7\x03\x6E\xF8\x03"
    "\x73\xF9\x03\x6B\xFA\x03\x72\xFB\x03\x77\xFC\x03\x61\xFD\x03\x77\xFE\x03\x74\xFF\x03\x63\x00\x04"
    "\x69\x01\x04\x73\x02\x04\x66\x03\x04\x69\x04\x04\x61\x05\x04\x64\x06\x04\x6C\x07\x04\x65\x08\x04"
    "\x65\x09\x04\x67\x0A\x04\x69\x0B\x04\x6C\x0C\x04\x79\x0D\x04\x6F\x0E\x04\x65\x0F\x04\x61\x10\x04"
    "\x67\x11\x04\x69\x12\x04\x61\x13\x04\x73\x14\x04\x74\x15\x04\x68\x16\x04\x67\x17\x04\x6D\x18\x04"
    "\x6E\x19\x04\x72\x1A\x04\x73\x1B\x04\x79\x1C\x04\x63\x1D\x04\x74\x1E\x04\x69\x1F\x04\x61\x20\x04"
    "\x64\x21\x04\x69\x22\x04\x6F\x23\x04\x79\x24\x04\x61\x25\x04\x63\x26\x04\x64\x27\x04\x6E\x28\x04"
    "\x6F\x29\x04\x7A\x2A\x04\x61\x2B\x04\x75\x2C\x04\x63\x2D\x04\x68\x2E\x04\x6B\x2F\x04\x6C\x30\x04"
    "\x72\x31\x04\x73\x32\x04\x61\x33\x04\x65\x34\x04\x69\x35\x04\x6F\x36\x04\x75\x37\x04\x62\x38\x04"
    "\x63\x39\x04\x6F\x3A\x04\x65\x3B\x04\x63\x3C\x04\x63\x3D\x04\x64\x3E\x04\x69\x3F\x04\x61\x40\x04"
    "\x63\x41\x04\x64\x42\x04\x68\x43\x04\x69\x44\x04\x6C\x45\x04\x6E\x46\x04\x70\x47\x04\x73\x48\x04"
    "\x76\x49\x04\x78\x4A\x04\x63\x4B\x04\x67\x4C\x04\x6C\x4D\x04\x6F\x4E\x04\x70\x4F\x04\x69\x50\x04"
    "\x63\x51\x04\x64\x52\x04\x67\x53\x04\x6F\x54\x04\x76\x55\x04\x67\x56\x04\x68\x57\x04\x6E\x58\x04"
    "\x65\x59\x04\x75\x5A\x04\x61\x5B\x04\x66\x5C\x04\x6B\x5D\x04\x6C\x5E\x04\x6D\x5F\x04\x6E\x60\x04"
    "\x70\x61\x04\x72\x62\x04\x73\x63\x04\x76\x64\x04\x78\x65\x04\x69\x66\x04\x73\x67\x04\x61\x68\x04"
    "\x62\x69\x04\x68\x6A\x04\x69\x6B\x04\x6A\x6C\x04\x6F\x6D\x04\x61\x6E\x04\x63\x6F\x04\x65\x70\x04"
    "\x6C\x71\x04\x6E\x72\x04\x72\x73\x04\x73\x74\x04\x76\x75\x04\x77\x76\x04\x78\x77\x04\x72\x78\x04"
    "\x61\x79\x04\x65\x7A\x04\x69\x7B\x04\x6F\x7C\x04\x72\x7D\x04\x6C\x7E\x04\x6E\x7F\x04\x74\x80\x04"
    "\x69\x81\x04\x79\x82\x04\x69\x83\x04\x61\x84\x04\x69\x85\x04\x63\x86\x04\x63\x87\x04\x66\x88\x04"
    "\x68\x89\x04\x6C\x8A\x04\x6E\x8B\x04\x79\x8C\x04\x61\x8D\x04\x69\x8E\x04\x6F\x8F\x04\x72\x90\x04"
    "\x6C\x91\x04\x74\x92\x04\x61\x93\x04\x63\x94\x04\x6F\x95\x04\x72\x96\x04\x75\x97\x04\x79\x98\x04"
    "\x63\x99\x04\x70\x9A\x04\x72\x9B\x04\x7A\x9C\x04\x61\x9D\x04\x69\x9E\x04\x64\x9F\x04\x6D\xA0\x04"
    "\x73\xA1\x04\x62\xA2\x04\x69\xA3\x04\x6C\xA4\x04\x6F\xA5\x04\x72\xA6\x04\x74\xA7\x04\x78\xA8\x04"
    "\x69\xA9\x04\x6B\xAA\x04\x61\xAB\x04\x63\xAC\x04\x6C\xAD\x04\x6D\xAE\x04\x6E\xAF\x04\x76\xB0\x04"
    "\x64\xB1\x04\x65\xB2\x04\x61\xB3\x04\x63\xB4\x04\x65\xB5\x04\x66\xB6\x04\x70\xB7\x04\x72\xB8\x04"
    "\x6D\xB9\x04\x78\xBA\x04\x6D\xBB\x04\x61\xBC\x04\x64\xBD\x04\x6B\xBE\x04\x6F\xBF\x04\x70\xC0\x04"
    "\x72\xC1\x04\x73\xC2\x04\x74\xC3\x04\x75\xC4\x04\x77\xC5\x04\x79\xC6\x04\x61\xC7\x04\x75\xC8\x04"
    "\x76\xC9\x04\x62\xCA\x04\x69\xCB\x04\x6E\xCC\x04\x73\xCD\x04\x73\xCE\x04\x61\xCF\x04\x73\xD0\x04"
    "\x6F\xD1\x04\x69\xD2\x04\x6F\xD3\x04\x6C\xD4\x04\x73\xD5\x04\x63\xD6\x04\x6E\xD7\x04\x67\xD8\x04"
    "\x6E\xD9\x04\x72\xDA\x04\x74\xDB\x04\x61\xDC\x04\x64\xDD\x04\x67\xDE\x04\x6B\xDF\x04\x6C\xE0\x04"
    "\x6E\xE1\x04\x70\xE2\x04\x72\xE3\x04\x73\xE4\x04\x76\xE5\x04\x61\xE6\x04\x64\xE7\x04\x6C\xE8\x04"
    "\x74\xE9\x04\x79\xEA\x04\x65\xEB\x04\x6C\xEC\x04\x6E\xED\x04\x72\xEE\x04\x74\xEF\x04\x61\xF0\x04"
    "\x62\xF1\x04\x64\xF2\x04\x69\xF3\x04\x6F\xF4\x04\x65\xF5\x04\x6B\xF6\x04\x6C\xF7\x04\x6E\xF8\x04"
    "\x65\xF9\x04\x6C\xFA\x04\x6F\xFB\x04\x72\xFC\x04\x77\xFD\x04\x63\xFE\x04\x66\xFF\x04\x6F\x00\x05"
    "\x72\x01\x05\x69\x02\x05\x68\x03\x05\x6E\x04\x05\x65\x05\x05\x78\x06\x05\x7A\x07\x05\x63\x08\x05"
    "\x68\x09\x05\x6D\x0A\x05\x6E\x0B\x05\x64\x0C\x05\x67\x0D\x05\x6B\x0E\x05\x75\x0F\x05\x6E\x10\x05"
    "\x70\x11\x05\x72\x12\x05\x72\x13\x05\x70\x14\x05\x6E\x15\x05\x65\x16\x05\xCE\x17\x05\xD0\x18\x05"
    "\xD0\x19\x05\xD0\x1A\x05\xD0\x1B\x05\xD0\x1C\x05\xD0\x1D\x05\xD0\x1E\x05\xD0\x1F\x05\xD0\x20\x05"
    "\xD0\x21\x05\xD4\x22\x05\xD7\x23\x05\xD8\x24\x05\xD9\x25\x05\xDB\x26\x05\xD8\x27\x05\xD9\x28\x05"
    "\xDA\x29\x05\xD9\x2A\x05\xD9\x2B\x05\xD8\x2C\x05\xD8\x2D\x05\xD9\x2E\x05\xD9\x2F\x05\xD8\x30\x05"
    "\xD8\x31\x05\xD9\x32\x05\xD8\x33\x05\xD9\x34\x05\xD9\x35\x05\xD8\x36\x05\xD8\x37\x05\x95\x38\x05"
    "\xA8\x39\x05\xAD\x3A\x05\xB8\x3B\x05\xAC\x3C\x05\xAD\x3D\x05\xAD\x3E\x05\xAD\x3F\x05\xAD\x40\x05"
    "\x87\x41\x05\x9A\x42\x05\xAD\x43\x05\xAD\x44\x05\xAD\x45\x05\xBD\x46\x05\x84\x47\x05\x84\x48\x05"
    "\xA5\x49\x05\x92\x4A\x05\xBF\x4B\x05\xAF\x4C\x05\xB0\x4D\x05\xB3\x4E\x05\xB9\x4F\x05\xBB\x50\x05"
    "\x95\x51\x05\x9D\x52\x05\x96\x53\x05\xAD\x54\x05\x81\x55\x05\x9B\x56\x05\xA1\x57\x05\xA5\x58\x05"
    "\xAB\x59\x05\xAC\x5A\x05\xB0\x5B\x05\x86\x5C\x05\x89\x5D\x05\xA8\x5E\x05\xA7\x5F\x05\xA9\x60\x05"
    "\xB1\x61\x05\xB6\x62\x05\xA5\x63\x05\xBF\x64\x05\xAE\x65\x05\x88\x66\x05\x91\x67\x05\x8B\x68\x05"
    "\x9B\x69\x05\xBF\x6A\x05\xB0\x6B\x05\xB6\x6C\x05\xB8\x6D\x05\xBA\x6E\x05\xA1\x6F\x05\xB8\x70\x05"
    "\xB3\x71\x05\xB9\x72\x05\xA0\x73\x05\xBB\x74\x05\x84\x75\x05\x91\x76\x05\x94\x77\x05\xBA\x78\x05"
    "\xB7\x79\x05\xAD\x7A\x05\x9A\x7B\x05\x86\x7C\x05\xBB\x7D\x05\x9E\x7E\x05\x9F\x7F\x05\x90\x80\x05"
    "\x99\x81\x05\xB7\x82\x05\xBC\x83\x05\x9C\x84\x05\x70\x85\x05\x72\x86\x05\x6F\x87\x05\x76\x88\x05"
    "\x65\x89\x05\x67\x8A\x05\x64\x8B\x05\x64\x8C\x05\x65\x8D\x05\x6F\x8E\x05\x69\x8F\x05\x6F\x90\x05"
    "\x63\x91\x05\x6C\x92\x05\x6F\x93\x05\x6E\x94\x05\x6D\x95\x05\x69\x96\x05\x6B\x97\x05\x6E\x98\x05"
    "\x6F\x99\x05\x62\x9A\x05\x66\x9B\x05\x74\x9C\x05\x6E\x9D\x05\x61\x9E\x05\x62\x9F\x05\x70\xA0\x05"
    "\x66\xA1\x05\x73\xA2\x05\x79\xA3\x05\x61\xA4\x05\x74\xA5\x05\x72\xA6\x05\x78\xA7\x05\x61\xA8\x05"
    "\x63\xA9\x05\x74\xAA\x05\x6C\xAB\x05\x72\xAC\x05\x75\xAD\x05\x72\xAE\x05\x6C\xAF\x05\x61\xB0\x05"
    "\x62\xB1\x05\x6D\xB2\x05\x68\xB3\x05\x79\xB4\x05\x61\xB5\x05\x65\xB6\x05\x61\xB7\x05\x61\xB8\x05"
    "\x6F\xB9\x05\x6C\xBA\x05\x6F\xBB\x05\x74\xBC\x05\x69\xBD\x05\x70\xBE\x05\x68\xBF\x05\x6F\xC0\x05"
    "\x61\xC1\x05\x72\xC2\x05\x79\xC3\x05\x64\xC4\x05\x61\xC5\x05\x64\xC6\x05\x6B\xC7\x05\x63\xC8\x05"
    "\x65\xC9\x05\x67\xCA\x05\x65\xCB\x05\x6B\xCC\x05\x68\xCD\x05\x65\xCE\x05\x61\xCF\x05\x74\xD0\x05"
    "\x75\xD1\x05\x72\xD2\x05\x74\xD3\x05\x6C\xD4\x05\x74\xD5\x05\x72\xD6\x05\x6C\xD7\x05\x65\xD8\x05"
    "\x67\xD9\x05\x63\xDA\x05\x6E\xDB\x05\x63\xDC\x05\x67\xDD\x05\x6F\xDE\x05\x65\xDF\x05\x70\xE0\x05"
    "\x74\xE1\x05\x68\xE2\x05\x61\xE3\x05\x64\xE4\x05\x6B\xE5\x05\x74\xE6\x05\x63\xE7\x05\x74\xE8\x05"
    "\x74\xE9\x05\x64\xEA\x05\x64\xEB\x05\x61\xEC\x05\x6B\xED\x05\x74\xEE\x05\x73\xEF\x05\x61\xF0\x05"
    "\x61\xF1\x05\x6C\xF2\x05\x69\xF3\x05\x7A\xF4\x05\x65\xF5\x05\x6C\xF6\x05\x76\xF7\x05\x65\xF8\x05"
    "\x70\xF9\x05\x63\xFA\x05\x6F\xFB\x05\x65\xFC\x05\x69\xFD\x05\x61\xFE\x05\x64\xFF\x05\x65\x00\x06"
    "\x73\x01\x06\x74\x02\x06\x61\x03\x06\x65\x04\x06\x68\x05\x06\x69\x06\x06\x65\x07\x06\x68\x08\x06"
    "\x65\x09\x06\x74\x0A\x06\x6E\x0B\x06\x6E\x0C\x06\x72\x0D\x06\x73\x0E\x06\x74\x0F\x06\x61\x10\x06"
    "\x6E\x11\x06\x6F\x12\x06\x69\x13\x06\x6F\x14\x06\x79\x15\x06\x72\x16\x06\x72\x17\x06\x63\x18\x06"
    "\x63\x19\x06\x61\x1A\x06\x69\x1B\x06\x79\x1C\x06\x69\x1D\x06\x61\x1E\x06\x63\x1F\x06\x6E\x20\x06"
    "\x74\x21\x06\x75\x22\x06\x62\x23\x06\x63\x24\x06\x65\x25\x06\x66\x26\x06\x6C\x27\x06\x6F\x28\x06"
    "\x63\x29\x06\x6D\x2A\x06\x70\x2B\x06\x73\x2C\x06\x64\x2D\x06\x73\x2E\x06\x74\x2F\x06\x6B\x30\x06"
    "\x6C\x31\x06\x70\x32\x06\x73\x33\x06\x6E\x34\x06\x70\x35\x06\x72\x36\x06\x64\x37\x06\x63\x38\x06"
    "\x77\x39\x06\x69\x3A\x06\x73\x3B\x06\x72\x3C\x06\x75\x3D\x06\x75\x3E\x06\x63\x3F\x06\x61\x40\x06"
    "\x65\x41\x06\x69\x42\x06\x73\x43\x06\x6B\x44\x06\x6C\x45\x06\x72\x46\x06\x69\x47\x06\x6C\x48\x06"
    "\x6F\x49\x06\x74\x4A\x06\x6F\x4B\x06\x74\x4C\x06\x69\x4D\x06\x6D\x4E\x06\x74\x4F\x06\x69\x50\x06"
    "\x65\x51\x06\x63\x52\x06\x68\x53\x06\x73\x54\x06\x74\x55\x06\x67\x56\x06\x61\x57\x06\x61\x58\x06"
    "\x73\x59\x06\x6E\x5A\x06\x76\x5B\x06\x61\x5C\x06\x6B\x5D\x06\x6C\x5E\x06\x73\x5F\x06\x6F\x60\x06"
    "\x62\x61\x06\x67\x62\x06\x74\x63\x06\x6B\x64\x06\x63\x65\x06\x69\x66\x06\x72\x67\x06\x72\x68\x06"
    "\x69\x69\x06\x65\x6A\x06\x73\x6B\x06\x6F\x6C\x06\x69\x6D\x06\x63\x6E\x06\x69\x6F\x06\x61\x70\x06"
    "\x72\x71\x06\x73\x72\x06\x6F\x73\x06\x6E\x74\x06\x72\x75\x06\x68\x76\x06\x65\x77\x06\x6F\x78\x06"
    "\x72\x79\x06\x72\x7A\x06\x65\x7B\x06\x6C\x7C\x06\x72\x7D\x06\x74\x7E\x06\x69\x7F\x06\x73\x80\x06"
    "\x6D\x81\x06\x68\x82\x06\x74\x83\x06\x65\x84\x06\x64\x85\x06\x72\x86\x06\x74\x87\x06\x65\x88\x06"
    "\x6F\x89\x06\x6D\x8A\x06\x61\x8B\x06\x65\x8C\x06\x6D\x8D\x06\x68\x8E\x06\x6E\x8F\x06\x63\x90\x06"
    "\x67\x91\x06\x72\x92\x06\x72\x93\x06\x77\x94\x06\x6D\x95\x06\x64\x96\x06\x74\x97\x06\x64\x98\x06"
    "\x65\x99\x06\x73\x9A\x06\x75\x9B\x06\x6E\x9C\x06\x65\x9D\x06\x73\x9E\x06\x67\x9F\x06\x6E\xA0\x06"
    "\x69\xA1\x06\x64\xA2\x06\x6E\xA3\x06\x62\xA4\x06\x6C\xA5\x06\x65\xA6\x06\x64\xA7\x06\x7A\xA8\x06"
    "\x74\xA9\x06\x72\xAA\x06\x65\xAB\x06\x74\xAC\x06\x65\xAD\x06\x69\xAE\x06\x64\xAF\x06\x73\xB0\x06"
    "\x62\xB1\x06\x69\xB2\x06\x68\xB3\x06\x61\xB4\x06\x64\xB5\x06\x66\xB6\x06\x64\xB7\x06\x67\xB8\x06"
    "\x69\xB9\x06\x70\xBA\x06\x74\xBB\x06\x65\xBC\x06\x70\xBD\x06\x63\xBE\x06\x75\xBF\x06\x72\xC0\x06"
    "\x63\xC1\x06\x65\xC2\x06\x64\xC3\x06\x74\xC4\x06\x75\xC5\x06\x72\xC6\x06\x62\xC7\x06\x67\xC8\x06"
    "\x73\xC9\x06\x63\xCA\x06\x6C\xCB\x06\x70\xCC\x06\x73\xCD\x06\x65\xCE\x06\x6D\xCF\x06\x76\xD0\x06"
    "\x68\xD1\x06\x61\xD2\x06\x61\xD3\x06\x6B\xD4\x06\x64\xD5\x06\x69\xD6\x06\x65\xD7\x06\x64\xD8\x06"
    "\x65\xD9\x06\x73\xDA\x06\x70\xDB\x06\x74\xDC\x06\x65\xDD\x06\x6D\xDE\x06\x73\xDF\x06\x63\xE0\x06"
    "\x68\xE1\x06\x74\xE2\x06\x6E\xE3\x06\x63\xE4\x06\x65\xE5\x06\x65\xE6\x06\x6E\xE7\x06\x6D\xE8\x06"
    "\x62\xE9\x06\x6F\xEA\x06\x75\xEB\x06\x69\xEC\x06\x6F\xED\x06\x74\xEE\x06\x75\xEF\x06\x65\xF0\x06"
    "\x75\xF1\x06\x65\xF2\x06\x72\xF3\x06\x73\xF4\x06\x6C\xF5\x06\x61\xF6\x06\x61\xF7\x06\x75\xF8\x06"
    "\x63\xF9\x06\x75\xFA\x06\x61\xFB\x06\x70\xFC\x06\x7A\xFD\x06\x65\xFE\x06\x73\xFF\x06\x75\x00\x07"
    "\x6F\x01\x07\x73\x02\x07\x67\x03\x07\x69\x04\x07\x66\x05\x07\x69\x06\x07\x72\x07\x07\x64\x08\x07"
    "\x63\x09\x07\x69\x0A\x07\x6C\x0B\x07\x61\x0C\x07\x68\x0D\x07\x67\x0E\x07\x64\x0F\x07\x6B\x10\x07"
    "\x74\x11\x07\x61\x12\x07\x62\x13\x07\x62\x14\x07\x65\x15\x07\x63\x16\x07\x64\x17\x07\x78\x18\x07"
    "\x61\x19\x07\x69\x1A\x07\x72\x1B\x07\x79\x1C\x07\x73\x1D\x07\x6C\x1E\x07\x72\x1F\x07\x61\x20\x07"
    "\x6F\x21\x07\x75\x22\x07\x74\x23\x07\x69\x24\x07\x6C\x25\x07\x65\x26\x07\x68\x27\x07\x65\x28\x07"
    "\x6C\x29\x07\x69\x2A\x07\x6F\x2B\x07\x63\x2C\x07\x64\x2D\x07\x6B\x2E\x07\x73\x2F\x07\x65\x30\x07"
    "\x69\x31\x07\x69\x32\x07\x6E\x33\x07\x6B\x34\x07\x75\x35\x07\x74\x36\x07\x64\x37\x07\x74\x38\x07"
    "\x65\x39\x07\x66\x3A\x07\x61\x3B\x07\x64\x3C\x07\x69\x3D\x07\x65\x3E\x07\x75\x3F\x07\x79\x40\x07"
    "\x72\x41\x07\x66\x42\x07\x73\x43\x07\x65\x44\x07\x61\x45\x07\x67\x46\x07\x6B\x47\x07\x72\x48\x07"
    "\x73\x49\x07\x65\x4A\x07\x74\x4B\x07\x6F\x4C\x07\x69\x4D\x07\x69\x4E\x07\x74\x4F\x07\x62\x50\x07"
    "\x65\x51\x07\x6F\x52\x07\x75\x53\x07\x63\x54\x07\x6C\x55\x07\x6D\x56\x07\x72\x57\x07\x69\x58\x07"
    "\x74\x59\x07\x73\x5A\x07\x69\x5B\x07\x61\x5C\x07\x61\x5D\x07\x65\x5E\x07\x73\x5F\x07\x74\x60\x07"
    "\x61\x61\x07\x6D\x62\x07\x74\x63\x07\x63\x64\x07\x6F\x65\x07\x69\x66\x07\x63\x67\x07\x65\x68\x07"
    "\x75\x69\x07\x65\x6A\x07\x6F\x6B\x07\x65\x6C\x07\x69\x6D\x07\x75\x6E\x07\x79\x6F\x07\x62\x70\x07"
    "\x66\x71\x07\x77\x72\x07\x73\x73\x07\x68\x74\x07\x73\x75\x07\x74\x76\x07\x75\x77\x07\x6F\x78\x07"
    "\x65\x79\x07\x6F\x7A\x07\x6A\x7B\x07\x73\x7C\x07\x69\x7D\x07\x74\x7E\x07\x72\x7F\x07\x74\x80\x07"
    "\x65\x81\x07\x69\x82\x07\x6E\x83\x07\x79\x84\x07\x6E\x85\x07\x6F\x86\x07\x67\x87\x07\x6F\x88\x07"
    "\x69\x89\x07\x6F\x8A\x07\x6E\x8B\x07\x63\x8C\x07\x6E\x8D\x07\x61\x8E\x07\x65\x8F\x07\x67\x90\x07"
    "\x6B\x91\x07\x75\x92\x07\x65\x93\x07\x70\x94\x07\x61\x95\x07\x65\x96\x07\x69\x97\x07\x73\x98\x07"
    "\x74\x99\x07\x73\x9A\x07\x77\x9B\x07\x7A\x9C\x07\x72\x9D\x07\x6C\x9E\x07\x6E\x9F\x07\x74\xA0\x07"
    "\x73\xA1\x07\x67\xA2\x07\x73\xA3\x07\x74\xA4\x07\x67\xA5\x07\x6B\xA6\x07\x6E\xA7\x07\x7A\xA8\x07"
    "\x63\xA9\x07\x79\xAA\x07\x6D\xAB\x07\x73\xAC\x07\x6C\xAD\x07\x65\xAE\x07\x69\xAF\x07\x6E\xB0\x07"
    "\x74\xB1\x07\x6D\xB2\x07\x78\xB3\x07\x73\xB4\x07\x6D\xB5\x07\x64\xB6\x07\x66\xB7\x07\x67\xB8\x07"
    "\x6D\xB9\x07\x70\xBA\x07\x74\xBB\x07\x64\xBC\x07\x6E\xBD\x07\x62\xBE\x07\x73\xBF\x07\x69\xC0\x07"
    "\x69\xC1\x07\x64\xC2\x07\x64\xC3\x07\x6C\xC4\x07\x69\xC5\x07\x73\xC6\x07\x75\xC7\x07\x61\xC8\x07"
    "\x73\xC9\x07\x74\xCA\x07\x69\xCB\x07\x74\xCC\x07\x61\xCD\x07\x6F\xCE\x07\x75\xCF\x07\x74\xD0\x07"
    "\x69\xD1\x07\x72\xD2\x07\x68\xD3\x07\x6F\xD4\x07\x68\xD5\x07\x74\xD6\x07\x68\xD7\x07\x6B\xD8\x07"
    "\x65\xD9\x07\x65\xDA\x07\x6D\xDB\x07\x70\xDC\x07\x62\xDD\x07\x72\xDE\x07\x6B\xDF\x07\x72\xE0\x07"
    "\x65\xE1\x07\x75\xE2\x07\x65\xE3\x07\x6F\xE4\x07\x73\xE5\x07\x64\xE6\x07\x6F\xE7\x07\x6F\xE8\x07"
    "\x6C\xE9\x07\x65\xEA\x07\x6F\xEB\x07\x61\xEC\x07\x6D\xED\x07\x6F\xEE\x07\x75\xEF\x07\x77\xF0\x07"
    "\x65\xF1\x07\x6F\xF2\x07\x72\xF3\x07\x74\xF4\x07\x72\xF5\x07\x74\xF6\x07\x75\xF7\x07\x6B\xF8\x07"
    "\x65\xF9\x07\x65\xFA\x07\x76\xFB\x07\x65\xFC\x07\x79\xFD\x07\x6E\xFE\x07\x72\xFF\x07\x77\x00\x08"
    "\x6C\x01\x08\x61\x02\x08\x6B\x03\x08\x65\x04\x08\x70\x05\x08\x75\x06\x08\x77\x07\x08\x69\x08\x08"
    "\x6B\x09\x08\x61\x0A\x08\x67\x0B\x08\x65\x0C\x08\x6E\x0D\x08\x70\x0E\x08\x6E\x0F\x08\x72\x10\x08"
    "\x6C\x11\x08\x66\x12\x08\x63\x13\x08\x69\x14\x08\x74\x15\x08\x75\x16\x08\x61\x17\x08\x75\x18\x08"
    "\x67\x19\x08\x79\x1A\x08\x63\x1B\x08\x65\x1C\x08\x72\x1D\x08\x74\x1E\x08\x65\x1F\x08\x64\x20\x08"
    "\x70\x21\x08\x72\x22\x08\x74\x23\x08\x67\x24\x08\x63\x25\x08\x72\x26\x08\x65\x27\x08\x64\x28\x08"
    "\x6C\x29\x08\x6B\x2A\x08\x70\x2B\x08\x66\x2C\x08\x67\x2D\x08\x75\x2E\x08\x74\x2F\x08\x66\x30\x08"
    "\x73\x31\x08\x6E\x32\x08\x61\x33\x08\x74\x34\x08\x70\x35\x08\x6B\x36\x08\x62\x37\x08\x67\x38\x08"
    "\x61\x39\x08\x74\x3A\x08\x69\x3B\x08\x6D\x3C\x08\x68\x3D\x08\x65\x3E\x08\x61\x3F\x08\x6E\x40\x08"
    "\x61\x41\x08\x61\x42\x08\x61\x43\x08\x6B\x44\x08\x6E\x45\x08\x66\x46\x08\x73\x47\x08\x65\x48\x08"
    "\x6F\x49\x08\x61\x4A\x08\x61\x4B\x08\x6C\x4C\x08\x61\x4D\x08\x79\x4E\x08\x6C\x4F\x08\x61\x50\x08"
    "\x68\x51\x08\x61\x52\x08\x72\x53\x08\x6E\x54\x08\x6F\x55\x08\x73\x56\x08\x64\x57\x08\x69\x58\x08"
    "\x76\x59\x08\x73\x5A\x08\x65\x5B\x08\x65\x5C\x08\x68\x5D\x08\x6E\x5E\x08\x6E\x5F\x08\x63\x60\x08"
    "\x76\x61\x08\x61\x62\x08\x61\x63\x08\x67\x64\x08\x61\x65\x08\x74\x66\x08\x69\x67\x08\x6D\x68\x08"
    "\x73\x69\x08\x6A\x6A\x08\x65\x6B\x08\x69\x6C\x08\x6C\x6D\x08\x67\x6E\x08\x61\x6F\x08\x69\x70\x08"
    "\x74\x71\x08\x61\x72\x08\x6F\x73\x08\x61\x74\x08\x6B\x75\x08\x6B\x76\x08\x76\x77\x08\x65\x78\x08"
    "\x69\x79\x08\x6F\x7A\x08\x61\x7B\x08\x6C\x7C\x08\x65\x7D\x08\x6D\x7E\x08\x74\x7F\x08\x67\x80\x08"
    "\x6D\x81\x08\x63\x82\x08\x74\x83\x08\x63\x84\x08\x65\x85\x08\x73\x86\x08\x64\x87\x08\x62\x88\x08"
    "\x72\x89\x08\x73\x8A\x08\x6E\x8B\x08\x69\x8C\x08\x6C\x8D\x08\x64\x8E\x08\x65\x8F\x08\x6E\x90\x08"
    "\x74\x91\x08\x64\x92\x08\x6B\x93\x08\x6C\x94\x08\x78\x95\x08\x6F\x96\x08\x6E\x97\x08\x75\x98\x08"
    "\x72\x99\x08\x68\x9A\x08\x6F\x9B\x08\x61\x9C\x08\x64\x9D\x08\x6F\x9E\x08\x61\x9F\x08\x6F\xA0\x08"
    "\x74\xA1\x08\x70\xA2\x08\x61\xA3\x08\x6F\xA4\x08\x70\xA5\x08\x65\xA6\x08\x72\xA7\x08\x9B\xA8\x08"
    "\xA5\xA9\x08\x93\xAA\x08\x95\xAB\x08\x95\xAC\x08\xAE\xAD\x08\x90\xAE\x08\x9E\xAF\x08\x9A\xB0\x08"
    "\x9E\xB1\x08\x9D\xB2\x08\xA0\xB3\x08\xA3\xB4\x08\xA4\xB5\x08\x90\xB6\x08\xA0\xB7\x08\x9A\xB8\x08"
    "\x90\xB9\x08\xB1\xBA\x08\x95\xBB\x08\xA8\xBC\x08\xAA\xBD\x08\xB1\xBE\x08\x84\xBF\x08\x85\xC0\x08"
    "\x8C\xC1\x08\xA7\xC2\x08\x8A\xC3\x08\xBE\xC4\x08\x88\xC5\x08\x88\xC6\x08\xA8\xC7\x08\xB1\xC8\x08"
    "\x85\xC9\x08\x84\xCA\x08\xB7\xCB\x08\xA7\xCC\x08\x88\xCD\x08\xB5\xCE\x08\x84\xCF\x08\x88\xD0\x08"
    "\x85\xD1\x08\xA7\xD2\x08\xA7\xD3\x08\xE0\xD4\x08\xE0\xD5\x08\xE0\xD6\x08\xE0\xD7\x08\xE0\xD8\x08"
    "\xE0\xD9\x08\xE0\xDA\x08\xE0\xDB\x08\xE0\xDC\x08\xE0\xDD\x08\xE0\xDE\x08\xE0\xDF\x08\xE0\xE0\x08"
    "\xE0\xE1\x08\xE0\xE2\x08\xE0\xE3\x08\xE0\xE4\x08\xE0\xE5\x08\xE1\xE6\x08\xE3\xE7\x08\xE3\xE8\x08"
    "\xE3\xE9\x08\xE3\xEA\x08\xE3\xEB\x08\xE3\xEC\x08\xE3\xED\x08\xE3\xEE\x08\xE7\xEF\x08\xE4\xF0\x08"
    "\xE5\xF1\x08\xE6\xF2\x08\xE4\xF3\x08\xE5\xF4\x08\xE6\xF5\x08\xE5\xF6\x08\xE5\xF7\x08\xE5\xF8\x08"
    "\xE7\xF9\x08\xE6\xFA\x08\xE7\xFB\x08\xE5\xFC\x08\xE6\xFD\x08\xE9\xFE\x08\xE7\xFF\x08\xE4\x00\x09"
    "\xE6\x01\x09\xE4\x02\x09\xE4\x03\x09\xE9\x04\x09\xE8\x05\x09\xE4\x06\x09\xE5\x07\x09\xE5\x08\x09"
    "\xE7\x09\x09\xE6\x0A\x09\xE8\x0B\x09\xE8\x0C\x09\xE5\x0D\x09\xE5\x0E\x09\xE9\x0F\x09\xE5\x10\x09"
    "\xE7\x11\x09\xE6\x12\x09\xE9\x13\x09\xE6\x14\x09\xE9\x15\x09\xE7\x16\x09\xE5\x17\x09\xE5\x18\x09"
    "\xE7\x19\x09\xE5\x1A\x09\xE7\x1B\x09\xE9\x1C\x09\xE5\x1D\x09\xE6\x1E\x09\xE7\x1F\x09\xE8\x20\x09"
    "\xE5\x21\x09\xE8\x22\x09\xE5\x23\x09\xE5\x24\x09\xE5\x25\x09\xE6\x26\x09\xEB\x27\x09\xEC\x28\x09"
    "\xEC\x29\x09\xEA\x2A\x09\x74\x2B\x09\x74\x2C\x09\x69\x2D\x09\x61\x2E\x09\x68\x2F\x09\x65\x30\x09"
    "\x6E\x31\x09\x75\x32\x09\x76\x33\x09\x72\x34\x09\x74\x35\x09\x61\x36\x09\x69\x37\x09\x63\x38\x09"
    "\x68\x39\x09\x63\x3A\x09\x75\x3B\x09\x6F\x3C\x09\x65\x3D\x09\x72\x3E\x09\x61\x3F\x09\x61\x40\x09"
    "\x69\x41\x09\x74\x42\x09\x63\x43\x09\x6F\x44\x09\x69\x45\x09\x6D\x46\x09\x61\x47\x09\x65\x48\x09"
    "\x79\x49\x09\x6F\x4A\x09\x61\x4B\x09\x74\x4C\x09\x65\x4D\x09\x72\x4E\x09\x63\x4F\x09\x69\x50\x09"
    "\x63\x51\x09\x65\x52\x09\x72\x53\x09\x69\x54\x09\x62\x55\x09\x6F\x56\x09\x6F\x57\x09\x6F\x58\x09"
    "\x73\x59\x09\x6E\x5A\x09\x65\x5B\x09\x75\x5C\x09\x6D\x5D\x09\x6E\x5E\x09\x65\x5F\x09\x6C\x60\x09"
    "\x66\x61\x09\x61\x62\x09\x62\x63\x09\x65\x64\x09\x61\x65\x09\x72\x66\x09\x73\x67\x09\x74\x68\x09"
    "\x6C\x69\x09\x69\x6A\x09\x62\x6B\x09\x74\x6C\x09\x65\x6D\x09\x6F\x6E\x09\x6B\x6F\x09\x63\x70\x09"
    "\x6B\x71\x09\x6D\x72\x09\x61\x73\x09\x73\x74\x09\x72\x75\x09\x69\x76\x09\x73\x77\x09\x68\x78\x09"
    "\x69\x79\x09\x6F\x7A\x09\x69\x7B\x09\x65\x7C\x09\x67\x7D\x09\x64\x7E\x09\x65\x7F\x09\x68\x80\x09"
    "\x73\x81\x09\x70\x82\x09\x74\x83\x09\x64\x84\x09\x6E\x85\x09\x69\x86\x09\x72\x87\x09\x65\x88\x09"
    "\x6E\x89\x09\x74\x8A\x09\x74\x8B\x09\x76\x8C\x09\x73\x8D\x09\x65\x8E\x09\x69\x8F\x09\x69\x90\x09"
    "\x6E\x91\x09\x72\x92\x09\x6F\x93\x09\x65\x94\x09\x65\x95\x09\x6E\x96\x09\x69\x97\x09\x65\x98\x09"
    "\x70\x99\x09\x74\x9A\x09\x65\x9B\x09\x73\x9C\x09\x6D\x9D\x09\x73\x9E\x09\x63\x9F\x09\x69\xA0\x09"
    "\x6C\xA1\x09\x6F\xA2\x09\x64\xA3\x09\x63\xA4\x09\x65\xA5\x09\x6D\xA6\x09\x6E\xA7\x09\x6B\xA8\x09"
    "\x69\xA9\x09\x68\xAA\x09\x64\xAB\x09\x6D\xAC\x09\x68\xAD\x09\x73\xAE\x09\x65\xAF\x09\x65\xB0\x09"
    "\x67\xB1\x09\x61\xB2\x09\x62\xB3\x09\x75\xB4\x09\x61\xB5\x09\x75\xB6\x09\x65\xB7\x09\x6F\xB8\x09"
    "\x74\xB9\x09\x75\xBA\x09\x61\xBB\x09\x72\xBC\x09\x69\xBD\x09\x69\xBE\x09\x74\xBF\x09\x6F\xC0\x09"
    "\x73\xC1\x09\x69\xC2\x09\x6B\xC3\x09\x6E\xC4\x09\x73\xC5\x09\x69\xC6\x09\x75\xC7\x09\x72\xC8\x09"
    "\x65\xC9\x09\x6E\xCA\x09\x75\xCB\x09\x65\xCC\x09\x73\xCD\x09\x65\xCE\x09\x76\xCF\x09\x69\xD0\x09"
    "\x61\xD1\x09\x63\xD2\x09\x61\xD3\x09\x69\xD4\x09\x67\xD5\x09\x6F\xD6\x09\x74\xD7\x09\x63\xD8\x09"
    "\x6F\xD9\x09\x6F\xDA\x09\x65\xDB\x09\x69\xDC\x09\x61\xDD\x09\x6C\xDE\x09\x65\xDF\x09\x69\xE0\x09"
    "\x6F\xE1\x09\x6E\xE2\x09\x61\xE3\x09\x68\xE4\x09\x61\xE5\x09\x61\xE6\x09\x6C\xE7\x09\x63\xE8\x09"
    "\x67\xE9\x09\x6E\xEA\x09\x72\xEB\x09\x74\xEC\x09\x6E\xED\x09\x70\xEE\x09\x73\xEF\x09\x74\xF0\x09"
    "\x61\xF1\x09\x61\xF2\x09\x76\xF3\x09\x74\xF4\x09\x62\xF5\x09\x61\xF6\x09\x72\xF7\x09\x73\xF8\x09"
    "\x65\xF9\x09\x61\xFA\x09\x77\xFB\x09\x68\xFC\x09\x6C\xFD\x09\x65\xFE\x09\x69\xFF\x09\x78\x00\x0A"
    "\x62\x01\x0A\x61\x02\x0A\x65\x03\x0A\x6C\x04\x0A\x6C\x05\x0A\x6E\x06\x0A\x73\x07\x0A\x64\x08\x0A"
    "\x69\x09\x0A\x65\x0A\x0A\x6B\x0B\x0A\x68\x0C\x0A\x69\x0D\x0A\x65\x0E\x0A\x69\x0F\x0A\x6E\x10\x0A"
    "\x62\x11\x0A\x78\x12\x0A\x61\x13\x0A\x6D\x14\x0A\x64\x15\x0A\x65\x16\x0A\x61\x17\x0A\x74\x18\x0A"
    "\x74\x19\x0A\x78\x1A\x0A\x69\x1B\x0A\x6F\x1C\x0A\x65\x1D\x0A\x6F\x1E\x0A\x75\x1F\x0A\x73\x20\x0A"
    "\x65\x21\x0A\x69\x22\x0A\x67\x23\x0A\x73\x24\x0A\x73\x25\x0A\x6E\x26\x0A\x65\x27\x0A\x73\x28\x0A"
    "\x61\x29\x0A\x6F\x2A\x0A\x6C\x2B\x0A\x64\x2C\x0A\x70\x2D\x0A\x68\x2E\x0A\x79\x2F\x0A\x6C\x30\x0A"
    "\x6E\x31\x0A\x68\x32\x0A\x69\x33\x0A\x6E\x34\x0A\x65\x35\x0A\x65\x36\x0A\x70\x37\x0A\x64\x38\x0A"
    "\x69\x39\x0A\x65\x3A\x0A\x61\x3B\x0A\x75\x3C\x0A\x6F\x3D\x0A\x62\x3E\x0A\x74\x3F\x0A\x69\x40\x0A"
    "\x65\x41\x0A\x6F\x42\x0A\x6D\x43\x0A\x63\x44\x0A\x65\x45\x0A\x69\x46\x0A\x64\x47\x0A\x64\x48\x0A"
    "\x67\x49\x0A\x73\x4A\x0A\x61\x4B\x0A\x79\x4C\x0A\x65\x4D\x0A\x69\x4E\x0A\x69\x4F\x0A\x6C\x50\x0A"
    "\x61\x51\x0A\x65\x52\x0A\x65\x53\x0A\x74\x54\x0A\x64\x55\x0A\x74\x56\x0A\x6F\x57\x0A\x61\x58\x0A"
    "\x62\x59\x0A\x73\x5A\x0A\x6E\x5B\x0A\x69\x5C\x0A\x72\x5D\x0A\x6C\x5E\x0A\x72\x5F\x0A\x69\x60\x0A"
    "\x73\x61\x0A\x61\x62\x0A\x68\x63\x0A\x65\x64\x0A\x69\x65\x0A\x6E\x66\x0A\x6F\x67\x0A\x61\x68\x0A"
    "\x74\x69\x0A\x6C\x6A\x0A\x72\x6B\x0A\x72\x6C\x0A\x6F\x6D\x0A\x70\x6E\x0A\x65\x6F\x0A\x79\x70\x0A"
    "\x65\x71\x0A\x6C\x72\x0A\x68\x73\x0A\x6E\x74\x0A\x74\x75\x0A\x65\x76\x0A\x67\x77\x0A\x6F\x78\x0A"
    "\x69\x79\x0A\x72\x7A\x0A\x6F\x7B\x0A\x72\x7C\x0A\x61\x7D\x0A\x69\x7E\x0A\x6F\x7F\x0A\x72\x80\x0A"
    "\x65\x81\x0A\x6C\x82\x0A\x6E\x83\x0A\x6F\x84\x0A\x65\x85\x0A\x65\x86\x0A\x65\x87\x0A\x61\x88\x0A"
    "\x6C\x89\x0A\x73\x8A\x0A\x73\x8B\x0A\x69\x8C\x0A\x73\x8D\x0A\x74\x8E\x0A\x79\x8F\x0A\x74\x90\x0A"
    "\x6F\x91\x0A\x65\x92\x0A\x79\x93\x0A\x6E\x94\x0A\x6C\x95\x0A\x73\x96\x0A\x65\x97\x0A\x73\x98\x0A"
    "\x6F\x99\x0A\x65\x9A\x0A\x6F\x9B\x0A\x69\x9C\x0A\x62\x9D\x0A\x6E\x9E\x0A\x72\x9F\x0A\x73\xA0\x0A"
    "\x69\xA1\x0A\x6F\xA2\x0A\x75\xA3\x0A\x67\xA4\x0A\x6F\xA5\x0A\x65\xA6\x0A\x69\xA7\x0A\x68\xA8\x0A"
    "\x72\xA9\x0A\x65\xAA\x0A\x6E\xAB\x0A\x6E\xAC\x0A\x61\xAD\x0A\x6F\xAE\x0A\x72\xAF\x0A\x6B\xB0\x0A"
    "\x69\xB1\x0A\x69\xB2\x0A\x6F\xB3\x0A\x75\xB4\x0A\x6C\xB5\x0A\x73\xB6\x0A\x79\xB7\x0A\x74\xB8\x0A"
    "\x62\xB9\x0A\x72\xBA\x0A\x6F\xBB\x0A\x67\xBC\x0A\x6F\xBD\x0A\x72\xBE\x0A\x65\xBF\x0A\x73\xC0\x0A"
    "\x75\xC1\x0A\x61\xC2\x0A\x65\xC3\x0A\x78\xC4\x0A\x79\xC5\x0A\x6F\xC6\x0A\x72\xC7\x0A\x61\xC8\x0A"
    "\x6C\xC9\x0A\x6F\xCA\x0A\x74\xCB\x0A\x6F\xCC\x0A\x64\xCD\x0A\x73\xCE\x0A\x6E\xCF\x0A\x61\xD0\x0A"
    "\x61\xD1\x0A\x61\xD2\x0A\x68\xD3\x0A\x6F\xD4\x0A\x75\xD5\x0A\x76\xD6\x0A\x72\xD7\x0A\x63\xD8\x0A"
    "\x61\xD9\x0A\x61\xDA\x0A\x61\xDB\x0A\x61\xDC\x0A\x6E\xDD\x0A\x6E\xDE\x0A\x75\xDF\x0A\x6C\xE0\x0A"
    "\x67\xE1\x0A\x6E\xE2\x0A\x6E\xE3\x0A\x69\xE4\x0A\x61\xE5\x0A\x6B\xE6\x0A\x65\xE7\x0A\x73\xE8\x0A"
    "\x72\xE9\x0A\x73\xEA\x0A\x6E\xEB\x0A\x73\xEC\x0A\x79\xED\x0A\x61\xEE\x0A\x65\xEF\x0A\x6D\xF0\x0A"
    "\x69\xF1\x0A\x65\xF2\x0A\x6F\xF3\x0A\x69\xF4\x0A\x65\xF5\x0A\x65\xF6\x0A\x75\xF7\x0A\x65\xF8\x0A"
    "\x61\xF9\x0A\x65\xFA\x0A\x73\xFB\x0A\x62\xFC\x0A\x72\xFD\x0A\x74\xFE\x0A\x65\xFF\x0A\x69\x00\x0B"
    "\x73\x01\x0B\x65\x02\x0B\x75\x03\x0B\x72\x04\x0B\x6F\x05\x0B\x65\x06\x0B\x65\x07\x0B\x65\x08\x0B"
    "\x65\x09\x0B\x74\x0A\x0B\x6E\x0B\x0B\x6F\x0C\x0B\x65\x0D\x0B\x74\x0E\x0B\x70\x0F\x0B\x74\x10\x0B"
    "\x6D\x11\x0B\x62\x12\x0B\x65\x13\x0B\x61\x14\x0B\x61\x15\x0B\x69\x16\x0B\x72\x17\x0B\x62\x18\x0B"
    "\x61\x19\x0B\x65\x1A\x0B\x6F\x1B\x0B\x61\x1C\x0B\x68\x1D\x0B\x74\x1E\x0B\x65\x1F\x0B\x73\x20\x0B"
    "\x6F\x21\x0B\x72\x22\x0B\x79\x23\x0B\x79\x24\x0B\x6C\x25\x0B\x74\x26\x0B\x72\x27\x0B\x6E\x28\x0B"
    "\x63\x29\x0B\x75\x2A\x0B\x76\x2B\x0B\x66\x2C\x0B\x65\x2D\x0B\x69\x2E\x0B\x6C\x2F\x0B\x6F\x30\x0B"
    "\x6C\x31\x0B\x61\x32\x0B\x6E\x33\x0B\x68\x34\x0B\x63\x35\x0B\x72\x36\x0B\x63\x37\x0B\x72\x38\x0B"
    "\x69\x39\x0B\x6E\x3A\x0B\x67\x3B\x0B\x70\x3C\x0B\x6C\x3D\x0B\x73\x3E\x0B\x73\x3F\x0B\x70\x40\x0B"
    "\x6A\x41\x0B\x74\x42\x0B\x72\x43\x0B\x6C\x44\x0B\x65\x45\x0B\x67\x46\x0B\x74\x47\x0B\x65\x48\x0B"
    "\x65\x49\x0B\x61\x4A\x0B\x62\x4B\x0B\x77\x4C\x0B\x72\x4D\x0B\x74\x4E\x0B\x65\x4F\x0B\x67\x50\x0B"
    "\x74\x51\x0B\x61\x52\x0B\x61\x53\x0B\x6C\x54\x0B\x68\x55\x0B\x65\x56\x0B\x6F\x57\x0B\x72\x58\x0B"
    "\x6B\x59\x0B\x61\x5A\x0B\x65\x5B\x0B\x61\x5C\x0B\x69\x5D\x0B\x79\x5E\x0B\x65\x5F\x0B\x73\x60\x0B"
    "\x6C\x61\x0B\x6F\x62\x0B\x65\x63\x0B\x6B\x64\x0B\x63\x65\x0B\x74\x66\x0B\x73\x67\x0B\x65\x68\x0B"
    "\x6E\x69\x0B\x65\x6A\x0B\x65\x6B\x0B\x61\x6C\x0B\x65\x6D\x0B\x6D\x6E\x0B\x72\x6F\x0B\x6F\x70\x0B"
    "\x6E\x71\x0B\x63\x72\x0B\x66\x73\x0B\x73\x74\x0B\x69\x75\x0B\x74\x76\x0B\x65\x77\x0B\x64\x78\x0B"
    "\x61\x79\x0B\x73\x7A\x0B\x6C\x7B\x0B\x78\x7C\x0B\x78\x7D\x0B\x6C\x7E\x0B\x79\x7F\x0B\x6F\x80\x0B"
    "\x73\x81\x0B\x79\x82\x0B\x69\x83\x0B\x6C\x84\x0B\x73\x85\x0B\x74\x86\x0B\x65\x87\x0B\x69\x88\x0B"
    "\x6E\x89\x0B\x65\x8A\x0B\x74\x8B\x0B\x73\x8C\x0B\x75\x8D\x0B\x6B\x8E\x0B\x6E\x8F\x0B\x6F\x90\x0B"
    "\x65\x91\x0B\x74\x92\x0B\x75\x93\x0B\x73\x94\x0B\x75\x95\x0B\x73\x96\x0B\xC3\x97\x0B\x69\x98\x0B"
    "\x65\x99\x0B\x6F\x9A\x0B\x6E\x9B\x0B\x61\x9C\x0B\x69\x9D\x0B\x6F\x9E\x0B\x61\x9F\x0B\x6E\xA0\x0B"
    "\x61\xA1\x0B\x73\xA2\x0B\x6F\xA3\x0B\x6E\xA4\x0B\x67\xA5\x0B\x6F\xA6\x0B\x73\xA7\x0B\x61\xA8\x0B"
    "\x65\xA9\x0B\x67\xAA\x0B\x61\xAB\x0B\x68\xAC\x0B\x68\xAD\x0B\x61\xAE\x0B\x72\xAF\x0B\x69\xB0\x0B"
    "\x69\xB1\x0B\x6F\xB2\x0B\x77\xB3\x0B\x69\xB4\x0B\x6F\xB5\x0B\x65\xB6\x0B\x65\xB7\x0B\x73\xB8\x0B"
    "\x73\xB9\x0B\x64\xBA\x0B\x78\xBB\x0B\x69\xBC\x0B\x61\xBD\x0B\x69\xBE\x0B\x74\xBF\x0B\x6F\xC0\x0B"
    "\x78\xC1\x0B\x65\xC2\x0B\x62\xC3\x0B\x68\xC4\x0B\x75\xC5\x0B\x6F\xC6\x0B\x6F\xC7\x0B\x69\xC8\x0B"
    "\xD0\xC9\x0B\xD0\xCA\x0B\xD0\xCB\x0B\xD0\xCC\x0B\xD0\xCD\x0B\xD0\xCE\x0B\xD0\xCF\x0B\xD0\xD0\x0B"
    "\xD0\xD1\x0B\xD0\xD2\x0B\xD0\xD3\x0B\xD0\xD4\x0B\xD0\xD5\x0B\xD5\xD6\x0B\xD7\xD7\x0B\xD9\xD8\x0B"
    "\xD8\xD9\x0B\xD8\xDA\x0B\xD8\xDB\x0B\xD9\xDC\x0B\xD8\xDD\x0B\xD8\xDE\x0B\xD8\xDF\x0B\xD8\xE0\x0B"
    "\xD8\xE1\x0B\xD9\xE2\x0B\xD8\xE3\x0B\xD9\xE4\x0B\xD8\xE5\x0B\xD8\xE6\x0B\xD8\xE7\x0B\xD8\xE8\x0B"
    "\xD8\xE9\x0B\xD9\xEA\x0B\xD8\xEB\x0B\xD9\xEC\x0B\xD8\xED\x0B\xD9\xEE\x0B\xD8\xEF\x0B\xDA\xF0\x0B"
    "\xD8\xF1\x0B\xA5\xF2\x0B\xA5\xF3\x0B\xA4\xF4\x0B\xA4\xF5\x0B\xA6\xF6\x0B\xA6\xF7\x0B\xA8\xF8\x0B"
    "\xAA\xF9\x0B\xAC\xFA\x0B\xAE\xFB\x0B\xAE\xFC\x0B\xB0\xFD\x0B\xB2\xFE\x0B\xB4\xFF\x0B\xB6\x00\x0C"
    "\xB8\x01\x0C\xB8\x02\x0C\xBA\x03\x0C\xB2\x04\x0C\x82\x05\x0C\x83\x06\x0C\x83\x07\x0C\x83\x08\x0C"
    "\x83\x09\x0C\x83\x0A\x0C\x82\x0B\x0C\x82\x0C\x0C\x95\x0D\x0C\xBF\x0E\x0C\x9B\x0F\x0C\x9C\x10\x0C"
    "\x96\x11\x0C\xB8\x12\x0C\xB1\x13\x0C\x81\x14\x0C\xBA\x15\x0C\x8D\x16\x0C\x8F\x17\x0C\x9B\x18\x0C"
    "\xB9\x19\x0C\x81\x1A\x0C\x9F\x1B\x0C\xBA\x1C\x0C\xA0\x1D\x0C\x87\x1E\x0C\xBA\x1F\x0C\xBC\x20\x0C"
    "\x8B\x21\x0C\xB8\x22\x0C\xB9\x23\x0C\x9B\x24\x0C\xA1\x25\x0C\xB8\x26\x0C\x8D\x27\x0C\x96\x28\x0C"
    "\x88\x29\x0C\x9C\x2A\x0C\xA1\x2B\x0C\x81\x2C\x0C\x8A\x2D\x0C\xBA\x2E\x0C\x8A\x2F\x0C\x97\x30\x0C"
    "\xB0\x31\x0C\xB1\x32\x0C\x9E\x33\x0C\xA9\x34\x0C\x88\x35\x0C\x96\x36\x0C\x9C\x37\x0C\xAE\x38\x0C"
    "\x8A\x39\x0C\xBB\x3A\x0C\x9D\x3B\x0C\xBA\x3C\x0C\xAB\x3D\x0C\xBB\x3E\x0C\x80\x3F\x0C\x9F\x40\x0C"
    "\xAD\x41\x0C\x89\x42\x0C\xB2\x43\x0C\x9B\x44\x0C\xA8\x45\x0C\x88\x46\x0C\x93\x47\x0C\x8E\x48\x0C"
    "\xA0\x49\x0C\xB8\x4A\x0C\x84\x4B\x0C\xBB\x4C\x0C\x84\x4D\x0C\xB5\x4E\x0C\x68\x4F\x0C\x74\x50\x0C"
    "\x65\x51\x0C\x64\x52\x0C\x61\x53\x0C\x6D\x54\x0C\x74\x55\x0C\x6E\x56\x0C\x65\x57\x0C\x6C\x58\x0C"
    "\x61\x59\x0C\x61\x5A\x0C\x79\x5B\x0C\x73\x5C\x0C\x72\x5D\x0C\x6C\x5E\x0C\x6F\x5F\x0C\x62\x60\x0C"
    "\x79\x61\x0C\x6E\x62\x0C\x61\x63\x0C\x65\x64\x0C\x6D\x65\x0C\x63\x66\x0C\x72\x67\x0C\x74\x68\x0C"
    "\x69\x69\x0C\x6E\x6A\x0C\x6D\x6B\x0C\x65\x6C\x0C\x6F\x6D\x0C\x69\x6E\x0C\x74\x6F\x0C\x6E\x70\x0C"
    "\x6F\x71\x0C\x6C\x72\x0C\x73\x73\x0C\x72\x74\x0C\x63\x75\x0C\x65\x76\x0C\x61\x77\x0C\x6C\x78\x0C"
    "\x61\x79\x0C\x6F\x7A\x0C\x69\x7B\x0C\x61\x7C\x0C\x74\x7D\x0C\x75\x7E\x0C\x6E\x7F\x0C\x79\x80\x0C"
    "\x65\x81\x0C\x6E\x82\x0C\x75\x83\x0C\x69\x84\x0C\x66\x85\x0C\x6F\x86\x0C\x62\x87\x0C\x62\x88\x0C"
    "\x72\x89\x0C\x69\x8A\x0C\x6E\x8B\x0C\x6B\x8C\x0C\x6E\x8D\x0C\x71\x8E\x0C\x73\x8F\x0C\x65\x90\x0C"
    "\x77\x91\x0C\x72\x92\x0C\x65\x93\x0C\x65\x94\x0C\x65\x95\x0C\x74\x96\x0C\x65\x97\x0C\x65\x98\x0C"
    "\x6E\x99\x0C\x61\x9A\x0C\x72\x9B\x0C\x6F\x9C\x0C\x61\x9D\x0C\x61\x9E\x0C\x72\x9F\x0C\x65\xA0\x0C"
    "\x68\xA1\x0C\x6F\xA2\x0C\x69\xA3\x0C\x6C\xA4\x0C\x72\xA5\x0C\x6C\xA6\x0C\x65\xA7\x0C\x74\xA8\x0C"
    "\x61\xA9\x0C\x74\xAA\x0C\x65\xAB\x0C\x6C\xAC\x0C\x68\xAD\x0C\x61\xAE\x0C\x65\xAF\x0C\x65\xB0\x0C"
    "\x61\xB1\x0C\x73\xB2\x0C\x69\xB3\x0C\x63\xB4\x0C\x71\xB5\x0C\x69\xB6\x0C\x65\xB7\x0C\x65\xB8\x0C"
    "\x67\xB9\x0C\x6E\xBA\x0C\x73\xBB\x0C\x61\xBC\x0C\x6E\xBD\x0C\x6E\xBE\x0C\x72\xBF\x0C\x74\xC0\x0C"
    "\x63\xC1\x0C\x73\xC2\x0C\x72\xC3\x0C\x6C\xC4\x0C\x63\xC5\x0C\x61\xC6\x0C\x6E\xC7\x0C\x63\xC8\x0C"
    "\x72\xC9\x0C\x6E\xCA\x0C\x65\xCB\x0C\x74\xCC\x0C\x65\xCD\x0C\x65\xCE\x0C\x6E\xCF\x0C\x67\xD0\x0C"
    "\x6E\xD1\x0C\x72\xD2\x0C\x65\xD3\x0C\x65\xD4\x0C\x74\xD5\x0C\x72\xD6\x0C\x6C\xD7\x0C\x73\xD8\x0C"
    "\x6E\xD9\x0C\x6E\xDA\x0C\x61\xDB\x0C\x74\xDC\x0C\x75\xDD\x0C\x76\xDE\x0C\x72\xDF\x0C\x6E\xE0\x0C"
    "\x6E\xE1\x0C\x6F\xE2\x0C\x70\xE3\x0C\x74\xE4\x0C\x6E\xE5\x0C\x74\xE6\x0C\x6B\xE7\x0C\x79\xE8\x0C"
    "\x65\xE9\x0C\x70\xEA\x0C\x6D\xEB\x0C\x73\xEC\x0C\x65\xED\x0C\x6E\xEE\x0C\x6C\xEF\x0C\x69\xF0\x0C"
    "\x73\xF1\x0C\x61\xF2\x0C\x6E\xF3\x0C\x74\xF4\x0C\x65\xF5\x0C\x73\xF6\x0C\x73\xF7\x0C\x69\xF8\x0C"
    "\x79\xF9\x0C\x72\xFA\x0C\x6F\xFB\x0C\x61\xFC\x0C\x72\xFD\x0C\x72\xFE\x0C\x69\xFF\x0C\x63\x00\x0D"
    "\x74\x01\x0D\x61\x02\x0D\x6E\x03\x0D\x73\x04\x0D\x72\x05\x0D\x74\x06\x0D\x73\x07\x0D\x72\x08\x0D"
    "\x64\x09\x0D\x65\x0A\x0D\x61\x0B\x0D\x6C\x0C\x0D\x61\x0D\x0D\x6E\x0E\x0D\x6E\x0F\x0D\x64\x10\x0D"
    "\x69\x11\x0D\x73\x12\x0D\x65\x13\x0D\x74\x14\x0D\x6C\x15\x0D\x72\x16\x0D\x70\x17\x0D\x6E\x18\x0D"
    "\x6E\x19\x0D\x65\x1A\x0D\x67\x1B\x0D\x6C\x1C\x0D\x64\x1D\x0D\x6F\x1E\x0D\x61\x1F\x0D\x65\x20\x0D"
    "\x65\x21\x0D\x67\x22\x0D\x69\x23\x0D\x73\x24\x0D\x72\x25\x0D\x69\x26\x0D\x72\x27\x0D\x72\x28\x0D"
    "\x75\x29\x0D\x61\x2A\x0D\x68\x2B\x0D\x6E\x2C\x0D\x73\x2D\x0D\x70\x2E\x0D\x69\x2F\x0D\x68\x30\x0D"
    "\x79\x31\x0D\x6E\x32\x0D\x61\x33\x0D\x65\x34\x0D\x6F\x35\x0D\x65\x36\x0D\x77\x37\x0D\x74\x38\x0D"
    "\x6E\x39\x0D\x65\x3A\x0D\x73\x3B\x0D\x69\x3C\x0D\x73\x3D\x0D\x61\x3E\x0D\x74\x3F\x0D\x69\x40\x0D"
    "\x74\x41\x0D\x69\x42\x0D\x74\x43\x0D\x61\x44\x0D\x65\x45\x0D\x6E\x46\x0D\x74\x47\x0D\x74\x48\x0D"
    "\x6E\x49\x0D\x63\x4A\x0D\x6C\x4B\x0D\x62\x4C\x0D\x72\x4D\x0D\x72\x4E\x0D\x67\x4F\x0D\x67\x50\x0D"
    "\x73\x51\x0D\x65\x52\x0D\x6E\x53\x0D\x68\x54\x0D\x6C\x55\x0D\x70\x56\x0D\x72\x57\x0D\x65\x58\x0D"
    "\x65\x59\x0D\x73\x5A\x0D\x72\x5B\x0D\x72\x5C\x0D\x78\x5D\x0D\x6F\x5E\x0D\x72\x5F\x0D\x73\x60\x0D"
    "\x61\x61\x0D\x6D\x62\x0D\x6F\x63\x0D\x73\x64\x0D\x6C\x65\x0D\x6F\x66\x0D\x62\x67\x0D\x72\x68\x0D"
    "\x72\x69\x0D\x6B\x6A\x0D\x6F\x6B\x0D\x6E\x6C\x0D\x74\x6D\x0D\x69\x6E\x0D\x65\x6F\x0D\x6C\x70\x0D"
    "\x67\x71\x0D\x72\x72\x0D\x6E\x73\x0D\x6E\x74\x0D\x65\x75\x0D\x79\x76\x0D\x64\x77\x0D\x6E\x78\x0D"
    "\x70\x79\x0D\x65\x7A\x0D\x74\x7B\x0D\x6F\x7C\x0D\x61\x7D\x0D\x61\x7E\x0D\x6C\x7F\x0D\x61\x80\x0D"
    "\x73\x81\x0D\x75\x82\x0D\x69\x83\x0D\x6D\x84\x0D\x66\x85\x0D\x73\x86\x0D\x62\x87\x0D\x65\x88\x0D"
    "\x79\x89\x0D\x68\x8A\x0D\x65\x8B\x0D\x6C\x8C\x0D\x6E\x8D\x0D\x61\x8E\x0D\x77\x8F\x0D\x63\x90\x0D"
    "\x74\x91\x0D\x6D\x92\x0D\x6C\x93\x0D\x6C\x94\x0D\x61\x95\x0D\x6E\x96\x0D\x61\x97\x0D\x6E\x98\x0D"
    "\x69\x99\x0D\x72\x9A\x0D\x61\x9B\x0D\x6C\x9C\x0D\x69\x9D\x0D\x6E\x9E\x0D\x79\x9F\x0D\x77\xA0\x0D"
    "\x6E\xA1\x0D\x7A\xA2\x0D\x76\xA3\x0D\x65\xA4\x0D\x77\xA5\x0D\x6E\xA6\x0D\x76\xA7\x0D\x65\xA8\x0D"
    "\x72\xA9\x0D\x65\xAA\x0D\x65\xAB\x0D\x69\xAC\x0D\x74\xAD\x0D\x6E\xAE\x0D\x61\xAF\x0D\x72\xB0\x0D"
    "\x6F\xB1\x0D\x61\xB2\x0D\x65\xB3\x0D\x67\xB4\x0D\x72\xB5\x0D\x61\xB6\x0D\x70\xB7\x0D\x67\xB8\x0D"
    "\x73\xB9\x0D\x6F\xBA\x0D\x74\xBB\x0D\x74\xBC\x0D\x72\xBD\x0D\x65\xBE\x0D\x74\xBF\x0D\x69\xC0\x0D"
    "\x69\xC1\x0D\x72\xC2\x0D\x63\xC3\x0D\x65\xC4\x0D\x72\xC5\x0D\x63\xC6\x0D\x6E\xC7\x0D\x63\xC8\x0D"
    "\x67\xC9\x0D\x73\xCA\x0D\x6F\xCB\x0D\x79\xCC\x0D\x65\xCD\x0D\x6F\xCE\x0D\x62\xCF\x0D\x6E\xD0\x0D"
    "\x6E\xD1\x0D\x6C\xD2\x0D\x72\xD3\x0D\x74\xD4\x0D\x6C\xD5\x0D\x75\xD6\x0D\x77\xD7\x0D\x74\xD8\x0D"
    "\x72\xD9\x0D\x61\xDA\x0D\x72\xDB\x0D\x73\xDC\x0D\x75\xDD\x0D\x61\xDE\x0D\x79\xDF\x0D\x61\xE0\x0D"
    "\x6C\xE1\x0D\x6E\xE2\x0D\x69\xE3\x0D\x69\xE4\x0D\x66\xE5\x0D\x64\xE6\x0D\x61\xE7\x0D\x6C\xE8\x0D"
    "\x65\xE9\x0D\x72\xEA\x0D\x63\xEB\x0D\x6E\xEC\x0D\x68\xED\x0D\x65\xEE\x0D\x69\xEF\x0D\x74\xF0\x0D"
    "\x63\xF1\x0D\x72\xF2\x0D\x68\xF3\x0D\x69\xF4\x0D\x69\xF5\x0D\x69\xF6\x0D\x61\xF7\x0D\x65\xF8\x0D"
    "\x72\xF9\x0D\x6C\xFA\x0D\x61\xFB\x0D\x61\xFC\x0D\x69\xFD\x0D\x65\xFE\x0D\x64\xFF\x0D\x65\x00\x0E"
    "\x75\x01\x0E\x62\x02\x0E\x66\x03\x0E\x69\x04\x0E\x6F\x05\x0E\x68\x06\x0E\x67\x07\x0E\x6D\x08\x0E"
    "\x6F\x09\x0E\x69\x0A\x0E\x79\x0B\x0E\x72\x0C\x0E\x72\x0D\x0E\x69\x0E\x0E\x68\x0F\x0E\x63\x10\x0E"
    "\x79\x11\x0E\x74\x12\x0E\x6D\x13\x0E\x69\x14\x0E\x6F\x15\x0E\x74\x16\x0E\x6F\x17\x0E\x6F\x18\x0E"
    "\x6F\x19\x0E\x69\x1A\x0E\x6F\x1B\x0E\x65\x1C\x0E\x73\x1D\x0E\x65\x1E\x0E\x72\x1F\x0E\x74\x20\x0E"
    "\x61\x21\x0E\x6E\x22\x0E\x78\x23\x0E\x78\x24\x0E\x62\x25\x0E\x61\x26\x0E\x6E\x27\x0E\x69\x28\x0E"
    "\x6C\x29\x0E\x65\x2A\x0E\x6D\x2B\x0E\x72\x2C\x0E\x69\x2D\x0E\x61\x2E\x0E\x72\x2F\x0E\x69\x30\x0E"
    "\x96\x31\x0E\x63\x32\x0E\x73\x33\x0E\x67\x34\x0E\x73\x35\x0E\x6E\x36\x0E\x6E\x37\x0E\x70\x38\x0E"
    "\x64\x39\x0E\x77\x3A\x0E\x67\x3B\x0E\x65\x3C\x0E\x73\x3D\x0E\x72\x3E\x0E\x72\x3F\x0E\x6F\x40\x0E"
    "\x6E\x41\x0E\x65\x42\x0E\x65\x43\x0E\x6D\x44\x0E\x74\x45\x0E\x6E\x46\x0E\x68\x47\x0E\x61\x48\x0E"
    "\x77\x49\x0E\x72\x4A\x0E\x72\x4B\x0E\x69\x4C\x0E\x74\x4D\x0E\x6E\x4E\x0E\x61\x4F\x0E\x73\x50\x0E"
    "\x75\x51\x0E\x78\x52\x0E\x61\x53\x0E\x61\x54\x0E\x62\x55\x0E\x73\x56\x0E\x63\x57\x0E\x9B\x58\x0E"
    "\xA2\x59\x0E\xA2\x5A\x0E\x9C\x5B\x0E\x94\x5C\x0E\x9D\x5D\x0E\xA1\x5E\x0E\x9B\x5F\x0E\x93\x60\x0E"
    "\xA1\x61\x0E\x99\x62\x0E\x91\x63\x0E\xA0\x64\x0E\x97\x65\x0E\x85\x66\x0E\x9D\x67\x0E\x88\x68\x0E"
    "\xB5\x69\x0E\xA7\x6A\x0E\xA7\x6B\x0E\xA8\x6C\x0E\xAC\x6D\x0E\xB3\x6E\x0E\xB9\x6F\x0E\x85\x70\x0E"
    "\xA7\x71\x0E\xB1\x72\x0E\xB1\x73\x0E\xB2\x74\x0E\xAA\x75\x0E\xA7\x76\x0E\x86\x77\x0E\xAF\x78\x0E"
    "\xB1\x79\x0E\x83\x7A\x0E\xA7\x7B\x0E\xA8\x7C\x0E\xA7\x7D\x0E\xB3\x7E\x0E\xB1\x7F\x0E\xAB\x80\x0E"
    "\x85\x81\x0E\xB1\x82\x0E\x8A\x83\x0E\xA8\x84\x0E\xB1\x85\x0E\x82\x86\x0E\xB1\x87\x0E\xA9\x88\x0E"
    "\xB1\x89\x0E\x89\x8A\x0E\x87\x8B\x0E\xBE\x8C\x0E\x82\x8D\x0E\xBE\x8E\x0E\xBE\x8F\x0E\xBE\x90\x0E"
    "\xBE\x91\x0E\xBE\x92\x0E\xA8\x93\x0E\xB2\x94\x0E\xBF\x95\x0E\xBE\x96\x0E\xBE\x97\x0E\xBE\x98\x0E"
    "\x82\x99\x0E\xAD\x9A\x0E\x97\x9B\x0E\xB2\x9C\x0E\x94\x9D\x0E\x93\x9E\x0E\xA9\x9F\x0E\xBC\xA0\x0E"
    "\xA0\xA1\x0E\x88\xA2\x0E\xBC\xA3\x0E\xA1\xA4\x0E\xA4\xA5\x0E\x8C\xA6\x0E\xA1\xA7\x0E\xBD\xA8\x0E"
    "\x8B\xA9\x0E\x87\xAA\x0E\x9A\xAB\x0E\xB1\xAC\x0E\xAF\xAD\x0E\xB7\xAE\x0E\xA6\xAF\x0E\xB8\xB0\x0E"
    "\x8A\xB1\x0E\xBE\xB2\x0E\xA3\xB3\x0E\x8E\xB4\x0E\x97\xB5\x0E\x87\xB6\x0E\x8C\xB7\x0E\xBF\xB8\x0E"
    "\x97\xB9\x0E\xBF\xBA\x0E\xBB\xBB\x0E\x90\xBC\x0E\xBB\xBD\x0E\x8C\xBE\x0E\x9C\xBF\x0E\x9A\xC0\x0E"
    "\x84\xC1\x0E\xB1\xC2\x0E\xBA\xC3\x0E\xA8\xC4\x0E\x98\xC5\x0E\xA1\xC6\x0E\x9C\xC7\x0E\xA0\xC8\x0E"
    "\xBB\xC9\x0E\x9A\xCA\x0E\x8D\xCB\x0E\x84\xCC\x0E\xAC\xCD\x0E\x8F\xCE\x0E\x80\xCF\x0E\x8B\xD0\x0E"
    "\x9D\xD1\x0E\xA8\xD2\x0E\x87\xD3\x0E\x80\xD4\x0E\x97\xD5\x0E\x99\xD6\x0E\x9C\xD7\x0E\x9A\xD8\x0E"
    "\xBA\xD9\x0E\x8C\xDA\x0E\xA9\xDB\x0E\xA9\xDC\x0E\xA2\xDD\x0E\x8A\xDE\x0E\xA9\xDF\x0E\x81\xE0\x0E"
    "\x85\xE1\x0E\xBC\xE2\x0E\xAF\xE3\x0E\xB7\xE4\x0E\xB4\xE5\x0E\xB1\xE6\x0E\xAD\xE7\x0E\x6F\xE8\x0E"
    "\x62\xE9\x0E\x79\xEA\x0E\x75\xEB\x0E\x74\xEC\x0E\x79\xED\x0E\x6E\xEE\x0E\x63\xEF\x0E\x6D\xF0\x0E"
    "\x61\xF1\x0E\x61\xF2\x0E\x74\xF3\x0E\x61\xF4\x0E\x64\xF5\x0E\x69\xF6\x0E\x64\xF7\x0E\x65\xF8\x0E"
    "\x6C\xF9\x0E\x61\xFA\x0E\x61\xFB\x0E\x65\xFC\x0E\x6E\xFD\x0E\x65\xFE\x0E\x74\xFF\x0E\x61\x00\x0F"
    "\x78\x01\x0F\x72\x02\x0F\x6F\x03\x0F\x79\x04\x0F\x6F\x05\x0F\x6E\x06\x0F\x6C\x07\x0F\x62\x08\x0F"
    "\x73\x09\x0F\x79\x0A\x0F\x79\x0B\x0F\x72\x0C\x0F\x75\x0D\x0F\x65\x0E\x0F\x69\x0F\x0F\x6E\x10\x0F"
    "\x67\x11\x0F\x75\x12\x0F\x63\x13\x0F\x73\x14\x0F\x61\x15\x0F\x72\x16\x0F\x6C\x17\x0F\x73\x18\x0F"
    "\x69\x19\x0F\x72\x1A\x0F\x73\x1B\x0F\x6B\x1C\x0F\x72\x1D\x0F\x77\x1E\x0F\x6C\x1F\x0F\x6E\x20\x0F"
    "\x73\x21\x0F\x72\x22\x0F\x6E\x23\x0F\x69\x24\x0F\x6C\x25\x0F\x79\x26\x0F\x69\x27\x0F\x6D\x28\x0F"
    "\x65\x29\x0F\x6E\x2A\x0F\x6C\x2B\x0F\x74\x2C\x0F\x6E\x2D\x0F\x75\x2E\x0F\x6E\x2F\x0F\x64\x30\x0F"
    "\x65\x31\x0F\x65\x32\x0F\x74\x33\x0F\x6E\x34\x0F\x69\x35\x0F\x79\x36\x0F\x65\x37\x0F\x65\x38\x0F"
    "\x75\x39\x0F\x74\x3A\x0F\x74\x3B\x0F\x63\x3C\x0F\x67\x3D\x0F\x61\x3E\x0F\x79\x3F\x0F\x73\x40\x0F"
    "\x73\x41\x0F\x63\x42\x0F\x75\x43\x0F\x74\x44\x0F\x73\x45\x0F\x65\x46\x0F\x72\x47\x0F\x74\x48\x0F"
    "\x61\x49\x0F\x74\x4A\x0F\x64\x4B\x0F\x6C\x4C\x0F\x6F\x4D\x0F\x6E\x4E\x0F\x65\x4F\x0F\x73\x50\x0F"
    "\x61\x51\x0F\x69\x52\x0F\x65\x53\x0F\x72\x54\x0F\x65\x55\x0F\x6F\x56\x0F\x63\x57\x0F\x61\x58\x0F"
    "\x73\x59\x0F\x6E\x5A\x0F\x67\x5B\x0F\x64\x5C\x0F\x73\x5D\x0F\x70\x5E\x0F\x6E\x5F\x0F\x73\x60\x0F"
    "\x6E\x61\x0F\x63\x62\x0F\x69\x63\x0F\x6F\x64\x0F\x74\x65\x0F\x65\x66\x0F\x69\x67\x0F\x6F\x68\x0F"
    "\x6C\x69\x0F\x67\x6A\x0F\x73\x6B\x0F\x73\x6C\x0F\x74\x6D\x0F\x73\x6E\x0F\x74\x6F\x0F\x74\x70\x0F"
    "\x6C\x71\x0F\x65\x72\x0F\x74\x73\x0F\x69\x74\x0F\x73\x75\x0F\x6F\x76\x0F\x65\x77\x0F\x75\x78\x0F"
    "\x72\x79\x0F\x75\x7A\x0F\x79\x7B\x0F\x67\x7C\x0F\x79\x7D\x0F\x69\x7E\x0F\x6E\x7F\x0F\x61\x80\x0F"
    "\x65\x81\x0F\x63\x82\x0F\x79\x83\x0F\x61\x84\x0F\x73\x85\x0F\x67\x86\x0F\x74\x87\x0F\x6E\x88\x0F"
    "\x63\x89\x0F\x6B\x8A\x0F\x74\x8B\x0F\x69\x8C\x0F\x67\x8D\x0F\x79\x8E\x0F\x70\x8F\x0F\x6F\x90\x0F"
    "\x6E\x91\x0F\x65\x92\x0F\x61\x93\x0F\x67\x94\x0F\x73\x95\x0F\x6C\x96\x0F\x69\x97\x0F\x6C\x98\x0F"
    "\x72\x99\x0F\x74\x9A\x0F\x75\x9B\x0F\x6E\x9C\x0F\x61\x9D\x0F\x6D\x9E\x0F\x67\x9F\x0F\x74\xA0\x0F"
    "\x69\xA1\x0F\x75\xA2\x0F\x79\xA3\x0F\x61\xA4\x0F\x72\xA5\x0F\x6F\xA6\x0F\x6F\xA7\x0F\x72\xA8\x0F"
    "\x6E\xA9\x0F\x75\xAA\x0F\x6F\xAB\x0F\x61\xAC\x0F\x6B\xAD\x0F\x67\xAE\x0F\x74\xAF\x0F\x65\xB0\x0F"
    "\x76\xB1\x0F\x73\xB2\x0F\x65\xB3\x0F\x65\xB4\x0F\x63\xB5\x0F\x6E\xB6\x0F\x73\xB7\x0F\x79\xB8\x0F"
    "\x6E\xB9\x0F\x64\xBA\x0F\x6E\xBB\x0F\x61\xBC\x0F\x63\xBD\x0F\x6D\xBE\x0F\x69\xBF\x0F\x73\xC0\x0F"
    "\x74\xC1\x0F\x6C\xC2\x0F\x74\xC3\x0F\x6C\xC4\x0F\x65\xC5\x0F\x72\xC6\x0F\x61\xC7\x0F\x73\xC8\x0F"
    "\x65\xC9\x0F\x6F\xCA\x0F\x69\xCB\x0F\x72\xCC\x0F\x61\xCD\x0F\x67\xCE\x0F\x79\xCF\x0F\x61\xD0\x0F"
    "\x6C\xD1\x0F\x77\xD2\x0F\x6B\xD3\x0F\x78\xD4\x0F\x6B\xD5\x0F\x72\xD6\x0F\x6C\xD7\x0F\x72\xD8\x0F"
    "\x65\xD9\x0F\x65\xDA\x0F\x61\xDB\x0F\x67\xDC\x0F\x79\xDD\x0F\x73\xDE\x0F\x63\xDF\x0F\x65\xE0\x0F"
    "\x73\xE1\x0F\x65\xE2\x0F\x6E\xE3\x0F\x69\xE4\x0F\x72\xE5\x0F\x65\xE6\x0F\x63\xE7\x0F\x73\xE8\x0F"
    "\x72\xE9\x0F\x65\xEA\x0F\x72\xEB\x0F\x61\xEC\x0F\x6E\xED\x0F\x65\xEE\x0F\x69\xEF\x0F\x74\xF0\x0F"
    "\x73\xF1\x0F\x74\xF2\x0F\x74\xF3\x0F\x74\xF4\x0F\x74\xF5\x0F\x72\xF6\x0F\x73\xF7\x0F\x6E\xF8\x0F"
    "\x72\xF9\x0F\x63\xFA\x0F\x73\xFB\x0F\x69\xFC\x0F\x72\xFD\x0F\x73\xFE\x0F\x68\xFF\x0F\x64\x00\x10"
    "\x74\x01\x10\x6E\x02\x10\x75\x03\x10\x67\x04\x10\x6B\x05\x10\x66\x06\x10\x74\x07\x10\x72\x08\x10"
    "\x7A\x09\x10\x65\x0A\x10\x73\x0B\x10\x74\x0C\x10\x65\x0D\x10\x69\x0E\x10\x61\x0F\x10\x6E\x10\x10"
    "\x6D\x11\x10\x6D\x12\x10\x73\x13\x10\x6E\x14\x10\x72\x15\x10\x6F\x16\x10\x6C\x17\x10\x62\x18\x10"
    "\x73\x19\x10\x62\x1A\x10\x61\x1B\x10\x61\x1C\x10\x6C\x1D\x10\x75\x1E\x10\x6F\x1F\x10\x65\x20\x10"
    "\x65\x21\x10\x74\x22\x10\x79\x23\x10\x6F\x24\x10\x65\x25\x10\x73\x26\x10\x74\x27\x10\x6C\x28\x10"
    "\x74\x29\x10\x6E\x2A\x10\x6B\x2B\x10\x72\x2C\x10\x65\x2D\x10\x73\x2E\x10\x79\x2F\x10\x61\x30\x10"
    "\x67\x31\x10\x6E\x32\x10\x63\x33\x10\x65\x34\x10\x63\x35\x10\x73\x36\x10\x6F\x37\x10\x72\x38\x10"
    "\x65\x39\x10\x67\x3A\x10\x67\x3B\x10\x68\x3C\x10\x72\x3D\x10\x65\x3E\x10\x61\x3F\x10\x74\x40\x10"
    "\x75\x41\x10\x73\x42\x10\x72\x43\x10\x65\x44\x10\x67\x45\x10\x6F\x46\x10\x6D\x47\x10\x73\x48\x10"
    "\x73\x49\x10\x73\x4A\x10\x64\x4B\x10\x79\x4C\x10\x6E\x4D\x10\x73\x4E\x10\x6D\x4F\x10\x65\x50\x10"
    "\x68\x51\x10\xD0\x52\x10\xD0\x53\x10\xD0\x54\x10\xD0\x55\x10\xD0\x56\x10\xD8\x57\x10\xD8\x58\x10"
    "\xD9\x59\x10\xD8\x5A\x10\xD8\x5B\x10\xD8\x5C\x10\xD8\x5D\x10\xD9\x5E\x10\xD8\x5F\x10\xD8\x60\x10"
    "\xD8\x61\x10\xD8\x62\x10\xD8\x63\x10\xD9\x64\x10\xD8\x65\x10\xD8\x66\x10\xD8\x67\x10\xD9\x68\x10"
    "\xD8\x69\x10\xD9\x6A\x10\xD9\x6B\x10\xD8\x6C\x10\xD9\x6D\x10\xD8\x6E\x10\xD8\x6F\x10\xD9\x70\x10"
    "\xD8\x71\x10\xD8\x72\x10\xD8\x73\x10\xD8\x74\x10\xE0\x75\x10\xE0\x76\x10\xE0\x77\x10\xE0\x78\x10"
    "\xE0\x79\x10\xE0\x7A\x10\xE0\x7B\x10\xE0\x7C\x10\xE0\x7D\x10\xE0\x7E\x10\xE0\x7F\x10\xE0\x80\x10"
    "\xE0\x81\x10\xE0\x82\x10\xE0\x83\x10\xE0\x84\x10\xE0\x85\x10\xE0\x86\x10\xE0\x87\x10\xE3\x88\x10"
    "\xE3\x89\x10\xE3\x8A\x10\xE3\x8B\x10\xE3\x8C\x10\xE3\x8D\x10\xE3\x8E\x10\xE7\x8F\x10\xE5\x90\x10"
    "\xE6\x91\x10\xE6\x92\x10\xE4\x93\x10\xE5\x94\x10\xE9\x95\x10\xE6\x96\x10\xE4\x97\x10\xE7\x98\x10"
    "\xE6\x99\x10\xE9\x9A\x10\x69\x9B\x10\x72\x9C\x10\x61\x9D\x10\x63\x9E\x10\x65\x9F\x10\x65\xA0\x10"
    "\x6E\xA1\x10\x65\xA2\x10\x6E\xA3\x10\x61\xA4\x10\x63\xA5\x10\x6E\xA6\x10\x6C\xA7\x10\x74\xA8\x10"
    "\x79\xA9\x10\x65\xAA\x10\x6E\xAB\x10\x63\xAC\x10\x73\xAD\x10\x74\xAE\x10\x73\xAF\x10\x6C\xB0\x10"
    "\x61\xB1\x10\x69\xB2\x10\x73\xB3\x10\x72\xB4\x10\x62\xB5\x10\x67\xB6\x10\x65\xB7\x10\x6F\xB8\x10"
    "\x74\xB9\x10\x79\xBA\x10\x73\xBB\x10\x74\xBC\x10\x73\xBD\x10\x73\xBE\x10\x6C\xBF\x10\x65\xC0\x10"
    "\x6E\xC1\x10\x6F\xC2\x10\x67\xC3\x10\x63\xC4\x10\x61\xC5\x10\x72\xC6\x10\x69\xC7\x10\x73\xC8\x10"
    "\x67\xC9\x10\x65\xCA\x10\x67\xCB\x10\x6B\xCC\x10\x74\xCD\x10\x72\xCE\x10\x63\xCF\x10\x69\xD0\x10"
    "\x74\xD1\x10\x63\xD2\x10\x61\xD3\x10\x6E\xD4\x10\x6C\xD5\x10\x79\xD6\x10\x65\xD7\x10\x74\xD8\x10"
    "\x73\xD9\x10\x72\xDA\x10\x74\xDB\x10\x72\xDC\x10\x64\xDD\x10\x6F\xDE\x10\x72\xDF\x10\x69\xE0\x10"
    "\x6E\xE1\x10\x6E\xE2\x10\x65\xE3\x10\x74\xE4\x10\x69\xE5\x10\x6B\xE6\x10\x65\xE7\x10\x61\xE8\x10"
    "\x64\xE9\x10\x6B\xEA\x10\x79\xEB\x10\x61\xEC\x10\x6E\xED\x10\x65\xEE\x10\x68\xEF\x10\x77\xF0\x10"
    "\x6C\xF1\x10\x69\xF2\x10\x75\xF3\x10\x6F\xF4\x10\x72\xF5\x10\x6F\xF6\x10\x72\xF7\x10\x6E\xF8\x10"
    "\x64\xF9\x10\x72\xFA\x10\x72\xFB\x10\x73\xFC\x10\x6E\xFD\x10\x6B\xFE\x10\x61\xFF\x10\x69\x00\x11"
    "\x73\x01\x11\x73\x02\x11\x6F\x03\x11\x64\x04\x11\x73\x05\x11\x6C\x06\x11\x6C\x07\x11\x69\x08\x11"
    "\x69\x09\x11\x69\x0A\x11\x74\x0B\x11\x63\x0C\x11\x74\x0D\x11\x65\x0E\x11\x61\x0F\x11\x6C\x10\x11"
    "\x6E\x11\x11\x74\x12\x11\x67\x13\x11\x6F\x14\x11\x75\x15\x11\x65\x16\x11\x68\x17\x11\x65\x18\x11"
    "\x65\x19\x11\x75\x1A\x11\x6C\x1B\x11\x67\x1C\x11\x6E\x1D\x11\x6B\x1E\x11\x65\x1F\x11\x6E\x20\x11"
    "\x74\x21\x11\x6C\x22\x11\x69\x23\x11\x64\x24\x11\x79\x25\x11\x6E\x26\x11\x6C\x27\x11\x64\x28\x11"
    "\x66\x29\x11\x73\x2A\x11\x6E\x2B\x11\x65\x2C\x11\x63\x2D\x11\x72\x2E\x11\x65\x2F\x11\x69\x30\x11"
    "\x61\x31\x11\x65\x32\x11\x73\x33\x11\x72\x34\x11\x72\x35\x11\x69\x36\x11\x78\x37\x11\x64\x38\x11"
    "\x69\x39\x11\x73\x3A\x11\x6E\x3B\x11\x79\x3C\x11\x61\x3D\x11\x73\x3E\x11\x74\x3F\x11\x67\x40\x11"
    "\x63\x41\x11\x69\x42\x11\x73\x43\x11\x69\x44\x11\x79\x45\x11\x69\x46\x11\x69\x47\x11\x61\x48\x11"
    "\x65\x49\x11\x65\x4A\x11\x65\x4B\x11\x63\x4C\x11\x61\x4D\x11\x6C\x4E\x11\x68\x4F\x11\x64\x50\x11"
    "\x62\x51\x11\x63\x52\x11\x6C\x53\x11\x73\x54\x11\x6F\x55\x11\x79\x56\x11\x73\x57\x11\x6C\x58\x11"
    "\x67\x59\x11\x65\x5A\x11\x6B\x5B\x11\x65\x5C\x11\x6E\x5D\x11\x65\x5E\x11\x6E\x5F\x11\x72\x60\x11"
    "\x70\x61\x11\x6C\x62\x11\x73\x63\x11\x76\x64\x11\x63\x65\x11\x6F\x66\x11\x6F\x67\x11\x79\x68\x11"
    "\x69\x69\x11\x67\x6A\x11\x68\x6B\x11\x72\x6C\x11\x74\x6D\x11\x69\x6E\x11\x6E\x6F\x11\x64\x70\x11"
    "\x73\x71\x11\x6E\x72\x11\x65\x73\x11\x65\x74\x11\x69\x75\x11\x72\x76\x11\x67\x77\x11\x63\x78\x11"
    "\x68\x79\x11\x6B\x7A\x11\x65\x7B\x11\x68\x7C\x11\x61\x7D\x11\x98\x7E\x11\x9E\x7F\x11\x9A\x80\x11"
    "\x90\x81\x11\xA2\x82\x11\xB8\x83\x11\xA7\x84\x11\x85\x85\x11\xB1\x86\x11\xAD\x87\x11\xB2\x88\x11"
    "\xB9\x89\x11\x84\x8A\x11\xBA\x8B\x11\xB1\x8C\x11\xA7\x8D\x11\xAA\x8E\x11\xA7\x8F\x11\x83\x90\x11"
    "\xB1\x91\x11\xB3\x92\x11\xA7\x93\x11\x8A\x94\x11\xA9\x95\x11\x82\x96\x11\x86\x97\x11\xB7\x98\x11"
    "\x88\x99\x11\xB3\x9A\x11\xA7\x9B\x11\x8A\x9C\x11\xB9\x9D\x11\xA7\x9E\x11\xB3\x9F\x11\xAA\xA0\x11"
    "\xA4\xA1\x11\xA4\xA2\x11\xA4\xA3\x11\xA4\xA4\x11\xA6\xA5\x11\xA6\xA6\x11\xA7\xA7\x11\xA8\xA8\x11"
    "\xAA\xA9\x11\xAC\xAA\x11\xAF\xAB\x11\xAE\xAC\x11\xAE\xAD\x11\xB0\xAE\x11\xB2\xAF\x11\xB4\xB0\x11"
    "\xB6\xB1\x11\xB8\xB2\x11\xB8\xB3\x11\xBA\xB4\x11\x81\xB5\x11\x82\xB6\x11\x82\xB7\x11\x82\xB8\x11"
    "\x83\xB9\x11\x83\xBA\x11\x83\xBB\x11\xBD\xBC\x11\xA4\xBD\x11\xB1\xBE\x11\x95\xBF\x11\xBD\xC0\x11"
    "\x9D\xC1\x11\x94\xC2\x11\x9C\xC3\x11\xBA\xC4\x11\x9B\xC5\x11\xB5\xC6\x11\x87\xC7\x11\x65\xC8\x11"
    "\x6E\xC9\x11\x6F\xCA\x11\x6F\xCB\x11\x7A\xCC\x11\x65\xCD\x11\x66\xCE\x11\x6D\xCF\x11\x73\xD0\x11"
    "\x74\xD1\x11\x65\xD2\x11\x65\xD3\x11\x70\xD4\x11\x61\xD5\x11\x61\xD6\x11\x6C\xD7\x11\x64\xD8\x11"
    "\x74\xD9\x11\x67\xDA\x11\x61\xDB\x11\x65\xDC\x11\x6F\xDD\x11\x65\xDE\x11\x73\xDF\x11\x6E\xE0\x11"
    "\x73\xE1\x11\x79\xE2\x11\x74\xE3\x11\x6E\xE4\x11\x6F\xE5\x11\x68\xE6\x11\x72\xE7\x11\x69\xE8\x11"
    "\x6C\xE9\x11\x79\xEA\x11\x6E\xEB\x11\x69\xEC\x11\x73\xED\x11\x74\xEE\x11\x6F\xEF\x11\x63\xF0\x11"
    "\x73\xF1\x11\x6C\xF2\x11\x65\xF3\x11\x6F\xF4\x11\x6F\xF5\x11\x73\xF6\x11\x72\xF7\x11\x78\xF8\x11"
    "\x65\xF9\x11\x74\xFA\x11\x73\xFB\x11\x72\xFC\x11\x75\xFD\x11\x74\xFE\x11\x73\xFF\x11\x65\x00\x12"
    "\x6C\x01\x12\x65\x02\x12\x65\x03\x12\x65\x04\x12\x65\x05\x12\x69\x06\x12\x6E\x07\x12\x65\x08\x12"
    "\x69\x09\x12\x70\x0A\x12\x70\x0B\x12\x73\x0C\x12\x69\x0D\x12\x72\x0E\x12\x72\x0F\x12\x72\x10\x12"
    "\x65\x11\x12\x63\x12\x12\x6E\x13\x12\x67\x14\x12\x73\x15\x12\x73\x16\x12\x65\x17\x12\x74\x18\x12"
    "\x68\x19\x12\x63\x1A\x12\x6C\x1B\x12\x64\x1C\x12\x6E\x1D\x12\x63\x1E\x12\x74\x1F\x12\x6F\x20\x12"
    "\x64\x21\x12\x70\x22\x12\x63\x23\x12\x63\x24\x12\x73\x25\x12\x70\x26\x12\x69\x27\x12\x61\x28\x12"
    "\x6F\x29\x12\x69\x2A\x12\x65\x2B\x12\x6F\x2C\x12\x61\x2D\x12\x74\x2E\x12\x6C\x2F\x12\x61\x30\x12"
    "\x6E\x31\x12\x69\x32\x12\x6F\x33\x12\x6F\x34\x12\x65\x35\x12\x68\x36\x12\x6E\x37\x12\x61\x38\x12"
    "\x73\x39\x12\x74\x3A\x12\x6B\x3B\x12\x6D\x3C\x12\x6D\x3D\x12\x65\x3E\x12\x72\x3F\x12\x67\x40\x12"
    "\x63\x41\x12\x61\x42\x12\x73\x43\x12\x74\x44\x12\x73\x45\x12\x6E\x46\x12\x72\x47\x12\x6E\x48\x12"
    "\x65\x49\x12\x65\x4A\x12\x68\x4B\x12\x69\x4C\x12\x6C\x4D\x12\x69\x4E\x12\xD0\x4F\x12\xD0\x50\x12"
    "\xD0\x51\x12\xD8\x52\x12\xD9\x53\x12\xD9\x54\x12\xD8\x55\x12\xD8\x56\x12\xD8\x57\x12\xD9\x58\x12"
    "\xD9\x59\x12\xD8\x5A\x12\xD8\x5B\x12\xD9\x5C\x12\xD8\x5D\x12\xD8\x5E\x12\xD9\x5F\x12\xD8\x60\x12"
    "\xD9\x61\x12\xD9\x62\x12\xD9\x63\x12\xD9\x64\x12\xD8\x65\x12\xD9\x66\x12\xD8\x67\x12\xAE\x68\x12"
    "\x9F\x69\x12\xB0\x6A\x12\x97\x6B\x12\x82\x6C\x12\xB0\x6D\x12\xB0\x6E\x12\xB0\x6F\x12\xB0\x70\x12"
    "\xB0\x71\x12\x8D\x72\x12\x99\x73\x12\x99\x74\x12\xB0\x75\x12\xB0\x76\x12\xB0\x77\x12\x9A\x78\x12"
    "\xA1\x79\x12\xA2\x7A\x12\xA7\x7B\x12\xAA\x7C\x12\xA6\x7D\x12\xB0\x7E\x12\xA2\x7F\x12\xAB\x80\x12"
    "\x83\x81\x12\xB3\x82\x12\x91\x83\x12\xA7\x84\x12\xBD\x85\x12\x99\x86\x12\xA0\x87\x12\xA1\x88\x12"
    "\xA1\x89\x12\xBA\x8A\x12\x9A\x8B\x12\x88\x8C\x12\xA6\x8D\x12\x8C\x8E\x12\x74\x8F\x12\x6D\x90\x12"
    "\x78\x91\x12\x61\x92\x12\x73\x93\x12\x73\x94\x12\x75\x95\x12\x72\x96\x12\x6C\x97\x12\x61\x98\x12"
    "\x65\x99\x12\x73\x9A\x12\x72\x9B\x12\x6E\x9C\x12\x69\x9D\x12\x65\x9E\x12\x65\x9F\x12\x69\xA0\x12"
    "\x67\xA1\x12\x72\xA2\x12\x61\xA3\x12\x64\xA4\x12\x6F\xA5\x12\x61\xA6\x12\x6E\xA7\x12\x65\xA8\x12"
    "\x6E\xA9\x12\x65\xAA\x12\x72\xAB\x12\x6E\xAC\x12\x65\xAD\x12\x6E\xAE\x12\x73\xAF\x12\x6F\xB0\x12"
    "\x74\xB1\x12\x6C\xB2\x12\x73\xB3\x12\x65\xB4\x12\x6E\xB5\x12\x61\xB6\x12\x69\xB7\x12\x74\xB8\x12"
    "\x69\xB9\x12\x65\xBA\x12\x65\xBB\x12\x64\xBC\x12\x74\xBD\x12\x65\xBE\x12\x75\xBF\x12\x65\xC0\x12"
    "\x72\xC1\x12\x68\xC2\x12\x68\xC3\x12\x6F\xC4\x12\x6E\xC5\x12\x76\xC6\x12\x73\xC7\x12\x6E\xC8\x12"
    "\x6C\xC9\x12\x65\xCA\x12\x6C\xCB\x12\x6E\xCC\x12\x74\xCD\x12\x6D\xCE\x12\x72\xCF\x12\x72\xD0\x12"
    "\x69\xD1\x12\x74\xD2\x12\x72\xD3\x12\x73\xD4\x12\x79\xD5\x12\x61\xD6\x12\x6E\xD7\x12\x69\xD8\x12"
    "\x79\xD9\x12\x73\xDA\x12\x75\xDB\x12\x74\xDC\x12\x6E\xDD\x12\x6E\xDE\x12\x61\xDF\x12\x6C\xE0\x12"
    "\x75\xE1\x12\x9B\xE2\x12\x92\xE3\x12\x99\xE4\x12\xA8\xE5\x12\x84\xE6\x12\x83\xE7\x12\xAF\xE8\x12"
    "\xB1\xE9\x12\xA7\xEA\x12\x88\xEB\x12\x8A\xEC\x12\xB1\xED\x12\xA7\xEE\x12\x86\xEF\x12\xB1\xF0\x12"
    "\xAA\xF1\x12\x86\xF2\x12\xA9\xF3\x12\x8A\xF4\x12\x84\xF5\x12\x8A\xF6\x12\x8A\xF7\x12\xAA\xF8\x12"
    "\x87\xF9\x12\xAA\xFA\x12\xE0\xFB\x12\xE0\xFC\x12\xE0\xFD\x12\xE0\xFE\x12\xE0\xFF\x12\xE0\x00\x13"
    "\xE0\x01\x13\xE0\x02\x13\xE0\x03\x13\xE0\x04\x13\xE0\x05\x13\xE0\x06\x13\xE0\x07\x13\xE0\x08\x13"
    "\xE0\x09\x13\xE3\x0A\x13\xE3\x0B\x13\xE3\x0C\x13\xE3\x0D\x13\xE9\x0E\x13\xE8\x0F\x13\xE6\x10\x13"
    "\xE7\x11\x13\xE6\x12\x13\x73\x13\x13\x70\x14\x13\x70\x15\x13\x6D\x16\x13\x62\x17\x13\x64\x18\x13"
    "\x79\x19\x13\x72\x1A\x13\x65\x1B\x13\x6E\x1C\x13\x61\x1D\x13\x6F\x1E\x13\x73\x1F\x13\x6E\x20\x13"
    "\x6E\x21\x13\x67\x22\x13\x73\x23\x13\x6B\x24\x13\x6E\x25\x13\x73\x26\x13\x73\x27\x13\x74\x28\x13"
    "\x72\x29\x13\x69\x2A\x13\x6E\x2B\x13\x61\x2C\x13\x73\x2D\x13\x72\x2E\x13\x70\x2F\x13\x65\x30\x13"
    "\x65\x31\x13\x79\x32\x13\x6E\x33\x13\x73\x34\x13\x65\x35\x13\x61\x36\x13\x65\x37\x13\x6F\x38\x13"
    "\x70\x39\x13\x69\x3A\x13\x6E\x3B\x13\x6E\x3C\x13\x62\x3D\x13\x6E\x3E\x13\x6E\x3F\x13\x6C\x40\x13"
    "\x77\x41\x13\xD0\x42\x13\xD0\x43\x13\xD0\x44\x13\xD9\x45\x13\xD8\x46\x13\xD9\x47\x13\xD9\x48\x13"
    "\xD9\x49\x13\xD8\x4A\x13\xD8\x4B\x13\xD8\x4C\x13\xD8\x4D\x13\xD8\x4E\x13\xD9\x4F\x13\xD9\x50\x13"
    "\xD8\x51\x13\xD9\x52\x13\xD8\x53\x13\xD8\x54\x13\xA4\x55\x13\xA5\x56\x13\xA4\x57\x13\xA6\x58\x13"
    "\xA6\x59\x13\xA6\x5A\x13\xA8\x5B\x13\xAA\x5C\x13\xAC\x5D\x13\xAE\x5E\x13\xAF\x5F\x13\xAF\x60\x13"
    "\xB0\x61\x13\xB2\x62\x13\xB4\x63\x13\xB7\x64\x13\x83\x65\x13\x83\x66\x13\x82\x67\x13\x83\x68\x13"
    "\x85\x69\x13\xBD\x6A\x13\x9E\x6B\x13\xA7\x6C\x13\x8B\x6D\x13\x61\x6E\x13\x72\x6F\x13\x69\x70\x13"
    "\x6C\x71\x13\x72\x72\x13\x6E\x73\x13\x6E\x74\x13\x61\x75\x13\x69\x76\x13\x74\x77\x13\x63\x78\x13"
    "\x6C\x79\x13\x6E\x7A\x13\x73\x7B\x13\x66\x7C\x13\x6D\x7D\x13\x73\x7E\x13\x6E\x7F\x13\x65\x80\x13"
    "\x73\x81\x13\x65\x82\x13\x67\x83\x13\x6E\x84\x13\x65\x85\x13\x98\x86\x13\x90\x87\x13\x9D\x88\x13"
    "\x8A\x89\x13\xA7\x8A\x13\x88\x8B\x13\x86\x8C\x13\x8A\x8D\x13\xA6\x8E\x13\xAF\x8F\x13\xA7\x90\x13"
    "\xA8\x91\x13\xAA\x92\x13\x86\x93\x13\x8A\x94\x13\xA7\x95\x13\x84\x96\x13\xA7\x97\x13\xA7\x98\x13"
    "\xA4\x99\x13\x8B\x9A\x13\xA0\x9B\x13\xB2\x9C\x13\xA4\x9D\x13\xA4\x9E\x13\xA4\x9F\x13\xA4\xA0\x13"
    "\xA4\xA1\x13\xA4\xA2\x13\x8D\xA3\x13\x8D\xA4\x13\xA4\xA5\x13\xA4\xA6\x13\xA4\xA7\x13\x8F\xA8\x13"
    "\x89\xA9\x13\xAB\xAA\x13\xB7\xAB\x13\x88\xAC\x13\x92\xAD\x13\xA6\xAE\x13\x84\xAF\x13\x91\xB0\x13"
    "\x89\xB1\x13\x6E\xB2\x13\x65\xB3\x13\x6C\xB4\x13\x69\xB5\x13\x63\xB6\x13\x65\xB7\x13\x6C\xB8\x13"
    "\x63\xB9\x13\x69\xBA\x13\x65\xBB\x13\x6D\xBC\x13\x73\xBD\x13\x61\xBE\x13\x67\xBF\x13\x6C\xC0\x13"
    "\x75\xC1\x13\x72\xC2\x13\x65\xC3\x13\x72\xC4\x13\xD0\xC5\x13\xD8\xC6\x13\xD9\xC7\x13\xD8\xC8\x13"
    "\xD9\xC9\x13\xD9\xCA\x13\xD9\xCB\x13\xD9\xCC\x13\xD9\xCD\x13\xD9\xCE\x13\xE0\xCF\x13\xE0\xD0\x13"
    "\xE0\xD1\x13\xE0\xD2\x13\xE0\xD3\x13\xE0\xD4\x13\xE0\xD5\x13\xE0\xD6\x13\xE0\xD7\x13\xE3\xD8\x13"
    "\xE5\xD9\x13\x79\xDA\x13\x73\xDB\x13\x79\xDC\x13\x63\xDD\x13\x68\xDE\x13\x6C\xDF\x13\x73\xE0\x13"
    "\x65\xE1\x13\x75\xE2\x13\x6E\xE3\x13\x72\xE4\x13\x61\xE5\x13\x6C\xE6\x13\x9A\xE7\x13\xAA\xE8\x13"
    "\x86\xE9\x13\xB1\xEA\x13\x8A\xEB\x13\x86\xEC\x13\x83\xED\x13\x8A\xEE\x13\x86\xEF\x13\x86\xF0\x13"
    "\xA4\xF1\x13\xA4\xF2\x13\xA4\xF3\x13\xA6\xF4\x13\xAE\xF5\x13\xAE\xF6\x13\xAE\xF7\x13\xB1\xF8\x13"
    "\xB4\xF9\x13\x83\xFA\x13\xBA\xFB\x13\x73\xFC\x13\x73\xFD\x13\x74\xFE\x13\x74\xFF\x13\x61\x00\x14"
    "\x74\x01\x14\xD8\x02\x14\xD9\x03\x14\xAE\x04\x14\xA4\x05\x14\xA8\x06\x14\xBE\x07\x14\xBF\x08\x14"
    "\x95\x09\x14\x95\x0A\x14\x8D\x0B\x14\x82\x0C\x14\xA7\x0D\x14\x97\x0E\x14\x75\x0F\x14\x6E\x10\x14"
    "\x65\x11\x14\x75\x12\x14\xA9\x13\x14\x8A\x14\x14\xE0\x15\x14\xE0\x16\x14\xE0\x17\x14\xE0\x18\x14"
    "\xE3\x19\x14\x61\x1A\x14\x63\x1B\x14\x72\x1C\x14\x6E\x1D\x14\xD8\x1E\x14\xA5\x1F\x14\xAE\x20\x14"
    "\xAF\x21\x14\xAE\x22\x14\x83\x23\x14\x6C\x24\x14\x65\x25\x14\x67\x26\x14\xA7\x27\x14\x8D\x28\x14"
    "\xAF\x29\x14\x88\x2A\x14\xAA\x2B\x14\xB3\x2C\x14\xE0\x2D\x14\xE0\x2E\x14\xAE\x2F\x14\xAF\x30\x14"
    "\xBE\x31\x14\x8D\x32\x14\xE0\x33\x14\xAE\x34\x14\xAA\x35\x14\xE0\x36\x14\xAF\x37\x14\x82\x38\x14"
    "\xE0\x39\x14\xAE\x3A\x14\xB0\x3B\x14\xE0\x3C\x14\xAF\x3D\x14\x8D\x3E\x14";
// a byte a byte value: the root's child for it (0: none)
inline constexpr char tld_root[] =
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0A\x0B\x0C\x0D\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17"
    "\x18\x19\x1A\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x1B\x00\x1C\x00\x1D\x00\x00\x1E\x00\x1F"
    "\x20\x21\x22\x00\x00\x00\x00\x00\x23\x24\x00\x25\x26\x27\x28\x29\x2A\x2B\x00\x2C\x2D\x2E\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00";
// a bit a node: a TLD ends there
inline constexpr char tld_final[] =
    "\x00\x00\x00\x00\x00\x00\x7E\xEF\xFB\xFE\xFF\xBE\xFD\xD7\x8F\x5C\xA8\xC3\xC3\x1D\xFF\xF7\x0F\x5C"
    "\x63\xBC\x87\x34\xFA\xF6\x63\xFC\xFD\xFE\xFF\x7B\x5F\x21\xA0\xF7\xEE\x90\xF7\xFD\xF7\xDD\xEE\xBF"
    "\xE7\xF8\x57\x42\x00\x95\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xC8\x20\x45\x04\x00\x0B\x02"
    "\x30\xC4\x06\xC9\x38\x54\x01\xDA\x74\x6B\x00\x00\x84\x28\xA4\xC0\x60\x22\x81\x16\x80\x10\x10\x00"
    "\x31\x55\x56\x03\x31\x0F\x00\x02\x0C\x54\xB4\x20\x0B\x2A\xE3\x1B\x70\xC0\x00\x07\x00\x30\x62\xC0"
    "\x58\x0C\x3D\x07\x97\xE0\x3A\xF0\x0B\x56\x62\x50\x82\x21\xC0\x13\x44\xE0\x00\x03\xCA\x03\xD0\x01"
    "\x06\x10\x16\x00\x04\x27\x02\x04\x01\x4A\x39\x48\x06\x00\x04\xE3\xD0\x80\x11\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x20\x02\x0A\x22\x88\x00\xF2\x21\xC9\x80\x24\xA3\x38\x00\x70\x02"
    "\x3B\x8A\x00\x18\x08\x00\x06\x20\x33\xA1\x98\xA0\x04\x80\x00\x18\x8B\x56\x44\x21\x44\x1B\x68\x01"
    "\x64\x56\x01\x10\x31\x26\x00\x99\x44\xC4\x80\x00\x6A\x49\x49\x4A\x04\x80\x0A\x1B\xA0\x90\x60\x03"
    "\x40\x08\x08\x09\x68\x34\xC3\x20\x0C\x14\x49\x58\x0A\x0F\x58\x21\xA5\x36\x44\x46\x04\x10\x40\x38"
    "\x8A\x00\x50\x08\x08\x80\x0C\x05\x01\x9A\x28\x80\x58\x27\x20\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x70\x00\xC0\x20\x41\x1A\x80\xE0\x90\x01\x10\x22\x00\x0B\x14\x69\x00\x00"
    "\x90\x23\x02\x88\xB1\x30\x00\x10\x21\x00\x14\x40\xB1\x0D\xB0\x06\x00\x2C\xD4\x40\x88\x02\x10\x11"
    "\x40\x86\x6C\x4D\x21\x20\x84\x84\x10\xC0\x45\x30\x20\x34\x0C\x26\x27\x14\x0C\x20\x0B\x01\x00\xB5"
    "\xE0\xA1\x0A\xC8\x81\x80\x00\xCC\xB7\x78\x10\x84\x8A\x90\x04\x0E\x81\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x83\x5A\x32\x24\x10\x80\x55\x30\x04\x84\x66\xA8\x14\x01"
    "\x06\x54\x8F\x92\xBA\x21\x12\x02\x20\x00\xA0\x1D\x12\x68\x02\xA8\xA0\xA0\x8A\x09\x42\x05\xCE\x8B"
    "\x00\xA7\xAC\xC0\x56\x8D\x20\x1E\x00\x13\x99\xB8\x11\x63\x21\x06\x00\xCB\x72\x21\x5A\x0A\xF8\xB8"
    "\x12\xC0\x45\x39\xFB\x00\x00\x90\x06\x00\x00\x20\xC2\xFB\xFF\xF5\xFB\xDE\xF7\x3D\xFB\x45\x82\xE8"
    "\x03\x0E\x42\x82\xE7\x08\xCF\xE8\x33\x14\x01\x30\x5B\x7C\x24\x39\xE8\x50\xF0\x00\x2B\x16\x7D\x0C"
    "\x01\x12\x78\xA8\x12\x49\xC0\xC8\xB0\x86\x8C\x26\x4D\xF8\x03\x00\x7F\x33\x03\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x88\x04\xE2\x81\x7D\xDA\x5F\xC0\xBB\xDC\xCC\x22\x7C\x85\x84\x03\x50\xAA\xD1\x10\x54"
    "\x21\x0A\xC3\x1E\x2A\x25\x07\x68\x04\x40\xE5\x20\x01\x00\x00\x00\x00\x99\x25\x04\x06\x4C\xCE\xEF"
    "\x33\xD8\xF2\x05\x30\x01\x84\x3B\x28\x40\x00\x00\x00\x03\x00\x9E\xC9\xAB\x98\x8C\x52\xF6\x00\x3B"
    "\x81\x37\x79\x72\x00\x80\x0F\x02\x00\x00\x08\x9F\xDE\xA4\xFC\x00\x01\x00\x00\x00\x00\x00\x08\x52"
    "\x88\x1B\x2E\xE2\x43\xD7\x03\xA9\x11\x00\x00\xF4\xC1\x77\x01\xB0\xE0\x58\x08\x10\xF0\x15\x02\x40";
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

// The tables above are byte strings (compilers read a string literal far faster than an array of
// numbers): a 16-bit value is two bytes, low first; a code point three, high first.
inline std::uint32_t table_byte(const char* table, std::size_t i) noexcept {
    return static_cast<unsigned char>(table[i]);
}
inline std::uint32_t table_u16(const char* table, std::size_t i) noexcept {
    return table_byte(table, i) | table_byte(table, i + 1) << 8;
}
inline std::uint32_t table_cp(const char* table, std::size_t i) noexcept {
    return table_byte(table, i) << 16 | table_byte(table, i + 1) << 8 | table_byte(table, i + 2);
}

// A class of code points: ranges of 6 bytes, each its first and last code point.
template <std::size_t N>
inline bool in_table(const char (&r)[N], char32_t c) noexcept {
    constexpr std::size_t n = (N - 1) / 6;
    const auto v = static_cast<std::uint32_t>(c);
    const std::size_t i = lower_bound_at(n, v, [&r](std::size_t k) noexcept { return table_cp(r, 6 * k + 3); });
    return i < n && table_cp(r, 6 * i) <= v;
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
    const std::size_t i = lower_bound_by(tld_fold_table, n, c, [](const fold_pair& f) noexcept { return f.from; });
    return i < n && tld_fold_table[i].from == c ? static_cast<char32_t>(tld_fold_table[i].to) : c;
}

// The root's children (46) come from a table; below it, a node's edges are few and sorted by byte.
inline std::uint32_t tld_child(std::uint32_t node, unsigned char b) noexcept {
    if (node == 0) {
        const std::uint32_t child = table_byte(tld_root, b);
        return child != 0 ? child : none;
    }
    const std::uint32_t last = table_u16(tld_first_edge, 2 * node + 2);
    for (std::uint32_t e = table_u16(tld_first_edge, 2 * node); e < last; ++e) {
        const std::uint32_t eb = table_byte(tld_edges, 3 * e);
        if (eb == b) return table_u16(tld_edges, 3 * e + 1);
        if (eb > b) break;
    }
    return none;
}

inline bool tld_final_node(std::uint32_t node) noexcept {
    return ((table_byte(tld_final, node / 8) >> (node % 8)) & 1u) != 0;
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
    const std::size_t i = lower_bound_by(rev_hi_table, n, cp, [](const rev_hi& r) noexcept { return r.cp; });
    if (i == n || rev_hi_table[i].cp != cp) return 0;
    return enc == family::windows ? rev_hi_table[i].win : rev_hi_table[i].mac;
}

inline std::uint32_t cp1252_c1(std::uint32_t v) noexcept { return cp1252_80[v - 0x80]; }

}  // namespace repair
}  // namespace detail

}  // inline namespace v0_1
}  // namespace tweetview

#endif  // TWEETVIEW_TWEETVIEW_HPP
