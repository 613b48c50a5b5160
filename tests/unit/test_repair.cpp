// Text repair: HTML entities, mojibake rules, UTF-8 validation, the offset map, the scanners.
#include <doctest/doctest.h>

#include "../repair_support.hpp"

#include <random>

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

TEST_CASE("html: named entities") {
    CHECK(html("a &amp; b") == "a & b");
    CHECK(html("&lt;tag&gt;") == "<tag>");
    CHECK(html("&quot;x&quot; &apos;y&apos;") == "\"x\" 'y'");
    CHECK(html("&amp;amp;") == "&amp;");  // one level only
    CHECK(html("&AMP; &Lt;") == "&AMP; &Lt;");  // names are case sensitive
}

TEST_CASE("html: numeric and hex references") {
    CHECK(html("&#39;") == "'");
    CHECK(html("&#039;") == "'");
    CHECK(html("&#8217;") == u8(0x2019));
    CHECK(html("&#x2019;") == u8(0x2019));
    CHECK(html("&#X1F923;") == u8(0x1F923));
    CHECK(html("&#x1f923;") == u8(0x1F923));
    CHECK(html("&#65;&#x42;") == "AB");
    CHECK(html("&#150;") == u8(0x2013));  // C1 reference means cp1252 (HTML5)
    CHECK(html("&#129;") == u8(0x81));    // undefined in cp1252: kept
}

TEST_CASE("html: invalid references become U+FFFD") {
    const std::string fffd = u8(0xFFFD);
    CHECK(html("&#0;") == fffd);
    CHECK(html("&#x0;") == fffd);
    CHECK(html("&#xD800;") == fffd);
    CHECK(html("&#57343;") == fffd);
    CHECK(html("&#x110000;") == fffd);
    CHECK(html("&#99999999999999999999999999;") == fffd);
    CHECK(html("&#xFFFFFFFFFFFFFFFFFFFF;") == fffd);
    CHECK(html("&#x10FFFF;") == u8(0x10FFFF));
}

TEST_CASE("html: unknown, malformed and truncated stay as they are") {
    for (const char* s : {"&foo;", "&nbsp;", "&", "&am", "&amp", "a&", "&#", "&#;", "&#x;", "&#12",
                          "&#x1F", "&#12a;", "&#xG;", "&#-1;", "?a=1&b=2", "&&amp", "& amp;"})
        CHECK_MESSAGE(html(s) == std::string(s), s);
    CHECK(html("x &am") == "x &am");
    CHECK(html("&&amp;") == "&&");
    CHECK(html("&#38;amp;") == "&amp;");
}

TEST_CASE("html: does not touch non-ASCII, mojibake does not touch entities") {
    const std::string s = mojibake(u8(0x2019), page::macroman) + "&amp;";
    CHECK(html(s) == mojibake(u8(0x2019), page::macroman) + "&");
    CHECK(moj(s) == u8(0x2019) + "&amp;");
    CHECK(rep(s) == u8(0x2019) + "&");
    // a reference that spells mojibake is not repaired: escaping came first
    CHECK(rep("&#195;&#169;") == u8(0xC3) + u8(0xA9));
}

// ---------------------------------------------------------------------------
// Mojibake
// ---------------------------------------------------------------------------

TEST_CASE("mojibake: the seed examples") {
    const std::string rofl = u8(0x1F923);
    CHECK(mojibake(rofl, page::macroman) == u8(0xF8FF) + u8(0xFC) + u8(0xA7) + u8(0xA3));  // ü§£
    CHECK(moj("what else " + mojibake(rofl, page::macroman)) == "what else " + rofl);
    CHECK(moj(mojibake(u8(0x2026), page::macroman)) == u8(0x2026));  // ‚Ä¶ -> …
    CHECK(moj(mojibake(u8(0x2019), page::macroman)) == u8(0x2019));  // ‚Äô -> ’
    CHECK(mojibake(u8(0x2019), page::macroman) == u8(0x201A) + u8(0xC4) + u8(0xF4));
}

TEST_CASE("mojibake: NBSP") {
    const std::string nbsp = u8(0xA0);
    CHECK(mojibake(nbsp, page::macroman) == u8(0xAC) + u8(0x2020));  // ¬†
    CHECK(moj("a" + u8(0xAC) + u8(0x2020) + "b") == "a" + nbsp + "b");
    CHECK(moj(mojibake("a" + nbsp + "b", page::cp1252)) == "a" + nbsp + "b");  // Â + NBSP
    CHECK(moj("a" + nbsp + "b") == "a" + nbsp + "b");  // a genuine NBSP stays
    CHECK(moj(nbsp + nbsp) == nbsp + nbsp);
    CHECK(moj(u8(0xAC)) == u8(0xAC));  // a lone ¬ stays
}

