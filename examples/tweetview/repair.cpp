// tweetview repair: the archive again, with each tweet's text repaired (HTML entities decoded,
// mojibake undone) and every other byte as it was.
#include "tool.hpp"

namespace tool {

static const char repair_help[] =
    "usage: tweetview repair [--no-html] [--no-mojibake] FILE|DIR|-...\n"
    "\n"
    "Writes the archives to stdout with each tweet's text repaired: HTML entities decoded\n"
    "(&amp; &lt; &gt; &quot; &apos; and numeric references) and mojibake undone (UTF-8 that\n"
    "went through Mac Roman, Windows-1252 or Latin-1 and back). Footers, separators and bad\n"
    "records are written unchanged; a record over the 1 MiB record limit is reported and left\n"
    "out. --no-html and --no-mojibake switch one repair off. Errors and exit status as for check.\n" TWEETVIEW_COMMON_HELP
    "\n"
    "example: tweetview repair --no-html archive/tweets_2021-08.md > fixed.md\n";

int run_repair(const std::vector<std::string>& args) {
    command_line cl;
    bool no_html = false, no_mojibake = false;
    const int early = parse_command_line("repair", args, repair_help,
                                         {{"--no-html", &no_html}, {"--no-mojibake", &no_mojibake}}, {}, cl);
    if (early >= 0) return early;
    unsigned flags = 0;
    if (!no_html) flags |= static_cast<unsigned>(tweetview::repair_flags::html);
    if (!no_mojibake) flags |= static_cast<unsigned>(tweetview::repair_flags::mojibake);
    const auto how = static_cast<tweetview::repair_flags>(flags);
    totals t;
    const std::vector<input> inputs = expand_inputs(cl.operands, t);
    stdout_writer w;
    auto work = [how](unsigned, const input&, const tweetview::record& r, byte_buffer& out) {
        out.append(r.prefix);
        if (r.is_tweet()) {
            const std::string_view raw = r.tweet.raw, text = r.tweet.text;
            const std::size_t before = static_cast<std::size_t>(text.data() - raw.data());  // a reply header
            out.append(raw.substr(0, before));
            char* o = out.reserve_more(tweetview::repair_bound(text.size()));
            out.commit(o + tweetview::repair(text, o, how));
            out.append(raw.substr(before + text.size()));  // the blank line and the footer
        } else if (r.is_error() && r.error.raw.size() == r.error.size) {
            out.append(r.error.raw);
        }
        out.append(r.separator);
    };
    for_each_output(inputs, cl, t, work, w);
    w.flush();
    return t.exit_status();
}

}  // namespace tool
