// tweetview grep: the tweets that match every filter given, as an archive (their records byte
// for byte) or as JSON lines.
#include "tool.hpp"

#include <cstring>

namespace tool {

static const char grep_help[] =
    "usage: tweetview grep [FILTERS] [--jsonl] FILE|DIR|-...\n"
    "\n"
    "Writes the tweets that match every filter given. By default they are written as they are\n"
    "stored, record and separator byte for byte, so the output is itself an archive (with no\n"
    "filter it is the input again, for clean input of one layout); --jsonl writes the JSON\n"
    "objects of tweetview jsonl instead. Bad records are never written; they are reported on\n"
    "stderr as for check (exit status 1).\n"
    "\n"
    "filters (each may be given with the others; all must hold):\n"
    "  --since DATE       at or after DATE         DATE: 2021-08-01 (00:00 UTC),\n"
    "  --until DATE       before DATE                2021-08-01T12:00:00Z, 2021-08-01T12:00+02:00,\n"
    "                                                 2021-08-01T12:00:00.5Z (UTC when no offset)\n"
    "  --user NAME        written by NAME (the screen name in the tweet's status URL)\n"
    "  --mention NAME     mentions @NAME (as twitter-text finds mentions; not a substring)\n"
    "  --hashtag TAG      has the hashtag #TAG\n"
    "  --domain HOST      links to HOST or a subdomain of it (www. ignored)\n"
    "  --contains TEXT    the text contains TEXT (case-sensitive; &amp; and the like decoded)\n"
    "  --replies, --no-replies    only replies (text starts with a mention), or none\n"
    "  --retweets, --no-retweets  only retweets (RT @user:), or none\n"
    "NAME and TAG match without regard to case (TAG in any script: #CAF\xC3\x89 is #caf\xC3\xA9), with or\n"
    "without the @ or #. --user,\n"
    "--mention, --hashtag, --domain and --contains may be repeated: all must hold.\n" TWEETVIEW_COMMON_HELP
    "\n"
    "example: tweetview grep --since 2021-08-01 --until 2021-09-01 --mention alice archive/\n";

namespace {

// `a` equals `lower` (already ASCII-folded) without regard to ASCII case.
bool equal_folded(std::string_view a, std::string_view lower) {
    if (a.size() != lower.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i]) return false;
    }
    return true;
}

// `s` without a leading ASCII or fullwidth sigil ("@", "＠"; "#", "＃").
std::string_view strip_sigil(std::string_view s, char ascii, std::string_view fullwidth) {
    if (!s.empty() && s[0] == ascii) s.remove_prefix(1);
    else if (s.substr(0, fullwidth.size()) == fullwidth) s.remove_prefix(fullwidth.size());
    return s;
}

struct filters {
    bool since_set = false, until_set = false;
    std::int64_t since = 0, until = 0;
    std::vector<std::string> users, mentions, hashtags, domains, contains;  // folded (contains: as given)
    int replies = -1, retweets = -1;                                        // -1 either, 0 none, 1 only

    [[nodiscard]] bool need_entities() const { return !mentions.empty() || !hashtags.empty() || !domains.empty(); }
};

// Decides tweet by tweet; keeps its scratch buffers.
class matcher {
public:
    explicit matcher(const filters& f) : f_(f), found_(f.mentions.size() + f.hashtags.size() + f.domains.size()) {}

    bool operator()(const tweetview::tweet& tw) {
        const std::int64_t s = tw.time.unix_seconds;
        if ((f_.since_set && s < f_.since) || (f_.until_set && s >= f_.until)) return false;
        for (const std::string& u : f_.users) {
            if (!equal_folded(tw.user, u)) return false;
        }
        const std::string_view text = tw.text;
        if (f_.replies >= 0 && (!tweetview::reply_screen_name(text).empty()) != (f_.replies == 1)) return false;
        if (f_.retweets >= 0 && tweetview::is_retweet(text) != (f_.retweets == 1)) return false;
        if (!f_.contains.empty()) {
            std::string_view plain = text;
            if (text.find('&') != std::string_view::npos) {  // match what the author wrote, not &amp;
                decoded_.resize(tweetview::repair_bound(text.size()));
                decoded_.resize(tweetview::repair(text, decoded_.data(), tweetview::repair_flags::html));
                plain = decoded_;
            }
            for (const std::string& c : f_.contains) {
                if (plain.find(c) == std::string_view::npos) return false;
            }
        }
        return !f_.need_entities() || entities_match(text);
    }

private:
    bool entities_match(std::string_view text) {
        std::fill(found_.begin(), found_.end(), false);
        const std::size_t nm = f_.mentions.size(), nh = f_.hashtags.size();
        for (const tweetview::entity& e : tweetview::entities(text)) {
            const std::string_view v = e.value(text);
            if (e.kind == tweetview::entity_kind::mention) {
                for (std::size_t i = 0; i < nm; ++i) found_[i] = found_[i] || equal_folded(v, f_.mentions[i]);
            } else if (e.kind == tweetview::entity_kind::hashtag) {
                fold_case(v, tag_);
                for (std::size_t i = 0; i < nh; ++i) found_[nm + i] = found_[nm + i] || tag_ == f_.hashtags[i];
            } else if (e.kind == tweetview::entity_kind::url && !f_.domains.empty()) {
                url_host(v, host_);
                for (std::size_t i = 0; i < f_.domains.size(); ++i)
                    found_[nm + nh + i] = found_[nm + nh + i] || host_in_domain(host_, f_.domains[i]);
            }
        }
        for (const bool b : found_) {
            if (!b) return false;
        }
        return true;
    }

