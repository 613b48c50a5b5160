// Markdown of F08 and later (quoting, escaping), media spans, flavour detection, the writer.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <string>
#include <vector>

using namespace tweetview;

namespace {

std::string unq(std::string_view s) {
    std::string out(markdown_bound(s.size()), '\0');
    out.resize(unquote(s, out.data()));
    return out;
}
std::string unesc(std::string_view s) {
    std::string out;
    unescape_markdown(s, std::back_inserter(out));
    return out;
}
std::string esc(std::string_view s) {
    std::string out(escape_markdown_bound(s.size()), '\0');
    out.resize(escape_markdown(s, out.data()));
    std::string via_iterator;
    escape_markdown(s, std::back_inserter(via_iterator));
    CHECK(via_iterator == out);  // the two overloads agree
    return out;
}
std::string fmt(std::string_view author, flavour to) {
    std::string out;
    format_text(author, to, std::back_inserter(out));
    return out;
}

// A row's footer and separator are what the reader enforces for it.
bool layout_of_check(const flavour_traits& row) {
    const layout l = detail::layout_of(row.flavour);
    const detail::footer_form& f = detail::form(row.footer);
    return l.footer == row.footer && l.separator == row.separator && f.prefix == row.footer_prefix &&
           f.suffix == row.footer_suffix && (l.leading_separator == (row.place == separator_place::leading));
}

}  // namespace

TEST_CASE("unquote removes the quote marker of every line") {
    CHECK(unq("> one\n> two") == "one\ntwo");
    CHECK(unq("> one\n> \n> three") == "one\n\nthree");
    CHECK(unq("> one\r\n> two") == "one\r\ntwo");
    CHECK(unq("> a\n>\n> b") == "a\n\nb");             // a trimmed empty quoted line
    CHECK(unq("not quoted\n> quoted") == "not quoted\nquoted");
    CHECK(unq(">> nested") == ">> nested");           // only "> " is the marker
    CHECK(unq("") == "");
}

TEST_CASE("unescape_markdown undoes escape_markdown, and leaves media markup alone") {
    CHECK(unesc("a\\_b \\*c\\* 1\\.5 \\#tag \\@x") == "a_b *c* 1.5 #tag \\@x");  // '@' is not escapable
    CHECK(unesc("line  \nnext") == "line\nnext");
    CHECK(unesc("kept \\\\ backslash") == "kept \\ backslash");
    CHECK(unesc("![](media/1-a_b.jpg)") == "![](media/1-a_b.jpg)");
    CHECK(unesc("x\\") == "x\\");  // a backslash at the end has nothing to escape
    // round trip with the writer's escaping
    const std::string author = "Hello! (1+1=2) #x_y *bold* [link](u) ~`>|{}.-";
    std::string escaped = fmt(author, flavour::f10);
    CHECK(escaped.rfind("> ", 0) == 0);
    CHECK(unesc(unq(escaped)) == author);
}

