// Entities: every mention, URL, hashtag and cashtag of each tweet, with Twitter's code-point
// indices. Extraction is lazy and allocation-free; entities come sorted, overlaps removed.
#include <tweetview/tweetview.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: entities FILE\n");
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());

    static const char* const kinds[] = {"mention", "url", "hashtag", "cashtag"};
    for (const tweetview::record& r : tweetview::records(bytes)) {
        if (!r.is_tweet()) continue;
        const std::string_view text = r.tweet.text;
        tweetview::index_converter indices(text);  // byte offsets -> code points (and .utf16()), in one pass
        for (const tweetview::entity& e : tweetview::entities(text)) {
            const std::string_view value = e.value(text);  // screen name, URL or tag, no sigil
            std::printf("%llu %s %.*s%.*s [%u, %u)\n", static_cast<unsigned long long>(r.tweet.id), kinds[static_cast<int>(e.kind)],
                        static_cast<int>(value.size()), value.data(), static_cast<int>(e.list_slug(text).size()),
                        e.list_slug(text).data(), indices.code_points(e.begin), indices.code_points(e.end));
        }
        const std::string_view to = tweetview::reply_screen_name(text);  // the leading @mention, as extractReplies
        if (!to.empty()) std::printf("%llu reply to @%.*s\n", static_cast<unsigned long long>(r.tweet.id), static_cast<int>(to.size()), to.data());
        if (tweetview::is_retweet(text)) {
            const std::string_view who = tweetview::retweeted_screen_name(text);
            std::printf("%llu retweet of @%.*s\n", static_cast<unsigned long long>(r.tweet.id), static_cast<int>(who.size()), who.data());
        }
    }
    return 0;
}