    const filters& f_;
    std::vector<bool> found_;  // one per mention, hashtag and domain filter
    std::string decoded_, host_, tag_;
};

// The separator a layout writes between records (flavour_table's text of it).
std::string_view separator_of(tweetview::separator_style style, tweetview::line_ending eol) {
    return tweetview::separator_text(style, eol);
}

// The separator the writers paired with a footer form: the first flavour_table row's with it.
tweetview::separator_style separator_for_footer(tweetview::footer_style footer) {
    for (const tweetview::flavour_traits& row : tweetview::flavour_table) {
        if (row.footer == footer) return row.separator;
    }
    return tweetview::separator_style::unknown;
}

// Writes chosen records so that the output parses as an archive. A record is written with the
// bytes that followed it in its input, except where those are not a separator (the last record
// of a file: nothing, or line breaks) and another record follows in the output: then a separator
// goes between them. A byte-order mark is written only at the very start.
//
// Which separator: the one of the record's layout. A file of one record does not show it (its
// record has nothing after it); then the first record of any file that does decides, and until
// one comes the places for separators are kept as holes in the output, which must not be
// flushed meanwhile (holding()). If none ever comes, the footer's form decides, as the writers
// of the archive formats paired them.
class archive_writer {
public:
    explicit archive_writer(std::string& out) : out_(out) {}

    void record(const input& in, const tweetview::record& r, bool chosen) {
        if (&in != file_) {
            file_ = &in;
            follows_ = false;
        }
        if (r.kind == tweetview::record_kind::trailer) {  // blank lines that end a file
            if (follows_) after_.append(r.separator.data(), r.separator.size());
            follows_ = false;
            return;
        }
        if (r.is_tweet() && r.tweet.shape.separator != tweetview::separator_style::unknown &&
            learned_ == tweetview::separator_style::unknown) {
            learned_ = r.tweet.shape.separator;
            fill_holes(separator_of(learned_, r.tweet.shape.eol));
        }
        follows_ = chosen;
        if (!chosen) return;
        if (!wrote_) {
            out_.append(r.prefix.data(), r.prefix.size());
        } else if (last_.separator != tweetview::separator_style::unknown) {
            const std::string_view sep = separator_of(last_.separator, last_.eol);
            out_.append(after_ == sep ? after_ : sep);  // (after_ differs at the end of a file)
        } else if (learned_ != tweetview::separator_style::unknown) {
            out_.append(separator_of(learned_, last_.eol));
        } else {
            holes_.push_back(out_.size());
        }
        out_.append(r.tweet.raw.data(), r.tweet.raw.size());
        after_.assign(r.separator.data(), r.separator.size());
        last_ = r.tweet.shape;
        wrote_ = true;
    }

    // Separators are still to be put in: the output so far must stay in the buffer.
    [[nodiscard]] bool holding() const { return !holes_.empty(); }

    // The end of all input: the last record written keeps what followed it.
    void finish() {
        if (holding()) {
            fill_holes(separator_of(separator_for_footer(last_.footer), last_.eol));
        }
        out_.append(after_);
        after_.clear();
    }

private:
    void fill_holes(std::string_view sep) {
        if (holes_.empty()) return;
        std::string filled;
        filled.reserve(out_.size() + holes_.size() * sep.size());
        std::size_t at = 0;
        for (const std::size_t h : holes_) {
            filled.append(out_, at, h - at);
            filled.append(sep);
            at = h;
        }
        filled.append(out_, at, std::string::npos);
        out_.swap(filled);
        holes_.clear();
    }

