// tweetview threads: the self-reply chains of an archive, each as one record (or one JSON object).
#include "tool.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace tool {

static const char threads_help[] =
    "usage: tweetview threads [--jsonl] FILE|DIR|ARCHIVE...\n"
    "\n"
    "Finds the threads in archives: a tweet and the replies its author made to it, to those\n"
    "replies, and so on (self-replies whose parent is in the input). The parent ids come from\n"
    "the 'Replying to' header of F08 and later, and from in_reply_to_status_id in Twitter's\n"
    "tweets.js; the flavours before F08 keep none, and an input in one of them is said to have\n"
    "no threads. Writes each thread as one record in the flavour of the first thread's first\n"
    "tweet: the thread's texts, in order, with a blank line between them, and the first tweet's\n"
    "header and footer (so the output is an archive every command reads); --jsonl writes one\n"
    "object per thread instead: root (the first tweet's id), length, and tweets (each as jsonl\n"
    "writes it). A tweet with several self-replies puts them all in its thread, each after\n"
    "its parent, depth first, the earlier id first. The number of threads, the tweets in them\n"
    "and the longest are said on stderr. The tweets are held in memory until the end.\n" TWEETVIEW_COMMON_HELP
    "\n"
    "example: tweetview threads --jsonl archive/ | jq .length\n";

namespace {

// A tweet as kept until the end: its record's bytes (with the separator after it, so that it
// parses again alone) in `arena`, and what finding threads needs.
struct kept {
    std::uint64_t id, parent;
    std::size_t at, size;  // record bytes in the arena
    std::size_t input;     // index into the inputs
    std::uint64_t offset, line;
    tweetview::layout shape;
    tweetview::flavour flavour;
    std::size_t user_at, user_size;  // the screen name, folded, in the arena
};

}  // namespace

