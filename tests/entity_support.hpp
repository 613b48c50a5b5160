// Helpers for the entity tests: the golden-file format, a naive record splitter.
#pragma once
#include <tweetview/tweetview.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef TWEETVIEW_SHARED_DIR
#define TWEETVIEW_SHARED_DIR ""
#endif

namespace tvtest {

inline bool read_file(const std::string& path, std::string& out) {
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    std::ostringstream ss;
    ss << f.rdbuf();
    out = ss.str();
    return true;
}

inline const char* kind_name(tweetview::entity_kind k) {
    switch (k) {
        case tweetview::entity_kind::mention: return "mention";
        case tweetview::entity_kind::url: return "url";
        case tweetview::entity_kind::hashtag: return "hashtag";
        default: return "cashtag";
    }
}

// value as the conformance / golden files write it: name/slug for list mentions
inline std::string written_value(const tweetview::entity& e, std::string_view text) {
    std::string v(e.value(text));
    v += std::string(e.list_slug(text));
    return v;
}

// "kind: value b e" lines with code-point indices (golden format)
inline std::vector<std::string> golden_lines(std::string_view text) {
    std::vector<std::string> out;
    tweetview::index_converter conv(text);
    for (const auto& e : tweetview::entities(text)) {
        out.push_back(std::string(kind_name(e.kind)) + ": " + written_value(e, text) + " " +
                      std::to_string(conv.code_points(e.begin)) + " " + std::to_string(conv.code_points(e.end)));
    }
    return out;
}

// Naive splitter of the archive's Markdown: body, "\n\n(Originally on Twitter: [" ... "))\n----\n"
inline std::vector<std::string> split_records(const std::string& md) {
    std::vector<std::string> out;
    const std::string footer = "\n\n(Originally on Twitter: [";
    const std::string tail = "))\n----\n";
    std::size_t pos = 0;
    for (;;) {
        const std::size_t i = md.find(footer, pos);
        if (i == std::string::npos) break;
        const std::size_t j = md.find(tail, i);
        if (j == std::string::npos) break;
        out.push_back(md.substr(pos, i - pos));
        pos = j + tail.size();
    }
    return out;
}

inline std::string join(const std::vector<std::string>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? " | " : "") + v[i];
    return s + "]";
}

}  // namespace tvtest
