// Helpers for the text-repair tests: repairing into strings, making mojibake the way the
// corpus was made (each byte >= 0x80 decoded through a code page, re-encoded as UTF-8).
#pragma once

#include <tweetview/tweetview.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef TWEETVIEW_SHARED_DIR
#define TWEETVIEW_SHARED_DIR ""
#endif

namespace fs = std::filesystem;
namespace tv = tweetview;
using tv::repair_flags;

namespace repair_support {

inline const fs::path shared_dir{TWEETVIEW_SHARED_DIR};

inline std::string slurp(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    REQUIRE_MESSAGE(f.good(), "cannot open " << p.string());
    return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

inline std::vector<fs::path> md_files(const fs::path& dir) {
    std::vector<fs::path> v;
    for (const auto& ent : fs::directory_iterator(dir))
        if (ent.path().extension() == ".md") v.push_back(ent.path());
    std::sort(v.begin(), v.end());
    return v;
}

inline std::string rep(std::string_view in, repair_flags f = repair_flags::all) {
    std::string out(tv::repair_bound(in.size()), '\0');
    out.resize(tv::repair(in, out.data(), f));
    return out;
}
inline std::string moj(std::string_view in) { return rep(in, repair_flags::mojibake); }
inline std::string html(std::string_view in) { return rep(in, repair_flags::html); }

inline std::string rep_iter(std::string_view in, repair_flags f) {
    std::string out;
    tv::repair(in, std::back_inserter(out), f);
    return out;
}

inline std::string rep_inplace(std::string in, repair_flags f) {
    in.resize(tv::repair(in, in.data(), f));
    return in;
}

// Makes mojibake the way the corpus was made: every byte >= 0x80 of the UTF-8
// text decoded through a code page and re-encoded as UTF-8.
enum class page { macroman, cp1252, latin1 };
inline std::string mojibake(std::string_view s, page pg) {
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        std::uint32_t cp = c;
        if (pg == page::macroman) cp = tv::detail::repair::macroman[c - 0x80u];
        if (pg == page::cp1252 && c < 0xA0) cp = tv::detail::repair::cp1252_80[c - 0x80u];
        char b[4] = {};
        out.append(b, tv::detail::encode_utf8(cp, b));
    }
    return out;
}

inline std::string u8(std::uint32_t cp) {
    char b[4] = {};
    return std::string(b, tv::detail::encode_utf8(cp, b));
}

// Maximal runs of bytes >= 0x80.
inline std::vector<std::string_view> runs_of(std::string_view s) {
    std::vector<std::string_view> v;
    std::size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80) ++j;
        v.push_back(s.substr(i, j - i));
        i = j;
    }
    return v;
}

}  // namespace repair_support

using namespace repair_support;