TEST_CASE("escape_markdown: a backslash before each escapable byte, two spaces before each line break") {
    // Every byte value alone: the rule of twitter-archive-parser's escape_markdown, written out here.
    const std::string_view escapable = "\\_*[]()~`>#+-=|{}.!";
    for (int b = 0; b < 256; ++b) {
        const std::string one(1, static_cast<char>(b));
        std::string want = one;
        if (escapable.find(one[0]) != std::string_view::npos) want = "\\" + one;
        if (one[0] == '\n') want = "  \n";
        CHECK_MESSAGE(esc(one) == want, "byte " << b);
    }
    CHECK(esc("\\_*[]()~`>#+-=|{}.!") == "\\\\\\_\\*\\[\\]\\(\\)\\~\\`\\>\\#\\+\\-\\=\\|\\{\\}\\.\\!");
    CHECK(esc("a\nb\n\nc\n") == "a  \nb  \n  \nc  \n");
    CHECK(esc("crlf\r\nlone\rcr") == "crlf\r  \nlone\rcr");  // only "\n" gets the spaces
    // The bound is the most it writes: a text of line breaks fills it (esc() writes into exactly it).
    CHECK(esc("\n\n\n").size() == escape_markdown_bound(3));
    static_assert(escape_markdown_bound(5) == 15, "three bytes a byte");
    CHECK(esc("caf\xC3\xA9 \xF0\x9F\xA4\xA3 1.5 \xFF") == "caf\xC3\xA9 \xF0\x9F\xA4\xA3 1\\.5 \xFF");  // other bytes as they are
    CHECK(esc("@x &amp; <b 'q' \"d\" ?,;:/$%^") == "@x &amp; <b 'q' \"d\" ?,;:/$%^");  // none escapable
    // Media markup is escaped like any text (the writer puts it in after escaping instead).
    CHECK(esc("![](media/1-a_b.jpg)") == "\\!\\[\\]\\(media/1\\-a\\_b\\.jpg\\)");
    CHECK(esc("<video controls><source src=\"m/1-a.mp4\"></video>") ==
          "<video controls\\><source src\\=\"m/1\\-a\\.mp4\"\\></video\\>");
    CHECK(esc("") == "");
    // The writer escapes a one-line text without media the same way.
    const std::string author = "Hello! (1+1=2) #x_y *bold* [link](u) ~`>|{}.- \\ caf\xC3\xA9";
    CHECK(fmt(author, flavour::f11) == "> " + esc(author));
}

TEST_CASE("escape_markdown round trip: unescape_markdown gives the text back") {
    std::vector<std::string> texts = {
        "", "plain", "\\_*[]()~`>#+-=|{}.!", "a\nb", "\n\n", "two spaces  \nthen", "end  ", "x\\", "\\\\n",
        "crlf\r\nline", "lone\rcr", "\\@ not escapable", "![](media/1-a_b.jpg)", "> quoted? no",
        "caf\xC3\xA9 \xF0\x9F\xA4\xA3\n\xFF\xFE", std::string("nul\0byte", 8),
        // media markup: escaped, it is markup no more ('!' and '>' get a backslash), so it comes back
        "![](media/1-a_b.jpg)", "<video controls><source src=\"media/1-a_b.mp4\"></video>\nmedia/1-a_b.mp4"};
    for (int b = 0; b < 256; ++b) texts.push_back(std::string(1, static_cast<char>(b)) + "x" + static_cast<char>(b));
    // The real archive's texts (F05: stored as the author wrote them).
    std::size_t real = 0;
    if (support::have_shared()) {
        for (const std::string& f : support::archive_files()) {
            const std::string bytes = support::read_file(f);
            for (const record& r : records(bytes)) {
                if (!r.is_tweet()) continue;
                texts.emplace_back(r.tweet.text);
                ++real;
            }
        }
        CHECK(real > 6000);
    } else {
        MESSAGE("shared data not found at '" << support::shared_dir() << "': round trip on the built-in texts only");
    }
    for (const std::string& s : texts) CHECK(unesc(esc(s)) == s);
}

TEST_CASE("escape_markdown is what twitter-archive-parser wrote (F11, its real output)") {
    if (!support::have_shared()) {
        MESSAGE("shared data not found at '" << support::shared_dir() << "': skipped");
        return;
    }
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(
             support::shared_dir() + "/flavours/F11-parser-output-escaped/parser-output/tweets-md"))
        if (e.is_regular_file() && e.path().extension() == ".md") files.push_back(e.path().string());
    std::size_t texts = 0, names = 0;
    for (const std::string& f : files) {
        const std::string bytes = support::read_file(f);
        for (const record& r : records(bytes)) {
            if (!r.is_tweet()) continue;
            const tweet& t = r.tweet;
            REQUIRE(t.flavour == flavour::f11);
            if (!t.reply_names.empty()) {  // the reply header's names, escaped on their own
                CHECK(esc(unesc(t.reply_names)) == t.reply_names);
                ++names;
            }
            if (media(t.text).begin() != media(t.text).end()) continue;  // media markup went in unescaped
            std::string author;
            author_text(t, std::back_inserter(author));
            CHECK(esc(author) == unq(t.text));
            ++texts;
        }
    }
    CHECK(texts > 200);
    CHECK(names > 10);
}

