// A consumer of tweetview: counts the tweets of a file.
#include <tweetview/tweetview.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    std::ifstream f(argv[1], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    int tweets = 0;
    for (const tweetview::record& r : tweetview::records(bytes)) tweets += r.is_tweet();
    std::printf("%d tweets\n", tweets);
    return 0;
}
