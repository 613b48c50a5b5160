// Record parsing throughput, next to baselines over the same buffer in the same run.
//   bench_records [DIR_OR_FILE...] [--mib N] [--runs N]
// Loads the inputs (default: the shared real archive), repeats them in memory up to N MiB
// (default 256), then times, best of --runs: a memchr line count, records() (every tweet with
// its timestamp and id parsed), and a stream fed 64 KiB chunks.
#include <tweetview/tweetview.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

template <class F>
double best_seconds(int runs, F&& f) {
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
        if (d.count() < best) best = d.count();
    }
    return best;
}

volatile std::uint64_t sink;

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> inputs;
    std::size_t mib = 256;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mib" && i + 1 < argc) mib = static_cast<std::size_t>(std::stoul(argv[++i]));
        else if (a == "--runs" && i + 1 < argc) runs = std::stoi(argv[++i]);
        else inputs.push_back(a);
    }
#ifdef TWEETVIEW_SHARED_DIR
    if (inputs.empty()) inputs.push_back(std::string(TWEETVIEW_SHARED_DIR) + "/data/ezyang-tweets");
#endif
    std::string one;
    for (const std::string& in : inputs) {
        if (std::filesystem::is_directory(in)) {
            std::vector<std::string> files;
            for (const auto& e : std::filesystem::directory_iterator(in))
                if (e.path().extension() == ".md") files.push_back(e.path().string());
            std::sort(files.begin(), files.end());
            for (const auto& f : files) one += read_file(f);
        } else {
            one += read_file(in);
        }
    }
    if (one.empty()) {
        std::fprintf(stderr, "bench_records: no input (give a file or directory)\n");
        return 2;
    }
    std::string buf;
    buf.reserve(mib << 20);
    while (buf.size() + one.size() <= (mib << 20) || buf.empty()) buf += one;
    const double mb = static_cast<double>(buf.size()) / 1e6;

    std::uint64_t lines = 0, tweets = 0, errors = 0, streamed = 0;
    const double t_memchr = best_seconds(runs, [&] {
        std::uint64_t n = 0;
        const char* p = buf.data();
        const char* const end = p + buf.size();
        while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr) {
            ++n;
            ++p;
        }
        lines = n;
    });
    const double t_records = best_seconds(runs, [&] {
        std::uint64_t n = 0, e = 0, acc = 0;
        for (const tweetview::record& r : tweetview::records(buf)) {
            if (r.is_tweet()) {
                ++n;
                acc += r.tweet.id ^ static_cast<std::uint64_t>(r.tweet.time.unix_seconds) ^ r.tweet.text.size();
            } else if (r.is_error()) {
                ++e;
            }
        }
        tweets = n;
        errors = e;
        sink = acc;
    });
    const double t_stream = best_seconds(runs, [&] {
        std::uint64_t n = 0;
        tweetview::stream s;
        auto cb = [&](const tweetview::record& r) { n += r.is_tweet(); };
        const std::size_t chunk = 64 * 1024;
        for (std::size_t at = 0; at < buf.size(); at += chunk) (void)s.feed(std::string_view(buf).substr(at, chunk), cb);
        (void)s.finish(cb);
        streamed = n;
    });
    std::printf("input: %.1f MB in memory (%llu tweets, %llu lines, %llu errors), best of %d runs\n", mb,
                static_cast<unsigned long long>(tweets), static_cast<unsigned long long>(lines),
                static_cast<unsigned long long>(errors), runs);
    std::printf("memchr line count      %8.0f MB/s\n", mb / t_memchr);
    std::printf("records() + time + id  %8.0f MB/s  %6.1f M tweets/s\n", mb / t_records, static_cast<double>(tweets) / t_records / 1e6);
    std::printf("stream, 64 KiB chunks  %8.0f MB/s\n", mb / t_stream);
    return (tweets == streamed && errors == 0) ? 0 : 1;
}
