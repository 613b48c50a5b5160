// Fuzz harness: entity extraction (mentions, URLs, hashtags, cashtags) on arbitrary bytes.
// - every entity lies in the text (begin < end <= size) and starts and ends on a character
//   boundary (a well-formed UTF-8 sequence, or one byte of invalid UTF-8, as the header documents);
// - each range is sorted by begin and its entities do not overlap;
// - each range yields only its kind; the sigils are where they should be; value() and list_slug()
//   lie inside the span;
// - the mentions, URLs and cashtags of entities() are among those of the single-kind ranges;
// - a copy of an iterator taken midway goes on exactly like the original;
// - index_converter is monotonic and UTF-16 indices are never below code point indices;
// - reply_screen_name is 1-20 of [A-Za-z0-9_] inside the text;
// - write_json_string, in room of exactly json_string_bound bytes, writes a JSON string that reads
//   back as the text (json_invalid::escape_byte), or as valid UTF-8 with as many code points as
//   index_converter counts in the text (replace: so the entities' indices fit it), and says
//   whether the text was ASCII;
// - every SIMD variant compiled in (that the CPU runs) finds, in every range, exactly the entities
//   the portable variant finds, and so do the usual dispatching searches;
// - linear work: each range does at most 96 scanning steps per byte plus a constant (the
//   header's step counter, compiled in here), so an input that made extraction quadratic fails.
// The text is in a buffer of exactly its size, so ASan sees any read outside it.
#include <tweetview/tweetview.hpp>

#include "../entity_support.hpp"
#include "../json_support.hpp"
#include "fuzz_check.hpp"

#include <cstring>
#include <memory>
#include <vector>

using namespace tweetview;

namespace {

bool same(const entity& a, const entity& b) { return a.kind == b.kind && a.begin == b.begin && a.end == b.end; }

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::vector<entity> collect(const entity_range& r) {
    std::vector<entity> v;
    for (const entity& e : r) {
        v.push_back(e);
        FUZZ_CHECK(v.size() <= r.text().size());
    }
    return v;
}

void check_range(std::string_view text, const std::vector<bool>& boundary, const entity_range& r, int kind) {
    const std::vector<entity> v = collect(r);
    {
        std::uint64_t steps = 0;
        auto it = tweetview::detail::entities::step_access::begin(r, steps);
        while (it != r.end()) ++it;
        const std::uint64_t bound = 96 * static_cast<std::uint64_t>(text.size()) + 200000;
        if (steps > bound) {
            std::fprintf(stderr, "%llu steps for %zu bytes (kind %d)\n", static_cast<unsigned long long>(steps), text.size(), kind);
            fuzz::fail(__FILE__, __LINE__, "extraction is not linear", "");
        }
    }
    std::uint32_t prev_end = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const entity& e = v[i];
        FUZZ_CHECK(e.begin < e.end && e.end <= text.size());
        FUZZ_CHECK_MSG(boundary[e.begin] && boundary[e.end], "entity not on a character boundary");
        FUZZ_CHECK(i == 0 || e.begin > v[i - 1].begin);
        FUZZ_CHECK_MSG(i == 0 || e.begin >= prev_end, "entities overlap");
        prev_end = e.end;
        FUZZ_CHECK(kind < 0 || static_cast<int>(e.kind) == kind);
        const std::string_view span = e.span(text);
        FUZZ_CHECK(span.size() == e.end - e.begin && span.data() == text.data() + e.begin);
        const std::string_view value = e.value(text);
        FUZZ_CHECK(fuzz::inside(value, span));
        const std::string_view slug = e.list_slug(text);
        FUZZ_CHECK(fuzz::inside(slug, span));
        FUZZ_CHECK(slug.empty() || (e.kind == entity_kind::mention && slug[0] == '/'));
        switch (e.kind) {
            case entity_kind::mention:
                FUZZ_CHECK(span[0] == '@' || span.substr(0, 3) == "\xEF\xBC\xA0");
                FUZZ_CHECK(!value.empty());
                for (char c : value) FUZZ_CHECK(is_name_char(c));
                break;
            case entity_kind::hashtag:
                FUZZ_CHECK(span[0] == '#' || span.substr(0, 3) == "\xEF\xBC\x83");
                FUZZ_CHECK(!value.empty());
                break;
            case entity_kind::cashtag:
                FUZZ_CHECK(span[0] == '$');
                FUZZ_CHECK(!value.empty());
                break;
            case entity_kind::url: FUZZ_CHECK(value == span); break;
        }
    }
    // A copy taken midway goes on like the original; a second pass gives the same.
    auto it = r.begin();
    for (std::size_t i = 0; i < v.size() / 2; ++i) ++it;
    auto copy = it;
    for (std::size_t i = v.size() / 2; i < v.size(); ++i) {
        FUZZ_CHECK(it != r.end() && copy != r.end());
        FUZZ_CHECK(same(*it, v[i]) && same(*copy, v[i]));
        ++it;
        copy++;
    }
    FUZZ_CHECK(it == r.end() && copy == r.end());
}

