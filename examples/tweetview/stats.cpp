// tweetview stats: what an archive holds, at a glance (or as one JSON object with --json).
#include "tool.hpp"

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstring>
#include <map>
#include <unordered_map>

namespace tool {

static const char stats_help[] =
    "usage: tweetview stats [--json] [--top N] FILE|DIR|-...\n"
    "       tweetview stats --partial [--split I/N] FILE|DIR|-...\n"
    "       tweetview stats --merge [--json] [--top N] PARTIAL|-...\n"
    "\n"
    "Summarises archives: tweets, first and last tweet, tweets per year and per month as bar\n"
    "charts, replies (tweets that start with a mention) and retweets (RT @user:) with their\n"
    "shares, the busiest day, the longest silence between two tweets, the most mentioned screen\n"
    "names, the most linked domains (www. dropped) and the most used hashtags, and bad records.\n"
    "Times are UTC. Screen names and hashtags are counted without regard to case (hashtags in any\n"
    "script) and shown as first seen. --top N: how many of each (default 10).\n"
    "--json: the same as one JSON object: tweets, first, last (ISO 8601), per_year, per_month\n"
    "({\"2021\": n}, {\"2021-08\": n}, months and years with tweets only), replies, retweets,\n"
    "busiest_day, longest_silence, top_mentions ([{\"screen_name\", \"count\"}]), top_domains\n"
    "([{\"domain\", \"count\"}]), top_hashtags ([{\"hashtag\", \"count\"}]), files, errors, bytes.\n"
    "Bad records are reported on stderr as for check and counted; exit status as for check.\n"
    "--partial: instead, every count (not a top N) as one line of JSON, a partial, that adds up:\n"
    "--merge reads partials (files, or - for stdin; several in a file, one a line), given in the\n"
    "order of the parts, and shows exactly what stats shows for the whole input, bad records\n"
    "(on stderr) and exit status included. The parts of a --split input must all be there, in\n"
    "order; a missing or truncated part is an error (exit 2), never a smaller result. --merge\n"
    "--partial writes the sum as a partial again (a merge in rounds).\n" TWEETVIEW_COMMON_HELP
    "\n"
    "example: tweetview stats examples/data/sample.md\n";

namespace {

// Occurrences of a name, counted under its folded form; shown as first seen.
struct tally {
    std::string shown;
    std::uint64_t count = 0;
};
using tally_map = std::unordered_map<std::string, tally>;

void count(tally_map& m, std::string& key, std::string_view shown) {
    auto it = m.find(key);
    if (it == m.end()) it = m.emplace(key, tally{std::string(shown), 0}).first;
    ++it->second.count;
}

// The first `n` by count (ties: by folded name), as (key, tally) pointers.
std::vector<const tally_map::value_type*> top(const tally_map& m, std::size_t n) {
    std::vector<const tally_map::value_type*> v;
    v.reserve(m.size());
    for (const auto& kv : m) v.push_back(&kv);
    const auto before = [](const tally_map::value_type* a, const tally_map::value_type* b) {
        return a->second.count != b->second.count ? a->second.count > b->second.count : a->first < b->first;
    };
    n = std::min(n, v.size());
    std::partial_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n), v.end(), before);
    v.resize(n);
    return v;
}

// Everything stats shows, in a form that adds up: one run over the inputs fills it, and so does
// reading the partials of any parts of them (--merge), which are this, written out (--partial).
struct stats {
    totals t;
    std::vector<std::int64_t> times;  // every tweet's, in input order until summarised
    std::uint64_t replies = 0, retweets = 0;
    tally_map mentions, domains, hashtags;

    void add(const tweetview::tweet& tw, std::string& key) {
        times.push_back(tw.time.unix_seconds);
        const std::string_view text = tw.text;
        if (!tweetview::reply_screen_name(text).empty()) ++replies;
        if (tweetview::is_retweet(text)) ++retweets;
        for (const tweetview::entity& e : tweetview::entities(text)) {
            const std::string_view v = e.value(text);
            switch (e.kind) {
                case tweetview::entity_kind::mention:
                    fold_ascii(v, key);
                    count(mentions, key, v);
                    break;
                case tweetview::entity_kind::hashtag:
                    fold_case(v, key);
                    count(hashtags, key, v);
                    break;
                case tweetview::entity_kind::url:
                    url_host(v, key);
                    if (!key.empty()) count(domains, key, key);
                    break;
                case tweetview::entity_kind::cashtag: break;
            }
        }
    }
};

struct silence {
    std::int64_t seconds = -1;  // none: fewer than two tweets
    std::int64_t from = 0, to = 0;
};

