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

void tweet_json::append(std::string& out, const input& in, const tweetview::tweet& tw) {
    if (flavour_of_ != &in) {
        flavour_of_ = &in;
        flavour_ = sniff_flavour(in);
        flavour_final_ = flavour_ != tweetview::flavour::unknown;
    }
    if (!flavour_final_) {
        tweetview::record r;
        r.tweet = tw;
        flavour_ = tweetview::refine_flavour(flavour_, r);
    }
    std::string_view text = tw.text;
    if (unescape) {
        unescaped_.resize(tweetview::markdown_bound(text.size()));
        unescaped_.resize(tweetview::author_text(tw, unescaped_.data()));
        text = unescaped_;
    }
    if (repair) {
        repaired_.resize(tweetview::repair_bound(text.size()));
        repaired_.resize(tweetview::repair(text, repaired_.data()));
        text = repaired_;
    }
    out += "{\"id\":\"";
    append_json_uint(out, tw.id);
    out += "\",\"user\":";
    append_json_string(out, tw.user);
    out += ",\"created_at\":";
    append_json_string(out, tw.created_at);
    out += ",\"time\":";
    append_json_int(out, tw.time.unix_seconds);
    out += ",\"url\":";
    append_json_string(out, tw.url);
    out += ",\"text\":";
    append_json_string(out, text);
    out += ",\"file\":";
    append_json_string(out, in.display);
    out += ",\"line\":";
    append_json_uint(out, tw.line);
    out += ",\"offset\":";
    append_json_uint(out, tw.offset);
    out += ",\"flavour\":";
    append_json_string(out, tweetview::flavour_name(flavour_));
    if (tw.in_reply_to_status_id != 0) {
        // From the "Replying to" header of F08 and later.
        out += ",\"in_reply_to_status_id\":\"";
        append_json_uint(out, tw.in_reply_to_status_id);
        out += "\",\"in_reply_to_screen_names\":[";
        names_.clear();
        tweetview::reply_mentions(tw, std::back_inserter(names_));  // "@a @b @c"
        std::string_view names = names_;
        for (bool first = true; !names.empty(); first = false) {
            const std::size_t space = names.find(' ');
            if (!first) out += ',';
            append_json_string(out, names.substr(1, space == std::string_view::npos ? space : space - 1));
            names.remove_prefix(space == std::string_view::npos ? names.size() : space + 1);
        }
        out += ']';
    }
    out += ",\"media\":[";
    bool first_media = true;
    for (const tweetview::media_span& m : tweetview::media(tw.text)) {
        if (!first_media) out += ',';
        first_media = false;
        out += m.kind == tweetview::media_kind::image ? "{\"type\":\"image\",\"path\":" : "{\"type\":\"video\",\"path\":";
        append_json_string(out, m.path(tw.text));
        out += '}';
    }
    out += ']';

    // "entities": {"mentions": [...], "urls": [...], "hashtags": [...], "cashtags": [...]}
    found_.clear();
    tweetview::index_converter conv(text);
    for (const tweetview::entity& e : tweetview::entities(text)) {
        // Entities come sorted and apart, so the conversions run forward through the text once.
        found_.push_back(byte_indices ? located{e, e.begin, e.end} : located{e, conv.code_points(e.begin), conv.code_points(e.end)});
    }
    static const char* const names[] = {"mentions", "urls", "hashtags", "cashtags"};
    static const char* const keys[] = {"screen_name", "url", "text", "text"};
    out += ",\"entities\":{";
    for (int k = 0; k < 4; ++k) {
        if (k) out += ',';
        out += '"';
        out += names[k];
        out += "\":[";
        bool first = true;
        for (const located& l : found_) {
            if (static_cast<int>(l.e.kind) != k) continue;
            if (!first) out += ',';
            first = false;
            out += "{\"";
            out += keys[k];
            out += "\":";
            append_json_string(out, l.e.value(text));
            if (l.e.kind == tweetview::entity_kind::mention && !l.e.list_slug(text).empty()) {
                out += ",\"list_slug\":";
                append_json_string(out, l.e.list_slug(text));
            }
            out += ",\"indices\":[";
            append_json_uint(out, l.begin);
            out += ',';
            append_json_uint(out, l.end);
            out += "]}";
        }
        out += ']';
    }
    out += '}';

    const std::string_view reply = tw.in_reply_to_status_id != 0 ? tw.in_reply_to_screen_name : tweetview::reply_screen_name(text);
    if (!reply.empty()) {
        out += ",\"in_reply_to_screen_name\":";
        append_json_string(out, reply);
    }
    const std::string_view rt = tweetview::retweeted_screen_name(text);
    if (!rt.empty()) {
        out += ",\"retweeted_screen_name\":";
        append_json_string(out, rt);
    }
    out += "}\n";
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
        [&](unsigned thread, const input& in, const tweetview::record& r, std::string& out) {
            if (r.is_tweet()) json[thread].append(out, in, r.tweet);
        },
        [&](std::string_view line) {
            w.buffer() += line;
            return w.record_done();  // whole lines only reach stdout
        });
    w.flush();
    return t.exit_status();  // a reader that went away is not our error
}

}  // namespace tool
