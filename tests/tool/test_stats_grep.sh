#!/bin/sh
# tweetview stats and grep, the reading paths (mmap, --no-mmap, stdin, pipes) and the progress
# line, run as a user would; results are checked against independent python3 computations.
# Usage: sh test_stats_grep.sh TOOL SOURCE_DIR SHARED_DIR
set -u
tool=$1 src=$2 shared=$3
sample="$src/examples/data/sample.md"
real="$shared/data/ezyang-tweets"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_status() {  # expect_status WANT GOT WHAT
  if [ "$1" = "$2" ]; then ok; else fail "$3: exit $2, wanted $1"; fi
}
lines() { wc -l <"$1" | tr -d ' '; }
# usage_error WHAT ARGS...: exit 2 and exactly one line on stderr, nothing on stdout.
usage_error() {
  what=$1; shift
  "$tool" "$@" >"$tmp/ue.out" 2>"$tmp/ue.err"; st=$?
  expect_status 2 $st "$what"
  [ "$(lines "$tmp/ue.err")" = 1 ] && [ ! -s "$tmp/ue.out" ] && ok || fail "$what: not one line: $(cat "$tmp/ue.err")"
}

# ---- stats on the sample: the README's first command --------------------------------------------
"$tool" stats "$sample" >"$tmp/stats.txt" 2>"$tmp/err"; expect_status 0 $? "stats sample"
[ ! -s "$tmp/err" ] && ok || fail "stats wrote to stderr: $(cat "$tmp/err")"
grep -q "^tweets  *18 in 1 file, 0 bad records$" "$tmp/stats.txt" && ok || fail "stats tweets line"
grep -q "^first  *2009-03-14 15:09:26 UTC$" "$tmp/stats.txt" && ok || fail "stats first"
grep -q "^replies  *2 (11.1%)$" "$tmp/stats.txt" && ok || fail "stats replies"
grep -q "^  2021  4  █*$" "$tmp/stats.txt" && ok || fail "stats per-year bar"
grep -q "@bob_the_builder" "$tmp/stats.txt" && grep -q "#日本語" "$tmp/stats.txt" && ok || fail "stats top lists"
python3 - "$tmp/stats.txt" <<'PY' && ok || fail "stats output wider than 80 columns or with trailing blanks"
import sys, unicodedata
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    assert w <= 80, (w, line)
    assert line == line.rstrip(), repr(line)
PY
"$tool" stats --json "$sample" >"$tmp/stats.json"; expect_status 0 $? "stats --json sample"
python3 - "$tmp/stats.json" "$sample" <<'PY' && ok || fail "stats --json on the sample"
import json, re, sys, datetime
o = json.load(open(sys.argv[1], encoding="utf-8"))
for k in ("tweets", "first", "last", "per_year", "per_month", "replies", "retweets", "top_mentions",
          "top_domains", "top_hashtags", "errors", "busiest_day", "longest_silence", "files", "bytes"):
    assert k in o, k
raw = open(sys.argv[2], encoding="utf-8").read()
times = sorted(datetime.datetime.strptime(m, "%a %b %d %H:%M:%S %z %Y").astimezone(datetime.timezone.utc)
               for m in re.findall(r"^\(Originally on Twitter: \[([^\]]+)\]", raw, re.M))
iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
assert o["tweets"] == len(times) == 18 and o["errors"] == 0
assert o["first"] == iso(times[0]) and o["last"] == iso(times[-1]), (o["first"], o["last"])
assert sum(o["per_year"].values()) == 18 and sum(o["per_month"].values()) == 18
assert o["per_year"]["2021"] == 4 and o["per_month"]["2021-08"] == 3
assert o["replies"] == 2 and o["retweets"] == 2
gaps = [(b - a, a, b) for a, b in zip(times, times[1:])]
g = max(gaps)
assert o["longest_silence"] == {"seconds": int(g[0].total_seconds()), "from": iso(g[1]), "to": iso(g[2])}, o["longest_silence"]
assert {"screen_name": "alice", "count": 1} in o["top_mentions"]
assert {"hashtag": "日本語", "count": 1} in o["top_hashtags"]
assert {"domain": "example.com", "count": 1} in o["top_domains"]
PY
"$tool" stats --json --top 2 "$sample" | python3 -c 'import json,sys; o=json.load(sys.stdin); assert len(o["top_mentions"]) == 2 and len(o["top_hashtags"]) == 2, o' && ok || fail "stats --top 2"
usage_error "stats --top 0" stats --top 0 "$sample"
usage_error "stats --top x" stats --top x "$sample"
usage_error "stats unknown option" stats --bogus "$sample"
usage_error "check --mmap --no-mmap" check --mmap --no-mmap "$sample"