TEST_CASE("mojibake: U+F8FF (Apple logo) starts every Mac Roman 4-byte emoji") {
    const std::string apple = u8(0xF8FF);
    CHECK(moj(apple) == apple);             // genuine logo alone stays
    CHECK(moj("x" + apple + "y") == "x" + apple + "y");
    for (std::uint32_t cp : {0x1F600u, 0x1F9D0u, 0x1F923u, 0x10000u, 0x1D706u, 0x1F1FAu, 0x2A6D6u})
        CHECK(moj(mojibake(u8(cp), page::macroman)) == u8(cp));
    // two emoji back to back, and emoji + ZWJ sequence
    const std::string fam = u8(0x1F468) + u8(0x200D) + u8(0x1F469) + u8(0x200D) + u8(0x1F467);
    CHECK(moj(mojibake(fam, page::macroman)) == fam);
    CHECK(moj(mojibake(fam, page::cp1252)) == fam);
}

TEST_CASE("mojibake: every scalar value round-trips through each page") {
    // Every usual character (see rep_usual) comes back between ASCII letters;
    // unusual ones (C1, IPA, combining marks, rare blocks, private use) may
    // lose against a reading with usual characters: those are counted.
    for (page pg : {page::macroman, page::cp1252, page::latin1}) {
        std::size_t bad = 0, unusual_lost = 0, total = 0;
        for (std::uint32_t cp = 0x80; cp <= 0x10FFFF; cp += (cp < 0x10000 ? 1 : 61)) {
            if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            ++total;
            const std::string s = "a" + u8(cp) + "b";
            if (moj(mojibake(s, pg)) == s) continue;
            if (tv::detail::repair::is_usual(cp)) {
                if (++bad < 10) MESSAGE("page " << static_cast<int>(pg) << " code point " << cp);
            } else {
                ++unusual_lost;
            }
        }
        MESSAGE("page " << static_cast<int>(pg) << ": " << total << " scalars, " << unusual_lost
                        << " unusual ones read differently");
        CHECK(bad == 0);
    }
}

TEST_CASE("mojibake: mixed genuine and mojibaked runs") {
    const std::string rsq = u8(0x2019), e_acute = u8(0xE9), rofl = u8(0x1F923);
    // A genuine character directly before / after a mojibaked one. The result
    // is always what repairing the genuine text gives (the output is a fixed
    // point of the run rule), and that is the genuine text itself unless the
    // genuine text is one of the ambiguous shapes listed in the README's known limits of text repair.
    std::size_t exact = 0, ambiguous = 0;
    for (page pg : {page::macroman, page::cp1252}) {
        for (const std::string& genuine : {e_acute, rofl, u8(0xA0), u8(0x2026), u8(0xF8FF), u8(0xFC), u8(0x2014)}) {
            for (const std::string& want : {genuine + rsq, rsq + genuine, "x" + genuine + rofl + genuine + "y"}) {
                std::string in;
                if (want == genuine + rsq) in = genuine + mojibake(rsq, pg);
                else if (want == rsq + genuine) in = mojibake(rsq, pg) + genuine;
                else in = "x" + genuine + mojibake(rofl, pg) + genuine + "y";
                CHECK(moj(in) == moj(want));
                if (tv::needs_repair(want, repair_flags::mojibake)) {
                    ++ambiguous;
                } else {
                    CHECK(moj(in) == want);
                    ++exact;
                }
            }
        }
    }
    MESSAGE("mixed runs: " << exact << " exact, " << ambiguous << " where the genuine text is itself ambiguous");
    CHECK(exact >= 36);
    CHECK(moj(rsq + u8(0xFC)) == rsq + u8(0xFC));  // Mac D5 9F = U+055F is unusual: kept
    // a text with a genuine run and a mojibaked run
    const std::string t = "caf" + e_acute + " isn" + mojibake(rsq, page::macroman) + "t " + rofl;
    CHECK(moj(t) == "caf" + e_acute + " isn" + rsq + "t " + rofl);
    // different pages in different runs of the same text
    const std::string u = mojibake("caf" + e_acute, page::cp1252) + " " + mojibake("it" + rsq + "s", page::macroman);
    CHECK(moj(u) == "caf" + e_acute + " it" + rsq + "s");
}

