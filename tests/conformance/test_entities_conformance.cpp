// Every case of twitter-text's conformance extract.yml and tlds.yml (as the
// line-format extract.txt / tlds.txt in TWEETVIEW_SHARED_DIR/conformance/twitter-text).
#include <doctest/doctest.h>

#include "../entity_support.hpp"

#include <map>

namespace {

struct tcase {
    std::string group, desc, text;
    std::vector<std::string> expect;
};

std::string unescape(const std::string& s) {
    std::string o;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) { o += s[i]; continue; }
        const char c = s[++i];
        if (c == 'n') o += '\n';
        else if (c == 'r') o += '\r';
        else if (c == 't') o += '\t';
        else if (c == '\\') o += '\\';
        else if (c == 'x' && i + 2 < s.size() + 0) {
            o += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else { o += '\\'; o += c; }
    }
    return o;
}

std::vector<tcase> parse(const std::string& data) {
    std::vector<tcase> out;
    tcase cur;
    std::istringstream in(data);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        auto field = [&](const char* k, std::string& dst) {
            const std::size_t n = std::strlen(k);
            if (line.compare(0, n, k) == 0) { dst = unescape(line.substr(n)); return true; }
            return false;
        };
        std::string v;
        if (field("group: ", cur.group) || field("desc: ", cur.desc) || field("text: ", cur.text)) continue;
        if (field("expect: ", v)) { cur.expect.push_back(v); continue; }
        if (line == "end") { out.push_back(cur); cur = tcase{}; }
    }
    return out;
}

using tweetview::entity_kind;

std::string ind(tweetview::index_converter& c, const tweetview::entity& e) {
    return " " + std::to_string(c.code_points(e.begin)) + " " + std::to_string(c.code_points(e.end));
}

// What tweetview answers for a case, written like the expect: lines.
std::vector<std::string> run(const tcase& c) {
    std::vector<std::string> got;
    const std::string_view t = c.text;
    tweetview::index_converter conv(t);
    const std::string& g = c.group;
    if (g == "mentions" || g == "mentions_with_indices") {  // extractMentions(WithIndices): no lists
        for (const auto& e : tweetview::mentions(t))
            if (e.list_slug(t).empty()) got.push_back(std::string(e.value(t)) + (g == "mentions" ? "" : ind(conv, e)));
    } else if (g == "mentions_or_lists_with_indices") {
        for (const auto& e : tweetview::mentions(t)) got.push_back(tvtest::written_value(e, t) + ind(conv, e));
    } else if (g == "replies") {
        const auto r = tweetview::reply_screen_name(t);
        if (!r.empty()) got.push_back(std::string(r));
    } else if (g == "urls" || g == "country" || g == "generic" || g == "tco_urls_with_params") {
        for (const auto& e : tweetview::urls(t)) got.push_back(std::string(e.value(t)));
    } else if (g == "urls_with_indices" || g == "urls_with_directional_markers") {
        for (const auto& e : tweetview::urls(t)) got.push_back(std::string(e.value(t)) + ind(conv, e));
    } else if (g == "hashtags" || g == "hashtags_from_astral") {
        for (const auto& e : tweetview::hashtags(t)) got.push_back(std::string(e.value(t)));
    } else if (g == "hashtags_with_indices") {
        for (const auto& e : tweetview::hashtags(t)) got.push_back(std::string(e.value(t)) + ind(conv, e));
    } else if (g == "cashtags") {
        for (const auto& e : tweetview::cashtags(t)) got.push_back(std::string(e.value(t)));
    } else if (g == "cashtags_with_indices") {
        for (const auto& e : tweetview::cashtags(t)) got.push_back(std::string(e.value(t)) + ind(conv, e));
    } else {
        got.push_back("<unknown group>");
    }
    return got;
}

void run_file(const char* name, std::size_t expected_count) {
    const std::string path = std::string(TWEETVIEW_SHARED_DIR) + "/conformance/twitter-text/" + name;
    std::string data;
    if (!tvtest::read_file(path, data)) {
        FAIL("conformance file not found: " << path << " (set TWEETVIEW_SHARED_DIR)");
    }
    const auto cases = parse(data);
    std::map<std::string, std::pair<int, int>> per_group;  // passed, failed
    std::size_t ran = 0, failed = 0, variant_failed = 0;
    for (const auto& c : cases) {
        ++ran;
        const std::string variant = tvtest::variant_mismatch(c.text);
        if (!variant.empty()) {
            ++variant_failed;
            FAIL_CHECK("[" << c.group << "] " << c.desc << ": SIMD variant differs from portable (" << variant
                           << ")\n  text: " << c.text);
        }
        const auto got = run(c);
        if (got == c.expect) {
            ++per_group[c.group].first;
        } else {
            ++failed;
            ++per_group[c.group].second;
            FAIL_CHECK("[" << c.group << "] " << c.desc << "\n  text:     " << c.text << "\n  got:      "
                               << tvtest::join(got) << "\n  expected: " << tvtest::join(c.expect));
        }
    }
    for (const auto& [grp, pf] : per_group)
        MESSAGE(std::string(name) << " " << grp << ": " << pf.first << " passed, " << pf.second << " failed");
    MESSAGE(std::string(name) << ": ran " << ran << " cases, " << failed << " failed");
    CHECK(ran == expected_count);
    CHECK(failed == 0);
    CHECK(variant_failed == 0);  // every compiled SIMD variant, each range, against portable
}

}  // namespace

TEST_CASE("conformance: extract.yml (238 cases)") { run_file("extract.txt", 238); }
TEST_CASE("conformance: tlds.yml (1574 cases)") { run_file("tlds.txt", 1574); }
