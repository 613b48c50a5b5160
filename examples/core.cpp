// The stateless core: parse_record, one record at a time, as records() and stream do it. The
// caller owns the bytes and the position; nothing is allocated or copied.
// Build: any C++17 compiler, -I path/to/tweetview/include.   Run: core FILE
#include <tweetview/tweetview.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: core FILE\n");
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());

    unsigned long long tweets = 0, errors = 0, last_id = 0;
    tweetview::parse_options options;    // layout unknown: read off the first record, then enforced
    tweetview::parse_position position;  // offset 0, line 1
    std::string_view rest = bytes;
    for (;;) {
        tweetview::parse_result r = tweetview::parse_record(rest, options, position, /*at_eof=*/true);
        // A record over max_record_bytes: it runs to its separator, found in the rest of the bytes.
        if (r.status == tweetview::parse_status::skip) tweetview::skip_record(r, rest);
        if (r.status == tweetview::parse_status::tweet) {
            ++tweets;
            last_id = r.rec.tweet.id;
        } else if (r.status == tweetview::parse_status::error) {
            ++errors;
        } else {
            break;  // end: only blank lines were left
        }
        if (!options.shape.known() && r.shape.known()) options.shape = r.shape;
        rest.remove_prefix(r.consumed);
        position = r.next;  // offset and line of the next record
    }
    std::printf("%llu tweets, %llu errors, %llu bytes left, last id %llu\n", tweets, errors,
                static_cast<unsigned long long>(rest.size()), last_id);
    return errors ? 1 : 0;
}
