// write_json_string (section 8 of the header): against a plain byte-by-byte writer written here,
// on every byte value at every position of short texts, on random texts of mixed bytes (ASCII,
// the bytes JSON escapes, valid and broken UTF-8) at every alignment, and on the sample archive's
// texts; then by meaning: a small JSON decoder reads the output back, which must give the text
// (json_invalid::escape_byte: byte for byte) or its valid UTF-8 with one U+FFFD a bad byte, the
// same number of code points as index_converter counts. Nothing is written past the bound.
#include <doctest/doctest.h>

#include <tweetview/tweetview.hpp>

#include "../json_support.hpp"
#include "../support.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using tweetview::json_invalid;

// What the writer must give, one byte at a time.
std::string reference(std::string_view s, json_invalid invalid, bool* ascii) {
    static const char hex[] = "0123456789abcdef";
    std::string o = "\"";
    *ascii = true;
    const char* p = s.data();
    const char* const end = p + s.size();
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            *ascii = false;
            const tweetview::utf8_decoded d = tweetview::decode_utf8(p, end);
            if (d.valid) {
                o.append(p, d.length);
                p += d.length;
            } else {
                o += invalid == json_invalid::replace ? std::string("\xEF\xBF\xBD")
                                                      : std::string("\\udc") + hex[c >> 4] + hex[c & 15];
                ++p;
            }
            continue;
        }
        switch (c) {
            case '"': o += "\\\""; break;
            case '\\': o += "\\\\"; break;
            case '\n': o += "\\n"; break;
            case '\r': o += "\\r"; break;
            case '\t': o += "\\t"; break;
            case '\b': o += "\\b"; break;
            case '\f': o += "\\f"; break;
            default:
                if (c < 0x20 || c == 0x7F) o += std::string("\\u00") + hex[c >> 4] + hex[c & 15];
                else o += static_cast<char>(c);
        }
        ++p;
    }
    return o + "\"";
}

std::string hex_of(std::string_view s) {
    std::string h;
    for (const char c : s) {
        char b[4];
        std::snprintf(b, sizeof b, "%02x", static_cast<unsigned>(static_cast<unsigned char>(c)));
        h += b;
    }
    return h;
}

// The writer's output, written at `align` into room of exactly json_string_bound bytes with
// guard bytes after it that must stay as they were.
std::string written(std::string_view s, json_invalid invalid, bool* ascii, std::size_t align = 0) {
    const std::size_t bound = tweetview::json_string_bound(s.size());
    std::vector<char> room(align + bound + 64, '\x5A');
    char* const out = room.data() + align;
    char* const end = tweetview::write_json_string(s, out, invalid, ascii);
    const bool within = end >= out && static_cast<std::size_t>(end - out) <= bound &&
                        std::all_of(out + bound, room.data() + room.size(), [](char c) { return c == '\x5A'; });
    if (!within) {
        FAIL_CHECK("written past the bound: " << hex_of(s));
        return std::string();
    }
    return std::string(out, static_cast<std::size_t>(end - out));
}

// Compares the writer with the reference in both modes; returns false (after one failed check)
// on the first difference.
bool agrees(std::string_view s, std::size_t align = 0) {
    for (const json_invalid mode : {json_invalid::replace, json_invalid::escape_byte}) {
        bool want_ascii = false, got_ascii = !want_ascii;
        const std::string want = reference(s, mode, &want_ascii);
        const std::string got = written(s, mode, &got_ascii, align);
        if (got != want || got_ascii != want_ascii) {
            FAIL_CHECK("text " << hex_of(s) << " (mode " << static_cast<int>(mode) << ", align " << align << "): got "
                               << got << ", want " << want);
            return false;
        }
    }
    return true;
}

