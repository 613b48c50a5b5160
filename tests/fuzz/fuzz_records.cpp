// Fuzz harness: the whole-buffer range and the streaming parser must give the same records, field
// for field, however the input is cut into chunks; every byte is accounted for; every view lies in
// the input (whole buffer), or in the chunk being fed or the stream's carry (stream); the carry
// never holds more than max_record_bytes.
//
// Input: a small header, then the archive bytes.
//   byte 0: bits 0-3  max_record_bytes = 256 * (1 + value)  (256 ... 4096)
//           bits 4-6  layout: 0 detect, 1 f05_layout, 2 paren/padded/LF, 3 paren/padded/CRLF,
//                     4 originally/dash2, 5 icon_dot, 6 CRLF only, 7 detect with the 1 MiB default
//           bit 7     stop the stream (callback returns false) after K records
//   byte 1: bits 0-3  N, the number of chunk-size bytes that follow; bits 4-7 K
//   N bytes: chunk sizes, used in a cycle: 0 = an empty chunk, 1-127 = that many bytes,
//            128-255 = (value - 127) * 64 bytes; N = 0 feeds the whole input as one chunk.
#include <tweetview/tweetview.hpp>

#include "fuzz_check.hpp"
#include "record_values.hpp"

#include <cstdio>
#include <cstring>
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

using namespace tweetview;

namespace {

using fuzz::rec_values;
using fuzz::values_of;

bool same_time(const date_time& a, const date_time& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour && a.minute == b.minute &&
           a.second == b.second && a.weekday == b.weekday;
}

void check_same(const std::vector<rec_values>& whole, const std::vector<rec_values>& streamed, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        const char* d = fuzz::first_difference(whole[i], streamed[i]);
        if (d == nullptr) continue;
        fuzz::describe("whole ", i, whole[i]);
        fuzz::describe("stream", i, streamed[i]);
        fuzz::fail(__FILE__, __LINE__, "stream and whole buffer differ in", d);
    }
}

// Line starts of the input, to check lines and columns independently of the parser.
struct line_index {
    std::vector<std::uint64_t> newlines_before;  // [i] = '\n' bytes in input[0, i)
    std::vector<std::uint64_t> line_start;       // [i] = offset where the line holding byte i starts
    explicit line_index(std::string_view in)
        : newlines_before(in.size() + 1), line_start(in.size() + 1), bom_first(in.substr(0, 3) == "\xEF\xBB\xBF") {
        std::uint64_t n = 0, start = 0;
        for (std::size_t i = 0; i <= in.size(); ++i) {
            newlines_before[i] = n;
            line_start[i] = start;
            if (i < in.size() && in[i] == '\n') {
                ++n;
                start = i + 1;
            }
        }
    }
    // (offsets index the in-memory input: they fit in size_t on 32-bit systems too)
    std::uint64_t line_of(std::uint64_t off) const { return 1 + newlines_before[static_cast<std::size_t>(off)]; }
    // Columns of the first line do not count a byte-order mark (the header counts from the
    // record's first byte, after the mark).
    std::uint64_t column_of(std::uint64_t off) const {
        const std::uint64_t start = line_start[static_cast<std::size_t>(off)];
        const std::uint64_t bom = start == 0 && off >= 3 && bom_first ? 3 : 0;
        return off - start - bom + 1;
    }
    bool bom_first = false;
};

bool ends_at(std::string_view a, std::string_view b) { return a.data() + a.size() == b.data(); }

