// Streaming: read stdin in chunks of any size, count tweets per year. Memory stays bounded by
// the chunk plus one record, however large the input.
#include <tweetview/tweetview.hpp>

#include <cstdio>
#include <map>

int main() {
    std::map<int, long> per_year;
    long errors = 0;
    auto on_record = [&](const tweetview::record& r) {
        if (r.is_tweet()) ++per_year[tweetview::utc(r.tweet.time).year];
        else if (r.is_error()) ++errors;
    };

    tweetview::stream parser;  // default options: detect the flavour, 1 MiB record limit
    char chunk[4096];
    std::size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) {
        (void)parser.feed(std::string_view(chunk, n), on_record);
    }
    (void)parser.finish(on_record);

    for (const auto& [year, count] : per_year) std::printf("%d %ld\n", year, count);
    if (errors) std::printf("errors %ld\n", errors);
    return errors ? 1 : 0;
}
