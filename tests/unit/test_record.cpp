// The record core and the whole-buffer range: layouts, positions, every error kind.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <string>
#include <vector>

using namespace tweetview;
using support::flat;

namespace {

std::string footer(const char* ts = "Mon Aug 02 02:25:42 +0000 2021", const char* id = "1422020754267324418",
                   const char* user = "ezyang") {
    return std::string("(Originally on Twitter: [") + ts + "](https://twitter.com/" + user + "/status/" + id + "))";
}

std::string f05(const std::string& body, const std::string& foot = footer()) { return body + "\n\n" + foot + "\n----\n"; }

// Records are views: the bytes must outlive them, so only named strings may be passed.
std::vector<record> all(std::string&&, const parse_options& = {}) = delete;
std::vector<record> all(const std::string& bytes, const parse_options& o = {}) {
    std::vector<record> v;
    for (const record& r : records(bytes, o)) v.push_back(r);
    return v;
}

}  // namespace

TEST_CASE("one F05 record: every field of the tweet view") {
    const std::string in = f05("hello\nworld");
    const auto v = all(in);
    REQUIRE(v.size() == 1);
    const record& r = v[0];
    REQUIRE(r.is_tweet());
    CHECK(r.tweet.text == "hello\nworld");
    CHECK(r.tweet.created_at == "Mon Aug 02 02:25:42 +0000 2021");
    CHECK(r.tweet.url == "https://twitter.com/ezyang/status/1422020754267324418");
    CHECK(r.tweet.user == "ezyang");
    CHECK(r.tweet.id == 1422020754267324418ull);
    CHECK(r.tweet.time.unix_seconds == 1627871142);
    CHECK(r.tweet.offset == 0);
    CHECK(r.tweet.line == 1);
    CHECK(r.tweet.raw == "hello\nworld\n\n" + footer());
    CHECK(r.separator == "\n----\n");
    CHECK(r.size() == in.size());
    CHECK(r.tweet.shape == f05_layout);
    // The views point into the caller's buffer.
    CHECK(r.tweet.text.data() == in.data());
}

TEST_CASE("positions: offset and line of each record; CRLF counts as one line break") {
    const std::string in = f05("a") + f05("b\nc\n\nd") + f05("e");
    const auto v = all(in);
    REQUIRE(v.size() == 3);
    CHECK(v[1].tweet.offset == f05("a").size());
    CHECK(v[1].tweet.line == 5);
    CHECK(v[2].tweet.line == 12);
    std::string crlf;
    for (char c : in) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    const auto w = all(crlf);
    REQUIRE(w.size() == 3);
    CHECK(w[1].tweet.line == 5);
    CHECK(w[2].tweet.line == 12);
    CHECK(w[1].tweet.text == "b\r\nc\r\n\r\nd");
    CHECK(w[0].separator == "\r\n----\r\n");
    CHECK(w[0].tweet.shape.eol == line_ending::crlf);
}

TEST_CASE("a body may contain blank lines, lines that start with '(', and '----' lines") {
    const std::string body = "(where &lt;: is subtyping)\n\n(Originally on Twitter: not a footer)\nmore\n----\nstill body";
    const std::string in = f05(body) + f05("(starts with a paren");
    const auto v = all(in);
    REQUIRE(v.size() == 2);
    CHECK(v[0].tweet.text == body);
    CHECK(v[1].tweet.text == "(starts with a paren");
}

TEST_CASE("an empty body is still a record") {
    const std::string in = "\n\n" + footer() + "\n----\n";
        const auto v = all(in);
    REQUIRE(v.size() == 1);
    REQUIRE(v[0].is_tweet());
    CHECK(v[0].tweet.text.empty());
}

