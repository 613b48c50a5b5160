// Twitter's own archive: data/tweets.js (tweet.js, tweets-part*.js in other years), read with simdjson's
// On-Demand API. Each tweet becomes the record twitter-archive-parser (its last version, 66f511b: flavour
// F11) writes for it, made in a buffer that is reused, parsed by the library like any other record and
// handed to the command. So every command reads an archive, and `convert --to F11` writes what the
// parser writes (without its sorting by time and its monthly files: tweets stay in the archive's order).
#include "tool.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tool {

namespace {

namespace od = simdjson::ondemand;

std::string dir_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash == 0 ? 1 : slash);
}

std::string_view base_name(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool is_file(const std::string& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

struct line_col {
    std::uint64_t line, column;
};
// 1-based line and byte column of `at` in `all`, from byte `from` on line `from_line`, which
// starts at `line_start`.
line_col locate(std::string_view all, std::size_t from, std::uint64_t from_line, std::size_t line_start, std::size_t at) {
    line_col lc{from_line, 1};
    for (std::size_t i = from; i < at && i < all.size(); ++i) {
        if (all[i] == '\n') ++lc.line, line_start = i + 1;
    }
    lc.column = at - line_start + 1;
    return lc;
}

void say_error(const input& in, line_col at, const char* what, std::string_view detail = "") {
    clear_progress_line();
    std::fprintf(stderr, "%s:%llu:%llu: error: %s%.*s\n", in.display.c_str(), static_cast<unsigned long long>(at.line),
                 static_cast<unsigned long long>(at.column), what, static_cast<int>(detail.size()), detail.data());
}

// Python's escape_markdown, as twitter-archive-parser (F10 and later) applies it: the library's
// escape_markdown, written through a pointer into room for the most it can be.
void escape_md(std::string_view s, std::string& out) {
    const std::size_t at = out.size();
    out.resize(at + tweetview::escape_markdown_bound(s.size()));
    out.resize(at + tweetview::escape_markdown(s, out.data() + at));
}

// s with every `from` replaced by `to` (Python's str.replace), through `tmp`.
void replace_all(std::string& s, std::string_view from, std::string_view to, std::string& tmp) {
    if (from.empty() || s.find(from) == std::string::npos) return;
    tmp.clear();
    std::size_t at = 0;
    for (std::size_t hit; (hit = s.find(from, at)) != std::string::npos; at = hit + from.size()) {
        tmp.append(s, at, hit - at);
        tmp += to;
    }
    tmp.append(s, at, std::string::npos);
    s.swap(tmp);
}

// [0-9A-Za-z_]
bool is_name_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

// The length of the line break at s[i] as Python's str.splitlines knows them (0: none).
std::size_t line_break_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\r') return i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e) return 1;
    if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) return 2;  // U+0085
    if (c == 0xe2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xa8 || static_cast<unsigned char>(s[i + 2]) == 0xa9))
        return 3;  // U+2028, U+2029
    return 0;
}

// The first bytes of the line breaks line_break_at knows.
constexpr auto may_start_line_break = [] {
    std::array<bool, 256> t{};
    for (const int c : {0x0d, 0x0a, 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0xc2, 0xe2}) t[static_cast<std::size_t>(c)] = true;
    return t;
}();

// From `i` on, the first byte that may start a line break: a control character or a byte >= 0x80
// (the rest cannot), looked for eight bytes at a time. s.size() if none.
std::size_t skip_no_line_break(std::string_view s, std::size_t i) {
    constexpr std::uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        if (((x - 0x20 * ones) | x) & high) break;  // some byte < 0x20 or >= 0x80 (or a false alarm)
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) >= 0x20 && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

