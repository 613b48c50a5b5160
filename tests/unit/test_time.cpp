// created_at parsing, the civil calendar, snowflake times.
// A 64-bit time_t on 32-bit glibc too (2.34 and later), so that timegm covers 1601..2400 there;
// must precede every include.
#ifndef _FILE_OFFSET_BITS
#define _FILE_OFFSET_BITS 64
#endif
#ifndef _TIME_BITS
#define _TIME_BITS 64
#endif
#include <doctest/doctest.h>

#include <tweetview/tweetview.hpp>

#include <cstdio>
#include <ctime>
#include <utility>
#include <string>

using namespace tweetview;

namespace {

// The C library's own UTC conversion, as an independent check, where it has one that holds the
// date: timegm, limited to 1902..2037 where time_t has 32 bits; on Windows _mkgmtime64, which
// covers 1970..3000. Returns false where there is none.
bool c_library_timegm(std::tm& tm, std::int64_t& out) {
#if defined(_WIN32)
    if (tm.tm_year < 70) return false;
    const __time64_t t = _mkgmtime64(&tm);
    if (t == -1) return false;
    out = static_cast<std::int64_t>(t);
    return true;
#else
    if (sizeof(std::time_t) < 8 && (tm.tm_year < 2 || tm.tm_year > 137)) return false;
    out = static_cast<std::int64_t>(timegm(&tm));
    return true;
#endif
}

}  // namespace

TEST_CASE("created_at: a real timestamp") {
    const time_result r = parse_created_at("Mon Aug 02 02:25:42 +0000 2021");
    REQUIRE(r);
    CHECK(r.time.unix_seconds == 1627871142);
    CHECK(r.time.utc_offset_minutes == 0);
    CHECK(r.time.local.year == 2021);
    CHECK(r.time.local.month == 8);
    CHECK(r.time.local.day == 2);
    CHECK(r.time.local.hour == 2);
    CHECK(r.time.local.minute == 25);
    CHECK(r.time.local.second == 42);
    CHECK(r.time.local.weekday == 1);
}

TEST_CASE("created_at: the written offset is applied") {
    const time_result plus = parse_created_at("Mon Aug 02 07:55:42 +0530 2021");
    REQUIRE(plus);
    CHECK(plus.time.unix_seconds == 1627871142);
    CHECK(plus.time.utc_offset_minutes == 330);
    CHECK(plus.time.local.hour == 7);
    const time_result minus = parse_created_at("Sun Aug 01 18:25:42 -0800 2021");
    REQUIRE(minus);
    CHECK(minus.time.unix_seconds == 1627871142);
    CHECK(minus.time.utc_offset_minutes == -480);
    const date_time u = utc(minus.time);
    CHECK(u.day == 2);
    CHECK(u.hour == 2);
}

TEST_CASE("created_at: each field is checked and the bad one is named") {
    struct bad {
        const char* text;
        time_errc ec;
        std::uint32_t where;
    };
    const bad cases[] = {
        {"Mun Aug 02 02:25:42 +0000 2021", time_errc::weekday, 0},
        {"mon Aug 02 02:25:42 +0000 2021", time_errc::weekday, 0},
        {"Mon Agu 02 02:25:42 +0000 2021", time_errc::month, 4},
        {"Mon Aug 2x 02:25:42 +0000 2021", time_errc::day, 8},
        {"Mon Aug 00 02:25:42 +0000 2021", time_errc::day, 8},
        {"Tue Aug 32 02:25:42 +0000 2021", time_errc::day, 8},
        {"Mon Aug 02 24:25:42 +0000 2021", time_errc::hour, 11},
        {"Mon Aug 02 02:60:42 +0000 2021", time_errc::minute, 14},
        {"Mon Aug 02 02:25:60 +0000 2021", time_errc::second, 17},
        {"Mon Aug 02 02:25:42 0000 2021", time_errc::offset, 20},
        {"Mon Aug 02 02:25:42 +0060 2021", time_errc::offset, 20},
        {"Mon Aug 02 02:25:42 +2400 2021", time_errc::offset, 20},
        {"Mon Aug 02 02:25:42 +0000 21", time_errc::year, 26},
        {"Mon Aug 02 02:25:42 +0000 20211", time_errc::syntax, 30},
        {"Mon  Aug 02 02:25:42 +0000 2021", time_errc::month, 4},
        {"Mon Aug 02 02-25:42 +0000 2021", time_errc::syntax, 13},
        {"Tue Aug 02 02:25:42 +0000 2021", time_errc::weekday_mismatch, 0},
        {"", time_errc::weekday, 0},
        {"Mon Aug 02 02:25:42 +0000 202", time_errc::year, 26},
    };
    for (const bad& b : cases) {
        CAPTURE(b.text);
        const time_result r = parse_created_at(b.text);
        CHECK_FALSE(r);
        CHECK(r.ec == b.ec);
        CHECK(r.where == b.where);
        CHECK(std::string(expected(r.ec)).size() > 5);
    }
}

