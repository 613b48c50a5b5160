// Splitting: the cost of finding a record start from a random offset, and parsing one large
// in-memory input with 1 and N threads (each thread parses the records that start in its byte
// range, found with find_record_start), checked to give the same records as one thread.
//   bench_split [DIR_OR_FILE...] [--mib N] [--threads N] [--runs N]
#include <tweetview/tweetview.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
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
        best = std::min(best, d.count());
    }
    return best;
}

struct part {
    std::uint64_t tweets = 0, errors = 0, checksum = 0;
};

part parse_range(std::string_view all, std::size_t b, std::size_t e, const tweetview::layout& shape) {
    part p;
    tweetview::parse_options o;
    o.shape = shape;
    tweetview::parse_position at;
    at.offset = b;  // (lines are not needed here; counting them would be a separate pass)
    for (const tweetview::record& r : tweetview::records(all.substr(b, e - b), b == 0 ? tweetview::parse_options{} : o, at)) {
        if (r.is_tweet()) {
            ++p.tweets;
            p.checksum += r.tweet.id ^ static_cast<std::uint64_t>(r.tweet.time.unix_seconds);
        } else if (r.is_error()) {
            ++p.errors;
        }
    }
    return p;
}

part parse_threads(std::string_view all, unsigned n, const tweetview::layout& shape) {
    std::vector<std::size_t> starts;
    for (unsigned i = 0; i <= n; ++i) starts.push_back(tweetview::find_record_start(all, all.size() * i / n, shape));
    std::vector<part> parts(n);
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < n; ++i) pool.emplace_back([&, i] { parts[i] = parse_range(all, starts[i], starts[i + 1], shape); });
    for (auto& t : pool) t.join();
    part total;
    for (const part& p : parts) {
        total.tweets += p.tweets;
        total.errors += p.errors;
        total.checksum += p.checksum;
    }
    return total;
}

volatile std::size_t sink;

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> inputs;
    std::size_t mib = 1024;
    unsigned threads = std::max(2u, std::thread::hardware_concurrency());
    int runs = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mib" && i + 1 < argc) mib = static_cast<std::size_t>(std::stoul(argv[++i]));
        else if (a == "--threads" && i + 1 < argc) threads = static_cast<unsigned>(std::stoul(argv[++i]));
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
        std::fprintf(stderr, "bench_split: no input\n");
        return 2;
    }
    std::string all;
    all.reserve(mib << 20);
    while (all.size() + one.size() <= (mib << 20) || all.empty()) all += one;
    const double mb = static_cast<double>(all.size()) / 1e6;
    const tweetview::layout shape = tweetview::detect_layout(std::string_view(all).substr(0, 1 << 16));

    // The cost of one split start, from 100,000 offsets spread over the input.
    const std::size_t probes = 100000;
    const double t_find = best_seconds(runs, [&] {
        std::size_t acc = 0;
        for (std::size_t i = 0; i < probes; ++i) acc += tweetview::find_record_start(all, (all.size() / probes) * i + 7 * i % 997, shape);
        sink = acc;
    });

    part one_thread, many;
    const double t1 = best_seconds(runs, [&] { one_thread = parse_threads(all, 1, shape); });
    const double tn = best_seconds(runs, [&] { many = parse_threads(all, threads, shape); });
    std::printf("input: %.1f MB in memory, %llu tweets; %u hardware threads\n", mb,
                static_cast<unsigned long long>(one_thread.tweets), std::thread::hardware_concurrency());
    std::printf("find_record_start       %8.0f ns per call (average over %zu offsets)\n", t_find / static_cast<double>(probes) * 1e9, probes);
    std::printf("records, 1 thread       %8.0f MB/s\n", mb / t1);
    std::printf("records, %u threads      %8.0f MB/s  (%.2fx)\n", threads, mb / tn, t1 / tn);
    const bool same = one_thread.tweets == many.tweets && one_thread.checksum == many.checksum && one_thread.errors == many.errors;
    std::printf("same records: %s\n", same ? "yes" : "NO");
    return same ? 0 : 1;
}