TEST_CASE("a byte-order mark belongs to no record") {
    const std::string in = "\xEF\xBB\xBF" + f05("x");
    const auto v = all(in);
    REQUIRE(v.size() == 1);
    CHECK(v[0].prefix == "\xEF\xBB\xBF");
    CHECK(v[0].tweet.text == "x");
    CHECK(v[0].tweet.offset == 3);
    CHECK(v[0].size() == in.size());
}

TEST_CASE("flavours: joined with no final newline, padded separators, other footers") {
    SUBCASE("\\n\\n----\\n\\n joined, no trailing separator (F07)") {
        const std::string in = "a\n\n" + footer() + "\n\n----\n\nb\n\n" + footer();
        const auto v = all(in);
        REQUIRE(v.size() == 2);
        CHECK(v[0].tweet.text == "a");
        CHECK(v[1].tweet.text == "b");
        CHECK(v[0].separator == "\n\n----\n\n");
        CHECK(v[1].separator.empty());
        CHECK(v[0].tweet.shape.separator == separator_style::dash4_padded);
    }
    SUBCASE("\\n----\\n joined (F03) with a final newline") {
        const std::string in = "a\n\n" + footer() + "\n----\nb\n\n" + footer() + "\n";
        const auto v = all(in);
        REQUIRE(v.size() == 2);
        CHECK(v[1].separator == "\n");
    }
    SUBCASE("F02 plain footer and \\n--\\n") {
        const std::string foot = "Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1)";
        const std::string in = "a\n\n" + foot + "\n--\nb\n\n" + foot;
        const auto v = all(in);
        REQUIRE(v.size() == 2);
        CHECK(v[1].tweet.text == "b");
        CHECK(v[0].tweet.shape.footer == footer_style::originally);
        CHECK(v[0].tweet.shape.separator == separator_style::dash2);
    }
    SUBCASE("F08-F11 icon footers") {
        for (const char* icon : {"media/tweet.ico", "./media/tweet.ico", "../../media/tweet.ico"}) {
            const std::string foot = std::string("<img src=\"") + icon +
                                     "\" width=\"12\" /> [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/7)";
            const std::string in = "> a\n\n" + foot + "\n\n----\n\n> b\n\n" + foot;
        const auto v = all(in);
            REQUIRE(v.size() == 2);
            CHECK(v[0].is_tweet());
            CHECK(v[1].tweet.text == "> b");
            CHECK(v[1].tweet.id == 7);
        }
    }
    SUBCASE("trailing blank lines after the last separator are a trailer") {
        const std::string in = f05("a") + "\n\n";
        const auto v = all(in);
        REQUIRE(v.size() == 2);
        CHECK(v[1].kind == record_kind::trailer);
        CHECK(v[1].separator == "\n\n");
        CHECK(v[0].size() + v[1].size() == in.size());
    }
    SUBCASE("empty input has no records") {
        const std::string empty;
        CHECK(all(empty).empty());
    }
}

TEST_CASE("the layout of the first record is enforced on the rest") {
    // An F05 file whose second record uses a padded separator: an error at that record.
    const std::string in = f05("a") + "b\n\n" + footer() + "\n\n----\n\n" + f05("c");
    const auto v = all(in);
    REQUIRE(v.size() == 3);
    CHECK(v[0].is_tweet());
    REQUIRE(v[1].is_error());
    CHECK(v[1].error.kind == errc::missing_separator);
    CHECK(v[1].error.line == 8);
    CHECK(v[1].error.column == 1);
    CHECK(v[2].is_tweet());
    CHECK(v[2].tweet.text == "c");
    std::uint64_t total = 0;
    for (const record& r : v) total += r.size();
    CHECK(total == in.size());
}