TEST_CASE("F10 puts two spaces before line breaks, but not before media markup") {
    const std::string author = "first line\nsecond! \n\n![](media/9-x.jpg)";
    const std::string stored = fmt(author, flavour::f10);
    CHECK(stored == "> first line  \n> second\\! \n> \n> ![](media/9-x.jpg)");
    CHECK(unesc(unq(stored)) == author);
}

TEST_CASE("images move to where the target flavour's writer put them (image_place)") {
    auto conv = [](std::string_view author, flavour to, flavour from) {
        std::string out;
        format_text(author, to, std::back_inserter(out), line_ending::lf, from);
        return out;
    };
    // F02 to F06a wrote an image where the tweet's link was; F06b and later after a blank line each
    // (the real archive's tweet 885674403316588544, F05 and F11: ../shared/flavours).
    const std::string in_line = "- Miyazaki ![](media/9-a.jpg)";
    const std::string paragraphs = "- Miyazaki \n\n![](media/9-a.jpg)\n\n![](media/9-b.jpg)";
    CHECK(conv(in_line, flavour::f11, flavour::f05) == "> \\- Miyazaki \n> \n> ![](../../media/9-a.jpg)");
    CHECK(conv(in_line, flavour::f07, flavour::f05) == "- Miyazaki \n\n![](media/9-a.jpg)");
    CHECK(conv(paragraphs, flavour::f07, flavour::f08) == paragraphs);  // already after blank lines
    CHECK(conv(paragraphs, flavour::f05, flavour::f11) == "- Miyazaki ![](media/9-a.jpg)![](media/9-b.jpg)");
    CHECK(conv("![](media/9-a.jpg)", flavour::f07, flavour::f05) == "![](media/9-a.jpg)");  // the text was the link
    // An image whose file was missing (the writer kept its link) moves too.
    CHECK(conv("samus ![](https://t.co/x)", flavour::f11, flavour::f05) == "> samus \n> \n> ![](https://t.co/x)");
    CHECK(conv("\n\n![](media/9-a.jpg)", flavour::f03, flavour::f07) == "![](media/9-a.jpg)");  // (F04b's folder)
    // Round trips through the other placement give the text back.
    CHECK(conv(conv(in_line, flavour::f11, flavour::f05), flavour::f05, flavour::f11) != in_line);  // (still quoted)
    CHECK(conv(conv(in_line, flavour::f07, flavour::f05), flavour::f05, flavour::f07) == in_line);
    // Text of the same flavour, of an unknown one, or going to F06 (F06a and F06b) stays as written;
    // videos and line breaks before other text never move.
    CHECK(conv(in_line, flavour::f05, flavour::f05) == in_line);
    CHECK(conv(in_line, flavour::f07, flavour::unknown) == in_line);
    CHECK(fmt(in_line, flavour::f07) == in_line);
    CHECK(conv(in_line, flavour::f06, flavour::f05) == in_line);
    CHECK(conv(paragraphs, flavour::f06, flavour::f11) == paragraphs);
    const std::string video = "clip \n\n<video controls><source src=\"media/9-v.mp4\"></video>";
    CHECK(conv(video, flavour::f05, flavour::f11) == video + "\nmedia/9-v.mp4");  // (F05's path line)
    CHECK(conv("a\n\nb", flavour::f05, flavour::f11) == "a\n\nb");
    // CRLF text: the blank line before an image is one however its breaks are written.
    CHECK(conv("x\r\n\r\n![](media/9-a.jpg)", flavour::f05, flavour::f07) == "x![](media/9-a.jpg)");
    std::string crlf;
    format_text(in_line, flavour::f07, std::back_inserter(crlf), line_ending::crlf, flavour::f05);
    CHECK(crlf == "- Miyazaki \r\n\r\n![](media/9-a.jpg)");
}

