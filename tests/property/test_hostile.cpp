// Hostile inputs: huge records, huge lines, absurd ids and years, binary junk, input that stops
// anywhere. Each must give well-formed records, account for every byte, stream exactly like the
// whole buffer, and keep the carry buffer within max_record_bytes. No shared data needed.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <string>
#include <vector>

using namespace tweetview;
using support::flat;

namespace {

const std::string ts = "Mon Aug 02 02:25:42 +0000 2021";
std::string footer(const std::string& when = ts, const std::string& id = "1422020754267324418") {
    return "(Originally on Twitter: [" + when + "](https://twitter.com/ezyang/status/" + id + "))";
}
std::string f05(const std::string& body, const std::string& foot = footer()) { return body + "\n\n" + foot + "\n----\n"; }

// Whole-buffer records, checked: every byte accounted for, and the same from a stream fed in
// `chunk`-byte pieces and in 1-byte pieces (the latter only for small inputs).
std::vector<flat> parse_checked(const std::string& in, std::size_t chunk = 4096, const parse_options& o = {}) {
    const std::vector<flat> whole = support::parse_whole(in, o);
    REQUIRE(support::accounts_for(in, whole));
    REQUIRE(support::parse_stream(in, [chunk] { return chunk; }, o) == whole);
    if (in.size() <= 4096) REQUIRE(support::parse_stream(in, [] { return std::size_t{1}; }, o) == whole);
    return whole;
}

// Streams `in` in `chunk`-byte pieces, checking the carry after every piece; returns the records.
struct streamed {
    std::vector<flat> recs;
    std::size_t most_carried = 0;
    std::uint64_t offset = 0;
};
streamed stream_bounded(std::string_view in, std::size_t chunk, const parse_options& o) {
    streamed out;
    stream s(o);
    const std::size_t limit = o.max_record_bytes < 256 ? 256 : o.max_record_bytes;
    auto cb = [&](const record& r) {
        out.recs.push_back(support::flatten(r));
        CHECK(s.carried() <= limit);
    };
    for (std::size_t at = 0; at < in.size(); at += chunk) {
        (void)s.feed(in.substr(at, chunk), cb);
        out.most_carried = std::max(out.most_carried, s.carried());
        REQUIRE(s.carried() <= limit);
        REQUIRE(s.carry_capacity() <= limit);  // the allocation too
    }
    (void)s.finish(cb);
    out.offset = s.offset();
    return out;
}

}  // namespace

TEST_CASE("hostile: a 100 MiB record is one record_too_large error, with a bounded carry") {
    const std::size_t big = std::size_t{100} << 20;
    std::string in;
    in.reserve(big + 200);
    in.assign(big, 'x');
    for (std::size_t i = 4095; i < big; i += 4096) in[i] = '\n';  // lines, but never a blank one
    const std::string tail = f05("after");
    in += "\n----\n" + tail;
    const std::size_t sep_at = big;

    parse_options o;  // 1 MiB limit
    const streamed s = stream_bounded(in, std::size_t{1} << 20, o);
    CHECK(s.offset == in.size());
    CHECK(s.most_carried <= o.max_record_bytes);
    REQUIRE(s.recs.size() == 2);
    CHECK(s.recs[0].kind == record_kind::error);
    CHECK(s.recs[0].ec == errc::record_too_large);
    CHECK(s.recs[0].size == sep_at + 6);  // the record and its separator
    CHECK(s.recs[0].raw.size() <= o.max_record_bytes);
    CHECK(s.recs[0].separator == "\n----\n");
    CHECK(s.recs[1].kind == record_kind::tweet);
    CHECK(s.recs[1].text == "after");
    CHECK(s.recs[1].offset == sep_at + 6);
    CHECK(support::accounts_for(in, s.recs));

    // The whole buffer agrees.
    CHECK(support::parse_whole(in, o) == s.recs);
}

