// Pieces shared by the tweetview tool's subcommands. Each lives in one small file:
//   args.cpp      the command line (parse_command_line, sizes, dates)
//   input.cpp     walking the inputs (files, directories, stdin; mmap or chunked reads)
//   progress.cpp  the progress line on stderr
//   json.cpp      JSON string escaping and numbers
//   output.cpp    buffered stdout
//   names.cpp     case folding of screen names and hashtags, the host of a URL
// and one file per subcommand (check, jsonl, stats, grep, repair, convert).
#pragma once

#include <tweetview/tweetview.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tool {

// Exit codes of every subcommand.
enum exit_code : int { exit_clean = 0, exit_bad_records = 1, exit_usage = 2 };

// Totals that every subcommand reports in its summary line.
struct totals {
    std::uint64_t files = 0;
    std::uint64_t tweets = 0;
    std::uint64_t errors = 0;
    std::uint64_t bytes = 0;
    bool io_error = false;
    [[nodiscard]] int exit_status() const { return io_error ? exit_usage : errors ? exit_bad_records : exit_clean; }
};

// ---- output.cpp: a byte buffer -------------------------------------------------------------

// A growable byte buffer that, unlike std::string, leaves new room uninitialised: a writer asks
// for room for the most it may write (reserve_more), writes, and says where it stopped (commit).
// Grows geometrically and never shrinks, so once it has held the largest record, nothing
// touches the allocator.
class byte_buffer {
public:
    using value_type = char;  // (for std::back_inserter)
    // Room for at least n more bytes after the end; returns where they go.
    char* reserve_more(std::size_t n) {
        if (cap_ - size_ < n) grow(n);
        return data_.get() + size_;
    }
    // The bytes up to `end` (inside the room reserve_more gave) are now the buffer's.
    void commit(const char* end) { size_ = static_cast<std::size_t>(end - data_.get()); }
    void append(const char* p, std::size_t n) {
        char* o = reserve_more(n);
        if (n) std::memcpy(o, p, n);
        size_ += n;
    }
    void append(std::string_view s) { append(s.data(), s.size()); }
    byte_buffer& operator+=(std::string_view s) {
        append(s);
        return *this;
    }
    void push_back(char c) { *reserve_more(1) = c, ++size_; }
    void clear() { size_ = 0; }
    void swap(byte_buffer& other) noexcept {
        data_.swap(other.data_);
        std::swap(size_, other.size_);
        std::swap(cap_, other.cap_);
    }
    [[nodiscard]] const char* data() const { return data_.get(); }
    [[nodiscard]] std::size_t size() const { return size_; }
    [[nodiscard]] bool empty() const { return size_ == 0; }
    [[nodiscard]] std::string_view view() const { return {data_.get(), size_}; }

private:
    void grow(std::size_t n);
    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0, cap_ = 0;
};

// ---- args.cpp ------------------------------------------------------------------------------

// A subcommand's command line: its operands, the options every subcommand takes, and the
// options it declares.
struct flag_option {
    const char* name;  // "--no-html"
    bool* value;       // set to true when given
};
struct value_option {
    const char* name;                          // "--since"
    std::string* value;                        // the next argument (given twice: a usage error)
    std::vector<std::string>* list = nullptr;  // or, for a repeatable option, every value in order
};
struct command_line {
    std::vector<std::string> operands;
    std::size_t chunk_size = 64 * 1024;  // --chunk-size N: read size (or mapped slice) fed to the stream
    bool quiet = false;                  // --quiet: no progress line
    bool no_mmap = false;                // --no-mmap: read regular files in chunks too
    bool force_mmap = false;             // --mmap: map a file read on one thread (default: measured)
    unsigned jobs = 1;                   // -j N: parse each mapped file on N threads
    unsigned split_index = 0;            // --split I/N: only the records that start in the I-th
    unsigned split_count = 0;            //   of N equal byte ranges of each file (0: all)
};
// Parses args for subcommand `cmd`: -h/--help prints `help`; --chunk-size N, --quiet, --no-mmap, --mmap;
// the declared options; anything else starting with '-' (but "-" itself) is a usage error.
// Returns -1 to go on, or the exit status to return at once (after printing help or a one-line
// error).
int parse_command_line(const char* cmd, const std::vector<std::string>& args, const char* help,
                       std::initializer_list<flag_option> flags, std::initializer_list<value_option> values,
                       command_line& out);

