#!/bin/sh
# The whole test suite, as CI runs it: the tests built with g++ and with clang++ (warnings are
# errors in both), and once more with g++ under AddressSanitizer and UndefinedBehaviorSanitizer.
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
    -DCMAKE_CXX_FLAGS="$flags" -DTWEETVIEW_BUILD_BENCHMARKS=ON >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; exit 1; }
  cmake --build "$dir" -j "$jobs"
  if (cd "$dir" && ctest --output-on-failure -j "$jobs" >"$dir.ctest.log" 2>&1); then st=0; else st=1; fi
  cat "$dir.ctest.log"
  p=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$dir.ctest.log" | awk '{print $6 - $1}')
  f=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$dir.ctest.log" | awk '{print $1}')
  total_pass=$((total_pass + ${p:-0})); total_fail=$((total_fail + ${f:-1}))
  [ $st = 0 ] || { echo "$total_pass passed, $total_fail failed"; exit 1; }
}

case "$root" in /*) ;; *) root="$(pwd)/$root" ;; esac
mkdir -p "$root"
run gcc g++ RelWithDebInfo ""
run clang clang++ RelWithDebInfo ""
run sanitize g++ Debug "-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
echo "$total_pass passed, $total_fail failed"
