#!/bin/sh
# tweetview export: the sample, the real archive and every flavour folder written as Twitter
# archive folders, then checked with Python's json against Twitter's layout and field types,
# against `tweetview jsonl` of the input (ids, times, texts, entities), against the texts of the
# tweets.js the flavour folders were made from (expected.json), and for media linking.
set -u
. "$(dirname "$0")/harness.sh"

# check.py EXPORT_DIR JSONL [EXPECTED_JSON] [replies|noreplies]: every property of one export.
cat >"$tmp/check.py" <<'PY'
import json, re, sys
folder, jsonl_path = sys.argv[1], sys.argv[2]
expected_path = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] != "-" else None
replies = sys.argv[4] if len(sys.argv) > 4 else ""
raw = open(folder + "/data/tweets.js", encoding="utf-8", newline="").read()
prefix = "window.YTD.tweets.part0 = "
assert raw.startswith(prefix), raw[:40]
tweets = json.loads(raw[len(prefix):])
# twitter-archive-parser's way: the first line replaced by "[ {", the rest joined as it is.
lines = raw.splitlines(keepends=True)
assert lines[0] == prefix + "[ {\n" or (raw == prefix + "[ ]" and not tweets), lines[0]
assert not tweets or json.loads("[ {" + "".join(lines[1:])) == tweets

# Twitter's layout (Jackson's pretty printer), byte for byte.
def jackson(v, depth):
    if isinstance(v, dict):
        if not v:
            return "{ }"
        inner = ",\n".join("  " * (depth + 1) + json.dumps(k, ensure_ascii=False) + " : " + jackson(x, depth + 1) for k, x in v.items())
        return "{\n" + inner + "\n" + "  " * depth + "}"
    if isinstance(v, list):
        return "[ " + ", ".join(jackson(x, depth) for x in v) + " ]" if v else "[ ]"
    return json.dumps(v, ensure_ascii=False).replace("\x7f", "\\u007f")  # the tool escapes DEL too
assert raw == prefix + jackson(tweets, 0), "layout differs from Jackson's"
account = open(folder + "/data/account.js", encoding="utf-8").read()
assert account.startswith("window.YTD.account.part0 = [ {\n")
user = json.loads(account[len("window.YTD.account.part0 = "):])[0]["account"]["username"]

digits = re.compile(r"[0-9]+\Z")
def is_id(v):
    return isinstance(v, str) and digits.match(v) is not None
def is_range(v):
    return isinstance(v, list) and len(v) == 2 and all(is_id(x) for x in v) and int(v[0]) <= int(v[1])

