#!/bin/sh
# Twitter's archive format both ways: `tweetview export` of the real archive, of every flavour folder
# and of the sample, read back by tweetview's tweets.js reader, gives the same tweets: the same ids,
# times, authors, texts as the author wrote them and entities (jsonl --unescape), and `convert --to F11`
# of the export equals `convert --to F11` of the input. The inputs are copied with a small file for every
# media link in them, so that the export has the media to link, as a real one does.
set -u
. "$(dirname "$0")/harness.sh"

# copy SRC DST: a writable copy of an input folder (or file), with a file for each media link.
cat >"$tmp/copy.py" <<'PY'
import glob, os, re, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
if os.path.isdir(src):
    shutil.copytree(src, dst)
else:
    os.makedirs(dst)
    shutil.copy(src, dst)
for root, dirs, files in os.walk(dst):
    os.chmod(root, 0o755)
    for f in files:
        os.chmod(os.path.join(root, f), 0o644)
for path in glob.glob(os.path.join(dst, "**", "*.*"), recursive=True):
    if not path.endswith((".md", ".txt")):
        continue
    for m in re.finditer(r'(?:!\[\]\(|src=")([^)"\s]*media/[^)"\s]+)', open(path, encoding="utf-8").read()):
        media = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1)))
        os.makedirs(os.path.dirname(media), exist_ok=True)
        open(media, "w").write("media " + os.path.basename(media))
PY

# same INPUT EXPORT NAME: the tweets of jsonl --unescape, field by field.
cat >"$tmp/same.py" <<'PY'
import json, re, sys
a = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
b = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(a) == len(b) and len(a) > 0, (len(a), len(b))
media = re.compile(r'!\[\]\([^)]*\)|<video controls><source src="[^"]*">Your browser does not support the video tag\.</video>(\n\S*media/\S+)?')
def bare(text):  # the text without its media markup, which each flavour writes its own way
    return " ".join(media.sub(" ", text).split())
for x, y in zip(a, b):
    for key in ("id", "created_at", "time", "user", "in_reply_to_status_id"):
        assert x.get(key) == y.get(key), (key, x.get(key), y.get(key))
    assert bare(x["text"]) == bare(y["text"]), (x["id"], x["text"], y["text"])
    assert len(x["media"]) <= len(y["media"]), (x["id"], x["media"], y["media"])
    if not x["media"]:
        assert x["text"] == y["text"] and x["entities"] == y["entities"], (x["id"], x["text"], y["text"])
print(len(a), "tweets")
PY

roundtrip() {  # NAME INPUT (a folder or a file)
  name=$1 in=$2
  python3 "$tmp/copy.py" "$in" "$tmp/in/$name" || { fail "$name: copy"; return; }
  copy=$tmp/in/$name
  [ -f "$copy/output.txt" ] && copy=$copy/output.txt  # F02 wrote output.txt, which a folder does not name
  "$tool" export --out "$tmp/out/$name" "$copy" >/dev/null 2>"$tmp/err" && ok || fail "$name: export exit $?: $(tail -n 2 "$tmp/err")"
  grep -q "not found" "$tmp/err" && ! grep -q " 0 not found" "$tmp/err" && fail "$name: media not exported: $(tail -n 1 "$tmp/err")"
  "$tool" check "$tmp/out/$name" >/dev/null 2>"$tmp/err" && ok || fail "$name: the export does not read back clean: $(head -n 3 "$tmp/err")"
  "$tool" jsonl --unescape "$copy" >"$tmp/a.jsonl" 2>/dev/null
  "$tool" jsonl --unescape "$tmp/out/$name" >"$tmp/b.jsonl"
  python3 "$tmp/same.py" "$tmp/a.jsonl" "$tmp/b.jsonl" >/dev/null 2>"$tmp/err" && ok || fail "$name: jsonl --unescape differs: $(tail -n 1 "$tmp/err" | cut -c1-400)"
  "$tool" convert --to F11 "$copy" >"$tmp/a.md" 2>/dev/null
  "$tool" convert --to F11 "$tmp/out/$name" >"$tmp/b.md"
  # (Before F06b the writer put an image on the text's line; the F11 writer, which reading tweets.js
  # is, puts it after a blank line, and so does convert --to F11 of the input: no exception here.)
  cmp -s "$tmp/a.md" "$tmp/b.md" && ok || fail "$name: convert --to F11 of the export differs: $(diff "$tmp/a.md" "$tmp/b.md" | head -n 6)"
}

mkdir -p "$tmp/in" "$tmp/out"
# (Not the sample: its media files are named after other ids than their tweets', which no archive of
# Twitter's does; the export renames them ID-NAME.)
if [ -d "$shared/flavours" ] && [ -d "$shared/data/ezyang-tweets" ]; then
  roundtrip real "$shared/data/ezyang-tweets"
  for f in "$shared"/flavours/F*/; do
    f=${f%/}
    roundtrip "$(basename "$f")" "$f"
  done
else
  echo "shared data not found at $shared: the real archive and the flavour folders skipped"
fi
echo "$passes passed, $fails failed"
[ "$fails" = 0 ]