TEST_CASE("mojibake: a run valid in both pages is decided by the rule") {
    // "Ã©" is cp1252 for é and Mac Roman for U+0329: a tie, Windows wins.
    CHECK(moj(u8(0xC3) + u8(0xA9)) == u8(0xE9));
    // with a Mac-only character in the run, Mac Roman repairs more and wins
    CHECK(moj(mojibake(u8(0x0329) + u8(0x2019), page::macroman)) == u8(0x0329) + u8(0x2019));
    // ‰ (U+2030) is in both pages (cp1252 0x89, Mac Roman 0xE4)
    CHECK(moj(mojibake(u8(0x4E2D), page::macroman)) == u8(0x4E2D));
    CHECK(moj(mojibake(u8(0x4E2D), page::cp1252)) == u8(0x4E2D));
}

TEST_CASE("mojibake: known ambiguous genuine shapes (the README's known limits of text repair)") {
    // Genuine text whose bytes read back as valid UTF-8 through one page is
    // indistinguishable from mojibake by the run rule; these are changed.
    // None occurs in the real archive (see the zero-false-positive test).
    CHECK(moj(u8(0x201C) + u8(0xC7) + "a") == u8(0x0482) + "a");                  // Mac D2 82
    CHECK(moj("caf" + u8(0xE9) + u8(0xA0) + u8(0xBB)) == "caf" + u8(0x983B));      // Windows E9 A0 BB
    CHECK(moj("M" + u8(0xFC) + "nchen" + u8(0x2014) + u8(0xDC) + "ber") ==
          "M" + u8(0xFC) + "nchen" + u8(0x0446) + "ber");                          // Mac D1 86
    // ... while the common neighbours of accented letters are safe:
    for (const std::string& s : {"caf" + u8(0xE9) + u8(0x2019) + "s", u8(0x201C) + "caf" + u8(0xE9) + u8(0x201D),
                                 "na" + u8(0xEF) + "ve" + u8(0x2026), u8(0xAB) + u8(0xA0) + "oui" + u8(0xA0) + u8(0xBB),
                                 u8(0xE0) + u8(0xA0) + "Paris",
                                 "l" + u8(0x2019) + u8(0xE9) + "t" + u8(0xE9), "qu" + u8(0x2019) + u8(0xE0),
                                 "CAF" + u8(0xC9) + u8(0x2019) + "S", u8(0x2019) + u8(0xFC)})
        CHECK_MESSAGE(moj(s) == s, s);
}

TEST_CASE("mojibake: truncated sequences are kept") {
    const std::string m = mojibake(u8(0x1F923), page::macroman);  // 4 characters
    // cut after 1, 2, 3 characters, at the end of the text and before ASCII
    std::size_t cut = 0;
    for (int k = 0; k < 3; ++k) {
        cut += tv::detail::repair::decode(reinterpret_cast<const unsigned char*>(m.data()) + cut,
                                      reinterpret_cast<const unsigned char*>(m.data()) + m.size())
                   .len;
        const std::string part = m.substr(0, cut);
        CHECK(moj("x " + part) == "x " + part);
        CHECK(moj(part + " y") == part + " y");
        // a complete one before the truncated one still repairs
        CHECK(moj(m + part) == u8(0x1F923) + part);
    }
    // raw invalid UTF-8 is copied, never read past the end
    CHECK(moj("\xF0\x9F") == "\xF0\x9F");
    CHECK(moj("\xC3") == "\xC3");
    CHECK(moj("a\xFF\xFE") == "a\xFF\xFE");
}

