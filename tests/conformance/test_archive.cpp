// The real archive (../shared/data/ezyang-tweets), the seed file, and the flavour outputs.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <ctime>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace tweetview;

namespace {

// An independent reading of an F05 file, for cross-checking: plain string searches, strptime and
// timegm from the C library. It assumes a clean file (every record well formed).
struct naive_tweet {
    std::string text, user;
    std::uint64_t id;
    std::int64_t seconds;
};

std::vector<naive_tweet> naive_parse(const std::string& s) {
    std::vector<naive_tweet> out;
    const std::string foot = "\n\n(Originally on Twitter: [";
    std::size_t start = 0;
    for (;;) {
        // The footer that ends this record is the first one followed by "))\n----\n".
        std::size_t f = s.find(foot, start);
        while (f != std::string::npos) {
            const std::size_t eol = s.find('\n', f + 2);
            if (eol != std::string::npos && s.compare(eol - 2, 8, "))\n----\n") == 0) break;
            f = s.find(foot, f + 1);
        }
        if (f == std::string::npos) break;
        naive_tweet t;
        t.text = s.substr(start, f - start);
        const std::string ts = s.substr(f + foot.size(), 30);
        std::tm tm{};
        const char* end = strptime(ts.c_str(), "%a %b %d %H:%M:%S +0000 %Y", &tm);
        REQUIRE(end != nullptr);
        t.seconds = static_cast<std::int64_t>(timegm(&tm));
        const std::size_t u = s.find("](https://twitter.com/", f) + 22;
        const std::size_t slash = s.find('/', u);
        t.user = s.substr(u, slash - u);
        const std::size_t digits = slash + 8;
        t.id = std::stoull(s.substr(digits, s.find(')', digits) - digits));
        out.push_back(t);
        start = s.find("\n----\n", f) + 6;
    }
    return out;
}

std::string to_crlf(const std::string& s) {
    std::string out;
    out.reserve(s.size() + s.size() / 20);
    for (char c : s) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

}  // namespace

TEST_CASE("the real archive: 6,753 tweets, zero errors, every byte accounted for") {
    REQUIRE(support::have_shared());
    const auto files = support::archive_files();
    CHECK(files.size() == 165);
    std::uint64_t tweets = 0, errors = 0, snow = 0;
    std::uint64_t prev_seconds = 0;
    for (const std::string& path : files) {
        CAPTURE(path);
        const std::string bytes = support::read_file(path);
        const auto recs = support::parse_whole(bytes);
        CHECK(support::accounts_for(bytes, recs));
        for (const auto& r : recs) {
            if (r.kind == record_kind::tweet) {
                ++tweets;
                CHECK(r.user == "ezyang");
                CHECK(static_cast<std::uint64_t>(r.seconds) >= prev_seconds);  // real archives are in time order
                prev_seconds = static_cast<std::uint64_t>(r.seconds);
                CHECK(snowflake_agrees(r.id, r.seconds));
                snow += is_snowflake(r.id);
            } else if (r.kind == record_kind::error) {
                ++errors;
            }
        }
    }
    CHECK(tweets == 6753);
    CHECK(errors == 0);
    CHECK(snow == 6415);
}

TEST_CASE("the real archive agrees with an independent reading (strptime, timegm, string search)") {
    REQUIRE(support::have_shared());
    std::size_t compared = 0;
    for (const std::string& path : support::archive_files()) {
        CAPTURE(path);
        const std::string bytes = support::read_file(path);
        const auto naive = naive_parse(bytes);
        std::vector<tweet> ours;
        for (const record& r : records(bytes)) {
            if (r.is_tweet()) ours.push_back(r.tweet);
        }
        REQUIRE(ours.size() == naive.size());
        for (std::size_t i = 0; i < ours.size(); ++i) {
            CHECK(ours[i].id == naive[i].id);
            CHECK(ours[i].time.unix_seconds == naive[i].seconds);
            CHECK(ours[i].user == naive[i].user);
            CHECK(ours[i].text == naive[i].text);
            // line is the 1-based line of the record's first byte
            const auto line = 1 + static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(ours[i].offset), '\n'));
            CHECK(ours[i].line == line);
            ++compared;
        }
    }
    CHECK(compared == 6753);
}