TEST_CASE("every error kind, at the line and column of the problem") {
    struct expect_error {
        const char* name;
        std::string input;
        errc kind;
        std::uint64_t line, column;
    };
    const std::string ok = f05("first");  // 4 lines
    const std::vector<expect_error> cases = {
        {"bad weekday", ok + f05("x", footer("Tue Aug 02 02:25:42 +0000 2021")), errc::bad_timestamp, 7, 26},
        {"bad month", ok + f05("x", footer("Mon Aux 02 02:25:42 +0000 2021")), errc::bad_timestamp, 7, 30},
        {"bad day", ok + f05("x", footer("Mon Aug 32 02:25:42 +0000 2021")), errc::bad_timestamp, 7, 34},
        {"bad second", ok + f05("x", footer("Mon Aug 02 02:25:61 +0000 2021")), errc::bad_timestamp, 7, 43},
        {"bad offset", ok + f05("x", footer("Mon Aug 02 02:25:42 +00:0 2021")), errc::bad_timestamp, 7, 46},
        {"bad id: letters", ok + f05("x", footer("Mon Aug 02 02:25:42 +0000 2021", "12ab")), errc::bad_id, 7, 94},
        {"bad id: overflow", ok + f05("x", footer("Mon Aug 02 02:25:42 +0000 2021", "18446744073709551616")), errc::bad_id, 7, 92},
        {"bad id: 40 digits", ok + f05("x", footer("Mon Aug 02 02:25:42 +0000 2021", "1234567890123456789012345678901234567890")), errc::bad_id, 7, 92},
        {"bad id: empty", ok + f05("x", footer("Mon Aug 02 02:25:42 +0000 2021", "")), errc::bad_id, 7, 92},
        {"bad id: leading zero", ok + f05("x", footer("Mon Aug 02 02:25:42 +0000 2021", "0123")), errc::bad_id, 7, 92},
        {"bad url: host", ok + "x\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://x.com/a/status/1))\n----\n", errc::bad_url, 7, 58},
        {"bad url: no status", ok + f05("x", footer("Mon Aug 02 02:25:42 +0000 2021", "1", "a/b")), errc::bad_url, 7, 79},
        {"bad footer: suffix", ok + "x\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/a/status/1)\n----\n", errc::bad_footer, 7, 89},
        {"bad footer: no bracket", ok + "x\n\n(Originally on Twitter: Mon Aug 02 02:25:42 +0000 2021\n----\n", errc::bad_footer, 7, 25},
        {"missing separator", ok + "x\n\n" + footer() + "\nnext tweet\n\n" + footer() + "\n----\n", errc::missing_separator, 8, 1},
        {"truncated in body", ok + "the input ends\nhere", errc::truncated, 6, 5},
        {"truncated in footer", ok + "x\n\n(Originally on Twitter: [Mon Aug 02", errc::truncated, 7, 36},
        {"mixed flavour: F08 footer", ok + "> x\n\n<img src=\"media/tweet.ico\" width=\"12\" /> [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/a/status/1)\n\n----\n\n> y\n", errc::mixed_flavour, 7, 1},
        {"mixed flavour: CRLF", ok + "x\r\n\r\n" + footer() + "\r\n----\r\n", errc::mixed_flavour, 7, 1},
        {"mixed flavour: F02 footer", ok + "x\n\nOriginally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/a/status/1)\n--\ny", errc::mixed_flavour, 7, 1},
    };
    for (const expect_error& c : cases) {
        CAPTURE(c.name);
        const auto v = all(c.input);
        REQUIRE(v.size() >= 2);
        CHECK(v[0].is_tweet());
        const record& e = v[1];
        REQUIRE(e.is_error());
        CHECK(e.error.kind == c.kind);
        CHECK(e.error.line == c.line);
        CHECK(e.error.column == c.column);
        CHECK(e.error.record_line == 5);
        CHECK(e.error.record_offset == ok.size());
        CHECK(std::string(e.error.message()) == message(c.kind));
        CHECK(std::string(e.error.expected).size() > 3);
        CHECK(c.input.substr(static_cast<std::size_t>(e.error.record_offset), e.error.raw.size()) == e.error.raw);
        // The error's offset and its line/column name the same byte.
        const std::string_view before = std::string_view(c.input).substr(0, static_cast<std::size_t>(e.error.offset));
        const std::size_t nl = before.rfind('\n');
        CHECK(e.error.column == e.error.offset - (nl == std::string_view::npos ? 0 : nl + 1) + 1);
        std::uint64_t total = 0;
        for (const record& r : v) total += r.size();
        CHECK(total == c.input.size());
    }
}

