// Pieces shared by the tweetview tool's subcommands.
#pragma once

#include <tweetview/tweetview.hpp>

#include <cstdint>
#include <cstdio>
#include <functional>
#include <initializer_list>
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

// One input as the user named it: a file, "-" for stdin. Directories are expanded to their
// *.md files in name order by expand_inputs.
struct input {
    std::string path;     // as opened
    std::string display;  // as printed in messages ("<stdin>" for "-")
};

// Expands the command line's operands. Prints "tweetview: PATH: REASON" for what cannot be
// opened or listed and sets totals.io_error; the rest goes on.
std::vector<input> expand_inputs(const std::vector<std::string>& operands, totals& t);

// Reads each input in chunks of `chunk_size` bytes and feeds a fresh tweetview::stream per
// input (no record spans two files). Calls on_record for every record with its input. Errors
// are printed to stderr as "FILE:LINE:COL: error: MESSAGE" and counted by the caller's
// callback. Returns false if the callback asked to stop.
using record_callback = std::function<bool(const input&, const tweetview::record&)>;
bool for_each_record(const std::vector<input>& inputs, std::size_t chunk_size, totals& t,
                     const record_callback& on_record);

// Prints a record's error in the compiler-style form to stderr.
void print_error(const input& in, const tweetview::error& e);

// A positive decimal number of bytes.
bool parse_size(std::string_view text, std::size_t& out);

// A subcommand's command line: its operands, the read size, and the options it declares.
struct flag_option {
    const char* name;  // "--no-html"
    bool* value;       // set to true when given
};
struct value_option {
    const char* name;    // "--since"
    std::string* value;  // the next argument
};
struct command_line {
    std::vector<std::string> operands;
    std::size_t chunk_size = 64 * 1024;  // --chunk-size N: read size fed to the stream
};
// Parses args for subcommand `cmd`: -h/--help prints `help`; --chunk-size N; the declared
// options; anything else starting with '-' (but "-" itself) is a usage error. Returns -1 to go
// on, or the exit status to return at once (after printing help or a one-line error).
int parse_command_line(const char* cmd, const std::vector<std::string>& args, const char* help,
                       std::initializer_list<flag_option> flags, std::initializer_list<value_option> values,
                       command_line& out);

// JSON string escaping: writes a JSON string literal for `s` to `out`; invalid UTF-8 becomes
// U+FFFD, control characters are escaped.
void append_json_string(std::string& out, std::string_view s);

// Buffered stdout that is flushed only at record boundaries (so a reader never sees a partial
// line) and that notices when the reader went away (EPIPE: SIGPIPE is ignored in main).
class stdout_writer {
public:
    stdout_writer() { buf_.reserve(1 << 17); }
    std::string& buffer() { return buf_; }
    // Call after each complete record; false once stdout is gone.
    bool record_done() { return buf_.size() < (1 << 16) || flush(); }
    bool flush();
    [[nodiscard]] bool gone() const { return gone_; }

private:
    std::string buf_;
    bool gone_ = false;
};

// Subcommands.
int run_check(const std::vector<std::string>& args);
int run_jsonl(const std::vector<std::string>& args);
int run_repair(const std::vector<std::string>& args);

}  // namespace tool
