#!/bin/sh
# Builds the fuzzers' seed corpora from the real archive and the repository's samples, plus the
# hand-written seeds in tests/fuzz/seeds/. Nothing here is kept in the repository: run it into a
# scratch directory before fuzzing (run_fuzzers.sh does).
# Usage: sh tests/fuzz/make_corpus.sh OUT_DIR [SHARED_DIR]
#   OUT_DIR/records, OUT_DIR/fastpath, OUT_DIR/time, OUT_DIR/repair, OUT_DIR/entities, OUT_DIR/writer,
#   OUT_DIR/simd are (re)created.
#   SHARED_DIR defaults to ../shared beside the repository; without it only the samples are used.
set -eu
out=${1:?usage: make_corpus.sh OUT_DIR [SHARED_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
shared=${2:-$src/../shared}
export LC_ALL=C

for h in records fastpath time repair entities writer simd; do
  rm -rf "${out:?}/$h"
  mkdir -p "$out/$h"
  cp "$here/seeds/$h/"* "$out/$h/" 2>/dev/null || true
done

archive="$shared/data/ezyang-tweets"
samples="$src/examples/data/sample.md $src/examples/data/sample-mojibake.md"
[ -d "$archive" ] || { echo "make_corpus: no shared data at $shared: samples only" >&2; archive=""; }

# groups FILE PREFIX K MAX: writes groups of K records (split after each "----" line) of FILE to
# PREFIX-1, PREFIX-2, ...: the first group and every 7th after it, at most MAX groups.
groups() {
  awk -v K="$3" -v MAX="$4" -v out="$2" '
    { buf = buf $0 "\n" }
    $0 == "----" {
      if (++n % K == 0) {
        g++
        if ((g == 1 || g % 7 == 0) && w < MAX) { w++; f = out "-" w; printf "%s", buf > f; close(f) }
        buf = ""
      }
    }
    END { if (buf != "" && w < MAX) { w++; f = out "-" w; printf "%s", buf > f; close(f) } }' "$1"
}

# The records harness reads a header first (see fuzz_records.cpp): a few different ones, cycled.
header() {
  case $(($1 % 5)) in
    0) printf '\000\000' ;;                  # 256-byte limit, detect, one chunk
    1) printf '\007\002\001\200' ;;          # 2 KiB limit, chunks of 1 and 64 bytes
    2) printf '\160\003\005\100\377' ;;      # 1 MiB limit, chunks of 5, 64 and 8 KiB
    3) printf '\021\001\003' ;;              # F05 layout forced, 512-byte limit, 3-byte chunks
    4) printf '\217\041\000\007' ;;          # 4 KiB limit, stop after 2 records, chunks 0 and 7
  esac
}

