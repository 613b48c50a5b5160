// tweetview export: the archive as a Twitter archive folder (data/tweets.js, data/account.js,
// data/tweets_media/), the format that the tools built for Twitter's own archive read.
#include "tool.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <unordered_set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tool {

static const char export_help[] =
    "usage: tweetview export --out DIR FILE|DIR|-...\n"
    "\n"
    "Writes the tweets as a Twitter archive folder, the format Twitter's own download has:\n"
    "DIR/data/tweets.js (window.YTD.tweets.part0 = [ {...} ], laid out line by line as Twitter\n"
    "lays it out), DIR/data/account.js (the screen name from the status URLs) and\n"
    "DIR/data/tweets_media/ID-NAME, the media files the Markdown links to, hard-linked (or\n"
    "copied) from beside the input; the ones that are not there are listed on stderr.\n"
    "Each tweet has id_str and id, created_at as written, full_text (the author's text: the\n"
    "leading @names of a reply put back, Markdown unquoted and unescaped, HTML escapes as Twitter\n"
    "stores them, media markup replaced by a t.co link), display_text_range, entities\n"
    "(user_mentions, urls, hashtags, symbols, media; indices in code points), extended_entities,\n"
    "and in_reply_to_status_id(_str) and in_reply_to_screen_name where the flavour has them\n"
    "(F08 and later). Tweets keep the input's order; bad records are reported on stderr and\n"
    "left out.\n" TWEETVIEW_COMMON_HELP
    "\n"
    "example: tweetview export --out archive-folder archive/\n";

namespace {

// Twitter's layout (Jackson's default pretty printer): objects open a line and indent their
// members by two spaces; arrays stay on the line ("[ ]", "[ \"0\", \"4\" ]", "[ {" ... "} ]").
// One tweet's JSON, written straight onto the end of the record's output: room is made for each
// piece before it is written (`room`), so that each append is a copy of known size (a std::string
// checks its capacity at every one).
class json_buf {
public:
    void start(byte_buffer& out) {
        out_ = &out;
        o_ = out.reserve_more(0);
    }
    void finish() { out_->commit(o_); }
    void room(std::size_t n) {
        out_->commit(o_);
        o_ = out_->reserve_more(n);
    }
    template <std::size_t N>
    json_buf& operator+=(const char (&s)[N]) {
        std::memcpy(o_, s, N - 1);
        o_ += N - 1;
        return *this;
    }
    json_buf& operator+=(std::string_view s) {
        std::memcpy(o_, s.data(), s.size());
        o_ += s.size();
        return *this;
    }
    json_buf& operator+=(char c) {
        *o_++ = c;
        return *this;
    }
    // A JSON string, a number (json.cpp).
    void put_string(std::string_view s) { o_ = put_json_string(o_, s); }
    void put_number(std::uint64_t v) { o_ = put_json_uint(o_, v); }
    // A string of bytes that need no escaping (tool.hpp: put_plain_json_string).
    void put_plain_string(std::string_view s) { o_ = put_plain_json_string(o_, s); }
    void drop(std::size_t n) { o_ -= n; }

private:
    byte_buffer* out_ = nullptr;
    char* o_ = nullptr;  // where the next byte goes, in room reserved in *out_
};
// The room a JSON string literal of `n` bytes may take.
constexpr std::size_t json_room(std::size_t n) { return json_string_bound(n); }

void key(json_buf& out, std::string_view indent, std::string_view name) {
    out += indent;
    out += '"';
    out += name;
    out += "\" : ";
}
// A number without snprintf (tens of them per tweet): into the room a json_buf has made, or
// appended to a string.
void put_uint(json_buf& out, std::uint64_t v) { out.put_number(v); }
void put_uint(std::string& out, std::uint64_t v) {
    char digits[json_number_bound];
    out.append(digits, static_cast<std::size_t>(put_json_uint(digits, v) - digits));
}
bool ascii(std::string_view s) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        if (x & 0x8080808080808080u) return false;
    }
    for (; i < s.size(); ++i) {
        if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
    }
    return true;
}
void put_string(json_buf& out, std::string_view s) { out.put_string(s); }
void put_plain_string(json_buf& out, std::string_view s) { out.put_plain_string(s); }
void plain_string_member(json_buf& out, std::string_view indent, std::string_view name, std::string_view value) {
    key(out, indent, name);
    put_plain_string(out, value);
}
void string_member(json_buf& out, std::string_view indent, std::string_view name, std::string_view value) {
    key(out, indent, name);
    put_string(out, value);
}
void quoted_uint(json_buf& out, std::uint64_t v) {
    out += '"';
    put_uint(out, v);
    out += '"';
}
void indices(json_buf& out, std::string_view indent, std::uint32_t begin, std::uint32_t end) {
    key(out, indent, "indices");
    out += "[ ";
    quoted_uint(out, begin);
    out += ", ";
    quoted_uint(out, end);
    out += " ]";
}

