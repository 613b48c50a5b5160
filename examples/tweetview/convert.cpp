// tweetview convert: an archive rewritten in another flavour.
#include "tool.hpp"

namespace tool {

static const char convert_help[] =
    "usage: tweetview convert --to FLAVOUR [--crlf] FILE|DIR|-...\n"
    "\n"
    "Writes the archives' tweets to stdout in flavour FLAVOUR, one archive: F02, F03 (also F04,\n"
    "F04a, F04b), F05, F06 (F06a, F06b), F07, F08, F09, F10, F11, B1, B3 or B6. Each text is\n"
    "turned into what that flavour stores: Markdown quoting (F08 and later) and escaping (F10,\n"
    "F11) added or removed, media links moved to its media folder, and the leading @mentions\n"
    "that F08 and later keep in the 'Replying to' header put back into the text for flavours\n"
    "without one. Converting there and back gives the input again wherever the target can hold\n"
    "what the source held (a flavour without the header cannot say a tweet was a reply). Bad\n"
    "records are reported on stderr and left out. --crlf writes CRLF line endings.\n" TWEETVIEW_COMMON_HELP
    "\n"
    "example: tweetview convert --to F11 archive/ > archive-f11.md\n";

int run_convert(const std::vector<std::string>& args) {
    command_line cl;
    std::string to_name;
    bool crlf = false;
    const int early = parse_command_line("convert", args, convert_help, {{"--crlf", &crlf}}, {{"--to", &to_name}}, cl);
    if (early >= 0) return early;
    const tweetview::flavour to = tweetview::parse_flavour(to_name);
    if (to == tweetview::flavour::unknown) {
        std::fprintf(stderr, "tweetview convert: --to needs a flavour (F02 ... F11, B1, B3, B6), not '%s'\n", to_name.c_str());
        return exit_usage;
    }
    const tweetview::line_ending eol = crlf ? tweetview::line_ending::crlf : tweetview::line_ending::lf;
    totals t;
    const std::vector<input> inputs = expand_inputs(cl.operands, t);
    stdout_writer w;
    tweetview::writer out(to, eol);
    std::string scratch, text, names;
    for_each_record(inputs, cl, t, [&](const input&, const tweetview::record& r) {
        if (!r.is_tweet()) return true;
        scratch.resize(tweetview::convert_scratch_bound(r.tweet));
        text.clear();
        tweetview::convert_text(r.tweet, to, scratch.data(), std::back_inserter(text), eol);
        names.clear();
        tweetview::convert_reply_names(r.tweet, to, std::back_inserter(names));
        out.write(r.tweet, text, names, std::back_inserter(w.buffer()));
        return w.record_done();
    });
    w.flush();
    return t.exit_status();
}

}  // namespace tool