int run_threads(const std::vector<std::string>& args) {
    command_line cl;
    bool jsonl = false;
    const int early = parse_command_line("threads", args, threads_help, {{"--jsonl", &jsonl}}, {}, cl);
    if (early >= 0) return early;
    totals t;
    const std::vector<input> inputs = expand_inputs(cl.operands, t);
    std::string arena, folded;
    std::vector<kept> tweets;
    const input* last_input = nullptr;
    // Inputs whose flavour keeps no parent ids: how many of each flavour, and the first.
    std::vector<std::pair<tweetview::flavour, std::pair<std::size_t, std::string>>> without_ids;
    for_each_record(inputs, cl, t, [&](const input& in, const tweetview::record& r) {
        if (!r.is_tweet()) return true;
        const tweetview::tweet& tw = r.tweet;
        if (&in != last_input) {
            last_input = &in;
            if (!tweetview::has_reply_header(tw.flavour)) {
                auto it = std::find_if(without_ids.begin(), without_ids.end(), [&](const auto& w) { return w.first == tw.flavour; });
                if (it == without_ids.end()) without_ids.push_back({tw.flavour, {1, in.display}});
                else ++it->second.first;
            }
        }
        kept k{};
        k.id = tw.id;
        k.parent = tw.in_reply_to_status_id;
        k.at = arena.size();
        arena += r.prefix;
        arena += tw.raw;
        arena += r.separator;
        k.size = arena.size() - k.at;
        k.input = static_cast<std::size_t>(&in - inputs.data());
        k.offset = tw.offset;
        k.line = tw.line;
        k.shape = tw.shape;
        k.flavour = tw.flavour;
        fold_ascii(tw.user, folded);
        k.user_at = arena.size();
        arena += folded;
        k.user_size = folded.size();
        tweets.push_back(k);
        return true;
    });
    const auto user = [&](const kept& k) { return std::string_view(arena).substr(k.user_at, k.user_size); };

    // Each tweet's self-replies (the parent in the input, by the same author), then the roots:
    // tweets with self-replies that are not self-replies themselves. The first of equal ids counts.
    std::unordered_map<std::uint64_t, std::size_t> by_id;
    by_id.reserve(tweets.size());
    for (std::size_t i = 0; i < tweets.size(); ++i) by_id.emplace(tweets[i].id, i);
    std::vector<std::vector<std::size_t>> children(tweets.size());
    std::vector<char> is_reply(tweets.size(), 0);
    for (std::size_t i = 0; i < tweets.size(); ++i) {
        const kept& k = tweets[i];
        if (k.parent == 0 || by_id.at(k.id) != i) continue;
        const auto p = by_id.find(k.parent);
        if (p == by_id.end() || p->second == i || user(tweets[p->second]) != user(k)) continue;
        children[p->second].push_back(i);
        is_reply[i] = 1;
    }
    for (auto& c : children) {
        std::sort(c.begin(), c.end(), [&](std::size_t a, std::size_t b) { return tweets[a].id < tweets[b].id; });
    }

    // A kept tweet parsed again from its bytes.
    const auto reparse = [&](const kept& k) {
        tweetview::parse_options opts;
        opts.shape = k.shape;
        opts.flavour = k.flavour;
        tweetview::parse_position pos;
        pos.offset = k.offset;
        pos.line = k.line;
        const std::string_view bytes = std::string_view(arena).substr(k.at, k.size);
        tweetview::parse_result r = tweetview::parse_record(bytes, opts, pos, true);
        return r.rec.tweet;
    };

    stdout_writer w;
    tweet_json json;
    std::unique_ptr<tweetview::writer> out;  // in the first thread's flavour
    tweetview::flavour to = tweetview::flavour::unknown;
    std::string joined, scratch, piece, stored, names;
    byte_buffer object;
    std::vector<std::size_t> order, stack;
    std::uint64_t threads = 0, in_threads = 0;
    std::size_t longest = 0, longest_root = 0;
    for (std::size_t root = 0; root < tweets.size(); ++root) {
        if (children[root].empty() || is_reply[root]) continue;
        // The thread, depth first: each tweet, then its self-replies, the earlier id first.
        order.clear();
        stack.assign(1, root);
        while (!stack.empty()) {
            const std::size_t i = stack.back();
            stack.pop_back();
            order.push_back(i);
            for (auto c = children[i].rbegin(); c != children[i].rend(); ++c) stack.push_back(*c);
        }
        ++threads;
        in_threads += order.size();
        if (order.size() > longest) longest = order.size(), longest_root = root;
        if (jsonl) {
            byte_buffer& b = w.buffer();
            b += "{\"root\":\"";
            append_json_uint(b, tweets[root].id);
            b += "\",\"length\":";
            append_json_uint(b, order.size());
            b += ",\"tweets\":[";
            for (std::size_t n = 0; n < order.size(); ++n) {
                object.clear();
                json.append(object, inputs[tweets[order[n]].input], reparse(tweets[order[n]]));
                std::string_view one = object.view();
                if (!one.empty() && one.back() == '\n') one.remove_suffix(1);
                if (n > 0) b += ",";
                b += one;
            }
            b += "]}\n";
        } else {
            const tweetview::tweet first = reparse(tweets[root]);
            if (!out) {
                to = first.flavour == tweetview::flavour::unknown ? tweetview::flavour::f05 : first.flavour;
                out = std::make_unique<tweetview::writer>(to);
            }
            // The texts as their author wrote them (a reply's leading @names put back, unless
            // the first tweet's header keeps them), a blank line between them, in `to`'s form.
            joined.clear();
            for (std::size_t n = 0; n < order.size(); ++n) {
                const tweetview::tweet tw = n == 0 ? first : reparse(tweets[order[n]]);
                scratch.resize(tweetview::convert_scratch_bound(tw));
                piece.clear();
                if (n == 0 && tweetview::has_reply_header(to)) {
                    scratch.resize(tw.text.size());
                    piece.assign(scratch.data(), tweetview::author_text(tw, scratch.data()));
                } else {
                    tweetview::convert_text(tw, tweetview::flavour::f05, scratch.data(), std::back_inserter(piece));
                }
                while (!piece.empty() && (piece.back() == '\n' || piece.back() == '\r')) piece.pop_back();
                if (n > 0) joined += "\n\n";
                joined += piece;
            }
            stored.clear();
            // (The pieces are F05's form but for a reply header's first: images move to `to`'s place.)
            tweetview::format_text(joined, to, std::back_inserter(stored), tweetview::line_ending::lf, tweetview::flavour::f05);
            names.clear();
            tweetview::convert_reply_names(first, to, std::back_inserter(names));
            out->write(first, stored, names, std::back_inserter(w.buffer()));
        }
        if (!w.record_done()) break;
    }
    w.flush();
    clear_progress_line();
    for (const auto& no_ids : without_ids) {
        const std::string_view name = tweetview::flavour_name(no_ids.first);
        std::fprintf(stderr,
                     "tweetview threads: %s (%llu input%s, the first %s) keeps no parent ids (F08 and later and tweets.js do): "
                     "no threads can be found in it\n",
                     name.empty() ? "this flavour" : std::string(name).c_str(), static_cast<unsigned long long>(no_ids.second.first),
                     no_ids.second.first == 1 ? "" : "s", no_ids.second.second.c_str());
    }
    if (threads == 0) {
        std::fprintf(stderr, "tweetview threads: no threads in %llu tweets\n", static_cast<unsigned long long>(tweets.size()));
    } else {
        const std::string_view url = reparse(tweets[longest_root]).url;
        std::fprintf(stderr, "tweetview threads: %llu threads (%llu of %llu tweets), the longest %llu tweets: %.*s\n",
                     static_cast<unsigned long long>(threads), static_cast<unsigned long long>(in_threads),
                     static_cast<unsigned long long>(tweets.size()), static_cast<unsigned long long>(longest),
                     static_cast<int>(url.size()), url.data());
    }
    return t.exit_status();
}

}  // namespace tool
