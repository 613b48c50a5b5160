// Benchmark of tweetview's entity extraction (build with -O2). Times are the thread's CPU time
// (best of N), so other jobs on the machine change them less than wall time.
//   real archive: all entities of every tweet body, MB/s and tweets/s
//   the same with each SIMD variant compiled in forced (the header's test hook), next to portable
//   adversarial inputs at 100 KiB, 1 MiB, 10 MiB: ns per byte (flat = linear)
// bench_entities --archive-only N: only all the entities of the archive's texts, N passes, untimed
// (to count the instructions under valgrind --tool=callgrind, which the machine's load does not move)
#include <tweetview/tweetview.hpp>

#include "../entity_support.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string_view>

namespace {

std::size_t sink = 0;

double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

template <class F>
double best_seconds(int reps, F&& f) {
    double best = 1e100;
    for (int r = 0; r < reps; ++r) {
        const double t0 = cpu_seconds();
        f();
        best = std::min(best, cpu_seconds() - t0);
    }
    return best;
}

using range_fn = tweetview::entity_range (*)(std::string_view) noexcept;

// MB/s of one range kind over the texts with variant V's searches forced.
template <class V>
double variant_mbps(const std::vector<std::string>& texts, double bytes, range_fn fn) {
    const int inner = 20;
    const double s = best_seconds(7, [&] {
        for (int i = 0; i < inner; ++i)
            for (const auto& t : texts) {
                const tweetview::entity_range r = fn(t);
                for (auto it = tweetview::detail::entities::step_access::begin_with<V>(r); it != r.end(); ++it)
                    sink += it->end;
            }
    }) / inner;
    return bytes / s / 1e6;
}

template <class... V>
void variant_header(tweetview::detail::simd::variant_list<V...>) {
    ((V::supported() ? void(std::printf(" %10s", V::name)) : void()), ...);
}
template <class... V>
void variant_row(tweetview::detail::simd::variant_list<V...>, const std::vector<std::string>& texts, double bytes,
                 range_fn fn) {
    ((V::supported() ? void(std::printf(" %10.1f", variant_mbps<V>(texts, bytes, fn))) : void()), ...);
}

std::size_t run_all(std::string_view t) {
    std::size_t n = 0;
    for (const auto& e : tweetview::entities(t)) n += e.end;
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    int archive_passes = -1;  // --archive-only N
    if (argc > 1) {
        if (argc != 3 || std::string_view(argv[1]) != "--archive-only" || (archive_passes = std::atoi(argv[2])) < 0) {
            std::fprintf(stderr, "usage: bench_entities [--archive-only PASSES]\n");
            return 2;
        }
    }
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
    if (archive_passes >= 0) {
        std::size_t n = 0;
        for (int i = 0; i < archive_passes; ++i)
            for (const auto& t : texts) n += run_all(t);
        std::printf("%zu texts, %d passes (checksum %zu)\n", texts.size(), archive_passes, n);
        return texts.empty() ? 1 : 0;
    }
    std::printf("tweetview entity extraction benchmark (SIMD: %s%s; CPU time, best of 7)\n",
                tweetview::detail::simd::active::name,
                TWEETVIEW_HAS_X86_DISPATCH ? ", avx512bw (the prefilter: or avx2) chosen at run time when the CPU has it" : "");
    if (!texts.empty()) {
        std::printf("real archive: %zu tweets, %zu bytes\n", texts.size(), nbytes);
        struct {
            const char* name;
            range_fn fn;
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
        // Each variant forced through the test hook (its searches called through a table, so a
        // little slower than the usual path above, which picks the widest the CPU has).
        std::printf("each SIMD variant compiled in, forced (MB/s):\n  %-26s", "");
        variant_header(tweetview::detail::simd::compiled_variants{});
        std::printf("\n");
        for (const auto& k : kinds) {
            std::printf("  %-26s", k.name);
            variant_row(tweetview::detail::simd::compiled_variants{}, texts, bytes, k.fn);
            std::printf("\n");
        }
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
