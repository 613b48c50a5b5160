// Properties over the real archive, beyond conformance/test_archive.cpp and test_mutation.cpp:
// (1) the whole archive as one input, in CRLF and with a byte-order mark, streams in random
//     chunks exactly as it parses whole;
// (2) random single mutations (byte flips, deletions, separator and footer insertions,
//     truncation), each streamed in fresh random chunks and with a small record limit: every byte
//     is accounted for, and every record away from the damage comes back unchanged;
// (3) streaming with small max_record_bytes and random chunk sizes never carries more than that.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <map>
#include <string>
#include <vector>

using namespace tweetview;
using support::flat;

namespace {

std::string whole_archive() {
    std::string all;
    for (const std::string& f : support::archive_files()) all += support::read_file(f);
    return all;
}

std::string to_crlf(const std::string& s) {
    std::string out;
    out.reserve(s.size() + s.size() / 16);
    for (char c : s) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

std::vector<flat> stream_random(const std::string& in, support::rng& g, std::size_t max_chunk,
                                const parse_options& o = {}) {
    return support::parse_stream(in, [&g, max_chunk] { return 1 + g.below(max_chunk); }, o);
}

// Streams with random chunk sizes, checking the carry after every chunk and in every callback.
std::vector<flat> stream_bounded(std::string_view in, support::rng& g, std::size_t max_chunk, const parse_options& o,
                                 std::size_t* most) {
    std::vector<flat> out;
    stream s(o);
    bool ok = true;
    auto cb = [&](const record& r) {
        out.push_back(support::flatten(r));
        ok = ok && s.carried() <= o.max_record_bytes;
    };
    for (std::size_t at = 0; at < in.size();) {
        const std::size_t n = 1 + g.below(max_chunk);
        (void)s.feed(in.substr(at, n), cb);
        at += n;
        *most = std::max(*most, s.carried());
        ok = ok && s.carried() <= o.max_record_bytes;
        ok = ok && s.carry_capacity() <= o.max_record_bytes;  // not even its allocation grows past it
    }
    (void)s.finish(cb);
    CHECK(ok);
    CHECK(s.carried() == 0);
    return out;
}

std::size_t count(const std::vector<flat>& v, record_kind k) {
    std::size_t n = 0;
    for (const flat& f : v) n += f.kind == k;
    return n;
}

}  // namespace

TEST_CASE("properties: the whole archive as one input, LF, CRLF and with a byte-order mark, streams as it parses") {
    REQUIRE(support::have_shared());
    const std::string lf = whole_archive();
    const std::string crlf = to_crlf(lf);
    const std::string bom_crlf = "\xEF\xBB\xBF" + crlf;
    const std::string bom_lf = "\xEF\xBB\xBF" + lf;
    const auto base = support::parse_whole(lf);
    REQUIRE(count(base, record_kind::tweet) == 6753);
    support::rng g{6};
    for (const std::string* in : {&lf, &crlf, &bom_crlf, &bom_lf}) {
        const bool has_bom = in->compare(0, 3, "\xEF\xBB\xBF") == 0;
        const bool is_crlf = in == &crlf || in == &bom_crlf;
        CAPTURE(has_bom);
        CAPTURE(is_crlf);
        const auto whole = support::parse_whole(*in);
        REQUIRE(support::accounts_for(*in, whole));
        REQUIRE(whole.size() == base.size());
        CHECK(count(whole, record_kind::error) == 0);
        CHECK(whole.front().prefix == (has_bom ? "\xEF\xBB\xBF" : ""));
        for (std::size_t i = 0; i < whole.size(); ++i) {
            REQUIRE(whole[i].kind == record_kind::tweet);
            CHECK(whole[i].id == base[i].id);
            CHECK(whole[i].line == base[i].line);
            CHECK(whole[i].seconds == base[i].seconds);
            CHECK(whole[i].separator == (is_crlf ? "\r\n----\r\n" : "\n----\n"));
        }
        // Random chunks: large, small, and tiny.
        CHECK(stream_random(*in, g, 65536) == whole);
        CHECK(stream_random(*in, g, 700) == whole);
        CHECK(stream_random(*in, g, 9) == whole);
    }
}

TEST_CASE("properties: random mutations keep byte accounting and leave records away from the damage unchanged") {
    REQUIRE(support::have_shared());
    const std::string base = whole_archive();
    const auto clean = support::parse_whole(base);
    // Record boundaries of the clean parse: start offset -> index.
    std::vector<std::uint64_t> starts;
    for (const flat& f : clean) starts.push_back(f.offset);
    const std::string pieces[] = {"\n----\n", "\n\n----\n\n", "\n--\n", "\n\n(Originally on Twitter: [", "))\n",
                                  "\n\n" + std::string("(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021]"
                                                       "(https://twitter.com/ezyang/status/1422020754267324418))"),
                                  std::string("\0", 1), "\n\n", "----"};
    support::rng g{2027};
    parse_options small;
    small.max_record_bytes = 2048;  // above every real record (the longest is under 1.8 KB)
    std::size_t checked_records = 0;
    for (int round = 0; round < 40; ++round) {
        CAPTURE(round);
        std::string in = base;
        // Leave the first records alone: they fix the layout.
        const std::size_t lo = static_cast<std::size_t>(starts[8]) + g.below(base.size() - static_cast<std::size_t>(starts[8]) - 64);
        std::size_t hi = lo;  // damaged bytes of the original: [lo, hi)
        std::ptrdiff_t delta = 0;
        const unsigned what = static_cast<unsigned>(g.below(5));
        CAPTURE(what);
        CAPTURE(lo);
        switch (what) {
            case 0:  // flip one byte
                in[lo] = static_cast<char>(in[lo] ^ static_cast<char>(1 + g.below(255)));
                hi = lo + 1;
                break;
            case 1: {  // delete up to 300 bytes
                const std::size_t n = 1 + g.below(300);
                in.erase(lo, n);
                hi = lo + n;
                delta = -static_cast<std::ptrdiff_t>(n);
                break;
            }
            case 2:
            case 3: {  // insert a separator or footer piece
                const std::string& p = pieces[g.below(sizeof pieces / sizeof pieces[0])];
                in.insert(lo, p);
                delta = static_cast<std::ptrdiff_t>(p.size());
                break;
            }
            default:  // truncate
                in.resize(lo);
                hi = base.size();
                break;
        }
        const auto whole = support::parse_whole(in);
        REQUIRE(support::accounts_for(in, whole));
        REQUIRE(stream_random(in, g, 1 + g.below(8192)) == whole);
        const auto whole_small = support::parse_whole(in, small);
        REQUIRE(support::accounts_for(in, whole_small));
        std::size_t most = 0;
        REQUIRE(stream_bounded(in, g, 3000, small, &most) == whole_small);
        CHECK(most <= small.max_record_bytes);

        // Untouched records: those that end before the record holding `lo` starts, and those that
        // start after the end of the record holding `hi` (plus the one after it, where a damaged
        // record resynchronises), shifted by delta.
        std::map<std::uint64_t, const flat*> got;
        for (const flat& f : whole) got[f.offset] = &f;
        std::size_t first_bad = 0;
        while (first_bad + 1 < starts.size() && starts[first_bad + 1] <= lo) ++first_bad;
        std::size_t last_bad = first_bad;
        while (last_bad + 1 < starts.size() && starts[last_bad + 1] <= hi) ++last_bad;
        last_bad += 1;
        for (std::size_t i = 0; i < clean.size(); ++i) {
            if (i >= first_bad && i <= last_bad) continue;
            if (i < first_bad && first_bad - i > 20) continue;  // a window each side is enough
            if (i > last_bad && i - last_bad > 20) break;
            if (what == 4 && i > first_bad) break;  // truncated away
            const flat& want = clean[i];
            const std::uint64_t at = i < first_bad ? want.offset : static_cast<std::uint64_t>(static_cast<std::ptrdiff_t>(want.offset) + delta);
            CAPTURE(i);
            const auto it = got.find(at);
            REQUIRE(it != got.end());
            const flat& have = *it->second;
            CHECK(have.kind == want.kind);
            CHECK(have.raw == want.raw);
            CHECK(have.separator == want.separator);
            CHECK(have.id == want.id);
            CHECK(have.seconds == want.seconds);
            if (i < first_bad) CHECK(have.line == want.line);
            ++checked_records;
        }
    }
    CHECK(checked_records > 1000);
}

TEST_CASE("properties: the carry never exceeds max_record_bytes while streaming the real archive") {
    REQUIRE(support::have_shared());
    const std::string lf = whole_archive();
    const std::string crlf = to_crlf(lf);
    support::rng g{31};
    for (std::size_t limit : {std::size_t{256}, std::size_t{300}, std::size_t{777}, std::size_t{2048}}) {
        for (const std::string* in : {&lf, &crlf}) {
            CAPTURE(limit);
            parse_options o;
            o.max_record_bytes = limit;
            std::size_t most = 0;
            const auto s = stream_bounded(*in, g, 1 + g.below(4 * limit), o, &most);
            CHECK(most <= limit);
            CHECK(most > limit / 2);  // the limit was approached
            CHECK(support::accounts_for(*in, s));
            const auto whole = support::parse_whole(*in, o);
            CHECK(s == whole);
            std::size_t too_large = 0;
            for (const flat& f : whole) too_large += f.kind == record_kind::error && f.ec == errc::record_too_large;
            if (limit < 300) CHECK(too_large > 0);
            if (limit >= 2048) CHECK(too_large == 0);
        }
    }
}
