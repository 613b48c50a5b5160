// Built with -fno-exceptions -fno-rtti: the header needs neither.
#include <tweetview/tweetview.hpp>

#include <cstdio>
#include <string>

#if defined(__cpp_exceptions) || defined(__cpp_rtti)
#error "this file must be compiled with -fno-exceptions -fno-rtti"
#endif

int main() {
    const std::string in =
        "hello\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1))\n----\n"
        "bad\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/x))\n----\n";
    int tweets = 0, errors = 0;
    for (const tweetview::record& r : tweetview::records(in)) {
        tweets += r.is_tweet();
        errors += r.is_error();
    }
    tweetview::stream s;
    int streamed = 0;
    for (char c : in) (void)s.feed(std::string_view(&c, 1), [&](const tweetview::record&) { ++streamed; });
    (void)s.finish([&](const tweetview::record&) { ++streamed; });
    const bool ok = tweets == 1 && errors == 1 && streamed == 2;
    std::printf("no-exceptions build: %d tweets, %d errors, %d streamed: %s\n", tweets, errors, streamed, ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}
