#!/bin/sh
# Manual check, not run in CI: twitter-archive-parser itself (as of its last version, 66f511b, which
# writes F11) on `tweetview export` of each flavour folder, against `tweetview convert --to F11` of
# the same folder, tweet for tweet (matched by id: the writer sorts by time and cuts monthly files,
# and F02 and F03 are newest first). The writer is not part of this repository: clone it yourself,
# with a stub for its network module (see README.md, "Export to Twitter's format"):
#   git clone https://github.com/timhutton/twitter-archive-parser TAP && git -C TAP checkout 66f511b
#   mkdir -p TAP/stub TAP/assets/images && : > TAP/assets/images/favicon.ico
#   printf 'def __getattr__(name):\n    raise RuntimeError("offline: " + name)\n' > TAP/stub/requests.py
#   sh tests/tool/check_against_writer.sh TWEETVIEW_BINARY TAP [SHARED_DIR]
# Each folder is copied with a small file at each of its media links first, as a real archive has
# its media. Prints, per folder, the tweets compared and how many texts differ; exits 1 if any do.
set -u
tool=$1 tap=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
shared=${3:-$src/../shared}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tweetview-writer.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
for folder in "$shared"/flavours/F0* "$shared"/flavours/F1[01]* "$shared"/flavours/branch-only/B[12356]*; do
  [ -d "$folder" ] || continue
  name=$(basename "$folder")
  w=$tmp/$name
  mkdir -p "$w"
  cp -r "$folder" "$w/in"
  in=$w/in
  [ -f "$in/output.txt" ] && in=$in/output.txt
  # A file at each media link, under every folder the flavours link (B5 glues "media" to the name;
  # F11 and B6 link ../../media from parser-output/tweets-md/YEAR/).
  grep -rhoE '(\]\(|src=")(\./|data/|\.\./\.\./)?(tweet_)?media/?[0-9]+-[^)"]+' "$w/in" | sed -E 's,.*media/?,,' | sort -u |
    while read -r n; do
      for d in media tweet_media data/tweet_media parser-output/media; do mkdir -p "$w/in/$d" && echo "$n" >"$w/in/$d/$n"; done
      echo "$n" >"$w/in/media$n"
    done
  "$tool" export --quiet --out "$w/export" "$in" >/dev/null 2>"$w/export.err"
  (cd "$tap" && printf '%s\nn\nn\nn\n' "$w/export" | TZ=UTC PYTHONPATH="$tap/stub" python3 parser.py >"$w/writer.log" 2>&1)
  "$tool" jsonl "$w/export/parser-output/tweets-md" >"$w/writer.jsonl" 2>/dev/null
  "$tool" convert --to F11 "$in" 2>/dev/null | "$tool" jsonl - >"$w/convert.jsonl" 2>/dev/null
  python3 - "$name" "$w/convert.jsonl" "$w/writer.jsonl" <<'PY' || bad=1
import json, sys
name, a, b = sys.argv[1:]
A = {o["id"]: o["text"] for o in map(json.loads, open(a, encoding="utf-8"))}
B = {o["id"]: o["text"] for o in map(json.loads, open(b, encoding="utf-8"))}
differ = [i for i in A if A[i] != B.get(i)]
print(f"{name}: {len(A)} tweets, the writer's {len(B)}, texts differing: {len(differ)}")
for i in differ[:3]:
    print("  ", i, repr(A[i][-100:]), "|", repr((B.get(i) or "")[-100:]))
sys.exit(1 if differ or len(A) != len(B) or not A else 0)
PY
done
exit $bad