// Checks of one record that hold however it was produced. `at` is where it starts in the input
// (the sum of the sizes of the records before it).
void check_record(const record& r, std::string_view in, const line_index& lines, std::uint64_t at,
                  std::size_t max_bytes) {
    FUZZ_CHECK(r.kind == record_kind::tweet || r.kind == record_kind::error || r.kind == record_kind::trailer);
    // Before the first record only: a byte-order mark and/or a leading separator line (branch B1).
    std::string_view pre = r.prefix;
    if (pre.substr(0, 3) == "\xEF\xBB\xBF") pre.remove_prefix(3);
    FUZZ_CHECK(r.prefix.empty() || (at == 0 && (pre.empty() || pre == "\n----\n" || pre == "\r\n----\r\n")));
    FUZZ_CHECK(at + r.size() <= in.size());
    // The record's bytes are the input's bytes at that place.
    FUZZ_CHECK(in.substr(static_cast<std::size_t>(at), r.prefix.size()) == r.prefix);
    const std::uint64_t body_at = at + r.prefix.size();
    FUZZ_CHECK(in.substr(static_cast<std::size_t>(body_at), r.raw().size()) == r.raw());
    const std::uint64_t sep_at = at + r.size() - r.separator.size();
    FUZZ_CHECK(in.substr(static_cast<std::size_t>(sep_at), r.separator.size()) == r.separator);
    if (r.is_tweet()) {
        const tweet& t = r.tweet;
        FUZZ_CHECK(t.offset == body_at);
        FUZZ_CHECK(t.line == lines.line_of(t.offset));
        FUZZ_CHECK(r.separator.empty() || ends_at(t.raw, r.separator));
        FUZZ_CHECK(r.prefix.empty() || ends_at(r.prefix, t.raw));
        FUZZ_CHECK(fuzz::inside(t.text, t.raw) && fuzz::inside(t.created_at, t.raw) && fuzz::inside(t.url, t.raw) &&
                   fuzz::inside(t.user, t.raw));
        // The text starts the record, but for a "Replying to [...](...)" header (F08 and later),
        // which is not part of it (regressions/records/reply_header_before_text).
        if (t.in_reply_to_status_id != 0) {
            FUZZ_CHECK(t.raw.substr(0, 13) == "Replying to [");
            FUZZ_CHECK(t.text.data() > t.raw.data() || t.text.empty());
            FUZZ_CHECK(!t.in_reply_to_screen_name.empty() && fuzz::inside(t.reply_names, t.raw));
        } else {
            FUZZ_CHECK(t.text.data() == t.raw.data() || t.text.empty());
        }
        FUZZ_CHECK(t.created_at.size() == 30);
        const time_result tr = parse_created_at(t.created_at);
        FUZZ_CHECK(tr && tr.time.unix_seconds == t.time.unix_seconds &&
                   tr.time.utc_offset_minutes == t.time.utc_offset_minutes && same_time(tr.time.local, t.time.local));
        FUZZ_CHECK(t.url == "https://twitter.com/" + std::string(t.user) + "/status/" + std::to_string(t.id));
        FUZZ_CHECK(!t.user.empty() && t.user.size() <= 50);
        FUZZ_CHECK(t.shape.footer != footer_style::unknown && t.shape.eol != line_ending::unknown);
        FUZZ_CHECK(r.size() <= in.size());
    } else if (r.is_error()) {
        const error& e = r.error;
        FUZZ_CHECK(e.kind != errc::ok);
        FUZZ_CHECK(e.record_offset == body_at);
        FUZZ_CHECK(e.record_line == lines.line_of(e.record_offset));
        // (regressions/records/too_large_raw_overlaps_separator)
        FUZZ_CHECK_MSG(e.raw.size() <= e.size, "error.raw is longer than the record (it overlaps the separator)");
        FUZZ_CHECK(e.offset <= e.record_offset + e.size + r.separator.size());
        FUZZ_CHECK(e.kind == errc::record_too_large || e.raw.size() == e.size);
        FUZZ_CHECK(e.kind != errc::record_too_large || e.raw.size() + r.prefix.size() <= max_bytes);
        FUZZ_CHECK(e.offset >= e.record_offset && e.offset <= in.size());
        FUZZ_CHECK(e.line == lines.line_of(e.offset));
        FUZZ_CHECK(e.column == lines.column_of(e.offset));
        FUZZ_CHECK(e.expected != nullptr && e.expected[0] != '\0');
        FUZZ_CHECK(e.message() != nullptr && e.message()[0] != '\0');
    } else {
        // A trailer: only line breaks and blanks (and perhaps the byte-order mark).
        for (char c : r.separator) FUZZ_CHECK(c == '\n' || c == '\r' || c == ' ' || c == '\t');
        FUZZ_CHECK(r.raw().empty());
        FUZZ_CHECK(at + r.size() == in.size());
    }
}

// Every view of a record, for the "where does it point" checks.
template <class F>
void for_each_view(const record& r, F f) {
    f(r.prefix, false);
    f(r.separator, true);
    if (r.is_tweet()) {
        f(r.tweet.raw, false);
        f(r.tweet.text, false);
        f(r.tweet.created_at, false);
        f(r.tweet.url, false);
        f(r.tweet.user, false);
    } else if (r.is_error()) {
        f(r.error.raw, false);
    }
}

