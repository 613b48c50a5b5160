#!/bin/sh
# The whole test suite, as CI runs it. Every build is a developer build (TWEETVIEW_DEVELOPER_MODE=ON:
# -Wall -Wextra -Wpedantic -Wconversion -Wshadow as errors). Stages:
#   gcc            g++ (libstdc++), plain C++17 (no GNU extensions): every test
#   clang          clang++ (libstdc++), plain C++17: everything built, every test but the tool's
#                  end-to-end scripts (tool_*: they test the tool's behaviour, which gcc and
#                  sanitize cover; they are most of a stage's time)
#   libcxx         clang++ with libc++, plain C++23: every test but the tool's (the tool links
#                  Debian's simdjson, built against libstdc++)
#   sanitize       g++ under AddressSanitizer and UndefinedBehaviorSanitizer (Debug: -O1 takes more
#                  to build than it saves in tests): every test (the tool's end-to-end scripts
#                  without LeakSanitizer's exit scan: tests/CMakeLists.txt says why)
#   gcc-cxx20-O1   plain C++20 at -O1 (other warnings than -O2): the portable tests, the examples
#                  and the tool (clang's C++23 build is the libcxx stage's, g++'s the s390x stage's;
#                  the clang stage checks the examples and the tool in C++23: standards_syntax)
#   aarch64, s390x (big-endian, plain C++23), i686   cross g++ 12, run under qemu-user; and
#   mingw          x86_64-w64-mingw32-g++ (posix threads), run under wine: the portable tests
#                  (unit, allocations, entities, no_exceptions, fuzz_replay_*: ctest label
#                  "portable"); the tests on the shared data, the tool's tests (the tool needs
#                  simdjson, Debian ships it for the host only) and the shell and python checks
#                  run natively only
#   fuzz           the libFuzzer harnesses (clang), ${TWEETVIEW_FUZZ_SECONDS:-20} s each (0 skips them)
# Each stage prints its time; the last line counts the tests of every stage.
# Usage: sh tests/run-all.sh [BUILD_ROOT]    (default: build-tests)
#        TWEETVIEW_STAGES="aarch64 mingw" sh tests/run-all.sh    (only these stages)
set -eu
root=${1:-build-tests}
src=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
generator=""
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
total_pass=0 total_fail=0 times=""
plain17="-DCMAKE_CXX_STANDARD=17 -DCMAKE_CXX_EXTENSIONS=OFF"
toolchains="$src/tests/cmake/toolchains"

want() {  # want STAGE: is it one of $TWEETVIEW_STAGES (all when unset)?
  case " ${TWEETVIEW_STAGES:-$1} " in *" $1 "*) return 0 ;; *) return 1 ;; esac
}

need() {  # need COMMAND DEBIAN_PACKAGE: a missing tool fails the run, saying what to install
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "run-all: $1 not found (Debian: apt-get install $2)"; total_fail=$((total_fail + 1))
  echo "$total_pass passed, $total_fail failed"; exit 1
}

# run NAME TARGET CTEST_ARGS CMAKE_ARGS...: configure, build TARGET (empty: all), run ctest.
run() {
  name=$1 target=$2 tests=$3
  shift 3
  want "$name" || return 0
  dir="$root/$name" start=$(date +%s)
  echo "== $name: $*${target:+ (target $target)}${tests:+ (ctest $tests)}"
  # shellcheck disable=SC2086
  cmake -S "$src" -B "$dir" $generator -DTWEETVIEW_DEVELOPER_MODE=ON "$@" >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; exit 1; }
  if [ -n "$target" ]; then cmake --build "$dir" -j "$jobs" --target "$target"; else cmake --build "$dir" -j "$jobs"; fi
  # shellcheck disable=SC2086
  if (cd "$dir" && ctest --output-on-failure -j "$jobs" $tests >"$dir.ctest.log" 2>&1); then st=0; else st=1; fi
  cat "$dir.ctest.log"
  p=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$dir.ctest.log" | awk '{print $6 - $1}')
  f=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$dir.ctest.log" | awk '{print $1}')
  total_pass=$((total_pass + ${p:-0})); total_fail=$((total_fail + ${f:-1}))
  times="$times $name=$(($(date +%s) - start))s"
  echo "== $name: ${p:-0} passed, ${f:-1} failed, $(($(date +%s) - start)) s"
  [ $st = 0 ] || { echo "$total_pass passed, $total_fail failed"; exit 1; }
}

