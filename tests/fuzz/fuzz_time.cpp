// Fuzz harness: parse_created_at.
// 1. On the raw input (in a buffer of exactly its size, so ASan sees any read past it): if it
//    parses, formatting the fields again gives back the input byte for byte, the UTC seconds and
//    the offset give back the local fields, and the calendar functions agree.
// 2. On a timestamp built from the input's first bytes (mostly valid, so the success path is
//    exercised hard): it parses exactly when an independent check of the fields says it should,
//    with the same seconds as an independent day count, and fails at the field the order of
//    checks predicts.
#include <tweetview/tweetview.hpp>

#include "fuzz_check.hpp"

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

using namespace tweetview;

namespace {

const char* const weekday_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// "Www Mmm DD hh:mm:ss +hhmm YYYY" from fields. `sign` is written as given ('+' or '-').
std::string format_created_at(const date_time& d, char sign, unsigned off_h, unsigned off_m) {
    char buf[64];
    const int len = std::snprintf(buf, sizeof buf, "%s %s %02u %02u:%02u:%02u %c%02u%02u %04d",
                                  d.weekday < 7 ? weekday_names[d.weekday] : "???",
                                  d.month >= 1 && d.month <= 12 ? month_names[d.month - 1] : "???",
                                  unsigned{d.day}, unsigned{d.hour}, unsigned{d.minute}, unsigned{d.second}, sign,
                                  off_h, off_m, static_cast<int>(d.year));
    return std::string(buf, len > 0 ? static_cast<std::size_t>(len) : 0);
}

bool same_fields(const date_time& a, const date_time& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour && a.minute == b.minute &&
           a.second == b.second && a.weekday == b.weekday;
}

// Independent calendar: leap years, month lengths, days since 0000-01-01 by summing.
bool my_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
unsigned my_month_days(long y, unsigned m) {
    static const unsigned len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && my_leap(y) ? 29 : len[m - 1];
}
// Days from 0000-01-01 to y-m-d: whole years by formula over [0, y), then months.
long my_days_since_year0(long y, unsigned m, unsigned d) {
    long days = y * 365 + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;  // leap years in [0, y)
    for (unsigned i = 1; i < m; ++i) days += static_cast<long>(my_month_days(y, i));
    return days + static_cast<long>(d) - 1;
}
constexpr long days_0000_to_1970 = 719528;  // 1970-01-01 counted from 0000-01-01
// 0000-01-01 was a Saturday (6) in the proleptic Gregorian calendar.
unsigned my_weekday(long y, unsigned m, unsigned d) { return static_cast<unsigned>((my_days_since_year0(y, m, d) + 6) % 7); }

void check_raw(const std::uint8_t* data, std::size_t size) {
    std::unique_ptr<char[]> owned(new char[size ? size : 1]);
    if (size) std::memcpy(owned.get(), data, size);
    const std::string_view s(owned.get(), size);
    const time_result r = parse_created_at(s);
    FUZZ_CHECK(expected(r.ec) != nullptr);
    if (!r) {
        FUZZ_CHECK(r.ec != time_errc::ok);
        FUZZ_CHECK(r.where <= s.size());
        return;
    }
    FUZZ_CHECK(s.size() == 30);
    const tweet_time& t = r.time;
    const int off = t.utc_offset_minutes;
    FUZZ_CHECK(off > -24 * 60 && off < 24 * 60);
    const unsigned aoff = static_cast<unsigned>(off < 0 ? -off : off);
    // "-0000" and "+0000" both mean offset 0: the sign is then not in the fields, take it from s.
    const char sign = off < 0 ? '-' : off > 0 ? '+' : s[20];
    const std::string again = format_created_at(t.local, sign, aoff / 60, aoff % 60);
    FUZZ_CHECK_MSG(again == s, again.c_str());
    // Local fields = UTC seconds shifted by the offset.
    FUZZ_CHECK(same_fields(civil_from_seconds(t.unix_seconds + static_cast<std::int64_t>(off) * 60), t.local));
    // And the calendar functions agree with each other and with the independent count.
    const date_time& d = t.local;
    FUZZ_CHECK(is_leap_year(d.year) == my_leap(d.year));
    FUZZ_CHECK(days_in_month(d.year, d.month) == my_month_days(d.year, d.month));
    const std::int64_t days = days_from_civil(d.year, d.month, d.day);
    FUZZ_CHECK(days == my_days_since_year0(d.year, d.month, d.day) - days_0000_to_1970);
    FUZZ_CHECK(t.unix_seconds == days * 86400 + d.hour * 3600 + d.minute * 60 + d.second - std::int64_t{off} * 60);
    FUZZ_CHECK(d.weekday == my_weekday(d.year, d.month, d.day));
    FUZZ_CHECK(same_fields(utc(t), civil_from_seconds(t.unix_seconds)));
}

void check_built(const std::uint8_t* p, std::size_t size) {
    if (size < 12) return;
    const long year = ((long{p[0]} << 8) | p[1]) % 10000;
    const unsigned month = p[2] % 14u;  // 0 and 13: no such month (written as "???")
    const unsigned day = p[3] % 33u, hour = p[4] % 26u, minute = p[5] % 62u, second = p[6] % 62u;
    const unsigned off_h = p[7] % 26u, off_m = p[8] % 62u;
    const char sign = (p[9] & 1) ? '-' : '+';
    const bool month_ok = month >= 1 && month <= 12;
    const bool day_ok = month_ok && day >= 1 && day <= my_month_days(year, month);
    const unsigned right_wd = day_ok ? my_weekday(year, month, day) : 0;
    const unsigned wd = p[10] < 200 ? right_wd : p[10] % 7u;
    date_time d{static_cast<std::int32_t>(year), static_cast<std::uint8_t>(month), static_cast<std::uint8_t>(day),
                static_cast<std::uint8_t>(hour), static_cast<std::uint8_t>(minute), static_cast<std::uint8_t>(second),
                static_cast<std::uint8_t>(wd)};
    const std::string s = format_created_at(d, sign, off_h, off_m);
    FUZZ_CHECK(s.size() == 30);
    const time_result r = parse_created_at(s);
    // parse_created_at checks in this order: names and syntax, hour, minute, second, offset, day,
    // then the weekday.
    time_errc want = time_errc::ok;
    if (!month_ok) want = time_errc::month;
    else if (hour > 23) want = time_errc::hour;
    else if (minute > 59) want = time_errc::minute;
    else if (second > 59) want = time_errc::second;
    else if (off_h > 23 || off_m > 59) want = time_errc::offset;
    else if (!day_ok) want = time_errc::day;
    else if (wd != right_wd) want = time_errc::weekday_mismatch;
    FUZZ_CHECK_MSG(r.ec == want, s.c_str());
    if (!r) return;
    const std::int64_t off = (sign == '-' ? -1 : 1) * static_cast<std::int64_t>(off_h * 60 + off_m);
    FUZZ_CHECK(r.time.utc_offset_minutes == off);
    const std::int64_t secs = (my_days_since_year0(year, month, day) - days_0000_to_1970) * 86400 + hour * 3600 +
                              minute * 60 + second - off * 60;
    FUZZ_CHECK_MSG(r.time.unix_seconds == secs, s.c_str());
    FUZZ_CHECK(same_fields(r.time.local, d));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    check_raw(data, size);
    check_built(data, size);
    return 0;
}
