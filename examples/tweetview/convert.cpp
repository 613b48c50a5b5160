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
    const tweetview::flavour_traits& spec = tweetview::traits(to);
    std::string scratch;
    byte_buffer text, names;
    for_each_record(inputs, cl, t, [&](const input&, const tweetview::record& r) {
        if (!r.is_tweet()) return true;
        const tweetview::tweet& tw = r.tweet;
        // Each piece is written through a plain pointer into room reserved for the most it can
        // be (an iterator that checks for room at every byte costs more than the conversion).
        const std::size_t scratch_size = tweetview::convert_scratch_bound(tw);
        if (scratch.size() < scratch_size) scratch.resize(scratch_size);
        text.clear();
        text.commit(tweetview::convert_text(tw, to, scratch.data(), text.reserve_more(tweetview::format_text_bound(scratch_size)), eol));
        names.clear();
        names.commit(tweetview::convert_reply_names(tw, to, names.reserve_more(2 * tw.reply_names.size())));
        // The record: two separators (12 bytes at most), the reply header, the text, the footer.
        const std::size_t room = 256 + names.size() + tw.in_reply_to_screen_name.size() + text.size() + tw.created_at.size() +
                                 tw.url.size() + spec.footer_prefix.size() + spec.footer_suffix.size();
        byte_buffer& o = w.buffer();
        o.commit(out.write(tw, text.view(), names.view(), o.reserve_more(room)));
        return w.record_done();
    });
    w.flush();
    return t.exit_status();
}

}  // namespace tool