TEST_CASE("media spans: images and videos, with the video path line of F04b-F07") {
    const std::string text =
        "look ![](media/1-a.jpg) and\n\n<video controls><source src=\"media/2-b.mp4\">Your browser does not support the video tag.</video>\nmedia/2-b.mp4\nend";
    std::vector<media_span> v;
    for (const media_span& m : media(text)) v.push_back(m);
    REQUIRE(v.size() == 2);
    CHECK(v[0].kind == media_kind::image);
    CHECK(v[0].path(text) == "media/1-a.jpg");
    CHECK(v[0].span(text) == "![](media/1-a.jpg)");
    CHECK(v[1].kind == media_kind::video);
    CHECK(v[1].path(text) == "media/2-b.mp4");
    CHECK(v[1].span(text).substr(v[1].span(text).size() - 14) == "\nmedia/2-b.mp4");
    CHECK(media("no media ! < here").begin() == media("").end());
    // Converting between media folders rewrites local paths, keeps links.
    CHECK(fmt("![](media/1-a.jpg)", flavour::f11) == "> ![](../../media/1-a.jpg)");
    CHECK(fmt("![](media/1-a.jpg)", flavour::f02) == "![](tweet_media/1-a.jpg)");
    CHECK(fmt("![](https://t.co/x)", flavour::f02) == "![](https://t.co/x)");
}

TEST_CASE("a <video> whose src quote never closes is text, not media (fuzz_writer finding)") {
    // Before: the path ran to the end of the markup, and format_text wrote a mangled
    // "media/video>..." path and the bytes after the markup twice.
    const std::string text = "Huh<video controls><source src=\"media/1-a.mp4 the video tag.</video>ed\nmore";
    CHECK(media(text).begin() == media(text).end());
    CHECK(fmt(text, flavour::f05) == text);
    CHECK(fmt(text, flavour::f02) == text);
    const std::string closed = "<video controls><source src=\"media/1-a.mp4\">x</video>";
    REQUIRE(media(closed).begin() != media(closed).end());
    CHECK(fmt(closed, flavour::f02) == "<video controls><source src=\"tweet_media/1-a.mp4\">x</video>");
}

TEST_CASE("flavour names") {
    for (int i = 1; i <= static_cast<int>(flavour::b6); ++i) {
        const auto f = static_cast<flavour>(i);
        CHECK(parse_flavour(flavour_name(f)) == f);
    }
    CHECK(parse_flavour("f04b") == flavour::f03);
    CHECK(parse_flavour("F06a") == flavour::f06);
    CHECK(parse_flavour("B2") == flavour::f05);
    CHECK(parse_flavour("B4") == flavour::unknown);
    CHECK(parse_flavour("F99") == flavour::unknown);
    CHECK(parse_flavour("") == flavour::unknown);
}

TEST_CASE("flavour_table: one row per flavour, and what reads it") {
    std::size_t rows = 0;
    for (const flavour_traits& row : flavour_table) {
        ++rows;
        CHECK(static_cast<std::size_t>(row.flavour) == rows);  // in the enum's order (traits() relies on it)
        CHECK(&traits(row.flavour) == &row);
        CHECK(layout_of_check(row));
    }
    CHECK(rows == static_cast<std::size_t>(flavour::b6));  // every value but unknown
    CHECK(joined_flavour(flavour::f05) == flavour::f03);
    CHECK(joined_flavour(flavour::f06) == flavour::f07);
    CHECK(joined_flavour(flavour::f11) == flavour::f11);
    CHECK(has_reply_header(flavour::b3));
    CHECK(!has_reply_header(flavour::f07));
    CHECK(separator_text(separator_style::dash4_padded, line_ending::crlf) == "\r\n\r\n----\r\n\r\n");
    CHECK(separator_text(separator_style::unknown, line_ending::lf) == "\n----\n");
    // Media folders: the longest the table names (B5's "./media" has no slash), else up to '/'.
    CHECK(detail::split_media_path("./media1454-x.jpg").dir == "./media");
    CHECK(detail::split_media_path("data/tweet_media/1-x.jpg").dir == "data/tweet_media/");
    CHECK(detail::split_media_path("tweet_media/1-x.jpg").dir == "tweet_media/");
    CHECK(detail::split_media_path("./media/1-x.jpg").name == "1-x.jpg");
    CHECK(detail::split_media_path("1-x.jpg").dir.empty());
    // A folder the target's archives use stays; any other moves to the target's own.
    CHECK(fmt("![](media/1-x.jpg)", flavour::f03) == "![](media/1-x.jpg)");
    CHECK(fmt("![](tweet_media/1-x.jpg)", flavour::f03) == "![](data/tweet_media/1-x.jpg)");
    CHECK(fmt("![](data/tweet_media/1-x.jpg)", flavour::f05) == "![](media/1-x.jpg)");
    CHECK(fmt("![](./media1-x.jpg)", flavour::f10) == "> ![](media/1-x.jpg)");
}

