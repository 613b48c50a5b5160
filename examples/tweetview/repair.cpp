// tweetview repair: the archive again, with each tweet's text repaired (HTML entities decoded,
// mojibake undone) and every other byte as it was.
#include "tool.hpp"

namespace tool {

static const char repair_help[] =
    "usage: tweetview repair [--no-html] [--no-mojibake] [--chunk-size N] FILE|DIR|-...\n"
    "\n"
    "Writes the archives to stdout with each tweet's text repaired: HTML entities decoded\n"
    "(&amp; &lt; &gt; &quot; &apos; and numeric references) and mojibake undone (UTF-8 that\n"
    "went through Mac Roman, Windows-1252 or Latin-1 and back). Footers, separators and bad\n"
    "records are written unchanged; a record over the 1 MiB record limit is reported and left\n"
    "out. --no-html and --no-mojibake switch one repair off. Errors and exit status as for check.\n"
    "\n"
    "example: tweetview repair --no-html archive/tweets_2021-08.md > fixed.md\n";

int run_repair(const std::vector<std::string>& args) {
    std::vector<std::string> operands;
    std::size_t chunk = 64 * 1024;
    unsigned flags = static_cast<unsigned>(tweetview::repair_flags::all);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            std::fputs(repair_help, stdout);
            return exit_clean;
        }
        if (a == "--no-html") {
            flags &= ~static_cast<unsigned>(tweetview::repair_flags::html);
        } else if (a == "--no-mojibake") {
            flags &= ~static_cast<unsigned>(tweetview::repair_flags::mojibake);
        } else if (a == "--chunk-size") {
            if (i + 1 >= args.size() || !parse_size(args[i + 1], chunk)) {
                std::fprintf(stderr, "tweetview repair: --chunk-size needs a positive number of bytes\n");
                return exit_usage;
            }
            ++i;
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "tweetview repair: unknown option '%s' (see tweetview repair --help)\n", a.c_str());
            return exit_usage;
        } else {
            operands.push_back(a);
        }
    }
    if (operands.empty()) {
        std::fprintf(stderr, "tweetview repair: no input (see tweetview repair --help)\n");
        return exit_usage;
    }
    const auto how = static_cast<tweetview::repair_flags>(flags);
    totals t;
    const std::vector<input> inputs = expand_inputs(operands, t);
    stdout_writer w;
    std::string& out = w.buffer();
    for_each_record(inputs, chunk, t, [&](const input&, const tweetview::record& r) {
        out.append(r.prefix);
        if (r.is_tweet()) {
            const std::string_view text = r.tweet.text;
            const std::size_t at = out.size();
            out.resize(at + tweetview::repair_bound(text.size()));
            out.resize(at + tweetview::repair(text, &out[at], how));
            out.append(r.tweet.raw.substr(text.size()));  // the blank line and the footer
        } else if (r.is_error() && r.error.raw.size() == r.error.size) {
            out.append(r.error.raw);
        }
        out.append(r.separator);
        return w.record_done();
    });
    w.flush();
    return t.exit_status();
}

}  // namespace tool
