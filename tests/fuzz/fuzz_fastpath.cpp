// Fuzz harness: the record core's straight ways against the general way. Once an input's footer
// form and separator are known, parse_into reads a record whose first blank line is followed by a
// footer of that form and that separator as a straight record, and the general way reads any
// footer so followed in one straight pass; everything else is left to the general way, which must
// decide the same for such bytes. The build writes a copy of the header in which both are
// switched off and everything is in tweetview::general_path (tests/fuzz/CMakeLists.txt); both copies parse the
// same bytes with the same options, and every record must agree field for field: from records()
// over the whole buffer, and from a stream fed the bytes in chunks.
//
// Input: a small header, then the archive bytes.
//   byte 0: bits 0-3  max_record_bytes = 256 * (1 + value)  (256 ... 4096)
//           bits 4-6  the layout given: 0 none (detected), 1 paren/dash4/LF, 2 paren/padded/LF,
//                     3 paren/padded/CRLF, 4 originally/dash2/LF, 5 icon_dot/padded/LF,
//                     6 icon_parent/padded/CRLF, 7 the flavour F11 forced
//   byte 1: the stream's chunk size (0: the whole input as one chunk)
#include <tweetview/tweetview.hpp>
#include "tweetview_general_path.hpp"

#include "fuzz_check.hpp"
#include "record_values.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace {

namespace fast = tweetview;
namespace general = tweetview::general_path;

using fuzz::rec_values;
using fuzz::values_of;

// The same options for both copies, from the header byte.
template <class Options, class Layout, class FooterStyle, class SeparatorStyle, class LineEnding, class Flavour>
Options make_options(unsigned b0) {
    Options o;
    o.max_record_bytes = 256u * (1u + (b0 & 15u));
    switch ((b0 >> 4) & 7u) {
        case 1: o.shape = Layout{FooterStyle::paren, SeparatorStyle::dash4, LineEnding::lf, false}; break;
        case 2: o.shape = Layout{FooterStyle::paren, SeparatorStyle::dash4_padded, LineEnding::lf, false}; break;
        case 3: o.shape = Layout{FooterStyle::paren, SeparatorStyle::dash4_padded, LineEnding::crlf, false}; break;
        case 4: o.shape = Layout{FooterStyle::originally, SeparatorStyle::dash2, LineEnding::lf, false}; break;
        case 5: o.shape = Layout{FooterStyle::icon_dot, SeparatorStyle::dash4_padded, LineEnding::lf, false}; break;
        case 6: o.shape = Layout{FooterStyle::icon_parent, SeparatorStyle::dash4_padded, LineEnding::crlf, false}; break;
        case 7: o.flavour = Flavour::f11; break;
        default: break;
    }
    return o;
}

template <class Stream, class Options>
std::vector<rec_values> streamed(std::string_view in, const Options& o, std::size_t chunk) {
    std::vector<rec_values> out;
    Stream s(o);
    auto take = [&out](const auto& r) {
        out.push_back(values_of(r));
        return true;
    };
    if (chunk == 0) chunk = in.size() + 1;
    for (std::size_t at = 0; at < in.size(); at += chunk) {
        const auto st = s.feed(in.substr(at, chunk), take);
        FUZZ_CHECK(static_cast<int>(st) == 0);  // feed_status::ok
    }
    const auto st = s.finish(take);
    FUZZ_CHECK(static_cast<int>(st) == 0);
    return out;
}

void check_same(const std::vector<rec_values>& a, const std::vector<rec_values>& b, const char* what) {
    FUZZ_CHECK_MSG(a.size() == b.size(), what);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char* d = fuzz::first_difference(a[i], b[i]);
        if (d == nullptr) continue;
        fuzz::describe("straight", i, a[i]);
        fuzz::describe("general ", i, b[i]);
        std::fprintf(stderr, "%s: they differ in %s\n", what, d);
        fuzz::fail(__FILE__, __LINE__, "the straight pass and the general way differ:", what);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const unsigned b0 = data[0];
    const std::size_t chunk = data[1];
    const std::string in(reinterpret_cast<const char*>(data + 2), size - 2);

    const auto fo = make_options<fast::parse_options, fast::layout, fast::footer_style, fast::separator_style,
                                 fast::line_ending, fast::flavour>(b0);
    const auto go = make_options<general::parse_options, general::layout, general::footer_style,
                                 general::separator_style, general::line_ending, general::flavour>(b0);

    std::vector<rec_values> whole_fast, whole_general;
    for (const fast::record& r : fast::records(in, fo)) whole_fast.push_back(values_of(r));
    for (const general::record& r : general::records(in, go)) whole_general.push_back(values_of(r));
    check_same(whole_fast, whole_general, "records()");

    check_same(streamed<fast::stream>(in, fo, chunk), streamed<general::stream>(in, go, chunk), "stream");
    return 0;
}
