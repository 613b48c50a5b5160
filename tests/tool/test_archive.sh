#!/bin/sh
# Twitter's own archive (data/tweets.js) as input: the small archives under tests/tool/archive/ (written by
# make_archives.py there), read by every command. basic-parser-66f511b.md is what twitter-archive-parser
# (its last version, 66f511b) wrote for archive/basic, run offline: convert --to F11 must give it byte for
# byte. Everything else is checked against the JSON itself, read here with Python's json module.
set -u
tool=$1 src=$2
arc="$src/tests/tool/archive"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# What the real writer wrote, from the archive folder, its data/ folder, the tweets file itself, and
# from an archive cut into tweets-part1.js and tweets-part2.js.
for in in "$arc/basic" "$arc/basic/" "$arc/basic/data" "$arc/basic/data/tweets.js" "$arc/parts"; do
  "$tool" convert --to F11 "$in" >"$tmp/f11" 2>"$tmp/err" && ok || fail "convert $in: exit $?"
  cmp -s "$tmp/f11" "$arc/basic-parser-66f511b.md" && ok || fail "convert --to F11 $in differs from twitter-archive-parser's output"
done
[ -s "$tmp/err" ] && fail "convert wrote to stderr: $(cat "$tmp/err")" || ok
"$tool" check "$arc/basic" >"$tmp/out" 2>&1 && ok || fail "check basic: exit $?"
grep -qx "1 files, 14 tweets, 0 errors, $(wc -c <"$arc/basic/data/tweets.js" | tr -d ' ') bytes" "$tmp/out" && ok || fail "check summary: $(cat "$tmp/out")"
# The Markdown it reads is itself an archive every command reads: F11 back to F05 and again to F11.
"$tool" convert --to F05 "$arc/basic" >"$tmp/f05" && "$tool" convert --to F11 "$tmp/f05" >"$tmp/f11b" 2>/dev/null
"$tool" check "$tmp/f05" >/dev/null 2>&1 && ok || fail "F05 of the archive does not check clean"

# jsonl against the JSON: same ids, times, author, reply ids, in the archive's order, with the line and
# offset of each tweet's object; the text (--unescape) is full_text with the t.co links expanded, the
# leading @names of a reply cut (they are in the header) and the media link replaced.
"$tool" jsonl --unescape "$arc/basic" "$arc/parts" "$arc/old" >"$tmp/jsonl" && ok || fail "jsonl: exit $?"
python3 - "$tmp/jsonl" "$arc/basic/data/tweets.js" "$arc/parts/data/tweets-part1.js" "$arc/parts/data/tweets-part2.js" "$arc/old/data/tweet.js" <<'PY' && ok || fail "jsonl fields against tweets.js"
import json, re, sys
got = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
want = []
for path in sys.argv[2:]:
    raw = open(path, "rb").read()
    start = raw.index(b"[")
    items = json.loads(raw[start:].decode("utf-8"))
    # each object's first byte (offsets in bytes): Twitter's layout puts "}, {" between them
    offs = [start + 2] + [m.end() - 1 for m in re.finditer(rb"\n\}, \{", raw)]
    assert len(offs) == len(items), (path, len(offs), len(items))
    for item, off in zip(items, offs):
        t = item.get("tweet", item)
        want.append((path, t, off, raw.count(b"\n", 0, off) + 1))
assert len(got) == len(want), (len(got), len(want))
for g, (path, t, off, line) in zip(got, want):
    assert g["id"] == t["id_str"] and g["created_at"] == t["created_at"], (g["id"], t["id_str"])
    assert g["user"] == "quill" and g["url"] == "https://twitter.com/quill/status/" + t["id_str"], g
    assert g["file"] == path and g["offset"] == off and g["line"] == line, (g["file"], g["offset"], off, g["line"], line)
    assert g["flavour"] == "F11", g
    if "in_reply_to_status_id" in t:
        assert g["in_reply_to_status_id"] == t["in_reply_to_status_id"], g
    else:
        assert "in_reply_to_status_id" not in g, g
    text = t["full_text"]
    for u in t["entities"].get("urls", []):
        text = text.replace(u["url"], u["expanded_url"])
    if "in_reply_to_status_id" in t:
        text = re.sub(r"^(@[0-9A-Za-z_]* )*", "", text)
    media = t["entities"].get("media")
    if media:
        assert media[0]["url"] in text
        text = text.split(media[0]["url"])[0]
        assert g["text"].startswith(text.rstrip("\n")), (g["text"], text)
        assert len(g["media"]) >= 1, g
    else:
        # The writer escaped a final line break to "  \n" and dropped the "\n" (str.splitlines).
        if text.endswith("\n"):
            text = text[:-1] + "  "
        assert g["text"] == text, (g["text"], text)
print("checked", len(got), "tweets")
PY

# The same tweets in other layouts: minified JSON on one line, and CRLF line ends.
python3 - "$arc/basic" "$tmp" <<'PY'
import json, os, shutil, sys
src, tmp = sys.argv[1], sys.argv[2]
raw = open(os.path.join(src, "data/tweets.js"), encoding="utf-8").read()
items = json.loads(raw[raw.index("["):])
for name, text in (("minified", "window.YTD.tweets.part0 = " + json.dumps(items, separators=(",", ":"), ensure_ascii=False)),
                   ("crlf", raw.replace("\n", "\r\n"))):
    shutil.copytree(src, os.path.join(tmp, name))
    open(os.path.join(tmp, name, "data/tweets.js"), "w", encoding="utf-8", newline="").write(text)