TEST_CASE("after a bad record the parser resyncs and reads the next one") {
    const std::string in = f05("a") + f05("b", footer("Mon Aug 02 02:25:42 +0000 202x")) + f05("c");
    const auto v = all(in);
    REQUIRE(v.size() == 3);
    CHECK(v[0].is_tweet());
    CHECK(v[1].error.kind == errc::bad_timestamp);
    CHECK(v[1].separator == "\n----\n");
    REQUIRE(v[2].is_tweet());
    CHECK(v[2].tweet.text == "c");
    CHECK(v[2].tweet.line == 9);
}

TEST_CASE("record_too_large: bounded, reported once, resynced at the next separator") {
    parse_options o;
    o.max_record_bytes = 300;
    const std::string big(1000, 'x');
    const std::string in = f05("a") + f05(big) + f05("c");
    const auto v = all(in, o);
    REQUIRE(v.size() == 3);
    REQUIRE(v[1].is_error());
    CHECK(v[1].error.kind == errc::record_too_large);
    CHECK(v[1].error.raw.size() == 300);
    CHECK(v[1].error.size == f05(big).size() - 6);
    CHECK(v[1].separator == "\n----\n");
    CHECK(v[1].error.line == 5);
    CHECK(v[1].error.column == 300);
    REQUIRE(v[2].is_tweet());
    CHECK(v[2].tweet.text == "c");
    CHECK(v[2].tweet.line == 9);
    std::uint64_t total = 0;
    for (const record& r : v) total += r.size();
    CHECK(total == in.size());
}

TEST_CASE("record_too_large through parse_record: skip_record and a record_skipper fed byte by byte agree with records()") {
    parse_options o;
    o.max_record_bytes = 300;
    const std::string in = f05("a") + f05(std::string(1000, 'x')) + f05("c");
    const auto v = all(in, o);
    REQUIRE(v.size() == 3);
    const std::string_view rest = std::string_view(in).substr(static_cast<std::size_t>(v[0].size()));
    const parse_position at{v[0].size(), 5, 0, line_ending::unknown};
    const parse_result skipped = parse_record(rest, o, at, true);
    REQUIRE(skipped.status == parse_status::skip);
    parse_result whole = skipped;
    skip_record(whole, rest);
    CHECK(whole.status == parse_status::error);
    CHECK(whole.consumed == v[1].size());
    CHECK(whole.rec.error.size == v[1].error.size);
    CHECK(whole.rec.error.raw == v[1].error.raw);
    CHECK(whole.rec.separator == "\n----\n");
    CHECK(whole.rec.separator.data() == rest.data() + whole.consumed - 6);  // a view into the input
    CHECK(whole.next.offset == v[0].size() + v[1].size());
    CHECK(whole.next.line == 9);
    // The same fed one byte at a time: the skipper stops at the separator's last byte.
    record_skipper k(skipped, rest);
    std::size_t fed = skipped.consumed;
    while (!k.done() && fed < rest.size()) fed += k.feed(rest.substr(fed, 1));
    parse_result piecewise = skipped;
    k.finish(piecewise);
    CHECK(fed == whole.consumed);
    CHECK(piecewise.consumed == whole.consumed);
    CHECK(piecewise.next.offset == whole.next.offset);
    CHECK(piecewise.next.line == whole.next.line);
    CHECK(piecewise.rec.separator == whole.rec.separator);
    // Without a separator the record runs to the end of the input.
    const std::string open = f05("a") + std::string(1000, 'y');
    parse_result tail = parse_record(std::string_view(open).substr(f05("a").size()), o, at, true);
    REQUIRE(tail.status == parse_status::skip);
    skip_record(tail, std::string_view(open).substr(f05("a").size()));
    CHECK(tail.consumed == 1000);
    CHECK(tail.rec.error.size == 1000);
    CHECK(tail.rec.separator.empty());
}

