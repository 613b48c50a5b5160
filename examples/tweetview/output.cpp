// Buffered stdout, written at record boundaries.
#include "tool.hpp"

#include <cerrno>

#include <unistd.h>

namespace tool {

bool stdout_writer::flush() {
    static const bool same_terminal = ::isatty(1) == 1 && ::isatty(2) == 1;
    if (same_terminal && !buf_.empty()) clear_progress_line();  // output lines must not land on it
    const char* p = buf_.data();
    std::size_t n = gone_ ? 0 : buf_.size();
    while (n > 0) {
        const ssize_t w = ::write(1, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
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
