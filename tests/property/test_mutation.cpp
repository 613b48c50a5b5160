// Mutated copies of the real archive: every byte is still accounted for, streaming still equals
// whole-buffer parsing, the damage is reported where it is, and records away from it survive.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <string>
#include <vector>

using namespace tweetview;
using support::flat;

namespace {

std::string archive() {
    std::string all;
    for (const std::string& f : support::archive_files()) all += support::read_file(f);
    return all;
}

// Positions of every footer line start in an F05 text.
std::vector<std::size_t> footer_starts(const std::string& s) {
    std::vector<std::size_t> v;
    for (std::size_t p = s.find("\n(Originally on Twitter: ["); p != std::string::npos; p = s.find("\n(Originally on Twitter: [", p + 1))
        v.push_back(p + 1);
    return v;
}

struct outcome {
    std::vector<flat> recs;
    std::size_t tweets = 0, errors = 0;
};

outcome check_invariants(const std::string& in, support::rng& g) {
    outcome o;
    o.recs = support::parse_whole(in);
    REQUIRE(support::accounts_for(in, o.recs));
    for (const flat& f : o.recs) {
        o.tweets += f.kind == record_kind::tweet;
        o.errors += f.kind == record_kind::error;
    }
    const std::size_t chunk = 1 + g.below(4096);
    REQUIRE(support::parse_stream(in, [chunk] { return chunk; }) == o.recs);
    return o;
}

// The tweets of `a` that lie wholly before byte `lo` or after byte `hi` (shifted by `delta`)
// must be in `b` unchanged.
void untouched_survive(const std::vector<flat>& a, const std::vector<flat>& b, std::size_t lo, std::size_t hi,
                       std::ptrdiff_t delta) {
    std::size_t bi = 0;
    std::size_t checked = 0;
    for (const flat& r : a) {
        if (r.kind != record_kind::tweet) continue;
        const std::size_t end = r.offset + r.raw.size() + r.separator.size();
        const bool before = end + 1 < lo;
        const bool after = r.offset > hi + 1;
        if (!before && !after) continue;
        const std::uint64_t want = after ? static_cast<std::uint64_t>(static_cast<std::ptrdiff_t>(r.offset) + delta) : r.offset;
        while (bi < b.size() && b[bi].offset < want) ++bi;
        REQUIRE(bi < b.size());
        CHECK(b[bi].kind == record_kind::tweet);
        CHECK(b[bi].offset == want);
        CHECK(b[bi].raw == r.raw);
        CHECK(b[bi].id == r.id);
        ++checked;
        if (checked > 40) break;  // a window around the damage is enough; the rest is the same code
    }
}

}  // namespace

TEST_CASE("mutations of the real archive") {
    REQUIRE(support::have_shared());
    const std::string base = archive();
    support::rng g{99};
    const outcome clean = check_invariants(base, g);
    REQUIRE(clean.errors == 0);
    const auto footers = footer_starts(base);
    REQUIRE(footers.size() == 6753);

    SUBCASE("truncate anywhere") {
        for (int i = 0; i < 40; ++i) {
            const std::size_t cut = g.below(base.size());
            const std::string in = base.substr(0, cut);
            const outcome o = check_invariants(in, g);
            CHECK(o.tweets <= clean.tweets);
            untouched_survive(clean.recs, o.recs, cut > 2000 ? cut - 2000 : 0, base.size(), 0);
        }
    }
    SUBCASE("delete a footer line: the two records merge into one, nothing else changes") {
        for (int i = 0; i < 30; ++i) {
            const std::size_t f = footers[g.below(footers.size())];
            const std::size_t eol = base.find('\n', f);
            std::string in = base;
            in.erase(f, eol - f + 1);
            const outcome o = check_invariants(in, g);
            CHECK(o.tweets + o.errors <= clean.tweets);
            // The record whose footer went and the one after it merge; the rest is untouched.
            const std::size_t next_end = base.find("\n----\n", eol + 1) + 6;
            untouched_survive(clean.recs, o.recs, f, next_end, -static_cast<std::ptrdiff_t>(eol - f + 1));
        }
    }
    SUBCASE("corrupt a date: a bad_timestamp error on the footer's line") {
        for (int i = 0; i < 30; ++i) {
            const std::size_t f = footers[g.below(footers.size())];
            std::string in = base;
            in[f + 25 + 8] = 'X';  // the day's first digit
            const outcome o = check_invariants(in, g);
            CHECK(o.errors == 1);
            CHECK(o.tweets == clean.tweets - 1);
            for (const flat& r : o.recs) {
                if (r.kind != record_kind::error) continue;
                CHECK(r.ec == errc::bad_timestamp);
                CHECK(r.eoffset == f + 25 + 8);
                CHECK(r.ecol == 34);
                CHECK(r.eline == 1 + static_cast<std::uint64_t>(std::count(in.begin(), in.begin() + static_cast<std::ptrdiff_t>(f), '\n')));
            }
            untouched_survive(clean.recs, o.recs, f, f + 100, 0);
        }
    }
    SUBCASE("overflow an id: a bad_id error") {
        for (int i = 0; i < 20; ++i) {
            const std::size_t f = footers[g.below(footers.size())];
            const std::size_t digits = base.find("/status/", f) + 8;
            std::string in = base;
            in.insert(digits, "99999999999999999999");
            const outcome o = check_invariants(in, g);
            CHECK(o.errors == 1);
            for (const flat& r : o.recs) {
                if (r.kind == record_kind::error) {
                    CHECK(r.ec == errc::bad_id);
                    CHECK(r.eoffset == digits);
                }
            }
        }
    }
    SUBCASE("insert NUL bytes and invalid UTF-8 into bodies: still tweets, bytes kept") {
        for (int i = 0; i < 30; ++i) {
            const std::size_t f = footers[g.below(footers.size())];
            std::string in = base;
            in.insert(f - 2, i % 2 ? std::string("\0\0x", 3) : std::string("\xC0\xAF\xED\xA0\x80\xFF"));
            const outcome o = check_invariants(in, g);
            CHECK(o.errors == 0);
            CHECK(o.tweets == clean.tweets);
        }
    }
    SUBCASE("drop a separator: a missing_separator error, the next record survives") {
        for (int i = 0; i < 30; ++i) {
            const std::size_t f = footers[g.below(footers.size() - 1)];
            const std::size_t sep = base.find("\n----\n", f);
            std::string in = base;
            in.erase(sep + 1, 5);  // the "----\n" line
            const outcome o = check_invariants(in, g);
            CHECK(o.errors == 1);
            CHECK(o.tweets == clean.tweets - 1);
            for (const flat& r : o.recs) {
                if (r.kind == record_kind::error) CHECK(r.ec == errc::missing_separator);
            }
            untouched_survive(clean.recs, o.recs, f, sep, -5);
        }
    }
    SUBCASE("random byte flips, deletions and insertions of separators and footers") {
        const std::string pieces[] = {"\n----\n", "\n\n----\n\n", "\n\n(Originally on Twitter: [", "))\n", "\r\n", "\n",
                                      std::string("\0", 1), "\xEF\xBB\xBF"};
        for (int i = 0; i < 60; ++i) {
            std::string in = base;
            for (int k = 0; k < 5; ++k) {
                const std::size_t at = g.below(in.size());
                switch (g.below(3)) {
                    case 0: in[at] = static_cast<char>(g.below(256)); break;
                    case 1: in.erase(at, 1 + g.below(50)); break;
                    default: in.insert(at, pieces[g.below(8)]); break;
                }
            }
            (void)check_invariants(in, g);
        }
    }
}