// The options every subcommand takes, as its --help ends them.
#define TWEETVIEW_COMMON_HELP                                                                      \
    "Every command also takes --quiet (no progress line; one is shown on a terminal for inputs\n" \
    "over 64 MiB), --no-mmap or --mmap (read() a file read on one thread in chunks, or map it;\n" \
    "by default, for files of 64 MiB or more, whichever measures cheaper here), --chunk-size N\n" \
    "(bytes read or mapped at a time, default 65536) and -j N (parse each file on N threads);\n" \
    "the output depends on none of them. --split I/N takes only the records that start in the\n" \
    "I-th of N equal byte ranges of each file, so N processes see every record once.\n"

// A positive decimal number (at most 12 digits).
bool parse_size(std::string_view text, std::size_t& out);

// A UTC instant: YYYY-MM-DD (midnight UTC) or YYYY-MM-DDTHH:MM[:SS] with Z, +HH:MM, -HH:MM,
// +HHMM or nothing (UTC); a space may stand for the T. False for anything else, or a date or
// time that does not exist.
bool parse_instant(std::string_view text, std::int64_t& unix_seconds);

// ---- input.cpp -----------------------------------------------------------------------------

// One input as the user named it: a file, "-" for stdin. Directories are expanded to their
// *.md files in name order by expand_inputs.
struct input {
    std::string path;          // as opened
    std::string display;       // as printed in messages ("<stdin>" for "-")
    std::uint64_t size = 0;    // bytes, when size_known (regular files, stdin from a file)
    bool size_known = false;
    bool archive = false;      // a tweets file of Twitter's own archive (archive_js.cpp)
};

// Expands the command line's operands. Prints "tweetview: PATH: REASON" for what cannot be
// opened or listed and sets totals.io_error; the rest goes on.
std::vector<input> expand_inputs(const std::vector<std::string>& operands, totals& t);

// Parses each input with a fresh tweetview::stream (no record spans two files) and calls
// on_record for every record (tweets, errors and trailers) with its input. Inputs are read in
// cl.chunk_size chunks into one reused buffer; regular files that -j N or --split cut into
// ranges are memory-mapped (not with --no-mmap). The records, and so the output, are the same
// either way. Bad
// records are printed to stderr as "FILE:LINE:COL: error: MESSAGE" and counted in `t`. Shows a
// progress line (see progress.cpp) unless cl.quiet. Returns false if the callback asked to stop.
using record_callback = std::function<bool(const input&, const tweetview::record&)>;
bool for_each_record(const std::vector<input>& inputs, const command_line& cl, totals& t,
                     const record_callback& on_record);

// The same for work on each tweet that does not depend on order or on the tweet's line (counting):
// with -j N, on_tweet runs on the N parsing threads at once, `thread` (0 to N-1) saying which, so
// that each can keep counts of its own; `line` is then counted from the start of a segment. Bad
// records are still printed in input order.
using tweet_callback = std::function<void(unsigned thread, const tweetview::tweet&)>;
void for_each_tweet(const std::vector<input>& inputs, const command_line& cl, totals& t, const tweet_callback& on_tweet);

// The same for commands whose work on a record is to make its output (jsonl, repair, export):
// `work` appends the output of one record (tweet, error or trailer) to `out`; with -j N it runs
// on the N parsing threads at once (`thread`, 0 to N-1, for scratch of each thread's own), with
// absolute lines. The outputs reach `emit` on this thread, record by record in input order, each
// after the record's error message if it is bad, as with -j 1. Returns false once emit returned
// false.
using record_work = std::function<void(unsigned thread, const input&, const tweetview::record&, byte_buffer& out)>;
using output_callback = std::function<bool(std::string_view out)>;
bool for_each_output(const std::vector<input>& inputs, const command_line& cl, totals& t, const record_work& work,
                     const output_callback& emit);
// The same with the outputs appended to `out`, and record_done called after each record (with
// or without an output) to do what it will with them, and return false to stop; with -j 1 `work`
// appends straight into `out`, so an output is made once and never copied.
bool for_each_output(const std::vector<input>& inputs, const command_line& cl, totals& t, const record_work& work,
                     byte_buffer& out, const std::function<bool()>& record_done);
