// Text repair throughput: clean text (the common case must be a fast scan) and mojibaked text.
//   bench_repair   (reads the shared real archive and its mojibaked twins)
#include <tweetview/tweetview.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef TWEETVIEW_SHARED_DIR
#define TWEETVIEW_SHARED_DIR "/work/shared"
#endif

namespace fs = std::filesystem;
namespace tv = tweetview;

static std::string load_dir(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".md") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::string all;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return all;
}

// Keeps the optimizer from hoisting or dropping the measured work.
static void clobber(const void* p) {
#if defined(__GNUC__) || defined(__clang__)
    asm volatile("" : : "r"(p) : "memory");
#else
    (void)p;
#endif
}

template <class F>
static void bench(const char* name, const std::string& in, F&& f) {
    using clk = std::chrono::steady_clock;
    std::size_t sink = f();  // warm up
    double best = 1e30;
    for (int rep = 0; rep < 7; ++rep) {
        std::size_t iters = 0;
        const auto t0 = clk::now();
        double secs = 0;
        do {
            clobber(in.data());
            sink += f();
            clobber(in.data());
            ++iters;
            secs = std::chrono::duration<double>(clk::now() - t0).count();
        } while (secs < 0.15);
        best = std::min(best, secs / static_cast<double>(iters));
    }
    std::printf("%-44s %9.1f MB/s  (%zu bytes, %.3f ms/pass)%s\n", name,
                static_cast<double>(in.size()) / best / 1e6, in.size(), best * 1e3, sink == 42 ? " " : "");
}

int main() {
    const fs::path d = fs::path(TWEETVIEW_SHARED_DIR) / "data";
    if (!fs::is_directory(d / "ezyang-tweets")) {
        std::printf("no data under %s\n", d.string().c_str());
        return 1;
    }
    const std::string clean = load_dir(d / "ezyang-tweets");
    std::string mojibaked = load_dir(d / "ezyang-tweets-mojibake/macroman");
    mojibaked += load_dir(d / "ezyang-tweets-mojibake/cp1252");
    std::vector<char> out(clean.size() + mojibaked.size());
    std::printf("SIMD scan: %s\n", tweetview::detail::simd::active::name);

    bench("clean: needs_repair(mojibake) (full scan)", clean,
          [&] { return static_cast<std::size_t>(tv::needs_repair(clean, tv::repair_flags::mojibake)); });
    bench("clean: repair(mojibake)", clean, [&] { return tv::repair(clean, out.data(), tv::repair_flags::mojibake); });
    bench("clean: repair(all) (decodes entities)", clean, [&] { return tv::repair(clean, out.data()); });
    bench("clean: validate_utf8", clean, [&] { return tv::validate_utf8(clean).error_offset; });
    bench("mojibaked (both): repair(mojibake)", mojibaked,
          [&] { return tv::repair(mojibaked, out.data(), tv::repair_flags::mojibake); });
    bench("mojibaked (both): repair(all)", mojibaked, [&] { return tv::repair(mojibaked, out.data()); });

    // The offset map queried every 3 bytes, in order, inside one long run of mojibake (U+1F923
    // through Mac Roman, repeated, no ASCII between): flat ns per query across sizes = linear.
    std::printf("offset map, a query every 3 bytes inside one run (flat = linear):\n");
    for (const std::size_t kib : {std::size_t{8}, std::size_t{64}, std::size_t{512}}) {
        std::string run;
        while (run.size() < kib * 1024) run += "\xEF\xA3\xBF\xC3\xBC\xC2\xA7\xC2\xA3";
        double best = 1e30;
        std::size_t sink = 0, queries = 0;
        for (int k = 0; k < 3; ++k) {
            const auto t0 = std::chrono::steady_clock::now();
            tv::repair_offset_map map(run, tv::repair_flags::mojibake);
            queries = 0;
            for (std::size_t i = 0; i <= run.size(); i += 3, ++queries) sink += map(i);
            const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
            best = std::min(best, dt.count());
        }
        clobber(&sink);
        std::printf("  %4zu KiB run: %8.1f ns per query (%zu queries)\n", kib, best * 1e9 / static_cast<double>(queries), queries);
    }
    return 0;
}