TEST_CASE("the status-id rule, one for footers and reply headers: 1 to 20 digits, no leading zero, at most 2^64-1") {
    auto id = [](std::string_view s) { return detail::read_status_id(s.data(), s.data() + s.size()); };
    CHECK(id("18446744073709551615").expected == nullptr);
    CHECK(id("18446744073709551615").value == UINT64_MAX);
    CHECK(id("18446744073709551616").expected != nullptr);
    CHECK(id("99999999999999999999").expected != nullptr);
    CHECK(id("100000000000000000000").expected != nullptr);  // 21 digits
    CHECK(id("0123").expected != nullptr);
    CHECK(id("0").expected != nullptr);
    CHECK(id("").expected != nullptr);
    CHECK(id("1)").value == 1);
    CHECK(*id("1)").end == ')');
    // The reader takes eight digits a word at a time (16 to 19 digits with 24 bytes in reach in one
    // straight pass): every length 1 to 22, followed by each kind of byte and by nothing, with and
    // without more bytes after them, against the rule computed digit by digit.
    auto naive = [](std::string_view s) {
        std::size_t n = 0;
        while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
        bool fits = true;
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < n && fits; ++i) {
            const auto d = static_cast<unsigned>(s[i] - '0');
            fits = v <= (UINT64_MAX - d) / 10;
            v = v * 10 + d;
        }
        const bool ok = n >= 1 && n <= 20 && s[0] != '0' && fits;
        return std::pair<bool, std::size_t>(ok, n);
    };
    std::uint64_t seed = 42;
    for (std::size_t len = 1; len <= 22; ++len) {
        for (const char* after : {"", ")", ")) ", "/", "a", "9", "\xC3\xA9", ":", "0123456789"}) {
            for (int k = 0; k < 20; ++k) {
                std::string digits;
                for (std::size_t i = 0; i < len; ++i) {
                    seed = seed * 6364136223846793005u + 1442695040888963407u;
                    digits += static_cast<char>('0' + (k == 0 ? 9 : (k == 1 && i == 0 ? 1 : static_cast<int>((seed >> 33) % 10))));
                }
                if (k == 1) digits.replace(1, std::string::npos, len - 1, '0');
                for (const char* more : {"", ")) padding past 24 bytes"}) {
                    const std::string s = digits + after + more;
                    const auto want = naive(s);
                    const auto got = id(s);
                    INFO(s);
                    CHECK((got.expected == nullptr) == want.first);
                    CHECK(static_cast<std::size_t>(got.end - s.data()) == want.second);
                    if (want.first) CHECK(got.value == std::stoull(s.substr(0, want.second)));
                }
            }
        }
    }
    // Footers and reply headers apply it alike.
    auto footer_id = [](const char* digits) {
        const std::string in = f05("a", footer("Mon Aug 02 02:25:42 +0000 2021", digits));
        return all(in, {})[0];
    };
    CHECK(footer_id("18446744073709551615").tweet.id == UINT64_MAX);
    CHECK(footer_id("18446744073709551616").error.kind == errc::bad_id);
    CHECK(footer_id("0123").error.kind == errc::bad_id);
    auto reply_id = [](const char* digits) {
        const std::string body = std::string("Replying to [@a](https://twitter.com/a/status/") + digits + ")\n\n> hi";
        const std::string in = body + "\n\n<img src=\"media/tweet.ico\" width=\"12\" /> [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/5)";
        const auto v = all(in, {});
        REQUIRE(v[0].is_tweet());
        return v[0].tweet.in_reply_to_status_id;
    };
    CHECK(reply_id("18446744073709551615") == UINT64_MAX);  // 20 digits: was 19 at most
    CHECK(reply_id("18446744073709551616") == 0);           // no header
    CHECK(reply_id("0123") == 0);
}

