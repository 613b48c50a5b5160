// Text repair: each tweet's text with HTML entities decoded and mojibake undone, written into a
// buffer of the caller's; prints the texts that changed. Nothing in the library allocates.
// Build: any C++17 compiler, -I path/to/tweetview/include.   Run: repair_text FILE
#include <tweetview/tweetview.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: repair_text FILE\n");
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());

    std::string out, s;
    for (const tweetview::record& r : tweetview::records(bytes)) {
        if (!r.is_tweet()) continue;
        const tweetview::tweet& t = r.tweet;
        out.resize(tweetview::repair_bound(t.text.size()));
        out.resize(tweetview::repair(t.text, out.data()));                                    // both repairs
        s.clear();
        tweetview::repair(t.text, std::back_inserter(s), tweetview::repair_flags::mojibake);  // or into an iterator
        tweetview::repair_offset_map map(t.text);  // raw byte offset -> repaired byte offset, one pass
        if (out == t.text) continue;
        std::printf("%llu (%zu -> %zu bytes, mojibake only %zu): %s\n", static_cast<unsigned long long>(t.id), t.text.size(),
                    map(t.text.size()), s.size(), out.c_str());
    }
    return 0;
}
