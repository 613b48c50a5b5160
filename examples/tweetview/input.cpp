// Walking the inputs: files, directories (their *.md files, subdirectories too, in path order) and stdin. Inputs
// are read in chunks (a large regular file on one thread may be mapped instead, where that measures
// cheaper: see mapping_measures_cheaper); regular files that -j N or --split cut into ranges are
// memory-mapped to find the cuts, and read a segment at a time with pread().
// Large-file support on 32-bit systems (64-bit off_t and ino_t; CMakeLists.txt sets it for every file
// of the tool): without it, readdir fails with EOVERFLOW on a file system with 64-bit inode numbers
// or directory offsets, and files over 2 GiB cannot be opened.
#ifndef _FILE_OFFSET_BITS
#define _FILE_OFFSET_BITS 64
#endif
#include "tool.hpp"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace tool {

namespace {

void io_fail(totals& t, const std::string& what, int err) {
    clear_progress_line();
    std::fprintf(stderr, "tweetview: %s: %s\n", what.c_str(), std::strerror(err));
    t.io_error = true;
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void note_size(input& in, const struct stat& st) {
    if (S_ISREG(st.st_mode)) {
        in.size = static_cast<std::uint64_t>(st.st_size);
        in.size_known = true;
    }
}

// A read-only mapping of a whole regular file, unmapped when it goes out of scope. -j N and --split
// find their cuts in it (a few pages around each); the segments themselves are pread().
class mapping {
public:
    mapping(int fd, std::size_t size) : size_(size) {
        if (fd < 0 || size == 0) return;  // mmap of 0 bytes fails: an empty file is read instead
        void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) return;
        data_ = static_cast<const char*>(p);
    }
    ~mapping() {
        if (data_) ::munmap(const_cast<char*>(data_), size_);
    }
    mapping(const mapping&) = delete;
    mapping& operator=(const mapping&) = delete;
    [[nodiscard]] const char* data() const { return data_; }

private:
    const char* data_ = nullptr;
    std::size_t size_;
};

// Whether a file read on one thread is better mapped than read(): measured on this machine, as the
// SIMD variant is chosen at run time. Faulting in mapped page-cache pages costs a few times less
// than read()'s copy on some virtual machines and five to seven times more on others (README,
// "Scaling out"); the first 4 MiB, read once to be in the page cache, are read again into a buffer
// and then touched through the mapping, each timed, and the cheaper way is taken. (The pages it
// touches are parsed from the mapping next; the two reads cost a millisecond or two.)
bool mapping_measures_cheaper(int fd, const char* map, std::size_t size) {
    constexpr std::size_t probe = std::size_t{4} << 20, block = std::size_t{1} << 20;
    if (size < 2 * probe) return false;
    std::unique_ptr<char[]> buf(new char[block]);
    auto read_probe = [&]() {
        for (std::size_t at = 0; at < probe; at += block)
            if (::pread(fd, buf.get(), block, static_cast<off_t>(at)) != static_cast<ssize_t>(block)) return false;
        return true;
    };
    auto now = [] {
        timespec ts{};
        ::clock_gettime(CLOCK_MONOTONIC, &ts);
        return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
    };
    if (!read_probe()) return false;  // into the page cache
    const double t0 = now();
    if (!read_probe()) return false;
    const double t1 = now();
    for (std::size_t at = 0; at < probe; at += 4096) (void)*static_cast<const volatile char*>(map + at);  // a byte a page
    const double t2 = now();
    return t2 - t1 < t1 - t0;
}

}  // namespace

