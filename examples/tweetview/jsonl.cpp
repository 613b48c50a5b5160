// tweetview jsonl: one JSON object per tweet, in input order.
#include "tool.hpp"

namespace tool {

static const char jsonl_help[] =
    "usage: tweetview jsonl [--repair] [--byte-indices] [--chunk-size N] FILE|DIR|-...\n"
    "\n"
    "Writes one JSON object per tweet to stdout, in input order, with the keys id (a string),\n"
    "user, created_at, time (UTC seconds since 1970), url, text, file, line and offset (the\n"
    "record's first byte in its file), and entities: mentions, urls, hashtags and cashtags as\n"
    "Twitter's twitter-text finds them, with indices in code points as Twitter's API writes them\n"
    "(--byte-indices: byte offsets into text). in_reply_to_screen_name (the leading mention) and\n"
    "retweeted_screen_name (RT @user:) are there when the text has them.\n"
    "--repair: text is repaired (HTML entities decoded, mojibake undone) and the entities are\n"
    "those of the repaired text.\n"
    "Output is always valid UTF-8: invalid bytes in a text become U+FFFD. Bad records are\n"
    "reported on stderr as for check. --chunk-size sets the read size fed to the streaming\n"
    "parser (default 65536); the output does not depend on it.\n"
    "\n"
    "example: tweetview jsonl examples/data/sample.md\n";

namespace {

void append_uint(std::string& out, unsigned long long v) {
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%llu", v);
    out.append(buf, static_cast<std::size_t>(n));
}

void append_int(std::string& out, long long v) {
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%lld", v);
    out.append(buf, static_cast<std::size_t>(n));
}

struct located {
    tweetview::entity e;
    std::uint32_t begin, end;  // as written: code points, or bytes with --byte-indices
};

// "entities": {"mentions": [...], "urls": [...], "hashtags": [...], "cashtags": [...]}
void append_entities(std::string& out, std::string_view text, bool byte_indices, std::vector<located>& found) {
    found.clear();
    tweetview::index_converter conv(text);
    for (const tweetview::entity& e : tweetview::entities(text)) {
        // Entities come sorted and apart, so the conversions run forward through the text once.
        found.push_back(byte_indices ? located{e, e.begin, e.end} : located{e, conv.code_points(e.begin), conv.code_points(e.end)});
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
        for (const located& l : found) {
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
            append_uint(out, l.begin);
            out += ',';
            append_uint(out, l.end);
            out += "]}";
        }
        out += ']';
    }
    out += '}';
}

}  // namespace

int run_jsonl(const std::vector<std::string>& args) {
    command_line cl;
    bool repair = false, byte_indices = false;
    const int early = parse_command_line("jsonl", args, jsonl_help, {{"--repair", &repair}, {"--byte-indices", &byte_indices}},
                                         {}, cl);
    if (early >= 0) return early;
    totals t;
    const std::vector<input> inputs = expand_inputs(cl.operands, t);
    stdout_writer w;
    std::string& out = w.buffer();
    std::string repaired;
    std::vector<located> found;
    for_each_record(inputs, cl.chunk_size, t, [&](const input& in, const tweetview::record& r) {
        if (!r.is_tweet()) return true;
        const tweetview::tweet& tw = r.tweet;
        std::string_view text = tw.text;
        if (repair) {
            repaired.resize(tweetview::repair_bound(text.size()));
            repaired.resize(tweetview::repair(text, repaired.data()));
            text = repaired;
        }
        out += "{\"id\":\"";
        append_uint(out, tw.id);
        out += "\",\"user\":";
        append_json_string(out, tw.user);
        out += ",\"created_at\":";
        append_json_string(out, tw.created_at);
        out += ",\"time\":";
        append_int(out, tw.time.unix_seconds);
        out += ",\"url\":";
        append_json_string(out, tw.url);
        out += ",\"text\":";
        append_json_string(out, text);
        out += ",\"file\":";
        append_json_string(out, in.display);
        out += ",\"line\":";
        append_uint(out, tw.line);
        out += ",\"offset\":";
        append_uint(out, tw.offset);
        append_entities(out, text, byte_indices, found);
        const std::string_view reply = tweetview::reply_screen_name(text);
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
        return w.record_done();  // whole lines only reach stdout
    });
    w.flush();
    return t.exit_status();  // a reader that went away is not our error
}

}  // namespace tool