// The media folder beside the tweets file (tweets_media, or tweet_media in older archives): its
// names in directory order, read once when a tweet first needs them.
class media_folder {
public:
    explicit media_folder(std::string data_dir) : data_dir_(std::move(data_dir)) {}
    // Whether the folder holds the file `name`.
    bool has(std::string_view name) {
        load();
        return std::binary_search(sorted_.begin(), sorted_.end(), name,
                                  [this](const auto& a, const auto& b) { return view(a) < view(b); });
    }
    // The names that start with `prefix`, in directory order (Python's glob).
    void starting_with(std::string_view prefix, std::vector<std::string_view>& out) {
        load();
        out.clear();
        auto it = std::lower_bound(sorted_.begin(), sorted_.end(), prefix,
                                   [this](std::size_t a, std::string_view p) { return names_[a] < p; });
        std::vector<std::size_t> hits;
        for (; it != sorted_.end() && names_[*it].compare(0, prefix.size(), prefix) == 0; ++it) hits.push_back(*it);
        std::sort(hits.begin(), hits.end());
        for (const std::size_t k : hits) out.push_back(names_[k]);
    }

private:
    std::string_view view(std::size_t k) const { return names_[k]; }
    std::string_view view(std::string_view s) const { return s; }
    void load() {
        if (loaded_) return;
        loaded_ = true;
        for (const char* sub : {"/tweets_media", "/tweet_media"}) {
            const std::string dir = data_dir_ + sub;
            DIR* d = ::opendir(dir.c_str());
            if (!d) continue;
            while (const dirent* e = ::readdir(d)) {
                if (e->d_name[0] == '.') continue;
                if (!is_file(dir + "/" + e->d_name)) continue;
                names_.emplace_back(e->d_name);
            }
            ::closedir(d);
            break;
        }
        sorted_.resize(names_.size());
        for (std::size_t k = 0; k < sorted_.size(); ++k) sorted_[k] = k;
        std::sort(sorted_.begin(), sorted_.end(), [this](std::size_t a, std::size_t b) { return names_[a] < names_[b]; });
    }
    std::string data_dir_;
    std::vector<std::string> names_;
    std::vector<std::size_t> sorted_;  // indices into names_, by name
    bool loaded_ = false;
};

// What twitter-archive-parser reads of a tweet (views into the parser's string buffer or the
// file). A key that is absent and one whose value is null differ, as they do in Python.
struct tweet_fields {
    std::string_view id_str, created_at, full_text;
    const char* id_at = nullptr;  // where the values start in the file, for messages
    const char* created_at_at = nullptr;
    bool has_id = false, has_created_at = false, has_full_text = false;
    std::vector<std::pair<std::string_view, std::string_view>> urls;  // (url, expanded_url)
    bool has_entities_media = false, has_extended_media = false;
    std::string_view first_media_url;  // entities.media[0].url
    bool has_first_media_url = false;
    std::vector<std::string_view> media_urls;  // extended_entities.media[*].media_url (with a url)
    bool has_reply = false, has_reply_screen_name = false;
    std::string_view reply_status_id, reply_screen_name;  // "None" for null, as Python prints it
    // Forgets the last tweet, keeping the vectors' storage.
    void clear() {
        auto u = std::move(urls);
        auto m = std::move(media_urls);
        *this = tweet_fields();
        urls = std::move(u);
        media_urls = std::move(m);
        urls.clear();
        media_urls.clear();
    }
};

// A JSON value as Python would print it in an f-string: a string as it is, null as None, a
// number as written.
simdjson::error_code python_str(od::value v, std::string_view& out) {
    od::json_type type;
    if (auto e = v.type().get(type)) return e;
    if (type == od::json_type::null) {
        out = "None";
        return simdjson::SUCCESS;
    }
    if (type == od::json_type::string) return v.get_string().get(out);
    std::string_view raw = v.raw_json_token();
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t')) raw.remove_suffix(1);
    out = raw;
    return simdjson::SUCCESS;
}

// The string value of a key (absent or not a string: `has` false).
simdjson::error_code string_field(od::value v, std::string_view& out, bool& has) {
    od::json_type type;
    if (auto e = v.type().get(type)) return e;
    if (type != od::json_type::string) return simdjson::SUCCESS;
    has = true;
    return v.get_string().get(out);
}

simdjson::error_code read_entities(od::value v, tweet_fields& f) {
    od::object obj;
    if (v.get_object().get(obj)) return simdjson::SUCCESS;  // not an object: nothing the parser reads
    for (auto field : obj) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key)) return e;
        od::value val;
        if (auto e = field.value().get(val)) return e;
        if (key == "urls") {
            od::array arr;
            if (val.get_array().get(arr)) continue;
            for (auto item : arr) {
                od::object u;
                if (item.get_object().get(u)) continue;
                std::string_view url, expanded;
                bool has_url = false, has_expanded = false;
                for (auto uf : u) {
                    std::string_view k;
                    if (auto e = uf.unescaped_key().get(k)) return e;
                    od::value uv;
                    if (auto e = uf.value().get(uv)) return e;
                    if (k == "url") {
                        if (auto e = string_field(uv, url, has_url)) return e;
                    } else if (k == "expanded_url") {
                        if (auto e = string_field(uv, expanded, has_expanded)) return e;
                    }
                }
                if (has_url && has_expanded) f.urls.emplace_back(url, expanded);
            }
        } else if (key == "media") {
            od::array arr;
            if (val.get_array().get(arr)) continue;
            f.has_entities_media = true;
            bool first = true;
            for (auto item : arr) {
                od::object m;
                if (!first || item.get_object().get(m)) {
                    first = false;
                    continue;
                }
                first = false;
                for (auto mf : m) {
                    std::string_view k;
                    if (auto e = mf.unescaped_key().get(k)) return e;
                    if (k != "url") continue;
                    od::value mv;
                    if (auto e = mf.value().get(mv)) return e;
                    if (auto e = string_field(mv, f.first_media_url, f.has_first_media_url)) return e;
                }
            }
        }
    }
    return simdjson::SUCCESS;
}