PY
for layout in minified crlf; do
  "$tool" convert --to F11 "$tmp/$layout" | cmp -s - "$arc/basic-parser-66f511b.md" && ok || fail "$layout tweets.js: convert differs"
done

# --split I/N: every tweet once; -j 2: the same output.
for n in 2 3 5; do
  i=1
  : >"$tmp/parts"
  while [ $i -le $n ]; do "$tool" convert --to F11 --split $i/$n "$arc/basic" >>"$tmp/parts"; i=$((i + 1)); done
  "$tool" jsonl --split 1/$n "$arc/basic" >/dev/null && ok || fail "--split"
  [ "$(grep -c 'tweet.ico' "$tmp/parts")" = 14 ] && ok || fail "--split */$n: not 14 tweets"
done
"$tool" jsonl -j 2 "$arc/basic" | cmp -s - "$("$tool" jsonl "$arc/basic" >"$tmp/j1"; echo "$tmp/j1")" && ok || fail "-j 2"

# Every other command reads it too.
"$tool" stats --json "$arc/basic" | grep -q '"tweets":14' && ok || fail "stats"
[ "$("$tool" grep --hashtag parsing --jsonl "$arc/basic" | wc -l | tr -d ' ')" = 1 ] && ok || fail "grep --hashtag"
"$tool" grep --since 2021-03-01 "$arc/basic" >"$tmp/g" && [ "$(grep -c 'tweet.ico' "$tmp/g")" = 3 ] && ok || fail "grep --since"
"$tool" repair "$arc/basic" | "$tool" check - >/dev/null && ok || fail "repair"

# Errors: each with file, line and column, and the tweets around them still read.
"$tool" check "$arc/malformed" >"$tmp/out" 2>"$tmp/err"; st=$?
[ $st = 1 ] && ok || fail "malformed: exit $st, not 1"
grep -q "^1 files, 2 tweets, 4 errors" "$tmp/out" && ok || fail "malformed summary: $(cat "$tmp/out")"
python3 - "$arc/malformed/data/tweets.js" "$tmp/err" <<'PY' && ok || fail "malformed: the errors' lines and columns: $(cat "$tmp/err")"
import sys
path = sys.argv[1]
raw = open(path, "rb").read()
errs = open(sys.argv[2], encoding="utf-8").read().splitlines()
def at(off):
    line = raw.count(b"\n", 0, off) + 1
    return "%s:%d:%d:" % (path, line, off - (raw.rfind(b"\n", 0, off) + 1) + 1)
objs = [i + 3 for i in range(len(raw)) if raw.startswith(b"}, {", i)]  # the '{' of each object after the first
want = [at(objs[0]) + ' error: a tweet without "id_str"',
        at(objs[1]) + ' error: a tweet without "created_at"',
        at(raw.index(b'"malformed JSON"')) + " error: malformed JSON",
        at(raw.index(b'"Mon Feb 30')) + " error: this tweet's Markdown does not read back: created_at: bad timestamp"]
assert len(errs) == 4, errs
for e, w in zip(errs, want):
    assert e.startswith(w), (e, w)
PY
"$tool" jsonl "$arc/malformed" 2>/dev/null | grep -c '"id"' | grep -qx 2 && ok || fail "malformed: the good tweets"

# A folder with account.js but no tweets file; a tweets.js without account.js beside it; not JSON.
mkdir -p "$tmp/empty/data" "$tmp/alone"
cp "$arc/basic/data/account.js" "$tmp/empty/data/"
"$tool" check "$tmp/empty" >/dev/null 2>"$tmp/err"; [ $? = 2 ] && grep -q "without tweets.js, tweet.js or tweets-part\*.js" "$tmp/err" && ok || fail "no tweets.js: $(cat "$tmp/err")"
cp "$arc/basic/data/tweets.js" "$tmp/alone/"
"$tool" check "$tmp/alone/tweets.js" >/dev/null 2>"$tmp/err"; [ $? = 2 ] && grep -q "account.js: No such file" "$tmp/err" && ok || fail "no account.js: $(cat "$tmp/err")"
cp "$arc/basic/data/account.js" "$tmp/alone/"
printf 'window.YTD.tweets.part0 = [ {\n  "tweet" : {\n    "id_str" : "1"\n' >"$tmp/alone/tweet.js"
"$tool" check "$tmp/alone/tweet.js" >/dev/null 2>"$tmp/err"; [ $? = 1 ] && grep -q "tweet.js:1:29: error: malformed JSON: the tweet that starts here does not end" "$tmp/err" && ok || fail "truncated: $(cat "$tmp/err")"
printf 'var x = 1;\n' >"$tmp/alone/tweet.js"
"$tool" check "$tmp/alone/tweet.js" >/dev/null 2>"$tmp/err"; [ $? = 1 ] && grep -q "tweet.js:1:1: error: expected 'window.YTD.tweets.part0 = \['" "$tmp/err" && ok || fail "not an archive: $(cat "$tmp/err")"

echo "$passes passed, $fails failed"
[ "$fails" = 0 ]