TEST_CASE("created_at: February 29 only in leap years") {
    CHECK(parse_created_at("Tue Feb 29 12:00:00 +0000 2000"));  // divisible by 400
    CHECK(parse_created_at("Thu Feb 29 12:00:00 +0000 2024"));
    CHECK(parse_created_at("Sat Feb 29 12:00:00 +0000 2020"));
    CHECK(parse_created_at("Wed Feb 28 12:00:00 +0000 1900"));
    CHECK(parse_created_at("Thu Feb 29 12:00:00 +0000 1900").ec == time_errc::day);  // 1900 is not leap
    CHECK(parse_created_at("Wed Feb 29 12:00:00 +0000 2023").ec == time_errc::day);
    CHECK(parse_created_at("Mon Apr 31 12:00:00 +0000 2023").ec == time_errc::day);
    CHECK(parse_created_at("Sun Apr 30 12:00:00 +0000 2023"));
}

TEST_CASE("created_at: years 0000 and 9999 are four-digit years like any other") {
    const time_result y0 = parse_created_at("Sat Jan 01 00:00:00 +0000 0000");  // proleptic Gregorian
    REQUIRE(y0);
    CHECK(y0.time.unix_seconds == -62167219200);
    const time_result y9999 = parse_created_at("Fri Dec 31 23:59:59 +0000 9999");
    REQUIRE(y9999);
    CHECK(y9999.time.unix_seconds == 253402300799);
}

#if !defined(_WIN32)  // POSIX-only: the judge uses timegm over years 0000-9999 (Windows has no timegm)
namespace {
// An independent judge of "Www Mmm DD hh:mm:ss +hhmm YYYY": field by field, with timegm for the
// day count and the weekday. Sets the UTC seconds when the string is valid.
bool judge_created_at(const std::string& s, std::int64_t& seconds) {
    static const char* const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (s.size() != 30) return false;
    int wd = -1, mon = -1;
    for (int i = 0; i < 7; ++i) wd = s.compare(0, 3, weekdays[i]) == 0 ? i : wd;
    for (int i = 0; i < 12; ++i) mon = s.compare(4, 3, months[i]) == 0 ? i : mon;
    if (wd < 0 || mon < 0) return false;
    for (const int i : {3, 7, 10, 19, 25})
        if (s[static_cast<std::size_t>(i)] != ' ') return false;
    if (s[13] != ':' || s[16] != ':' || (s[20] != '+' && s[20] != '-')) return false;
    for (const int i : {8, 9, 11, 12, 14, 15, 17, 18, 21, 22, 23, 24, 26, 27, 28, 29})
        if (s[static_cast<std::size_t>(i)] < '0' || s[static_cast<std::size_t>(i)] > '9') return false;
    const auto num = [&s](std::size_t at, std::size_t n) { return std::stoi(s.substr(at, n)); };
    const int day = num(8, 2), hour = num(11, 2), minute = num(14, 2), second = num(17, 2);
    const int off_h = num(21, 2), off_m = num(23, 2), year = num(26, 4);
    if (hour > 23 || minute > 59 || second > 59 || off_h > 23 || off_m > 59 || day < 1) return false;
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = mon;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    const std::time_t t = timegm(&tm);
    if (tm.tm_mday != day || tm.tm_mon != mon || tm.tm_wday != wd) return false;  // (timegm normalises Feb 30)
    seconds = static_cast<std::int64_t>(t) - (s[20] == '-' ? -1 : 1) * (off_h * 3600 + off_m * 60);
    return true;
}
}  // namespace