TEST_CASE("hostile: a line of 10 million '-'") {
    const std::string dashes(10'000'000, '-');
    for (const std::string& in : {dashes, dashes + "\n", "a\n\n" + dashes + "\n----\n" + f05("b"), f05("a") + dashes}) {
        CAPTURE(in.size());
        const auto recs = parse_checked(in, 65536);
        // The record holding the dashes does not end within the 1 MiB limit.
        std::size_t tweets = 0, too_large = 0;
        for (const flat& f : recs) {
            tweets += f.kind == record_kind::tweet;
            too_large += f.kind == record_kind::error && f.ec == errc::record_too_large;
        }
        CHECK(too_large == 1);
        CHECK(tweets <= 1);
    }
    // With a limit above it: one truncated record (no footer anywhere).
    parse_options o;
    o.max_record_bytes = std::size_t{16} << 20;
    const auto recs = parse_checked(dashes, 1 << 20, o);
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].ec == errc::truncated);
    CHECK(recs[0].eline == 1);
    CHECK(recs[0].ecol == dashes.size() + 1);
}

TEST_CASE("hostile: a footer with a 40-digit id is a bad_id error at the digits") {
    const std::string id(40, '7');
    const std::string in = f05("first") + f05("forty", footer(ts, id)) + f05("third");
    const auto recs = parse_checked(in);
    REQUIRE(recs.size() == 3);
    CHECK(recs[0].kind == record_kind::tweet);
    CHECK(recs[1].kind == record_kind::error);
    CHECK(recs[1].ec == errc::bad_id);
    CHECK(recs[1].eoffset == in.find(id));
    CHECK(recs[2].kind == record_kind::tweet);
    CHECK(recs[2].text == "third");
    // The largest id that fits and the first that does not.
    CHECK(parse_checked(f05("max", footer(ts, "18446744073709551615")))[0].id == 18446744073709551615ull);
    CHECK(parse_checked(f05("over", footer(ts, "18446744073709551616")))[0].ec == errc::bad_id);
}

TEST_CASE("hostile: dates in the years 0000 and 9999") {
    const std::string first = "Sat Jan 01 00:00:00 +0000 0000", last = "Fri Dec 31 23:59:59 +0000 9999";
    const auto recs = parse_checked(f05("year zero", footer(first, "1")) + f05("year 9999", footer(last, "2")));
    REQUIRE(recs.size() == 2);
    CHECK(recs[0].kind == record_kind::tweet);
    CHECK(recs[0].seconds == -62167219200);  // 0000-01-01T00:00:00Z
    CHECK(recs[1].kind == record_kind::tweet);
    CHECK(recs[1].seconds == 253402300799);  // 9999-12-31T23:59:59Z
    // Offsets that push the UTC time out of 0000-9999 are still exact.
    const time_result early = parse_created_at("Sat Jan 01 00:00:00 +2359 0000");
    REQUIRE(early);
    CHECK(early.time.unix_seconds == -62167219200 - (23 * 60 + 59) * 60);
    CHECK(civil_from_seconds(early.time.unix_seconds).year == -1);
    const time_result late = parse_created_at("Fri Dec 31 23:59:59 -2359 9999");
    REQUIRE(late);
    CHECK(civil_from_seconds(late.time.unix_seconds).year == 10000);
    // Feb 29 of 0000 exists (divisible by 400), and the weekday must still match.
    CHECK(parse_created_at("Tue Feb 29 00:00:00 +0000 0000"));
    CHECK(parse_created_at("Wed Feb 29 00:00:00 +0000 0000").ec == time_errc::weekday_mismatch);
}

TEST_CASE("hostile: NUL bytes, lone surrogates and overlong UTF-8 in a text are kept byte for byte") {
    const std::string bodies[] = {
        std::string("nul\0in\0the\0middle", 18),
        std::string("\0", 1),
        "lone surrogate \xED\xA0\x80 and \xED\xBF\xBF",
        "overlong \xC0\xAF \xE0\x80\xAF \xF0\x80\x80\xAF",
        "stray \x80\xBF\xFE\xFF bytes and a cut \xF0\x9F\xA4",
    };
    std::string in;
    for (const std::string& b : bodies) in += f05(b);
    const auto recs = parse_checked(in);
    REQUIRE(recs.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(recs[i].kind == record_kind::tweet);
        CHECK(recs[i].text == bodies[i]);
    }
}

