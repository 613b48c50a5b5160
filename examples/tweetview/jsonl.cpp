// tweetview jsonl: one JSON object per tweet, in input order.
#include "tool.hpp"

namespace tool {

static const char jsonl_help[] =
    "usage: tweetview jsonl [--chunk-size N] FILE|DIR|-...\n"
    "\n"
    "Writes one JSON object per tweet to stdout, in input order, with the keys id (a string),\n"
    "user, created_at, time (UTC seconds since 1970), url, text, file, line and offset (the\n"
    "record's first byte in its file). Output is always valid UTF-8: invalid bytes in a text\n"
    "become U+FFFD. Bad records are reported on stderr as for check. --chunk-size sets the\n"
    "read size fed to the streaming parser (default 65536); the output does not depend on it.\n"
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

}  // namespace

int run_jsonl(const std::vector<std::string>& args) {
    std::vector<std::string> operands;
    std::size_t chunk = 64 * 1024;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            std::fputs(jsonl_help, stdout);
            return exit_clean;
        }
        if (a == "--chunk-size") {
            if (i + 1 >= args.size() || !parse_size(args[i + 1], chunk)) {
                std::fprintf(stderr, "tweetview jsonl: --chunk-size needs a positive number of bytes\n");
                return exit_usage;
            }
            ++i;
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "tweetview jsonl: unknown option '%s' (see tweetview jsonl --help)\n", a.c_str());
            return exit_usage;
        } else {
            operands.push_back(a);
        }
    }
    if (operands.empty()) {
        std::fprintf(stderr, "tweetview jsonl: no input (see tweetview jsonl --help)\n");
        return exit_usage;
    }
    totals t;
    const std::vector<input> inputs = expand_inputs(operands, t);
    stdout_writer w;
    std::string& out = w.buffer();
    for_each_record(inputs, chunk, t, [&](const input& in, const tweetview::record& r) {
        if (!r.is_tweet()) return true;
        const tweetview::tweet& tw = r.tweet;
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
        append_json_string(out, tw.text);
        out += ",\"file\":";
        append_json_string(out, in.display);
        out += ",\"line\":";
        append_uint(out, tw.line);
        out += ",\"offset\":";
        append_uint(out, tw.offset);
        out += "}\n";
        return w.record_done();  // whole lines only reach stdout
    });
    w.flush();
    return t.exit_status();  // a reader that went away is not our error
}

}  // namespace tool
