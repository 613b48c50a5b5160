#!/bin/sh
# Misuse does not compile: each snippet below must be refused by the compiler for the reason
# given (a deleted overload for a view into a temporary, [[nodiscard]] for a length that is the
# only output), while the control snippet, the same calls used correctly, must compile.
#   sh tests/unit/misuse.sh CXX INCLUDE_DIR
set -eu
cxx=${1:-g++}
inc=${2:-include}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0

compile() {  # compile() FILE: syntax check with the project's warnings as errors
    "$cxx" -std=c++17 -fsyntax-only -Wall -Wextra -Wconversion -Werror -I"$inc" "$1" >"$tmp/log" 2>&1
}
snippet() {  # snippet NAME REASON_REGEX CODE: CODE (a function body) must fail to compile
    n=$((n + 1))
    cat >"$tmp/$1.cpp" <<CPP
#include <tweetview/tweetview.hpp>
#include <string>
#include <utility>
std::string make();
int use(const std::string& named, char* buf, const tweetview::tweet& t) {
    (void)named, (void)buf, (void)t;
    $3
    return 0;
}
CPP
    if compile "$tmp/$1.cpp"; then
        echo "FAIL: $1 compiles: $3"; fail=1
    elif ! grep -qiE "$2" "$tmp/log"; then
        echo "FAIL: $1 is refused, but not for the expected reason ($2):"; head -n 5 "$tmp/log"; fail=1
    fi
}

# The control: every call below is the correct use of one that is refused further down.
cat >"$tmp/control.cpp" <<'CPP'
#include <tweetview/tweetview.hpp>
#include <string>
int use(const std::string& s, char* buf, const tweetview::tweet& t) {
    int n = 0;
    for (const auto& r : tweetview::records(s)) n += r.is_tweet();
    for (const auto& r : tweetview::records(std::string_view(s))) n += r.is_tweet();
    for (const auto& r : tweetview::records("literal\n")) n += r.is_tweet();
    for (const auto& e : tweetview::entities(s)) n += static_cast<int>(e.begin);
    for (const auto& e : tweetview::mentions(s)) n += static_cast<int>(e.begin);
    for (const auto& e : tweetview::urls(s)) n += static_cast<int>(e.begin);
    for (const auto& e : tweetview::hashtags(s)) n += static_cast<int>(e.begin);
    for (const auto& e : tweetview::cashtags(s)) n += static_cast<int>(e.begin);
    for (const auto& m : tweetview::media(s)) n += static_cast<int>(m.end);
    tweetview::index_converter ic(s);
    n += static_cast<int>(ic.utf16(1) + ic.code_points(2));
    tweetview::repair_offset_map map(s);
    n += static_cast<int>(map(0));
    n += static_cast<int>(tweetview::reply_screen_name(s).size() + tweetview::retweeted_screen_name(s).size());
    n += static_cast<int>(tweetview::parse_record(s, {}, {}, true).next.offset);
    n += static_cast<int>(tweetview::repair(s, buf) + tweetview::decode_html(s, buf) + tweetview::repair_mojibake(s, buf));
    n += static_cast<int>(tweetview::unquote(s, buf) + tweetview::unescape_markdown(s, buf) + tweetview::author_text(t, buf));
    n += static_cast<int>(tweetview::escape_markdown(s, buf));
    return n;
}
CPP
if ! compile "$tmp/control.cpp"; then
    echo "FAIL: the control snippet does not compile:"; cat "$tmp/log"; fail=1
fi

del='delete'
snippet records_temp "$del" 'auto r = tweetview::records(make()); (void)r;'
snippet records_moved "$del" 'std::string s = named; auto r = tweetview::records(std::move(s)); (void)r;'
snippet records_slice_temp "$del" 'auto r = tweetview::records(std::string("x"), {}, tweetview::parse_position{}); (void)r;'
snippet parse_record_temp "$del" 'auto r = tweetview::parse_record(make(), {}, {}, true); (void)r;'
snippet entities_temp "$del" 'auto r = tweetview::entities(make()); (void)r;'
snippet mentions_temp "$del" 'auto r = tweetview::mentions(make()); (void)r;'
snippet urls_temp "$del" 'auto r = tweetview::urls(make()); (void)r;'
snippet hashtags_temp "$del" 'auto r = tweetview::hashtags(make()); (void)r;'
snippet cashtags_temp "$del" 'auto r = tweetview::cashtags(make()); (void)r;'
snippet entity_range_temp "$del" 'tweetview::entity_range r(make(), tweetview::entity_filter::all); (void)r;'
snippet media_temp "$del" 'auto r = tweetview::media(make()); (void)r;'
snippet media_range_temp "$del" 'tweetview::media_range r(make()); (void)r;'
snippet index_converter_temp "$del" 'tweetview::index_converter c(make()); (void)c;'
snippet repair_offset_map_temp "$del" 'tweetview::repair_offset_map m(make()); (void)m;'
snippet reply_screen_name_temp "$del" 'auto v = tweetview::reply_screen_name(make()); (void)v;'
snippet retweeted_screen_name_temp "$del" 'auto v = tweetview::retweeted_screen_name(make()); (void)v;'
nd='nodiscard|unused[-_ ]result|ignoring return value'
snippet records_discarded "$nd" 'tweetview::records(named);'
snippet repair_discarded "$nd" 'tweetview::repair(named, buf);'
snippet decode_html_discarded "$nd" 'tweetview::decode_html(named, buf);'
snippet repair_mojibake_discarded "$nd" 'tweetview::repair_mojibake(named, buf);'
snippet unquote_discarded "$nd" 'tweetview::unquote(named, buf);'
snippet unescape_markdown_discarded "$nd" 'tweetview::unescape_markdown(named, buf);'
snippet escape_markdown_discarded "$nd" 'tweetview::escape_markdown(named, buf);'
snippet author_text_discarded "$nd" 'tweetview::author_text(t, buf);'
snippet utf16_discarded "$nd" 'tweetview::index_converter c(named); c.utf16(3);'

[ $fail -eq 0 ] && echo "ok: $n misuses refused, the control compiles ($cxx)"
exit $fail