TEST_CASE("hostile: input that ends inside a footer, at every byte of it") {
    const std::string foot = footer();
    for (const std::string& before : {std::string(), f05("complete")}) {
        for (std::size_t k = 0; k <= foot.size(); ++k) {
            CAPTURE(k);
            const std::string in = before + "cut\n\n" + foot.substr(0, k);
            const auto recs = parse_checked(in, 7);
            REQUIRE(!recs.empty());
            const flat& last = recs.back();
            if (k == foot.size()) {
                CHECK(last.kind == record_kind::tweet);  // a whole footer at the end: the last record
            } else {
                CHECK(last.kind == record_kind::error);
                CHECK(last.ec == errc::truncated);
                CHECK(last.eoffset == in.size());
            }
            if (!before.empty()) CHECK(recs[0].kind == record_kind::tweet);
        }
    }
}

TEST_CASE("hostile: inputs of 0 bytes and of 1 byte (all 256 values)") {
    CHECK(parse_checked("").empty());
    for (int c = 0; c < 256; ++c) {
        CAPTURE(c);
        const std::string in(1, static_cast<char>(c));
        const auto recs = parse_checked(in);
        REQUIRE(recs.size() == 1);
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
            CHECK(recs[0].kind == record_kind::trailer);
        } else {
            CHECK(recs[0].kind == record_kind::error);
            CHECK(recs[0].ec == errc::truncated);
        }
    }
    // And every pair of a byte-order mark's bytes with what follows.
    for (std::size_t n = 1; n <= 3; ++n) (void)parse_checked(std::string("\xEF\xBB\xBF", n));
}

TEST_CASE("hostile: 1 MB without a newline") {
    const std::string in(1'000'000, 'a');
    const auto recs = parse_checked(in, 65536);
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].ec == errc::truncated);  // under the 1 MiB limit: the input ends inside it
    CHECK(recs[0].eline == 1);
    CHECK(recs[0].ecol == in.size() + 1);
    parse_options o;
    o.max_record_bytes = 65536;
    const streamed s = stream_bounded(in, 1000, o);
    REQUIRE(s.recs.size() == 1);
    CHECK(s.recs[0].ec == errc::record_too_large);
    CHECK(s.recs[0].size == in.size());
    CHECK(s.most_carried <= 65536);
    CHECK(support::parse_whole(in, o) == s.recs);
}

TEST_CASE("hostile: the byte-order mark alone") {
    const auto recs = parse_checked("\xEF\xBB\xBF");
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].kind == record_kind::trailer);
    CHECK(recs[0].prefix == "\xEF\xBB\xBF");
    CHECK(recs[0].size == 3);
    // And with line breaks after it.
    const auto two = parse_checked("\xEF\xBB\xBF\n\n");
    REQUIRE(two.size() == 1);
    CHECK(two[0].kind == record_kind::trailer);
}

TEST_CASE("hostile: a file of only separators") {
    for (const std::string sep : {"\n----\n", "\n\n----\n\n", "\n--\n", "----\n", "\r\n----\r\n"}) {
        std::string in;
        for (int i = 0; i < 20000; ++i) in += sep;
        CAPTURE(sep);
        const auto recs = parse_checked(in, 999);
        for (const flat& f : recs) CHECK(f.kind != record_kind::tweet);
        // With a small limit too.
        parse_options o;
        o.max_record_bytes = 256;
        const streamed s = stream_bounded(in, 100, o);
        CHECK(s.offset == in.size());
        CHECK(support::accounts_for(in, s.recs));
        CHECK(support::parse_whole(in, o) == s.recs);
    }
}
