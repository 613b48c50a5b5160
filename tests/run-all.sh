#!/bin/sh
# The whole test suite, as CI runs it: the tests built with g++ and with clang++ (warnings are
# errors in both), and once more with g++ under AddressSanitizer and UndefinedBehaviorSanitizer;
# then the libFuzzer harnesses (clang), ${TWEETVIEW_FUZZ_SECONDS:-60} s each (0 skips them).
# Usage: sh tests/run-all.sh [BUILD_ROOT]    (default: build-tests)
set -eu
root=${1:-build-tests}
src=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
generator=""
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
total_pass=0 total_fail=0

run() {  # run NAME CXX BUILD_TYPE EXTRA_FLAGS
  name=$1 cxx=$2 type=$3 flags=$4
  dir="$root/$name"
  echo "== $name: $cxx $type $flags"
  # shellcheck disable=SC2086
  cmake -S "$src" -B "$dir" $generator -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE="$type" \
    -DCMAKE_CXX_FLAGS="$flags" -DTWEETVIEW_DEVELOPER_MODE=ON -DTWEETVIEW_BUILD_BENCHMARKS=ON >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; exit 1; }
  cmake --build "$dir" -j "$jobs"
  if (cd "$dir" && ctest --output-on-failure -j "$jobs" >"$dir.ctest.log" 2>&1); then st=0; else st=1; fi
  cat "$dir.ctest.log"
  p=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$dir.ctest.log" | awk '{print $6 - $1}')
  f=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$dir.ctest.log" | awk '{print $1}')
  total_pass=$((total_pass + ${p:-0})); total_fail=$((total_fail + ${f:-1}))
  [ $st = 0 ] || { echo "$total_pass passed, $total_fail failed"; exit 1; }
}

fuzz() {  # clang + libFuzzer: each fuzzer of tests/fuzz for ${TWEETVIEW_FUZZ_SECONDS:-60} s (0: skip)
  dir="$root/fuzz" seconds=${TWEETVIEW_FUZZ_SECONDS:-60}
  echo "== fuzz: clang++ libFuzzer, $seconds s per fuzzer"
  [ "$seconds" != 0 ] || { echo "fuzz: TWEETVIEW_FUZZ_SECONDS=0: skipped"; return 0; }
  command -v clang++ >/dev/null 2>&1 || { echo "fuzz: no clang++: skipped"; return 0; }
  # shellcheck disable=SC2086
  cmake -S "$src" -B "$dir" $generator -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTWEETVIEW_DEVELOPER_MODE=ON -DTWEETVIEW_BUILD_FUZZERS=ON -DTWEETVIEW_BUILD_BENCHMARKS=OFF -DTWEETVIEW_BUILD_EXAMPLES=OFF >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; exit 1; }
  grep -q '^TWEETVIEW_HAVE_LIBFUZZER:INTERNAL=1' "$dir/CMakeCache.txt" ||
    { echo "fuzz: clang++ cannot link -fsanitize=fuzzer (Debian: apt-get install libclang-rt-14-dev): skipped"; return 0; }
  cmake --build "$dir" -j "$jobs" --target tweetview_fuzzers
  if sh "$src/tests/fuzz/run_fuzzers.sh" "$dir" "$seconds" >"$dir.fuzz.log" 2>&1; then st=0; else st=1; fi
  cat "$dir.fuzz.log"
  p=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$dir.fuzz.log" | tail -n 1)
  f=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$dir.fuzz.log" | tail -n 1)
  total_pass=$((total_pass + ${p:-0})); total_fail=$((total_fail + ${f:-1}))
  [ $st = 0 ] || { echo "$total_pass passed, $total_fail failed"; exit 1; }
}

case "$root" in /*) ;; *) root="$(pwd)/$root" ;; esac
mkdir -p "$root"
run gcc g++ RelWithDebInfo ""
run clang clang++ RelWithDebInfo ""
run sanitize g++ Debug "-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
fuzz
echo "$total_pass passed, $total_fail failed"
