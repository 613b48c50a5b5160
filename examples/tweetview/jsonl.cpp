// tweetview jsonl: one JSON object per tweet, in input order.
#include "tool.hpp"

#include <fcntl.h>
#include <unistd.h>

namespace tool {

static const char jsonl_help[] =
    "usage: tweetview jsonl [--unescape] [--repair] [--byte-indices] FILE|DIR|-...\n"
    "\n"
    "Writes one JSON object per tweet to stdout, in input order, with the keys id (a string),\n"
    "user, created_at, time (UTC seconds since 1970), url, text, file, line and offset (the\n"
    "record's first byte in its file), flavour (F02 ... F11, B1, B3, B6), media (images and\n"
    "videos: type and path), and entities: mentions, urls, hashtags and cashtags as Twitter's\n"
    "twitter-text finds them, with indices in code points as Twitter's API writes them\n"
    "(--byte-indices: byte offsets into text). in_reply_to_screen_name (the header's, or the\n"
    "text's leading mention), in_reply_to_status_id and in_reply_to_screen_names (from the\n"
    "'Replying to' header of F08 and later) and retweeted_screen_name (RT @user:) are there\n"
    "when the record has them. text is the body as stored; --unescape writes the author's\n"
    "text (F08+ unquoted, F10+ Markdown-unescaped) and its entities; --repair also decodes HTML\n"
    "entities and undoes mojibake.\n"
    "Output is always valid UTF-8: invalid bytes in a text become U+FFFD. Bad records are\n"
    "reported on stderr as for check.\n" TWEETVIEW_COMMON_HELP
    "\n"
    "example: tweetview jsonl --unescape examples/data/sample.md\n";

// The id's decimal digits: the status URL "https://twitter.com/USER/status/ID" ends with them (the
// parser read the id from there, and it has no leading zero), so they need no conversion.
static std::string_view id_digits(const tweetview::tweet& tw) {
    const std::size_t at = std::string_view("https://twitter.com/").size() + tw.user.size() + std::string_view("/status/").size();
    return tw.url.substr(at < tw.url.size() ? at : tw.url.size());
}

// One tweet's object; jsonl and grep --jsonl both write it with this.
tweetview::flavour sniff_flavour(const input& in) {
    if (in.archive) return tweetview::flavour::f11;  // read as the F11 that twitter-archive-parser writes
    if (in.path == "-" || !in.size_known || in.size == 0) return tweetview::flavour::unknown;
    const int fd = ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return tweetview::flavour::unknown;
    // The head: up to a whole record of the largest size the parser takes (1 MiB), so that a
    // file with any complete record is named the same however it is read (and on any thread).
    std::string head(static_cast<std::size_t>(in.size < (1 << 20) ? in.size : (1 << 20)), '\0');
    char tail[16];
    const std::size_t tail_len = in.size < sizeof tail ? static_cast<std::size_t>(in.size) : sizeof tail;
    const bool ok = ::pread(fd, head.data(), head.size(), 0) == static_cast<ssize_t>(head.size()) &&
                    ::pread(fd, tail, tail_len, static_cast<off_t>(in.size - tail_len)) == static_cast<ssize_t>(tail_len);
    ::close(fd);
    if (!ok) return tweetview::flavour::unknown;
    tweetview::flavour f = tweetview::flavour::unknown;
    for (const tweetview::record& r : tweetview::records(head)) f = tweetview::refine_flavour(f, r);
    // F05 and F06 end with a separator; F03 and F07 join records and do not.
    const tweetview::layout shape = tweetview::detect_layout(head);
    const std::string_view sep = tweetview::separator_text(shape.separator, shape.eol);
    const std::string_view end(tail, tail_len);
    const bool trailing = end.size() >= sep.size() && end.substr(end.size() - sep.size()) == sep;
    return trailing ? f : tweetview::joined_flavour(f);
}

void tweet_json::append(byte_buffer& out, const input& in, const tweetview::tweet& tw) {
    if (input_ != &in) {
        input_ = &in;
        flavour_ = sniff_flavour(in);
        flavour_final_ = flavour_ != tweetview::flavour::unknown;
        file_json_.clear();
        append_json_string(file_json_, in.display);
    }
    if (!flavour_final_) {
        tweetview::record r;
        r.tweet = tw;
        flavour_ = tweetview::refine_flavour(flavour_, r);
    }
    std::string_view text = tw.text;
    if (unescape) {
        unescaped_.clear();
        char* o = unescaped_.reserve_more(tweetview::markdown_bound(text.size()));
        unescaped_.commit(o + tweetview::author_text(tw, o));
        text = unescaped_.view();
    }
    if (repair) {
        repaired_.clear();
        char* o = repaired_.reserve_more(tweetview::repair_bound(text.size()));
        repaired_.commit(o + tweetview::repair(text, o));
        text = repaired_.view();
    }
    // What the record holds beyond its fields, so that the room it needs is known up front.
    found_.clear();
    for (const tweetview::entity& e : tweetview::entities(text)) found_.push_back(located{e, e.begin, e.end});
    media_.clear();
    std::size_t media_bytes = 0;
    for (const tweetview::media_span& m : tweetview::media(tw.text)) {
        media_.push_back(m);
        media_bytes += m.path(tw.text).size();
    }
    names_.clear();
    if (tw.in_reply_to_status_id != 0) tweetview::reply_mentions(tw, std::back_inserter(names_));  // "@a @b @c"
    const std::string_view flavour = tweetview::flavour_name(flavour_);
    const std::string_view reply = tw.in_reply_to_status_id != 0 ? tw.in_reply_to_screen_name : tweetview::reply_screen_name(text);
    const std::string_view rt = tweetview::retweeted_screen_name(text);
    // (Seven strings, each within json_string_bound, fit in one bound of their sizes and 64.)
    const std::size_t room =
        512 + 5 * json_number_bound + file_json_.size() +
        json_string_bound(tw.user.size() + tw.created_at.size() + tw.url.size() + text.size() + flavour.size() + reply.size() + rt.size()) +
        12 * names_.size() + 16 +                          // each name ("@a " or more): escaped, quoted, a comma
        media_.size() * 64 + 6 * media_bytes +             // {"type":"image","path":...},
        found_.size() * 128 + 6 * text.size();             // values and slugs lie apart in text
    char* o = out.reserve_more(room);

    o = put_raw(o, "{\"id\":\"");
    const std::string_view id = id_digits(tw);
    o = id.empty() ? put_json_uint(o, tw.id) : put_raw(o, id);
    o = put_raw(o, "\",\"user\":");
    o = put_plain_json_string(o, tw.user);
    o = put_raw(o, ",\"created_at\":");
    o = put_plain_json_string(o, tw.created_at);
    o = put_raw(o, ",\"time\":");
    o = put_json_int(o, tw.time.unix_seconds);
    o = put_raw(o, ",\"url\":");
    o = put_plain_json_string(o, tw.url);
    o = put_raw(o, ",\"text\":");
    json_text_info shape;
    o = put_json_string(o, text, &shape);
    o = put_raw(o, ",\"file\":");
    o = put_raw(o, file_json_);
    o = put_raw(o, ",\"line\":");
    o = put_json_uint(o, tw.line);
    o = put_raw(o, ",\"offset\":");
    o = put_json_uint(o, tw.offset);
    o = put_raw(o, ",\"flavour\":");
    o = put_plain_json_string(o, flavour);  // (a name from the flavour table)
    if (tw.in_reply_to_status_id != 0) {
        // From the "Replying to" header of F08 and later.
        o = put_raw(o, ",\"in_reply_to_status_id\":\"");
        o = put_json_uint(o, tw.in_reply_to_status_id);
        o = put_raw(o, "\",\"in_reply_to_screen_names\":[");
        std::string_view names = names_;  // "@a @b @c"
        for (bool first = true; !names.empty(); first = false) {
            const std::size_t space = names.find(' ');
            if (!first) *o++ = ',';
            o = put_json_string(o, names.substr(1, space == std::string_view::npos ? space : space - 1));
            names.remove_prefix(space == std::string_view::npos ? names.size() : space + 1);
        }
        *o++ = ']';
    }
    o = put_raw(o, ",\"media\":[");
    for (std::size_t k = 0; k < media_.size(); ++k) {
        if (k) *o++ = ',';
        o = put_raw(o, media_[k].kind == tweetview::media_kind::image ? "{\"type\":\"image\",\"path\":" : "{\"type\":\"video\",\"path\":");
        o = put_json_string(o, media_[k].path(tw.text));
        *o++ = '}';
    }
    *o++ = ']';

    // "entities": {"mentions": [...], "urls": [...], "hashtags": [...], "cashtags": [...]}
    if (!byte_indices && !shape.ascii) {
        // Entities come sorted and apart, so the conversions run forward through the text once.
        // (In an ASCII text a code point is a byte: nothing to convert.)
        tweetview::index_converter conv(text);
        for (located& l : found_) l.begin = conv.code_points(l.begin), l.end = conv.code_points(l.end);
    }
    static constexpr std::string_view heads[] = {"\"mentions\":[", "\"urls\":[", "\"hashtags\":[", "\"cashtags\":["};
    static constexpr std::string_view keys[] = {"{\"screen_name\":", "{\"url\":", "{\"text\":", "{\"text\":"};
    o = put_raw(o, ",\"entities\":{");
    for (int k = 0; k < 4; ++k) {
        if (k) *o++ = ',';
        o = put_raw(o, heads[k]);
        bool first = true;
        for (const located& l : found_) {
            if (static_cast<int>(l.e.kind) != k) continue;
            if (!first) *o++ = ',';
            first = false;
            o = put_raw(o, keys[k]);
            const std::string_view value = l.e.value(text);
            if (l.e.kind == tweetview::entity_kind::mention) {
                // (A screen name and a list slug: letters, digits, '_' and '-'. The slug is what
                // the span holds after the name: list_slug without a second look for the '/'.)
                o = put_plain_json_string(o, value);
                const std::size_t name_end = static_cast<std::size_t>(value.data() + value.size() - text.data());
                if (name_end < l.e.end) {
                    o = put_raw(o, ",\"list_slug\":");
                    o = put_plain_json_string(o, text.substr(name_end, l.e.end - name_end));
                }
            } else {
                o = put_json_string(o, value);
            }
            o = put_raw(o, ",\"indices\":[");
            o = put_json_uint(o, l.begin);
            *o++ = ',';
            o = put_json_uint(o, l.end);
            o = put_raw(o, "]}");
        }
        *o++ = ']';
    }
    *o++ = '}';

    if (!reply.empty()) {
        o = put_raw(o, ",\"in_reply_to_screen_name\":");
        o = put_plain_json_string(o, reply);  // (a screen name: from the status URL or the text)
    }
    if (!rt.empty()) {
        o = put_raw(o, ",\"retweeted_screen_name\":");
        o = put_plain_json_string(o, rt);  // (a screen name)
    }
    o = put_raw(o, "}\n");
    out.commit(o);
}

int run_jsonl(const std::vector<std::string>& args) {
    command_line cl;
    bool repair = false, unescape = false, byte_indices = false;
    const int early = parse_command_line("jsonl", args, jsonl_help,
                                         {{"--repair", &repair}, {"--unescape", &unescape}, {"--byte-indices", &byte_indices}}, {}, cl);
    if (early >= 0) return early;
    totals t;
    const std::vector<input> inputs = expand_inputs(cl.operands, t);
    stdout_writer w;
    std::vector<tweet_json> json(cl.jobs);  // one per parsing thread: its scratch buffers
    for (tweet_json& j : json) {
        j.repair = repair;
        j.unescape = unescape;
        j.byte_indices = byte_indices;
    }
    for_each_output(
        inputs, cl, t,
        [&](unsigned thread, const input& in, const tweetview::record& r, byte_buffer& out) {
            if (r.is_tweet()) json[thread].append(out, in, r.tweet);
        },
        w);  // whole lines only reach stdout
    w.flush();
    return t.exit_status();  // a reader that went away is not our error
}

}  // namespace tool