TEST_CASE("created_at: every one-byte change of valid timestamps is accepted exactly when valid") {
    // The fast path (eight bytes at a time) and the field-by-field checks must accept the same
    // strings: each byte of each timestamp is set to each of the 256 values.
    const char* const valid[] = {"Mon Aug 02 02:25:42 +0000 2021", "Tue Feb 29 23:59:59 -2359 2000",
                                 "Sat Jan 01 00:00:00 +0000 0000", "Fri Dec 31 23:59:59 +0000 9999",
                                 "Thu Feb 28 12:00:00 +0530 1900", "Sun Nov 30 10:09:08 -0800 2014"};
    std::size_t accepted = 0;
    for (const char* v : valid) {
        for (std::size_t at = 0; at < 30; ++at) {
            for (int b = 0; b < 256; ++b) {
                std::string s = v;
                s[at] = static_cast<char>(b);
                std::int64_t want = 0;
                const bool ok = judge_created_at(s, want);
                const time_result r = parse_created_at(s);
                if (static_cast<bool>(r) != ok || (ok && r.time.unix_seconds != want)) {
                    CAPTURE(s);
                    CHECK(static_cast<bool>(r) == ok);
                    CHECK(r.time.unix_seconds == want);
                }
                accepted += ok;
            }
        }
    }
    CHECK(accepted > 6 * 30);  // each unchanged byte at least, and the digits that stay valid
}

#endif  // !_WIN32
TEST_CASE("civil calendar agrees with the C library over 800 years, and round-trips") {
    // timegm is an independent implementation; check every day from 1601 to 2400.
    std::int64_t prev_days = days_from_civil(1600, 12, 31);
    int c_library_checks = 0;
    for (int y = 1601; y <= 2400; ++y) {
        for (unsigned m = 1; m <= 12; ++m) {
            for (unsigned d = 1; d <= days_in_month(y, m); ++d) {
                const std::int64_t days = days_from_civil(y, m, d);
                REQUIRE(days == prev_days + 1);
                prev_days = days;
                const date_time back = civil_from_seconds(days * 86400 + 3723);
                REQUIRE(back.year == y);
                REQUIRE(back.month == m);
                REQUIRE(back.day == d);
                REQUIRE(back.hour == 1);
                REQUIRE(back.minute == 2);
                REQUIRE(back.second == 3);
                if (d == 1 && (y % 50) == 0) {
                    std::tm tm{};
                    tm.tm_year = y - 1900;
                    tm.tm_mon = static_cast<int>(m) - 1;
                    tm.tm_mday = static_cast<int>(d);
                    std::int64_t t = 0;
                    if (!c_library_timegm(tm, t)) continue;
                    ++c_library_checks;
                    CHECK(t == days * 86400);
                    CHECK(tm.tm_wday == back.weekday);
                }
            }
        }
    }
    MESSAGE("dates checked against the C library: " << c_library_checks);
    CHECK(c_library_checks >= 24);  // 1st of each month of every 50th year: 1950 and 2000 at the least
    CHECK(civil_from_seconds(-1).year == 1969);
    CHECK(civil_from_seconds(-1).second == 59);
    CHECK(civil_from_seconds(0).weekday == 4);
}