rows = [json.loads(l) for l in open(jsonl_path, encoding="utf-8")]
assert len(rows) == len(tweets), (len(rows), len(tweets))
media_re = re.compile(r'!\[\]\([^)\n]*\)|<video [^\n]*?</video>(\n[^\s]*/[^\s]*(?=\n|$))?')
sigil = {"user_mentions": "@", "hashtags": "#", "symbols": "$", "urls": ""}
kinds = {"user_mentions": "mentions", "hashtags": "hashtags", "symbols": "cashtags", "urls": "urls"}
counts = {"media": 0, "replies": 0, "names put back": 0, "entities": 0}
for w, r in zip(tweets, rows):
    assert list(w) == ["tweet"], list(w)
    t = w["tweet"]
    assert "lang" not in t
    assert is_id(t["id_str"]) and t["id"] == t["id_str"] == r["id"], (t["id_str"], r["id"])
    assert t["created_at"] == r["created_at"]
    text = t["full_text"]
    assert isinstance(text, str) and is_range(t["display_text_range"]) and int(t["display_text_range"][1]) <= len(text)
    assert r["user"] == user
    ent = t["entities"]
    assert list(ent)[:4] == ["hashtags", "symbols", "user_mentions", "urls"], list(ent)
    for kind, sig in sigil.items():
        for e in ent[kind]:
            assert is_range(e["indices"]), e
            b, x = (int(i) for i in e["indices"])
            value = e["url"] if kind == "urls" else e["screen_name"] if kind == "user_mentions" else e["text"]
            # indices in code points of full_text (a list mention spans its "/slug" too)
            assert text[b:x] == sig + value or (kind == "user_mentions" and text[b:x].startswith("@" + value + "/")), (text[b:x], value)
            if kind == "urls":
                assert e["expanded_url"] == e["url"] and isinstance(e["display_url"], str) and e["display_url"]
            counts["entities"] += 1
    # Replies: the fields where the flavour has them, the names back in the text.
    stored = r["text"]
    if "in_reply_to_status_id" in r:
        counts["replies"] += 1
        assert t["in_reply_to_status_id"] == t["in_reply_to_status_id_str"] == r["in_reply_to_status_id"]
        assert t["in_reply_to_screen_name"] == r["in_reply_to_screen_name"]
        names = r["in_reply_to_screen_names"]
        if names != [user]:
            counts["names put back"] += 1
            stored = "".join("@" + n + " " for n in names) + stored
            assert int(t["display_text_range"][0]) == len("".join("@" + n + " " for n in names))
    else:
        assert not any(k.startswith("in_reply_to") for k in t), t
    # Media: each markup group is one link, at the indices of its media entity.
    if r["media"]:
        counts["media"] += 1
        m = t["entities"]["media"][0]
        b, x = (int(i) for i in m["indices"])
        assert text[b:x] == m["url"] and m["url"].startswith("https://t.co/") or m["url"] == text[b:x]
        ext = t["extended_entities"]["media"]
        assert len(ext) == len(r["media"]), (ext, r["media"])
        for em, rm in zip(ext, r["media"]):
            assert em["type"] == {"image": "photo", "video": "video"}[rm["type"]] or "://" in rm["path"], (em, rm)
            assert em["url"] == m["url"] and isinstance(em["media_url"], str) and em["media_url"]
            if "://" not in rm["path"]:
                name = rm["path"].rsplit("/", 1)[-1]
                stem = name[name.index(t["id_str"] + "-") + len(t["id_str"]) + 1:] if t["id_str"] + "-" in name else name
                assert em["media_url"].rsplit("/", 1)[-1] == (stem if rm["type"] == "image" else stem.rsplit(".", 1)[0] + ".jpg"), (em, rm)
        # the text around the link is the text around the markup (blank lines aside)
        squeeze = lambda s: re.sub(r"\s+", " ", s).strip()
        assert squeeze(text.replace(m["url"], " ")) == squeeze(media_re.sub(" ", stored)), (text, stored)
        assert text.count(m["url"]) == 1 or "://" in r["media"][0]["path"]
    else:
        assert "media" not in t["entities"] and "extended_entities" not in t
        assert text == stored, (text, stored)
        # the same entities as jsonl finds, shifted by the names put back
        shift = len(text) - len(r["text"])
        for kind, name in kinds.items():
            mine = [[int(i) - shift for i in e["indices"]] for e in ent[kind] if int(e["indices"][0]) >= shift]
            assert mine == [e["indices"] for e in r["entities"][name]], (kind, mine, r["entities"][name])
# The tweets.js the flavour folders were made from: the same texts, URLs aside.
if expected_path:
    url = re.compile(r"https?://\S+")
    by_id = {t["tweet"]["id_str"]: t["tweet"] for t in tweets}
    exp = json.load(open(expected_path, encoding="utf-8"))
    assert len(exp) == len(by_id)
    for e in exp:
        t = by_id[e["id_str"]]
        assert url.sub("URL", t["full_text"]) == url.sub("URL", e["full_text"]), (t["full_text"], e["full_text"])
        assert t["created_at"] == e["created_at"]
        if replies == "replies" and e["in_reply_to_screen_name"]:
            assert t["in_reply_to_screen_name"].lower() == e["in_reply_to_screen_name"].lower(), (t, e)
if replies == "replies":
    assert counts["replies"] > 100 and counts["names put back"] > 50, counts
elif replies == "noreplies":
    assert counts["replies"] == 0, counts
print(len(tweets), "tweets", counts)
PY

check() {  # NAME EXPORT_DIR INPUT... (after --): export, then check.py with the remaining arguments
  name=$1 out=$2 extra=$3
  shift 3
  "$tool" export --out "$out" "$@" 2>"$out.err" || { fail "$name: export exited $?: $(tail -n 2 "$out.err")"; return; }
  "$tool" jsonl --unescape "$@" >"$out.jsonl" 2>/dev/null
  # shellcheck disable=SC2086
  if python3 "$tmp/check.py" "$out" "$out.jsonl" $extra >"$out.log" 2>&1; then ok; else fail "$name: $(tail -n 3 "$out.log")"; fi
}

check sample "$tmp/sample" "- noreplies" "$src/examples/data/sample.md"
grep -q "media file not found: .*examples/data/media/901234567890123456-DJx8abcXkAAbcde.jpg" "$tmp/sample.err" && ok || fail "missing media listed"
grep -q "18 tweets to .*; media files: 0 linked, 0 copied, 2 not found" "$tmp/sample.err" && ok || fail "summary line"
for part in following follower direct-messages direct-messages-group; do
  [ "$(cat "$tmp/sample/data/$part.js")" = "window.YTD.$(echo $part | tr - _).part0 = [ ]" ] && ok || fail "empty $part.js"