// The *.md files under `dir`, its subdirectories included, in path order (entries sorted by
// name at each level; hidden ones skipped). A directory with none is said so.
static void expand_dir(const std::string& op, totals& t, std::vector<input>& out, int depth,
                       std::vector<std::pair<dev_t, ino_t>>& seen) {
    struct stat self {};
    if (::stat(op.c_str(), &self) == 0) {
        // A directory reached twice (a link to it, or to a parent) is walked once.
        const std::pair<dev_t, ino_t> id{self.st_dev, self.st_ino};
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) return;
        seen.push_back(id);
    }
    DIR* d = ::opendir(op.c_str());
    if (!d) {
        io_fail(t, op, errno);
        return;
    }
    std::vector<std::string> names;
    int read_error = 0;
    for (;;) {
        errno = 0;  // readdir's end and its failure both return null: errno tells them apart
        const dirent* e = ::readdir(d);
        if (!e) {
            read_error = errno;
            break;
        }
        std::string name = e->d_name;
        if (name[0] != '.') names.push_back(name);
    }
    ::closedir(d);
    if (read_error != 0) {
        io_fail(t, op, read_error);
        return;
    }
    std::sort(names.begin(), names.end());
    const std::string dir = ends_with(op, "/") ? op : op + "/";
    const std::size_t before = out.size();
    for (const std::string& n : names) {
        input in{dir + n, dir + n};
        struct stat fst {};
        if (::stat(in.path.c_str(), &fst) != 0) continue;  // a dangling link
        if (S_ISDIR(fst.st_mode)) {
            if (depth < 64) expand_dir(in.path, t, out, depth + 1, seen);
            continue;
        }
        if (!ends_with(n, ".md")) continue;
        note_size(in, fst);
        out.push_back(in);
    }
    if (depth == 0 && out.size() == before) {
        clear_progress_line();
        std::fprintf(stderr, "tweetview: %s: no *.md files in it\n", op.c_str());
    }
}

std::vector<input> expand_inputs(const std::vector<std::string>& operands, totals& t) {
    std::vector<input> out;
    for (const std::string& op : operands) {
        if (op == "-") {
            input in{op, "<stdin>"};
            struct stat st {};
            if (::fstat(0, &st) == 0) note_size(in, st);
            out.push_back(in);
            continue;
        }
        struct stat st {};
        if (::stat(op.c_str(), &st) != 0) {
            io_fail(t, op, errno);
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            input in{op, op};
            note_size(in, st);
            in.archive = is_archive_tweets_name(op);
            out.push_back(in);
            continue;
        }
        if (expand_archive_dir(op, t, out)) continue;  // a Twitter archive folder (archive_js.cpp)
        std::vector<std::pair<dev_t, ino_t>> seen;
        expand_dir(op, t, out, 0, seen);
    }
    return out;
}

void print_error(const input& in, const tweetview::error& e) {
    clear_progress_line();
    std::fprintf(stderr, "%s:%llu:%llu: error: %s: expected %s\n", in.display.c_str(),
                 static_cast<unsigned long long>(e.line), static_cast<unsigned long long>(e.column), e.message(),
                 e.expected);
}

