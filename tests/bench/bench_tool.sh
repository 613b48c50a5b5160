#!/bin/sh
# The tool against wc -l on the same file: builds a file of about MIB MiB by repeating an
# archive, then times each command (best of RUNS, file in page cache).
#   sh tests/bench/bench_tool.sh TWEETVIEW_BINARY [ARCHIVE_DIR] [MIB] [RUNS] [WORD]
# (WORD: only the commands that contain it, e.g. export; wc -l always runs)
set -eu
tool=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=${2:-$src/../shared/data/ezyang-tweets}
mib=${3:-512} runs=${4:-5} only=${5:-}
file=$(mktemp "${TMPDIR:-/tmp}/tweetview-bench.XXXXXX.md")
trap 'rm -rf "$file" "$file.one" "$file.export"' EXIT
cat "$dir"/*.md >"$file.one"
while [ "$(wc -c <"$file")" -lt $((mib * 1048576)) ]; do cat "$file.one" >>"$file"; done
bytes=$(wc -c <"$file")
best() {
  b=999
  i=0
  while [ $i -lt "$runs" ]; do
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s.%N)
    b=$(echo "$e $s $b" | awk '{d = $1 - $2; print (d < $3) ? d : $3}')
    i=$((i + 1))
  done
  echo "$b"
}
cat "$file" >/dev/null
printf 'file: %s bytes (%s repeated), best of %s runs\n' "$bytes" "$dir" "$runs"
# export writes a Twitter archive folder (data/tweets.js, about 2.5 times the input) into the page cache
out="--out $file.export"
for cmd in "wc -l" "$tool check" "$tool check -j 2" "$tool check --entities" "$tool check --entities -j 2" "$tool jsonl" "$tool jsonl -j 2" \
           "$tool export $out" "$tool export -j 2 $out"; do
  case "$cmd" in "wc -l" | *"$only"*) ;; *) continue ;; esac
  # shellcheck disable=SC2086
  t=$(best $cmd "$file")
  printf '  %-34s %6.3f s  %6.0f MB/s\n' "$(basename "${cmd%% *}") $(echo "${cmd#* }" | sed 's/ --out .*//')" "$t" "$(echo "$bytes $t" | awk '{print $1 / $2 / 1e6}')"
done
