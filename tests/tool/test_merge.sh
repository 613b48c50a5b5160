#!/bin/sh
# Results of parts: stats --partial then --merge gives exactly what stats gives on the whole input
# (stdout, stderr and exit status), for every way of cutting it; and the commands whose outputs
# concatenate (README, "Scaling out") do, for --split ranges of one file and for one run a file.
set -u
export LC_ALL=C
. "$(dirname "$0")/harness.sh"

# The inputs: the real archive as one file and as its monthly files, or the sample (16 copies).
every=300 sep_every=700
if [ -d "$shared/data/ezyang-tweets" ]; then
  dir=$shared/data/ezyang-tweets
else
  every=25 sep_every=45
  echo "shared data not found at $shared: using the sample archive"
  dir=$tmp/sample
  mkdir "$dir"
  for i in 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do cp "$src/examples/data/sample.md" "$dir/part-$i.md"; done
fi
cat "$dir"/*.md >"$tmp/all.md"
# Bad records in some parts only: every 300th footer's year broken, every 700th separator dropped.
awk -v every=$every -v sep_every=$sep_every '/^\(Originally on Twitter: / && ++n % every == 0 { sub(/ [0-9][0-9][0-9][0-9]\]/, " 2O21]") }
     /^----$/ && ++m % sep_every == 0 { next } { print }' "$tmp/all.md" >"$tmp/bad.md"
grep -c 2O21 "$tmp/bad.md" >/dev/null || fail "no bad records made"

# run NAME ARGS...: stdout, stderr and exit status of the tool, in $tmp/NAME.{out,err,st}.
run() {
  name=$1
  shift
  "$tool" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  echo $? >"$tmp/$name.st"
}
same() {  # same A B WHAT: the runs A and B gave the same bytes and status
  cmp -s "$tmp/$1.out" "$tmp/$2.out" && cmp -s "$tmp/$1.err" "$tmp/$2.err" && cmp -s "$tmp/$1.st" "$tmp/$2.st" &&
    ok || fail "$3: differs from the whole ($(head -c 300 "$tmp/$2.err"))"
}

# --split I/N, N = 1 to 7, of the archive as one file, with and without bad records.
for f in all.md bad.md; do
  for n in 1 2 3 4 5 6 7; do
    : >"$tmp/parts$n"
    i=1
    while [ $i -le $n ]; do "$tool" stats --partial --split $i/$n "$tmp/$f" >>"$tmp/parts$n" 2>/dev/null; i=$((i + 1)); done
  done
  for view in "" "--json" "--json --top 3" "--top 25"; do
    # shellcheck disable=SC2086
    run whole stats $view "$tmp/$f"
    for n in 1 2 3 4 5 6 7; do
      # shellcheck disable=SC2086
      run merged stats --merge $view "$tmp/parts$n"
      same whole merged "stats $view, $f in $n parts"
    done
  done
  [ "$(cat "$tmp/whole.st")" = 0 ] || [ $f = bad.md ] || fail "$f: status $(cat "$tmp/whole.st")"
done
[ "$(cat "$tmp/whole.st")" = 1 ] && [ -s "$tmp/whole.err" ] && ok || fail "bad.md: no bad records reported"

# One partial a file (as files, and all on stdin), the directory as a whole; and the files in
# reverse order, so that the parts' times overlap and interleave rather than follow each other.
set --
for f in "$dir"/*.md; do
  "$tool" stats --partial "$f" >"$tmp/p-${f##*/}.json"
  set -- "$@" "$tmp/p-${f##*/}.json"