namespace {

// --split I/N: the I-th of N equal byte ranges of a mapped file, moved to record starts.
struct byte_range {
    std::size_t begin, end;
};
byte_range split_range(std::string_view all, const tweetview::layout& shape, unsigned index, unsigned count) {
    const auto cut = [&](unsigned k) {
        return tweetview::find_record_start(all, static_cast<std::size_t>(static_cast<unsigned long long>(all.size()) * k / count), shape);
    };
    return {cut(index - 1), cut(index)};
}

// What a walk over the inputs does with their records: exactly one of on_record, on_tweet and
// work (with emit or writer) is set.
struct handlers {
    const record_callback* on_record = nullptr;
    const tweet_callback* on_tweet = nullptr;
    const record_work* work = nullptr;
    const output_callback* emit = nullptr;  // either this takes the outputs,
    byte_buffer* sink = nullptr;             // or they are appended here, and
    const std::function<bool()>* sink_done = nullptr;  // this is called after each record
};

// Parses [range.begin, range.end) of a mapped file on `jobs` threads (this one included): the range
// is cut at record starts into segments of about 2 MiB (smaller ones cost more in handing over:
// tests/bench/bench_tool.sh), parsed ahead (at most two per thread in flight), and this thread
// hands their records to `cb(record, output)` in input order, with line numbers made absolute.
// The mapping is used only to find the cuts; each segment is pread() into a buffer of its own,
// reused, which costs a fifth of faulting the mapped pages in on a virtual machine (there, page
// faults are slow: tests/bench/bench_tool.sh, `check -j 2`, took twice the CPU time of `check`).
// The records are those one stream would give: records() over a slice equals the stream (tests),
// and a record belongs to the segment that holds its first byte.
// - With h.on_tweet, tweets are not kept: the thread that parses a segment gives each of its
//   tweets to on_tweet (with the thread's number, 0 for this one, and `line` counted from the
//   segment's start) and counts them; the other records still go to `cb` in order.
// - With h.work, the thread that parses a segment also runs `work` on each of its records, with
//   absolute lines (a segment's first line is known once every segment before it is parsed), and
//   `cb` gets each record with its output.
template <class Callback>
bool parse_mapped(int fd, std::string_view all, byte_range range, const tweetview::layout& shape,
                  unsigned jobs, const input& in, const handlers& h, const Callback& cb, totals& t,
                  const std::function<void(std::size_t)>& advanced) {
    constexpr std::size_t segment_bytes = std::size_t{2} << 20;
    const std::size_t span = range.end - range.begin;
    const std::size_t count = span == 0 ? 0 : (span + segment_bytes - 1) / segment_bytes;
    struct segment {
        std::vector<char> bytes_read;   // the segment's bytes, which its records point into
        int read_error = 0;             // errno of a failed pread(), or 0
        std::vector<tweetview::record> recs;
        byte_buffer out;                // with h.work: the records' outputs, one after another
        std::vector<std::size_t> ends;  // where each record's output ends in `out`
        std::uint64_t lines = 0, tweets = 0;  // tweets: those given to on_tweet
        std::size_t bytes = 0;
        bool ready = false;
    };
    std::mutex m;
    std::condition_variable cv;
    bool stop = false;
    // With h.work: each segment's line breaks once it is parsed, and the first line of the
    // segments [0, lines_known].
    std::vector<std::uint64_t> seg_lines(h.work ? count : 0), first_line(h.work ? count + 1 : 0);
    std::vector<char> lines_done(h.work ? count : 0, 0);
    std::size_t lines_known = 0;
    std::uint64_t line = 1;  // the line breaks before the range (--split), read as the segments are
    {
        std::vector<char> block(range.begin == 0 ? 0 : std::min<std::size_t>(range.begin, std::size_t{1} << 20));
        for (std::size_t at = 0; at < range.begin;) {
            const ssize_t n = ::pread(fd, block.data(), std::min(block.size(), range.begin - at), static_cast<off_t>(at));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                io_fail(t, in.display, n < 0 ? errno : EIO);
                return true;  // this file ends here; the next one goes on
            }
            line += tweetview::detail::count_byte(block.data(), block.data() + n, '\n');
            at += static_cast<std::size_t>(n);
        }
    }
    if (h.work) first_line[0] = line;
    tweetview::parse_options shaped;
    shaped.shape = shape;
    // Where each segment starts: the first record start at or after each cut. Found once, in
    // order, and a search that ran past the next cut answers for it too, so the searches cover
    // each byte at most once (an input with no record start for a long way costs one pass).
    std::vector<std::size_t> starts(count + 1, range.end);
    if (count > 0) starts[0] = range.begin;
    for (std::size_t i = 1; i < count; ++i) {
        const std::size_t cut = range.begin + i * segment_bytes;
        starts[i] = starts[i - 1] >= cut ? starts[i - 1] : std::min(tweetview::find_record_start(all, cut, shape), range.end);
    }
    auto parse_segment = [&](std::size_t i, segment& seg, unsigned thread) {
        const std::size_t b = starts[i], e = starts[i + 1];
        seg.recs.clear();
        seg.out.clear();
        seg.ends.clear();
        seg.lines = seg.tweets = 0;
        seg.bytes = e > b ? e - b : 0;
        seg.read_error = 0;
        if (e > b) {
            seg.bytes_read.resize(e - b);
            for (std::size_t got = 0; got < e - b;) {
                const ssize_t n = ::pread(fd, seg.bytes_read.data() + got, e - b - got, static_cast<off_t>(b + got));
                if (n < 0 && errno == EINTR) continue;
                if (n <= 0) {  // an error, or the file shrank since it was mapped: no records
                    seg.read_error = n < 0 ? errno : EIO;
                    break;
                }
                got += static_cast<std::size_t>(n);
            }
        }
        if (e > b && seg.read_error == 0) {
            const std::string_view bytes(seg.bytes_read.data(), e - b);
            tweetview::parse_position at;
            at.offset = b;
            at.line = 1;  // made absolute by the consumer
            std::uint64_t last_line = 1, last_offset = b;  // the last tweet's or error's start
            for (const tweetview::record& r : tweetview::records(bytes, b == 0 ? tweetview::parse_options{} : shaped, at)) {
                if (r.is_tweet()) last_line = r.tweet.line, last_offset = r.tweet.offset;
                else if (r.is_error()) last_line = r.error.record_line, last_offset = r.error.record_offset;
                if (h.on_tweet && r.is_tweet()) {
                    (*h.on_tweet)(thread, r.tweet);
                    ++seg.tweets;
                } else {
                    seg.recs.push_back(r);
                }
            }
            // The segment's line breaks: those before its last record, as the parser counted
            // them, and those from there on.
            seg.lines = last_line - 1 + tweetview::detail::count_byte(bytes.data() + (last_offset - b), bytes.data() + bytes.size(), '\n');
        }
        if (!h.work) return;
        std::uint64_t first;
        if (jobs <= 1) {
            first = line;
        } else {
            std::unique_lock<std::mutex> lock(m);
            seg_lines[i] = seg.lines;
            lines_done[i] = 1;
            while (lines_known < count && lines_done[lines_known]) {
                first_line[lines_known + 1] = first_line[lines_known] + seg_lines[lines_known];
                ++lines_known;
            }
            cv.notify_all();
            cv.wait(lock, [&] { return stop || lines_known >= i; });
            if (stop) return;
            first = first_line[i];
        }
        for (tweetview::record& r : seg.recs) {
            if (r.is_tweet()) r.tweet.line += first - 1;
            if (r.is_error()) r.error.line += first - 1, r.error.record_line += first - 1;
            (*h.work)(thread, in, r, seg.out);
            seg.ends.push_back(seg.out.size());
        }
    };
    bool read_failed = false;  // a segment could not be read: the file ends there, the next one goes on
    auto consume = [&](segment& seg) {
        if (seg.read_error != 0) {
            io_fail(t, in.display, seg.read_error);
            read_failed = true;
            return false;
        }
        std::size_t from = 0;
        for (std::size_t k = 0; k < seg.recs.size(); ++k) {
            tweetview::record& r = seg.recs[k];
            std::string_view out;
            if (h.work) {
                out = seg.out.view().substr(from, seg.ends[k] - from);
                from = seg.ends[k];
            } else {
                const std::uint64_t shift = line - 1;
                if (r.is_tweet()) r.tweet.line += shift;
                if (r.is_error()) r.error.line += shift, r.error.record_line += shift;
            }
            if (!cb(r, out)) return false;
        }
        line += seg.lines;
        t.tweets += seg.tweets;
        advanced(seg.bytes);
        return true;
    };
    if (jobs <= 1) {
        segment seg;
        for (std::size_t i = 0; i < count; ++i) {
            parse_segment(i, seg, 0);
            if (!consume(seg)) return read_failed;
        }
        return true;
    }
    // N threads in all: N-1 workers, and this thread, which hands records on in order and parses
    // a segment itself whenever the next one is not ready yet.
    const std::size_t window = 2 * jobs;
    std::vector<segment> ring(window);
    std::size_t next = 0, consumed = 0;
    // Claims the next segment to parse, if the window allows; count when there is none.
    auto claim = [&](std::unique_lock<std::mutex>&) -> std::size_t {
        if (stop || next >= count || next >= consumed + window) return count;
        return next++;
    };
    auto parse_claimed = [&](std::size_t i, std::unique_lock<std::mutex>& lock, unsigned thread) {
        lock.unlock();
        parse_segment(i, ring[i % window], thread);
        lock.lock();
        ring[i % window].ready = true;
        cv.notify_all();
    };
    auto worker = [&](unsigned thread) {
        std::unique_lock<std::mutex> lock(m);
        for (;;) {
            cv.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
            const std::size_t i = claim(lock);
            if (i == count) return;
            parse_claimed(i, lock, thread);
        }
    };
    std::vector<std::thread> pool;
    // However this function ends (the callbacks may throw, std::bad_alloc say), the workers are
    // told to stop and joined first.
    struct joiner {
        std::mutex& m;
        std::condition_variable& cv;
        bool& stop;
        std::vector<std::thread>& pool;
        ~joiner() {
            {
                std::lock_guard<std::mutex> lock(m);
                stop = true;
            }
            cv.notify_all();
            for (std::thread& th : pool) th.join();
        }
    } const join_all{m, cv, stop, pool};
    for (unsigned k = 1; k < jobs; ++k) pool.emplace_back(worker, k);
    bool go = true;
    for (std::size_t i = 0; i < count && go; ++i) {
        segment& seg = ring[i % window];
        {
            std::unique_lock<std::mutex> lock(m);
            while (!seg.ready) {
                const std::size_t j = claim(lock);
                if (j == count) cv.wait(lock);
                else parse_claimed(j, lock, 0);
            }
        }
        go = consume(seg);
        {
            std::lock_guard<std::mutex> lock(m);
            seg.ready = false;
            ++consumed;
            if (!go) stop = true;
        }
        cv.notify_all();
    }
    return go || read_failed;
}

}  // namespace

