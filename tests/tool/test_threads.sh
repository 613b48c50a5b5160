#!/bin/sh
# tweetview threads on the flavour outputs F08 to F11 (the chains computed here, in Python, from their
# 'Replying to' headers), on a hand-written tweets.js (from its in_reply_to_status_id), and on a flavour
# without parent ids.
set -u
. "$(dirname "$0")/harness.sh"

# The threads of an input, computed here: a self-reply is a tweet whose parent is in the input and has
# the same author; a thread is a tweet with self-replies that is none itself, then its self-replies
# depth first, the earlier id first. Prints one line per thread: its ids, space-separated.
cat >"$tmp/chains.py" <<'PY'
import glob, json, os, re, sys
tweets = []  # (id, author, parent)
for path in sys.argv[1:]:
    if path.endswith(".js"):
        raw = open(path, encoding="utf-8").read()
        for item in json.loads(raw[raw.index("["):]):
            t = item.get("tweet", item)
            tweets.append((int(t["id_str"]), "quill", int(t["in_reply_to_status_id"]) if "in_reply_to_status_id" in t else 0))
        continue
    files = sorted(glob.glob(os.path.join(path, "**", "*.md"), recursive=True))
    for f in files:
        for rec in open(f, encoding="utf-8").read().split("\n\n----\n\n"):
            foot = re.search(r"\]\(https://twitter\.com/(\w+)/status/(\d+)\)$", rec.rstrip("\n"))
            head = re.match(r"Replying to \[[^\n]*?\]\(https://twitter\.com/[^/]*/status/(\d+)\)\n\n", rec)
            tweets.append((int(foot.group(2)), foot.group(1).lower(), int(head.group(1)) if head else 0))
first = {}
for i, (tid, _, _) in enumerate(tweets):
    first.setdefault(tid, i)
kids = {i: [] for i in range(len(tweets))}
reply = set()
for i, (tid, author, parent) in enumerate(tweets):
    p = first.get(parent)
    if parent and first[tid] == i and p is not None and p != i and tweets[p][1] == author:
        kids[p].append(i)
        reply.add(i)
for i in range(len(tweets)):
    if kids[i] and i not in reply:
        order, stack = [], [i]
        while stack:
            j = stack.pop()
            order.append(j)
            stack.extend(sorted(kids[j], key=lambda k: tweets[k][0], reverse=True))
        print(" ".join(str(tweets[j][0]) for j in order))
PY

check_threads() {  # NAME INPUT...
  name=$1
  shift
  python3 "$tmp/chains.py" "$@" >"$tmp/want" || { fail "$name: python"; return; }
  "$tool" threads --jsonl "$@" >"$tmp/jsonl" 2>"$tmp/err" && ok || fail "$name: threads --jsonl exit $?"
  python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line)
    assert t["length"] == len(t["tweets"]) and t["root"] == t["tweets"][0]["id"], t
    print(" ".join(x["id"] for x in t["tweets"]))' "$tmp/jsonl" >"$tmp/got" && ok || fail "$name: jsonl objects"
  [ -s "$tmp/want" ] && ok || fail "$name: no threads to find"
  cmp -s "$tmp/got" "$tmp/want" && ok || fail "$name: threads differ: $(diff "$tmp/got" "$tmp/want" | head -5)"
  n=$(wc -l <"$tmp/want" | tr -d ' ')
  longest=$(awk '{ if (NF > m) m = NF } END { print m }' "$tmp/want")
  grep -q "^tweetview threads: $n threads ([0-9]* of [0-9]* tweets), the longest $longest tweets: https://" "$tmp/err" && ok || fail "$name: summary: $(cat "$tmp/err")"
  # Markdown: one record per thread, the first tweet's footer, every text of the thread in it.
  "$tool" threads "$@" >"$tmp/md" 2>/dev/null && ok || fail "$name: threads exit $?"
  "$tool" jsonl --unescape "$tmp/md" >"$tmp/mdjson" 2>"$tmp/err" && ok || fail "$name: the Markdown does not read back: $(head -3 "$tmp/err")"
  "$tool" jsonl --unescape "$@" >"$tmp/all" 2>/dev/null
  python3 -c '
import json, sys
got = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
threads = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
text = {}
for l in open(sys.argv[3], encoding="utf-8"):
    t = json.loads(l)
    text.setdefault(t["id"], t["text"])
assert len(got) == len(threads), (len(got), len(threads))
for g, t in zip(got, threads):
    assert g["id"] == t["root"], (g["id"], t["root"])
    want = "\n\n".join(text[tw["id"]].rstrip() for tw in t["tweets"])
    assert g["text"].rstrip() == want, (g["text"], want)
' "$tmp/mdjson" "$tmp/jsonl" "$tmp/all" && ok || fail "$name: the thread records hold other texts"
  "$tool" threads --jsonl "$@" 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    t = json.loads(line)
    print(json.dumps({"root": t["root"], "tweets": t["tweets"]}))' >/dev/null && ok || fail "$name: jsonl is JSON"
}

if [ -d "$shared/flavours" ]; then
  for f in F08-jekyll-quote-icon F09-jekyll-quote-icon-dotslash F10-jekyll-escaped F11-parser-output-escaped; do
    check_threads "$f" "$shared/flavours/$f"
  done
  # Without parent ids: said, and no thread.
  "$tool" threads "$shared/flavours/F05-monthly-dash" >"$tmp/out" 2>"$tmp/err" && ok || fail "F05: exit $?"
  [ ! -s "$tmp/out" ] && ok || fail "F05: threads written"
  grep -q "^tweetview threads: F05 ([0-9]* inputs, the first .*) keeps no parent ids" "$tmp/err" && grep -q "no threads in 300 tweets" "$tmp/err" && ok || fail "F05: $(cat "$tmp/err")"
else
  echo "shared data not found at $shared: the flavour folders skipped"
fi
check_threads archive "$src/tests/tool/archive/basic/data/tweets.js"
echo "$passes passed, $fails failed"
[ "$fails" = 0 ]