simdjson::error_code read_extended_entities(od::value v, tweet_fields& f) {
    od::object obj;
    if (v.get_object().get(obj)) return simdjson::SUCCESS;
    for (auto field : obj) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key)) return e;
        if (key != "media") continue;
        od::value val;
        if (auto e = field.value().get(val)) return e;
        od::array arr;
        if (val.get_array().get(arr)) continue;
        f.has_extended_media = true;
        for (auto item : arr) {
            od::object m;
            if (item.get_object().get(m)) continue;
            bool has_url = false, has_media_url = false;
            std::string_view media_url;
            for (auto mf : m) {
                std::string_view k;
                if (auto e = mf.unescaped_key().get(k)) return e;
                if (k == "url") {
                    has_url = true;
                } else if (k == "media_url") {
                    od::value mv;
                    if (auto e = mf.value().get(mv)) return e;
                    if (auto e = string_field(mv, media_url, has_media_url)) return e;
                }
            }
            if (has_url && has_media_url) f.media_urls.push_back(media_url);
        }
    }
    return simdjson::SUCCESS;
}

// One key of a tweet object.
simdjson::error_code read_tweet_field(std::string_view key, od::value val, tweet_fields& f) {
    if (key == "id_str") {
        f.id_at = val.current_location().value_unsafe();
        return string_field(val, f.id_str, f.has_id);
    }
    if (key == "created_at") {
        f.created_at_at = val.current_location().value_unsafe();
        return string_field(val, f.created_at, f.has_created_at);
    }
    if (key == "full_text") return string_field(val, f.full_text, f.has_full_text);
    if (key == "entities") return read_entities(val, f);
    if (key == "extended_entities") return read_extended_entities(val, f);
    if (key == "in_reply_to_status_id") {
        f.has_reply = true;
        return python_str(val, f.reply_status_id);
    }
    if (key == "in_reply_to_screen_name") {
        f.has_reply_screen_name = true;
        return python_str(val, f.reply_screen_name);
    }
    return simdjson::SUCCESS;
}

// The Markdown that twitter-archive-parser (66f511b, flavour F11) writes for a tweet: see
// convert_tweet() in its parser.py. Steps, in its order: t.co links replaced by their expanded
// URLs; for a reply (the key in_reply_to_status_id present), the leading "@name " words cut into
// a "Replying to" header; Markdown escaped; the first media link replaced by the media markup;
// every line quoted; the footer.
class markdown_maker {
public:
    markdown_maker(std::string username, std::string data_dir) : user_(std::move(username)), media_(std::move(data_dir)) {}