done
reversed=$(ls -r "$dir"/*.md)
# shellcheck disable=SC2086
for f in $reversed; do "$tool" stats --partial "$f"; done >"$tmp/reversed"
for view in "" "--json"; do
  # shellcheck disable=SC2086
  run whole stats $view "$dir"
  # shellcheck disable=SC2086
  run merged stats --merge $view "$@"
  same whole merged "stats $view, one partial a file"
  # shellcheck disable=SC2086
  cat "$@" | "$tool" stats --merge $view - >"$tmp/merged.out" 2>"$tmp/merged.err"
  echo $? >"$tmp/merged.st"
  same whole merged "stats $view, partials on stdin"
  # shellcheck disable=SC2086
  run whole stats $view $reversed
  # shellcheck disable=SC2086
  run merged stats --merge $view "$tmp/reversed"
  same whole merged "stats $view, one partial a file, files in reverse order"
done

# The longest silence across a part boundary: a file, and the same 400 years later (the same
# weekdays), one partial each.
first=$(ls "$dir"/*.md | head -n 1) last=$tmp/later.md
sed 's/ 20\([0-9][0-9]\)\](/ 24\1](/' "$first" >"$last"
run whole stats --json "$first" "$last"
{ "$tool" stats --partial "$first"; "$tool" stats --partial "$last"; } >"$tmp/parts"
run merged stats --merge --json "$tmp/parts"
same whole merged "longest silence across parts"
end_of_first=$("$tool" stats --json "$first" | sed 's/.*"last":"\([^"]*\)".*/\1/')
start_of_last=$("$tool" stats --json "$last" | sed 's/.*"first":"\([^"]*\)".*/\1/')
grep -q "\"longest_silence\":{\"seconds\":[0-9]*,\"from\":\"$end_of_first\",\"to\":\"$start_of_last\"}" "$tmp/merged.out" &&
  ok || fail "the longest silence is not the one between the parts: $(cat "$tmp/merged.out")"

# Names that are not UTF-8 (a file name with byte 0xFF, holding bad records) go through a partial
# byte for byte.
bad_name=$(printf '%s/odd-\377.md' "$tmp")
head -c 20000 "$tmp/bad.md" >"$bad_name"
sed -n '1,400p' "$tmp/bad.md" | sed 's/ 20\([0-9][0-9]\)\]/ 2O\1]/' >>"$bad_name"
run whole stats "$bad_name"
grep -q "odd-.*error" "$tmp/whole.err" && ok || fail "no bad record in the oddly named file"
"$tool" stats --partial "$bad_name" >"$tmp/parts" 2>/dev/null
grep -q 'odd-\\udcff.md' "$tmp/parts" && ok || fail "byte 0xFF not written as \\udcff"
run merged stats --merge "$tmp/parts"
same whole merged "a file name that is not UTF-8"

# What is not a whole: a missing part, parts out of order, a truncated or empty partial, a partial
# of another format. Exit 2, said on stderr, nothing on stdout.
for i in 1 2 3 4; do "$tool" stats --partial --split $i/4 "$tmp/bad.md" >"$tmp/q$i" 2>/dev/null; done
cat "$tmp/q1" "$tmp/q2" "$tmp/q4" >"$tmp/gap"
cat "$tmp/q1" "$tmp/q3" "$tmp/q2" "$tmp/q4" >"$tmp/swapped"
cat "$tmp/q1" "$tmp/q2" "$tmp/q3" >"$tmp/short"
cat "$tmp/q2" "$tmp/q3" "$tmp/q4" >"$tmp/headless"
cat "$tmp/q1" "$tmp/q2" "$tmp/q3" "$tmp/q4" | head -c -200 >"$tmp/truncated"
: >"$tmp/empty"
sed 's/"tweetview_stats_partial":1/"tweetview_stats_partial":2/' "$tmp/q1" >"$tmp/v2"
"$tool" stats --json "$tmp/bad.md" >"$tmp/v1" 2>/dev/null
for broken in gap swapped short headless truncated empty v2 v1; do
  run merged stats --merge "$tmp/$broken"
  [ "$(cat "$tmp/merged.st")" = 2 ] && [ ! -s "$tmp/merged.out" ] && grep -q '^tweetview stats: ' "$tmp/merged.err" &&
    ok || fail "--merge of a $broken set: status $(cat "$tmp/merged.st"), $(head -c 200 "$tmp/merged.err")"
done
run merged stats --merge "$tmp/q1" "$tmp/q2" "$tmp/q3" "$tmp/q4"
run whole stats "$tmp/bad.md"
same whole merged "the four parts as four operands"
# Merged partials are partials too (a merge in two rounds): 4 ranges, then 3 more of the same file.
"$tool" stats --partial --merge "$tmp/q1" "$tmp/q2" "$tmp/q3" "$tmp/q4" >"$tmp/m1" 2>/dev/null
"$tool" stats --partial --merge "$tmp/parts3" >"$tmp/m2" 2>/dev/null
"$tool" stats "$tmp/bad.md" "$tmp/bad.md" >"$tmp/whole.out" 2>"$tmp/whole.err"
echo $? >"$tmp/whole.st"
run merged stats --merge "$tmp/m1" "$tmp/m2"
same whole merged "partials of merged partials"
for usage in "--partial --json" "--partial --top 3" "--merge --split 1/2"; do
  # shellcheck disable=SC2086
  "$tool" stats $usage "$tmp/q1" >/dev/null 2>&1
  [ $? = 2 ] && ok || fail "stats $usage is not a usage error"
done

some=$(ls "$dir"/*.md | sed -n '1~4p')  # every fourth file, for one run a file
# The outputs that concatenate: jsonl, grep, repair and convert to a flavour whose every record
# ends with its separator (F05, F06, B1), over --split ranges and one run a file; check's error
# lines too (its summary line is each part's own).
for cmd in "jsonl" "jsonl --unescape --repair" "grep" "grep --jsonl --no-retweets" "repair" "convert --to F05" \
  "convert --to F06" "convert --to B1"; do
  for f in all.md bad.md; do
    # shellcheck disable=SC2086
    run whole $cmd "$tmp/$f"
    : >"$tmp/cat.out"
    : >"$tmp/cat.err"
    for i in 1 2 3 4 5; do
      # shellcheck disable=SC2086
      "$tool" $cmd --split $i/5 "$tmp/$f" >>"$tmp/cat.out" 2>>"$tmp/cat.err"
    done
    cp "$tmp/whole.st" "$tmp/cat.st"
    same whole cat "$cmd, $f in 5 ranges"
  done
  # shellcheck disable=SC2086
  run whole $cmd $some
  : >"$tmp/cat.out"
  : >"$tmp/cat.err"
  for f in $some; do
    # shellcheck disable=SC2086
    "$tool" $cmd "$f" >>"$tmp/cat.out" 2>>"$tmp/cat.err"
  done
  cmp -s "$tmp/whole.out" "$tmp/cat.out" && ok || fail "$cmd, one run a file"
done
run whole check "$tmp/bad.md"
: >"$tmp/cat.err"
for i in 1 2 3; do "$tool" check --split $i/3 "$tmp/bad.md" 2>>"$tmp/cat.err" >/dev/null; done
cmp -s "$tmp/whole.err" "$tmp/cat.err" && ok || fail "check's error lines over 3 ranges"
# With several files, --split I/N takes the I-th range of each: to join parts, one file at a time.
two=$(ls "$dir"/*.md | sed -n '2p;5p')
# shellcheck disable=SC2086
for i in 1 2; do "$tool" jsonl --split $i/2 $two; done >"$tmp/cat.out"
# shellcheck disable=SC2086
for i in 1 2; do for f in $two; do "$tool" jsonl --split $i/2 "$f"; done; done >"$tmp/each.out"
cmp -s "$tmp/cat.out" "$tmp/each.out" && ok || fail "--split over two files is not each file's range in turn"
# ... and convert to a flavour with separators only between records does not: parts need one.
"$tool" convert --to F11 "$tmp/all.md" >"$tmp/whole.out"
for i in 1 2; do "$tool" convert --to F11 --split $i/2 "$tmp/all.md"; done >"$tmp/cat.out"
cmp -s "$tmp/whole.out" "$tmp/cat.out" && fail "convert --to F11 parts concatenate: update the README" || ok

echo "$passes passed, $fails failed"
[ $fails = 0 ]
