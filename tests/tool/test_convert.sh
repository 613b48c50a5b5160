#!/bin/sh
# The tool and the flavours: jsonl's flavour and reply fields, --unescape, convert there and back.
set -u
tool=$1 src=$2 shared=$3
sample="$src/examples/data/sample.md"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# Converting the sample to every flavour and back gives it byte for byte.
for f in F02 F03 F04b F06 F07 F08 F09 F10 F11 B1 B3 B6; do
  "$tool" convert --to $f "$sample" >"$tmp/s.$f" || fail "convert --to $f"
  "$tool" check "$tmp/s.$f" >/dev/null 2>&1 || fail "converted to $f does not check clean"
  "$tool" convert --to F05 "$tmp/s.$f" | cmp -s - "$sample" && ok || fail "sample -> $f -> F05 differs"
  "$tool" jsonl "$tmp/s.$f" | head -n 1 | grep -q "\"flavour\":\"$("$tool" jsonl "$tmp/s.$f" | head -n 1 | sed 's/.*"flavour":"\([A-Z0-9]*\)".*/\1/')\"" && ok || fail "flavour field"
done
"$tool" convert --to F11 --crlf "$sample" >"$tmp/crlf.md"
grep -c "$(printf '\r')" "$tmp/crlf.md" >/dev/null && ok || fail "--crlf writes CRLF"
"$tool" convert --to F05 "$tmp/crlf.md" | cmp -s - "$sample" && ok || fail "CRLF F11 back to F05"
"$tool" convert --to F99 "$sample" >/dev/null 2>"$tmp/err"; [ $? = 2 ] && ok || fail "bad flavour exit 2"
[ "$(wc -l <"$tmp/err" | tr -d ' ')" = 1 ] && ok || fail "bad flavour: one line"
"$tool" convert "$sample" >/dev/null 2>&1; [ $? = 2 ] && ok || fail "convert without --to"
"$tool" convert --help | grep -q "example:" && ok || fail "convert --help"

# --unescape: F10's escaped, quoted text comes back as the author's.
"$tool" jsonl --unescape "$tmp/s.F10" | sed 's/"file":"[^"]*","line":[0-9]*,"offset":[0-9]*,"flavour":"[^"]*",//' >"$tmp/u10"
"$tool" jsonl --unescape "$tmp/s.F08" | sed 's/"file":"[^"]*","line":[0-9]*,"offset":[0-9]*,"flavour":"[^"]*",//' >"$tmp/u08"
cmp -s "$tmp/u10" "$tmp/u08" && ok || fail "jsonl --unescape: F10 (escaped) and F08 (not) give different texts"
grep -q '"text":"Reading up on C++ templates &amp; thinking' "$tmp/u10" && ok || fail "--unescape keeps HTML escapes"
grep -q '\\' "$tmp/s.F10" && ok || fail "F10 has escapes to undo"

if [ -d "$shared/flavours" ]; then
  # jsonl names each flavour folder's flavour.
  for pair in F02-txt-originally:F02 F03-md-single-unsorted:F03 F04b-md-single-sorted-media:F03 F05-monthly-dash:F05 \
              F06a-monthly-hr:F06 F07-jekyll-hr:F07 F08-jekyll-quote-icon:F08 F10-jekyll-escaped:F10 \
              F11-parser-output-escaped/parser-output/tweets-md/2016:F11 branch-only/B1-monthly-leading-dash-unpadded:B1 \
              branch-only/B3-jekyll-quote-favicon:B3; do
    dir=${pair%:*} want=${pair#*:}
    # the three largest files: a one-record file cannot show F03 from F07
    files=$(ls -S $(find "$shared/flavours/$dir" -maxdepth 1 \( -name '*.md' -o -name 'output.txt' \)) | head -n 3)
    # shellcheck disable=SC2086
    got=$(for f in $files; do "$tool" jsonl "$f" | sed 's/.*"flavour":"\([A-Z0-9]*\)".*/\1/'; done | sort -u | tr '\n' ' ')
    [ "$got" = "$want " ] && ok || fail "$dir read as '$got', wanted $want"
  done
  # convert --to the input's own flavour gives the input back, media links as they are (F02
  # tweet_media/, F03 and F04a data/tweet_media/, F04b media/, B5 ./media without a slash), LF
  # and CRLF. (test_flavours.cpp checks every file of every folder; these are the tool's.)
  for pair in F02-txt-originally/output.txt:F02 F03-md-single-unsorted/output.md:F03 F04a-md-single-sorted/output.md:F04a \
              F04b-md-single-sorted-media/output.md:F04b branch-only/B5-pathcleanup-broken-media/2021-10-01-Tweet-Archive-2021-10.md:B5 \
              F11-parser-output-escaped/parser-output/tweets-md/2021/2021-01-01-tweets.md:F11; do
    file="$shared/flavours/${pair%:*}" to=${pair#*:}
    "$tool" convert --to "$to" "$file" | cmp -s - "$file" && ok || fail "convert --to $to of $file is not the file"
    # the CRLF twin: every "\n" as "\r\n" (a last line without a line break stays without)
    sed 's/$/\r/' "$file" >"$tmp/twin"
    [ -n "$(tail -c 1 "$file")" ] && { head -c -1 "$tmp/twin" >"$tmp/twin2"; mv "$tmp/twin2" "$tmp/twin"; }
    "$tool" convert --to "$to" --crlf "$tmp/twin" | cmp -s - "$tmp/twin" && ok || fail "convert --to $to --crlf of the CRLF twin of $file is not the twin"
  done
  "$tool" convert --to F05 "$shared/flavours/F03-md-single-unsorted/output.md" | grep -q '](media/[0-9]' && ok || fail "F03 -> F05 moves media to media/"
  "$tool" convert --to F03 "$shared/flavours/F04b-md-single-sorted-media/output.md" | grep -q '](media/[0-9]' && ok || fail "F04b -> F03 keeps media/"
  "$tool" convert --to F03 "$shared/flavours/F02-txt-originally/output.txt" | grep -q '](data/tweet_media/[0-9]' && ok || fail "F02 -> F03 moves media to data/tweet_media/"
  "$tool" convert --to F10 "$shared/flavours/branch-only/B5-pathcleanup-broken-media" | grep -q '](media/[0-9]' && ok || fail "B5 -> F10 mends ./mediaID to media/ID"

  # Reply headers in JSON.
  "$tool" jsonl "$shared/flavours/F08-jekyll-quote-icon" >"$tmp/f08.jsonl"
  python3 - "$tmp/f08.jsonl" <<'PY' && ok || fail "jsonl reply fields"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
replies = [o for o in rows if "in_reply_to_status_id" in o]
assert len(rows) == 300 and len(replies) == 131, (len(rows), len(replies))
for o in replies:
    assert o["in_reply_to_status_id"].isdigit() and o["in_reply_to_screen_names"], o
    assert o["in_reply_to_screen_name"], o
assert sum(1 for o in rows if o["media"]) > 0
PY
  # The real archive to F11 and back.
  "$tool" convert --to F11 "$shared/data/ezyang-tweets" | "$tool" convert --to F05 - >"$tmp/back.md"
  cat "$shared/data/ezyang-tweets"/*.md | cmp -s - "$tmp/back.md" && ok || fail "real archive -> F11 -> F05 differs"
else
  echo "shared data not found at $shared: flavour folder checks skipped"
fi

echo "$passes passed, $fails failed"
[ $fails = 0 ]
