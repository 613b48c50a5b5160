// Fuzz harness: text repair (repair, decode_html, repair_mojibake, needs_repair,
// repair_offset_map), for every combination of flags:
// - output fits repair_bound (written into a buffer of exactly that size: ASan sees overflows);
// - the char* overload, the output-iterator overload, in-place repair and the named wrappers agree;
// - needs_repair(in) == (repair(in) != in); flags none change nothing;
// - valid UTF-8 stays valid UTF-8;
// - repair_mojibake is idempotent (runs of non-ASCII bytes up to 4 KiB are repaired to a fixed
//   point; the README documents that a longer run gets one layer only);
// - repair_offset_map is monotonic, starts at 0, ends at the output's size, never exceeds it,
//   and gives the same answers whatever order it is asked in.
#include <tweetview/tweetview.hpp>

#include "fuzz_check.hpp"

#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

using namespace tweetview;

namespace {

std::string repaired(std::string_view in, repair_flags flags) {
    const std::size_t bound = repair_bound(in.size());
    FUZZ_CHECK(bound >= in.size());
    std::unique_ptr<char[]> out(new char[bound ? bound : 1]);
    const std::size_t n = repair(in, out.get(), flags);
    FUZZ_CHECK(n <= bound);
    return std::string(out.get(), n);
}

// validate_utf8, called on a buffer of exactly the text's size.
bool utf8_ok(std::string_view s) {
    std::unique_ptr<char[]> exact(new char[s.size() ? s.size() : 1]);
    if (!s.empty()) std::memcpy(exact.get(), s.data(), s.size());
    return validate_utf8(std::string_view(exact.get(), s.size())).ok;
}

std::size_t longest_high_run(std::string_view s) {
    std::size_t best = 0, cur = 0;
    for (char c : s) {
        cur = static_cast<unsigned char>(c) >= 0x80 ? cur + 1 : 0;
        best = cur > best ? cur : best;
    }
    return best;
}

void check_flags(std::string_view in, repair_flags flags) {
    const std::string out = repaired(in, flags);
    FUZZ_CHECK(out.size() <= repair_bound(in.size()));

    // The output-iterator overload.
    std::string via_iter;
    (void)repair(in, std::back_inserter(via_iter), flags);
    FUZZ_CHECK(via_iter == out);

    // In place (out == in.data()).
    std::unique_ptr<char[]> copy(new char[in.size() ? in.size() : 1]);
    if (!in.empty()) std::memcpy(copy.get(), in.data(), in.size());
    const std::size_t n_in_place = repair(std::string_view(copy.get(), in.size()), copy.get(), flags);
    FUZZ_CHECK(std::string_view(copy.get(), n_in_place) == out);

    FUZZ_CHECK(needs_repair(in, flags) == (out != in));
    if (flags == repair_flags::none) FUZZ_CHECK(out == in);
    if (utf8_ok(in)) FUZZ_CHECK_MSG(utf8_ok(out), "valid UTF-8 in, invalid out");

    // The offset map, asked in increasing order: every offset for small texts, a sample for
    // large ones (an offset inside a long run re-reads the run).
    repair_offset_map map(in, flags);
    std::vector<std::pair<std::size_t, std::size_t>> seen;
    const std::size_t step = in.size() <= 4096 ? 1 : in.size() / 1024;
    std::size_t prev = 0;
    for (std::size_t off = 0; off <= in.size(); off += step) {
        const std::size_t m = map(off);
        FUZZ_CHECK(m <= out.size());
        FUZZ_CHECK(m >= prev);
        if (off == 0) FUZZ_CHECK(m == 0);
        prev = m;
        seen.emplace_back(off, m);
    }
    FUZZ_CHECK(map(in.size()) == out.size());
    FUZZ_CHECK(map(in.size() + 5) == out.size());  // past the end: clamped
    // Asked again in decreasing order (each query restarts), the answers are the same.
    repair_offset_map back(in, flags);
    for (std::size_t i = seen.size(); i-- > 0;) {
        if (seen.size() > 64 && i % (seen.size() / 64) != 0) continue;
        FUZZ_CHECK(back(seen[i].first) == seen[i].second);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::unique_ptr<char[]> owned(new char[size ? size : 1]);
    if (size) std::memcpy(owned.get(), data, size);
    const std::string_view in(owned.get(), size);

    for (repair_flags f : {repair_flags::none, repair_flags::html, repair_flags::mojibake, repair_flags::all})
        check_flags(in, f);

    // The named wrappers are repair with one flag, in both overloads.
    const std::size_t bound = repair_bound(in.size());
    std::unique_ptr<char[]> buf(new char[bound ? bound : 1]);
    const std::string html(buf.get(), decode_html(in, buf.get()));
    FUZZ_CHECK(html == repaired(in, repair_flags::html));
    FUZZ_CHECK(html.size() <= decode_html_bound(in.size()));
    std::string html_iter;
    (void)decode_html(in, std::back_inserter(html_iter));
    FUZZ_CHECK(html_iter == html);

    const std::string moj(buf.get(), repair_mojibake(in, buf.get()));
    FUZZ_CHECK(moj == repaired(in, repair_flags::mojibake));
    FUZZ_CHECK(moj.size() <= repair_mojibake_bound(in.size()));
    std::string moj_iter;
    (void)repair_mojibake(in, std::back_inserter(moj_iter));
    FUZZ_CHECK(moj_iter == moj);

    // Idempotent: repairing the repaired text changes nothing (runs up to 4 KiB).
    if (longest_high_run(in) <= 4096) {
        const std::string twice = repaired(moj, repair_flags::mojibake);
        FUZZ_CHECK_MSG(twice == moj, "repair_mojibake is not idempotent");
        FUZZ_CHECK(!needs_repair(moj, repair_flags::mojibake));
    }
    return 0;
}