// What both views show that is not a plain count, from the times alone.
struct summary {
    std::map<std::int32_t, std::uint64_t> per_year;
    std::map<std::int32_t, std::uint64_t> per_month;  // year * 12 + month - 1
    std::int64_t busiest_day = 0;                     // days since 1970
    std::uint64_t busiest_count = 0;                  // 0: no tweets
    silence gap;                                      // the longest, the earliest of equals
};

summary summarise(std::vector<std::int64_t>& times) {
    std::sort(times.begin(), times.end());
    summary out;
    std::int64_t day = 0;
    std::uint64_t on_day = 0;
    for (std::size_t i = 0; i < times.size(); ++i) {
        const std::int64_t s = times[i];
        const tweetview::date_time d = tweetview::civil_from_seconds(s);
        ++out.per_year[d.year];
        ++out.per_month[d.year * 12 + d.month - 1];
        const std::int64_t today = (s >= 0 ? s : s - 86399) / 86400;
        on_day = i > 0 && today == day ? on_day + 1 : 1;
        day = today;
        if (on_day > out.busiest_count) {
            out.busiest_count = on_day;
            out.busiest_day = day;
        }
        if (i > 0 && s - times[i - 1] > out.gap.seconds) out.gap = {s - times[i - 1], times[i - 1], s};
    }
    return out;
}

// "2021-08-02T02:25:42Z"; `date_only`: "2021-08-02".
std::string iso(std::int64_t s, bool date_only = false) {
    const tweetview::date_time d = tweetview::civil_from_seconds(s);
    char buf[40];
    const auto u = [](std::uint8_t v) { return static_cast<unsigned>(v); };
    if (date_only) std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", d.year, u(d.month), u(d.day));
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02u:%02u:%02uZ", d.year, u(d.month), u(d.day), u(d.hour),
                      u(d.minute), u(d.second));
    return buf;
}

// ---- --json -----------------------------------------------------------------------------------

void json_top(std::string& out, const char* key, const char* name_key, const tally_map& m, std::size_t n) {
    out += ",\"";
    out += key;
    out += "\":[";
    bool first = true;
    for (const auto* kv : top(m, n)) {
        if (!first) out += ',';
        first = false;
        out += "{\"";
        out += name_key;
        out += "\":";
        append_json_string(out, kv->second.shown);
        out += ",\"count\":";
        append_json_uint(out, kv->second.count);
        out += '}';
    }
    out += ']';
}

std::string to_json(stats& st, std::size_t n) {
    const summary sum = summarise(st.times);
    const totals& t = st.t;
    const silence& gap = sum.gap;
    std::string out = "{\"tweets\":";
    append_json_uint(out, t.tweets);
    out += ",\"first\":";
    if (st.times.empty()) out += "null";
    else append_json_string(out, iso(st.times.front()));
    out += ",\"last\":";
    if (st.times.empty()) out += "null";
    else append_json_string(out, iso(st.times.back()));
    out += ",\"per_year\":{";
    char key[16];
    for (const auto& [year, c] : sum.per_year) {
        if (out.back() != '{') out += ',';
        std::snprintf(key, sizeof key, "%04d", year);
        append_json_string(out, key);
        out += ':';
        append_json_uint(out, c);
    }
    out += "},\"per_month\":{";
    for (const auto& [month, c] : sum.per_month) {
        if (out.back() != '{') out += ',';
        std::snprintf(key, sizeof key, "%04d-%02d", month / 12, month % 12 + 1);
        append_json_string(out, key);
        out += ':';
        append_json_uint(out, c);
    }
    out += "},\"replies\":";
    append_json_uint(out, st.replies);
    out += ",\"retweets\":";
    append_json_uint(out, st.retweets);
    out += ",\"busiest_day\":";
    if (sum.busiest_count == 0) {
        out += "null";
    } else {
        out += "{\"date\":";
        append_json_string(out, iso(sum.busiest_day * 86400, true));
        out += ",\"count\":";
        append_json_uint(out, sum.busiest_count);
        out += '}';
    }
    out += ",\"longest_silence\":";
    if (gap.seconds < 0) {
        out += "null";
    } else {
        out += "{\"seconds\":";
        append_json_int(out, gap.seconds);
        out += ",\"from\":";
        append_json_string(out, iso(gap.from));
        out += ",\"to\":";
        append_json_string(out, iso(gap.to));
        out += '}';
    }
    json_top(out, "top_mentions", "screen_name", st.mentions, n);
    json_top(out, "top_domains", "domain", st.domains, n);
    json_top(out, "top_hashtags", "hashtag", st.hashtags, n);
    out += ",\"files\":";
    append_json_uint(out, t.files);
    out += ",\"errors\":";
    append_json_uint(out, t.errors);
    out += ",\"bytes\":";
    append_json_uint(out, t.bytes);
    out += "}\n";
    return out;
}

