// Splittable parsing: cut an input anywhere, move each cut to find_record_start, parse the
// slices independently: together they give the whole-input parse, in order, nothing twice.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <string>
#include <vector>

using namespace tweetview;
using support::flat;

namespace {

// Parses `bytes` as `cuts.size() + 1` independent slices.
std::vector<flat> parse_split(std::string_view bytes, std::vector<std::size_t> cuts) {
    const layout shape = detect_layout(bytes.substr(0, 1 << 16));
    parse_options o;
    o.shape = shape;
    std::vector<std::size_t> starts = {0};
    for (std::size_t c : cuts) starts.push_back(find_record_start(bytes, c, shape));
    starts.push_back(bytes.size());
    std::vector<flat> out;
    for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
        const std::size_t b = starts[i], e = starts[i + 1] < b ? b : starts[i + 1];
        parse_position at;
        at.offset = b;
        at.line = 1 + static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(b), '\n'));
        for (const record& r : records(bytes.substr(b, e - b), b == 0 ? parse_options{} : o, at)) out.push_back(support::flatten(r));
    }
    return out;
}

}  // namespace

TEST_CASE("split parsing: the sample archive cut at every byte") {
    const std::string bytes = support::read_file(support::sample_path());
    const auto whole = support::parse_whole(bytes);
    for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
        CAPTURE(cut);
        REQUIRE(parse_split(bytes, {cut}) == whole);
    }
}

TEST_CASE("find_record_start: record starts only, and 0 and the end") {
    const std::string bytes = support::read_file(support::sample_path());
    const layout shape = detect_layout(bytes);
    CHECK(shape == f05_layout);
    std::vector<std::uint64_t> starts;
    for (const record& r : records(bytes)) starts.push_back(r.tweet.offset);
    CHECK(find_record_start(bytes, 0, shape) == 0);
    CHECK(find_record_start(bytes, bytes.size(), shape) == bytes.size());
    // From any offset, the next record start; the "----" line inside a body is not one.
    for (std::size_t from = 1; from <= bytes.size(); ++from) {
        const std::size_t s = find_record_start(bytes, from, shape);
        std::uint64_t want = bytes.size();
        for (std::uint64_t st : starts) {
            if (st >= from) {
                want = st;
                break;
            }
        }
        REQUIRE(s == want);
    }
}

TEST_CASE("split parsing: the real archive, LF and CRLF, thousands of random cuts") {
    REQUIRE(support::have_shared());
    std::string all;
    for (const std::string& f : support::archive_files()) all += support::read_file(f);
    std::string crlf;
    for (char c : all) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    support::rng g{8};
    for (const std::string* input : {&all, &crlf}) {
        const auto whole = support::parse_whole(*input);
        REQUIRE(whole.size() == 6753);
        for (int round = 0; round < 40; ++round) {
            std::vector<std::size_t> cuts;
            const std::size_t n = 1 + g.below(100);
            for (std::size_t i = 0; i < n; ++i) cuts.push_back(g.below(input->size()));
            std::sort(cuts.begin(), cuts.end());
            REQUIRE(parse_split(*input, cuts) == whole);
        }
    }
}

TEST_CASE("split parsing: every flavour's layout") {
    REQUIRE(support::have_shared());
    for (const char* dir : {"F02-txt-originally", "F03-md-single-unsorted", "F06a-monthly-hr", "F07-jekyll-hr",
                            "F08-jekyll-quote-icon", "F11-parser-output-escaped/parser-output/tweets-md/2014"}) {
        const std::string name = dir;
        CAPTURE(name);
        const std::string path = support::shared_dir() + "/flavours/" + dir;
        std::vector<std::string> files = support::files_in(path, name.rfind("F02", 0) == 0 ? ".txt" : ".md");
        REQUIRE(!files.empty());
        // The largest file of the folder.
        std::string bytes;
        for (const std::string& f : files) {
            std::string b = support::read_file(f);
            if (b.size() > bytes.size()) bytes = b;
        }
        const auto whole = support::parse_whole(bytes);
        support::rng g{3};
        for (int round = 0; round < 200; ++round) {
            std::vector<std::size_t> cuts = {g.below(bytes.size()), g.below(bytes.size())};
            std::sort(cuts.begin(), cuts.end());
            REQUIRE(parse_split(bytes, cuts) == whole);
        }
    }
}
