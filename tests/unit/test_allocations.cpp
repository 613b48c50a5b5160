// A counting global operator new: the whole-buffer range allocates nothing; a stream allocates
// a small constant number of times (its carry buffer), whatever the number of tweets.
#include <doctest/doctest.h>

#include "../repair_support.hpp"
#include "../support.hpp"

#include <atomic>

// The counting operator new lives in counting_new.cpp: in this TU GCC would pair an inlined
// malloc with delete and warn.
extern std::atomic<long> g_allocations;

using namespace tweetview;

namespace {

std::string corpus() {
    if (support::have_shared()) {
        std::string all;
        for (const std::string& f : support::archive_files()) all += support::read_file(f);
        return all;
    }
    MESSAGE("shared data not found at '" << support::shared_dir() << "': using the sample archive");
    std::string all;
    const std::string sample = support::read_file(support::sample_path());
    for (int i = 0; i < 300; ++i) all += sample;
    return all;
}

long stream_allocations(std::string_view bytes, std::size_t chunk, std::uint64_t* tweets) {
    const long before = g_allocations.load();
    {
        stream s;
        auto cb = [&](const record& r) { *tweets += r.is_tweet(); };
        for (std::size_t at = 0; at < bytes.size(); at += chunk) (void)s.feed(bytes.substr(at, chunk), cb);
        (void)s.finish(cb);
    }
    return g_allocations.load() - before;
}

}  // namespace

TEST_CASE("the counting operator new counts") {
    const long before = g_allocations.load();
    // Through a volatile pointer: a compiler may elide a new/delete pair it can see whole (clang
    // does, with libc++), but not one whose pointer escapes. Two allocations: the string object
    // and its 100 characters.
    std::string* volatile s = new std::string(100, 'x');
    const long during = g_allocations.load() - before;
    delete s;
    CHECK(during >= 2);
}

TEST_CASE("records() allocates nothing") {
    const std::string bytes = corpus();
    const long before = g_allocations.load();
    std::uint64_t tweets = 0, size = 0;
    for (const record& r : records(bytes)) {
        tweets += r.is_tweet();
        size += r.size();
    }
    CHECK(g_allocations.load() - before == 0);
    CHECK(tweets > 5000);
    CHECK(size == bytes.size());
}

TEST_CASE("a stream fed 64 KiB chunks allocates a small constant number of times") {
    const std::string bytes = corpus();
    std::uint64_t all_tweets = 0, half_tweets = 0;
    const long all = stream_allocations(bytes, 64 * 1024, &all_tweets);
    const long half = stream_allocations(std::string_view(bytes).substr(0, bytes.size() / 2), 64 * 1024, &half_tweets);
    MESSAGE("allocations: " << all << " for " << all_tweets << " tweets, " << half << " for " << half_tweets);
    CHECK(all_tweets > half_tweets * 3 / 2);
    CHECK(all >= 1);  // the carry buffer: the counter sees the header's own allocations too
    CHECK(all <= 4);
    CHECK(all == half);  // independent of the number of tweets
    // Tiny chunks: the carry grows to the largest record, then is reused.
    std::uint64_t t = 0;
    CHECK(stream_allocations(bytes, 7, &t) <= 8);
    CHECK(t == all_tweets);
}

TEST_CASE("text repair allocates nothing") {
    namespace tv = tweetview;
    using tv::repair_flags;

    std::string clean = "plain &amp; text caf" + u8(0xE9) + " " + u8(0x1F923);
    std::string dirty = mojibake(clean, page::macroman) + " " + mojibake(clean, page::cp1252) + " " +
                        mojibake(mojibake(clean, page::cp1252), page::macroman);
    std::string longrun;
    for (int i = 0; i < 2000; ++i) longrun += u8(0x4E00u + static_cast<std::uint32_t>(i));
    longrun = mojibake(longrun, page::macroman);
    std::vector<std::string> inputs{clean, dirty, longrun};
    if (support::have_shared()) {
        inputs.push_back(slurp(shared_dir / "data/seed/000_8a56934bdbe8199e.txt"));
        inputs.push_back(slurp(shared_dir / "data/ezyang-tweets-mojibake/cp1252/tweets_2015-03.md"));
    }
    std::vector<char> out(1 << 20);
    std::vector<char> out2(1 << 20);
    std::size_t sink = 0;
    const long before = g_allocations.load();
    for (const std::string& s : inputs) {
        for (repair_flags f : {repair_flags::mojibake, repair_flags::html, repair_flags::all}) {
            sink += tv::repair(s, out.data(), f);
            sink += static_cast<std::size_t>(tv::repair(s, out2.begin(), f) - out2.begin());
            sink += tv::needs_repair(s, f);
            tv::repair_offset_map map(s, f);
            for (std::size_t i = 0; i <= s.size(); i += 7) sink += map(i);
        }
        sink += tv::decode_html(s, out.data()) + tv::repair_mojibake(s, out.data());
        sink += tv::validate_utf8(s).error_offset;
    }
    const long after = g_allocations.load();
    CHECK(sink > 0);
    CHECK(after - before == 0);
}

TEST_CASE("Markdown, media, the writer and entities allocate nothing") {
    namespace tv = tweetview;
    // Every flavour's texts (the F10 and F11 outputs quote and escape), or the sample archive.
    std::vector<std::string> files{support::sample_path()};
    if (support::have_shared()) {
        files.push_back(support::shared_dir() + "/flavours/F10-jekyll-escaped/2022-10-01-Tweet-Archive-2022-10.md");
        files.push_back(support::shared_dir() + "/flavours/F09-jekyll-quote-icon-dotslash/2022-10-01-Tweet-Archive-2022-10.md");
    }
    std::vector<std::string> inputs;
    for (const std::string& f : files) {
        inputs.push_back(support::read_file(f));
        REQUIRE(!inputs.back().empty());
    }
    std::vector<char> out(1 << 20), out2(1 << 20), scratch(1 << 20);
    std::size_t sink = 0, tweets = 0;
    const long before = g_allocations.load();
    for (const std::string& bytes : inputs) {
        for (const tv::record& r : tv::records(bytes)) {
            if (!r.is_tweet()) continue;
            const tv::tweet& t = r.tweet;
            ++tweets;
            sink += tv::unquote(t.text, out.data()) + tv::unescape_markdown(t.text, out.data()) + tv::author_text(t, out.data());
            for (const tv::media_span& m : tv::media(t.text)) sink += m.path(t.text).size();
            for (const tv::entity& e : tv::entities(t.text)) sink += e.end;
            tv::index_converter c(t.text);
            sink += c.code_points(static_cast<std::uint32_t>(t.text.size()));
            sink += static_cast<std::size_t>(tv::format_text(t.text, tv::flavour::f11, out2.data()) - out2.data());
            sink += static_cast<std::size_t>(tv::convert_text(t, tv::flavour::f05, scratch.data(), out2.data()) - out2.data());
            tv::writer w(tv::flavour::f08);
            sink += static_cast<std::size_t>(w.write(t, out2.data()) - out2.data());
        }
    }
    const long after = g_allocations.load();
    CHECK(tweets > 10);
    CHECK(sink > 0);
    CHECK(after - before == 0);
}