# Names and hashtags counted without regard to ASCII case, shown as first seen; domains from
# URLs with and without protocol, lower-cased, www. dropped.
foot() { printf '\n\n(Originally on Twitter: [%s](https://twitter.com/%s/status/%s))\n----\n' "$1" "$2" "$3"; }
{
  printf '@Alice see WWW.Example.COM/x and #Café'; foot "Sun Aug 01 10:00:00 +0000 2021" someone 1
  printf '@alice https://sub.example.com:8080/y?q #CAFÉ #café'; foot "Sun Aug 01 11:00:00 +0000 2021" Someone 2
  printf 'RT @ALICE: http://www.other.org/ and example.com.'; foot "Mon Aug 02 00:00:00 +0000 2021" other 3
} >"$tmp/names.md"
"$tool" stats --json "$tmp/names.md" >"$tmp/names.json"; expect_status 0 $? "stats names"
python3 - "$tmp/names.json" <<'PY' && ok || fail "stats folding and domains"
import json, sys
o = json.load(open(sys.argv[1], encoding="utf-8"))
assert o["top_mentions"] == [{"screen_name": "Alice", "count": 3}], o["top_mentions"]
# Case folded in any script: Café, CAFÉ and café are one tag, shown as first seen.
assert sorted((h["hashtag"], h["count"]) for h in o["top_hashtags"]) == [("Café", 3)], o["top_hashtags"]
assert sorted((d["domain"], d["count"]) for d in o["top_domains"]) == [("example.com", 2), ("other.org", 1), ("sub.example.com", 1)], o["top_domains"]
assert o["replies"] == 2 and o["retweets"] == 1
assert o["busiest_day"] == {"date": "2021-08-01", "count": 2}
assert o["longest_silence"] == {"seconds": 46800, "from": "2021-08-01T11:00:00Z", "to": "2021-08-02T00:00:00Z"}
PY