TEST_CASE("mojibake: idempotence, double mojibake, bounds") {
    const std::string text = "It" + u8(0x2019) + "s " + u8(0x1F923) + " caf" + u8(0xE9) + " " + u8(0xA0) + u8(0x2026);
    for (page a : {page::macroman, page::cp1252, page::latin1}) {
        const std::string once = mojibake(text, a);
        CHECK(moj(once) == text);
        CHECK(moj(moj(once)) == moj(once));
        for (page b : {page::macroman, page::cp1252, page::latin1}) {
            const std::string twice = mojibake(once, b);
            CHECK(moj(twice) == text);  // layers undone to a fixed point
            CHECK(moj(moj(twice)) == moj(twice));
        }
    }
    // random soup: bounds, idempotence, validity preserved, never crash
    std::mt19937 rng_(12345);
    auto rng = [&] { return static_cast<unsigned>(rng_()); };
    const std::uint32_t pool[] = {'a', ' ', '&', 0xA0, 0xE9, 0xC3, 0xA9, 0x2019, 0x201A, 0xC4, 0xF4, 0xF8FF,
                                  0xFC, 0xA7, 0xA3, 0xAC, 0x2020, 0x1F923, 0x81, 0x9D, 0x178, 0x2030, 0x4E2D};
    for (int iter = 0; iter < 20000; ++iter) {
        std::string s;
        const int n = static_cast<int>(rng() % 12);
        for (int i = 0; i < n; ++i) s += u8(pool[rng() % (sizeof pool / sizeof pool[0])]);
        if (rng() % 4 == 0) s = mojibake(s, static_cast<page>(rng() % 3));
        for (repair_flags f : {repair_flags::mojibake, repair_flags::html, repair_flags::all}) {
            const std::string r = rep(s, f);
            CHECK(r.size() <= tv::repair_bound(s.size()));
            CHECK(tv::validate_utf8(r).ok);
            CHECK(rep_iter(s, f) == r);
            CHECK(rep_inplace(s, f) == r);
            CHECK(tv::needs_repair(s, f) == (r != s));
        }
        const std::string r = moj(s);
        CHECK(moj(r) == r);
    }
    // raw random bytes: no crash, bound holds, needs_repair agrees
    for (int iter = 0; iter < 20000; ++iter) {
        std::string s(rng() % 24, '\0');
        for (char& c : s) c = static_cast<char>(rng() % 6 == 0 ? '&' : rng());
        const std::string r = rep(s);
        CHECK(r.size() <= s.size());
        CHECK(rep_iter(s, repair_flags::all) == r);
        CHECK(tv::needs_repair(s) == (r != s));
    }
}

TEST_CASE("mojibake: long runs beyond the layer cap get one layer, consistently") {
    std::string genuine;
    for (int i = 0; i < 2000; ++i) genuine += u8(0x4E00u + static_cast<std::uint32_t>(i));
    const std::string once = mojibake(genuine, page::macroman);
    REQUIRE(once.size() > tv::detail::repair::layer_cap);
    CHECK(moj(once) == genuine);
    CHECK(rep_iter(once, repair_flags::mojibake) == genuine);
    CHECK(rep_inplace(once, repair_flags::mojibake) == genuine);
}

// ---------------------------------------------------------------------------
// validate_utf8
// ---------------------------------------------------------------------------

TEST_CASE("validate_utf8: positions") {
    auto v = [](std::string_view s) { return tv::validate_utf8(s); };
    CHECK(v("").ok);
    CHECK(v("plain ascii").ok);
    CHECK(v("plain ascii").error_offset == 11);
    CHECK(v(u8(0x7FF) + u8(0xFFFF) + u8(0x10000) + u8(0x10FFFF)).ok);
    CHECK(v("ab\xC0\xAF").error_offset == 2);       // overlong '/'
    CHECK(v("ab\xC1\xBF").error_offset == 2);       // overlong
    CHECK(v("abc\xE0\x80\xAF").error_offset == 3);  // overlong 3-byte
    CHECK(v("\xF0\x8F\xBF\xBF").error_offset == 0); // overlong 4-byte
    CHECK(v("x\xED\xA0\x80").error_offset == 1);    // surrogate D800
    CHECK(v("x\xED\xBF\xBF").error_offset == 1);    // surrogate DFFF
    CHECK(v("x\xED\x9F\xBF").ok);                   // U+D7FF
    CHECK(v("12\xF4\x90\x80\x80").error_offset == 2);  // U+110000
    CHECK(v("12\xF5\x80\x80\x80").error_offset == 2);
    CHECK(v("\xFF").error_offset == 0);
    CHECK(v("abcdefghijklmnopqrstu\x80").error_offset == 21);  // lone continuation, after a SIMD block
    CHECK(v("ok" + u8(0xE9) + "\xE2\x82").error_offset == 4);   // truncated at end
    CHECK(v("ok\xE2\x82x").error_offset == 2);                   // truncated before ASCII
    CHECK(v("ok\xF0\x9F\xA4").error_offset == 2);
    CHECK_FALSE(v("ok\xF0\x9F\xA4").ok);
}

// ---------------------------------------------------------------------------
// Offset map
// ---------------------------------------------------------------------------