    void make(const tweet_fields& f, std::string& out) {
        body_.assign(f.full_text);
        for (const auto& u : f.urls) replace_all(body_, u.first, u.second, tmp_);
        out.clear();
        if (f.has_reply) {
            // re.match(r'^(@[0-9A-Za-z_]* )*', body)
            std::size_t cut = 0;
            for (std::size_t i = 0; i < body_.size() && body_[i] == '@';) {
                std::size_t j = i + 1;
                while (j < body_.size() && is_name_char(body_[j])) ++j;
                if (j >= body_.size() || body_[j] != ' ') break;
                i = cut = j + 1;
            }
            names_.clear();
            std::string_view first_name;
            if (cut > 0) {
                // "@a @b @c " -> "@a, @b and @c"
                const std::string_view words(body_.data(), cut);
                std::size_t count = 0, w = 0;
                for (std::size_t i = 0; i < words.size(); i = w + 1) {
                    w = words.find(' ', i);
                    ++count;
                }
                std::size_t k = 0;
                for (std::size_t i = 0; i < words.size(); i = w + 1, ++k) {
                    w = words.find(' ', i);
                    const std::string_view name = words.substr(i, w - i);
                    if (k == 0) first_name = name;
                    if (k > 0) names_ += k + 1 == count ? " and " : ", ";
                    names_ += name;
                }
                first_name_.assign(first_name);
                body_.erase(0, cut);
            } else {
                names_ = "@" + user_;
                first_name_ = names_;
            }
            out += "Replying to [";
            escape_md(names_, out);
            out += "](https://twitter.com/";
            out += f.has_reply_screen_name ? f.reply_screen_name : std::string_view(first_name_);
            out += "/status/";
            out += f.reply_status_id;
            out += ")\n\n";
        }
        escaped_.clear();
        escape_md(body_, escaped_);
        if (f.has_entities_media && f.has_extended_media && f.has_first_media_url) {
            const std::string_view original = f.first_media_url;
            tmp_.clear();
            escape_md(original, tmp_);
            const std::string escaped_original = tmp_;
            markup_.clear();
            for (const std::string_view media_url : f.media_urls) {
                file_.assign(f.id_str);
                file_ += '-';
                file_ += base_name(media_url);
                if (!(markup_.empty() && escaped_ == escaped_original)) markup_ += "\n\n";
                if (media_.has(file_)) {
                    markup_ += "![](";
                    markup_ += f11_.media_dir;
                    markup_ += file_;
                    markup_ += ')';
                    continue;
                }
                media_.starting_with(f.id_str, found_);
                if (found_.empty()) {
                    markup_ += "![](";
                    markup_ += original;
                    markup_ += ')';
                }
                for (const std::string_view video : found_) {
                    markup_ += "<video controls><source src=\"";
                    markup_ += f11_.media_dir;
                    markup_ += video;
                    markup_ += "\">Your browser does not support the video tag.</video>\n";
                }
            }
            replace_all(escaped_, escaped_original, markup_, tmp_);
        }
        // '> ' + '\n> '.join(body.splitlines())
        out += "> ";
        const std::string_view b = escaped_;
        std::size_t line_start = 0;
        for (std::size_t i = 0; i < b.size();) {
            i = skip_no_line_break(b, i);
            if (i == b.size()) break;
            const std::size_t n = may_start_line_break[static_cast<unsigned char>(b[i])] ? line_break_at(b, i) : 0;
            if (n == 0) {
                ++i;
                continue;
            }
            out.append(b, line_start, i - line_start);
            i += n;
            line_start = i;
            if (i < b.size()) out += "\n> ";
        }
        out.append(b, line_start, std::string_view::npos);
        out += "\n\n";
        out += f11_.footer_prefix;
        out += '[';
        out += f.created_at;
        out += "](https://twitter.com/";
        out += user_;
        out += "/status/";
        out += f.id_str;
        out += ')';
    }

private:
    const tweetview::flavour_traits& f11_ = tweetview::traits(tweetview::flavour::f11);  // media folder, footer
    std::string user_;
    media_folder media_;
    std::string body_, escaped_, tmp_, names_, first_name_, markup_, file_;
    std::vector<std::string_view> found_;
};

// A read-only mapping of a file (empty when it cannot be mapped or is empty).
struct file_bytes {
    const char* data = nullptr;
    std::size_t size = 0;
    file_bytes() = default;
    file_bytes(const file_bytes&) = delete;
    file_bytes& operator=(const file_bytes&) = delete;
    ~file_bytes() {
        if (data) ::munmap(const_cast<char*>(data), size);
    }
};

// Maps `path`; false (errno set) when it cannot be opened.
bool map_file(const std::string& path, file_bytes& fb) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        errno = err;
        return false;
    }
    if (st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            errno = err;
            return false;
        }
        fb.data = static_cast<const char*>(p);
        fb.size = static_cast<std::size_t>(st.st_size);
        (void)::madvise(p, fb.size, MADV_SEQUENTIAL);
    }
    ::close(fd);
    return true;
}

// A JSON text that simdjson may read SIMDJSON_PADDING bytes past: in place when the file goes on
// that far, else copied into `pad`.
simdjson::padded_string_view padded(std::string_view all, std::size_t begin, std::size_t end, std::string& pad) {
    if (all.size() - end >= simdjson::SIMDJSON_PADDING)
        return simdjson::padded_string_view(all.data() + begin, end - begin, all.size() - begin);
    pad.assign(all.data() + begin, end - begin);
    pad.append(simdjson::SIMDJSON_PADDING, ' ');
    return simdjson::padded_string_view(pad.data(), end - begin, pad.size());
}

// Whether the file's first line (without a '\r' before its '\n') ends in `tail`: from `head`,
// the file's first bytes, or read on from there while they hold no line break. False on a read
// error (errno set).
bool first_line_ends_in(int fd, std::string_view head, std::string_view tail, bool& ends) {
    const std::size_t nl = head.find('\n');
    if (nl != std::string_view::npos) {
        std::string_view line = head.substr(0, nl);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ends = line.size() >= tail.size() && line.substr(line.size() - tail.size()) == tail;
        return true;
    }
    // A long first line (a JSON array on one line): its last bytes, read a block at a time.
    std::string last(head.substr(head.size() - std::min(head.size(), tail.size() + 1)));
    char block[1 << 16];
    for (off_t at = static_cast<off_t>(head.size());;) {
        const ssize_t n = ::pread(fd, block, sizeof block, at);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        const std::string_view got(block, static_cast<std::size_t>(n));
        const std::size_t end = got.find('\n');
        last += got.substr(0, end);
        if (last.size() > tail.size() + 1) last.erase(0, last.size() - (tail.size() + 1));
        if (n == 0 || end != std::string_view::npos) break;
        at += n;
    }
    if (!last.empty() && last.back() == '\r') last.pop_back();
    ends = last.size() >= tail.size() && std::string_view(last).substr(last.size() - tail.size()) == tail;
    return true;
}