    std::string& out_;
    std::string after_;                // what followed the last record written, until we know what comes next
    std::vector<std::size_t> holes_;   // offsets in out_ where a separator belongs
    tweetview::layout last_{};         // the last record written's layout
    tweetview::separator_style learned_ = tweetview::separator_style::unknown;  // the first one shown
    const input* file_ = nullptr;
    bool follows_ = false;  // the previous record of this file was written
    bool wrote_ = false;
};

}  // namespace

int run_grep(const std::vector<std::string>& args) {
    command_line cl;
    bool jsonl = false, replies = false, no_replies = false, retweets = false, no_retweets = false;
    std::vector<std::string> since, until, users, mentions, hashtags, domains, contains;
    const int early = parse_command_line("grep", args, grep_help,
                                         {{"--jsonl", &jsonl},
                                          {"--replies", &replies},
                                          {"--no-replies", &no_replies},
                                          {"--retweets", &retweets},
                                          {"--no-retweets", &no_retweets}},
                                         {{"--since", nullptr, &since},
                                          {"--until", nullptr, &until},
                                          {"--user", nullptr, &users},
                                          {"--mention", nullptr, &mentions},
                                          {"--hashtag", nullptr, &hashtags},
                                          {"--domain", nullptr, &domains},
                                          {"--contains", nullptr, &contains}},
                                         cl);
    if (early >= 0) return early;
    const auto usage = [](const char* what) {
        std::fprintf(stderr, "tweetview grep: %s (see tweetview grep --help)\n", what);
        return exit_usage;
    };
    filters f;
    if (replies && no_replies) return usage("--replies and --no-replies exclude each other");
    if (retweets && no_retweets) return usage("--retweets and --no-retweets exclude each other");
    f.replies = replies ? 1 : no_replies ? 0 : -1;
    f.retweets = retweets ? 1 : no_retweets ? 0 : -1;
    const auto instant = [](const std::vector<std::string>& given, const char* opt, bool& set, std::int64_t& value) {
        set = !given.empty();
        if (given.size() > 1) {
            std::fprintf(stderr, "tweetview grep: %s given twice\n", opt);
            return false;
        }
        if (given.empty() || parse_instant(given[0], value)) return true;
        std::fprintf(stderr,
                     "tweetview grep: %s: bad date '%s': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.FFF]] with Z, +HH:MM or nothing (UTC)\n",
                     opt, given[0].c_str());
        return false;
    };
    if (!instant(since, "--since", f.since_set, f.since) || !instant(until, "--until", f.until_set, f.until))
        return exit_usage;
    std::string folded;
    for (const std::string& u : users) {
        fold_ascii(strip_sigil(u, '@', "\xEF\xBC\xA0"), folded);
        if (folded.empty()) return usage("--user needs a screen name");
        f.users.push_back(folded);
    }
    for (const std::string& m : mentions) {
        fold_ascii(strip_sigil(m, '@', "\xEF\xBC\xA0"), folded);
        if (folded.empty()) return usage("--mention needs a screen name");
        f.mentions.push_back(folded);
    }
    for (const std::string& h : hashtags) {
        fold_case(strip_sigil(h, '#', "\xEF\xBC\x83"), folded);
        if (folded.empty()) return usage("--hashtag needs a tag");
        f.hashtags.push_back(folded);
    }
    for (const std::string& d : domains) {
        url_host(d, folded);
        if (folded.empty()) return usage("--domain needs a host name");
        f.domains.push_back(folded);
    }
    for (const std::string& c : contains) {
        if (c.empty()) return usage("--contains needs some text");
        f.contains.push_back(c);
    }

    totals t;
    const std::vector<input> inputs = expand_inputs(cl.operands, t);
    stdout_writer w;
    matcher match(f);
    tweet_json json;
    archive_writer archive(w.buffer());
    for_each_record(inputs, cl, t, [&](const input& in, const tweetview::record& r) {
        const bool chosen = r.is_tweet() && match(r.tweet);
        if (jsonl) {
            if (chosen) json.append(w.buffer(), in, r.tweet);
        } else {
            archive.record(in, r, chosen);
            if (archive.holding()) return true;  // (not flushed yet)
        }
        return w.record_done();
    });
    if (!jsonl) archive.finish();
    w.flush();
    return t.exit_status();
}

}  // namespace tool
