// Record parsing throughput, next to baselines over the same buffer in the same run.
//   bench_records [DIR_OR_FILE...] [--mib N] [--runs N] [--records-only]
// Loads the inputs (default: the shared real archive), repeats them in memory up to N MiB
// (default 256), then times, best of --runs: a memchr line count, records() (every tweet with
// its timestamp and id parsed), a stream fed 64 KiB chunks, and the record scan's search
// (find_pair for the blank line before each footer) in every SIMD variant this build and CPU
// have, next to the portable one. Times are the thread's CPU time (the machine is shared: wall
// time varies with other jobs), and the wall time of the same runs is printed beside them.
#include <tweetview/tweetview.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
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

double thread_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

double best_wall = 0;  // the best wall time of the last best_seconds

// Best CPU time of `runs` calls (and, in best_wall, the best wall time).
template <class F>
double best_seconds(int runs, F&& f) {
    double best = 1e30;
    best_wall = 1e30;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const double c0 = thread_seconds();
        f();
        const double c = thread_seconds() - c0;
        const std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
        if (c < best) best = c;
        if (d.count() < best_wall) best_wall = d.count();
    }
    return best;
}

// The blank lines that precede footers, as the record scan finds them, with variant V.
template <class V>
std::uint64_t count_pairs(const std::string& buf) {
    std::uint64_t n = 0;
    const char* p = buf.data();
    const char* const end = p + buf.size();
    while ((p = V::find_pair(p, end, '\n', '\n')) != end) ++n, p += 2;
    return n;
}

template <class... V>
void bench_variants(tweetview::detail::simd::variant_list<V...>, const std::string& buf, int runs, double mb) {
    std::uint64_t want = 0;
    using find_fn = const char* (*)(const char*, const char*, char, char) noexcept;
    find_fn below = nullptr;  // the previous variant's find_pair: a variant may inherit it
    auto one = [&](const char* name, find_fn own, auto count, bool supported) {
        const bool inherited = own == below;
        below = own;
        if (inherited) {
            std::printf("find_pair, %-10s    (the variant before's, inherited)\n", name);
            return;
        }
        if (!supported) {
            std::printf("find_pair, %-10s    (not on this CPU)\n", name);
            return;
        }
        std::uint64_t got = 0;
        const double t = best_seconds(runs, [&] { got = count(buf); });
        if (want == 0) want = got;
        std::printf("find_pair, %-10s  %8.0f MB/s  (wall %.0f)%s\n", name, mb / t, mb / best_wall, got == want ? "" : "  DIFFERS");
    };
    (one(V::name, &V::find_pair, count_pairs<V>, V::supported()), ...);
}

volatile std::uint64_t sink;

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> inputs;
    std::size_t mib = 256;
    int runs = 5;
    bool records_only = false;  // only records(), e.g. to count its instructions under callgrind
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mib" && i + 1 < argc) mib = static_cast<std::size_t>(std::stoul(argv[++i]));
        else if (a == "--runs" && i + 1 < argc) runs = std::stoi(argv[++i]);
        else if (a == "--records-only") records_only = true;
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
    double w_memchr = 0, w_records = 0, w_stream = 0;
    const double t_memchr = records_only ? 0 : best_seconds(runs, [&] {
        std::uint64_t n = 0;
        const char* p = buf.data();
        const char* const end = p + buf.size();
        while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr) {
            ++n;
            ++p;
        }
        lines = n;
    });
    w_memchr = best_wall;
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
    w_records = best_wall;
    if (records_only) {
        std::printf("records(): %llu tweets, %llu errors, %.1f MB, %d runs\n", static_cast<unsigned long long>(tweets),
                    static_cast<unsigned long long>(errors), mb, runs);
        return errors == 0 ? 0 : 1;
    }
    const double t_stream = best_seconds(runs, [&] {
        std::uint64_t n = 0;
        tweetview::stream s;
        auto cb = [&](const tweetview::record& r) { n += r.is_tweet(); };
        const std::size_t chunk = 64 * 1024;
        for (std::size_t at = 0; at < buf.size(); at += chunk) (void)s.feed(std::string_view(buf).substr(at, chunk), cb);
        (void)s.finish(cb);
        streamed = n;
    });
    w_stream = best_wall;
    std::printf("input: %.1f MB in memory (%llu tweets, %llu lines, %llu errors), best of %d runs\n", mb,
                static_cast<unsigned long long>(tweets), static_cast<unsigned long long>(lines),
                static_cast<unsigned long long>(errors), runs);
    std::printf("(MB/s of CPU time; of wall time in parentheses)\n");
    std::printf("memchr line count      %8.0f MB/s  (wall %.0f)\n", mb / t_memchr, mb / w_memchr);
    std::printf("records() + time + id  %8.0f MB/s  (wall %.0f)  %6.1f M tweets/s  %.2fx memchr\n", mb / t_records, mb / w_records,
                static_cast<double>(tweets) / t_records / 1e6, t_memchr / t_records);
    std::printf("stream, 64 KiB chunks  %8.0f MB/s  (wall %.0f)\n", mb / t_stream, mb / w_stream);
    bench_variants(tweetview::detail::simd::compiled_variants{}, buf, runs, mb);
    return (tweets == streamed && errors == 0) ? 0 : 1;
}