TEST_CASE("the parser's day count agrees with days_from_civil on every date of years 0000-9999") {
    // detail::shifted_days (both created_at paths' day count and weekday) against the calendar
    // functions checked above: every day's count, and the weekday civil_from_seconds gives.
    std::size_t checked = 0, failed = 0;
    for (unsigned y = 0; y <= 9999; ++y) {
        for (unsigned m = 1; m <= 12; ++m) {
            for (unsigned d = 1; d <= days_in_month(y, m); ++d) {
                const std::int64_t want = days_from_civil(y, m, d);
                const unsigned got = tweetview::detail::shifted_days(y, m, d);
                const int weekday = static_cast<int>((got + 3u) % 7u);
                ++checked;
                if (static_cast<std::int64_t>(got) - tweetview::detail::shifted_epoch != want ||
                    weekday != civil_from_seconds(want * 86400).weekday) {
                    if (failed++ < 5) {
                        CAPTURE(y);
                        CAPTURE(m);
                        CAPTURE(d);
                        CHECK(static_cast<std::int64_t>(got) - tweetview::detail::shifted_epoch == want);
                        CHECK(weekday == civil_from_seconds(want * 86400).weekday);
                    }
                }
            }
        }
    }
    CHECK(failed == 0);
    CHECK(checked == 3652425);  // 10,000 years of 365.2425 days
}

TEST_CASE("created_at: every day of 1,200 years, each time field at its limits, the weekday and day checked") {
    // Every date of 0000-0400 and 1600-2400 written as Twitter writes it, with the weekday the
    // calendar gives (days_from_civil, checked against the C library above): accepted, at the
    // right second; with the next weekday, or as the day after the month's last: refused.
    static const char* const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    struct clock {
        int h, m, s, oh, om;
        char sign;
    };
    const clock clocks[] = {{0, 0, 0, 0, 0, '+'}, {23, 59, 59, 23, 59, '-'}, {12, 30, 1, 5, 30, '+'},
                            {9, 9, 9, 10, 0, '-'}};
    std::size_t checked = 0, failed = 0;
    char buf[64];
    for (const auto& [first, last] : {std::pair<int, int>{0, 400}, std::pair<int, int>{1600, 2400}}) {
        for (int y = first; y <= last; ++y) {
            for (unsigned m = 1; m <= 12; ++m) {
                const unsigned dim = days_in_month(y, m);
                for (unsigned d = 1; d <= dim + 1; ++d) {
                    const std::int64_t days = days_from_civil(y, m, d <= dim ? d : dim);
                    const int wd = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
                    const clock& c = clocks[(static_cast<unsigned>(y) + m + d) % 4];
                    for (const int shift : {0, 1}) {
                        std::snprintf(buf, sizeof buf, "%s %s %02u %02d:%02d:%02d %c%02d%02d %04d",
                                      weekdays[(wd + shift + (d > dim)) % 7], months[m - 1], d, c.h, c.m, c.s,
                                      c.sign, c.oh, c.om, y);
                        const time_result r = parse_created_at(buf);
                        const bool valid = d <= dim && shift == 0;
                        const std::int64_t off = (c.sign == '-' ? -1 : 1) * (c.oh * 3600 + c.om * 60);
                        const std::int64_t want = days * 86400 + c.h * 3600 + c.m * 60 + c.s - off;
                        ++checked;
                        if (static_cast<bool>(r) != valid || (valid && r.time.unix_seconds != want)) {
                            if (failed++ < 5) {
                                CAPTURE(buf);
                                CHECK(static_cast<bool>(r) == valid);
                                CHECK(r.time.unix_seconds == want);
                            }
                        }
                    }
                }
            }
        }
    }
    CHECK(failed == 0);
    CHECK(checked > 2 * 366 * 1200);
}

TEST_CASE("snowflake ids carry their time") {
    // 1422020754267324418 was created_at Mon Aug 02 02:25:42 +0000 2021 (1627871142).
    const std::uint64_t id = 1422020754267324418ull;
    CHECK(is_snowflake(id));
    const std::int64_t ms = snowflake_ms(id);
    CHECK(ms / 1000 == 1627871142);
    CHECK(snowflake_agrees(id, 1627871142));
    CHECK_FALSE(snowflake_agrees(id, 1627871142 + 5));
    CHECK_FALSE(snowflake_agrees(id, 1627871142 - 5));
    // Sequential ids of 2008 carry no time and agree with anything.
    CHECK_FALSE(is_snowflake(821468801));
    CHECK(snowflake_ms(821468801) == -1);
    CHECK(snowflake_agrees(821468801, 0));
}