// The tables the header holds written out (made at compile time, they cost clang 34 M instructions
// to evaluate), made here by their rules. The test below checks the header's against them and
// prints the literal to paste where they differ: this file is their generator.

// The flavour picks' rule, as a search of flavour_table for one shape.
detail::flavour_pick pick_by_search(footer_style footer, separator_style sep, bool leading, bool followed) {
    detail::flavour_pick p{flavour::unknown, flavour::unknown};
    int best_plain = -1, best_escaped = -1;
    for (const flavour_traits& row : flavour_table) {
        if (row.footer != footer || (sep != separator_style::unknown && row.separator != sep)) continue;
        const bool joined = row.place == separator_place::joined;
        const int fit = ((row.place == separator_place::leading) == leading ? 4 : 0) + (followed != joined ? 2 : 0);
        if (fit * 2 + !row.escaped > best_plain) best_plain = fit * 2 + !row.escaped, p.plain = row.flavour;
        if (fit * 2 + row.escaped > best_escaped) best_escaped = fit * 2 + row.escaped, p.escaped = row.flavour;
    }
    return p;
}
constexpr std::size_t pick_shapes = detail::footer_slots() * detail::separator_slots * 4;
detail::flavour_pick pick_by_search(std::size_t f, std::size_t s, int k) {
    return pick_by_search(static_cast<footer_style>(f), static_cast<separator_style>(s), k & 2, k & 1);
}

// The separators' rule: a line break (two for dash4_padded), "--" for dash2 or else "----", and the
// same line breaks again.
std::string separator_by_rule(separator_style s, line_ending e) {
    const std::string nl = e == line_ending::crlf ? "\r\n" : "\n";
    const std::string breaks = s == separator_style::dash4_padded ? nl + nl : nl;
    return breaks + (s == separator_style::dash2 ? "--" : "----") + breaks;
}

// The footer patterns' rule: word i holds bytes [8i, 8i + 8) of the text, little-endian (zero past
// its end), mask i the bytes present.
template <std::size_t W>
detail::word_pattern<W> pattern_of(std::string_view text) {
    detail::word_pattern<W> p{};
    for (std::size_t k = 0; k < text.size() && k < 8 * W; ++k) {
        p.word[k / 8] |= std::uint64_t{static_cast<unsigned char>(text[k])} << (8 * (k % 8));
        p.mask[k / 8] |= std::uint64_t{0xFF} << (8 * (k % 8));
    }
    p.len = static_cast<std::uint8_t>(text.size() < 8 * W ? text.size() : 8 * W);
    return p;
}
// A prefix per footer form (its first 24 bytes), a tail per [suffix is ")"][separator_style][CRLF]:
// the suffix and the separator after it.
detail::footer_patterns patterns_by_rule() {
    detail::footer_patterns t{};
    for (std::size_t f = 0; f < detail::footer_slots(); ++f)
        t.prefix[f] = pattern_of<3>(detail::footer_forms.at[f].prefix);
    for (std::size_t x = 0; x < 2; ++x)
        for (std::size_t s = 0; s < 4; ++s)
            for (std::size_t e = 0; e < 2; ++e) {
                const std::string sep =
                    separator_by_rule(static_cast<separator_style>(s), e ? line_ending::crlf : line_ending::lf);
                const auto breaks = static_cast<std::uint8_t>(std::count(sep.begin(), sep.end(), '\n'));
                t.tail[x][s][e] = {pattern_of<2>((x ? ")" : "") + sep), static_cast<std::uint8_t>(x), breaks};
            }
    return t;
}

