// The command line: options every subcommand takes, the ones it declares, sizes and dates.
#include "tool.hpp"

namespace tool {

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

namespace {

// Exactly n digits at text[at...]; advances `at`.
bool digits(std::string_view text, std::size_t& at, std::size_t n, unsigned& out) {
    if (text.size() - at < n) return false;
    unsigned v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + static_cast<unsigned>(c - '0');
    }
    at += n;
    out = v;
    return true;
}

bool take(std::string_view text, std::size_t& at, char c) {
    if (at < text.size() && text[at] == c) {
        ++at;
        return true;
    }
    return false;
}

}  // namespace

bool parse_instant(std::string_view text, std::int64_t& unix_seconds) {
    std::size_t at = 0;
    unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, at, 4, year) || !take(text, at, '-') || !digits(text, at, 2, month) || !take(text, at, '-') ||
        !digits(text, at, 2, day))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > tweetview::days_in_month(year, month)) return false;
    std::int64_t offset_minutes = 0;
    bool round_up = false;
    if (at < text.size()) {
        if (!take(text, at, 'T') && !take(text, at, 't') && !take(text, at, ' ')) return false;
        if (!digits(text, at, 2, hour) || !take(text, at, ':') || !digits(text, at, 2, minute)) return false;
        const bool with_seconds = take(text, at, ':');
        if (with_seconds && !digits(text, at, 2, second)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        // A fraction of a second: tweet times are whole seconds, so an instant inside a second
        // counts from the next one (for --since, at or after it; for --until, before it).
        if (with_seconds && (take(text, at, '.') || take(text, at, ','))) {
            bool any = false, nonzero = false;
            while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
                nonzero = nonzero || text[at] != '0';
                any = true;
                ++at;
            }
            if (!any) return false;
            if (nonzero) round_up = true;
        }
        if (take(text, at, 'Z') || take(text, at, 'z')) {
        } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
            const bool minus = text[at++] == '-';
            unsigned oh = 0, om = 0;
            if (!digits(text, at, 2, oh)) return false;
            (void)take(text, at, ':');
            if (!digits(text, at, 2, om) || oh > 23 || om > 59) return false;
            offset_minutes = (minus ? -1 : 1) * static_cast<std::int64_t>(oh * 60 + om);
        }
        if (at != text.size()) return false;
    }
    unix_seconds = tweetview::days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
                   offset_minutes * 60 + (round_up ? 1 : 0);
    return true;
}

int parse_command_line(const char* cmd, const std::vector<std::string>& args, const char* help,
                       std::initializer_list<flag_option> flags, std::initializer_list<value_option> values,
                       command_line& out) {
    std::vector<const value_option*> given;
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
        if (a == "--") {  // everything after it is an operand
            out.operands.insert(out.operands.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
            break;
        }
        if (a == "--quiet") {
            out.quiet = true;
            continue;
        }
        if (a == "--no-mmap") {
            out.no_mmap = true;
            continue;
        }
        if (a == "--mmap") {
            out.force_mmap = true;
            continue;
        }
        if (a == "-j" || a == "--jobs" || a == "--split") {
            if (i + 1 >= args.size()) {
                std::fprintf(stderr, "tweetview %s: %s needs a value (see tweetview %s --help)\n", cmd, a.c_str(), cmd);
                return exit_usage;
            }
            const std::string& value = args[++i];
            std::size_t n = 0, k = 0;
            const std::size_t slash = value.find('/');
            if (a != "--split" ? (!parse_size(value, n) || n > 256)
                               : (slash == std::string::npos || !parse_size(std::string_view(value).substr(0, slash), k) ||
                                  !parse_size(std::string_view(value).substr(slash + 1), n) || k > n)) {
                std::fprintf(stderr, "tweetview %s: %s needs %s, not '%s'\n", cmd, a.c_str(),
                             a == "--split" ? "I/N with 1 <= I <= N" : "a number of threads from 1 to 256", value.c_str());
                return exit_usage;
            }
            if (a == "--split") {
                out.split_index = static_cast<unsigned>(k);
                out.split_count = static_cast<unsigned>(n);
            } else {
                out.jobs = static_cast<unsigned>(n);
            }
            continue;
        }
        bool known = false;
        for (const flag_option& f : flags) {
            if (a == f.name) {
                *f.value = true;
                known = true;
            }
        }
        if (known) continue;
        const bool sized = a == "--chunk-size";
        const value_option* v = nullptr;
        for (const value_option& o : values) {
            if (a == o.name) v = &o;
        }
        if (!sized && !v) {
            std::fprintf(stderr, "tweetview %s: unknown option '%s' (see tweetview %s --help)\n", cmd, a.c_str(), cmd);
            return exit_usage;
        }
        if (i + 1 >= args.size()) {
            std::fprintf(stderr, "tweetview %s: %s needs a value (see tweetview %s --help)\n", cmd, a.c_str(), cmd);
            return exit_usage;
        }
        const std::string& value = args[++i];
        if (v && v->list) {
            v->list->push_back(value);
        } else if (v) {
            for (const value_option* g : given) {
                if (g == v) {
                    std::fprintf(stderr, "tweetview %s: %s given twice\n", cmd, a.c_str());
                    return exit_usage;
                }
            }
            given.push_back(v);
            *v->value = value;
        } else if (!parse_size(value, out.chunk_size)) {
            std::fprintf(stderr, "tweetview %s: --chunk-size needs a positive number of bytes, not '%s'\n", cmd,
                         value.c_str());
            return exit_usage;
        }
    }
    if (out.no_mmap && out.force_mmap) {
        std::fprintf(stderr, "tweetview %s: --mmap and --no-mmap contradict each other\n", cmd);
        return exit_usage;
    }
    if (out.operands.empty()) {
        std::fprintf(stderr, "tweetview %s: no input (see tweetview %s --help)\n", cmd, cmd);
        return exit_usage;
    }
    return -1;
}

}  // namespace tool
