// Walking the inputs: files, directories (their *.md files in name order) and stdin.
#include "tool.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tool {

namespace {

void io_fail(totals& t, const std::string& what, int err) {
    std::fprintf(stderr, "tweetview: %s: %s\n", what.c_str(), std::strerror(err));
    t.io_error = true;
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::vector<input> expand_inputs(const std::vector<std::string>& operands, totals& t) {
    std::vector<input> out;
    for (const std::string& op : operands) {
        if (op == "-") {
            out.push_back({op, "<stdin>"});
            continue;
        }
        struct stat st {};
        if (::stat(op.c_str(), &st) != 0) {
            io_fail(t, op, errno);
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            out.push_back({op, op});
            continue;
        }
        DIR* d = ::opendir(op.c_str());
        if (!d) {
            io_fail(t, op, errno);
            continue;
        }
        std::vector<std::string> names;
        while (const dirent* e = ::readdir(d)) {
            std::string name = e->d_name;
            if (name[0] != '.' && ends_with(name, ".md")) names.push_back(name);
        }
        ::closedir(d);
        std::sort(names.begin(), names.end());
        const std::string dir = ends_with(op, "/") ? op : op + "/";
        for (const std::string& n : names) out.push_back({dir + n, dir + n});
    }
    return out;
}

void print_error(const input& in, const tweetview::error& e) {
    std::fprintf(stderr, "%s:%llu:%llu: error: %s: expected %s\n", in.display.c_str(),
                 static_cast<unsigned long long>(e.line), static_cast<unsigned long long>(e.column), e.message(),
                 e.expected);
}

bool for_each_record(const std::vector<input>& inputs, std::size_t chunk_size, totals& t,
                     const record_callback& on_record) {
    std::vector<char> buf(chunk_size);
    for (const input& in : inputs) {
        const bool is_stdin = in.path == "-";
        const int fd = is_stdin ? 0 : ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            io_fail(t, in.display, errno);
            continue;
        }
        ++t.files;
        tweetview::stream s;
        bool go = true;
        auto cb = [&](const tweetview::record& r) {
            if (r.is_tweet()) ++t.tweets;
            else if (r.is_error()) {
                ++t.errors;
                print_error(in, r.error);
            }
            go = on_record(in, r);
            return go;
        };
        for (;;) {
            const ssize_t n = ::read(fd, buf.data(), buf.size());
            if (n < 0) {
                if (errno == EINTR) continue;
                io_fail(t, in.display, errno);
                break;
            }
            if (n == 0) break;
            t.bytes += static_cast<std::uint64_t>(n);
            if (s.feed(std::string_view(buf.data(), static_cast<std::size_t>(n)), cb) == tweetview::feed_status::stopped) break;
        }
        if (go) (void)s.finish(cb);
        if (!is_stdin) ::close(fd);
        if (!go) return false;
    }
    return true;
}

bool stdout_writer::flush() {
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

bool parse_size(std::string_view text, std::size_t& out) {
    if (text.empty() || text.size() > 12) return false;
    std::size_t v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + static_cast<std::size_t>(c - '0');
    }
    if (v == 0) return false;
    out = v;
    return true;
}

}  // namespace tool

namespace tool {

int parse_command_line(const char* cmd, const std::vector<std::string>& args, const char* help,
                       std::initializer_list<flag_option> flags, std::initializer_list<value_option> values,
                       command_line& out) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            std::fputs(help, stdout);
            return exit_clean;
        }
        if (a.size() < 2 || a[0] != '-') {
            out.operands.push_back(a);
            continue;
        }
        bool known = false;
        for (const flag_option& f : flags) {
            if (a == f.name) {
                *f.value = true;
                known = true;
            }
        }
        const bool sized = a == "--chunk-size";
        const value_option* v = nullptr;
        for (const value_option& o : values) {
            if (a == o.name) v = &o;
        }
        if (known) continue;
        if (!sized && !v) {
            std::fprintf(stderr, "tweetview %s: unknown option '%s' (see tweetview %s --help)\n", cmd, a.c_str(), cmd);
            return exit_usage;
        }
        if (i + 1 >= args.size()) {
            std::fprintf(stderr, "tweetview %s: %s needs a value (see tweetview %s --help)\n", cmd, a.c_str(), cmd);
            return exit_usage;
        }
        const std::string& value = args[++i];
        if (v) {
            *v->value = value;
        } else if (!parse_size(value, out.chunk_size)) {
            std::fprintf(stderr, "tweetview %s: --chunk-size needs a positive number of bytes, not '%s'\n", cmd,
                         value.c_str());
            return exit_usage;
        }
    }
    if (out.operands.empty()) {
        std::fprintf(stderr, "tweetview %s: no input (see tweetview %s --help)\n", cmd, cmd);
        return exit_usage;
    }
    return -1;
}

}  // namespace tool
