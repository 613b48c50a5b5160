// Quick start: parse a whole archive held in memory and print each tweet's date and first line.
// Build: any C++17 compiler, -I path/to/tweetview/include.   Run: quickstart FILE
#include <tweetview/tweetview.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: quickstart FILE\n");
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());

    int bad = 0;
    for (const tweetview::record& r : tweetview::records(bytes)) {
        if (r.is_tweet()) {
            const tweetview::tweet& t = r.tweet;
            const tweetview::date_time d = tweetview::utc(t.time);
            // t.text, t.created_at, t.url, t.user: std::string_view into `bytes`
            // t.id: std::uint64_t, t.time.unix_seconds, t.offset, t.line
            const std::string_view first_line = t.text.substr(0, t.text.find('\n'));
            std::printf("%04d-%02d-%02d @%.*s %llu: %.*s\n", d.year, d.month, d.day, static_cast<int>(t.user.size()),
                        t.user.data(), static_cast<unsigned long long>(t.id), static_cast<int>(first_line.size()),
                        first_line.data());
        } else if (r.is_error()) {
            const tweetview::error& e = r.error;
            std::fprintf(stderr, "%s:%llu:%llu: error: %s: expected %s\n", argv[1],
                         static_cast<unsigned long long>(e.line), static_cast<unsigned long long>(e.column),
                         e.message(), e.expected);
            ++bad;
        }
    }
    return bad ? 1 : 0;
}