namespace {

// for_each_record, for_each_tweet and for_each_output.
bool walk(const std::vector<input>& inputs, const command_line& cl, totals& t, const handlers& h) {
    std::uint64_t total = 0;
    bool total_known = true;
    for (const input& in : inputs) {
        total += in.size;
        total_known = total_known && in.size_known;
    }
    progress bar(total, total_known && !cl.quiet);
    std::vector<char> buf;  // the read buffer, allocated when a read needs it
    byte_buffer scratch;    // with h.emit: one record's output, when this thread makes it
    for (const input& in : inputs) {
        bool go = true;
        // Every record in input order, with its output when parse_mapped made it (h.work).
        auto deliver = [&](const tweetview::record& r, const std::string_view* made) {
            if (r.is_tweet()) ++t.tweets;
            else if (r.is_error()) {
                ++t.errors;
                print_error(in, r.error);
            }
            if (h.on_tweet) {
                if (r.is_tweet()) (*h.on_tweet)(0, r.tweet);
                return true;
            }
            if (h.sink) {
                // Made on a parsing thread (-j N), or made here, straight into the output.
                if (made) *h.sink += *made;
                else (*h.work)(0, in, r, *h.sink);
                return go = (*h.sink_done)();
            }
            if (h.work) {
                if (made) return go = (*h.emit)(*made);
                scratch.clear();
                (*h.work)(0, in, r, scratch);
                return go = (*h.emit)(scratch.view());
            }
            return go = (*h.on_record)(in, r);
        };
        if (in.archive) {  // Twitter's tweets.js: its tweets as Markdown records, on this thread
            if (!read_archive_tweets(in, cl, t, bar, [&](const tweetview::record& r) { return deliver(r, nullptr); })) return false;
            continue;
        }
        const bool is_stdin = in.path == "-";
        const int fd = is_stdin ? 0 : ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            io_fail(t, in.display, errno);
            continue;
        }
        ++t.files;
        tweetview::stream s;
        bool read_failed = false;
        auto cb = [&](const tweetview::record& r) { return deliver(r, nullptr); };
        // One slice of input: counted, shown, parsed. False once the callback stopped the stream.
        auto feed = [&](const char* p, std::size_t n) {
            t.bytes += n;
            bar.advance(n);
            return s.feed(std::string_view(p, n), cb) != tweetview::feed_status::stopped;
        };
        // A file cut into ranges (-j N, --split) is mapped to find the cuts, its segments pread()
        // (parse_mapped); read on one thread, see below.
        struct stat st {};
        const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
        const bool mappable = !cl.no_mmap && !is_stdin && (cl.jobs > 1 || cl.split_count > 0) && regular && st.st_size > 0;
        const std::size_t map_size = mappable ? static_cast<std::size_t>(st.st_size) : 0;
        // An empty regular file has no records, in any of N ranges.
        const bool empty_file = !cl.no_mmap && !is_stdin && regular && st.st_size == 0;
        const mapping map(mappable ? fd : -1, map_size);  // not mapped: read in chunks
        if (map.data()) {
            // Split or parallel: records() over ranges of the mapping (see parse_mapped).
            const std::string_view all(map.data(), map_size);
            const tweetview::layout shape = tweetview::detect_layout(all.substr(0, std::size_t{1} << 16));
            const byte_range range = cl.split_count > 0 ? split_range(all, shape, cl.split_index, cl.split_count)
                                                        : byte_range{0, map_size};
            const auto mapped_cb = [&](const tweetview::record& r, std::string_view out) { return deliver(r, &out); };
            go = parse_mapped(fd, all, range, shape, cl.jobs, in, h, mapped_cb, t, [&](std::size_t n) {
                t.bytes += n;
                bar.advance(n);
            });
            if (!is_stdin) ::close(fd);
            if (!go) return false;
            continue;
        }
        if (cl.split_count > 0 && !empty_file) {
            // A byte range needs the input's size and its bytes at any offset: a mapped file.
            clear_progress_line();
            std::fprintf(stderr, "tweetview: %s: --split needs a regular file that can be mapped (not stdin, a pipe or --no-mmap)\n",
                         in.display.c_str());
            t.io_error = true;
            --t.files;
            if (!is_stdin) ::close(fd);
            continue;
        }
        // One thread: read() in chunks into one buffer, or the file mapped and fed in slices of the
        // same size (no copy; a record split between slices is carried by the stream as with
        // reads), whichever measures cheaper here (--mmap, --no-mmap: one way always).
        constexpr std::uint64_t measure_from = std::uint64_t{64} << 20;  // below, either costs a few ms
        const std::size_t file_size = static_cast<std::size_t>(st.st_size);
        const mapping whole(!cl.no_mmap && !is_stdin && regular && st.st_size > 0 &&
                                    (cl.force_mmap || static_cast<std::uint64_t>(st.st_size) >= measure_from)
                                ? fd
                                : -1,
                            file_size);
        if (whole.data() && (cl.force_mmap || mapping_measures_cheaper(fd, whole.data(), file_size))) {
            (void)::madvise(const_cast<char*>(whole.data()), file_size, MADV_SEQUENTIAL);
            for (std::size_t at = 0; at < file_size;) {
                const std::size_t n = std::min(cl.chunk_size, file_size - at);
                if (!feed(whole.data() + at, n)) break;
                at += n;
            }
            if (go) (void)s.finish(cb);
            if (!is_stdin) ::close(fd);
            if (!go) return false;
            continue;
        }
        if (buf.empty()) buf.resize(cl.chunk_size);
        for (;;) {
            const ssize_t n = ::read(fd, buf.data(), buf.size());
            if (n < 0) {
                if (errno == EINTR) continue;
                io_fail(t, in.display, errno);
                read_failed = true;  // the input did not end here: no "truncated" record
                break;
            }
            if (n == 0 || !feed(buf.data(), static_cast<std::size_t>(n))) break;
        }
        if (go && !read_failed) (void)s.finish(cb);
        if (!is_stdin) ::close(fd);
        if (!go) return false;
    }
    bar.finish();
    return true;
}

}  // namespace

