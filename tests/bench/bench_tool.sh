#!/bin/sh
# The tool against wc -l on the same file: builds a file of about MIB MiB by repeating an
# archive, then times each command (best of RUNS, file in page cache, output to /dev/null) and
# prints its wall time as a multiple of wc -l's in the same run, so the figures compare across
# machines.
#   sh tests/bench/bench_tool.sh TWEETVIEW_BINARY [ARCHIVE_DIR] [MIB] [RUNS] [WORD]
# (WORD: only the commands that contain it, e.g. export, and wc -l; import: only the rows of
# Twitter's tweets.js, below)
# TWEETVIEW_BENCH_EXPORT_DIR=DIR: where export writes its folder (default: next to the file). On a
# memory file system (/dev/shm) the export figures leave out the disk: writing 2.5 GB into the page
# cache of a disk file system can be throttled by the kernel's write-back of earlier runs.
set -eu
tool=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=${2:-$src/../shared/data/ezyang-tweets}
mib=${3:-512} runs=${4:-5} what=${5:-}
file=$(mktemp "${TMPDIR:-/tmp}/tweetview-bench.XXXXXX.md")
export_dir=${TWEETVIEW_BENCH_EXPORT_DIR:+$(mktemp -d "$TWEETVIEW_BENCH_EXPORT_DIR/tweetview-bench-export.XXXXXX")}
exported=${export_dir:-$file.export}
trap 'rm -rf "$file" "$file.one" "$exported" ${export_dir:+"$export_dir"}' EXIT
cat "$dir"/*.md >"$file.one"
while [ "$(wc -c <"$file")" -lt $((mib * 1048576)) ]; do cat "$file.one" >>"$file"; done
bytes=$(wc -c <"$file")
best() {
  b=999
  i=0
  while [ $i -lt "$runs" ]; do
    rm -rf "$exported"  # export writes a fresh folder, as a user's first export does (untimed)
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s.%N)
    b=$(echo "$e $s $b" | awk '{d = $1 - $2; print (d < $3) ? d : $3}')
    i=$((i + 1))
  done
  echo "$b"
}
cat "$file" >/dev/null
# The file was just written: write it out now, or its dirty pages count against the kernel's
# dirty-page limits while export writes its 2.5 times as much, and the kernel throttles the export.
sync
printf 'file: %s bytes (%s repeated), best of %s runs\n' "$bytes" "$dir" "$runs"
printf 'export writes its folder into %s (%s)\n' "$(dirname "$exported")" "$(df -P "$(dirname "$exported")" | awk 'NR == 2 {print $1}')"
# export writes a Twitter archive folder (data/tweets.js, about 2.5 times the input) into the page cache
out="--out $exported"
# Each row: best wall time, MB/s, wall as a multiple of wc -l's; then the CPU time (user + sys) of
# one more run and its multiple of wc -l's, which other jobs on a shared machine do not add to.
[ "$what" = import ] || printf '  %-34s %8s  %8s  %7s  %8s  %7s\n' command wall MB/s "x wc -l" cpu "x wc -l"
wc_time= wc_cpu=
[ "$what" = import ] ||
for cmd in "wc -l" "$tool check" "$tool check -j 2" "$tool check --entities" "$tool check --entities -j 2" "$tool jsonl" "$tool jsonl -j 2" \
           "$tool export $out" "$tool export -j 2 $out"; do
  case "$cmd" in "wc -l" | *"$what"*) ;; *) continue ;; esac
  # shellcheck disable=SC2086
  t=$(best $cmd "$file")
  cpu=0
  rm -rf "$exported"
  # shellcheck disable=SC2086
  [ -x /usr/bin/time ] && cpu=$(/usr/bin/time -f '%U %S' $cmd "$file" 2>&1 >/dev/null | tail -n 1 | awk '{print $1 + $2}')
  wc_time=${wc_time:-$t} wc_cpu=${wc_cpu:-$cpu}
  printf '  %-34s %6.3f s  %8.0f  %7.2f  %6.2f s  %7.2f\n' "$(basename "${cmd%% *}") $(echo "${cmd#* }" | sed 's/ --out .*//')" "$t" \
    "$(echo "$bytes $t" | awk '{print $1 / $2 / 1e6}')" "$(echo "$t $wc_time" | awk '{print $1 / $2}')" "$cpu" \
    "$(echo "$cpu $wc_cpu" | awk '$2 > 0 {print $1 / $2}')"
done

# Import: Twitter's own archive read back (the tweets.js reader: simdjson, each tweet made into the
# Markdown twitter-archive-parser writes and parsed). A tweets.js of about MIB MiB: `tweetview export` of
# the archive repeated (ids repeat; the reader does not mind). Needs the export command.
if { [ -z "$what" ] || [ "$what" = import ]; } && "$tool" export --help >/dev/null 2>&1; then
  arc=$(mktemp -d "${TMPDIR:-/tmp}/tweetview-bench-archive.XXXXXX")
  trap 'rm -rf "$file" "$file.one" "$exported" ${export_dir:+"$export_dir"} "$arc"' EXIT
  "$tool" export --quiet --out "$arc/one" "$file.one" >/dev/null 2>&1
  per_copy=$(wc -c <"$arc/one/data/tweets.js")
  copies=$(( (mib * 1048576 + per_copy - 1) / per_copy ))
  i=0
  : >"$arc/in.md"
  while [ $i -lt $copies ]; do cat "$file.one" >>"$arc/in.md"; i=$((i + 1)); done
  "$tool" export --quiet --out "$arc/big" "$arc/in.md" >/dev/null 2>&1
  rm -rf "$arc/one" "$arc/in.md"
  sync  # (as for the Markdown file above)
  js="$arc/big/data/tweets.js"
  jsbytes=$(wc -c <"$js")
  cat "$js" >/dev/null
  printf 'tweets.js: %s bytes (tweetview export of the archive repeated %s times), best of %s runs;\n' "$jsbytes" "$copies" "$runs"
  printf '  and the CPU time of one more run (user + sys, /usr/bin/time), which other jobs on the machine do not add to\n'
  for cmd in "wc -l" "$tool check" "$tool check (Markdown)" "$tool convert --to F11" "$tool jsonl"; do
    in=$js n=$jsbytes label="$(basename "${cmd%% *}") ${cmd#* } (tweets.js)"
    [ "$cmd" = "$tool check (Markdown)" ] && cmd="$tool check" in=$file n=$bytes label="tweetview check (the Markdown file above)"
    # shellcheck disable=SC2086
    t=$(best $cmd "$in")
    cpu=-
    # shellcheck disable=SC2086
    [ -x /usr/bin/time ] && cpu=$(/usr/bin/time -f '%U %S' $cmd "$in" 2>&1 >/dev/null | tail -n 1 | awk '{print $1 + $2}')
    printf '  %-40s %6.3f s  %6.0f MB/s   cpu %s s  %s MB/s\n' "$label" "$t" \
      "$(echo "$n $t" | awk '{print $1 / $2 / 1e6}')" "$cpu" "$(echo "$n $cpu" | awk '$2 > 0 {printf "%.0f", $1 / $2 / 1e6}')"
  done
fi
