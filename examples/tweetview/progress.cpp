// The progress line: bytes done, total, MB/s and time left on stderr, for long runs at a terminal.
#include "tool.hpp"

#include <ctime>

#include <unistd.h>

namespace tool {

namespace {

constexpr std::uint64_t min_total = std::uint64_t{64} << 20;  // smaller inputs take well under a second
constexpr double redraw_seconds = 0.1;                         // at most ten redraws a second

bool drawn = false;  // a progress line is on the terminal now

double now_seconds() {
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

void put(const char* s, std::size_t n) {
    while (n > 0) {
        const ssize_t w = ::write(2, s, n);
        if (w <= 0) return;  // a progress line is not worth retrying for
        s += w;
        n -= static_cast<std::size_t>(w);
    }
}

}  // namespace

void clear_progress_line() {
    if (!drawn) return;
    put("\r\033[K", 4);
    drawn = false;
}

progress::progress(std::uint64_t total, bool enabled) : total_(total) {
    on_ = enabled && total > min_total && ::isatty(2) == 1;
    if (on_) start_ = last_draw_ = now_seconds();
}

progress::~progress() { finish(); }

void progress::advance(std::uint64_t bytes) {
    if (!on_) return;
    done_ += bytes;
    const double now = now_seconds();
    if (now - last_draw_ < redraw_seconds) return;
    last_draw_ = now;
    const double elapsed = now - start_;
    const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;  // bytes a second
    const std::uint64_t left_bytes = done_ < total_ ? total_ - done_ : 0;
    const auto left = static_cast<unsigned long long>(rate > 0 ? static_cast<double>(left_bytes) / rate + 0.5 : 0);
    char line[160];
    const int n = std::snprintf(line, sizeof line, "\rtweetview: %.1f of %.1f MB (%2.0f%%), %.0f MB/s, %llu:%02llu left\033[K",
                                static_cast<double>(done_) / 1e6, static_cast<double>(total_) / 1e6,
                                100.0 * static_cast<double>(done_) / static_cast<double>(total_), rate / 1e6, left / 60,
                                left % 60);
    if (n > 0) put(line, static_cast<std::size_t>(n) < sizeof line ? static_cast<std::size_t>(n) : sizeof line - 1);
    drawn = true;
}

void progress::finish() {
    if (!on_) return;
    clear_progress_line();
    on_ = false;
}

}  // namespace tool
