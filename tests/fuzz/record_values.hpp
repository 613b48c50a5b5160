// A record as values: every field the parser fills, none pointing into a buffer, for the harnesses
// that compare the records of two parses (fuzz_records: the whole buffer against a stream;
// fuzz_fastpath: the straight pass against the general way). A template, so that fuzz_fastpath's
// two copies of the header, whose record types differ, fill the same struct.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace fuzz {

struct rec_values {
    int kind = 0;
    std::string prefix, raw, separator;
    std::uint64_t size = 0;
    std::string text, created_at, url, user, reply_names, reply_to;
    std::uint64_t id = 0, offset = 0, line = 0, reply_id = 0;
    std::int64_t seconds = 0;
    std::int32_t utc_offset = 0;
    int local[7] = {};  // year, month, day, hour, minute, second, weekday
    int shape[4] = {};  // footer, separator, line ending, leading separator
    int flavour = 0;
    int ec = 0;
    std::uint64_t eline = 0, ecol = 0, eoffset = 0, erec_offset = 0, erec_line = 0, esize = 0;
    std::string expected;
};

template <class Record>
rec_values values_of(const Record& r) {
    rec_values v;
    v.kind = static_cast<int>(r.kind);
    v.prefix = std::string(r.prefix);
    v.raw = std::string(r.raw());
    v.separator = std::string(r.separator);
    v.size = r.size();
    if (r.is_tweet()) {
        const auto& t = r.tweet;
        v.text = std::string(t.text);
        v.created_at = std::string(t.created_at);
        v.url = std::string(t.url);
        v.user = std::string(t.user);
        v.reply_names = std::string(t.reply_names);
        v.reply_to = std::string(t.in_reply_to_screen_name);
        v.reply_id = t.in_reply_to_status_id;
        v.id = t.id;
        v.offset = t.offset;
        v.line = t.line;
        v.seconds = t.time.unix_seconds;
        v.utc_offset = t.time.utc_offset_minutes;
        const auto& l = t.time.local;
        const int local[7] = {static_cast<int>(l.year), l.month, l.day, l.hour, l.minute, l.second, l.weekday};
        for (int k = 0; k < 7; ++k) v.local[k] = local[k];
        v.shape[0] = static_cast<int>(t.shape.footer);
        v.shape[1] = static_cast<int>(t.shape.separator);
        v.shape[2] = static_cast<int>(t.shape.eol);
        v.shape[3] = t.shape.leading_separator ? 1 : 0;
        v.flavour = static_cast<int>(t.flavour);
    } else if (r.is_error()) {
        const auto& e = r.error;
        v.ec = static_cast<int>(e.kind);
        v.eline = e.line;
        v.ecol = e.column;
        v.eoffset = e.offset;
        v.erec_offset = e.record_offset;
        v.erec_line = e.record_line;
        v.esize = e.size;
        v.expected = e.expected ? e.expected : "(null)";
    }
    return v;
}

// The first field in which two records differ, or nullptr.
inline const char* first_difference(const rec_values& a, const rec_values& b) {
    auto same_ints = [](const int* x, const int* y, int n) {
        for (int k = 0; k < n; ++k)
            if (x[k] != y[k]) return false;
        return true;
    };
    if (a.kind != b.kind) return "kind";
    if (a.prefix != b.prefix) return "prefix";
    if (a.raw != b.raw) return "raw";
    if (a.separator != b.separator) return "separator";
    if (a.size != b.size) return "size";
    if (a.text != b.text) return "text";
    if (a.created_at != b.created_at) return "created_at";
    if (a.url != b.url) return "url";
    if (a.user != b.user) return "user";
    if (a.reply_names != b.reply_names || a.reply_to != b.reply_to || a.reply_id != b.reply_id) return "reply header";
    if (a.id != b.id) return "id";
    if (a.offset != b.offset) return "offset";
    if (a.line != b.line) return "line";
    if (a.seconds != b.seconds || a.utc_offset != b.utc_offset || !same_ints(a.local, b.local, 7)) return "time";
    if (!same_ints(a.shape, b.shape, 4)) return "shape";
    if (a.flavour != b.flavour) return "flavour";
    if (a.ec != b.ec) return "error kind";
    if (a.eline != b.eline || a.ecol != b.ecol) return "error line/column";
    if (a.eoffset != b.eoffset) return "error offset";
    if (a.erec_offset != b.erec_offset || a.erec_line != b.erec_line) return "error record offset/line";
    if (a.esize != b.esize) return "error size";
    if (a.expected != b.expected) return "error expected";
    return nullptr;
}

inline void describe(const char* who, std::size_t i, const rec_values& v) {
    std::fprintf(stderr, "%s record %zu: kind %d, prefix %zu, raw %zu, separator %zu \"", who, i, v.kind,
                 v.prefix.size(), v.raw.size(), v.separator.size());
    for (char c : v.separator) std::fprintf(stderr, c == '\n' ? "\\n" : c == '\r' ? "\\r" : "%c", c);
    std::fprintf(stderr, "\", size %llu, offset %llu, error %d at %llu (%llu:%llu), error size %llu\n",
                 static_cast<unsigned long long>(v.size), static_cast<unsigned long long>(v.offset), v.ec,
                 static_cast<unsigned long long>(v.eoffset), static_cast<unsigned long long>(v.eline),
                 static_cast<unsigned long long>(v.ecol), static_cast<unsigned long long>(v.esize));
}

}  // namespace fuzz
