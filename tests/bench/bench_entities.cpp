// Benchmark of tweetview's entity extraction (build with -O2).
//   real archive: all entities of every tweet body, MB/s and tweets/s
//   adversarial inputs at 100 KiB, 1 MiB, 10 MiB: ns per byte (flat = linear)
#include <tweetview/tweetview.hpp>

#include "../entity_support.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

namespace {

using clk = std::chrono::steady_clock;

std::size_t sink = 0;

template <class F>
double best_seconds(int reps, F&& f) {
    double best = 1e100;
    for (int r = 0; r < reps; ++r) {
        const auto t0 = clk::now();
        f();
        const double s = std::chrono::duration<double>(clk::now() - t0).count();
        best = std::min(best, s);
    }
    return best;
}

std::size_t run_all(std::string_view t) {
    std::size_t n = 0;
    for (const auto& e : tweetview::entities(t)) n += e.end;
    return n;
}

}  // namespace

int main() {
    namespace fs = std::filesystem;
    const std::string shared = TWEETVIEW_SHARED_DIR;
    std::vector<std::string> texts;
    std::vector<fs::path> files;
    if (fs::is_directory(shared + "/data/ezyang-tweets"))
        for (const auto& e : fs::directory_iterator(shared + "/data/ezyang-tweets"))
            if (e.path().extension() == ".md") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        std::string md;
        tvtest::read_file(f.string(), md);
        for (auto& t : tvtest::split_records(md)) texts.push_back(std::move(t));
    }
    std::size_t nbytes = 0;
    for (const auto& t : texts) nbytes += t.size();
    const double bytes = static_cast<double>(nbytes), ntweets = static_cast<double>(texts.size());
    std::printf("tweetview entity extraction benchmark (SIMD: %s)\n", tweetview::detail::simd::active::name);
    if (!texts.empty()) {
        std::printf("real archive: %zu tweets, %zu bytes\n", texts.size(), nbytes);
        struct {
            const char* name;
            tweetview::entity_range (*fn)(std::string_view) noexcept;
        } kinds[] = {{"entities (all kinds)", tweetview::entities}, {"mentions", tweetview::mentions},
                     {"urls", tweetview::urls},                     {"hashtags (+url overlap)", tweetview::hashtags},
                     {"cashtags", tweetview::cashtags}};
        for (const auto& k : kinds) {
            const int inner = 20;
            const double s = best_seconds(7, [&] {
                for (int i = 0; i < inner; ++i)
                    for (const auto& t : texts)
                        for (const auto& e : k.fn(t)) sink += e.end;
            }) / inner;
            std::printf("  %-26s %8.1f MB/s  %10.0f tweets/s  (%.2f ns/byte)\n", k.name, bytes / s / 1e6,
                        ntweets / s, s * 1e9 / bytes);
        }
        // plus index conversion of every entity to code points
        const int inner = 20;
        const double s = best_seconds(7, [&] {
            for (int i = 0; i < inner; ++i)
                for (const auto& t : texts) {
                    tweetview::index_converter c(t);
                    for (const auto& e : tweetview::entities(t)) sink += c.code_points(e.begin) + c.code_points(e.end);
                }
        }) / inner;
        std::printf("  %-26s %8.1f MB/s  %10.0f tweets/s\n", "entities + code points", bytes / s / 1e6,
                    ntweets / s);
    } else {
        std::printf("real archive not found under %s (set TWEETVIEW_SHARED_DIR)\n", shared.c_str());
    }

    struct adv {
        const char* name;
        std::string unit;
    } adversarial[] = {
        {"a.a.a.a...", "a."},
        {"@@@@...", "@"},
        {"####...", "#"},
        {"$$$$...", "$"},
        {"----...", "-"},
        {"....", "."},
        {":/:/...", ":/"},
        {"digits", "0123456789"},
        {"no spaces (words.dots-dashes)", "lorem.ipsum-dolor_sit@amet#consectetur$adipiscing"},
        {"a.com/(x(", "a.com/(x("},
        {"_a.co", "_a.co"},
        {"x.comfoo.", "x.comfoo."},
        {"real tweets concatenated", ""},
    };
    std::string real_concat;
    for (const auto& t : texts) {
        real_concat += t;
        real_concat += ' ';
        if (real_concat.size() > (1u << 20)) break;
    }
    if (real_concat.empty()) real_concat = "hello @world http://example.com #tag ";
    std::printf("adversarial inputs, all entities (ns per byte; flat across sizes = linear):\n");
    std::printf("  %-32s %12s %12s %12s %9s\n", "input", "100 KiB", "1 MiB", "10 MiB", "entities");
    for (auto& a : adversarial) {
        const std::string& unit = a.unit.empty() ? real_concat : a.unit;
        std::printf("  %-32s", a.name);
        std::size_t count = 0;
        for (std::size_t size : {std::size_t(100) << 10, std::size_t(1) << 20, std::size_t(10) << 20}) {
            std::string s;
            s.reserve(size + unit.size());
            while (s.size() < size) s += unit;
            s.resize(size);
            const int reps = size > (1u << 20) ? 3 : 7;
            const double sec = best_seconds(reps, [&] { sink += run_all(s); });
            count = 0;
            for (const auto& e : tweetview::entities(s)) count += (e.end > 0);
            std::printf(" %9.2f ns ", sec * 1e9 / static_cast<double>(size));
        }
        std::printf(" %9zu\n", count);
    }
    std::printf("(checksum %zu)\n", sink);
    return 0;
}
