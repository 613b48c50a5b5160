#!/bin/sh
# Peak memory of streaming a large input through `tweetview check -` (stdin, read in chunks), next
# to the same command on an empty input and the size of the largest record: the stream's own
# memory is what it holds beyond the process's base size, and must stay bounded by the largest
# record (its carry buffer) plus a constant. Builds a file of about MIB MiB by repeating an
# archive; a second run appends one record of RECORD_KIB KiB to show the bound follows it.
#   sh tests/bench/bench_memory.sh TWEETVIEW_BINARY [ARCHIVE_DIR] [MIB] [RECORD_KIB]
# Needs GNU time (/usr/bin/time, Debian package `time`).
set -eu
tool=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=${2:-$src/../shared/data/ezyang-tweets}
mib=${3:-1024} record_kib=${4:-512}
[ -x /usr/bin/time ] || { echo "bench_memory: /usr/bin/time missing (apt-get install time)"; exit 2; }
file=$(mktemp "${TMPDIR:-/tmp}/tweetview-mem.XXXXXX.md")
trap 'rm -f "$file" "$file.one" "$file.big"' EXIT
cat "$dir"/*.md >"$file.one"
while [ "$(wc -c <"$file")" -lt $((mib * 1048576)) ]; do cat "$file.one" >>"$file"; done
# The largest record (text, footer and separator) of the file, in bytes.
largest() { awk 'BEGIN { RS = "\n----\n" } { n = length($0) + 6; if (n > m) m = n } END { print m }' "$1"; }
peak_kib() { /usr/bin/time -f '%M' "$tool" check - <"$1" 2>&1 >/dev/null | tail -n 1; }
base=$(peak_kib /dev/null)
peak=$(peak_kib "$file")
printf 'input: %s bytes on stdin (%s repeated); largest record %s bytes\n' "$(wc -c <"$file")" "$dir" "$(largest "$file.one")"
printf '  check - on an empty input   peak RSS %6s KiB\n' "$base"
printf '  check - on the input        peak RSS %6s KiB  (+%s KiB)\n' "$peak" "$((peak - base))"
# One record of about RECORD_KIB KiB more: the carry buffer grows to hold it, and no further.
cp "$file" "$file.big"
awk -v n=$((record_kib * 1024 / 50)) 'BEGIN { for (i = 0; i < n; i++) printf "%s", "a long line of text, fifty bytes of it, no break.\n";
  printf "\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/ezyang/status/1422020754267324418))\n----\n" }' >>"$file.big"
peak_big=$(peak_kib "$file.big")
printf '  with one %s KiB record more  peak RSS %6s KiB  (+%s KiB)\n' "$record_kib" "$peak_big" "$((peak_big - base))"
