// Fuzz harness: the writer round trip. Tweets made from the input are written in a flavour with
// `writer` and `format_text`, then read back with `records()`:
//   (1) every tweet comes back, in order, with no error record: the same stored text, created_at,
//       URL, user, id, time and reply header, and the records' sizes add up to what was written;
//   (2) the author's text comes back from the stored text (unquote and unescape_markdown as the
//       flavour requires) for every text the flavour can hold;
//   (3) writing the records read back, each in its own flavour, gives the same bytes again
//       (as the tests do for every flavour output and the real archive);
//   (4) converting the read records into a second flavour with convert_text and the writer gives
//       an archive that reads back with no error and the same tweets.
//
// Input: two header bytes, then the authors' texts, separated by 0x01 bytes (at most 12 texts).
//   byte 0: bits 0-3  the flavour written (one of the 12 below, mod 12); bit 4  CRLF line endings;
//           bits 5-7  the flavour converted to in (4), with bits 0-3 of byte 1
//   byte 1: bits 4-7  seed for ids, times and reply headers
//
// What no flavour can hold is left out of (1), (3) and (4), each for its own reason:
//   - a text holding a carriage return or a NUL byte: line breaks are the writer's `eol`;
//   - a line that reads as a footer (one holding "Originally on Twitter" or "tweet.ico" or
//     "favicon.ico"), or starts with "Replying to [": the reader cannot tell it from the record's
//     own; a line "--" or "----" for the flavours that separate records with it; a text that
//     starts with `<a name="s`, alone or after a `[↑](...)` line (the thread anchors of branch
//     B4, which the reader rejects), or with
//     a byte-order mark (one before the first record is the file's);
//   - an empty text, or one that starts or ends with a blank line or white space, for the flavours
//     that do not quote: the blank line before the footer is then not the writer's alone.
// and out of (2): a final line break and media markup in quoting flavours (Python's splitlines and
// the writer's media rewriting change them: see test_flavours.cpp).
#include <tweetview/tweetview.hpp>

#include "fuzz_check.hpp"

#include <cstring>
#include <iterator>
#include <string>
#include <vector>

using namespace tweetview;