// A tweets file read in blocks into one buffer, which holds the file's bytes from base() on and
// simdjson::SIMDJSON_PADDING bytes after them, which simdjson may read past a tweet. (Read, not
// mapped: parsing a mapping of the page cache costs about three times the CPU time in the
// memory reads alone: tests/bench/bench_tool.sh, import.)
class block_reader {
public:
    explicit block_reader(int fd) : fd_(fd) {}
    ~block_reader() { ::close(fd_); }
    block_reader(const block_reader&) = delete;
    block_reader& operator=(const block_reader&) = delete;
    [[nodiscard]] std::string_view view() const { return {data_.get(), size_}; }
    [[nodiscard]] std::size_t base() const { return base_; }
    [[nodiscard]] bool eof() const { return eof_; }
    // Drops the bytes before the file's offset `keep` (at least base()) and reads a block more
    // (the buffer grows when what is kept leaves less room than a block). False on a read
    // error, with errno set.
    bool refill(std::size_t keep) {
        const std::size_t drop = keep - base_;
        if (drop > 0) std::memmove(data_.get(), data_.get() + drop, size_ - drop);
        size_ -= drop;
        base_ = keep;
        if (cap_ - size_ < block + simdjson::SIMDJSON_PADDING) {
            const std::size_t cap = 2 * (size_ + block) + simdjson::SIMDJSON_PADDING;
            std::unique_ptr<char[]> bigger(new char[cap]);
            if (size_) std::memcpy(bigger.get(), data_.get(), size_);
            data_ = std::move(bigger);
            cap_ = cap;
        }
        for (std::size_t got = 0; !eof_ && got < block;) {
            const ssize_t n = ::read(fd_, data_.get() + size_, cap_ - simdjson::SIMDJSON_PADDING - size_);
            if (n < 0) {
                if (errno == EINTR) continue;
                return false;
            }
            eof_ = n == 0;
            size_ += static_cast<std::size_t>(n);
            got += static_cast<std::size_t>(n);
        }
        std::memset(data_.get() + size_, ' ', simdjson::SIMDJSON_PADDING);
        return true;
    }

private:
    static constexpr std::size_t block = std::size_t{1} << 20;
    int fd_;
    std::unique_ptr<char[]> data_;
    std::size_t cap_ = 0, size_ = 0, base_ = 0;
    bool eof_ = false;
};

// The JSON after "window.YTD.NAME.partN = ": where its '[' is, or npos.
std::size_t array_start(std::string_view all) {
    std::size_t at = 0;
    if (all.substr(0, 3) == "\xEF\xBB\xBF") at = 3;
    while (at < all.size() && (all[at] == ' ' || all[at] == '\t' || all[at] == '\r' || all[at] == '\n')) ++at;
    if (at < all.size() && all[at] == '[') return at;
    if (all.compare(at, 11, "window.YTD.") != 0) return std::string_view::npos;
    const std::size_t eq = all.find('=', at);
    if (eq == std::string_view::npos || all.substr(at, eq - at).find('\n') != std::string_view::npos) return std::string_view::npos;
    std::size_t b = eq + 1;
    while (b < all.size() && (all[b] == ' ' || all[b] == '\t')) ++b;
    return b < all.size() && all[b] == '[' ? b : std::string_view::npos;
}

std::size_t skip_space(std::string_view all, std::size_t at) {
    while (at < all.size() && (all[at] == ' ' || all[at] == '\t' || all[at] == '\r' || all[at] == '\n')) ++at;
    return at;
}

// The end (one past its '}') of the array element that starts with '{' at `begin`, or npos.
// Twitter's layout (the first line ends in "[ {"): elements are closed by a '}' at the start of a
// line, followed by ", {" or " ]": raw line breaks cannot be inside a JSON string, so this holds
// for any text, and a malformed element does not throw the next ones off. Other layouts: by
// counting brackets outside strings.
std::size_t element_end(std::string_view all, std::size_t begin, bool twitter_layout) {
    if (twitter_layout) {
        // A '}' that starts a line, found with the line break before it (SIMD, as the library finds
        // the blank line before a footer).
        const char* const stop = all.data() + all.size();
        for (const char* p = all.data() + begin;;) {
            p = tweetview::detail::find_pair(p, stop, '\n', '}');
            if (p == stop) return std::string_view::npos;
            const std::size_t brace = static_cast<std::size_t>(p - all.data()) + 1;
            p += 2;
            std::size_t after = brace + 1;
            while (after < all.size() && (all[after] == ' ' || all[after] == '\t' || all[after] == '\r')) ++after;
            if (after < all.size() && (all[after] == ',' || all[after] == ']')) return brace + 1;
        }
    }
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = begin; i < all.size(); ++i) {
        const char c = all[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) return i + 1;
        }
    }
    return std::string_view::npos;
}