TEST_CASE("offset map: units") {
    const std::string rsq = u8(0x2019);
    const std::string m = mojibake(rsq, page::macroman);  // 3 characters, 7 bytes
    REQUIRE(m.size() == 7);
    // raw: a0 &1..;5 b6 m7..13 c14 ' '15 @16 x17
    const std::string raw = "a&amp;b" + m + "c @x";
    const std::string fixed = rep(raw);
    // fixed: a0 &1 b2 ’3..5 c6 ' '7 @8 x9
    CHECK(fixed == "a&b" + rsq + "c @x");
    tv::repair_offset_map map(raw);
    CHECK(map(0) == 0);
    CHECK(map(1) == 1);   // at '&'
    CHECK(map(3) == 1);   // inside the entity: its start
    CHECK(map(6) == 2);   // after the entity
    CHECK(map(7) == 3);   // start of the run
    CHECK(map(10) == 3);  // inside the mojibaked sequence
    CHECK(map(14) == 6);  // after the run: 'c'
    CHECK(map(16) == 8);  // '@'
    CHECK(map(raw.size()) == fixed.size());
    CHECK(map(1000) == fixed.size());  // clamped
    CHECK(map(3) == 1);                // going back restarts
    CHECK(map(17) == 9);
    // a run mixing a genuine and a repaired character maps per unit
    const std::string e = u8(0xE9);
    const std::string raw2 = "#caf" + e + m + "s";  // é 4..5, m 6..12, s 13
    CHECK(rep(raw2) == "#caf" + e + rsq + "s");     // é 4..5, ’ 6..8, s 9
    tv::repair_offset_map map2(raw2);
    CHECK(map2(4) == 4);
    CHECK(map2(5) == 4);   // inside é
    CHECK(map2(6) == 6);   // between é and the mojibake
    CHECK(map2(8) == 6);   // inside the mojibake
    CHECK(map2(13) == 9);  // end of run
    CHECK(map2(14) == 10);
    // html only leaves mojibake alone
    tv::repair_offset_map map3(raw, repair_flags::html);
    CHECK(map3(14) == 10);
    CHECK(map3(10) == 6);
    // mojibake only leaves entities alone
    tv::repair_offset_map map5(raw, repair_flags::mojibake);
    CHECK(map5(3) == 3);
    CHECK(map5(14) == 10);
    // double mojibake: interior offsets go to the run start
    const std::string twice = mojibake(m, page::cp1252);
    const std::string raw4 = "x" + twice + "y";
    CHECK(moj(raw4) == "x" + rsq + "y");
    tv::repair_offset_map map4(raw4, repair_flags::mojibake);
    CHECK(map4(1) == 1);
    CHECK(map4(3) == 1);
    CHECK(map4(1 + twice.size()) == 1 + rsq.size());
}

// ---------------------------------------------------------------------------
// Fast scan and allocation
// ---------------------------------------------------------------------------

TEST_CASE("scan: the special-byte search finds the first special byte") {
    std::mt19937 rng_(7);
    auto rng = [&] { return static_cast<unsigned>(rng_()); };
    std::string buf(300, 'x');
    for (int iter = 0; iter < 20000; ++iter) {
        for (char& c : buf) {
            const unsigned r = rng() % 100;
            c = r == 0 ? '&' : r == 1 ? static_cast<char>(0x80 + rng() % 128) : static_cast<char>('a' + r % 26);
        }
        const std::size_t off = rng() % 40, len = rng() % 260;
        const char* p = buf.data() + off;
        for (int mode = 0; mode < 4; ++mode) {
            const bool high = mode & 1, amp = mode & 2;
            const char* b = tv::detail::repair::find_special(p, p + len, high, amp);
            const char* ref = p + len;
            for (const char* q = p; q < p + len; ++q)
                if ((high && static_cast<unsigned char>(*q) >= 0x80) || (amp && *q == '&')) {
                    ref = q;
                    break;
                }
            CHECK(b == ref);
        }
    }
}

TEST_CASE("offset map: many queries inside one long run answer as a fresh map does") {
    // Fullwidth sigils and CJK are non-ASCII, so "＃日😀 " without the spaces is one long run:
    // an entity boundary inside it is a query inside the run. The map walks the run once for
    // queries in increasing order (and restarts for one that goes back).
    std::string author;
    for (int i = 0; i < 300; ++i) author += u8(0xFF03) + u8(0x65E5) + u8(0x1F600);
    const std::string raw = "x " + mojibake(author, page::macroman) + " y";
    REQUIRE(moj(raw) == "x " + author + " y");
    tv::repair_offset_map map(raw, repair_flags::mojibake);
    for (std::size_t i = 0; i <= raw.size(); i += 3) {
        tv::repair_offset_map fresh(raw, repair_flags::mojibake);
        CHECK(map(i) == fresh(i));
    }
    // Backwards, then forwards again.
    tv::repair_offset_map fresh(raw, repair_flags::mojibake);
    const std::size_t mid = raw.size() / 2;
    CHECK(map(mid) == fresh(mid));
    CHECK(map(raw.size()) == moj(raw).size());
}
