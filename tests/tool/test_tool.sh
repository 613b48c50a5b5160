#!/bin/sh
# Runs the tweetview tool as a user would and checks its output and exit codes.
set -u
tool=$1 src=$2 shared=$3
sample="$src/examples/data/sample.md"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_status() {  # expect_status WANT GOT WHAT
  if [ "$1" = "$2" ]; then ok; else fail "$3: exit $2, wanted $1"; fi
}

# check on the sample: clean, one summary line.
out=$("$tool" check "$sample" 2>"$tmp/err"); st=$?
expect_status 0 $st "check sample"
[ "$out" = "1 files, 18 tweets, 0 errors, $(wc -c <"$sample" | tr -d ' ') bytes" ] && ok || fail "check summary: $out"
[ ! -s "$tmp/err" ] && ok || fail "check wrote to stderr: $(cat "$tmp/err")"

# jsonl: one valid JSON object per tweet, the same for every chunk size, from a file or stdin.
"$tool" jsonl "$sample" >"$tmp/a.jsonl"; expect_status 0 $? "jsonl sample"
[ "$(wc -l <"$tmp/a.jsonl" | tr -d ' ')" = 18 ] && ok || fail "jsonl line count"
for n in 1 2 3 7 64 4096 1000000; do
  "$tool" jsonl --chunk-size $n "$sample" >"$tmp/b.jsonl"
  cmp -s "$tmp/a.jsonl" "$tmp/b.jsonl" && ok || fail "jsonl --chunk-size $n differs"
done
"$tool" jsonl - <"$sample" | sed 's/"file":"<stdin>"/"file":"X"/' >"$tmp/c.jsonl"
sed "s|\"file\":\"$sample\"|\"file\":\"X\"|" "$tmp/a.jsonl" >"$tmp/a2.jsonl"
cmp -s "$tmp/a2.jsonl" "$tmp/c.jsonl" && ok || fail "jsonl from stdin differs"
python3 - "$tmp/a.jsonl" "$sample" <<'PY' && ok || fail "jsonl content"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
raw = open(sys.argv[2], "rb").read()
keys = {"id", "user", "created_at", "time", "url", "text", "file", "line", "offset"}
assert all(keys <= set(o) for o in lines), "missing keys"
assert all(isinstance(o["id"], str) and isinstance(o["time"], int) for o in lines)
for o in lines:  # offset points at the text, line is its line
    t = o["text"].encode("utf-8")
    assert raw[o["offset"]:o["offset"] + len(t)] == t, o["id"]
    assert raw[:o["offset"]].count(b"\n") + 1 == o["line"], o["id"]
    assert o["url"].endswith("/status/" + o["id"])
assert lines[0]["time"] == 1237043366
PY

# Invalid UTF-8 in a body becomes U+FFFD; the output stays valid UTF-8 JSON.
printf 'bad \377 byte \300\257\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1))\n----\n' >"$tmp/bad-utf8.md"
"$tool" jsonl "$tmp/bad-utf8.md" >"$tmp/u.jsonl"; expect_status 0 $? "jsonl invalid utf-8"
python3 -c 'import json,sys; o=json.loads(open(sys.argv[1],encoding="utf-8").read()); assert o["text"]=="bad \ufffd byte \ufffd\ufffd", o["text"]' "$tmp/u.jsonl" && ok || fail "U+FFFD replacement"

# Entities after invalid bytes: one U+FFFD per bad byte, as the library counts code points, so
# the indices (code points of the text written) still point at the entities.
printf 'x\342\202 @alice \300\257 #tag \355\240\200 $CASH \360\237\244 https://example.com/a\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1))\n----\n' >"$tmp/bad-ent.md"
"$tool" jsonl "$tmp/bad-ent.md" >"$tmp/be.jsonl"; expect_status 0 $? "jsonl entities after invalid utf-8"
python3 - "$tmp/be.jsonl" <<'PY' && ok || fail "entity indices after invalid UTF-8"
import json, sys
o = json.loads(open(sys.argv[1], encoding="utf-8").read())
t, e = o["text"], o["entities"]
want = {"mentions": "@alice", "hashtags": "#tag", "cashtags": "$CASH", "urls": "https://example.com/a"}
for kind, s in want.items():
    assert len(e[kind]) == 1, (kind, e)
    b, n = e[kind][0]["indices"]
    assert t[b:n] == s, (kind, t[b:n], s)