// ---- the human view, for an 80-column terminal -------------------------------------------------

constexpr int width = 80;

// "6,753"
std::string grouped(std::uint64_t v) {
    std::string s = std::to_string(v);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), 1, ',');
    return s;
}

// Columns a string takes in a terminal: East Asian wide characters and most emoji take two,
// combining marks, joiners and variation selectors none. An approximation of wcwidth.
int columns(std::string_view s) {
    int w = 0;
    const char* p = s.data();
    const char* const end = p + s.size();
    while (p < end) {
        const tweetview::utf8_decoded d = tweetview::decode_utf8(p, end);
        p += d.length;
        const char32_t c = d.valid ? d.code_point : U'\uFFFD';
        if ((c >= 0x300 && c <= 0x36F) || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200B) continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                          (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                          (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        w += wide ? 2 : 1;
    }
    return w;
}

// `s` cut to at most `cols` columns ("…" marks a cut), padded with spaces to exactly `cols`.
std::string fit(std::string_view s, int cols) {
    std::string out;
    if (columns(s) > cols) {
        const char* p = s.data();
        const char* const end = p + s.size();
        int w = 0;
        while (p < end) {
            const tweetview::utf8_decoded d = tweetview::decode_utf8(p, end);
            const int cw = columns(std::string_view(p, d.length));
            if (w + cw > cols - 1) break;
            out.append(p, d.length);
            w += cw;
            p += d.length;
        }
        out += "\xE2\x80\xA6";  // …
        return out + std::string(static_cast<std::size_t>(cols - 1 - w), ' ');
    }
    out.assign(s.data(), s.size());
    out.append(static_cast<std::size_t>(cols - columns(s)), ' ');
    return out;
}

// A bar of `value / max` of `cols` columns, in eighths of a block; a non-zero value shows at
// least one eighth.
std::string bar(std::uint64_t value, std::uint64_t max, int cols) {
    static const char* const eighths[] = {"", "\xE2\x96\x8F", "\xE2\x96\x8E", "\xE2\x96\x8D", "\xE2\x96\x8C",
                                          "\xE2\x96\x8B", "\xE2\x96\x8A", "\xE2\x96\x89"};  // ▏▎▍▌▋▊▉
    if (value == 0 || max == 0) return std::string();
    std::uint64_t units = (value * static_cast<std::uint64_t>(cols) * 8 + max / 2) / max;
    if (units == 0) units = 1;
    std::string out;
    for (std::uint64_t i = 0; i < units / 8; ++i) out += "\xE2\x96\x88";  // █
    out += eighths[units % 8];
    return out;
}

std::string duration(std::int64_t s) {
    char buf[64];
    if (s >= 2 * 86400) std::snprintf(buf, sizeof buf, "%s days", grouped(static_cast<std::uint64_t>(s / 86400)).c_str());
    else if (s >= 3600) std::snprintf(buf, sizeof buf, "%" PRId64 " h %02" PRId64 " min", s / 3600, s / 60 % 60);
    else std::snprintf(buf, sizeof buf, "%" PRId64 " min %02" PRId64 " s", s / 60, s % 60);
    return buf;
}

std::string share(std::uint64_t part, std::uint64_t whole) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s (%.1f%%)", grouped(part).c_str(),
                  whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0);
    return buf;
}

void line(std::string& out, const char* label, const std::string& value) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%-17s", label);
    out += buf;
    out += value;
    out += '\n';
}