// A t.co-style link for a tweet's media: "https://t.co/" and ten letters and digits drawn from
// the tweet's id (the Markdown keeps no t.co link for media it found on disk).
void media_link(std::uint64_t id, std::string& out) {
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    std::uint64_t z = id + 0x9E3779B97F4A7C15u;  // splitmix64
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    z ^= z >> 31;
    out += "https://t.co/";
    for (int i = 0; i < 10; ++i, z /= 62) out += digits[z % 62];
}

// Twitter's display_url: no scheme, no "www.", and what follows the host cut to 15 characters
// and an ellipsis.
void display_url(std::string_view url, std::string& out) {
    for (std::string_view scheme : {"https://", "http://"}) {
        if (url.size() >= scheme.size()) {
            bool same = true;
            for (std::size_t i = 0; i < scheme.size(); ++i) same = same && (url[i] | 0x20) == scheme[i];
            if (same) {
                url.remove_prefix(scheme.size());
                break;
            }
        }
    }
    if (url.size() > 4 && (url[0] | 0x20) == 'w' && (url[1] | 0x20) == 'w' && (url[2] | 0x20) == 'w' && url[3] == '.')
        url.remove_prefix(4);
    const std::size_t host_end = std::min(url.find_first_of("/?#"), url.size());
    out.append(url.data(), host_end);
    std::string_view rest = url.substr(host_end);
    std::size_t at = 0, chars = 0;
    while (at < rest.size() && chars < 15) {
        const auto c = static_cast<unsigned char>(rest[at]);
        at += c < 0x80 ? 1 : tweetview::decode_utf8(rest.data() + at, rest.data() + rest.size()).length;
        ++chars;
    }
    out.append(rest.data(), at);
    if (at < rest.size()) out += "\xE2\x80\xA6";  // …
}

// One media file of a tweet.
struct media_item {
    tweetview::media_kind kind;
    std::string_view path;  // as the Markdown links it: a local path, or a link (file missing)
    std::size_t group;      // which link in full_text stands for it
};

struct link_span {
    std::uint32_t begin, end;  // bytes into full_text
    std::uint32_t cp_begin, cp_end;
    std::string_view url;  // a view into full_text
};

class tweet_export {
public:
    // Appends the tweet as an array element of tweets.js (", {" and its JSON), then a trailer for
    // the caller to take off: a NUL, the screen name and a line break, and the media requests
    // ("WHERE\x1fSOURCE\x1fNAME\n" per local file).
    void append(byte_buffer& out, const input& in, const tweetview::tweet& stored);

private:
    std::string text_, scratch_, name_, url_, head_;
    byte_buffer author_;
    std::vector<tweetview::media_span> spans_;
    std::vector<media_item> media_;
    std::vector<link_span> links_;
    struct located {
        tweetview::entity e;
        std::uint32_t begin, end;  // code points
    };
    std::vector<located> found_;
    json_buf json_;
    const input* flavour_of_ = nullptr;  // the input that flavour_ and dir_ are of
    std::string_view dir_;
    tweetview::flavour flavour_ = tweetview::flavour::unknown;
};

