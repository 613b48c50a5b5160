// tweetview check: parse, report each bad record, print a summary line.
#include "tool.hpp"

namespace tool {

static const char check_help[] =
    "usage: tweetview check [--chunk-size N] FILE|DIR|-...\n"
    "\n"
    "Parses archives and reports every bad record on stderr as FILE:LINE:COL: error: MESSAGE,\n"
    "then prints one summary line. A directory means its *.md files in name order; - is stdin.\n"
    "Exit status: 0 all records good, 1 some record bad, 2 usage or I/O error.\n"
    "\n"
    "example: tweetview check examples/data/sample.md\n";

int run_check(const std::vector<std::string>& args) {
    std::vector<std::string> operands;
    std::size_t chunk = 64 * 1024;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            std::fputs(check_help, stdout);
            return exit_clean;
        }
        if (a == "--chunk-size") {
            if (i + 1 >= args.size() || !parse_size(args[i + 1], chunk)) {
                std::fprintf(stderr, "tweetview check: --chunk-size needs a positive number of bytes\n");
                return exit_usage;
            }
            ++i;
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "tweetview check: unknown option '%s' (see tweetview check --help)\n", a.c_str());
            return exit_usage;
        } else {
            operands.push_back(a);
        }
    }
    if (operands.empty()) {
        std::fprintf(stderr, "tweetview check: no input (see tweetview check --help)\n");
        return exit_usage;
    }
    totals t;
    const std::vector<input> inputs = expand_inputs(operands, t);
    for_each_record(inputs, chunk, t, [](const input&, const tweetview::record&) { return true; });
    std::printf("%llu files, %llu tweets, %llu errors, %llu bytes\n", static_cast<unsigned long long>(t.files),
                static_cast<unsigned long long>(t.tweets), static_cast<unsigned long long>(t.errors),
                static_cast<unsigned long long>(t.bytes));
    return t.exit_status();
}

}  // namespace tool