// The screen name in account.js (window.YTD.account.part0 = [ { "account" : { "username" : ... } } ]).
bool read_account(const std::string& data_dir, const input& in, std::string& username) {
    const std::string path = data_dir + "/account.js";
    file_bytes fb;
    if (!map_file(path, fb)) {
        clear_progress_line();
        std::fprintf(stderr, "tweetview: %s: %s (it names the account, for the status URLs of %s)\n", path.c_str(),
                     std::strerror(errno), in.display.c_str());
        return false;
    }
    const std::string_view all(fb.data ? fb.data : "", fb.size);
    input acc{path, path};
    const std::size_t start = array_start(all);
    if (start == std::string_view::npos) {
        say_error(acc, {1, 1}, "expected 'window.YTD.account.part0 = [' or a JSON array");
        return false;
    }
    std::string pad;
    od::parser parser;
    od::document doc;
    auto fail = [&](simdjson::error_code e, const char* where) {
        const char* at = where ? where : all.data() + start;
        say_error(acc, locate(all, 0, 1, 0, static_cast<std::size_t>(at - all.data())), "malformed JSON: ", simdjson::error_message(e));
        return false;
    };
    if (auto e = parser.iterate(padded(all, start, all.size(), pad)).get(doc)) return fail(e, nullptr);
    od::array arr;
    if (auto e = doc.get_array().get(arr)) return fail(e, nullptr);
    for (auto item : arr) {
        od::object obj;
        if (auto e = item.get_object().get(obj)) return fail(e, nullptr);
        od::value account;
        if (obj.find_field_unordered("account").get(account)) continue;
        od::value name;
        if (account.find_field_unordered("username").get(name)) continue;
        std::string_view u;
        if (name.get_string().get(u)) continue;
        username.assign(u);
        return true;
    }
    say_error(acc, {1, 1}, "no account.username in it");
    return false;
}

}  // namespace

bool is_archive_tweets_name(std::string_view path) {
    const std::string_view n = base_name(path);
    if (n == "tweets.js" || n == "tweet.js") return true;
    return n.size() > 14 && n.substr(0, 11) == "tweets-part" && n.substr(n.size() - 3) == ".js";
}