bool contains(const std::vector<entity>& v, const entity& e) {
    for (const entity& x : v)
        if (same(x, e)) return true;
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::unique_ptr<char[]> owned(new char[size ? size : 1]);
    if (size) std::memcpy(owned.get(), data, size);
    const std::string_view text(owned.get(), size);

    // Character boundaries: a well-formed sequence is one character, an invalid byte is one.
    std::vector<bool> boundary(size + 1, false);
    for (std::size_t i = 0; i < size;) {
        boundary[i] = true;
        const utf8_decoded d = decode_utf8(text.data() + i, text.data() + size);
        i += d.valid ? d.length : 1;
    }
    boundary[size] = true;

    check_range(text, boundary, entities(text), -1);
    check_range(text, boundary, mentions(text), static_cast<int>(entity_kind::mention));
    check_range(text, boundary, urls(text), static_cast<int>(entity_kind::url));
    check_range(text, boundary, hashtags(text), static_cast<int>(entity_kind::hashtag));
    check_range(text, boundary, cashtags(text), static_cast<int>(entity_kind::cashtag));

    FUZZ_CHECK_MSG(tvtest::variant_mismatch(text).empty(), "a SIMD variant finds other entities than portable");

    const std::vector<entity> all = collect(entities(text));
    const std::vector<entity> ms = collect(mentions(text)), us = collect(urls(text)), cs = collect(cashtags(text));
    for (const entity& e : all) {
        if (e.kind == entity_kind::mention) FUZZ_CHECK_MSG(contains(ms, e), "a mention of entities() not in mentions()");
        if (e.kind == entity_kind::url) FUZZ_CHECK_MSG(contains(us, e), "a URL of entities() not in urls()");
        if (e.kind == entity_kind::cashtag) FUZZ_CHECK_MSG(contains(cs, e), "a cashtag of entities() not in cashtags()");
    }

    index_converter conv(text);
    std::uint32_t prev_cp = 0, prev_u16 = 0;
    const std::size_t step = size <= 4096 ? 1 : size / 1024;
    for (std::size_t off = 0; off <= size; off += step) {
        const std::uint32_t cp = conv.code_points(static_cast<std::uint32_t>(off));
        const std::uint32_t u16 = conv.utf16(static_cast<std::uint32_t>(off));
        FUZZ_CHECK(cp >= prev_cp && u16 >= prev_u16 && u16 >= cp && cp <= off);
        prev_cp = cp;
        prev_u16 = u16;
    }

    bool ascii = true;
    for (const char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    const std::size_t bound = json_string_bound(size);
    std::string back;
    for (const json_invalid mode : {json_invalid::escape_byte, json_invalid::replace}) {
        std::unique_ptr<char[]> out(new char[bound]);
        bool said_ascii = !ascii;
        const char* const e = write_json_string(text, out.get(), mode, &said_ascii);
        FUZZ_CHECK(e > out.get() && e <= out.get() + bound && said_ascii == ascii);
        FUZZ_CHECK_MSG(tvtest::json_decode(std::string_view(out.get(), static_cast<std::size_t>(e - out.get())), back),
                       "write_json_string wrote no valid JSON string");
        if (mode == json_invalid::escape_byte) {
            FUZZ_CHECK_MSG(back == text, "the JSON string does not read back as the text");
        } else {
            FUZZ_CHECK(validate_utf8(back).ok);
            index_converter back_conv(back);
            FUZZ_CHECK_MSG(back_conv.code_points(static_cast<std::uint32_t>(back.size())) ==
                               conv.code_points(static_cast<std::uint32_t>(size)),
                           "the JSON string's code points are not the text's");
        }
    }

    const std::string_view reply = reply_screen_name(text);
    if (!reply.empty()) {
        FUZZ_CHECK(fuzz::inside(reply, text));
        FUZZ_CHECK(reply.size() <= 20);
        for (char c : reply) FUZZ_CHECK(is_name_char(c));
    }
    return 0;
}
