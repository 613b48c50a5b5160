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

// The entities of r found with SIMD variant V's searches (the header's test hook).
template <class V>
std::vector<tweetview::entity> entities_with(const tweetview::entity_range& r) {
    std::vector<tweetview::entity> v;
    for (auto it = tweetview::detail::entities::step_access::begin_with<V>(r); it != r.end(); ++it) v.push_back(*it);
    return v;
}

inline bool same_entities(const std::vector<tweetview::entity>& a, const std::vector<tweetview::entity>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].kind != b[i].kind || a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
    return true;
}

// Every SIMD variant compiled in (that this CPU runs) finds in `text` the entities the portable
// variant finds, and so do the usual (dispatching) searches, for each of the five ranges.
// Returns "" or what differs ("avx512bw, hashtags").
template <class... V>
std::string variant_mismatch(std::string_view text, tweetview::detail::simd::variant_list<V...>) {
    using portable = tweetview::detail::simd::portable;
    const tweetview::entity_filter filters[] = {tweetview::entity_filter::all, tweetview::entity_filter::mentions,
                                                tweetview::entity_filter::urls, tweetview::entity_filter::hashtags,
                                                tweetview::entity_filter::cashtags};
    const char* const filter_names[] = {"all", "mentions", "urls", "hashtags", "cashtags"};
    for (std::size_t f = 0; f < 5; ++f) {
        const tweetview::entity_range r(text, filters[f]);
        const auto want = entities_with<portable>(r);
        if (!same_entities(std::vector<tweetview::entity>(r.begin(), r.end()), want))
            return std::string("dispatching searches, ") + filter_names[f];
        std::string bad;
        ((bad.empty() && V::supported() && !same_entities(entities_with<V>(r), want)
              ? void(bad = std::string(V::name) + ", " + filter_names[f])
              : void()),
         ...);
        if (!bad.empty()) return bad;
    }
    return "";
}
inline std::string variant_mismatch(std::string_view text) {
    return variant_mismatch(text, tweetview::detail::simd::compiled_variants{});
}

inline std::string join(const std::vector<std::string>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? " | " : "") + v[i];
    return s + "]";
}

}  // namespace tvtest