PY

# List mentions: the screen name, then the slug (with its '/') as list_slug; none without one.
printf 'cc @alice/my-list-1 and \357\274\240bob/x_y, @carol/ and @dave\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1))\n----\n' >"$tmp/lists.md"
"$tool" jsonl "$tmp/lists.md" >"$tmp/lists.jsonl"; expect_status 0 $? "jsonl list mentions"
python3 - "$tmp/lists.jsonl" <<'PY' && ok || fail "jsonl list mentions"
import json, sys
o = json.loads(open(sys.argv[1], encoding="utf-8").read())
got = [(m["screen_name"], m.get("list_slug")) for m in o["entities"]["mentions"]]
assert got == [("alice", "/my-list-1"), ("bob", "/x_y"), ("carol", None), ("dave", None)], got
for m in o["entities"]["mentions"]:
    b, e = m["indices"]
    assert o["text"][b:e][1:] == m["screen_name"] + m.get("list_slug", ""), (o["text"][b:e], m)
PY

# Errors: FILE:LINE:COL: error: MESSAGE on stderr, exit 1, good records still out.
{ head -n 8 "$sample"; printf 'x\n\n(Originally on Twitter: [Mon Aug 32 02:25:42 +0000 2021](https://twitter.com/a/status/1))\n----\n'; tail -n +9 "$sample"; } >"$tmp/broken.md"
out=$("$tool" check "$tmp/broken.md" 2>"$tmp/err"); st=$?
expect_status 1 $st "check broken"
grep -q "^$tmp/broken.md:11:34: error: bad timestamp: expected a two-digit day that exists in that month$" "$tmp/err" && ok || fail "error line: $(cat "$tmp/err")"
[ "$out" = "1 files, 18 tweets, 1 errors, $(wc -c <"$tmp/broken.md" | tr -d ' ') bytes" ] && ok || fail "broken summary: $out"
"$tool" jsonl "$tmp/broken.md" >"$tmp/j.jsonl" 2>/dev/null; expect_status 1 $? "jsonl broken"
[ "$(wc -l <"$tmp/j.jsonl" | tr -d ' ')" = 18 ] && ok || fail "jsonl broken count"
printf 'cut short\n\n(Originally on Twi' >"$tmp/trunc.md"
"$tool" check "$tmp/trunc.md" >/dev/null 2>"$tmp/err"; expect_status 1 $? "check truncated"
grep -q "trunc.md:3:19: error: input ends inside a record" "$tmp/err" && ok || fail "truncated error: $(cat "$tmp/err")"

