// Every flavour twitter-archive-parser wrote (../shared/flavours): reading, reply headers,
// the author's text, and writing back byte for byte.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace tweetview;

namespace {

struct expected_tweet {
    std::string id, created_at, corpus_body, in_reply_to_screen_name;
};

// expected.json is a list of flat objects with string fields; a small reader is enough.
std::string json_string(const std::string& s, std::size_t& i) {
    std::string out;
    ++i;  // opening quote
    while (i < s.size() && s[i] != '"') {
        if (s[i] == '\\') {
            const char c = s[++i];
            if (c == 'n') out += '\n';
            else if (c == 't') out += '\t';
            else if (c == 'r') out += '\r';
            else if (c == 'u') {
                unsigned cp = static_cast<unsigned>(std::stoul(s.substr(i + 1, 4), nullptr, 16));
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && s.compare(i + 1, 2, "\\u") == 0) {
                    const unsigned lo = static_cast<unsigned>(std::stoul(s.substr(i + 3, 4), nullptr, 16));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
                char buf[4];
                if (cp < 0x80) out += static_cast<char>(cp);
                else if (cp < 0x800) out += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
                else if (cp < 0x10000) out += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
                else out += {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
                (void)buf;
            } else out += c;
            ++i;
        } else {
            out += s[i++];
        }
    }
    ++i;
    return out;
}

std::vector<expected_tweet> read_expected() {
    const std::string s = support::read_file(support::shared_dir() + "/flavours/expected.json");
    std::vector<expected_tweet> out;
    std::size_t i = 0;
    while ((i = s.find('{', i)) != std::string::npos) {
        expected_tweet t;
        const std::size_t close = s.find('}', i);
        while (i < close) {
            const std::size_t k = s.find('"', i);
            if (k >= close) break;
            std::size_t j = k;
            const std::string key = json_string(s, j);
            j = s.find_first_not_of(": ", j);
            if (s[j] == '"') {
                const std::string v = json_string(s, j);
                if (key == "id_str") t.id = v;
                else if (key == "created_at") t.created_at = v;
                else if (key == "corpus_body") t.corpus_body = v;
                else if (key == "in_reply_to_screen_name") t.in_reply_to_screen_name = v;
            } else {
                j = s.find_first_of(",}", j);
            }
            i = j;
        }
        out.push_back(t);
        i = s.find('}', i);
    }
    return out;
}

// The files of a flavour folder in the order its MANIFEST.txt lists them.
std::vector<std::string> manifest_files(const std::string& dir) {
    const std::string m = support::read_file(dir + "/MANIFEST.txt");
    std::vector<std::string> files;
    std::size_t at = m.find("files (relative path, sha256):");
    REQUIRE(at != std::string::npos);
    at = m.find('\n', at) + 1;
    while (at < m.size() && m.compare(at, 2, "  ") == 0) {
        const std::size_t sp = m.find(' ', at + 2);
        files.push_back(dir + "/" + m.substr(at + 2, sp - at - 2));
        at = m.find('\n', at) + 1;
    }
    return files;
}

std::string to_crlf(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

// Writes every record of `bytes` back in the file's own flavour.
std::string write_back(const std::string& bytes, flavour f, line_ending eol) {
    std::string out;
    writer w(f, eol);
    for (const record& r : records(bytes)) {
        // A byte-order mark stays; a leading separator (B1) is the writer's to write.
        if (r.prefix.rfind("\xEF\xBB\xBF", 0) == 0) out += "\xEF\xBB\xBF";
        if (r.is_tweet()) w.write(r.tweet, std::back_inserter(out));
        else out += r.raw();
    }
    return out;
}

struct flavour_dir {
    const char* dir;
    flavour expect;
};
const flavour_dir all_dirs[] = {
    {"F02-txt-originally", flavour::f02},
    {"F03-md-single-unsorted", flavour::f03},
    {"F04a-md-single-sorted", flavour::f03},
    {"F04b-md-single-sorted-media", flavour::f03},
    {"F05-monthly-dash", flavour::f05},
    {"F06a-monthly-hr", flavour::f06},
    {"F06b-monthly-hr-multiimage", flavour::f06},
    {"F07-jekyll-hr", flavour::f07},
    {"F08-jekyll-quote-icon", flavour::f08},
    {"F09-jekyll-quote-icon-dotslash", flavour::f09},
    {"F10-jekyll-escaped", flavour::f10},
    {"F11-parser-output-escaped", flavour::f11},
    {"branch-only/B1-monthly-leading-dash-unpadded", flavour::b1},
    {"branch-only/B2-monthly-dash-multiimage", flavour::f05},
    {"branch-only/B3-jekyll-quote-favicon", flavour::b3},
    {"branch-only/B5-pathcleanup-broken-media", flavour::f09},
    {"branch-only/B6-parser-output-unescaped", flavour::b6},
};

// corpus_body with what a flavour's writer changes removed: media markup (paths, video lines and
// the multi-image layout differ by flavour), and the leading mentions F08+ move into the header.
std::string comparable(std::string text, bool cut_leading_mentions) {
    std::string out;
    std::size_t last = 0;
    for (const media_span& m : media(text)) {
        out += text.substr(last, m.begin - last);
        last = m.end;
    }
    out += text.substr(last);
    if (cut_leading_mentions) {
        // the writer's re.sub(r'^(@[0-9A-Za-z_]* )*', '', text)
        std::size_t i = 0;
        for (;;) {
            if (i >= out.size() || out[i] != '@') break;
            std::size_t j = i + 1;
            while (j < out.size() && detail::is_name_char(out[j])) ++j;
            if (j >= out.size() || out[j] != ' ') break;
            i = j + 1;
        }
        out.erase(0, i);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ' || out.back() == '\r')) out.pop_back();
    return out;
}

}  // namespace

TEST_CASE("flavours: every file reads with zero errors, 300 tweets, ids and times as in expected.json") {
    REQUIRE(support::have_shared());
    const auto expected = read_expected();
    REQUIRE(expected.size() == 300);
    std::map<std::string, const expected_tweet*> by_id;
    for (const auto& e : expected) by_id[e.id] = &e;
    for (const flavour_dir& fd : all_dirs) {
        const std::string name = fd.dir;
        CAPTURE(name);
        const std::string dir = support::shared_dir() + "/flavours/" + fd.dir;
        std::vector<std::string> ids;
        std::vector<std::int64_t> times;
        std::vector<std::size_t> file_of;
        std::size_t errors = 0, file_index = 0;
        std::set<flavour> seen;
        for (const std::string& path : manifest_files(dir)) {
            const std::string bytes = support::read_file(path);
            auto it = records(bytes).begin();
            for (const auto end = records(bytes).end(); it != end; ++it) {
                if (it->is_error()) ++errors;
                if (!it->is_tweet()) continue;
                const tweet& t = it->tweet;
                ids.push_back(std::to_string(t.id));
                times.push_back(t.time.unix_seconds);
                file_of.push_back(file_index);
                const auto e = by_id.find(ids.back());
                REQUIRE(e != by_id.end());
                CHECK(t.created_at == e->second->created_at);
            }
            seen.insert(it.flavour());
            ++file_index;
        }
        CHECK(errors == 0);
        CHECK(ids.size() == 300);
        CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 300);
        // F02 and F03 keep the archive's order (newest first); the others sort by time.
        // (Checked within each file: B1's month files are named 2008-5.md, so their names do not sort.)
        const bool newest_first = fd.expect == flavour::f02 || name.rfind("F03", 0) == 0;
        for (std::size_t i = 1; i < times.size(); ++i) {
            if (file_of[i] == file_of[i - 1]) CHECK((newest_first ? times[i] <= times[i - 1] : times[i] >= times[i - 1]));
        }
        // Every file of the folder is recognised as its flavour, but where a file cannot tell:
        // a one-record file has no separator to show F03 from F07, and a file whose texts have
        // nothing to escape reads the same as F09 or F10 (F11 or B6).
        CHECK(seen.count(fd.expect) == 1);
        for (flavour f : seen) {
            const bool twin = f == fd.expect || (fd.expect == flavour::f07 && f == flavour::f03) ||
                              (fd.expect == flavour::f09 && f == flavour::f10) || (fd.expect == flavour::f10 && f == flavour::f09 && false) ||
                              (fd.expect == flavour::b6 && f == flavour::f11);
            CHECK_MESSAGE(twin, "read as " << flavour_name(f));
        }
    }
}

TEST_CASE("flavours: reply headers agree across F08-F11 and with the archive") {
    REQUIRE(support::have_shared());
    const auto expected = read_expected();
    std::map<std::string, std::string> screen;
    for (const auto& e : expected) screen[e.id] = e.in_reply_to_screen_name;
    std::map<std::uint64_t, std::uint64_t> parent_of;  // from F08
    for (const std::string dir : {"F08-jekyll-quote-icon", "F09-jekyll-quote-icon-dotslash", "F10-jekyll-escaped", "F11-parser-output-escaped"}) {
        CAPTURE(dir);
        std::size_t headers = 0;
        for (const std::string& path : manifest_files(support::shared_dir() + "/flavours/" + dir)) {
            const std::string bytes = support::read_file(path);
            for (const record& r : records(bytes)) {
                if (!r.is_tweet()) continue;
                const tweet& t = r.tweet;
                CHECK(t.text.rfind("Replying to", 0) != 0);  // the header is not part of the text
                if (t.in_reply_to_status_id == 0) continue;
                ++headers;
                const std::string& want = screen[std::to_string(t.id)];
                CHECK(t.in_reply_to_screen_name == want);
                CHECK(t.reply_names.find('@') == 0);
                const auto known = parent_of.find(t.id);
                if (known == parent_of.end()) parent_of[t.id] = t.in_reply_to_status_id;
                else CHECK(known->second == t.in_reply_to_status_id);
            }
        }
        CHECK(headers == 131);
    }
    CHECK(parent_of.size() == 131);
}

TEST_CASE("flavours: the author's text equals the archive's, but for what each writer changed") {
    REQUIRE(support::have_shared());
    const auto expected = read_expected();
    std::map<std::string, std::string> body;
    for (const auto& e : expected) body[e.id] = e.corpus_body;
    for (const flavour_dir& fd : all_dirs) {
        const std::string name = fd.dir;
        CAPTURE(name);
        std::size_t same = 0, compared = 0;
        for (const std::string& path : manifest_files(support::shared_dir() + "/flavours/" + fd.dir)) {
            const std::string bytes = support::read_file(path);
            for (const record& r : records(bytes)) {
                if (!r.is_tweet()) continue;
                std::string mine;
                author_text(r.tweet, std::back_inserter(mine));
                const std::string& want = body[std::to_string(r.tweet.id)];
                // Allowed differences, each the writer's doing:
                // - media markup: paths, the video path line and multi-image layout vary by flavour;
                // - F08 and later move the leading @mentions of a reply into the header;
                // - F08 and later quote with str.splitlines(), which drops a final line break;
                // - trailing blanks around removed media.
                const bool cut = r.tweet.in_reply_to_status_id != 0;
                ++compared;
                if (comparable(mine, false) == comparable(want, cut)) ++same;
                else FAIL_CHECK(r.tweet.id << "\n  mine: " << comparable(mine, false) << "\n  want: " << comparable(want, cut));
            }
        }
        CHECK(compared == 300);
        CHECK(same == compared);
    }
}

TEST_CASE("flavours: writing every record back in its own flavour gives each file byte for byte, LF and CRLF") {
    REQUIRE(support::have_shared());
    for (const flavour_dir& fd : all_dirs) {
        const std::string name = fd.dir;
        CAPTURE(name);
        for (const std::string& path : manifest_files(support::shared_dir() + "/flavours/" + fd.dir)) {
            CAPTURE(path);
            const std::string bytes = support::read_file(path);
            CHECK(write_back(bytes, fd.expect, line_ending::lf) == bytes);
            const std::string crlf = to_crlf(bytes);
            CHECK(write_back(crlf, fd.expect, line_ending::crlf) == crlf);
        }
    }
}

TEST_CASE("the real archive written back in F05 is itself, byte for byte") {
    REQUIRE(support::have_shared());
    for (const std::string& path : support::archive_files()) {
        const std::string bytes = support::read_file(path);
        CHECK(write_back(bytes, flavour::f05, line_ending::lf) == bytes);
    }
}

TEST_CASE("a file that changes flavour is an error at the first record that does not fit") {
    REQUIRE(support::have_shared());
    const std::string dir = support::shared_dir() + "/flavours/";
    const std::string f02 = support::read_file(dir + "F02-txt-originally/output.txt");
    const std::string f05 = support::read_file(dir + "F05-monthly-dash/tweets_2008-05.md");
    const std::string f06 = support::read_file(dir + "F06a-monthly-hr/tweets_2008-05.md");
    const std::string f08 = support::read_file(dir + "F08-jekyll-quote-icon/2008-05-01-Tweet-Archive-2008-05.md");
    const std::string f09 = support::read_file(dir + "F09-jekyll-quote-icon-dotslash/2008-05-01-Tweet-Archive-2008-05.md");
    std::string f05_crlf;
    for (char c : f05) f05_crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    // The 1-based line of the first footer line of `s` (found independently of the parser: a
    // line after a blank line that starts like any flavour's footer).
    auto first_footer_line = [](const std::string& s) {
        std::uint64_t line = 1;
        bool blank_before = false;
        for (std::size_t at = 0; at < s.size();) {
            std::size_t nl = s.find('\n', at);
            if (nl == std::string::npos) nl = s.size();
            std::string l = s.substr(at, nl - at);
            if (!l.empty() && l.back() == '\r') l.pop_back();
            if (blank_before && (l.rfind("(Originally on Twitter: [", 0) == 0 || l.rfind("Originally on Twitter: [", 0) == 0 ||
                                 l.rfind("<img src=", 0) == 0))
                return line;
            blank_before = l.empty();
            at = nl + 1;
            ++line;
        }
        return std::uint64_t{0};
    };
    struct mix {
        const char* name;
        const std::string& a;
        const std::string& b;
        errc kind;
    };
    const mix mixes[] = {
        {"F05 then F08 (footer)", f05, f08, errc::mixed_flavour},
        {"F09 then F08 (icon path)", f09, f08, errc::mixed_flavour},
        {"F08 then F09 (icon path)", f08, f09, errc::mixed_flavour},
        {"F05 then F02 (footer)", f05, f02, errc::mixed_flavour},
        {"F02 then F05 (footer)", f02, f05, errc::mixed_flavour},
        {"F05 LF then CRLF (line ending)", f05, f05_crlf, errc::mixed_flavour},
        {"F05 then F06 (separator)", f05, f06, errc::missing_separator},
    };
    // And back again: F05, F08, F05 (the F08 part ends its last footer line, as a file that ends
    // with a line break does). Every F08 record is an error at its footer; the F05 records after
    // it read as tweets: no record merges the two flavours. (Joined with no line break after the
    // F08 footer, that footer line runs into the next text and is no footer line.)
    {
        const std::string aba = f05 + f08 + "\n" + f05;
        std::size_t a_tweets = 0, b_records = 0, tweets = 0, mixed = 0, other = 0;
        for (const record& r : records(f05)) a_tweets += r.is_tweet();
        for (const record& r : records(f08)) b_records += r.is_tweet();
        std::vector<std::uint64_t> lines;
        for (const record& r : records(aba)) {
            tweets += r.is_tweet();
            if (r.is_error()) {
                (r.error.kind == errc::mixed_flavour ? mixed : other) += 1;
                lines.push_back(r.error.line);
            }
        }
        CHECK(tweets == 2 * a_tweets);
        CHECK(mixed == b_records);
        CHECK(other == 0);
        REQUIRE(!lines.empty());
        CHECK(lines[0] == static_cast<std::uint64_t>(std::count(f05.begin(), f05.end(), '\n')) + first_footer_line(f08));
    }
    for (const mix& m : mixes) {
        CAPTURE(m.name);
        const std::string mixed = m.a + m.b;
        const std::uint64_t a_lines = static_cast<std::uint64_t>(std::count(m.a.begin(), m.a.end(), '\n'));
        std::size_t a_tweets = 0, tweets = 0, errors = 0;
        for (const record& r : records(m.a)) a_tweets += r.is_tweet();
        const error* first = nullptr;
        std::vector<record> all;
        for (const record& r : records(mixed)) all.push_back(r);
        std::uint64_t bytes = 0;
        for (const record& r : all) {
            bytes += r.size();
            if (r.is_tweet() && errors == 0) ++tweets;
            if (r.is_error() && errors++ == 0) first = &r.error;
        }
        CHECK(bytes == mixed.size());
        REQUIRE(first != nullptr);
        CHECK(first->kind == m.kind);
        if (m.kind == errc::mixed_flavour) {
            // Every record of the first part but its last (whose footer now runs into the second
            // part, for the flavours that join records), then an error at the second part's
            // first footer line, column 1.
            // (exactly: all of them when the first part ends with a separator, else all but one)
            std::string_view last_sep;
            for (const record& r : records(m.a)) last_sep = r.separator;
            CHECK(tweets == (last_sep.find('-') != std::string_view::npos ? a_tweets : a_tweets - 1));
            CHECK(first->line == a_lines + first_footer_line(m.b));
            CHECK(first->column == 1);
        } else {
            CHECK(tweets == a_tweets);
            CHECK(first->record_line == a_lines + 1);
        }
    }
}

namespace {

// Every record of `bytes` converted into flavour `to`.
std::string convert_file(const std::string& bytes, flavour to, line_ending eol = line_ending::lf) {
    std::string out, scratch, names;
    writer w(to, eol);
    for (const record& r : records(bytes)) {
        if (!r.is_tweet()) continue;
        scratch.resize(convert_scratch_bound(r.tweet));
        std::string text;
        convert_text(r.tweet, to, scratch.data(), std::back_inserter(text), eol);
        names.clear();
        convert_reply_names(r.tweet, to, std::back_inserter(names));
        w.write(r.tweet, text, names, std::back_inserter(out));
    }
    return out;
}

}  // namespace

TEST_CASE("converting every file of every flavour folder to its own flavour gives it back byte for byte, LF and CRLF") {
    // What `tweetview convert --to NAME` does, NAME being the folder's (F04a, B5, ...). Media links
    // stay as the file has them where the flavour's archives differ (F03 and F04a link
    // data/tweet_media/, F04b media/; B5 ./media without a slash).
    REQUIRE(support::have_shared());
    std::vector<std::string> dirs;
    for (const flavour_dir& fd : all_dirs) dirs.push_back(fd.dir);
    for (const char* tz : {"tz-America_New_York/F05-monthly-dash", "tz-America_New_York/F11-parser-output-escaped"}) dirs.push_back(tz);
    std::size_t files = 0;
    for (const std::string& dir : dirs) {
        const std::string folder = dir.substr(dir.rfind('/') == std::string::npos ? 0 : dir.rfind('/') + 1);
        const flavour to = parse_flavour(folder.substr(0, folder.find('-')));
        CAPTURE(dir);
        REQUIRE(to != flavour::unknown);
        for (const std::string& path : manifest_files(support::shared_dir() + "/flavours/" + dir)) {
            CAPTURE(path);
            const std::string bytes = support::read_file(path);
            CHECK(convert_file(bytes, to) == bytes);
            const std::string crlf = to_crlf(bytes);
            CHECK(convert_file(crlf, to, line_ending::crlf) == crlf);
            ++files;
        }
    }
    CHECK(files == 4 + 15 * 121);
}

TEST_CASE("converting F05 to every flavour and back is the identity") {
    REQUIRE(support::have_shared());
    const flavour targets[] = {flavour::f02, flavour::f03, flavour::f06, flavour::f07, flavour::f08, flavour::f09,
                               flavour::f10, flavour::f11, flavour::b1, flavour::b3, flavour::b6};
    std::vector<std::string> files = support::files_in(support::shared_dir() + "/flavours/F05-monthly-dash");
    for (const std::string& f : support::archive_files()) files.push_back(f);
    std::size_t converted = 0, lossy = 0;
    for (const flavour to : targets) {
        const std::string name(flavour_name(to));
        CAPTURE(name);
        for (const std::string& path : files) {
            const std::string bytes = support::read_file(path);
            const std::string there = convert_file(bytes, to);
            // The converted file reads as its flavour, with as many tweets and no errors.
            std::size_t tweets = 0, errors = 0;
            for (const record& r : records(there)) {
                tweets += r.is_tweet();
                errors += r.is_error();
            }
            CHECK(errors == 0);
            std::size_t original = 0;
            for (const record& r : records(bytes)) original += r.is_tweet();
            CHECK(tweets == original);
            const std::string back = convert_file(there, flavour::f05);
            ++converted;
            if (back == bytes) continue;
            // Quoting flavours split lines with Python's str.splitlines, which loses a final
            // line break and turns other line separators into "\n": the only allowed loss.
            bool explained = false;
            for (const record& r : records(bytes)) {
                if (!r.is_tweet() || !quotes_text(to)) continue;
                const std::string_view t = r.tweet.text;
                if ((!t.empty() && t.back() == '\n') || t.find('\r') != std::string_view::npos) explained = true;
            }
            if (explained) ++lossy;
            else FAIL_CHECK(path << " does not come back from " << name);
        }
    }
    MESSAGE(converted << " conversions there and back, " << lossy << " with a text that quoting cannot hold");
    CHECK(converted == 11 * files.size());
}

TEST_CASE("converting between flavours that hold the same is the identity: F08-F11, B3, B6") {
    REQUIRE(support::have_shared());
    const std::pair<const char*, flavour> dirs[] = {{"F08-jekyll-quote-icon", flavour::f08}, {"F10-jekyll-escaped", flavour::f10},
                                                    {"F11-parser-output-escaped", flavour::f11}};
    for (const auto& [dir, own] : dirs) {
        for (const flavour to : {flavour::f08, flavour::f09, flavour::f10, flavour::f11, flavour::b3, flavour::b6}) {
            const std::string name = std::string(dir) + " -> " + std::string(flavour_name(to));
            CAPTURE(name);
            for (const std::string& path : manifest_files(support::shared_dir() + "/flavours/" + dir)) {
                const std::string bytes = support::read_file(path);
                CHECK(convert_file(convert_file(bytes, to), own) == bytes);
            }
        }
    }
}