bool expand_archive_dir(const std::string& dir, totals& t, std::vector<input>& out) {
    std::string data = dir;
    while (data.size() > 1 && data.back() == '/') data.pop_back();
    // An archive's data/ folder holds account.js or a tweets file (a data/ folder of media only,
    // as F03 linked to, is not one).
    const auto holds_archive = [](const std::string& d) {
        for (const char* n : {"/account.js", "/tweets.js", "/tweet.js", "/tweets-part1.js"}) {
            if (is_file(d + n)) return true;
        }
        return false;
    };
    if (holds_archive(data + "/data")) data += "/data";
    else if (!holds_archive(data)) return false;  // not an archive: Markdown
    std::vector<std::string> parts;
    if (DIR* d = ::opendir(data.c_str())) {
        while (const dirent* e = ::readdir(d)) {
            const std::string n = e->d_name;
            if (n.size() > 14 && n.compare(0, 11, "tweets-part") == 0 && n.compare(n.size() - 3, 3, ".js") == 0) parts.push_back(n);
        }
        ::closedir(d);
    }
    // tweets-part1.js, tweets-part2.js, ... tweets-part10.js: by number.
    std::sort(parts.begin(), parts.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    std::vector<std::string> names;
    for (const char* n : {"tweet.js", "tweets.js"}) {
        if (is_file(data + "/" + n)) names.emplace_back(n);
    }
    names.insert(names.end(), parts.begin(), parts.end());
    if (names.empty()) {
        clear_progress_line();
        std::fprintf(stderr, "tweetview: %s: a Twitter archive without tweets.js, tweet.js or tweets-part*.js\n", data.c_str());
        t.io_error = true;
        return true;
    }
    for (const std::string& n : names) {
        input in{data + "/" + n, data + "/" + n};
        struct stat st {};
        if (::stat(in.path.c_str(), &st) == 0) in.size = static_cast<std::uint64_t>(st.st_size), in.size_known = true;
        in.archive = true;
        out.push_back(in);
    }
    return true;
}

bool read_archive_tweets(const input& in, const command_line& cl, totals& t, progress& bar, const archive_callback& cb) {
    const int fd = ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        const int err = errno;
        if (fd >= 0) ::close(fd);
        clear_progress_line();
        std::fprintf(stderr, "tweetview: %s: %s\n", in.display.c_str(), std::strerror(err));
        t.io_error = true;
        return true;
    }
    block_reader file(fd);
    const std::size_t file_size = static_cast<std::size_t>(st.st_size);
    ++t.files;
    const std::string data_dir = dir_of(in.path);
    std::string username;
    if (!read_account(data_dir, in, username)) {
        t.io_error = true;
        return true;
    }
    t.bytes += file_size;
    bar.advance(file_size);
    auto read_failed = [&] {
        clear_progress_line();
        std::fprintf(stderr, "tweetview: %s: %s\n", in.display.c_str(), std::strerror(errno));
        t.io_error = true;
        return true;
    };
    // The file's head: enough of it to find the '[' that opens the array (array_start needs the
    // first line with anything on it), and whether the first line ends in "[ {" (Twitter's layout).
    if (!file.refill(0)) return read_failed();
    std::size_t open = array_start(file.view());
    while (open == std::string_view::npos && !file.eof()) {
        const std::string_view head = file.view();
        const std::size_t content = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
        if (content != std::string_view::npos && head.find('\n', content) != std::string_view::npos) break;
        if (!file.refill(0)) return read_failed();
        open = array_start(file.view());
    }
    std::string_view all = file.view();  // the bytes in the buffer: the file's from file.base() on
    if (open == std::string_view::npos) {
        ++t.errors;
        say_error(in, {1, 1}, "expected 'window.YTD.tweets.part0 = [' (Twitter's archive) or a JSON array");
        return true;
    }
    bool twitter_layout = false;
    if (!first_line_ends_in(fd, all, "[ {", twitter_layout)) return read_failed();
    // --split I/N: the tweets whose object starts in the I-th of N equal byte ranges.
    std::size_t take_from = 0, take_to = file_size;
    if (cl.split_count > 0) {
        take_from = static_cast<std::size_t>(static_cast<unsigned long long>(file_size) * (cl.split_index - 1) / cl.split_count);
        take_to = static_cast<std::size_t>(static_cast<unsigned long long>(file_size) * cl.split_index / cl.split_count);
    }

    od::parser parser;
    markdown_maker maker(username, data_dir);
    tweet_fields f;
    std::string md;
    tweetview::parse_options opts;
    opts.flavour = tweetview::flavour::f11;
    // Offsets below are into the buffer (`all`); file.base() + offset is the file's offset.
    std::size_t at = skip_space(all, open + 1);
    std::uint64_t line = 1 + tweetview::detail::count_byte(all.data(), all.data() + at, '\n');
    // line is the line of the file's byte `counted`, which starts at the file's byte line_start
    std::size_t counted = at;
    const std::size_t nl_before = all.rfind('\n', at);
    std::size_t line_start = nl_before == std::string_view::npos ? 0 : nl_before + 1;
    auto line_of = [&](std::size_t offset) {  // (a file offset, in the buffer)
        const char* from = all.data() + (counted - file.base());
        const std::uint64_t breaks = tweetview::detail::count_byte(from, all.data() + (offset - file.base()), '\n');
        if (breaks > 0) {
            line += breaks;
            const void* nl = ::memrchr(from, '\n', offset - counted);
            line_start = file.base() + static_cast<std::size_t>(static_cast<const char*>(nl) - all.data()) + 1;
        }
        counted = offset;
        return line;
    };
    // Where a message points: the tweet that starts at `begin` (in the buffer), or its byte `p`.
    auto where = [&](std::size_t begin, const char* p) {
        const std::size_t off = p ? static_cast<std::size_t>(p - all.data()) : begin;
        const std::size_t to = off >= begin && off <= all.size() ? off : begin;
        line_col lc{line_of(file.base() + begin), 1};
        std::size_t start = line_start;  // of the line, in the file
        for (std::size_t i = begin; i < to; ++i) {
            if (all[i] == '\n') ++lc.line, start = file.base() + i + 1;
        }
        lc.column = file.base() + to - start + 1;
        return lc;
    };
    // Reads on, keeping the buffer's bytes from `keep` on (their offsets change); false on a
    // read error.
    auto read_on = [&](std::size_t keep) {
        (void)line_of(file.base() + keep);  // the line breaks before it, counted before they go
        const std::size_t base = file.base();
        if (!file.refill(base + keep)) return false;
        all = file.view();
        at -= file.base() - base;
        return true;
    };
    while (at >= all.size() && !file.eof()) {
        if (!read_on(at)) return read_failed();
        at = skip_space(all, at);
    }
    if (at < all.size() && all[at] == ']') return true;  // no tweets
    while (at < all.size()) {
        if (all[at] != '{') {
            ++t.errors;
            say_error(in, where(at, nullptr), "malformed JSON: expected '{' (a tweet) in the array");
            return true;
        }
        const std::size_t begin = at;
        // The tweet, and the byte after it, in the buffer: else more is read.
        std::size_t end = element_end(all, begin, twitter_layout);
        std::size_t next = end == std::string_view::npos ? all.size() : skip_space(all, end);
        if (next >= all.size() && !file.eof()) {
            if (!read_on(begin)) return read_failed();
            continue;
        }
        if (end == std::string_view::npos) {
            ++t.errors;
            say_error(in, where(begin, nullptr), "malformed JSON: the tweet that starts here does not end (no closing '}', or no ']' after the last tweet)");
            return true;
        }
        const bool last = next >= all.size() || all[next] != ',';
        if (!last) next = skip_space(all, next + 1);
        const std::size_t file_begin = file.base() + begin;
        const bool take = file_begin >= take_from && file_begin < take_to;
        if (take) {
            f.clear();
            simdjson::error_code err = simdjson::SUCCESS;
            const char* err_at = nullptr;
            od::document doc;
            // The buffer has SIMDJSON_PADDING bytes after its end for simdjson to read past.
            err = parser.iterate(simdjson::padded_string_view(all.data() + begin, end - begin, all.size() - begin + simdjson::SIMDJSON_PADDING)).get(doc);
            od::object obj;
            if (!err) err = doc.get_object().get(obj);
            bool wrapped = false;
            if (!err) {
                for (auto field : obj) {
                    std::string_view key;
                    if ((err = field.unescaped_key().get(key))) break;
                    od::value val;
                    if ((err = field.value().get(val))) break;
                    if (key == "tweet" && !wrapped) {
                        wrapped = true;
                        od::object tw;
                        if ((err = val.get_object().get(tw))) break;
                        for (auto tf : tw) {
                            std::string_view k;
                            if ((err = tf.unescaped_key().get(k))) break;
                            od::value v;
                            if ((err = tf.value().get(v))) break;
                            if ((err = read_tweet_field(k, v, f))) break;
                        }
                        if (err) break;
                    } else if (!wrapped) {
                        if ((err = read_tweet_field(key, val, f))) break;
                    }
                }
            }
            if (err) {
                const char* p = nullptr;
                if (doc.current_location().get(p) == simdjson::SUCCESS) err_at = p;
                ++t.errors;
                say_error(in, where(begin, err_at), "malformed JSON: ", simdjson::error_message(err));
            } else if (!f.has_id || !f.has_created_at || !f.has_full_text) {
                ++t.errors;
                const char* what = !f.has_id ? "a tweet without \"id_str\" (a string)"
                                   : !f.has_created_at ? "a tweet without \"created_at\" (a string)"
                                                       : "a tweet without \"full_text\" (a string)";
                say_error(in, where(begin, nullptr), what);
            } else {
                maker.make(f, md);
                if (!last) md += "\n\n----\n\n";
                tweetview::parse_position pos;
                pos.offset = file_begin;
                pos.line = line_of(file_begin);
                const tweetview::parse_result r = tweetview::parse_record(md, opts, pos, true);
                if (r.status == tweetview::parse_status::tweet && r.consumed == md.size()) {
                    if (!cb(r.rec)) return false;
                } else {
                    // The Markdown does not read back as one tweet: the fault is in a field.
                    ++t.errors;
                    const tweetview::errc kind = r.status == tweetview::parse_status::error ? r.rec.error.kind : tweetview::errc::bad_footer;
                    const char* field_at = kind == tweetview::errc::bad_id ? f.id_at
                                           : kind == tweetview::errc::bad_timestamp ? f.created_at_at
                                                                                    : nullptr;
                    const std::string detail = std::string(kind == tweetview::errc::bad_id          ? "id_str: "
                                                           : kind == tweetview::errc::bad_timestamp ? "created_at: "
                                                                                                    : "") +
                                               tweetview::message(kind) +
                                               (r.status == tweetview::parse_status::error ? std::string(": expected ") + r.rec.error.expected : std::string());
                    say_error(in, where(begin, field_at), "this tweet's Markdown does not read back: ", detail);
                }
            }
        }
        if (last) break;
        at = next;
        while (at >= all.size() && !file.eof()) {  // (the space after a ',' ran to the buffer's end)
            if (!read_on(at)) return read_failed();
            at = skip_space(all, at);
        }
    }
    return true;
}

}  // namespace tool
