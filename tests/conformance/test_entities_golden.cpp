// The real archive: every tweet of data/ezyang-tweets/*.md (file name order)
// against conformance/twitter-text/ezyang-entities.txt (twitter-text 3.1.0).
#include <doctest/doctest.h>

#include "../entity_support.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

TEST_CASE("golden: 6,753 real tweets, same entities and code-point indices as twitter-text 3.1.0") {
    namespace fs = std::filesystem;
    const std::string shared = TWEETVIEW_SHARED_DIR;
    const fs::path data = fs::path(shared) / "data" / "ezyang-tweets";
    std::string golden;
    if (!fs::is_directory(data) || !tvtest::read_file(shared + "/conformance/twitter-text/ezyang-entities.txt", golden)) {
        FAIL("archive or golden file not found under " << shared << " (set TWEETVIEW_SHARED_DIR)");
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(data))
        if (e.path().extension() == ".md") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> texts;
    for (const auto& f : files) {
        std::string md;
        REQUIRE(tvtest::read_file(f.string(), md));
        for (auto& t : tvtest::split_records(md)) texts.push_back(std::move(t));
    }
    // golden records
    std::vector<std::pair<std::string, std::vector<std::string>>> gold;
    {
        std::istringstream in(golden);
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            if (line.rfind("tweet: ", 0) == 0) gold.push_back({line.substr(7), {}});
            else if (line != "end" && !gold.empty()) gold.back().second.push_back(line);
        }
    }
    CHECK(files.size() == 165);
    CHECK(texts.size() == 6753);
    REQUIRE(gold.size() == texts.size());
    std::map<std::string, std::size_t> totals;
    std::size_t mismatches = 0, retweets = 0, variant_mismatches = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        retweets += tweetview::is_retweet(texts[i]) ? 1 : 0;
        const std::string variant = tvtest::variant_mismatch(texts[i]);
        if (!variant.empty()) {
            ++variant_mismatches;
            FAIL_CHECK("tweet " << gold[i].first << ": SIMD variant differs from portable (" << variant << ")");
        }
        const auto mine = tvtest::golden_lines(texts[i]);
        for (const auto& l : mine) ++totals[l.substr(0, l.find(':'))];
        if (mine != gold[i].second) {
            ++mismatches;
            FAIL_CHECK("tweet " << gold[i].first << "\n  text:     " << texts[i] << "\n  got:      " << tvtest::join(mine)
                                << "\n  expected: " << tvtest::join(gold[i].second));
        }
    }
    MESSAGE("golden: " << texts.size() << " tweets, " << mismatches << " mismatching; mentions " << totals["mention"]
                       << ", urls " << totals["url"] << ", hashtags " << totals["hashtag"] << ", cashtags "
                       << totals["cashtag"]);
    CHECK(mismatches == 0);
    CHECK(variant_mismatches == 0);  // every compiled SIMD variant, each range, against portable
    CHECK(totals["mention"] == 5624);
    CHECK(totals["url"] == 972);
    CHECK(totals["hashtag"] == 203);
    CHECK(totals["cashtag"] == 1);
    CHECK(retweets == 838);  // 836 "RT @x:" + 2 "RT @x text" (README: Entities, "RT @user " without the colon)
}