// The same with the outputs written to stdout through `w`. False once stdout is gone.
class stdout_writer;
bool for_each_output(const std::vector<input>& inputs, const command_line& cl, totals& t, const record_work& work,
                     stdout_writer& w);

// Prints a record's error in the compiler-style form to stderr.
void print_error(const input& in, const tweetview::error& e);

// ---- archive_js.cpp: Twitter's own archive (data/tweets.js) ---------------------------------

// Whether a file name is that of an archive's tweets: tweets.js, tweet.js or tweets-part*.js.
bool is_archive_tweets_name(std::string_view path);
// When `dir` is a Twitter archive (it holds data/account.js, or is that data/ folder itself):
// appends its tweets files (tweet.js, tweets.js, tweets-part1.js, ... by number) as archive
// inputs and returns true (an archive without any is said so, and sets totals.io_error). False
// for any other directory.
bool expand_archive_dir(const std::string& dir, totals& t, std::vector<input>& out);
class progress;
// Reads an archive's tweets file (account.js beside it names the account): each tweet, in the
// file's order, as the record twitter-archive-parser (flavour F11) writes for it, in a buffer
// that the next tweet reuses, to `cb`, with offset and line of its JSON object. Malformed JSON
// and tweets without id_str, created_at or full_text are said as FILE:LINE:COL: error: ... and
// counted, and the rest go on. Counts files and bytes; --split I/N takes the tweets whose object
// starts in the I-th of N byte ranges. False once `cb` returned false.
using archive_callback = std::function<bool(const tweetview::record&)>;
bool read_archive_tweets(const input& in, const command_line& cl, totals& t, progress& bar, const archive_callback& cb);

// ---- progress.cpp --------------------------------------------------------------------------

// A progress line on stderr ("tweetview: 123.4 of 537.0 MB, 812 MB/s, 0:01 left"), redrawn at
// most ten times a second with a carriage return and cleared at the end. Shown only when
// `enabled`, stderr is a terminal and `total` is over 64 MiB.
class progress {
public:
    progress(std::uint64_t total, bool enabled);
    ~progress();
    progress(const progress&) = delete;
    progress& operator=(const progress&) = delete;
    void advance(std::uint64_t bytes);  // `bytes` more are done
    void finish();                      // clears the line

private:
    std::uint64_t total_, done_ = 0;
    double start_ = 0, last_draw_ = 0;
    bool on_ = false;
};
// Erases a drawn progress line (it comes back at the next redraw). Call before writing other
// text to stderr, or to stdout when that is the same terminal.
void clear_progress_line();

// ---- json.cpp ------------------------------------------------------------------------------

// JSON written straight into room the caller reserved (byte_buffer::reserve_more): each put_*
// writes at most its bound and returns the new end. No allocation, no per-byte appends.
// A string literal for `s` takes at most 6 bytes a byte (\u00XX) and the quotes: the library's
// bound (put_json_string is the library's write_json_string).
constexpr std::size_t json_string_bound(std::size_t n) { return tweetview::json_string_bound(n); }
constexpr std::size_t json_number_bound = 20;  // 18446744073709551615, -9223372036854775808
// What put_json_string saw in `s`, for whoever converts offsets into it.
struct json_text_info {
    bool ascii = true;     // no byte >= 0x80: code-point offsets are byte offsets
};
// Writes "s" escaped, in one pass that also validates UTF-8: each byte that starts no well-formed
// character becomes one U+FFFD, which is how the library counts code points, so entity indices
// fit the text written (with `lossless`: each such byte as the escape \udcHH, a lone low
// surrogate, as Python's "surrogateescape" does, so that the bytes can be read back). Control
// characters and DEL are escaped. (tweetview::write_json_string.)
char* put_json_string(char* o, std::string_view s, json_text_info* info = nullptr, bool lossless = false);
char* put_json_uint_any(char* o, unsigned long long v);
inline char* put_json_uint(char* o, unsigned long long v) {
    if (v >= 100) return put_json_uint_any(o, v);
    if (v >= 10) *o++ = static_cast<char>('0' + v / 10);  // (indices, lines: most numbers are short)
    *o++ = static_cast<char>('0' + v % 10);
    return o;
}
char* put_json_int(char* o, long long v);
inline char* put_raw(char* o, std::string_view s) {
    std::memcpy(o, s.data(), s.size());
    return o + s.size();
}
// A JSON string of bytes that need no escaping, quoted as they are: what the parser validated
// byte by byte (a tweet's user, created_at and url: letters, digits, '_', and the fixed layouts
// of the timestamp and the status URL; a mention's screen name and list slug).
inline char* put_plain_json_string(char* o, std::string_view s) {
    *o++ = '"';
    o = put_raw(o, s);
    *o++ = '"';
    return o;
}

