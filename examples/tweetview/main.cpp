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
    "  check   parse, report bad records as FILE:LINE:COL: error: MESSAGE, print a summary\n"
    "  jsonl   one JSON object per tweet\n"
    "  repair  the archive with each text's HTML entities decoded and mojibake undone\n"
    "\n"
    "A directory means its *.md files in name order; - is stdin.\n"
    "Run 'tweetview COMMAND --help' for a command's options; --version prints the version.\n"
    "\n"
    "example: tweetview check examples/data/sample.md\n";

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
    if (cmd == "check") return tool::run_check(args);
    if (cmd == "jsonl") return tool::run_jsonl(args);
    if (cmd == "repair") return tool::run_repair(args);
    std::fprintf(stderr, "tweetview: unknown command '%s' (see tweetview --help)\n", cmd.c_str());
    return tool::exit_usage;
}
