#!/bin/sh
# Runs every fuzzer built in BUILD_DIR (cmake -DTWEETVIEW_BUILD_FUZZERS=ON, clang) for SECONDS
# each, with its dictionary and a fresh seed corpus (make_corpus.sh). A crash, leak, timeout or
# out-of-memory input is copied to tests/fuzz/regressions/HARNESS/ (replayed by the normal test
# suite from then on) and fails the run.
# Usage: sh tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS] [SHARED_DIR]
# Environment: TWEETVIEW_FUZZ_WORK (scratch directory; default: a new temporary one, removed),
#              TWEETVIEW_FUZZ_ARGS (more libFuzzer arguments).
# Prints one line per fuzzer and then "N passed, N failed"; exits 1 if any failed.
set -u
build=${1:?usage: run_fuzzers.sh BUILD_DIR [SECONDS] [SHARED_DIR]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
shared=${3:-$here/../../../shared}
if [ -n "${TWEETVIEW_FUZZ_WORK:-}" ]; then
  work=$TWEETVIEW_FUZZ_WORK
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT INT TERM
fi

bins=$(find "$build" -type f -name 'fuzz_*' -perm -u+x 2>/dev/null | sort)
[ -n "$bins" ] || { echo "run_fuzzers: no fuzz_* binaries under $build (configure with -DTWEETVIEW_BUILD_FUZZERS=ON and clang)"; echo "0 passed, 1 failed"; exit 1; }

sh "$here/make_corpus.sh" "$work/corpus" "$shared" >/dev/null || { echo "run_fuzzers: make_corpus.sh failed"; echo "0 passed, 1 failed"; exit 1; }

pass=0 fail=0
for bin in $bins; do
  h=$(basename "$bin")
  h=${h#fuzz_}
  corpus="$work/corpus/$h"
  art="$work/artifacts/$h"
  rm -rf "$art"  # a kept work directory (TWEETVIEW_FUZZ_WORK) must not report an old finding again
  mkdir -p "$corpus" "$art"
  log="$work/$h.log"
  dict=""
  [ -f "$here/$h.dict" ] && dict="-dict=$here/$h.dict"
  [ "$h" = fastpath ] && dict="-dict=$here/records.dict"  # (the same input: an archive)
  # shellcheck disable=SC2086
  "$bin" $dict -max_total_time="$seconds" -max_len=65536 -timeout=30 -rss_limit_mb=2048 \
    -artifact_prefix="$art/" -print_final_stats=1 ${TWEETVIEW_FUZZ_ARGS:-} "$corpus" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  found=$(find "$art" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
  if [ $rc = 0 ] && [ -z "$found" ]; then
    pass=$((pass + 1))
    echo "fuzz_$h: ok, ${execs:-?} executions in ${seconds} s"
  else
    fail=$((fail + 1))
    echo "fuzz_$h: FAILED (exit $rc), ${execs:-?} executions; log: $log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*check failed)' "$log" | head -n 5
    mkdir -p "$here/regressions/$h"
    for f in $found; do
      cp "$f" "$here/regressions/$h/"
      echo "  saved $here/regressions/$h/$(basename "$f")"
    done
    # Keep the log where it can be read after the scratch directory is gone.
    # (Beside the harness's folder, not in it: the replay driver reads every file in it as an input.)
    [ -n "${TWEETVIEW_FUZZ_WORK:-}" ] || cp "$log" "$here/regressions/$h-last-failure.log" 2>/dev/null || true
  fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