// The archive's name of a linked media file, ID-NAME: the file name from its "ID-" on (a
// writer's bug glued "media" to it: "./mediaID-NAME"), or with "ID-" put in front.
void archive_name(std::string_view path, std::uint64_t id, std::string& out) {
    const std::size_t slash = path.rfind('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t start = out.size();
    put_uint(out, id);
    out += '-';
    const std::size_t at = name.find(std::string_view(out).substr(start));
    if (at != std::string_view::npos) {
        out.resize(start);
        name.remove_prefix(at);
    }
    out += name;
}

bool is_name_char(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_'; }

bool is_link(std::string_view path) { return path.find("://") != std::string_view::npos; }

void tweet_export::append(byte_buffer& out, const input& in, const tweetview::tweet& stored) {
    // The flavour of the whole file where it can be read (an F10 record without an escape in
    // it looks like F09), as jsonl does.
    if (flavour_of_ != &in) {
        flavour_of_ = &in;
        flavour_ = sniff_flavour(in);
        // Where the input's media paths start from: its folder.
        const std::size_t slash = in.path.rfind('/');
        dir_ = in.path == "-" || slash == std::string::npos ? std::string_view() : std::string_view(in.path).substr(0, slash + 1);
    }
    tweetview::tweet tw = stored;
    if (flavour_ != tweetview::flavour::unknown) tw.flavour = flavour_;

    author_.clear();
    char* const author = author_.reserve_more(tweetview::convert_scratch_bound(tw));
    author_.commit(author + tweetview::author_full_text(tw, author));
    const std::string_view full = author_.view();

    // full_text: the media markup replaced by the link Twitter had there. Media next to each
    // other (several images, each after a blank line) came from one link, and the blank line
    // the writer put before them goes too (F06b and later; F04b to F06a put one before videos).
    spans_.clear();
    for (const tweetview::media_span& m : tweetview::media(full)) spans_.push_back(m);
    media_.clear();
    links_.clear();
    text_.clear();
    const bool crlf = tw.shape.eol == tweetview::line_ending::crlf;
    auto copy = [&](std::size_t from, std::size_t to) {
        if (!crlf) return void(text_.append(full.data() + from, to - from));
        for (std::size_t i = from; i < to; ++i) {
            if (crlf && full[i] == '\r' && i + 1 < full.size() && full[i + 1] == '\n') continue;
            text_ += full[i];
        }
    };
    auto line_break_at = [&](std::size_t at) -> std::size_t {  // length of a line break at `at`, or 0
        if (at < full.size() && full[at] == '\n') return 1;
        if (at + 1 < full.size() && full[at] == '\r' && full[at + 1] == '\n') return 2;
        return 0;
    };
    const bool writer_newline_after_video = tweetview::quotes_text(tw.flavour);  // F08 on: "</video>\n"
    std::size_t done = 0;
    for (std::size_t i = 0; i < spans_.size();) {
        // The blank line before the group.
        std::size_t cut = spans_[i].begin;
        std::size_t breaks = 0;
        for (std::size_t k = cut; k > done && breaks < 2;) {
            if (full[k - 1] != '\n') break;
            --k;
            if (k > done && full[k - 1] == '\r') --k;
            ++breaks;
            if (breaks == 2) cut = k;
        }
        copy(done, cut);
        const std::size_t group = links_.size();
        std::string_view existing;  // a link the Markdown kept (media file missing when written)
        std::size_t end = spans_[i].end;
        for (;;) {
            const tweetview::media_span& m = spans_[i];
            const std::string_view path = m.path(full);
            media_.push_back({m.kind, path, group});
            if (existing.empty() && is_link(path)) existing = path;
            end = m.end;
            if (m.kind == tweetview::media_kind::video && writer_newline_after_video) end += line_break_at(end);
            ++i;
            if (i == spans_.size()) break;
            // The next one follows after a blank line: the same link.
            std::size_t at = end, n = 0;
            for (std::size_t b; n < 2 && (b = line_break_at(at)) != 0; ++n) at += b;
            if (n != 2 || at != spans_[i].begin) break;
        }
        link_span l{static_cast<std::uint32_t>(text_.size()), 0, 0, 0, {}};
        if (!existing.empty()) text_ += existing;
        else media_link(tw.id, text_);
        l.end = static_cast<std::uint32_t>(text_.size());
        links_.push_back(l);
        done = end;
    }
    copy(done, full.size());
    const std::string_view text = text_;
    // Code points: bytes in an ASCII text (most are), counted otherwise.
    const bool text_ascii = ascii(text);
    tweetview::index_converter link_cp(text);
    auto code_points = [&](tweetview::index_converter& c, std::uint32_t at) { return text_ascii ? at : c.code_points(at); };
    for (link_span& l : links_) {
        l.url = text.substr(l.begin, l.end - l.begin);
        l.cp_begin = code_points(link_cp, l.begin);
        l.cp_end = code_points(link_cp, l.end);
    }
    const std::uint32_t length = code_points(link_cp, static_cast<std::uint32_t>(text.size()));
    char id_digits[json_number_bound];
    const std::string_view id(id_digits, static_cast<std::size_t>(put_json_uint(id_digits, tw.id) - id_digits));

    // The screen name and the media requests in front of the JSON (the caller links the files
    // in input order).
    head_ = '\0';
    head_ += tw.user;
    head_ += '\n';
    for (const media_item& m : media_) {
        if (is_link(m.path)) continue;
        head_ += in.display;
        head_ += ':';
        put_uint(head_, tw.line);
        head_ += '\x1f';
        if (m.path.empty() || m.path[0] != '/') head_ += dir_;
        head_ += m.path;
        head_ += '\x1f';
        archive_name(m.path, tw.id, head_);
        head_ += '\n';
    }

    // The entities, once, with code-point indices; the URL that is a media link is not one.
    found_.clear();
    tweetview::index_converter cp(text);
    for (const tweetview::entity& e : tweetview::entities(text)) {
        bool in_link = false;
        for (const link_span& l : links_) in_link = in_link || (e.begin < l.end && l.begin < e.end);
        if (in_link) continue;
        const std::uint32_t b = code_points(cp, e.begin);
        found_.push_back({e, b, code_points(cp, e.end)});
    }

    json_buf& o = json_;
    o.start(out);
    o.room(1024);
    o += ", {\n  \"tweet\" : {\n";
    // entities: hashtags, symbols, user_mentions, urls (Twitter's order), then media.
    o += "    \"entities\" : {\n";
    static const std::string_view kinds[] = {"      \"user_mentions\" : [", "      \"urls\" : [", "      \"hashtags\" : [",
                                             "      \"symbols\" : ["};
    static const int order[] = {2, 3, 0, 1};
    for (int k : order) {
        o += kinds[k];
        bool first = true;
        for (const located& f : found_) {
            const tweetview::entity& e = f.e;
            if (static_cast<int>(e.kind) != k) continue;
            o.room(512 + 4 * json_room(e.end - e.begin + 3));
            o += first ? " {\n" : ", {\n";
            first = false;
            const std::string_view value = e.value(text);
            switch (e.kind) {
                case tweetview::entity_kind::mention:
                    o += "        \"screen_name\" : ";
                    put_plain_string(o, value);  // (letters, digits and '_')
                    break;
                case tweetview::entity_kind::url:
                    o += "        \"url\" : ";
                    put_string(o, value);
                    o += ",\n        \"expanded_url\" : ";
                    put_string(o, value);
                    o += ",\n        \"display_url\" : ";
                    scratch_.clear();
                    display_url(value, scratch_);
                    put_string(o, scratch_);
                    break;
                default:
                    o += "        \"text\" : ";
                    put_string(o, value);
                    break;
            }
            o += ",\n        \"indices\" : [ \"";
            put_uint(o, f.begin);
            o += "\", \"";
            put_uint(o, f.end);
            o += "\" ]\n      }";
        }
        o += first ? " ]" : " ]";
        o += ",\n";
    }
    o.drop(2);  // the last ",\n"
    // One media entity per link in "entities" (the first item of each), all in "extended_entities".
    auto media_object = [&](const media_item& m, std::size_t number, const char* in1, const char* in2) {
        const link_span& l = links_[m.group];
        const bool video = m.kind == tweetview::media_kind::video;
        o.room(2048 + 6 * json_room(m.path.size() + l.url.size() + tw.user.size() + 64));
        o += in1;
        o += "{\n";
        key(o, in2, "expanded_url");
        o += '"';
        o += "https://twitter.com/";
        o += tw.user;
        o += "/status/";
        put_uint(o, tw.id);
        o += video ? "/video/" : "/photo/";
        put_uint(o, number);
        o += "\",\n";
        indices(o, in2, l.cp_begin, l.cp_end);
        o += ",\n";
        string_member(o, in2, "url", l.url);
        o += ",\n";
        // media_url: Twitter's own; twitter-archive-parser looks for ID-(its file name) in
        // tweets_media. A video's is its thumbnail (the archive holds only the .mp4, found by id).
        scratch_.clear();
        std::string_view name;
        if (is_link(m.path)) {
            scratch_ = m.path;
        } else {
            name_.clear();
            archive_name(m.path, tw.id, name_);
            name = std::string_view(name_).substr(name_.find('-') + 1);
            scratch_ = video ? "://pbs.twimg.com/ext_tw_video_thumb/" : "://pbs.twimg.com/media/";
            if (video) {
                put_uint(scratch_, tw.id);
                scratch_ += "/pu/img/";
                const std::size_t dot = name.rfind('.');
                scratch_ += name.substr(0, dot);
                scratch_ += ".jpg";
            } else {
                scratch_ += name;
            }
        }
        for (const char* scheme : {"http", "https"}) {
            key(o, in2, scheme[4] ? "media_url_https" : "media_url");
            if (is_link(m.path)) {
                put_string(o, scratch_);
            } else {
                url_ = scheme;
                url_ += scratch_;
                put_string(o, url_);
            }
            o += ",\n";
        }
        plain_string_member(o, in2, "type", video ? "video" : "photo");
        o += ",\n";
        key(o, in2, "display_url");
        o += "\"";
        const std::string_view code = l.url.substr(l.url.rfind('/') + 1);
        if (l.url.find("t.co/") != std::string_view::npos) o += "pic.twitter.com/";
        o += code;
        o += '"';
        if (video && !name.empty()) {
            o += ",\n";
            key(o, in2, "video_info");
            o += "{\n";
            static constexpr std::string_view spaces = "                                ";
            const std::string_view in3 = spaces.substr(0, std::strlen(in2) + 2), in4 = spaces.substr(0, std::strlen(in2) + 4);
            key(o, in3, "variants");
            o += "[ {\n";
            plain_string_member(o, in4, "bitrate", "0");
            o += ",\n";
            plain_string_member(o, in4, "content_type", "video/mp4");
            o += ",\n";
            key(o, in4, "url");
            o += "\"https://video.twimg.com/ext_tw_video/";
            put_uint(o, tw.id);
            o += "/pu/vid/";
            o += name;
            o += "\"\n";
            o += in3;
            o += "} ]\n";
            o += in2;
            o += '}';
        }
        o += '\n';
        o += std::string_view(in2, std::strlen(in2) - 2);
        o += '}';
    };
    if (!media_.empty()) {
        o += ",\n";
        key(o, "      ", "media");
        o += '[';
        std::size_t last_group = static_cast<std::size_t>(-1);
        for (const media_item& m : media_) {
            if (m.group == last_group) continue;
            o += last_group == static_cast<std::size_t>(-1) ? " " : ", ";
            last_group = m.group;
            media_object(m, 1, "", "        ");
        }
        o += " ]";
    }
    o += "\n    },\n";

    // display_text_range: after the names a reply starts with, up to the trailing media link.
    std::uint32_t first = 0, last = length;
    if (tw.in_reply_to_status_id != 0) {
        std::size_t at = 0;  // twitter-archive-parser's ^(@[0-9A-Za-z_]* )*
        for (;;) {
            if (at >= text.size() || text[at] != '@') break;
            std::size_t e = at + 1;
            while (e < text.size() && is_name_char(text[e])) ++e;
            if (e >= text.size() || text[e] != ' ') break;
            at = e + 1;
        }
        first = static_cast<std::uint32_t>(at);  // ASCII only: bytes are code points
    }
    if (!links_.empty() && links_.back().end == text.size()) {
        std::size_t b = links_.back().begin;
        while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\n')) --b;
        last = links_.back().cp_begin - static_cast<std::uint32_t>(links_.back().begin - b);
    }
    if (last < first) last = first;
    // The entities and media above took room of their own; the rest needs this much.
    o.room(1024 + json_room(text.size()) + json_room(tw.created_at.size()) + json_room(tw.in_reply_to_screen_name.size()));
    o += "    \"display_text_range\" : [ \"";
    put_uint(o, first);
    o += "\", \"";
    put_uint(o, last);
    o += "\" ],\n";
    if (tw.in_reply_to_status_id != 0) {
        o += "    \"in_reply_to_status_id_str\" : ";
        quoted_uint(o, tw.in_reply_to_status_id);
        o += ",\n";
    }
    o += "    \"id_str\" : \"";
    o += id;
    o += "\",\n    \"id\" : \"";
    o += id;
    o += "\",\n";
    if (tw.in_reply_to_status_id != 0) {
        o += "    \"in_reply_to_status_id\" : ";
        quoted_uint(o, tw.in_reply_to_status_id);
        o += ",\n";
    }
    o += "    \"created_at\" : ";
    put_plain_string(o, tw.created_at);  // (as the parser checked it)
    o += ",\n    \"full_text\" : ";
    put_string(o, text);
    if (tw.in_reply_to_status_id != 0) {
        o += ",\n";
        plain_string_member(o, "    ", "in_reply_to_screen_name", tw.in_reply_to_screen_name);  // (a screen name)
    }
    if (!media_.empty()) {
        o += ",\n";
        key(o, "    ", "extended_entities");
        o += "{\n";
        key(o, "      ", "media");
        o += '[';
        std::size_t number = 0, group = static_cast<std::size_t>(-1);
        for (std::size_t i = 0; i < media_.size(); ++i) {
            number = media_[i].group == group ? number + 1 : 1;
            group = media_[i].group;
            o += i == 0 ? " " : ", ";
            media_object(media_[i], number, "", "        ");
        }
        o += " ]\n    }";
    }
    o += "\n  }\n}";
    o.finish();
    out.append(head_);
}

// mkdir -p for one level: fine if it is there as a directory.
bool make_dir(const std::string& path) {
    if (::mkdir(path.c_str(), 0777) == 0) return true;
    struct stat st {};
    if (errno == EEXIST && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return true;
    std::fprintf(stderr, "tweetview export: %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
}

// A whole file written, or a message and false.
class file_out {
public:
    explicit file_out(std::string path) : path_(std::move(path)) {
        fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
        if (fd_ < 0) fail(errno);
    }
    ~file_out() {
        if (fd_ >= 0) ::close(fd_);
    }
    file_out(const file_out&) = delete;
    file_out& operator=(const file_out&) = delete;
    bool write(std::string_view s) {
        while (ok() && !s.empty()) {
            const ssize_t n = ::write(fd_, s.data(), s.size());
            if (n < 0) {
                if (errno != EINTR) fail(errno);
                continue;
            }
            s.remove_prefix(static_cast<std::size_t>(n));
        }
        return ok();
    }
    bool close() {
        if (fd_ >= 0 && ::close(fd_) != 0) fail(errno);
        fd_ = -1;
        return !failed_;
    }
    [[nodiscard]] bool ok() const { return fd_ >= 0 && !failed_; }

private:
    void fail(int err) {
        if (!failed_) std::fprintf(stderr, "tweetview export: %s: %s\n", path_.c_str(), std::strerror(err));
        failed_ = true;
    }
    std::string path_;
    int fd_ = -1;
    bool failed_ = false;
};

enum class media_result { linked, copied, missing, failed };

// The file at `from` as `to`: a hard link, else a copy. A file already at `to` is kept.
media_result place_media(const std::string& from, const std::string& to) {
    if (::link(from.c_str(), to.c_str()) == 0) return media_result::linked;
    if (errno == ENOENT || errno == ENOTDIR) {
        struct stat st {};
        if (::stat(from.c_str(), &st) != 0) return media_result::missing;
    }
    if (errno == EEXIST) return media_result::linked;
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return errno == ENOENT ? media_result::missing : media_result::failed;
    file_out out(to);
    char buf[1 << 16];
    bool good = out.ok();
    for (ssize_t n; good && (n = ::read(in, buf, sizeof buf)) != 0;) {
        if (n < 0) {
            if (errno == EINTR) continue;
            good = false;
            break;
        }
        good = out.write(std::string_view(buf, static_cast<std::size_t>(n)));
    }
    ::close(in);
    return out.close() && good ? media_result::copied : media_result::failed;
}

}  // namespace

int run_export(const std::vector<std::string>& args) {
    command_line cl;
    std::string dir;
    const int early = parse_command_line("export", args, export_help, {}, {{"--out", &dir}}, cl);
    if (early >= 0) return early;
    if (dir.empty()) {
        std::fprintf(stderr, "tweetview export: --out DIR is needed (see tweetview export --help)\n");
        return exit_usage;
    }
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    const std::string data = dir + "/data", media_dir = data + "/tweets_media";
    if (!make_dir(dir) || !make_dir(data) || !make_dir(media_dir)) return exit_usage;

    totals t;
    const std::vector<input> inputs = expand_inputs(cl.operands, t);
    file_out tweets(data + "/tweets.js");
    if (!tweets.ok()) return exit_usage;
    byte_buffer buf;  // tweets.js, written in blocks of 256 KiB (they stay in the cache)
    std::string user, from, to, name;
    std::size_t done = 0;  // the bytes of buf that are whole tweets
    std::uint64_t count = 0, linked = 0, copied = 0, missing = 0, failed = 0;
    bool other_user = false;
    std::unordered_set<std::string> seen;  // media files placed or listed
    std::vector<tweet_export> work(cl.jobs);  // one per parsing thread: its scratch buffers
    for_each_output(
        inputs, cl, t,
        [&](unsigned thread, const input& in, const tweetview::record& r, byte_buffer& out) {
            if (!r.is_tweet()) return;
            work[thread].append(out, in, r.tweet);
        },
        buf,
        [&] {  // after each record: its tweet (if it is one) is at the end of buf
            if (buf.size() == done) return true;  // an error or a trailer
            // The trailer, after the last NUL, taken off.
            const char* nul = buf.data() + buf.size();
            while (*--nul != '\0') {
            }
            const std::string_view trailer(nul + 1, static_cast<std::size_t>(buf.data() + buf.size() - nul - 1));
            buf.commit(nul);
            const std::size_t user_end = trailer.find('\n');
            const std::string_view screen_name = trailer.substr(0, user_end);
            if (count == 0) user = screen_name;
            else other_user = other_user || screen_name != user;
            for (std::string_view requests = trailer.substr(user_end + 1); !requests.empty();) {
                const std::size_t nl = requests.find('\n');
                const std::string_view line = requests.substr(0, nl);
                requests.remove_prefix(nl + 1);
                const std::size_t a = line.find('\x1f'), b = line.rfind('\x1f');
                from.assign(line.substr(a + 1, b - a - 1));
                // Each file once (a repeated archive names it again): linked, copied or listed.
                name.assign(line.substr(b + 1));
                if (seen.count(name) != 0) continue;
                seen.insert(name);
                to = media_dir;
                to += '/';
                to += line.substr(b + 1);
                switch (place_media(from, to)) {
                    case media_result::linked: ++linked; break;
                    case media_result::copied: ++copied; break;
                    case media_result::missing:
                        ++missing;
                        clear_progress_line();
                        std::fprintf(stderr, "%.*s: media file not found: %s\n", static_cast<int>(a), line.data(), from.c_str());
                        break;
                    case media_result::failed:
                        ++failed;
                        clear_progress_line();
                        std::fprintf(stderr, "%.*s: media file not copied: %s: %s\n", static_cast<int>(a), line.data(),
                                     from.c_str(), std::strerror(errno));
                        break;
                }
            }
            if (count == 0) {
                // The first tweet opens the array: its ", {" becomes the file's first line.
                constexpr std::string_view open = "window.YTD.tweets.part0 = [ {";
                const std::size_t tweet_size = buf.size() - done;
                char* at = buf.reserve_more(open.size() - 3) - tweet_size;
                std::memmove(at + open.size(), at + 3, tweet_size - 3);
                std::memcpy(at, open.data(), open.size());
                buf.commit(at + open.size() + tweet_size - 3);
            }
            ++count;
            done = buf.size();
            if (buf.size() >= (1 << 18)) {
                if (!tweets.write(buf.view())) return false;
                buf.clear();
                done = 0;
            }
            return true;
        });
    buf.append(count == 0 ? std::string_view("window.YTD.tweets.part0 = [ ]") : std::string_view(" ]"));
    bool written = tweets.write(buf.view()) && tweets.close();
    // The screen name: the first tweet's, from its status URL.
    if (other_user) std::fprintf(stderr, "tweetview export: tweets of more than one account; account.js names the first, @%s\n", user.c_str());
    std::string part_js = "window.YTD.account.part0 = [ {\n  \"account\" : {\n    \"username\" : ";
    append_json_string(part_js, user);
    part_js += "\n  }\n} ]";
    file_out account(data + "/account.js");
    written = account.write(part_js) && account.close() && written;
    // The other parts of an archive that readers open (twitter-archive-parser stops without
    // them), empty as in the archive of an account that has none; never over existing ones.
    for (const char* part : {"following", "follower", "direct-messages", "direct-messages-group"}) {
        const std::string path = data + "/" + part + ".js";
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) continue;
        part_js = "window.YTD.";
        for (const char* c = part; *c; ++c) part_js += *c == '-' ? '_' : *c;
        part_js += ".part0 = [ ]";
        written = ::write(fd, part_js.data(), part_js.size()) == static_cast<ssize_t>(part_js.size()) && written;
        written = ::close(fd) == 0 && written;
    }
    std::fprintf(stderr, "tweetview export: %llu tweets to %s/tweets.js; media files: %llu linked, %llu copied, %llu not found",
                 static_cast<unsigned long long>(count), data.c_str(), static_cast<unsigned long long>(linked),
                 static_cast<unsigned long long>(copied), static_cast<unsigned long long>(missing));
    if (failed) std::fprintf(stderr, ", %llu failed", static_cast<unsigned long long>(failed));
    std::fputc('\n', stderr);
    if (!written || failed) return exit_usage;
    return t.exit_status();
}

}  // namespace tool
