// Buffered stdout, written at record boundaries in large blocks; the byte buffer it fills.
#include "tool.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace tool {

namespace {
bool stdout_failed = false;  // a write to stdout failed for another reason than a reader gone

void stdout_error(int err) {
    if (stdout_failed) return;
    stdout_failed = true;
    clear_progress_line();
    std::fprintf(stderr, "tweetview: writing to stdout: %s\n", std::strerror(err));
}
}  // namespace

int finish_stdout(int status) {
    errno = 0;
    if (std::fflush(stdout) != 0 && errno != EPIPE) stdout_error(errno);
    return stdout_failed ? exit_usage : status;
}

void byte_buffer::grow(std::size_t n) {
    std::size_t cap = cap_ < 4096 ? 4096 : cap_ * 2;
    if (cap - size_ < n) cap = size_ + n;
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (size_) std::memcpy(bigger.get(), data_.get(), size_);
    data_.swap(bigger);
    cap_ = cap;
}

bool stdout_writer::flush() {
    static const bool same_terminal = ::isatty(1) == 1 && ::isatty(2) == 1;
    if (same_terminal && !buf_.empty()) clear_progress_line();  // output lines must not land on it
    const char* p = buf_.data();
    std::size_t n = gone_ ? 0 : buf_.size();
    while (n > 0) {
        const ssize_t w = ::write(1, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            if (errno != EPIPE) stdout_error(errno);  // a reader that went away ends us quietly
            gone_ = true;
            break;
        }
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    buf_.clear();
    return !gone_;
}

}  // namespace tool