std::string picks_literal() {
    constexpr std::size_t per_style = detail::separator_slots * 4;
    std::string out = "inline constexpr char flavour_pick_digits[] =\n";
    for (std::size_t f = 0; f < detail::footer_slots(); ++f) {
        out += "    \"";
        for (std::size_t i = 0; i < per_style; ++i) {
            const detail::flavour_pick p = pick_by_search(f, i / 4, static_cast<int>(i % 4));
            for (const flavour x : {p.plain, p.escaped}) out += "0123456789abcdef"[static_cast<int>(x)];
        }
        out += f + 1 == detail::footer_slots() ? "\";" : "\"";
        out += "  // footer_style " + std::to_string(f) + "\n";
    }
    return out;
}
std::string hex(std::uint64_t w) {
    char b[24];
    std::snprintf(b, sizeof b, "0x%016llx", static_cast<unsigned long long>(w));
    return b;
}
// A pattern's words and masks, the masks on a line of their own when `indent` is not empty.
template <std::size_t W>
std::string pattern_literal(const detail::word_pattern<W>& p, const std::string& indent = "") {
    std::string words, masks;
    for (std::size_t i = 0; i < W; ++i) {
        words += (i ? ", " : "") + hex(p.word[i]);
        masks += (i ? ", " : "") + hex(p.mask[i]);
    }
    return "{{" + words + "}," + (indent.empty() ? " " : "\n" + indent + " ") + "{" + masks + "}, " +
           std::to_string(p.len) + "}";
}
std::string patterns_literal() {
    const detail::footer_patterns t = patterns_by_rule();
    std::string out = "inline constexpr footer_patterns straight_patterns = {\n    {\n";
    for (std::size_t f = 0; f < detail::footer_slots(); ++f) {
        std::string text;  // the bytes the words hold, as a C string's text
        for (const char c : detail::footer_forms.at[f].prefix.substr(0, t.prefix[f].len))
            text += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
        out += "        // footer_style " + std::to_string(f) + ": \"" + text + "\"\n        " +
               pattern_literal(t.prefix[f], "        ") + ",\n";
    }
    out += "    },\n    {\n";
    const char* const styles[] = {"unknown (as dash4)", "dash2", "dash4", "dash4_padded"};
    for (std::size_t x = 0; x < 2; ++x) {
        out += x == 0 ? "        {  // no suffix\n" : "        {  // suffix \")\"\n";
        for (std::size_t s = 0; s < 4; ++s) {
            out += "            {  // " + std::string(styles[s]) + ": LF, CRLF\n";
            for (std::size_t e = 0; e < 2; ++e) {
                const detail::footer_tail& tail = t.tail[x][s][e];
                out += "                {" + pattern_literal(tail.bytes) + ", " + std::to_string(tail.suffix) + ", " +
                       std::to_string(tail.breaks) + "},\n";
            }
            out += "            },\n";
        }
        out += "        },\n";
    }
    out += "    },\n};\n";
    return out;
}
template <std::size_t W>
bool same_pattern(const detail::word_pattern<W>& a, const detail::word_pattern<W>& b) {
    for (std::size_t i = 0; i < W; ++i)
        if (a.word[i] != b.word[i] || a.mask[i] != b.mask[i]) return false;
    return a.len == b.len;
}

