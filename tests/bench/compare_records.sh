#!/bin/sh
# Compare records() of the header at two revisions, built alike and run alternately.
#
#   sh tests/bench/compare_records.sh OLD NEW [ROUNDS] [MIB]
#
# OLD and NEW are git revisions of this repository, or "work" for the header in the working tree.
# Both headers are compiled with this checkout's tests/bench/bench_records.cpp, by the same
# command (c++ -O3 -DNDEBUG, plus $CXXFLAGS: set CXXFLAGS=-DTWEETVIEW_NO_SIMD for the portable
# path), then run as OLD NEW NEW OLD, ROUNDS times (default 4), each run `--mib MIB --runs 5`
# (default 64). It prints every run's records() MB/s and ratio to the memchr line count of the
# same run, then the mean of each side.
#
# Why so: on a shared VM, two identical binaries run one after the other can differ by 20%
# (see README, Performance). Alternating in both orders and building both the same way is what
# makes the two sides comparable. Shared data: $TWEETVIEW_SHARED (default ../shared).
set -eu
[ $# -ge 2 ] || { echo "usage: $0 OLD NEW [ROUNDS] [MIB]" >&2; exit 2; }
old=$1; new=$2; rounds=${3:-4}; mib=${4:-64}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${TWEETVIEW_SHARED:-$root/../shared}
cxx=${CXX:-c++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {  # build REV NAME
    mkdir -p "$work/$2/include/tweetview"
    if [ "$1" = work ]; then
        cp "$root/include/tweetview/tweetview.hpp" "$work/$2/include/tweetview/"
    else
        git -C "$root" show "$1:include/tweetview/tweetview.hpp" > "$work/$2/include/tweetview/tweetview.hpp"
    fi
    # shellcheck disable=SC2086
    $cxx -std=c++17 -O3 -DNDEBUG ${CXXFLAGS:-} -DTWEETVIEW_SHARED_DIR=\""$shared"\" \
        -I"$work/$2/include" -I"$root/tests" "$root/tests/bench/bench_records.cpp" -o "$work/$2/bench"
}
build "$old" a
build "$new" b
echo "A = $old, B = $new; $cxx -O3 -DNDEBUG ${CXXFLAGS:-}; $rounds rounds of A B B A, --mib $mib --runs 5"

i=0
while [ "$i" -lt "$rounds" ]; do
    for side in a b b a; do
        "$work/$side/bench" --mib "$mib" --runs 5 2>&1 |
            awk -v s="$side" '/memchr line count/ {m = $4} /^records\(\)/ {print s, m, $6, $(NF-1)}'
    done
    i=$((i + 1))
done | awk -v old="$old" -v new="$new" '
    { name = ($1 == "a") ? "A " old : "B " new
      printf "%-14s memchr %6d MB/s  records() %6d MB/s  %s\n", name, $2, $3, $4
      sum[$1] += $3; n[$1]++; r[$1] = r[$1] " " $4 }
    END { if (n["a"] == 0 || n["b"] == 0) { print "no results: did bench_records run?"; exit 1 }
          printf "mean: A %d MB/s (%s), B %d MB/s (%s), B/A %.3f\n",
                 sum["a"] / n["a"], substr(r["a"], 2), sum["b"] / n["b"], substr(r["b"], 2),
                 (sum["b"] / n["b"]) / (sum["a"] / n["a"]) }'
