// The streaming parser gives exactly what the whole-buffer range gives, however it is fed.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <string>
#include <vector>

using namespace tweetview;

namespace {

std::string footer(const char* ts = "Mon Aug 02 02:25:42 +0000 2021", const char* id = "1422020754267324418") {
    return std::string("(Originally on Twitter: [") + ts + "](https://twitter.com/ezyang/status/" + id + "))";
}
std::string f05(const std::string& body, const std::string& foot = footer()) { return body + "\n\n" + foot + "\n----\n"; }

// An input with one of everything: good records, each error kind, CRLF-free F05.
std::string mixed() {
    return "\xEF\xBB\xBF" + f05("a") + f05("b", footer("Tue Aug 02 02:25:42 +0000 2021")) + f05("c\n\n(paren\n----\nd") +
           "e\n\n" + footer() + "\nno separator\n\n" + footer() + "\n----\n" + f05(std::string(700, 'L')) +
           f05("x", footer("Mon Aug 02 02:25:42 +0000 2021", "99999999999999999999")) + f05("last") + "\n\ntrailing";
}

void same_for_every_split(const std::string& in, const parse_options& o) {
    const auto whole = support::parse_whole(in, o);
    REQUIRE(support::accounts_for(in, whole));
    for (std::size_t cut = 0; cut <= in.size(); ++cut) {
        CAPTURE(cut);
        bool first = true;
        const auto two = support::parse_stream(
            in,
            [&] {
                const std::size_t n = first ? cut : in.size();
                first = false;
                return n == 0 ? std::size_t{0} : n;
            },
            o);
        REQUIRE(two == whole);
    }
}

}  // namespace

TEST_CASE("stream equals whole buffer for every split point of a mixed input") {
    parse_options o;
    o.max_record_bytes = 512;
    same_for_every_split(mixed(), o);
}

TEST_CASE("stream equals whole buffer for chunk sizes 1, 2, 3, 7, 64, 4096 and random sizes") {
    parse_options o;
    o.max_record_bytes = 512;
    const std::string in = mixed() + mixed();
    const auto whole = support::parse_whole(in, o);
    REQUIRE(support::accounts_for(in, whole));
    for (std::size_t size : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7}, std::size_t{64}, std::size_t{4096}}) {
        CAPTURE(size);
        CHECK(support::parse_stream(in, [size] { return size; }, o) == whole);
    }
    support::rng g{7};
    for (int round = 0; round < 50; ++round) {
        CHECK(support::parse_stream(in, [&g] { return 1 + g.below(300); }, o) == whole);
    }
}

TEST_CASE("stream: CRLF input split everywhere") {
    std::string crlf;
    for (char c : mixed()) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    parse_options o;
    o.max_record_bytes = 600;
    same_for_every_split(crlf, o);
}

TEST_CASE("stream: the sample archive split at every byte") {
    const std::string in = support::read_file(support::sample_path());
    REQUIRE(in.size() > 1000);
    same_for_every_split(in, parse_options{});
}

TEST_CASE("stream: the carry buffer never holds more than max_record_bytes") {
    parse_options o;
    o.max_record_bytes = 1000;
    std::string in;
    for (int i = 0; i < 20; ++i) in += f05(std::string(static_cast<std::size_t>(i) * 150, 'q'));
    in += std::string(5000, 'z');  // and a tail with no record end at all
    stream s(o);
    std::size_t most = 0, errors = 0;
    auto cb = [&](const record& r) { errors += r.is_error(); };
    for (std::size_t at = 0; at < in.size(); at += 13) {
        (void)s.feed(std::string_view(in).substr(at, 13), cb);
        most = std::max(most, s.carried());
        CHECK(s.carried() <= 1000);
    }
    (void)s.finish(cb);
    CHECK(most > 900);
    CHECK(errors == 14 + 1);  // records 7..19 with their separator are over 1000 bytes, plus the tail
    CHECK(s.offset() == in.size());
}

TEST_CASE("stream: a callback returning false stops it") {
    const std::string in = f05("a") + f05("b") + f05("c");
    stream s;
    int seen = 0;
    CHECK(s.feed(in, [&](const record&) { return ++seen < 2; }) == feed_status::stopped);
    CHECK(seen == 2);
    CHECK(s.finish([&](const record&) { ++seen; }) == feed_status::stopped);
    CHECK(seen == 2);
}

TEST_CASE("stream: a forced layout is used from the first record") {
    parse_options o;
    o.shape = f05_layout;
    const std::string padded = "a\n\n" + footer() + "\n\n----\n\nb\n\n" + footer();
    const auto v = support::parse_stream(padded, [] { return std::size_t{5}; }, o);
    REQUIRE(!v.empty());
    CHECK(v[0].kind == record_kind::error);
    CHECK(v[0].ec == errc::missing_separator);
}

TEST_CASE("stream: a record inside one chunk is a view into it; one across chunks, into the carry") {
    const std::string foot = "(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1))";
    const std::string rec = "text\n\n" + foot + "\n----\n";
    const std::string chunk1 = rec + rec + rec.substr(0, 10);  // two whole records, the start of a third
    const std::string chunk2 = rec.substr(10) + rec;            // its rest, a fourth whole one
    auto inside = [](std::string_view v, const std::string& c) {
        return v.data() >= c.data() && v.data() + v.size() <= c.data() + c.size();
    };
    stream s;
    std::vector<int> where;  // 1: chunk1, 2: chunk2, 0: neither (the carry)
    const std::string* current = &chunk1;
    auto cb = [&](const record& r) {
        REQUIRE(r.is_tweet());
        CHECK(r.tweet.text == "text");
        where.push_back(inside(r.tweet.raw, *current) ? (current == &chunk1 ? 1 : 2) : 0);
    };
    (void)s.feed(chunk1, cb);
    current = &chunk2;
    (void)s.feed(chunk2, cb);
    (void)s.finish(cb);
    CHECK(where == std::vector<int>{1, 1, 0, 2});
}
