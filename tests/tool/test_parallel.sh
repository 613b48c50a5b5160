#!/bin/sh
# Scaling out: -j N threads, --split I/N ranges, and GNU parallel spreading the tool over a file,
# each giving what one process gives.
set -u
. "$(dirname "$0")/harness.sh"

# The input: the real archive as one file (five times, about 7.6 MB), or the sample.
if [ -d "$shared/data/ezyang-tweets" ]; then
  for i in 1 2 3 4 5; do cat "$shared/data/ezyang-tweets"/*.md; done >"$tmp/in.md"
else
  echo "shared data not found at $shared: using the sample archive"
  for i in $(seq 1 2000); do cat "$src/examples/data/sample.md"; done >"$tmp/in.md"  # 8 MB: 4 segments
fi

for cmd in "check" "check --entities" "jsonl" "stats" "stats --json" "grep" "grep --hashtag parsing" "repair" "convert --to F11"; do
  # shellcheck disable=SC2086
  "$tool" $cmd "$tmp/in.md" >"$tmp/one" 2>&1
  for j in 2 3 8; do
    # shellcheck disable=SC2086
    "$tool" $cmd -j $j "$tmp/in.md" >"$tmp/many" 2>&1
    cmp -s "$tmp/one" "$tmp/many" && ok || fail "$cmd -j $j differs from -j 1"
  done
done

# The same with bad records all through the file (every 300th footer's year broken, every 700th
# separator dropped), so that errors and their line numbers come from every segment, and with CRLF.
awk '/^\(Originally on Twitter: / && ++n % 300 == 0 { sub(/ [0-9][0-9][0-9][0-9]\]/, " 2O21]") }
     /^----$/ && ++m % 700 == 0 { next } { print }' "$tmp/in.md" >"$tmp/bad.md"
sed 's/$/\r/' "$tmp/bad.md" >"$tmp/bad-crlf.md"
for f in bad.md bad-crlf.md; do
  for cmd in "check" "check --entities" "jsonl" "jsonl --unescape --repair" "repair" "grep --no-retweets" "stats --json"; do
    # shellcheck disable=SC2086
    "$tool" $cmd "$tmp/$f" >"$tmp/one" 2>&1
    grep -q ': error: ' "$tmp/one" && ok || fail "$cmd $f: no errors to compare"
    for j in 2 3; do
      # shellcheck disable=SC2086
      "$tool" $cmd -j $j "$tmp/$f" >"$tmp/many" 2>&1
      cmp -s "$tmp/one" "$tmp/many" && ok || fail "$cmd -j $j $f differs from -j 1"
    done
  done
done

# A reader that goes away while the parsing threads are ahead: every thread stops, quietly.
for j in 2 3; do
  timeout 60 sh -c '"$0" jsonl -j "$1" "$2" 2>"$3" | head -n 1 >"$4"' "$tool" $j "$tmp/in.md" "$tmp/err" "$tmp/first"
  st=$?  # 124: it hung
  [ $st = 0 ] && [ -s "$tmp/first" ] && [ ! -s "$tmp/err" ] && ok || fail "jsonl -j $j | head -n 1: status $st, stderr $(cat "$tmp/err")"
done

# --split I/N: N processes together give every record once, in order when run in order.
"$tool" jsonl "$tmp/in.md" >"$tmp/whole.jsonl"
for n in 1 2 3 7 16; do
  i=1
  : >"$tmp/parts.jsonl"
  while [ $i -le $n ]; do "$tool" jsonl --split $i/$n "$tmp/in.md" >>"$tmp/parts.jsonl"; i=$((i + 1)); done
  cmp -s "$tmp/whole.jsonl" "$tmp/parts.jsonl" && ok || fail "--split x/$n differs from the whole"
done
"$tool" jsonl --split 0/3 "$tmp/in.md" >/dev/null 2>&1; [ $? = 2 ] && ok || fail "--split 0/3 is a usage error"
"$tool" jsonl --split 4/3 "$tmp/in.md" >/dev/null 2>&1; [ $? = 2 ] && ok || fail "--split 4/3 is a usage error"
"$tool" check -j 0 "$tmp/in.md" >/dev/null 2>&1; [ $? = 2 ] && ok || fail "-j 0 is a usage error"

if command -v parallel >/dev/null 2>&1; then
  # GNU parallel, one job per range, output kept in order: the same bytes as one process.
  parallel -k "$tool" jsonl --split {}/4 "$tmp/in.md" ::: 1 2 3 4 >"$tmp/par.jsonl"
  cmp -s "$tmp/whole.jsonl" "$tmp/par.jsonl" && ok || fail "parallel --split differs"
  # GNU parallel --pipepart cutting the file at the record separator, each block on stdin:
  # the same tweets; only the positions (file, line, offset: now those of the block) differ.
  parallel --pipepart -a "$tmp/in.md" --block 300k --recend '\n----\n' -k "$tool" jsonl - >"$tmp/pipe.jsonl"
  strip='s/"file":"[^"]*","line":[0-9]*,"offset":[0-9]*,//'
  sed "$strip" "$tmp/whole.jsonl" >"$tmp/a"
  sed "$strip" "$tmp/pipe.jsonl" >"$tmp/b"
  cmp -s "$tmp/a" "$tmp/b" && ok || fail "parallel --pipepart differs"
  [ "$(wc -l <"$tmp/pipe.jsonl")" = "$(wc -l <"$tmp/whole.jsonl")" ] && ok || fail "parallel --pipepart count"
else
  echo "GNU parallel not installed (apt-get install parallel): its checks skipped"
fi

echo "$passes passed, $fails failed"
[ $fails = 0 ]