TEST_CASE("known tweets of the real archive") {
    REQUIRE(support::have_shared());
    const std::string aug = support::read_file(support::shared_dir() + "/data/ezyang-tweets/tweets_2021-08.md");
    auto it = records(aug).begin();
    REQUIRE(it->is_tweet());
    CHECK(it->tweet.id == 1422020754267324418ull);
    CHECK(it->tweet.time.unix_seconds == 1627871142);  // date -u -d '2021-08-02 02:25:42' +%s
    CHECK(it->tweet.text == "what makes it \"being flexible\" versus \"being easily distracted\"");
    const std::string first = support::read_file(support::shared_dir() + "/data/ezyang-tweets/tweets_2008-05.md");
    auto f = records(first).begin();
    CHECK(f->tweet.id == 821468801);
    CHECK(f->tweet.line == 1);
}

TEST_CASE("the seed file: 91 tweets") {
    REQUIRE(support::have_shared());
    const auto seeds = support::files_in(support::shared_dir() + "/data/seed", ".txt");
    REQUIRE(seeds.size() == 1);
    const std::string bytes = support::read_file(seeds[0]);
    const auto recs = support::parse_whole(bytes);
    std::size_t tweets = 0;
    for (const auto& r : recs) tweets += r.kind == record_kind::tweet;
    CHECK(tweets == 91);
    CHECK(recs.size() == 91);
    CHECK(support::accounts_for(bytes, recs));
}

TEST_CASE("streaming the real archive equals whole-buffer parsing, for every chunk size") {
    REQUIRE(support::have_shared());
    support::rng g{2026};
    for (const std::string& path : support::archive_files()) {
        CAPTURE(path);
        const std::string bytes = support::read_file(path);
        const auto whole = support::parse_whole(bytes);
        for (std::size_t size : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7}, std::size_t{64}, std::size_t{4096}}) {
            CAPTURE(size);
            REQUIRE(support::parse_stream(bytes, [size] { return size; }) == whole);
        }
        REQUIRE(support::parse_stream(bytes, [&g] { return 1 + g.below(5000); }) == whole);
    }
}

TEST_CASE("streaming the seed file split at every byte equals whole-buffer parsing") {
    REQUIRE(support::have_shared());
    const std::string bytes = support::read_file(support::files_in(support::shared_dir() + "/data/seed", ".txt")[0]);
    const auto whole = support::parse_whole(bytes);
    for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
        bool first = true;
        const auto two = support::parse_stream(bytes, [&] {
            const std::size_t n = first ? cut : bytes.size();
            first = false;
            return n;
        });
        REQUIRE(two == whole);
    }
}

TEST_CASE("every flavour F02-F11 reads as 300 tweets with zero errors, LF and CRLF") {
    REQUIRE(support::have_shared());
    const std::string root = support::shared_dir() + "/flavours";
    std::size_t flavours = 0;
    for (const auto& dir : std::filesystem::directory_iterator(root)) {
        const std::string name = dir.path().filename().string();
        if (!dir.is_directory() || name.size() < 3 || name[0] != 'F') continue;
        CAPTURE(name);
        ++flavours;
        std::uint64_t tweets = 0, errors = 0;
        for (const auto& f : std::filesystem::recursive_directory_iterator(dir.path())) {
            const std::string ext = f.path().extension().string();
            if (!f.is_regular_file() || (ext != ".md" && ext != ".txt") || f.path().filename() == "MANIFEST.txt") continue;
            const std::string bytes = support::read_file(f.path().string());
            const auto lf = support::parse_whole(bytes);
            CHECK(support::accounts_for(bytes, lf));
            const std::string crlf_bytes = to_crlf(bytes);
            const auto crlf = support::parse_whole(crlf_bytes);
            CHECK(support::accounts_for(crlf_bytes, crlf));
            REQUIRE(lf.size() == crlf.size());
            for (std::size_t i = 0; i < lf.size(); ++i) {
                CHECK(lf[i].kind == crlf[i].kind);
                CHECK(lf[i].id == crlf[i].id);
                CHECK(lf[i].line == crlf[i].line);
                tweets += lf[i].kind == record_kind::tweet;
                errors += lf[i].kind == record_kind::error;
            }
        }
        CHECK(tweets == 300);
        CHECK(errors == 0);
    }
    CHECK(flavours == 12);
}
