// Helpers shared by the tests: reading files, finding the shared data, comparing records.
#pragma once

#include <tweetview/tweetview.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef TWEETVIEW_SHARED_DIR
#define TWEETVIEW_SHARED_DIR ""
#endif
#ifndef TWEETVIEW_SOURCE_DIR
#define TWEETVIEW_SOURCE_DIR "."
#endif

namespace support {

inline std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

inline std::string shared_dir() { return TWEETVIEW_SHARED_DIR; }
inline bool have_shared() { return std::filesystem::is_directory(shared_dir() + "/data/ezyang-tweets"); }
inline std::string source_dir() { return TWEETVIEW_SOURCE_DIR; }
inline std::string sample_path() { return source_dir() + "/examples/data/sample.md"; }

// Files of a directory with a given extension, in name order.
inline std::vector<std::string> files_in(const std::string& dir, const std::string& ext = ".md") {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

inline std::vector<std::string> archive_files() { return files_in(shared_dir() + "/data/ezyang-tweets"); }

// A record reduced to values that do not point into a buffer, for comparing parses.
struct flat {
    tweetview::record_kind kind;
    std::string raw, separator, prefix, text, created_at, url, user;
    std::uint64_t id, offset, line, size;
    std::int64_t seconds;
    tweetview::errc ec;
    std::uint64_t eline, ecol, eoffset;
    bool operator==(const flat& o) const {
        return kind == o.kind && raw == o.raw && separator == o.separator && prefix == o.prefix && text == o.text &&
               created_at == o.created_at && url == o.url && user == o.user && id == o.id && offset == o.offset &&
               line == o.line && size == o.size && seconds == o.seconds && ec == o.ec && eline == o.eline &&
               ecol == o.ecol && eoffset == o.eoffset;
    }
};

inline flat flatten(const tweetview::record& r) {
    flat f{};
    f.kind = r.kind;
    f.raw = std::string(r.raw());
    f.separator = std::string(r.separator);
    f.prefix = std::string(r.prefix);
    f.size = r.size();
    if (r.is_tweet()) {
        f.text = std::string(r.tweet.text);
        f.created_at = std::string(r.tweet.created_at);
        f.url = std::string(r.tweet.url);
        f.user = std::string(r.tweet.user);
        f.id = r.tweet.id;
        f.offset = r.tweet.offset;
        f.line = r.tweet.line;
        f.seconds = r.tweet.time.unix_seconds;
    } else if (r.is_error()) {
        f.ec = r.error.kind;
        f.eline = r.error.line;
        f.ecol = r.error.column;
        f.eoffset = r.error.offset;
        f.offset = r.error.record_offset;
        f.line = r.error.record_line;
    }
    return f;
}

inline std::vector<flat> parse_whole(std::string_view bytes, const tweetview::parse_options& o = {}) {
    std::vector<flat> out;
    for (const tweetview::record& r : tweetview::records(bytes, o)) out.push_back(flatten(r));
    return out;
}

// Streams `bytes` in chunks whose sizes come from next_size().
template <class NextSize>
std::vector<flat> parse_stream(std::string_view bytes, NextSize next_size, const tweetview::parse_options& o = {}) {
    std::vector<flat> out;
    tweetview::stream s(o);
    auto cb = [&](const tweetview::record& r) { out.push_back(flatten(r)); };
    std::size_t at = 0;
    while (at < bytes.size()) {
        std::size_t n = next_size();
        if (n > bytes.size() - at) n = bytes.size() - at;
        (void)s.feed(bytes.substr(at, n), cb);
        at += n;
    }
    (void)s.finish(cb);
    return out;
}

// Sum of the records' sizes, and whether they tile the input without gaps or overlaps.
inline bool accounts_for(std::string_view bytes, const std::vector<flat>& recs) {
    std::uint64_t total = 0;
    for (const flat& f : recs) {
        if (f.kind != tweetview::record_kind::trailer && f.offset != total + f.prefix.size()) return false;
        total += f.size;
    }
    return total == bytes.size();
}

// Deterministic pseudo-random numbers (splitmix64), so failures reproduce.
struct rng {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
};

}  // namespace support