# ---- grep on the sample and on made-up inputs ---------------------------------------------------
"$tool" grep "$sample" >"$tmp/g.md"; expect_status 0 $? "grep sample"
cmp -s "$tmp/g.md" "$sample" && ok || fail "grep without filters does not reproduce the sample"
count() { "$tool" grep "$@" | "$tool" check - | sed 's/^1 files, \([0-9]*\) tweets.*/\1/'; }
[ "$(count --user TWEETVIEW_DEMO "$sample")" = 18 ] && ok || fail "grep --user, case"
[ "$(count --user @tweetview_demo "$sample")" = 18 ] && ok || fail "grep --user with @"
[ "$(count --user tweetview "$sample")" = 0 ] && ok || fail "grep --user is not a prefix match"
[ "$(count --mention ALICE "$sample")" = 1 ] && ok || fail "grep --mention"
[ "$(count --mention alic "$sample")" = 0 ] && ok || fail "grep --mention is not a substring"
[ "$(count --hashtag '#PARSING' "$sample")" = 1 ] && ok || fail "grep --hashtag"
[ "$(count --hashtag 日本語 "$sample")" = 1 ] && ok || fail "grep --hashtag non-ASCII"
[ "$(count --contains 'C++ templates & thinking <typename' "$sample")" = 1 ] && ok || fail "grep --contains decodes &amp;"
[ "$(count --since 2021-08-01 --until 2021-09-01 "$sample")" = 3 ] && ok || fail "grep date range on the sample"
[ "$(count --mention alice --hashtag parsing "$sample")" = 0 ] && ok || fail "grep filters combine with AND"
[ "$(count --domain EXAMPLE.com "$tmp/names.md")" = 3 ] && ok || fail "grep --domain with subdomains and without protocol"
[ "$(count --domain sub.example.com "$tmp/names.md")" = 1 ] && ok || fail "grep --domain subdomain only"
[ "$(count --domain ample.com "$tmp/names.md")" = 0 ] && ok || fail "grep --domain is not a suffix match"
[ "$(count --domain https://www.other.org/x "$tmp/names.md")" = 1 ] && ok || fail "grep --domain given as a URL"
[ "$(count --hashtag café --hashtag CAFÉ "$tmp/names.md")" = 2 ] && ok || fail "grep repeated --hashtag"
[ "$(count --hashtag CAFÉ "$tmp/names.md")" = 2 ] && ok || fail "grep --hashtag folds case beyond ASCII"
{ printf '#ΣΟΦΙΑ and #Straße'; foot "Mon Aug 02 01:00:00 +0000 2021" greek 4; } >"$tmp/fold.md"
[ "$(count --hashtag σοφια "$tmp/fold.md")" = 1 ] && ok || fail "grep --hashtag Greek"
[ "$(count --hashtag STRASSE "$tmp/fold.md")" = 0 ] && ok || fail "grep --hashtag: simple folding, ß is not ss"
[ "$(count --since 2021-08-01T10:00:00Z --until 2021-08-01T11:00:00Z "$tmp/names.md")" = 1 ] && ok || fail "grep --since inclusive, --until exclusive"
[ "$(count --since 2021-08-01T12:00:00+02:00 --until 2021-08-01T12:59:59+02:00 "$tmp/names.md")" = 1 ] && ok || fail "grep dates with an offset"
# Fractions of a second: tweets at 10:00:00 and 11:00:00; an instant inside a second counts from the next one.
[ "$(count --since 2021-08-01T10:00:00.000Z --until 2021-08-01T11:00:00.5Z "$tmp/names.md")" = 2 ] && ok || fail "grep --until with a fraction"
[ "$(count --since 2021-08-01T10:00:00.25Z --until 2021-08-01T11:00:00,0Z "$tmp/names.md")" = 0 ] && ok || fail "grep --since with a fraction"
[ "$(count --since 2021-08-01T10:00:00 --until 2021-08-01T10:00:01 "$tmp/names.md")" = 1 ] && ok || fail "grep: no offset means UTC"
"$tool" grep --jsonl --mention alice "$sample" >"$tmp/gj.jsonl"
"$tool" jsonl "$sample" | grep '"id":"175007437017841665"' | cmp -s - "$tmp/gj.jsonl" && ok || fail "grep --jsonl writes jsonl's objects"
for d in 2021-02-29 2021-8-1 2021-08-01T24:00:00Z 2021-08-01T12:00:00+2 2021-08-01T12:00:60Z yesterday "" 2021-08-01Z 2021-08-01T12:00:00.Z 2021-08-01T12:00.5Z; do
  usage_error "grep bad date '$d'" grep --since "$d" "$sample"
done
usage_error "grep bad --until" grep --until 2021-13-01 "$sample"
usage_error "grep unknown option" grep --bogus "$sample"
usage_error "grep --replies --no-replies" grep --replies --no-replies "$sample"
usage_error "grep --since twice" grep --since 2020-01-01 --since 2021-01-01 "$sample"
usage_error "grep --mention without value" grep "$sample" --mention
usage_error "grep --hashtag '#'" grep --hashtag '#' "$sample"
"$tool" grep --help >"$tmp/h" && grep -q "example:" "$tmp/h" && ok || fail "grep --help"
"$tool" stats --help >"$tmp/h" && grep -q "example:" "$tmp/h" && ok || fail "stats --help"
"$tool" --help | grep -q "^  stats" && "$tool" --help | grep -q "^  grep" && ok || fail "tweetview --help lists stats and grep"