# Directories: *.md in name order; files are separate streams; unreadable input: exit 2, rest goes on.
mkdir "$tmp/dir"; cp "$sample" "$tmp/dir/b.md"; cp "$sample" "$tmp/dir/a.md"; echo ignored >"$tmp/dir/notes.txt"
out=$("$tool" check "$tmp/dir"); expect_status 0 $? "check dir"
echo "$out" | grep -q "^2 files, 36 tweets, 0 errors" && ok || fail "dir summary: $out"
"$tool" jsonl "$tmp/dir" | head -n 1 | grep -q "\"file\":\"$tmp/dir/a.md\"" && ok || fail "dir order"
out=$("$tool" check "$tmp/nonexistent.md" "$sample" 2>"$tmp/err"); expect_status 2 $? "missing file"
grep -q "nonexistent.md: No such file or directory" "$tmp/err" && ok || fail "missing file message"
echo "$out" | grep -q "18 tweets" && ok || fail "went on after a missing file"
# Subdirectories too (twitter-archive-parser's F11 writes tweets-md/YYYY/*.md), in path order;
# a directory with no *.md files is said so.
mkdir -p "$tmp/tree/2021" "$tmp/tree/2022/x"; cp "$sample" "$tmp/tree/2022/x/c.md"; cp "$sample" "$tmp/tree/2021/b.md"; cp "$sample" "$tmp/tree/a.md"
out=$("$tool" check "$tmp/tree"); expect_status 0 $? "check tree"
echo "$out" | grep -q "^3 files, 54 tweets, 0 errors" && ok || fail "tree summary: $out"
[ "$("$tool" jsonl "$tmp/tree" | sed -n 's/.*"file":"\([^"]*\)".*/\1/p' | uniq | tr '\n' ' ')" = "$tmp/tree/2021/b.md $tmp/tree/2022/x/c.md $tmp/tree/a.md " ] && ok || fail "tree order"
# A link back up the tree is walked once, not again at every level.
mkdir -p "$tmp/loop/sub"; cp "$sample" "$tmp/loop/sub/a.md"; ln -s .. "$tmp/loop/sub/up"; ln -s "$tmp/loop" "$tmp/loop/self"
out=$("$tool" check "$tmp/loop"); expect_status 0 $? "check a tree with link loops"
echo "$out" | grep -q "^1 files, 18 tweets, 0 errors" && ok || fail "link loops: $out"
mkdir "$tmp/none"; "$tool" check "$tmp/none" >/dev/null 2>"$tmp/err"; expect_status 0 $? "empty dir"
grep -q "none: no \*.md files in it" "$tmp/err" && ok || fail "empty dir message: $(cat "$tmp/err")"

# A write to stdout that fails (disk full) is said, and is exit 2; --split needs a mappable file.
if [ -w /dev/full ]; then
  for c in check jsonl stats grep repair "convert --to F11"; do
    # shellcheck disable=SC2086
    "$tool" $c "$sample" >/dev/full 2>"$tmp/err"; expect_status 2 $? "$c >/dev/full"
    grep -q "writing to stdout: No space left on device" "$tmp/err" && ok || fail "$c >/dev/full message: $(cat "$tmp/err")"
  done
fi
"$tool" check --split 1/2 - <"$sample" >/dev/null 2>"$tmp/err"; expect_status 2 $? "--split on stdin"
grep -q "split needs a regular file" "$tmp/err" && ok || fail "--split on stdin message"
"$tool" jsonl --split 2/2 --no-mmap "$sample" 2>/dev/null | grep -q . && fail "--split --no-mmap wrote records" || ok
: >"$tmp/empty.md"; out=$("$tool" check --split 1/2 "$tmp/empty.md"); expect_status 0 $? "--split of an empty file"
echo "$out" | grep -q "^1 files, 0 tweets, 0 errors" && ok || fail "--split of an empty file: $out"

# Usage errors: exit 2 with a one-line message; --help and --version.
"$tool" >/dev/null 2>&1; expect_status 2 $? "no command"
"$tool" frobnicate >/dev/null 2>&1; expect_status 2 $? "unknown command"
"$tool" check --bogus "$sample" >/dev/null 2>"$tmp/err"; expect_status 2 $? "unknown option"
[ "$(wc -l <"$tmp/err" | tr -d ' ')" = 1 ] && ok || fail "unknown option message not one line"
"$tool" jsonl --chunk-size 0 "$sample" >/dev/null 2>&1; expect_status 2 $? "bad chunk size"
"$tool" check >/dev/null 2>&1; expect_status 2 $? "no input"
"$tool" --help | grep -q "usage: tweetview" && ok || fail "--help"
"$tool" check --help | grep -q "example:" && ok || fail "check --help"
"$tool" jsonl --help | grep -q "example:" && ok || fail "jsonl --help"
"$tool" --version | grep -q "^tweetview [0-9]" && ok || fail "--version"

# repair: the mojibaked sample comes back byte for byte; HTML decoding only touches texts.
"$tool" repair --no-html "$src/examples/data/sample-mojibake.md" >"$tmp/fixed.md"; expect_status 0 $? "repair"
cmp -s "$tmp/fixed.md" "$sample" && ok || fail "repair --no-html of the mojibaked sample differs from the sample"
"$tool" repair --no-html --chunk-size 3 - <"$src/examples/data/sample-mojibake.md" | cmp -s - "$sample" && ok || fail "repair from stdin in 3-byte chunks"
"$tool" repair --no-mojibake --no-html "$src/examples/data/sample-mojibake.md" | cmp -s - "$src/examples/data/sample-mojibake.md" && ok || fail "repair with both off is the identity"
# Every flavour, reply headers (F08 and later) included: both repairs off is the identity, and
# with them on every header stays.
if [ -d "$shared/flavours" ]; then
  for d in F02-txt-originally F05-monthly-dash F07-jekyll-hr F08-jekyll-quote-icon F10-jekyll-escaped F11-parser-output-escaped; do
    [ -d "$shared/flavours/$d" ] || continue
    find "$shared/flavours/$d" -type f \( -name '*.md' -o -name 'output.txt' \) | sort | xargs cat >"$tmp/flav.md"
    "$tool" repair --no-html --no-mojibake "$tmp/flav.md" | cmp -s - "$tmp/flav.md" && ok || fail "repair with both off changes $d"
    [ "$("$tool" repair "$tmp/flav.md" | grep -c '^Replying to \[')" = "$(grep -c '^Replying to \[' "$tmp/flav.md")" ] && ok || fail "repair loses reply headers of $d"
  done
fi
"$tool" repair "$sample" >"$tmp/html.md"
grep -q "^Reading up on C++ templates & thinking <typename T> is a lot of angle brackets$" "$tmp/html.md" && ok || fail "repair decodes HTML entities"
[ "$(grep -c 'Originally on Twitter' "$tmp/html.md")" = 18 ] && ok || fail "repair keeps footers"
"$tool" check "$tmp/html.md" >/dev/null && ok || fail "repaired archive still parses"
"$tool" repair --help | grep -q "example:" && ok || fail "repair --help"
"$tool" repair "$tmp/broken.md" >"$tmp/rb.md" 2>/dev/null; expect_status 1 $? "repair broken"
grep -q "Mon Aug 32" "$tmp/rb.md" && ok || fail "repair passes bad records through unchanged"
if [ -d "$shared/data/seed" ]; then
  "$tool" repair --no-html "$shared/data/seed/000_8a56934bdbe8199e.txt" | cmp -s - "$shared/data/ezyang-tweets/tweets_2021-08.md" && ok || fail "repair of the seed file"
fi

# Entities: code-point indices by default, byte offsets with --byte-indices, repaired text with --repair.
python3 - "$tmp/a.jsonl" <<'PY' && ok || fail "jsonl entities on the sample"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for o in rows:
    e = o["entities"]
    assert set(e) == {"mentions", "urls", "hashtags", "cashtags"}, e
    for kind, key in (("mentions", "screen_name"), ("urls", "url"), ("hashtags", "text"), ("cashtags", "text")):
        for x in e[kind]:
            b, end = x["indices"]
            span = o["text"][b:end]  # Python strings index code points, as Twitter's API does
            sigil = {"mentions": "@", "hashtags": "#", "cashtags": "$"}.get(kind, "")
            assert span == sigil + x[key] + x.get("list_slug", ""), (span, x)
by_id = {o["id"]: o for o in rows}
alice = next(o for o in rows if o["text"].startswith("@alice"))
assert alice["in_reply_to_screen_name"] == "alice"
assert [m["screen_name"] for m in alice["entities"]["mentions"]] == ["alice", "bob_the_builder"]
rt = next(o for o in rows if o["text"].startswith("RT @dave:"))
assert rt["retweeted_screen_name"] == "dave" and "in_reply_to_screen_name" not in rt
emoji = next(o for o in rows if "#日本語" in o["text"])
assert [h["text"] for h in emoji["entities"]["hashtags"]] == ["日本語", "100DaysOfCode"]
carol = next(o for o in rows if o["text"].startswith(".@carol"))
assert carol["entities"]["cashtags"][0]["text"] == "TWTR" and "in_reply_to_screen_name" not in carol
PY
"$tool" jsonl --byte-indices "$sample" >"$tmp/bytes.jsonl"
python3 - "$tmp/bytes.jsonl" <<'PY' && ok || fail "jsonl --byte-indices"
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(l)
    t = o["text"].encode("utf-8")
    for x in o["entities"]["hashtags"]:
        b, e = x["indices"]
        assert t[b:e].decode("utf-8") == "#" + x["text"], (t[b:e], x)
PY
"$tool" jsonl --repair "$src/examples/data/sample-mojibake.md" | sed 's/"file":"[^"]*"/"file":""/' >"$tmp/rm.jsonl"
"$tool" jsonl --repair "$sample" | sed 's/"file":"[^"]*"/"file":""/' >"$tmp/rs.jsonl"
python3 - "$tmp/rm.jsonl" "$tmp/rs.jsonl" <<'PY' && ok || fail "jsonl --repair"
import json, sys
a = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
b = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(a) == len(b) == 18
for x, y in zip(a, b):  # offsets differ (the mojibaked file is longer); text and entities must not
    assert x["text"] == y["text"] and x["entities"] == y["entities"], (x["text"], y["text"])
assert any("<typename T>" in x["text"] for x in a)
PY
out=$("$tool" check --entities "$sample"); expect_status 0 $? "check --entities"
echo "$out" | grep -q "18 tweets, 0 errors, [0-9]* bytes, 8 mentions, 3 urls, 3 hashtags, 1 cashtags$" && ok || fail "check --entities summary: $out"

# A reader that goes away: quiet, no partial line.
if [ -d "$shared/data/ezyang-tweets" ]; then
  "$tool" jsonl "$shared/data/ezyang-tweets" 2>"$tmp/err" | head -n 2 >"$tmp/h.jsonl"
  [ ! -s "$tmp/err" ] && ok || fail "broken pipe was noisy: $(cat "$tmp/err")"
  [ "$(wc -l <"$tmp/h.jsonl" | tr -d ' ')" = 2 ] && ok || fail "head"
  out=$("$tool" check "$shared/data/ezyang-tweets"); expect_status 0 $? "real archive"
  echo "$out" | grep -q "^165 files, 6753 tweets, 0 errors" && ok || fail "real archive summary: $out"
  "$tool" jsonl --chunk-size 1000 "$shared/data/ezyang-tweets" >"$tmp/r1.jsonl"
  "$tool" jsonl --chunk-size 7 "$shared/data/ezyang-tweets" >"$tmp/r2.jsonl"
  cmp -s "$tmp/r1.jsonl" "$tmp/r2.jsonl" && ok || fail "real archive jsonl depends on chunk size"
  python3 -c 'import json,sys; n=sum(1 for l in open(sys.argv[1],encoding="utf-8") if json.loads(l)); assert n==6753, n' "$tmp/r1.jsonl" && ok || fail "real archive jsonl"
  # Every tweet's entities, as jsonl writes them, against twitter-text 3.1.0's golden file.
  python3 - "$tmp/r1.jsonl" "$shared/conformance/twitter-text/ezyang-entities.txt" <<'PY' && ok || fail "jsonl entities differ from the golden file"
import json, sys
gold, cur = {}, None
for line in open(sys.argv[2], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"): continue
    if line.startswith("tweet: "): cur = line[7:]; gold[cur] = []
    elif line != "end": gold[cur].append(line)
n = 0
for l in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(l)
    mine = []
    for kind, name, key in (("mentions", "mention", "screen_name"), ("urls", "url", "url"), ("hashtags", "hashtag", "text"), ("cashtags", "cashtag", "text")):
        for x in o["entities"][kind]:
            mine.append((x["indices"][0], "%s: %s%s %d %d" % (name, x[key], x.get("list_slug", ""), x["indices"][0], x["indices"][1])))
    assert [m for _, m in sorted(mine)] == gold[o["id"]], (o["id"], mine, gold[o["id"]])
    n += 1
assert n == 6753
PY
  out=$("$tool" check --entities "$shared/data/ezyang-tweets")
  echo "$out" | grep -q "6753 tweets, 0 errors, 1518243 bytes, 5624 mentions, 972 urls, 203 hashtags, 1 cashtags$" && ok || fail "check --entities on the real archive: $out"
else
  echo "shared data not found at $shared: real-archive tool checks skipped"
fi

echo "$passes passed, $fails failed"
[ $fails = 0 ]