namespace {

constexpr flavour writable[] = {flavour::f02, flavour::f03, flavour::b1,  flavour::f05, flavour::f06, flavour::f07,
                                flavour::f08, flavour::f09, flavour::f10, flavour::f11, flavour::b3,  flavour::b6};

struct made_tweet {
    std::string author, stored, created_at, url, user, reply_names, reply_to;
    std::uint64_t id = 0, reply_id = 0;
    std::int64_t seconds = 0;
};

std::uint64_t next_random(std::uint64_t& s) {  // splitmix64
    s += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = s;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void put2(std::string& s, unsigned v) {
    s += static_cast<char>('0' + v / 10);
    s += static_cast<char>('0' + v % 10);
}

// A valid created_at ("Mon Aug 02 02:25:42 +0000 2021") for a time between 2006 and 2099, and its
// UTC seconds.
std::string make_created_at(std::uint64_t r, std::int64_t& seconds) {
    static constexpr const char* wd[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday
    static constexpr const char* mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const unsigned year = 2006 + static_cast<unsigned>(r % 94);
    const unsigned month = 1 + static_cast<unsigned>((r >> 8) % 12);
    const unsigned day = 1 + static_cast<unsigned>((r >> 16) % days_in_month(static_cast<std::int32_t>(year), month));
    const unsigned h = static_cast<unsigned>((r >> 24) % 24), mi = static_cast<unsigned>((r >> 32) % 60),
                   se = static_cast<unsigned>((r >> 40) % 60);
    const std::int64_t days = days_from_civil(year, month, day);
    const int offsets[] = {0, 0, 0, -300, 330, 840};  // minutes
    const int off = offsets[(r >> 48) % 6];
    seconds = days * 86400 + h * 3600 + mi * 60 + se - off * 60;
    std::string s = wd[((days % 7) + 7) % 7];
    s += ' ';
    s += mon[month - 1];
    s += ' ';
    put2(s, day);
    s += ' ';
    put2(s, h);
    s += ':';
    put2(s, mi);
    s += ':';
    put2(s, se);
    s += off < 0 ? " -" : " +";
    const unsigned a = static_cast<unsigned>(off < 0 ? -off : off);
    put2(s, a / 60);
    put2(s, a % 60);
    s += ' ';
    s += std::to_string(year);
    return s;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Whether flavour `f` can hold author text `a` in a way its reader gets back (see the top).
bool holdable(std::string_view a, flavour f) {
    if (a.find('\r') != std::string_view::npos || a.find('\0') != std::string_view::npos) return false;
    for (const char* bad : {"Originally on Twitter", "tweet.ico", "favicon.ico"}) {
        if (a.find(bad) != std::string_view::npos) return false;
    }
    const bool quoted = quotes_text(f);
    std::size_t at = 0;
    while (at <= a.size()) {
        std::size_t nl = a.find('\n', at);
        if (nl == std::string_view::npos) nl = a.size();
        const std::string_view line = a.substr(at, nl - at);
        if (line.rfind("Replying to [", 0) == 0) return false;
        if (!quoted && (line == "--" || line == "----")) return false;
        at = nl + 1;
    }
    if (!quoted && (a.empty() || is_blank(a.front()) || is_blank(a.back()))) return false;
    // The thread anchors of branch B4, which the reader rejects: at the start, or after the
    // "[↑](...)" line that B4 put before a month's first anchor.
    std::string_view anchor = a;
    if (anchor.rfind("[\xE2\x86\x91](", 0) == 0) {
        const std::size_t nl = anchor.find('\n');
        anchor = nl == std::string_view::npos ? std::string_view() : anchor.substr(nl + 1);
    }
    if (!quoted && anchor.rfind("<a name=\"s", 0) == 0) return false;
    if (!quoted && a.rfind("\xEF\xBB\xBF", 0) == 0) return false;  // a byte-order mark, at the start of a file
    return true;
}

std::string author_of(std::string_view stored, flavour f) {
    std::string once, twice;
    if (quotes_text(f)) unquote(stored, std::back_inserter(once));
    else once = std::string(stored);
    if (!escapes_text(f)) return once;
    unescape_markdown(once, std::back_inserter(twice));
    return twice;
}

tweet as_tweet(const made_tweet& m, flavour f) {
    tweet t;
    t.text = m.stored;
    t.created_at = m.created_at;
    t.url = m.url;
    t.user = m.user;
    t.id = m.id;
    t.flavour = f;
    t.reply_names = m.reply_names;
    t.in_reply_to_screen_name = m.reply_to;
    t.in_reply_to_status_id = m.reply_id;
    return t;
}

// Parses `bytes`; requires no error and the tweets of `want` (stored texts compared only when
// `same_text`); returns the number of tweets.
std::size_t read_back(const std::string& bytes, const std::vector<made_tweet>& want, bool same_text, bool headers) {
    std::size_t i = 0;
    std::uint64_t total = 0;
    for (const record& r : records(bytes)) {
        total += r.size();
        if (r.is_error()) {
            std::fprintf(stderr, "error record at line %llu: %s (expected %s)\n", static_cast<unsigned long long>(r.error.line),
                         r.error.message(), r.error.expected);
            fuzz::fail(__FILE__, __LINE__, "what the writer wrote reads as an error", "");
        }
        if (!r.is_tweet()) continue;
        FUZZ_CHECK_MSG(i < want.size(), "more tweets read than written");
        const tweet& t = r.tweet;
        const made_tweet& m = want[i++];
        if (same_text && t.text != m.stored) {
            std::fprintf(stderr, "tweet %zu: wrote text [%s], read [%.*s]\n", i - 1, m.stored.c_str(),
                         static_cast<int>(t.text.size()), t.text.data());
            fuzz::fail(__FILE__, __LINE__, "the text read is not the text written", "");
        }
        FUZZ_CHECK(t.created_at == m.created_at);
        FUZZ_CHECK(t.url == m.url);
        FUZZ_CHECK(t.user == m.user);
        FUZZ_CHECK(t.id == m.id);
        FUZZ_CHECK(t.time.unix_seconds == m.seconds);
        if (headers) {
            FUZZ_CHECK(t.in_reply_to_status_id == m.reply_id);
            FUZZ_CHECK(t.in_reply_to_screen_name == m.reply_to);
            FUZZ_CHECK(!same_text || t.reply_names == m.reply_names);
        }
    }
    FUZZ_CHECK_MSG(i == want.size(), "fewer tweets read than written");
    FUZZ_CHECK_MSG(total == bytes.size(), "the records' sizes do not add up to the bytes written");
    return i;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const flavour f = writable[(data[0] & 0x0F) % 12];
    const line_ending eol = (data[0] & 0x10) ? line_ending::crlf : line_ending::lf;
    const flavour to = writable[(((data[0] >> 5) & 0x07) | ((data[1] & 0x0F) << 3)) % 12];
    std::uint64_t seed = data[1] >> 4;
    const std::string_view in(reinterpret_cast<const char*>(data) + 2, size - 2);

    // (2), and the tweets for (1).
    std::vector<made_tweet> made;
    bool all_holdable = true;
    for (std::size_t at = 0; at <= in.size() && made.size() < 12;) {
        std::size_t sep = in.find('\x01', at);
        if (sep == std::string_view::npos) sep = in.size();
        made_tweet m;
        m.author = std::string(in.substr(at, sep - at));
        at = sep + 1;
        const std::uint64_t r = next_random(seed);
        m.id = 1 + (next_random(seed) >> 1);
        m.user = "user_" + std::to_string(r % 1000);
        m.url = "https://twitter.com/" + m.user + "/status/" + std::to_string(m.id);
        m.created_at = make_created_at(next_random(seed), m.seconds);
        if (has_reply_header(f) && (r & 0x3000) != 0) {
            m.reply_to = (r & 0x1000) ? m.user : std::string("Alice_") + std::to_string(r % 7);
            m.reply_id = 1 + (next_random(seed) >> 2);
            const std::string names = (r & 0x2000) ? "@" + m.reply_to : "@" + m.reply_to + " and @bob_x";
            tweet plain;
            plain.reply_names = names;
            plain.flavour = flavour::f05;
            convert_reply_names(plain, f, std::back_inserter(m.reply_names));
        }
        format_text(m.author, f, std::back_inserter(m.stored), eol);
        if (!holdable(m.author, f)) all_holdable = false;
        const bool media = m.author.find("![](") != std::string::npos || m.author.find("<video ") != std::string::npos;
        const bool final_break = quotes_text(f) && !m.author.empty() && m.author.back() == '\n';
        if (m.author.find('\r') == std::string::npos && !media && !final_break) {
            const std::string back = author_of(m.stored, f);
            std::string want;  // the author's text with its line breaks as written
            for (char c : m.author) want += c == '\n' && eol == line_ending::crlf ? std::string("\r\n") : std::string(1, c);
            if (back != want) {
                std::fprintf(stderr, "flavour %s: author [%s], stored [%s], back [%s]\n", flavour_name(f).data(),
                             m.author.c_str(), m.stored.c_str(), back.c_str());
                fuzz::fail(__FILE__, __LINE__, "the author's text does not come back from what the flavour stores", "");
            }
        }
        made.push_back(std::move(m));
    }
    if (!all_holdable) return 0;

    // (1)
    std::string bytes;
    writer w(f, eol);
    for (const made_tweet& m : made) w.write(as_tweet(m, f), m.stored, m.reply_names, std::back_inserter(bytes));
    (void)read_back(bytes, made, true, has_reply_header(f));

    // (3)
    std::string again;
    {
        flavour file_flavour = flavour::unknown;
        for (const record& r : records(bytes)) {
            if (r.is_tweet()) file_flavour = r.tweet.flavour;
        }
        writer w2(file_flavour, eol);
        for (const record& r : records(bytes)) {
            if (r.is_tweet()) w2.write(r.tweet, std::back_inserter(again));
        }
    }
    if (again != bytes) {
        std::fprintf(stderr, "wrote %zu bytes as %s, wrote back %zu\n", bytes.size(), flavour_name(f).data(), again.size());
        fuzz::fail(__FILE__, __LINE__, "writing the records read back does not give the same bytes", "");
    }

    // (4)
    std::string converted, scratch, names, text;
    writer w3(to, eol);
    for (const record& r : records(bytes)) {
        if (!r.is_tweet()) continue;
        scratch.resize(convert_scratch_bound(r.tweet));
        text.clear();
        convert_text(r.tweet, to, scratch.data(), std::back_inserter(text), eol);
        if (!holdable(std::string_view(scratch.data(), author_text(r.tweet, scratch.data())), to)) return 0;
        names.clear();
        convert_reply_names(r.tweet, to, std::back_inserter(names));
        w3.write(r.tweet, text, names, std::back_inserter(converted));
    }
    (void)read_back(converted, made, false, has_reply_header(f) && has_reply_header(to));
    return 0;
}