# The output is an archive: byte-order marks only at the start, CRLF kept, a separator put back
# between the last record of one file and the next.
printf '\357\273\277' >"$tmp/bom.md"; sed 's/$/\r/' "$sample" >>"$tmp/bom.md"
"$tool" check "$tmp/bom.md" >/dev/null && ok || fail "the CRLF sample with a BOM parses"
"$tool" grep "$tmp/bom.md" | cmp -s - "$tmp/bom.md" && ok || fail "grep reproduces a CRLF file with a BOM"
"$tool" grep "$tmp/bom.md" "$tmp/bom.md" >"$tmp/bom2.md"
out=$("$tool" check "$tmp/bom2.md"); expect_status 0 $? "grep of a BOM file twice parses"
echo "$out" | grep -q " 36 tweets, 0 errors" && ok || fail "grep of a BOM file twice: $out"
[ "$(grep -c "$(printf '\357\273\277')" "$tmp/bom2.md")" = 1 ] && ok || fail "one BOM only"
"$tool" grep --no-replies "$tmp/bom.md" | "$tool" check - | grep -q " 16 tweets, 0 errors" && ok || fail "grep CRLF filtered"
# Joined layouts: no separator after a file's last record.
printf 'one\n\n(Originally on Twitter: [Sun Aug 01 10:00:00 +0000 2021](https://twitter.com/a/status/1))\n\n----\n\ntwo\n\n(Originally on Twitter: [Sun Aug 01 11:00:00 +0000 2021](https://twitter.com/a/status/2))' >"$tmp/j1.md"
printf 'three\n\n(Originally on Twitter: [Sun Aug 01 12:00:00 +0000 2021](https://twitter.com/a/status/3))' >"$tmp/j2.md"
printf 'four\n\n(Originally on Twitter: [Sun Aug 01 13:00:00 +0000 2021](https://twitter.com/a/status/4))\n' >"$tmp/j3.md"
for order in "j1 j2 j3" "j2 j3 j1" "j3 j2" "j2 j3"; do
  set --; for f in $order; do set -- "$@" "$tmp/$f.md"; done
  out=$("$tool" grep "$@" | "$tool" check - 2>&1); st=$?
  n=$(cat "$@" | grep -c "^(Originally")
  [ $st = 0 ] && echo "$out" | grep -q "^1 files, $n tweets, 0 errors" && ok || fail "grep joined files ($order): $out"
  # (11:00 and 12:00: the last record of j1, the only one of j2)
  n=$(cat "$@" | grep -c "^(Originally on Twitter: \[Sun Aug 01 1[12]:")
  out=$("$tool" grep --since 2021-08-01T10:30:00Z --until 2021-08-01T12:30:00Z "$@" | "$tool" check - 2>&1)
  echo "$out" | grep -q "^1 files, $n tweets, 0 errors" && ok || fail "grep joined files, filtered ($order): $out"
done
"$tool" grep "$tmp/j2.md" "$tmp/j3.md" | grep -q '^$' && ok || fail "single-record files of padded layout: no padded separator guessed"
if [ -d "$shared/flavours/F07-jekyll-hr" ]; then
  for fl in F05-monthly-dash F06a-monthly-hr F07-jekyll-hr F11-parser-output-escaped; do
    d="$shared/flavours/$fl"
    [ -d "$d/parser-output" ] && d="$d/parser-output/tweets-md"
    set --; for f in $(find "$d" -name '*.md' | sort); do set -- "$@" "$f"; done
    out=$("$tool" grep "$@" | "$tool" check - 2>&1)
    echo "$out" | grep -q "^1 files, 300 tweets, 0 errors" && ok || fail "grep over $fl: $out"
    want=$("$tool" grep --jsonl --no-retweets "$@" | wc -l | tr -d ' ')
    out=$("$tool" grep --no-retweets "$@" | "$tool" check - 2>&1)
    echo "$out" | grep -q "^1 files, $want tweets, 0 errors" && ok || fail "grep --no-retweets over $fl: $out"
    for f in "$@"; do "$tool" grep "$f" | cmp -s - "$f" || { fail "grep does not reproduce $f"; break; }; done; ok
  done
fi

# Bad records are reported, never written.
{ head -n 8 "$sample"; printf 'x\n\n(Originally on Twitter: [Mon Aug 32 02:25:42 +0000 2021](https://twitter.com/a/status/1))\n----\n'; tail -n +9 "$sample"; } >"$tmp/broken.md"
"$tool" grep "$tmp/broken.md" >"$tmp/gb.md" 2>"$tmp/err"; expect_status 1 $? "grep broken"
cmp -s "$tmp/gb.md" "$sample" && ok || fail "grep leaves bad records out"
grep -q "broken.md:11:34: error: bad timestamp" "$tmp/err" && ok || fail "grep reports bad records"
"$tool" stats --json "$tmp/broken.md" 2>/dev/null | python3 -c 'import json,sys; o=json.load(sys.stdin); assert o["errors"] == 1 and o["tweets"] == 18' && ok || fail "stats counts errors"