// The meaning of the output: read back, it is the text (escape_byte) or valid UTF-8 with as
// many code points as the library counts in the text (replace).
void check_meaning(std::string_view text) {
    std::string back;
    bool ascii = false;
    REQUIRE(tvtest::json_decode(written(text, json_invalid::escape_byte, &ascii), back));
    CHECK(back == text);
    REQUIRE(tvtest::json_decode(written(text, json_invalid::replace, &ascii), back));
    CHECK(tweetview::validate_utf8(back).ok);
    tweetview::index_converter conv(text);
    tweetview::index_converter conv_back(back);
    CHECK(conv_back.code_points(static_cast<std::uint32_t>(back.size())) ==
          conv.code_points(static_cast<std::uint32_t>(text.size())));
    bool has_high = false;
    for (const char c : text) has_high = has_high || static_cast<unsigned char>(c) >= 0x80;
    CHECK(ascii == !has_high);
}

}  // namespace

TEST_CASE("write_json_string: known answers") {
    bool ascii = false;
    CHECK(written("", json_invalid::replace, &ascii) == "\"\"");
    CHECK(ascii);
    CHECK(written("a\"b\\c\nd\re\tf\bg\fh", json_invalid::replace, &ascii) == "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"");
    CHECK(written(std::string_view("\x00\x1f\x7f/", 4), json_invalid::replace, &ascii) == "\"\\u0000\\u001f\\u007f/\"");
    CHECK(written("caf\xC3\xA9 \xF0\x9F\x98\x80", json_invalid::replace, &ascii) == "\"caf\xC3\xA9 \xF0\x9F\x98\x80\"");
    CHECK(!ascii);
    // One U+FFFD a bad byte (a lone continuation, a cut sequence, an overlong form, a surrogate).
    CHECK(written("\x80" "a\xE2\x82" "b\xC0\xAF\xED\xA0\x80", json_invalid::replace, &ascii) ==
          "\"\xEF\xBF\xBD" "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    CHECK(written("\x80" "a\xE2\x82", json_invalid::escape_byte, &ascii) == "\"\\udc80a\\udce2\\udc82\"");
    CHECK(tweetview::json_string_bound(0) == 2);
}

TEST_CASE("write_json_string: every byte value at every position, every length to 130, every alignment to 64") {
    std::string s;
    for (std::size_t len = 1; len <= 130; ++len) {
        for (std::size_t at = 0; at < len; ++at) {
            for (unsigned v = 0; v < 256; v += (len > 40 ? 7 : 1)) {
                s.assign(len, 'x');
                s[at] = static_cast<char>(v);
                if (!agrees(s, (len * 7 + at) % 64)) return;
            }
        }
    }
    for (std::size_t align = 0; align < 64; ++align) {
        s = std::string(100, 'y') + "\"";
        if (!agrees(s, align)) return;
    }
}

TEST_CASE("write_json_string: random texts of mixed bytes") {
    std::mt19937_64 rng(12);
    const std::string_view pieces[] = {"a",  "hello ", "\"",   "\\",   "\n",       "\r\n",     "\t",  "\x01", "\x7f",
                                       "/",  "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\x80", "\xC3", "\xE2\x82",
                                       "\xF0\x9F\x98", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80", "\xFF", "@", "#"};
    std::string s;
    for (int i = 0; i < 20000; ++i) {
        s.clear();
        const auto n = static_cast<std::size_t>(rng() % 40);
        const bool mostly_plain = rng() % 2 == 0;
        for (std::size_t k = 0; k < n; ++k) {
            if (mostly_plain && rng() % 4 != 0) s.append(static_cast<std::size_t>(rng() % 70), 'p');
            else s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
        }
        if (!agrees(s, static_cast<std::size_t>(rng() % 64))) return;
        check_meaning(s);
    }
}

TEST_CASE("write_json_string: the sample archive's texts, read back") {
    const std::string bytes = support::read_file(std::string(TWEETVIEW_SOURCE_DIR) + "/examples/data/sample.md");
    REQUIRE(!bytes.empty());
    std::size_t n = 0;
    for (const tweetview::record& r : tweetview::records(bytes)) {
        if (!r.is_tweet()) continue;
        ++n;
        if (!agrees(r.tweet.text)) return;
        check_meaning(r.tweet.text);
    }
    CHECK(n > 10);
    const std::string mojibake = support::read_file(std::string(TWEETVIEW_SOURCE_DIR) + "/examples/data/sample-mojibake.md");
    REQUIRE(!mojibake.empty());
    if (!agrees(mojibake)) return;
    check_meaning(mojibake);
}