TEST_CASE("flavour_table: the tables the header holds for it are what their rules make") {
    // Rows that share a footer style write the same footer line (one footer_forms slot each).
    for (const flavour_traits& row : flavour_table) {
        const detail::footer_form& f = detail::form(row.footer);
        CHECK(f.prefix == row.footer_prefix);
        CHECK(f.suffix == row.footer_suffix);
    }

    // The flavour picks: the search's answer for every shape.
    CHECK(sizeof(detail::flavour_pick_digits) == 2 * pick_shapes + 1);
    const bool sized = sizeof(detail::flavour_pick_digits) == 2 * pick_shapes + 1;
    bool same = sized;
    std::size_t known = 0;
    for (std::size_t f = 0; sized && f < detail::footer_slots(); ++f)
        for (std::size_t s = 0; s < detail::separator_slots; ++s)
            for (int k = 0; k < 4; ++k) {
                const detail::flavour_pick want = pick_by_search(f, s, k);
                const detail::flavour_pick got = detail::flavour_picked(detail::pick_index(
                    static_cast<footer_style>(f), static_cast<separator_style>(s), k & 2, k & 1));
                same = same && got.plain == want.plain && got.escaped == want.escaped;
                known += want.plain != flavour::unknown;
            }
    CHECK(same);
    if (!same) MESSAGE("flavour_pick_digits should be:\n" << picks_literal());
    CHECK(known > pick_shapes / 4);  // most footer forms have rows: the comparison is not of empty tables

    // The straight pass's footer patterns.
    const detail::footer_patterns made = patterns_by_rule();
    const detail::footer_patterns& have = detail::straight_patterns;
    bool same_pats = true;
    for (std::size_t f = 0; f < detail::footer_slots(); ++f)
        same_pats = same_pats && same_pattern(have.prefix[f], made.prefix[f]);
    for (std::size_t x = 0; x < 2; ++x)
        for (std::size_t s = 0; s < 4; ++s)
            for (std::size_t e = 0; e < 2; ++e) {
                const detail::footer_tail &a = have.tail[x][s][e], &b = made.tail[x][s][e];
                same_pats = same_pats && same_pattern(a.bytes, b.bytes) && a.suffix == b.suffix && a.breaks == b.breaks;
            }
    CHECK(same_pats);
    if (!same_pats) MESSAGE("straight_patterns should be:\n" << patterns_literal());

    // The separators.
    for (int st = 0; st < 4; ++st)
        for (const line_ending e : {line_ending::lf, line_ending::crlf}) {
            const auto style = static_cast<separator_style>(st);
            const std::string sep = separator_by_rule(style, e);
            const detail::separator_buf& held = detail::separator_for(style, e);
            CAPTURE(st);
            CHECK(held.view() == sep);
            CHECK(held.breaks == std::count(sep.begin(), sep.end(), '\n'));
        }
}

TEST_CASE("reply headers, and the writer puts them back") {
    const std::string foot = "<img src=\"media/tweet.ico\" width=\"12\" /> [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/7)";
    const std::string in = "Replying to [@a and @b](https://twitter.com/a/status/123)\n\n> hi both\n\n" + foot + "\n\n----\n\n> two\n\n" + foot;
    std::vector<record> v;
    for (const record& r : records(in)) v.push_back(r);
    REQUIRE(v.size() == 2);
    const tweet& t = v[0].tweet;
    CHECK(t.text == "> hi both");
    CHECK(t.reply_names == "@a and @b");
    CHECK(t.in_reply_to_screen_name == "a");
    CHECK(t.in_reply_to_status_id == 123);
    CHECK(t.flavour == flavour::f08);
    CHECK(v[1].tweet.in_reply_to_status_id == 0);
    std::string out;
    writer w(flavour::f08);
    for (const record& r : v) w.write(r.tweet, std::back_inserter(out));
    CHECK(out == in);
    // Converting to F05 puts the leading mentions back; a self-reply's owner name does not.
    std::string scratch(convert_scratch_bound(t), '\0'), text;
    convert_text(t, flavour::f05, scratch.data(), std::back_inserter(text));
    CHECK(text == "@a @b hi both");
    // A header whose parent id is 0 or has a leading zero is no header (fuzz_records finding:
    // the text began after it while in_reply_to_status_id said there was none): it stays text.
    for (const char* id : {"0", "0123"}) {
        CAPTURE(id);
        const std::string bad = std::string("Replying to [@a](https://twitter.com/a/status/") + id + ")\n\n> hi\n\n" + foot;
        std::vector<record> b;
        for (const record& r : records(bad)) b.push_back(r);
        REQUIRE(b.size() == 1);
        REQUIRE(b[0].is_tweet());
        CHECK(b[0].tweet.in_reply_to_status_id == 0);
        CHECK(b[0].tweet.text.data() == b[0].tweet.raw.data());
        CHECK(b[0].tweet.reply_names.empty());
    }
}

