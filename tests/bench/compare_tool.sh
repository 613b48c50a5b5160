#!/bin/sh
# Compare the tweetview tool at two revisions on one command, built alike and run alternately.
#
#   sh tests/bench/compare_tool.sh OLD NEW ROUNDS FILE COMMAND [ARGS...]
#
# OLD and NEW are git revisions of this repository, or "work" for the working tree. Each is built
# the same way (CMake Release, the tool only, in a temporary directory), then
# `tweetview COMMAND [ARGS...] FILE` runs as OLD NEW NEW OLD, ROUNDS times, output to /dev/null.
# It prints every run's wall time, then each side's best and median and NEW's median over OLD's.
# FILE: for example the 1 GB file of bench_tool.sh (the real archive repeated:
#   for i in $(seq 1 151); do cat ../shared/data/ezyang-tweets/*.md; done > /tmp/big.md).
# Why alternate: on a shared VM the same binary's time drifts by 10% and more within minutes; only
# the two sides run in the same minutes, in both orders, compare.
set -eu
[ $# -ge 5 ] || { echo "usage: $0 OLD NEW ROUNDS FILE COMMAND [ARGS...]" >&2; exit 2; }
old=$1; new=$2; rounds=$3; file=$4; shift 4
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {  # build REV NAME
    if [ "$1" = work ]; then
        src=$root
    else
        src=$work/src-$2
        mkdir -p "$src"
        git -C "$root" archive "$1" | tar -x -C "$src"
    fi
    cmake -S "$src" -B "$work/build-$2" -DCMAKE_BUILD_TYPE=Release -DTWEETVIEW_BUILD_TESTS=OFF \
        -DTWEETVIEW_BUILD_BENCHMARKS=OFF >/dev/null
    cmake --build "$work/build-$2" --target tweetview_tool -j2 >/dev/null
    cp "$work/build-$2/examples/tweetview" "$work/tweetview-$2"
}
build "$old" a
build "$new" b
echo "A = $old, B = $new: tweetview $* $file, $rounds rounds of A B B A (wall seconds)"

i=0
while [ "$i" -lt "$rounds" ]; do
    for side in a b b a; do
        t0=$(date +%s.%N)
        "$work/tweetview-$side" "$@" "$file" >/dev/null 2>&1 || true
        t1=$(date +%s.%N)
        echo "$side $t0 $t1" | awk '{ printf "%s %.3f\n", $1, $3 - $2 }'
    done
    i=$((i + 1))
done | sort -k1,1 -k2n | awk -v old="$old" -v new="$new" '
    { n[$1]++; t[$1, n[$1]] = $2; all[$1] = all[$1] sprintf(" %.3f", $2) }
    END {
        if (n["a"] == 0 || n["b"] == 0) { print "no runs"; exit 1 }
        ma = t["a", int((n["a"] + 1) / 2)]; mb = t["b", int((n["b"] + 1) / 2)]
        printf "A %-12s best %.3f s, median %.3f s:%s\n", old, t["a", 1], ma, all["a"]
        printf "B %-12s best %.3f s, median %.3f s:%s\n", new, t["b", 1], mb, all["b"]
        printf "B/A (medians) %.3f\n", mb / ma }'