// The same, appended to a std::string (stats --json, export: not the per-record hot path).
void append_json_string(std::string& out, std::string_view s, bool lossless = false);
void append_json_uint(std::string& out, unsigned long long v);
void append_json_uint(byte_buffer& out, unsigned long long v);
void append_json_int(std::string& out, long long v);

// ---- jsonl.cpp: the JSON object of one tweet (jsonl, grep --jsonl) --------------------------

// Writes one tweet as the JSON object `tweetview jsonl` prints, newline included: the room it
// may need is reserved once, then every field is written into it. Keeps its scratch buffers
// between calls, so after the first records it allocates nothing.
class tweet_json {
public:
    bool repair = false;        // text (and its entities) repaired
    bool unescape = false;      // text (and its entities) as the author wrote it (F08+ unquoted, F10+ unescaped)
    bool byte_indices = false;  // entity indices in bytes rather than code points
    void append(byte_buffer& out, const input& in, const tweetview::tweet& tw);

private:
    struct located {
        tweetview::entity e;
        std::uint32_t begin, end;
    };
    byte_buffer repaired_, unescaped_;
    std::string names_;  // the reply header's names, unescaped
    std::vector<located> found_;
    std::vector<tweetview::media_span> media_;
    // The input being written: its name as a JSON string, and its flavour, read off a file's
    // head and tail when it can be, else refined record by record.
    const input* input_ = nullptr;
    std::string file_json_;
    tweetview::flavour flavour_ = tweetview::flavour::unknown;
    bool flavour_final_ = false;
};

// The flavour of a regular file, from its first MiB and its last bytes (whether a separator
// ends it); unknown for anything else.
tweetview::flavour sniff_flavour(const input& in);

// ---- output.cpp ----------------------------------------------------------------------------

// Flushes stdio's stdout and gives the process's exit status: `status`, or exit_usage when a
// write to stdout failed (disk full, ...; the first failure is said on stderr). A reader that
// went away (EPIPE) is no failure.
int finish_stdout(int status);

// Buffered stdout that is flushed only at record boundaries (so a reader never sees a partial
// line), in blocks of about 1 MiB, and that notices when the reader went away (EPIPE: SIGPIPE is
// ignored in main).
class stdout_writer {
public:
    static constexpr std::size_t block = std::size_t{1} << 20;
    stdout_writer() { (void)buf_.reserve_more(block + (block >> 2)); }
    byte_buffer& buffer() { return buf_; }
    // Call after each complete record; false once stdout is gone.
    bool record_done() { return buf_.size() < block || flush(); }
    bool flush();
    [[nodiscard]] bool gone() const { return gone_; }

private:
    byte_buffer buf_;
    bool gone_ = false;
};

// ---- names.cpp -----------------------------------------------------------------------------

// ASCII letters lower-cased, every other byte kept (screen names and hosts, which are ASCII).
void fold_ascii(std::string_view s, std::string& out);
// Unicode simple case folding (hashtags, in any script); invalid UTF-8 bytes kept (casefold.cpp).
void fold_case(std::string_view s, std::string& out);
// The host of a URL entity (with or without http:// or https://): lower-cased (ASCII), "www."
// and a trailing dot dropped, no port, path, query or fragment.
void url_host(std::string_view url, std::string& out);
// Whether `host` is `domain` or a subdomain of it (both already from url_host / fold_ascii).
bool host_in_domain(std::string_view host, std::string_view domain);

// ---- subcommands ---------------------------------------------------------------------------
int run_check(const std::vector<std::string>& args);
int run_jsonl(const std::vector<std::string>& args);
int run_stats(const std::vector<std::string>& args);
int run_grep(const std::vector<std::string>& args);
int run_repair(const std::vector<std::string>& args);
int run_convert(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);
int run_threads(const std::vector<std::string>& args);  // threads.cpp

}  // namespace tool
