// Text repair on the real corpus: the seed file, both mojibaked archives, the clean archive.
#include <doctest/doctest.h>

#include "../repair_support.hpp"
#include "../support.hpp"

// ---------------------------------------------------------------------------
// Corpus
// ---------------------------------------------------------------------------

TEST_CASE("corpus: seed file repairs to tweets_2021-08.md") {
    REQUIRE(support::have_shared());
    const std::string seed = slurp(shared_dir / "data/seed/000_8a56934bdbe8199e.txt");
    const std::string want = slurp(shared_dir / "data/ezyang-tweets/tweets_2021-08.md");
    CHECK(seed != want);
    CHECK(tv::needs_repair(seed, repair_flags::mojibake));
    CHECK(moj(seed) == want);
    // The archive keeps Twitter's HTML escapes; the full repair also decodes them.
    CHECK(rep(seed) == html(want));
    CHECK(rep(seed) != want);
}

TEST_CASE("corpus: every mojibaked file repairs to its twin, byte for byte") {
    REQUIRE(support::have_shared());
    const fs::path clean = shared_dir / "data/ezyang-tweets";
    const auto files = md_files(clean);
    REQUIRE(files.size() == 165);
    for (const char* kind : {"macroman", "cp1252"}) {
        std::size_t same = 0, changed = 0;
        for (const auto& f : files) {
            const std::string bad = slurp(shared_dir / "data/ezyang-tweets-mojibake" / kind / f.filename());
            const std::string good = slurp(f);
            const std::string got = moj(bad);
            if (got == good)
                ++same;
            else
                FAIL_CHECK(std::string(kind) << "/" << f.filename().string() << " differs");
            if (bad != good) ++changed;
            CHECK(rep_iter(bad, repair_flags::mojibake) == got);
            CHECK(rep_inplace(bad, repair_flags::mojibake) == got);
            CHECK(moj(got) == got);  // idempotent
            CHECK(tv::validate_utf8(got).ok);
        }
        MESSAGE(std::string(kind) << ": " << same << "/" << files.size() << " files identical after repair ("
                     << changed << " contained mojibake)");
        CHECK(same == files.size());
    }
}

TEST_CASE("corpus: zero false positives on the clean archive") {
    REQUIRE(support::have_shared());
    std::size_t runs = 0, run_bytes = 0, files = 0;
    for (const auto& f : md_files(shared_dir / "data/ezyang-tweets")) {
        const std::string s = slurp(f);
        ++files;
        CHECK(tv::validate_utf8(s).ok);
        CHECK(moj(s) == s);
        CHECK_FALSE(tv::needs_repair(s, repair_flags::mojibake));
        for (std::string_view r : runs_of(s)) {
            ++runs;
            run_bytes += r.size();
            tv::detail::repair::family enc{};
            const auto* p = reinterpret_cast<const unsigned char*>(r.data());
            if (tv::detail::repair::choose(p, p + r.size(), enc)) FAIL_CHECK("run would be touched: " << std::string(r));
        }
    }
    MESSAGE("clean archive: " << files << " files, " << runs << " runs of genuine non-ASCII text ("
                              << run_bytes << " bytes), none touched");
    CHECK(runs == 1007);
}

TEST_CASE("corpus: offset map agrees with repairing prefixes (seed file)") {
    REQUIRE(support::have_shared());
    const std::string seed = slurp(shared_dir / "data/seed/000_8a56934bdbe8199e.txt");
    const std::string fixed = rep(seed);
    tv::repair_offset_map map(seed);
    // At every ASCII byte that is not inside an entity, the offset maps to the
    // length of the repaired prefix.
    std::size_t checked = 0;
    for (std::size_t i = 0; i <= seed.size(); ++i) {
        if (i < seed.size() && static_cast<unsigned char>(seed[i]) >= 0x80) continue;
        if (i > 0 && static_cast<unsigned char>(seed[i - 1]) >= 0x80 && i < seed.size() &&
            static_cast<unsigned char>(seed[i]) >= 0x80)
            continue;
        const std::size_t m = map(i);
        const std::string prefix = rep(std::string_view(seed).substr(0, i));
        // an entity cut by the prefix stays literal in the prefix: skip those
        const std::size_t amp = seed.rfind('&', i == 0 ? 0 : i - 1);
        const bool maybe_cut = amp != std::string::npos && i - amp < 8 && i != amp;
        if (!maybe_cut) {
            CHECK(m == prefix.size());
            ++checked;
        }
        CHECK(m <= fixed.size());
    }
    CHECK(map(seed.size()) == fixed.size());
    MESSAGE("offset map checked at " << checked << " offsets");
}

