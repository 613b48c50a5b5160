#!/bin/sh
# The tool against wc -l on the same file: builds a file of about MIB MiB by repeating an
# archive, then times each command (best of RUNS, file in page cache, output to /dev/null) and
# prints its wall time as a multiple of wc -l's in the same run, so the figures compare across
# machines.
#   sh tests/bench/bench_tool.sh TWEETVIEW_BINARY [ARCHIVE_DIR] [MIB] [RUNS]
set -eu
tool=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=${2:-$src/../shared/data/ezyang-tweets}
mib=${3:-512} runs=${4:-5}
file=$(mktemp "${TMPDIR:-/tmp}/tweetview-bench.XXXXXX.md")
trap 'rm -f "$file" "$file.one"' EXIT
cat "$dir"/*.md >"$file.one"
while [ "$(wc -c <"$file")" -lt $((mib * 1048576)) ]; do cat "$file.one" >>"$file"; done
bytes=$(wc -c <"$file")
best() {
  b=999
  i=0
  while [ $i -lt "$runs" ]; do
    s=$(date +%s.%N)
    "$@" >/dev/null
    e=$(date +%s.%N)
    b=$(echo "$e $s $b" | awk '{d = $1 - $2; print (d < $3) ? d : $3}')
    i=$((i + 1))
  done
  echo "$b"
}
cat "$file" >/dev/null
printf 'file: %s bytes (%s repeated), best of %s runs\n' "$bytes" "$dir" "$runs"
printf '  %-34s %8s  %10s  %s\n' command wall MB/s "x wc -l"
wc_time=
for cmd in "wc -l" "$tool check" "$tool check -j 2" "$tool check --entities" "$tool check --entities -j 2" "$tool jsonl" "$tool jsonl -j 2"; do
  # shellcheck disable=SC2086
  t=$(best $cmd "$file")
  wc_time=${wc_time:-$t}
  printf '  %-34s %6.3f s  %10.0f  %7.2f\n' "$(basename "${cmd%% *}") ${cmd#* }" "$t" "$(echo "$bytes $t" | awk '{print $1 / $2 / 1e6}')" \
    "$(echo "$t $wc_time" | awk '{print $1 / $2}')"
done