TEST_CASE("B1: a separator before every record; B4: rejected with a clear error") {
    const std::string foot = "(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1))";
    const std::string b1 = "\n----\na\n\n" + foot + "\n----\nb\n\n" + foot;
    std::vector<record> v;
    for (const record& r : records(b1)) v.push_back(r);
    REQUIRE(v.size() == 2);
    CHECK(v[0].prefix == "\n----\n");
    CHECK(v[0].tweet.text == "a");
    CHECK(v[0].tweet.line == 3);
    CHECK(v[0].tweet.flavour == flavour::b1);
    const std::string icon = "<img src=\"media/tweet.ico\" width=\"12\" /> [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1)";
    const std::string b4 = "\n<a name=\"s1\"></a>\n> a\n\n" + icon + "\n\n----\n\n<a name=\"s2\"></a>\n> b\n\n" + icon;
    std::size_t errors = 0;
    const std::uint64_t lines[] = {2, 9}, columns[] = {1, 1};
    for (const record& r : records(b4)) {
        REQUIRE(r.is_error());
        CHECK(r.error.kind == errc::unsupported_flavour);
        REQUIRE(errors < 2);
        CHECK(r.error.line == lines[errors]);  // the anchor's line
        CHECK(r.error.column == columns[errors]);
        ++errors;
    }
    CHECK(errors == 2);
    // A month's first record links back to the previous month before its anchor (the real B4
    // output): rejected too, at the anchor.
    const std::string back = "\n[\xE2\x86\x91](2022-01-01-Tweet-Archive-2022-01.md#s1)\n<a name=\"s2\"></a>\n> b\n\n" + icon;
    std::size_t n = 0;
    for (const record& r : records(back)) {
        REQUIRE(r.is_error());
        CHECK(r.error.kind == errc::unsupported_flavour);
        CHECK(r.error.line == 3);
        CHECK(r.error.column == 1);
        ++n;
    }
    CHECK(n == 1);
}

TEST_CASE("parse_options::flavour forces a flavour: its layout, and the name of every tweet") {
    const std::string icon = "<img src=\"./media/tweet.ico\" width=\"12\" /> [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1)";
    // Read alone, the escaped record says F10 and the one without escapable characters F09.
    const std::string f10 = "> a\\_b\n\n" + icon + "\n\n----\n\n> a.b\n\n" + icon;  // a bare "." is not escaped
    std::vector<flavour> seen;
    for (const record& r : records(f10)) seen.push_back(r.tweet.flavour);
    CHECK(seen == std::vector<flavour>{flavour::f10, flavour::f09});
    parse_options o;
    o.flavour = flavour::f10;
    seen.clear();
    for (const record& r : records(f10, o)) {
        REQUIRE(r.is_tweet());
        seen.push_back(r.tweet.flavour);
    }
    CHECK(seen == std::vector<flavour>{flavour::f10, flavour::f10});
    // The stream too.
    stream s(o);
    seen.clear();
    (void)s.feed(f10, [&](const record& r) { seen.push_back(r.tweet.flavour); });
    (void)s.finish([&](const record& r) { seen.push_back(r.tweet.flavour); });
    CHECK(seen == std::vector<flavour>{flavour::f10, flavour::f10});
    CHECK(s.flavour() == flavour::f10);
    // A forced flavour's layout is enforced: an F05 file read as F08 is an error at its first footer.
    const std::string f05 = "x\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/a/status/1))\n----\n";
    o.flavour = flavour::f08;
    std::size_t tweets = 0, errors = 0;
    for (const record& r : records(f05, o)) {
        tweets += r.is_tweet();
        if (r.is_error()) {
            ++errors;
            CHECK(r.error.kind == errc::mixed_flavour);
            CHECK(r.error.line == 3);
        }
    }
    CHECK(tweets == 0);
    CHECK(errors == 1);
    // F05 read as F03: named F03.
    o.flavour = flavour::f03;
    std::size_t named = 0;
    for (const record& r : records(f05, o)) {
        REQUIRE(r.is_tweet());
        CHECK(r.tweet.flavour == flavour::f03);
        ++named;
    }
    CHECK(named == 1);
}
