#!/bin/sh
# Runs the README's example programs on the sample archive and checks what they print.
set -u
quickstart=$1 stream_stdin=$2 src=$3 entities=$4 core=$5 repair_text=$6
sample="$src/examples/data/sample.md"
fails=0 passes=0
check() { if eval "$2"; then passes=$((passes + 1)); else echo "FAIL: $1"; fails=$((fails + 1)); fi; }
out=$("$quickstart" "$sample"); st=$?
check "quickstart exit" '[ $st = 0 ]'
check "quickstart lines" '[ "$(echo "$out" | wc -l | tr -d " ")" = 18 ]'
check "quickstart first" 'echo "$out" | head -n 1 | grep -q "^2009-03-14 @tweetview_demo 1291447801: Hello, world!"'
out=$("$stream_stdin" <"$sample"); st=$?
check "stream_stdin exit" '[ $st = 0 ]'
check "stream_stdin 2021" 'echo "$out" | grep -q "^2021 4$"'
check "stream_stdin years" '[ "$(echo "$out" | wc -l | tr -d " ")" = 13 ]'
out=$("$entities" "$sample"); st=$?
check "entities exit" '[ $st = 0 ]'
check "entities hashtag with code-point indices" 'echo "$out" | grep -q " hashtag 日本語 \[[0-9]*, [0-9]*)$"'
check "entities cashtag" 'echo "$out" | grep -q "^340799889724145665 cashtag TWTR \[46, 51)$"'
check "entities retweet" 'echo "$out" | grep -q "retweet of @dave$"'
check "entities count" '[ "$(echo "$out" | grep -c " mention ")" = 8 ]'
out=$("$core" "$sample"); st=$?
check "core exit" '[ $st = 0 ]'
check "core counts" '[ "$out" = "18 tweets, 0 errors, 0 bytes left, last id $(echo "$("$quickstart" "$sample")" | tail -n 1 | sed "s/^[^ ]* @[^ ]* \([0-9]*\):.*/\1/")" ]'
printf 'one\n\n(Originally on Twitter: [Mon Aug 02 02:25:42 +0000 2021](https://twitter.com/a/status/1))\n----\nbroken\n\n(Originally on Twitter: [Mon Aug 32 02:25:42 +0000 2021](https://twitter.com/a/status/2))\n----\n' >"${TMPDIR:-/tmp}/tv-core-$$.md"
out=$("$core" "${TMPDIR:-/tmp}/tv-core-$$.md"); st=$?
rm -f "${TMPDIR:-/tmp}/tv-core-$$.md"
check "core with an error" '[ $st = 1 ] && [ "$out" = "1 tweets, 1 errors, 0 bytes left, last id 1" ]'
out=$("$repair_text" "$src/examples/data/sample-mojibake.md"); st=$?
check "repair_text exit" '[ $st = 0 ]'
check "repair_text mojibake" 'echo "$out" | grep -q "Emoji time 🤣🧐 and a keycap"'
check "repair_text html" 'echo "$out" | grep -q "templates & thinking <typename T>"'
check "repair_text leaves clean texts" '[ "$("$repair_text" "$sample" | grep -c "Emoji time")" = 0 ]'

echo "$passes passed, $fails failed"
[ $fails = 0 ]