# An empty file: every command works (mmap of 0 bytes is not tried).
: >"$tmp/empty.md"
for cmd in check jsonl stats grep repair; do
  for how in "" --no-mmap; do
    "$tool" $cmd $how "$tmp/empty.md" >"$tmp/e.out" 2>"$tmp/e.err"; st=$?
    [ $st = 0 ] && [ ! -s "$tmp/e.err" ] && ok || fail "$cmd $how on an empty file: exit $st $(cat "$tmp/e.err")"
  done
done
"$tool" stats --json "$tmp/empty.md" | python3 -c 'import json,sys; o=json.load(sys.stdin); assert o["tweets"] == 0 and o["first"] is None and o["per_year"] == {}' && ok || fail "stats --json of nothing"

# ---- mmap, --no-mmap, --mmap (one thread, mapped), stdin, a pipe, chunk sizes: the same output -
same_everywhere() {  # same_everywhere NAME FILE [files-only]: every command, every way of reading FILE
  name=$1 f=$2 files_only=${3:-}  # files-only: stdin (ways 2 and 3) not compared
  for cmd in "check" "check --entities" "jsonl" "stats" "stats --json" "grep" "grep --jsonl" "grep --no-replies" "repair"; do
    # (the file name is in jsonl's objects and stats' file count line: normalise it)
    norm() { sed -e "s|\"file\":\"[^\"]*\"|\"file\":\"F\"|g" -e "s|^$f:|F:|" -e "s|^<stdin>:|F:|"; }
    $tool $cmd "$f" 2>&1 | norm >"$tmp/m0"
    $tool $cmd --no-mmap "$f" 2>&1 | norm >"$tmp/m1"
    $tool $cmd - <"$f" 2>&1 | norm >"$tmp/m2"
    cat "$f" | $tool $cmd - 2>&1 | norm >"$tmp/m3"
    $tool $cmd --chunk-size 997 "$f" 2>&1 | norm >"$tmp/m4"
    $tool $cmd --chunk-size 997 --no-mmap "$f" 2>&1 | norm >"$tmp/m5"
    $tool $cmd --quiet --chunk-size 1048576 "$f" 2>&1 | norm >"$tmp/m6"
    $tool $cmd --mmap "$f" 2>&1 | norm >"$tmp/m7"
    $tool $cmd --mmap --chunk-size 997 "$f" 2>&1 | norm >"$tmp/m8"
    $tool $cmd --mmap --chunk-size 61 "$f" 2>&1 | norm >"$tmp/m9"
    for i in 1 2 3 4 5 6 7 8 9; do
      [ -n "$files_only" ] && { [ $i = 2 ] || [ $i = 3 ]; } && continue
      cmp -s "$tmp/m0" "$tmp/m$i" || { fail "$name: '$cmd' output $i differs from the mmap output"; break; }
    done
    [ -s "$tmp/m0" ] && ok || fail "$name: '$cmd' wrote nothing"
  done
}
same_everywhere sample "$sample"
same_everywhere broken "$tmp/broken.md"
same_everywhere crlf-bom "$tmp/bom.md"
# Cut short inside its last record: what is left is reported when the input ends, by every way of
# reading a file. (Not compared with stdin: jsonl names the flavour of a file from its head and its
# tail, F03 for records without a separator after the last; stdin's is refined record by record.)
head -c $(($(wc -c <"$sample") - 9)) "$sample" >"$tmp/cut.md"
same_everywhere cut-short "$tmp/cut.md" files-only