layout layout_for(unsigned mode) {
    switch (mode) {
        case 1: return f05_layout;
        case 2: return layout{footer_style::paren, separator_style::dash4_padded, line_ending::lf};
        case 3: return layout{footer_style::paren, separator_style::dash4_padded, line_ending::crlf};
        case 4: return layout{footer_style::originally, separator_style::dash2, line_ending::unknown};
        case 5: return layout{footer_style::icon_dot, separator_style::unknown, line_ending::unknown};
        case 6: return layout{footer_style::unknown, separator_style::unknown, line_ending::crlf};
        default: return layout{};
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const unsigned b0 = data[0], b1 = data[1];
    const std::size_t nsizes = b1 & 15u;
    if (size < 2 + nsizes) return 0;
    const std::uint8_t* sizes = data + 2;
    const unsigned mode = (b0 >> 4) & 7u;
    parse_options opts;
    opts.shape = layout_for(mode);
    opts.max_record_bytes = mode == 7 ? parse_options{}.max_record_bytes : 256 * (1 + (b0 & 15u));
    const std::size_t max_bytes = opts.max_record_bytes;
    const bool stop_mode = (b0 & 0x80u) != 0;
    const std::size_t stop_after = b1 >> 4;

    // The archive bytes in a buffer of their own, so that ASan sees any read outside them.
    const std::size_t n = size - 2 - nsizes;
    std::unique_ptr<char[]> owned(new char[n ? n : 1]);
    if (n) std::memcpy(owned.get(), data + 2 + nsizes, n);
    const std::string_view in(owned.get(), n);
    const line_index lines(in);

    // Whole buffer.
    std::vector<rec_values> whole;
    std::uint64_t at = 0;
    layout whole_shape = opts.shape;
    const record_range range = records(in, opts);
    for (auto it = range.begin(); it != range.end(); ++it) {
        const record& r = *it;
        FUZZ_CHECK_MSG(whole.size() <= n + 1, "more records than input bytes");
        check_record(r, in, lines, at, max_bytes);
        for_each_view(r, [&](std::string_view v, bool) { FUZZ_CHECK(fuzz::inside(v, in)); });
        // Views sit where the offsets say.
        FUZZ_CHECK(r.raw().empty() || r.raw().data() == in.data() + at + r.prefix.size());
        FUZZ_CHECK(r.separator.empty() || r.separator.data() == in.data() + at + r.size() - r.separator.size());
        if (r.kind == record_kind::trailer) FUZZ_CHECK(r.size() > 0);
        whole.push_back(values_of(r));
        at += r.size();
        whole_shape = it.shape();
    }
    FUZZ_CHECK_MSG(at == n, "the records' sizes do not add up to the input size");

    // The same through a stream, in the chunks the header asks for.
    std::vector<rec_values> streamed;
    stream s(opts);
    std::string_view chunk;  // the chunk being fed (its own heap buffer)
    std::uint64_t sat = 0;
    bool stopped_called = false;
    auto on_record = [&](const record& r) -> bool {
        FUZZ_CHECK_MSG(!stopped_called, "callback called after it returned false");
        FUZZ_CHECK(s.carried() <= max_bytes);
        check_record(r, in, lines, sat, max_bytes);
        // Every view is in the chunk, or in the carry: then the whole record is, starting at the
        // carry's first byte (the carry holds only the record being completed), except the
        // separator of a record_too_large, which points into the stream object itself.
        const char* base = !r.prefix.empty()      ? r.prefix.data()
                           : !r.raw().empty()     ? r.raw().data()
                           : !r.separator.empty() ? r.separator.data()  // a trailer
                                                  : nullptr;
        for_each_view(r, [&](std::string_view v, bool is_sep) {
            if (fuzz::inside(v, chunk)) return;
            if (is_sep && r.is_error() && r.error.kind == errc::record_too_large &&
                fuzz::inside(v, reinterpret_cast<const char*>(&s), reinterpret_cast<const char*>(&s + 1)))
                return;
            FUZZ_CHECK_MSG(base != nullptr && fuzz::inside(v, base, base + s.carried()),
                           "a view neither in the chunk nor in the carry");
        });
        streamed.push_back(values_of(r));
        sat += r.size();
        if (stop_mode && streamed.size() == stop_after) {
            stopped_called = true;
            return false;
        }
        return true;
    };
    std::size_t pos = 0, k = 0, zeros = 0;
    bool stopped = false;
    while (pos < n) {
        std::size_t want = n - pos;
        if (nsizes > 0) {
            const unsigned v = sizes[k++ % nsizes];
            want = v == 0 ? 0 : v < 128 ? v : (v - 127u) * 64u;
            if (want != 0) zeros = 0;
            else if (++zeros > nsizes) want = n - pos;  // only empty chunks: finish up
        }
        if (want > n - pos) want = n - pos;
        std::unique_ptr<char[]> piece(new char[want ? want : 1]);
        if (want) std::memcpy(piece.get(), in.data() + pos, want);
        chunk = std::string_view(piece.get(), want);
        const feed_status st = s.feed(chunk, on_record);
        chunk = std::string_view();
        FUZZ_CHECK(s.carried() <= max_bytes);
        if (st == feed_status::stopped) {
            stopped = true;
            FUZZ_CHECK(stopped_called);
        }
        pos += want;
    }
    const feed_status fin = s.finish(on_record);
    FUZZ_CHECK(!stopped || stopped_called);
    FUZZ_CHECK((fin == feed_status::stopped) == stopped_called);

    if (stopped_called) {
        // A stopped stream handed out a prefix of the records.
        FUZZ_CHECK(streamed.size() == stop_after && streamed.size() <= whole.size());
        check_same(whole, streamed, streamed.size());
        return 0;
    }
    check_same(whole, streamed, std::min(whole.size(), streamed.size()));
    FUZZ_CHECK_MSG(streamed.size() == whole.size(), "stream and whole buffer differ in the number of records");
    FUZZ_CHECK(sat == n);
    FUZZ_CHECK(s.offset() == n);
    FUZZ_CHECK(s.carried() == 0);
    FUZZ_CHECK(s.line() == lines.line_of(n));
    // A layout the whole-buffer parse settled on is the stream's too.
    if (whole_shape.footer != footer_style::unknown) FUZZ_CHECK(s.shape().footer == whole_shape.footer);
    if (whole_shape.separator != separator_style::unknown) FUZZ_CHECK(s.shape().separator == whole_shape.separator);
    return 0;
}