bool for_each_record(const std::vector<input>& inputs, const command_line& cl, totals& t, const record_callback& on_record) {
    handlers h;
    h.on_record = &on_record;
    return walk(inputs, cl, t, h);
}

void for_each_tweet(const std::vector<input>& inputs, const command_line& cl, totals& t, const tweet_callback& on_tweet) {
    handlers h;
    h.on_tweet = &on_tweet;
    (void)walk(inputs, cl, t, h);
}

bool for_each_output(const std::vector<input>& inputs, const command_line& cl, totals& t, const record_work& work,
                     const output_callback& emit) {
    handlers h;
    h.work = &work;
    h.emit = &emit;
    return walk(inputs, cl, t, h);
}

bool for_each_output(const std::vector<input>& inputs, const command_line& cl, totals& t, const record_work& work,
                     byte_buffer& out, const std::function<bool()>& record_done) {
    handlers h;
    h.work = &work;
    h.sink = &out;
    h.sink_done = &record_done;
    return walk(inputs, cl, t, h);
}

bool for_each_output(const std::vector<input>& inputs, const command_line& cl, totals& t, const record_work& work,
                     stdout_writer& w) {
    return for_each_output(inputs, cl, t, work, w.buffer(), [&w] { return w.record_done(); });
}

}  // namespace tool