# ---- the real archive -------------------------------------------------------------------------
if [ -d "$real" ]; then
  cat "$real"/*.md >"$tmp/all.md"  # monthly files with a separator after every record: one archive
  same_everywhere real "$tmp/all.md"
  # A file of 64 MiB or more read on one thread is mapped or read(), whichever measures cheaper
  # when it is opened: the output is the same either way, and the same as both forced ways.
  i=0; while [ $i -lt 45 ]; do cat "$tmp/all.md"; i=$((i + 1)); done >"$tmp/big.md"
  [ "$(wc -c <"$tmp/big.md")" -ge 67108864 ] && ok || fail "the large file is under 64 MiB"
  for how in "" --mmap --no-mmap; do
    "$tool" jsonl $how "$tmp/big.md" 2>&1 | cksum >"$tmp/big$how.sum"
  done
  [ "$(cut -d' ' -f2 "$tmp/big.sum")" -gt 67108864 ] && ok || fail "jsonl of the large file: too little output"
  cmp -s "$tmp/big.sum" "$tmp/big--mmap.sum" && cmp -s "$tmp/big.sum" "$tmp/big--no-mmap.sum" && ok ||
    fail "jsonl of the large file differs between the measured choice, --mmap and --no-mmap"
  rm -f "$tmp/big.md"
  "$tool" stats --json "$real" >"$tmp/real.json"; expect_status 0 $? "stats --json real archive"
  "$tool" jsonl "$real" >"$tmp/real.jsonl"
  python3 - "$tmp/real.json" "$real" "$tmp/real.jsonl" <<'PY' && ok || fail "stats --json on the real archive"
import collections, datetime, glob, json, os, re, sys
o = json.load(open(sys.argv[1], encoding="utf-8"))
times = []
for path in sorted(glob.glob(os.path.join(sys.argv[2], "*.md"))):
    raw = open(path, encoding="utf-8").read()
    for m in re.findall(r"^\(Originally on Twitter: \[([^\]]+)\]", raw, re.M):
        times.append(datetime.datetime.strptime(m, "%a %b %d %H:%M:%S %z %Y").astimezone(datetime.timezone.utc))
times.sort()
iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
assert o["tweets"] == len(times) == 6753, o["tweets"]
assert o["first"] == iso(times[0]) and o["last"] == iso(times[-1]), (o["first"], o["last"])
assert o["files"] == 165 and o["errors"] == 0
assert sum(o["per_year"].values()) == 6753 and sum(o["per_month"].values()) == 6753
assert o["per_year"] == {str(y): n for y, n in sorted(collections.Counter(t.year for t in times).items())}
assert o["per_month"] == {k: n for k, n in sorted(collections.Counter(t.strftime("%Y-%m") for t in times).items())}
day, n = max(collections.Counter(t.date() for t in times).items(), key=lambda kv: (kv[1], -kv[0].toordinal()))
assert o["busiest_day"] == {"date": day.isoformat(), "count": n}, o["busiest_day"]
g = max((b - a, a, b) for a, b in zip(times, times[1:]))
assert o["longest_silence"]["seconds"] == int(g[0].total_seconds())
rows = [json.loads(l) for l in open(sys.argv[3], encoding="utf-8")]
assert o["replies"] == sum("in_reply_to_screen_name" in r for r in rows)
assert o["retweets"] == sum("retweeted_screen_name" in r for r in rows)
mentions = collections.Counter(m["screen_name"].lower() for r in rows for m in r["entities"]["mentions"])
top = sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
assert [(m["screen_name"].lower(), m["count"]) for m in o["top_mentions"]] == top, (o["top_mentions"], top)
tags = collections.Counter(re.sub("[A-Z]", lambda c: c.group().lower(), h["text"]) for r in rows for h in r["entities"]["hashtags"])
top = sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
assert [(re.sub("[A-Z]", lambda c: c.group().lower(), h["hashtag"]), h["count"]) for h in o["top_hashtags"]] == top
def host(u):
    u = re.sub(r"^https?://", "", u, flags=re.I)
    h = re.split(r"[/?#:]", u)[0].rstrip(".").lower()
    return h[4:] if h.startswith("www.") and len(h) > 4 else h
domains = collections.Counter(host(u["url"]) for r in rows for u in r["entities"]["urls"])
top = sorted(domains.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
assert [(d["domain"], d["count"]) for d in o["top_domains"]] == top, (o["top_domains"], top)
PY
  "$tool" stats "$real" >"$tmp/real.txt"; expect_status 0 $? "stats real archive"
  grep -q "^tweets  *6,753 in 165 files, 0 bad records$" "$tmp/real.txt" && ok || fail "stats real archive: $(head -n 1 "$tmp/real.txt")"

  # grep without filters reproduces every file; over the directory, their concatenation.
  for f in "$real"/*.md; do
    "$tool" grep "$f" | cmp -s - "$f" || { fail "grep does not reproduce $f"; break; }
  done; ok
  "$tool" grep "$real" | cmp -s - "$tmp/all.md" && ok || fail "grep over the directory is not the concatenation"

  # A month in UTC, against the footers read by python.
  "$tool" grep --jsonl --since 2021-08-01 --until 2021-09-01 "$real" >"$tmp/aug.jsonl"
  "$tool" grep --since 2021-08-01T00:00:00Z --until 2021-09-01T02:00:00+02:00 "$real" >"$tmp/aug.md"
  python3 - "$real" "$tmp/aug.jsonl" "$tmp/aug.md" <<'PY' && ok || fail "grep --since/--until on the real archive"
import datetime, glob, json, os, re, sys
want = []
lo = datetime.datetime(2021, 8, 1, tzinfo=datetime.timezone.utc)
hi = datetime.datetime(2021, 9, 1, tzinfo=datetime.timezone.utc)
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.md"))):
    raw = open(path, encoding="utf-8").read()
    for ts, id in re.findall(r"^\(Originally on Twitter: \[([^\]]+)\]\(https://twitter\.com/\w+/status/(\d+)\)\)$", raw, re.M):
        t = datetime.datetime.strptime(ts, "%a %b %d %H:%M:%S %z %Y")
        if lo <= t < hi:
            want.append(id)
got = [json.loads(l)["id"] for l in open(sys.argv[2], encoding="utf-8")]
assert got == want and len(want) > 50, (len(got), len(want))
got2 = re.findall(r"/status/(\d+)\)\)$", open(sys.argv[3], encoding="utf-8").read(), re.M)
assert got2 == want
PY
  # (the monthly files were split in local time: two tweets of 1 September UTC are in the August file)
  "$tool" check "$tmp/aug.md" | grep -q "^1 files, 89 tweets, 0 errors" && ok || fail "grep for August 2021 UTC"

  # Filters against what jsonl (the library's entities) and python say.
  for flt in "--mention samth" "--mention SAMTH" "--hashtag icfp" "--domain github.com" "--domain ezyang.com" "--contains Haskell" \
             "--replies" "--no-replies" "--retweets" "--no-retweets" "--user ezyang" "--mention ezyang --no-replies"; do
    # shellcheck disable=SC2086
    "$tool" grep --jsonl $flt "$real" >"$tmp/f.jsonl"
    python3 - "$tmp/real.jsonl" "$tmp/f.jsonl" $flt <<'PY' || fail "grep $flt"
import html, json, re, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
got = [json.loads(l)["id"] for l in open(sys.argv[2], encoding="utf-8")]
args = sys.argv[3:]
def host(u):
    u = re.sub(r"^https?://", "", u, flags=re.I)
    h = re.split(r"[/?#:]", u)[0].rstrip(".").lower()
    return h[4:] if h.startswith("www.") and len(h) > 4 else h
def keep(r):
    a = list(args)
    while a:
        k = a.pop(0)
        if k == "--mention":
            v = a.pop(0).lower()
            if not any(m["screen_name"].lower() == v for m in r["entities"]["mentions"]): return False
        elif k == "--hashtag":
            v = a.pop(0).lower()
            if not any(h["text"].lower() == v for h in r["entities"]["hashtags"]): return False
        elif k == "--domain":
            v = a.pop(0)
            if not any(host(u["url"]) == v or host(u["url"]).endswith("." + v) for u in r["entities"]["urls"]): return False
        elif k == "--contains":
            if a.pop(0) not in html.unescape(r["text"]): return False
        elif k == "--user":
            if r["user"].lower() != a.pop(0).lower(): return False
        elif k in ("--replies", "--no-replies"):
            if ("in_reply_to_screen_name" in r) != (k == "--replies"): return False
        elif k in ("--retweets", "--no-retweets"):
            if ("retweeted_screen_name" in r) != (k == "--retweets"): return False
    return True
want = [r["id"] for r in rows if keep(r)]
assert got == want, (len(got), len(want))
assert 0 < len(got), "nothing matched"
PY
    ok
  done
  r=$("$tool" grep --jsonl --replies "$real" | wc -l); n=$("$tool" grep --jsonl --no-replies "$real" | wc -l)
  [ $((r + n)) = 6753 ] && ok || fail "replies + no-replies = $r + $n"
  r=$("$tool" grep --jsonl --retweets "$real" | wc -l); n=$("$tool" grep --jsonl --no-retweets "$real" | wc -l)
  [ $((r + n)) = 6753 ] && ok || fail "retweets + no-retweets = $r + $n"
  "$tool" grep --mention samth --hashtag icfp "$real" | "$tool" check - >/dev/null && ok || fail "filtered output parses"
else
  echo "shared data not found at $shared: real-archive checks skipped"
fi

# ---- the progress line -------------------------------------------------------------------------
# A > 64 MiB input: the sample repeated.
i=0; : >"$tmp/big1.md"; while [ $i -lt 50 ]; do cat "$sample" >>"$tmp/big1.md"; i=$((i + 1)); done
i=0; : >"$tmp/big.md"; while [ $i -lt 420 ]; do cat "$tmp/big1.md" >>"$tmp/big.md"; i=$((i + 1)); done
big_bytes=$(wc -c <"$tmp/big.md" | tr -d ' ')
[ "$big_bytes" -gt 67108864 ] && ok || fail "big input is only $big_bytes bytes"
# stderr not a terminal: nothing.
"$tool" check "$tmp/big.md" >/dev/null 2>"$tmp/err"; expect_status 0 $? "check big"
[ ! -s "$tmp/err" ] && ok || fail "progress written to a non-terminal: $(head -c 200 "$tmp/err")"
# stderr a terminal (a pseudo-terminal from python3's pty module).
cat >"$tmp/on_terminal.py" <<'PY'
import os, pty, subprocess, sys, time
master, slave = pty.openpty()
start = time.monotonic()
p = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL)
os.close(slave)
data = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
p.wait()
elapsed = time.monotonic() - start
open(sys.argv[1], "wb").write(data)
print("%d %.3f" % (p.returncode, elapsed))
PY
for cmd in "jsonl" "grep --contains zzz" "stats"; do
  # shellcheck disable=SC2086
  res=$(python3 "$tmp/on_terminal.py" "$tmp/tty.out" "$tool" $cmd "$tmp/big.md"); st=${res%% *} secs=${res#* }
  expect_status 0 "$st" "$cmd under a pty"
  python3 - "$tmp/tty.out" "$secs" "$big_bytes" <<'PY' && ok || fail "progress line of '$cmd' under a pty"
import re, sys
data = open(sys.argv[1], "rb").read().decode()
secs = float(sys.argv[2])
total = int(sys.argv[3]) / 1e6
draws = re.findall(r"\rtweetview: ([0-9.]+) of ([0-9.]+) MB \(\s*\d+%\), \d+ MB/s, \d+:\d\d left\x1b\[K", data)
if secs > 0.25:
    assert draws, repr(data[:300])
assert len(draws) <= secs * 10 + 1, (len(draws), secs)  # at most ten a second
for done, tot in draws:
    assert float(tot) == round(total, 1) and float(done) <= float(tot)
assert data == "" or data.endswith("\r\x1b[K"), repr(data[-40:])  # cleared at the end
leftover = re.sub(r"\rtweetview: [^\r]*?\x1b\[K", "", data).replace("\r\x1b[K", "")
assert leftover == "", repr(leftover[:200])  # nothing else
PY
done
res=$(python3 "$tmp/on_terminal.py" "$tmp/tty.out" "$tool" jsonl --quiet "$tmp/big.md")
[ "${res%% *}" = 0 ] && [ ! -s "$tmp/tty.out" ] && ok || fail "--quiet under a pty: $(head -c 200 "$tmp/tty.out")"
python3 "$tmp/on_terminal.py" "$tmp/tty.out" "$tool" jsonl "$sample" >/dev/null
[ ! -s "$tmp/tty.out" ] && ok || fail "progress for a small input"
"$tool" stats --json --quiet "$tmp/big.md" | python3 -c 'import json,sys; o=json.load(sys.stdin); assert o["tweets"] == 18 * 50 * 420, o["tweets"]' && ok || fail "stats on the big input"

echo "$passes passed, $fails failed"
[ $fails = 0 ]