done
[ -d "$tmp/sample/data/tweets_media" ] && ok || fail "tweets_media folder"

# Texts that need escaping everywhere, with many entities: the JSON stays whole (and, under the
# sanitizers, in bounds).
python3 - "$tmp/hostile.md" <<'PY'
import sys
unit = '@user_{0} "quoted\x01\x1f\x7f\\ é😀 #tag{0} $AB https://example.com/{0}?q="x" '
body = "".join(unit.format(i) for i in range(300))
rec = "{}\n\n(Originally on Twitter: [Mon Aug 02 02:25:4{} +0000 2021](https://twitter.com/u/status/{}))\n----\n"
open(sys.argv[1], "w", encoding="utf-8", newline="").write("".join(rec.format(body[: 40 * k + 1], k, 100 + k) for k in range(8)) + rec.format(body, 9, 200))
PY
check hostile "$tmp/hostile" "- noreplies" "$tmp/hostile.md"
# An empty input: an empty archive that still reads.
: >"$tmp/empty.md"
check empty "$tmp/empty" "- noreplies" "$tmp/empty.md"
# Bad records are reported and left out, the rest exported.
printf 'x\n\n(Originally on Twitter: [Mon Aug 32 02:25:42 +0000 2021](https://twitter.com/a/status/1))\n----\n' | cat - "$src/examples/data/sample.md" >"$tmp/bad.md"
"$tool" export --out "$tmp/bad" "$tmp/bad.md" 2>"$tmp/bad.err"; [ $? = 1 ] && ok || fail "bad record: exit 1"
grep -q "bad.md:3:.*error: bad timestamp" "$tmp/bad.err" && grep -q "18 tweets" "$tmp/bad.err" && ok || fail "bad record reported, 18 exported: $(cat "$tmp/bad.err")"
# Usage errors.
"$tool" export "$src/examples/data/sample.md" 2>/dev/null; [ $? = 2 ] && ok || fail "no --out: exit 2"
"$tool" export --out "$tmp/x" 2>/dev/null; [ $? = 2 ] && ok || fail "no input: exit 2"
"$tool" export --out /proc/nonexistent/x "$src/examples/data/sample.md" 2>/dev/null; [ $? = 2 ] && ok || fail "unwritable --out: exit 2"
"$tool" export --help | grep -q "example:" && ok || fail "export --help"
# -j 2 and chunked reading write the same file.
"$tool" export --out "$tmp/j2" -j 2 --no-mmap --chunk-size 7 "$src/examples/data/sample.md" 2>/dev/null
cmp -s "$tmp/j2/data/tweets.js" "$tmp/sample/data/tweets.js" && ok || fail "-j 2 / --no-mmap export differs"

if [ -d "$shared/data/ezyang-tweets" ]; then
  check real "$tmp/real" "- noreplies" "$shared/data/ezyang-tweets"
  "$tool" export --out "$tmp/real2" -j 2 "$shared/data/ezyang-tweets" 2>/dev/null
  cmp -s "$tmp/real2/data/tweets.js" "$tmp/real/data/tweets.js" && ok || fail "real archive: -j 2 differs"
  grep -q "^6753 tweets" "$tmp/real.log" && ok || fail "real archive: 6753 tweets ($(cat "$tmp/real.log"))"
else
  echo "SKIP: $shared/data/ezyang-tweets not found: real-archive export not checked"
fi