cross() {  # cross NAME TOOLCHAIN COMPILER EMULATOR PACKAGES [CMAKE_ARGS...]: the portable tests, emulated
  want "$1" || return 0
  need "$3" "$5"; need "$4" "$5"
  n=$1 t=$2
  shift 5
  run "$n" tweetview_portable_tests "-L portable" -DCMAKE_TOOLCHAIN_FILE="$toolchains/$t.cmake" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTWEETVIEW_BUILD_EXAMPLES=OFF -DTWEETVIEW_BUILD_BENCHMARKS=OFF "$@"
}

fuzz() {  # clang + libFuzzer: each fuzzer of tests/fuzz for ${TWEETVIEW_FUZZ_SECONDS:-20} s (0: skip)
  want fuzz || return 0
  dir="$root/fuzz" seconds=${TWEETVIEW_FUZZ_SECONDS:-20} start=$(date +%s)
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
  times="$times fuzz=$(($(date +%s) - start))s"
  [ $st = 0 ] || { echo "$total_pass passed, $total_fail failed"; exit 1; }
}

case "$root" in /*) ;; *) root="$(pwd)/$root" ;; esac
mkdir -p "$root"
# shellcheck disable=SC2086
run gcc "" "" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=RelWithDebInfo $plain17 -DTWEETVIEW_BUILD_BENCHMARKS=ON
# shellcheck disable=SC2086
run clang "" "-E ^tool_" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo $plain17 -DTWEETVIEW_BUILD_BENCHMARKS=ON
run libcxx "" "" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_STANDARD=23 \
  -DCMAKE_CXX_EXTENSIONS=OFF -DCMAKE_CXX_FLAGS=-stdlib=libc++ -DCMAKE_EXE_LINKER_FLAGS=-stdlib=libc++ \
  -DTWEETVIEW_BUILD_EXAMPLES=OFF -DTWEETVIEW_BUILD_BENCHMARKS=OFF
run sanitize "" "" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Debug -DTWEETVIEW_BUILD_BENCHMARKS=ON \
  "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
run gcc-cxx20-O1 tweetview_portable_tests "-L portable" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE= \
  -DCMAKE_CXX_FLAGS=-O1 -DCMAKE_CXX_STANDARD=20 -DCMAKE_CXX_EXTENSIONS=OFF -DTWEETVIEW_BUILD_BENCHMARKS=OFF
cross aarch64 aarch64-linux-gnu aarch64-linux-gnu-g++ qemu-aarch64 "g++-aarch64-linux-gnu qemu-user"
cross s390x s390x-linux-gnu s390x-linux-gnu-g++ qemu-s390x "g++-s390x-linux-gnu qemu-user" \
  -DCMAKE_CXX_STANDARD=23 -DCMAKE_CXX_EXTENSIONS=OFF
cross i686 i686-linux-gnu i686-linux-gnu-g++ qemu-i386 "g++-i686-linux-gnu qemu-user"
# Windows: one wine prefix of our own, its server kept up for the stage (a server that a test's
# wine started would hold ctest's output open).
if want mingw; then
  need x86_64-w64-mingw32-g++-posix g++-mingw-w64-x86-64-posix; need wine "wine wine64"
  WINEPREFIX="$root/wine" WINEDEBUG=-all; export WINEPREFIX WINEDEBUG
  trap 'wineserver -k >/dev/null 2>&1 || true' EXIT
  mkdir -p "$WINEPREFIX"
  wineserver -p >/dev/null 2>&1 </dev/null || true; wineboot -i >/dev/null 2>&1 </dev/null || true
  run mingw tweetview_portable_tests "-L portable" -DCMAKE_TOOLCHAIN_FILE="$toolchains/x86_64-w64-mingw32.cmake" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTWEETVIEW_BUILD_EXAMPLES=OFF -DTWEETVIEW_BUILD_BENCHMARKS=OFF
  wineserver -k >/dev/null 2>&1 || true; trap - EXIT
fi
fuzz
echo "stage times:$times"
echo "$total_pass passed, $total_fail failed"
