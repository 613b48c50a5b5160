// tweetview: the command-line face of the library.
#include "tool.hpp"

#include <csignal>
#include <cstring>

static const char main_help[] =
    "usage: tweetview COMMAND [OPTIONS] FILE|DIR|-...\n"
    "\n"
    "Reads Twitter archives written by twitter-archive-parser (Markdown, one record per tweet).\n"
    "\n"
    "commands:\n"
    "  stats   tweets per year and month, replies, retweets, top mentions, domains, hashtags\n"
    "  grep    the tweets that match filters (dates, author, mention, hashtag, domain, text)\n"
    "  check   parse, report bad records as FILE:LINE:COL: error: MESSAGE, print a summary\n"
    "  jsonl   one JSON object per tweet\n"
    "  repair  the archive with each text's HTML entities decoded and mojibake undone\n"
    "  convert the archive in another flavour of twitter-archive-parser's Markdown\n"
    "  export  the archive as a Twitter archive folder (data/tweets.js), as Twitter gives it\n"
    "  threads the self-reply threads, each as one record (or one JSON object)\n"
    "\n"
    "A directory means its *.md files, in its subdirectories too, in path order; - is stdin.\n"
    "Twitter's own archive is read too: its folder, its data/ folder or data/tweets.js.\n"
    "Every command takes --quiet (no progress line), --mmap or --no-mmap (how a file read on one\n"
    "thread is read: mapped, or read() in chunks; by default whichever measures cheaper on this\n"
    "machine, for files of 64 MiB or more), --chunk-size N, -j N (parse each\n"
    "file on N threads) and --split I/N (only the records that start in the I-th of N equal byte\n"
    "ranges of each file); run 'tweetview COMMAND --help' for its options. --version prints the\n"
    "version.\n"
    "\n"
    "examples: tweetview stats examples/data/sample.md\n"
    "          tweetview grep --mention carol --since 2013-01-01 examples/data/sample.md\n";

int main(int argc, char** argv) {
    // A reader that goes away (tweetview jsonl ... | head) ends us quietly: write() fails with
    // EPIPE instead of a signal killing the process mid-line.
    std::signal(SIGPIPE, SIG_IGN);
    if (argc < 2) {
        std::fputs(main_help, stderr);
        return tool::exit_usage;
    }
    const std::string cmd = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if (cmd == "-h" || cmd == "--help" || cmd == "help") {
        std::fputs(main_help, stdout);
        return tool::exit_clean;
    }
    if (cmd == "--version") {
        std::printf("tweetview %s\n", TWEETVIEW_VERSION_STRING);
        return tool::exit_clean;
    }
    if (cmd == "check") return tool::finish_stdout(tool::run_check(args));
    if (cmd == "jsonl") return tool::finish_stdout(tool::run_jsonl(args));
    if (cmd == "stats") return tool::finish_stdout(tool::run_stats(args));
    if (cmd == "grep") return tool::finish_stdout(tool::run_grep(args));
    if (cmd == "repair") return tool::finish_stdout(tool::run_repair(args));
    if (cmd == "convert") return tool::finish_stdout(tool::run_convert(args));
    if (cmd == "export") return tool::finish_stdout(tool::run_export(args));
    if (cmd == "threads") return tool::finish_stdout(tool::run_threads(args));
    std::fprintf(stderr, "tweetview: unknown command '%s' (see tweetview --help)\n", cmd.c_str());
    return tool::exit_usage;
}
