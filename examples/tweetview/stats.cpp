// tweetview stats: what an archive holds, at a glance (or as one JSON object with --json).
#include "tool.hpp"

#include <algorithm>
#include <cinttypes>
#include <map>
#include <unordered_map>

namespace tool {

static const char stats_help[] =
    "usage: tweetview stats [--json] [--top N] FILE|DIR|-...\n"
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
    "Bad records are reported on stderr as for check and counted; exit status as for check.\n" TWEETVIEW_COMMON_HELP
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

struct stats {
    std::map<std::int32_t, std::uint64_t> per_year;
    std::map<std::int32_t, std::uint64_t> per_month;  // year * 12 + month - 1
    std::unordered_map<std::int64_t, std::uint64_t> per_day;  // days since 1970
    std::vector<std::int64_t> times;                          // every tweet's, for the silences
    std::uint64_t replies = 0, retweets = 0;
    tally_map mentions, domains, hashtags;

    void add(const tweetview::tweet& tw, std::string& key) {
        const std::int64_t s = tw.time.unix_seconds;
        const tweetview::date_time d = tweetview::utc(tw.time);
        ++per_year[d.year];
        ++per_month[d.year * 12 + d.month - 1];
        ++per_day[(s >= 0 ? s : s - 86399) / 86400];
        times.push_back(s);
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

silence longest_silence(std::vector<std::int64_t>& times) {
    std::sort(times.begin(), times.end());
    silence best;
    for (std::size_t i = 1; i < times.size(); ++i) {
        if (times[i] - times[i - 1] > best.seconds) best = {times[i] - times[i - 1], times[i - 1], times[i]};
    }
    return best;
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

std::string to_json(stats& st, const totals& t, std::size_t n) {
    const silence gap = longest_silence(st.times);  // (sorts the times)
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
    for (const auto& [year, c] : st.per_year) {
        if (out.back() != '{') out += ',';
        std::snprintf(key, sizeof key, "%04d", year);
        append_json_string(out, key);
        out += ':';
        append_json_uint(out, c);
    }
    out += "},\"per_month\":{";
    for (const auto& [month, c] : st.per_month) {
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
    const auto busiest = std::min_element(st.per_day.begin(), st.per_day.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (busiest == st.per_day.end()) {
        out += "null";
    } else {
        out += "{\"date\":";
        append_json_string(out, iso(busiest->first * 86400, true));
        out += ",\"count\":";
        append_json_uint(out, busiest->second);
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

std::string human(stats& st, const totals& t, std::size_t n) {
    const silence gap = longest_silence(st.times);  // (sorts the times)
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
    const auto busiest = std::min_element(st.per_day.begin(), st.per_day.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    line(out, "busiest day",
         iso(busiest->first * 86400, true) + " (" + grouped(busiest->second) + (busiest->second == 1 ? " tweet)" : " tweets)"));
    if (gap.seconds >= 0) {
        line(out, "longest silence", duration(gap.seconds) + ", " + iso(gap.from, true) + " to " + iso(gap.to, true));
    }

    // Per year: one bar a year, from the first year to the last.
    std::uint64_t max_year = 0;
    for (const auto& kv : st.per_year) max_year = std::max(max_year, kv.second);
    const int count_cols = static_cast<int>(grouped(max_year).size());
    out += "\ntweets per year\n";
    const std::int32_t y0 = st.per_year.begin()->first, y1 = st.per_year.rbegin()->first;
    char buf[64];
    for (std::int32_t y = y0; y <= y1; ++y) {
        const auto it = st.per_year.find(y);
        const std::uint64_t c = it == st.per_year.end() ? 0 : it->second;
        std::snprintf(buf, sizeof buf, "  %04d  %*s  ", y, count_cols, grouped(c).c_str());
        out += buf;
        out += bar(c, max_year, width - 2 - 4 - 2 - count_cols - 2 - 1);
        while (out.back() == ' ') out.pop_back();
        out += '\n';
    }

    // Per month: a year a row, a four-column bar a month, all on one scale.
    std::uint64_t max_month = 0;
    std::int32_t busiest_month = 0;
    for (const auto& kv : st.per_month) {
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
            const auto it = st.per_month.find(y * 12 + m);
            const std::uint64_t c = it == st.per_month.end() ? 0 : it->second;
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

}  // namespace

int run_stats(const std::vector<std::string>& args) {
    command_line cl;
    bool json = false;
    std::string top_text;
    const int early = parse_command_line("stats", args, stats_help, {{"--json", &json}}, {{"--top", &top_text}}, cl);
    if (early >= 0) return early;
    std::size_t n = 10;
    if (!top_text.empty() && !parse_size(top_text, n)) {
        std::fprintf(stderr, "tweetview stats: --top needs a positive number, not '%s'\n", top_text.c_str());
        return exit_usage;
    }
    totals t;
    const std::vector<input> inputs = expand_inputs(cl.operands, t);
    stats st;
    std::string key;
    for_each_record(inputs, cl, t, [&](const input&, const tweetview::record& r) {
        if (r.is_tweet()) st.add(r.tweet, key);
        return true;
    });
    stdout_writer w;
    w.buffer() += json ? to_json(st, t, n) : human(st, t, n);
    w.flush();
    return t.exit_status();
}

}  // namespace tool