TEST_CASE("the line splitter: LF and CRLF breaks, a last line without one") {
    const std::string t = "a\r\nb\n\nc\r";
    const char* p = t.data();
    const char* const end = p + t.size();
    std::vector<std::string> lines;
    for (;;) {
        const detail::line_span ln = detail::line_at(p, end);
        lines.emplace_back(p, ln.text_end);
        if (!ln.has_break()) break;
        p = ln.next;
    }
    CHECK(lines == std::vector<std::string>{"a", "b", "", "c\r"});  // a lone '\r' is no break
    CHECK(detail::line_break_at(t.data() + 1, end) == 2);
    CHECK(detail::line_break_at(t.data() + 4, end) == 1);
    CHECK(detail::line_break_at(t.data(), end) == 0);
}

TEST_CASE("parse_record: need_more on every proper prefix, the same answer once complete") {
    const std::string in = f05("some text\nwith two lines");
    parse_position pos;
    for (std::size_t n = 0; n < in.size(); ++n) {
        CAPTURE(n);
        const parse_result r = parse_record(std::string_view(in).substr(0, n), parse_options{}, pos, false);
        CHECK(r.status == parse_status::need_more);
        CHECK(r.consumed == 0);
    }
    const parse_result full = parse_record(in, parse_options{}, pos, false);
    CHECK(full.status == parse_status::tweet);
    CHECK(full.consumed == in.size());
    CHECK(full.next.offset == in.size());
    CHECK(full.next.line == 6);
}

TEST_CASE("parse_record: the resume hint gives the same result as a fresh scan") {
    const std::string in = f05(std::string(5000, 'y') + "\n" + std::string(3000, 'z')) + f05("next");
    parse_position pos;
    for (std::size_t n = 1; n < in.size(); n += 97) {
        const parse_result r = parse_record(std::string_view(in).substr(0, n), parse_options{}, pos, false);
        if (r.status != parse_status::need_more) {
            CHECK(r.status == parse_status::tweet);
            break;
        }
        pos = r.next;
        CHECK(pos.resume <= n);
    }
    const parse_result done = parse_record(in, parse_options{}, pos, true);
    REQUIRE(done.status == parse_status::tweet);
    CHECK(done.consumed == f05("x").size() + 8000);
}

TEST_CASE("decode_utf8 and validate_utf8") {
    const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\xA4\xA3";  // a é € 🤣
    const char* p = s.data();
    const char* end = p + s.size();
    CHECK(decode_utf8(p, end).code_point == U'a');
    CHECK(decode_utf8(p + 1, end).code_point == 0xE9);
    CHECK(decode_utf8(p + 3, end).code_point == 0x20AC);
    const utf8_decoded emoji = decode_utf8(p + 6, end);
    CHECK(emoji.code_point == 0x1F923);
    CHECK(emoji.length == 4);
    CHECK(validate_utf8(s).error_offset == s.size());
    CHECK(validate_utf8("ab\xC0\xAF").error_offset == 2);          // overlong
    CHECK(validate_utf8("ab\xED\xA0\x80").error_offset == 2);      // surrogate
    CHECK(validate_utf8("ab\xF4\x90\x80\x80").error_offset == 2);  // over U+10FFFF
    CHECK(validate_utf8("ab\xE2\x82").error_offset == 2);          // cut short
    CHECK(validate_utf8("\x80").error_offset == 0);
    const std::string cut = "\xE2\x82";
    const utf8_decoded d = decode_utf8(cut.data(), cut.data() + cut.size());
    CHECK_FALSE(d.valid);
    CHECK(d.code_point == 0xFFFD);
    CHECK(d.length == 2);
}