std::string human(stats& st, std::size_t n) {
    const summary sum = summarise(st.times);
    const totals& t = st.t;
    const silence& gap = sum.gap;
    std::string out;
    line(out, "tweets", grouped(t.tweets) + " in " + grouped(t.files) + (t.files == 1 ? " file" : " files") + ", " +
                            grouped(t.errors) + (t.errors == 1 ? " bad record" : " bad records"));
    if (st.times.empty()) return out;
    const auto when = [](std::int64_t s) {
        std::string v = iso(s);
        v[10] = ' ';
        v.back() = ' ';
        return v + "UTC";
    };
    line(out, "first", when(st.times.front()));
    line(out, "last", when(st.times.back()));
    line(out, "replies", share(st.replies, t.tweets));
    line(out, "retweets", share(st.retweets, t.tweets));
    line(out, "busiest day", iso(sum.busiest_day * 86400, true) + " (" + grouped(sum.busiest_count) +
                                 (sum.busiest_count == 1 ? " tweet)" : " tweets)"));
    if (gap.seconds >= 0) {
        line(out, "longest silence", duration(gap.seconds) + ", " + iso(gap.from, true) + " to " + iso(gap.to, true));
    }

    // Per year: one bar a year, from the first year to the last.
    std::uint64_t max_year = 0;
    for (const auto& kv : sum.per_year) max_year = std::max(max_year, kv.second);
    const int count_cols = static_cast<int>(grouped(max_year).size());
    out += "\ntweets per year\n";
    const std::int32_t y0 = sum.per_year.begin()->first, y1 = sum.per_year.rbegin()->first;
    char buf[64];
    for (std::int32_t y = y0; y <= y1; ++y) {
        const auto it = sum.per_year.find(y);
        const std::uint64_t c = it == sum.per_year.end() ? 0 : it->second;
        std::snprintf(buf, sizeof buf, "  %04d  %*s  ", y, count_cols, grouped(c).c_str());
        out += buf;
        out += bar(c, max_year, width - 2 - 4 - 2 - count_cols - 2 - 1);
        while (out.back() == ' ') out.pop_back();
        out += '\n';
    }

    // Per month: a year a row, a four-column bar a month, all on one scale.
    std::uint64_t max_month = 0;
    std::int32_t busiest_month = 0;
    for (const auto& kv : sum.per_month) {
        if (kv.second > max_month) {
            max_month = kv.second;
            busiest_month = kv.first;
        }
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d", busiest_month / 12, busiest_month % 12 + 1);
    out += "\ntweets per month (\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88 = " + grouped(max_month) + ", in " + buf +
           ")\n        Jan  Feb  Mar  Apr  May  Jun  Jul  Aug  Sep  Oct  Nov  Dec\n";
    for (std::int32_t y = y0; y <= y1; ++y) {
        std::string row;
        std::snprintf(buf, sizeof buf, "  %04d  ", y);
        row += buf;
        for (int m = 0; m < 12; ++m) {
            const auto it = sum.per_month.find(y * 12 + m);
            const std::uint64_t c = it == sum.per_month.end() ? 0 : it->second;
            row += fit(bar(c, max_month, 4), 5);
        }
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row;
        out += '\n';
    }

    // The top lists, side by side.
    const auto mentions = top(st.mentions, n), domains = top(st.domains, n), hashtags = top(st.hashtags, n);
    const std::size_t rows = std::max({mentions.size(), domains.size(), hashtags.size()});
    if (rows == 0) return out;
    std::uint64_t max_count = 0;
    for (const auto* list : {&mentions, &domains, &hashtags}) {
        for (const auto* kv : *list) max_count = std::max(max_count, kv->second.count);
    }
    const int cw = std::max(3, static_cast<int>(grouped(max_count).size()));
    const int col = width / 3 - 1;  // 25 columns a list, one space between
    out += '\n';
    out += fit("top mentions", col) + ' ' + fit("top domains", col) + ' ' + "top hashtags\n";
    for (std::size_t i = 0; i < rows; ++i) {
        std::string row;
        const auto cell = [&](const std::vector<const tally_map::value_type*>& list, const char* sigil) {
            if (i >= list.size()) {
                row += std::string(static_cast<std::size_t>(col + 1), ' ');
                return;
            }
            std::snprintf(buf, sizeof buf, "%*s ", cw, grouped(list[i]->second.count).c_str());
            row += buf;
            row += fit(sigil + list[i]->second.shown, col - cw - 1);
            row += ' ';
        };
        cell(mentions, "@");
        cell(domains, "");
        cell(hashtags, "#");
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row;
        out += '\n';
    }
    return out;
}


// ---- --partial and --merge ----------------------------------------------------------------------
//
// A partial is one line of JSON (format version 1) that holds all of `stats` for a part of the
// inputs: full counts, not a top N, so that partials add up to the whole exactly.
//   {"tweetview_stats_partial":1, "split":[I,N] or null, "inputs":[names as given],
//    "files":F, "tweets":T, "errors":E, "bytes":B, "io_error":false, "replies":R, "retweets":W,
//    "times":[first, then each minus the one before] (every tweet's Unix time, sorted),
//    "mentions":[[folded, as first seen, count], ...], "domains":[...], "hashtags":[...],
//    "bad_records":[{"file":NAME, "line":L, "column":C, "error":MESSAGE}, ...]}
// Strings keep their bytes: a byte that is not UTF-8 is written as \udcHH (as Python's
// surrogateescape). --merge reads partials (a file may hold several, one a line) in the order of
// the parts; the parts of a --split file must all be there, 1/N to N/N, one after another.

struct bad_record {
    std::string file;
    std::uint64_t line = 0, column = 0;
    std::string what;  // "MESSAGE: expected WHAT"
};

// What a partial says of where it came from, besides its stats.
struct origin {
    unsigned split_index = 0, split_count = 0;  // 0/0: all of each input
    std::vector<std::string> inputs;
    std::vector<bad_record> bad;
};

void partial_tallies(std::string& out, const char* key, const tally_map& m) {
    std::vector<const tally_map::value_type*> v;
    v.reserve(m.size());
    for (const auto& kv : m) v.push_back(&kv);
    std::sort(v.begin(), v.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    out += ",\"";
    out += key;
    out += "\":[";
    for (std::size_t i = 0; i < v.size(); ++i) {
        out += i ? ",[" : "[";
        append_json_string(out, v[i]->first, true);
        out += ',';
        append_json_string(out, v[i]->second.shown, true);
        out += ',';
        append_json_uint(out, v[i]->second.count);
        out += ']';
    }
    out += ']';
}

std::string to_partial(stats& st, const origin& o) {
    const totals& t = st.t;
    std::string out = "{\"tweetview_stats_partial\":1,\"split\":";
    if (o.split_count == 0) {
        out += "null";
    } else {
        out += '[';
        append_json_uint(out, o.split_index);
        out += ',';
        append_json_uint(out, o.split_count);
        out += ']';
    }
    out += ",\"inputs\":[";
    for (std::size_t i = 0; i < o.inputs.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, o.inputs[i], true);
    }
    const std::pair<const char*, std::uint64_t> counts[] = {{"files", t.files},      {"tweets", t.tweets},
                                                            {"errors", t.errors},    {"bytes", t.bytes},
                                                            {"replies", st.replies}, {"retweets", st.retweets}};
    out += ']';
    for (const auto& [name, v] : counts) {
        out += ",\"";
        out += name;
        out += "\":";
        append_json_uint(out, v);
        if (name == counts[3].first) out += t.io_error ? ",\"io_error\":true" : ",\"io_error\":false";
    }
    out += ",\"times\":[";
    std::sort(st.times.begin(), st.times.end());
    for (std::size_t i = 0; i < st.times.size(); ++i) {
        if (i) out += ',';
        append_json_int(out, i ? st.times[i] - st.times[i - 1] : st.times[i]);
    }
    out += ']';
    partial_tallies(out, "mentions", st.mentions);
    partial_tallies(out, "domains", st.domains);
    partial_tallies(out, "hashtags", st.hashtags);
    out += ",\"bad_records\":[";
    for (std::size_t i = 0; i < o.bad.size(); ++i) {
        out += i ? ",{\"file\":" : "{\"file\":";
        append_json_string(out, o.bad[i].file, true);
        out += ",\"line\":";
        append_json_uint(out, o.bad[i].line);
        out += ",\"column\":";
        append_json_uint(out, o.bad[i].column);
        out += ",\"error\":";
        append_json_string(out, o.bad[i].what, true);
        out += '}';
    }
    out += "]}\n";
    return out;
}

// Reads the JSON that to_partial writes (and any JSON of the same shape), failing with the
// first thing that was expected and not found.
class json_reader {
public:
    explicit json_reader(std::string_view s) : s_(s) {}
    [[nodiscard]] const char* failure() const { return fail_; }
    [[nodiscard]] std::size_t where() const { return where_; }
    bool at_end() {
        skip_space();
        return at_ >= s_.size();
    }
    bool fail(const char* expected) {
        if (!fail_) {
            fail_ = expected;
            where_ = at_;
        }
        return false;
    }
    bool take(char c) {
        skip_space();
        if (at_ < s_.size() && s_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }
    bool expect(char c, const char* expected) { return take(c) || fail(expected); }
    bool word(std::string_view w) {
        skip_space();
        if (s_.substr(at_, w.size()) != w) return false;
        at_ += w.size();
        return true;
    }
    bool number(std::int64_t& out) {
        skip_space();
        const bool minus = at_ < s_.size() && s_[at_] == '-';
        std::uint64_t v = 0;
        if (!unsigned_number(v, minus ? 1 : 0) || v > (std::uint64_t{1} << 62)) return fail("an integer");
        out = minus ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
        return true;
    }
    bool number(std::uint64_t& out) {
        skip_space();
        return unsigned_number(out, 0) || fail("a number");
    }
    bool string(std::string& out) {
        out.clear();
        if (!take('"')) return fail("a string");
        while (at_ < s_.size()) {
            const char c = s_[at_++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return fail("no control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (at_ >= s_.size()) break;
            const char e = s_[at_++];
            const char* const simple = "\"\"\\\\//b\bf\fn\nr\rt\t";
            const char* found = nullptr;
            for (const char* p = simple; *p; p += 2) {
                if (*p == e) found = p;
            }
            if (found) {
                out += found[1];
            } else if (e == 'u') {
                std::uint32_t u = 0;
                if (!hex4(u)) return false;
                if (u >= 0xDC80 && u <= 0xDCFF) {
                    out += static_cast<char>(u & 0xFF);  // a byte that is not UTF-8, kept
                    continue;
                }
                if (u >= 0xD800 && u <= 0xDBFF) {
                    std::uint32_t low = 0;
                    if (!word("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return fail("a low surrogate");
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                } else if (u >= 0xDC00 && u <= 0xDFFF) {
                    return fail("no lone surrogate but U+DC80 to U+DCFF");
                }
                utf8(u, out);
            } else {
                return fail("an escape");
            }
        }
        return fail("the end of a string");
    }
    // [ item, ... ] with `item` reading one element.
    template <class F>
    bool list(const F& item) {
        if (!expect('[', "'['")) return false;
        if (take(']')) return true;
        do {
            if (!item()) return false;
        } while (take(','));
        return expect(']', "',' or ']'");
    }

private:
    void skip_space() {
        while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\n' || s_[at_] == '\r' || s_[at_] == '\t')) ++at_;
    }
    bool unsigned_number(std::uint64_t& out, std::size_t sign) {
        std::size_t i = at_ + sign;
        std::uint64_t v = 0;
        const std::size_t first = i;
        while (i < s_.size() && s_[i] >= '0' && s_[i] <= '9' && i - first < 19) v = v * 10 + static_cast<std::uint64_t>(s_[i++] - '0');
        if (i == first || (i < s_.size() && s_[i] >= '0' && s_[i] <= '9')) return false;
        at_ = i;
        out = v;
        return true;
    }
    bool hex4(std::uint32_t& u) {
        if (s_.size() - at_ < 4) return fail("four hex digits");
        for (int k = 0; k < 4; ++k) {
            const char h = s_[at_++];
            const int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) return fail("four hex digits");
            u = u * 16 + static_cast<std::uint32_t>(d);
        }
        return true;
    }
    static void utf8(std::uint32_t u, std::string& out) {
        if (u < 0x80) {
            out += static_cast<char>(u);
            return;
        }
        char b[4];
        int n = u < 0x800 ? 2 : u < 0x10000 ? 3 : 4;
        for (int k = n - 1; k > 0; --k, u >>= 6) b[k] = static_cast<char>(0x80 | (u & 0x3F));
        b[0] = static_cast<char>((n == 2 ? 0xC0 : n == 3 ? 0xE0 : 0xF0) | u);
        out.append(b, static_cast<std::size_t>(n));
    }

    std::string_view s_;
    std::size_t at_ = 0;
    const char* fail_ = nullptr;
    std::size_t where_ = 0;
};

// One partial into `st` and `o` (both fresh).
bool read_partial(json_reader& in, stats& st, origin& o) {
    if (!in.expect('{', "'{'") || !in.word("\"tweetview_stats_partial\"") || !in.expect(':', "':'")) {
        return in.fail("a tweetview stats partial ({\"tweetview_stats_partial\":1,...)");
    }
    std::uint64_t version = 0;
    if (!in.number(version)) return false;
    if (version != 1) return in.fail("format version 1");
    std::uint64_t* const counts[] = {&st.t.files, &st.t.tweets, &st.t.errors, &st.t.bytes, &st.replies, &st.retweets};
    const char* const count_names[] = {"files", "tweets", "errors", "bytes", "replies", "retweets"};
    tally_map* const tallies[] = {&st.mentions, &st.domains, &st.hashtags};
    const char* const tally_names[] = {"mentions", "domains", "hashtags"};
    std::string name, key, shown;
    while (in.take(',')) {
        if (!in.string(name) || !in.expect(':', "':'")) return false;
        bool known = false;
        for (std::size_t i = 0; i < 6; ++i) {
            if (name == count_names[i]) {
                known = true;
                if (!in.number(*counts[i])) return false;
            }
        }
        for (std::size_t i = 0; i < 3; ++i) {
            if (name != tally_names[i]) continue;
            known = true;
            tally_map& m = *tallies[i];
            const bool ok = in.list([&] {
                tally v;
                if (!in.expect('[', "'['") || !in.string(key) || !in.expect(',', "','") || !in.string(v.shown) ||
                    !in.expect(',', "','") || !in.number(v.count) || !in.expect(']', "']'"))
                    return false;
                return m.emplace(key, std::move(v)).second || in.fail("each name once");
            });
            if (!ok) return false;
        }
        if (known) continue;
        if (name == "split") {
            if (in.word("null")) continue;
            std::uint64_t v[2] = {0, 0};
            std::size_t k = 0;
            if (!in.list([&] { return (k < 2 || in.fail("[I, N]")) && in.number(v[k++]); })) return false;
            if (k != 2 || v[0] < 1 || v[0] > v[1] || v[1] > 1000000) return in.fail("[I, N] with 1 <= I <= N");
            o.split_index = static_cast<unsigned>(v[0]);
            o.split_count = static_cast<unsigned>(v[1]);
        } else if (name == "inputs") {
            if (!in.list([&] { return in.string(key) && (o.inputs.push_back(key), true); })) return false;
        } else if (name == "io_error") {
            if (in.word("true")) st.t.io_error = true;
            else if (!in.word("false")) return in.fail("true or false");
        } else if (name == "times") {
            const bool ok = in.list([&] {
                std::int64_t v = 0;
                if (!in.number(v)) return false;
                if (!st.times.empty() && v < 0) return in.fail("times in order");
                st.times.push_back(st.times.empty() ? v : st.times.back() + v);
                return true;
            });
            if (!ok) return false;
        } else if (name == "bad_records") {
            const bool ok = in.list([&] {
                bad_record b;
                return in.expect('{', "'{'") && in.word("\"file\"") && in.expect(':', "':'") && in.string(b.file) &&
                       in.expect(',', "','") && in.word("\"line\"") && in.expect(':', "':'") && in.number(b.line) &&
                       in.expect(',', "','") && in.word("\"column\"") && in.expect(':', "':'") && in.number(b.column) &&
                       in.expect(',', "','") && in.word("\"error\"") && in.expect(':', "':'") && in.string(b.what) &&
                       in.expect('}', "'}'") && (o.bad.push_back(std::move(b)), true);
            });
            if (!ok) return false;
        } else {
            return in.fail("a field of format version 1");
        }
    }
    if (!in.expect('}', "',' or '}'")) return false;
    if (st.times.size() != st.t.tweets || o.bad.size() != st.t.errors) return in.fail("as many times as tweets, bad records as errors");
    return true;
}

// Adds `part` (read from a partial, or made by one run) to `whole`. Names keep the spelling of
// the part that saw them first: the parts come in input order.
void absorb(stats& whole, stats& part) {
    whole.t.tweets += part.t.tweets;
    whole.t.errors += part.t.errors;
    whole.t.bytes += part.t.bytes;
    whole.t.io_error = whole.t.io_error || part.t.io_error;
    whole.replies += part.replies;
    whole.retweets += part.retweets;
    whole.times.insert(whole.times.end(), part.times.begin(), part.times.end());
    tally_map* const to[] = {&whole.mentions, &whole.domains, &whole.hashtags};
    tally_map* const from[] = {&part.mentions, &part.domains, &part.hashtags};
    for (int i = 0; i < 3; ++i) {
        for (auto& [key, v] : *from[i]) {
            const auto [it, added] = to[i]->emplace(key, tally{});
            if (added) it->second.shown = std::move(v.shown);
            it->second.count += v.count;
        }
    }
}

// The whole file, or stdin for "-"; false (errno set) when it cannot be read.
bool slurp(const std::string& path, std::string& out) {
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool ok = !std::ferror(f);
    if (f != stdin) std::fclose(f);
    return ok;
}

// --merge: every partial in the named files, in order, into `whole` and `merged` (the bad records
// and inputs of them all); the bad records printed as the run over the whole input prints them. Returns -1, or the exit status of a
// failure (said on stderr).
int merge_partials(const std::vector<std::string>& names, stats& whole, origin& merged) {
    origin open;  // the --split file whose parts are being read (split_count 0: none)
    std::vector<bad_record>& bad = merged.bad;
    std::vector<std::string> unread;  // the partials of runs that could not read an input
    std::string text;
    const std::string* last = nullptr;
    for (const std::string& name : names) {
        const char* shown = name == "-" ? "<stdin>" : name.c_str();
        text.clear();
        if (!slurp(name, text)) {
            std::fprintf(stderr, "tweetview stats: %s: %s\n", shown, std::strerror(errno));
            return exit_usage;
        }
        json_reader in(text);
        std::size_t count = 0;
        while (!in.at_end()) {
            stats part;
            origin o;
            if (!read_partial(in, part, o)) {
                std::fprintf(stderr, "tweetview stats: %s: partial %zu: byte %zu: expected %s\n", shown, count + 1,
                             in.where(), in.failure());
                return exit_usage;
            }
            ++count;
            const char* missing = nullptr;
            if (open.split_count && (o.split_index != open.split_index + 1 || o.split_count != open.split_count ||
                                     o.inputs != open.inputs))
                missing = "the next part of a --split input";
            else if (!open.split_count && o.split_index > 1)
                missing = "the parts before it";
            if (missing) {
                std::fprintf(stderr, "tweetview stats: %s: partial %zu (part %u/%u) is not %s: partials must come in "
                             "order, every part once\n", shown, count, o.split_index, o.split_count, missing);
                return exit_usage;
            }
            open = o.split_index < o.split_count ? o : origin{};
            open.bad.clear();
            if (o.split_index <= 1) {  // a split input's files, counted once
                whole.t.files += part.t.files;
                merged.inputs.insert(merged.inputs.end(), o.inputs.begin(), o.inputs.end());
            }
            bad.insert(bad.end(), o.bad.begin(), o.bad.end());
            if (part.t.io_error) unread.push_back(std::string(shown) + ": partial " + std::to_string(count));
            absorb(whole, part);
        }
        if (count == 0) {
            std::fprintf(stderr, "tweetview stats: %s: no partial in it\n", shown);
            return exit_usage;
        }
        last = &name;
    }
    if (open.split_count) {
        std::fprintf(stderr, "tweetview stats: %s: ends with part %u/%u: the parts after it are missing\n",
                     *last == "-" ? "<stdin>" : last->c_str(), open.split_index, open.split_count);
        return exit_usage;
    }
    // Every part is there: the bad records, as the run over the whole input says them.
    for (const bad_record& b : bad) {
        std::fprintf(stderr, "%s:%llu:%llu: error: %s\n", b.file.c_str(), static_cast<unsigned long long>(b.line),
                     static_cast<unsigned long long>(b.column), b.what.c_str());
    }
    for (const std::string& u : unread) {
        std::fprintf(stderr, "tweetview stats: %s: an input could not be read (said where it was made)\n", u.c_str());
    }
    return -1;
}

}  // namespace

int run_stats(const std::vector<std::string>& args) {
    command_line cl;
    bool json = false, partial = false, merge = false;
    std::string top_text;
    const int early = parse_command_line("stats", args, stats_help,
                                         {{"--json", &json}, {"--partial", &partial}, {"--merge", &merge}},
                                         {{"--top", &top_text}}, cl);
    if (early >= 0) return early;
    std::size_t n = 10;
    if (!top_text.empty() && !parse_size(top_text, n)) {
        std::fprintf(stderr, "tweetview stats: --top needs a positive number, not '%s'\n", top_text.c_str());
        return exit_usage;
    }
    if (partial && (json || !top_text.empty())) {
        std::fprintf(stderr, "tweetview stats: --partial writes every count: --json and --top are for --merge\n");
        return exit_usage;
    }
    if (merge && cl.split_count) {
        std::fprintf(stderr, "tweetview stats: --merge reads partials, not archives: --split is for --partial\n");
        return exit_usage;
    }
    stats st;
    origin o;
    if (merge) {
        const int failed = merge_partials(cl.operands, st, o);  // (--partial: the partial of them all)
        if (failed >= 0) return failed;
    } else {
        const std::vector<input> inputs = expand_inputs(cl.operands, st.t);
        std::string key;
        for_each_record(inputs, cl, st.t, [&](const input& in, const tweetview::record& r) {
            if (r.is_tweet()) {
                st.add(r.tweet, key);
            } else if (r.is_error() && partial) {
                o.bad.push_back({in.display, r.error.line, r.error.column,
                                 std::string(r.error.message()) + ": expected " + r.error.expected});
            }
            return true;
        });
        o.split_index = cl.split_index;
        o.split_count = cl.split_count;
        for (const input& in : inputs) o.inputs.push_back(in.display);
    }
    stdout_writer w;
    w.buffer() = partial ? to_partial(st, o) : json ? to_json(st, n) : human(st, n);
    w.flush();
    return st.t.exit_status();
}

}  // namespace tool