# The fastpath harness's two header bytes (see fuzz_fastpath.cpp): the layout given (none, or the
# archive's own, paren/dash4) and the stream's chunk size.
fp_header() {
  case $(($1 % 4)) in
    0) printf '\000\000' ;;   # 256-byte limit, detect, one chunk
    1) printf '\027\001' ;;   # paren/dash4 given, 2 KiB limit, 1-byte chunks
    2) printf '\217\100' ;;   # 4 KiB limit, detect, 64-byte chunks
    3) printf '\023\007' ;;   # paren/dash4 given, 1 KiB limit, 7-byte chunks
  esac
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
i=0
for f in ${archive:+"$archive"/*.md} $samples; do
  [ -f "$f" ] || continue
  base=$(basename "$f" .md)
  groups "$f" "$tmp/$base" 3 2
  for g in "$tmp/$base"-*; do
    [ -f "$g" ] || continue
    i=$((i + 1))
    name=$(basename "$g")
    { header $i; cat "$g"; } > "$out/records/$name"
    { fp_header $i; cat "$g"; } > "$out/fastpath/$name"
    # Every fourth also with CRLF line endings, every sixth with a byte-order mark.
    [ $((i % 4)) = 0 ] && { header $i; sed 's/$/\r/' "$g"; } > "$out/records/$name-crlf"
    [ $((i % 6)) = 0 ] && { header $i; printf '\357\273\277'; cat "$g"; } > "$out/records/$name-bom"
    # Texts without their footers for the text harnesses.
    grep -v '^(Originally on Twitter: \[' "$g" | grep -v '^----$' > "$out/entities/$name" || true
    # The writer harness: two header bytes (flavour, CRLF, conversion target, seed), then the
    # texts separated by 0x01 (see fuzz_writer.cpp).
    { printf "\\$(printf '%03o' $((i * 37 % 256)))\\$(printf '%03o' $((i * 11 % 256)))"
      awk 'BEGIN { RS = "\n----\n" } NR > 1 { printf "\001" } { sub(/\n\n\(Originally on Twitter: .*$/, ""); printf "%s", $0 }' "$g"
    } > "$out/writer/$name"
  done
  rm -f "$tmp/$base"-*
done

# Timestamps: every 25th distinct created_at of the archive (or the samples).
cat ${archive:+"$archive"/*.md} $samples 2>/dev/null |
  sed -n 's/^(Originally on Twitter: \[\([^]]*\)\].*/\1/p' | sort -u | awk 'NR % 25 == 1' |
  while IFS= read -r ts; do
    printf '%s' "$ts" > "$out/time/$(printf '%s' "$ts" | tr ' :+' '___')"
  done

# Repair: texts of the two mojibaked copies of the archive and of the mojibaked sample.
moj="$shared/data/ezyang-tweets-mojibake"
for f in "$src/examples/data/sample-mojibake.md" ${archive:+"$moj"/macroman/*.md "$moj"/cp1252/*.md}; do
  [ -f "$f" ] || continue
  base=$(basename "$(dirname "$f")")-$(basename "$f" .md)
  groups "$f" "$tmp/$base" 3 1
  for g in "$tmp/$base"-*; do
    [ -f "$g" ] || continue
    grep -v '^(Originally on Twitter: \[' "$g" | grep -v '^----$' > "$out/repair/$(basename "$g")" || true
  done
  rm -f "$tmp/$base"-*
done

# The conformance cases (twitter-text's extract.txt and tlds.txt, escapes undone): one text per
# seed for the entity harness, a group of texts for the writer harness.
conf="$shared/conformance/twitter-text"
if [ -d "$conf" ]; then
  for f in "$conf/extract.txt" "$conf/tlds.txt"; do
    [ -f "$f" ] || continue
    awk -v out="$out" -v base="$(basename "$f" .txt)" '
      function unesc(s,   r, i, c, h) {
        r = ""
        for (i = 1; i <= length(s); i++) {
          c = substr(s, i, 1)
          if (c == "\\" && i < length(s)) {
            c = substr(s, ++i, 1)
            if (c == "n") c = "\n"; else if (c == "r") c = "\r"; else if (c == "t") c = "\t"
            else if (c == "x") { h = substr(s, i + 1, 2); i += 2; c = sprintf("%c", index("0123456789abcdef", tolower(substr(h, 1, 1))) * 16 - 16 + index("0123456789abcdef", tolower(substr(h, 2, 1))) - 1) }
          }
          r = r c
        }
        return r
      }
      /^text: / { n++; t = unesc(substr($0, 7))
        if (n % 3 == 1) { f = out "/entities/" base "-" n; printf "%s", t > f; close(f) }
        if (n % 10 == 1) { if (w) close(w); w = out "/writer/" base "-" n; printf "\003\041%s", t > w } else if (w) printf "\001%s", t > w }' "$f"
  done
fi
# The flavour outputs: each flavour's first file, as whole-file seeds for the records harness.
for d in "$shared"/flavours/F* "$shared"/flavours/branch-only/B*; do
  [ -d "$d" ] || continue
  f=$(find "$d" -type f \( -name '*.md' -o -name 'output.txt' \) | sort | head -n 1)
  [ -n "$f" ] || continue
  { printf '\000\000'; head -c 16384 "$f"; } > "$out/records/flavour-$(basename "$d")"
done

# The SIMD harness: every fifth entity text and every tenth records seed, behind a header that
# searches the bytes the scanners search (see fuzz_simd.cpp).
k=0
for f in "$out"/entities/* "$out"/records/*; do
  [ -f "$f" ] || continue
  k=$((k + 1))
  case $(( k % 10 )) in
    0) { printf '\n\n\001\011@#$:./\357\274\240'; cat "$f"; } > "$out/simd/$k" ;;
    5) { printf '\r\n&\003\n\r-'; cat "$f"; } > "$out/simd/$k" ;;
  esac
done

for h in records fastpath time repair entities writer simd; do
  echo "make_corpus: $h: $(find "$out/$h" -type f | wc -l) seeds"
done