if [ -d "$shared/flavours" ]; then
  # Media beside the input: hard-linked into tweets_media, the missing ones listed.
  mkdir -p "$tmp/m"
  cp -r "$shared/flavours/F11-parser-output-escaped/parser-output" "$tmp/m/"
  mkdir -p "$tmp/m/parser-output/media"
  grep -rhoE '\.\./\.\./media/[0-9]+-[^)"]+' "$tmp/m/parser-output/tweets-md" | sort -u | sed 's,.*/,,' >"$tmp/m/names"
  while read -r n; do echo "$n" >"$tmp/m/parser-output/media/$n"; done <"$tmp/m/names"
  gone=$(sed -n 3p "$tmp/m/names")
  rm "$tmp/m/parser-output/media/$gone"
  all=$(wc -l <"$tmp/m/names" | tr -d ' ')
  "$tool" export --out "$tmp/m/out" "$tmp/m/parser-output/tweets-md" 2>"$tmp/m/err"
  grep -q "media files: $((all - 1)) linked, 0 copied, 1 not found" "$tmp/m/err" && ok || fail "media: $(tail -n 1 "$tmp/m/err") (of $all)"
  grep -q "tweets-md/[0-9]*/[0-9-]*-tweets.md:[0-9]*: media file not found: .*/$gone\$" "$tmp/m/err" && ok || fail "missing $gone not listed"
  linked=0
  while read -r n; do
    [ "$n" = "$gone" ] && continue
    [ "$(stat -c %i "$tmp/m/out/data/tweets_media/$n" 2>/dev/null)" = "$(stat -c %i "$tmp/m/parser-output/media/$n")" ] && linked=$((linked + 1))
  done <"$tmp/m/names"
  [ "$linked" = $((all - 1)) ] && ok || fail "media hard links: $linked of $((all - 1))"
  [ ! -e "$tmp/m/out/data/tweets_media/$gone" ] && ok || fail "missing media made up"
  # Exporting again over it keeps the files.
  "$tool" export --out "$tmp/m/out" "$tmp/m/parser-output/tweets-md" 2>"$tmp/m/err2"
  grep -q "media files: $((all - 1)) linked" "$tmp/m/err2" && ok || fail "export again: $(tail -n 1 "$tmp/m/err2")"
  # Another file system: copied.
  if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -c %d /dev/shm)" != "$(stat -c %d "$tmp")" ]; then
    shm=$(mktemp -d /dev/shm/tweetview-export.XXXXXX)
    "$tool" export --out "$shm/out" "$tmp/m/parser-output/tweets-md" 2>"$tmp/m/err3"
    grep -q "media files: 0 linked, $((all - 1)) copied, 1 not found" "$tmp/m/err3" && ok || fail "copy across file systems: $(tail -n 1 "$tmp/m/err3")"
    n=$(sed -n 1p "$tmp/m/names")
    cmp -s "$shm/out/data/tweets_media/$n" "$tmp/m/parser-output/media/$n" && ok || fail "copied media differs"
    rm -rf "$shm"
  else
    echo "SKIP: no /dev/shm on another file system: media copying not checked"
  fi
else
  echo "SKIP: $shared/flavours not found: flavour exports not checked"
fi

# Every flavour folder, copied with a file at every media path it links (as the real writer's input
# had them), exported and checked. (Reading the exports back with the tool's reader of tweets.js
# is tests/tool/test_roundtrip.sh.)
if [ -d "$shared/flavours" ]; then
  for dir in F02-txt-originally/output.txt F03-md-single-unsorted/output.md F04a-md-single-sorted/output.md \
              F04b-md-single-sorted-media/output.md F05-monthly-dash F06a-monthly-hr F06b-monthly-hr-multiimage \
              F07-jekyll-hr F08-jekyll-quote-icon F09-jekyll-quote-icon-dotslash F10-jekyll-escaped \
              F11-parser-output-escaped branch-only/B1-monthly-leading-dash-unpadded branch-only/B2-monthly-dash-multiimage \
              branch-only/B3-jekyll-quote-favicon branch-only/B5-pathcleanup-broken-media \
              branch-only/B6-parser-output-unescaped; do
    top=${dir%%/output.*}
    name=$(echo "$top" | tr / _)
    rm -rf "$tmp/rt"
    mkdir -p "$tmp/rt"
    cp -r "$shared/flavours/$top" "$tmp/rt/in"
    python3 - "$tmp/rt/in" <<'PY'
import os, re, sys
root = sys.argv[1]
for d, _, files in os.walk(root):
    for f in files:
        if f.endswith((".md", ".txt")) and f != "MANIFEST.txt":
            text = open(os.path.join(d, f), encoding="utf-8").read()
            for p in set(re.findall(r"!\[\]\(([^)\n]+)\)", text) + re.findall(r'<source src="([^"]+)"', text)):
                q = os.path.normpath(os.path.join(d, p))
                if "://" not in p and not p.endswith("tweet.ico") and q.startswith(root + "/"):
                    os.makedirs(os.path.dirname(q), exist_ok=True)
                    open(q, "w").write(os.path.basename(q) + "\n")
PY
    in=$tmp/rt/in${dir#"$top"}
    case $dir in F08* | F09* | F10* | F11* | *B3* | *B5* | *B6*) r=replies ;; *) r=noreplies ;; esac
    check "$dir" "$tmp/rt/out" "$shared/flavours/expected.json $r" "$in"
    grep -q "media files: [1-9][0-9]* linked, 0 copied, 0 not found" "$tmp/rt/out.err" && ok || fail "$dir: media: $(tail -n 1 "$tmp/rt/out.err")"
  done
fi

echo "test_export: $passes passed, $fails failed"
[ "$fails" = 0 ]
