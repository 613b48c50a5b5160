// Every input placed right before a PROT_NONE page (PAGE_NOACCESS on Windows): reading one byte
// past the end crashes.
#include <doctest/doctest.h>

#include "../support.hpp"

#include <cstring>
#include <string>

#if defined(_WIN32)
#include <windows.h>
#else
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace tweetview;

namespace {

// Two pages; the second is inaccessible. place() copies bytes so they end at the boundary.
class guarded {
public:
#if defined(_WIN32)
    guarded() {
        SYSTEM_INFO si;
        ::GetSystemInfo(&si);
        page_ = si.dwPageSize;
        size_ = page_ * 64;
        void* m = ::VirtualAlloc(nullptr, size_ + page_, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
        REQUIRE(m != nullptr);
        base_ = static_cast<char*>(m);
        DWORD old = 0;
        REQUIRE(::VirtualProtect(base_ + size_, page_, PAGE_NOACCESS, &old) != 0);
    }
    ~guarded() { ::VirtualFree(base_, 0, MEM_RELEASE); }
#else
    guarded() {
        page_ = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        size_ = page_ * 64;
        void* m = ::mmap(nullptr, size_ + page_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        REQUIRE(m != MAP_FAILED);
        base_ = static_cast<char*>(m);
        REQUIRE(::mprotect(base_ + size_, page_, PROT_NONE) == 0);
    }
    ~guarded() { ::munmap(base_, size_ + page_); }
#endif
    std::string_view place(std::string_view s) {
        REQUIRE(s.size() <= size_);
        char* at = base_ + size_ - s.size();
        std::memcpy(at, s.data(), s.size());
        return {at, s.size()};
    }

private:
    char* base_ = nullptr;
    std::size_t page_ = 0, size_ = 0;
};

std::string footer() {
    return "(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1422020754267324418))";
}

}  // namespace

TEST_CASE("no over-read: every prefix of records, at and not at end of input") {
    guarded g;
    const std::string full = "\xEF\xBB\xBF" "a\n\n" + footer() + "\n----\nb\r\n\r\n" + footer() + "\n\n----\n\n" +
                             "c\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 202" + "\n\n" + footer() + "\n--\n";
    std::uint64_t records_seen = 0;
    for (std::size_t n = 0; n <= full.size(); ++n) {
        const std::string_view in = g.place(std::string_view(full).substr(0, n));
        for (const record& r : records(in)) records_seen += r.size() > 0;
        for (bool eof : {false, true}) {
            const parse_result r = parse_record(in, parse_options{}, parse_position{}, eof);
            CHECK(r.consumed <= in.size());
        }
        // Start mid-input too (not at offset 0: no BOM handling).
        for (std::size_t from = 0; from < n; from += 7) {
            parse_position p;
            p.offset = 1;
            (void)parse_record(in.substr(from), parse_options{}, p, true);
        }
    }
    CHECK(records_seen > 0);
}

TEST_CASE("no over-read: scanners, UTF-8 decoding and timestamps") {
    guarded g;
    const std::string bytes = "ab\ncd\n\nxyz\r\n\r\n\xF0\x9F\xA4\xA3\xE2\x82\xAC\xC3" "0123456789abcdef0123456789";
    for (std::size_t n = 0; n <= bytes.size(); ++n) {
        const std::string_view in = g.place(std::string_view(bytes).substr(0, n));
        const char* b = in.data();
        const char* e = b + in.size();
        CHECK(detail::find_pair(b, e, '\n', '\n') <= e);
        CHECK(detail::find_pair(b, e, '\n', '\r') <= e);
        CHECK(detail::count_byte(b, e, '\n') <= n);
        CHECK(detail::find_byte(b, e, '\n') <= e);
        CHECK(validate_utf8(in).error_offset <= n);
        for (const char* p = b; p < e;) p += decode_utf8(p, e).length;
    }
    const std::string ts = "Mon Aug 02 02:25:42 +0000 2021";
    for (std::size_t n = 0; n <= ts.size(); ++n) {
        const std::string_view in = g.place(std::string_view(ts).substr(0, n));
        CHECK(parse_created_at(in).ec == (n == ts.size() ? time_errc::ok : parse_created_at(in).ec));
    }
}
