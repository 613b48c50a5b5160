// tweetview check: parse, report each bad record, print a summary line.
#include "tool.hpp"

namespace tool {

static const char check_help[] =
    "usage: tweetview check [--entities] FILE|DIR|-...\n"
    "\n"
    "Parses archives and reports every bad record on stderr as FILE:LINE:COL: error: MESSAGE,\n"
    "then prints one summary line. --entities also extracts every mention, URL, hashtag and\n"
    "cashtag and adds their counts to the summary. A directory means its *.md files, in its\n"
    "subdirectories too, in path order; - is stdin. Exit status: 0 all records good, 1 some\n"
    "record bad, 2 usage or I/O error.\n" TWEETVIEW_COMMON_HELP
    "\n"
    "example: tweetview check --entities examples/data/sample.md\n";

int run_check(const std::vector<std::string>& args) {
    command_line cl;
    bool with_entities = false;
    const int early = parse_command_line("check", args, check_help, {{"--entities", &with_entities}}, {}, cl);
    if (early >= 0) return early;
    totals t;
    const std::vector<input> inputs = expand_inputs(cl.operands, t);
    // Entity counts by kind, one row per parsing thread (-j N), each on a cache line of its own.
    struct alignas(64) row {
        std::uint64_t n[4] = {0, 0, 0, 0};
    };
    std::vector<row> rows(cl.jobs);
    for_each_tweet(inputs, cl, t, [&](unsigned thread, const tweetview::tweet& tw) {
        if (!with_entities) return;
        for (const tweetview::entity& e : tweetview::entities(tw.text)) ++rows[thread].n[static_cast<int>(e.kind)];
    });
    std::uint64_t counts[4] = {0, 0, 0, 0};
    for (const row& r : rows) {
        for (int k = 0; k < 4; ++k) counts[k] += r.n[k];
    }
    std::printf("%llu files, %llu tweets, %llu errors, %llu bytes", static_cast<unsigned long long>(t.files),
                static_cast<unsigned long long>(t.tweets), static_cast<unsigned long long>(t.errors),
                static_cast<unsigned long long>(t.bytes));
    if (with_entities) {
        std::printf(", %llu mentions, %llu urls, %llu hashtags, %llu cashtags", static_cast<unsigned long long>(counts[0]),
                    static_cast<unsigned long long>(counts[1]), static_cast<unsigned long long>(counts[2]),
                    static_cast<unsigned long long>(counts[3]));
    }
    std::printf("\n");
    return t.exit_status();
}

}  // namespace tool
