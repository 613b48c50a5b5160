#!/bin/sh
# The header as other compilers see it, checked without them.
#  1. MSVC (x64): preprocessed with _MSC_VER and _M_X64 defined and no __GNUC__, nothing GCC-only
#     (__builtin_*, __attribute__, __int128) may reach the output. Controls: the same text does
#     reach MSVC's _BitScanForward64 and SSE2, and as GCC sees it, __builtin_ctzll (so the grep
#     can fail).
#  2. Compiler builtins and intrinsics appear only inside the SIMD layer (between its
#     "SIMD layer" and "end of SIMD layer" divider lines).
#  3. The tool and the examples (examples/, next to include/) use none either: they go through the
#     header's layer.
#   sh tests/unit/header_portability.sh CXX HEADER
set -eu
cxx=${1:-g++}
hdr=${2:-include/tweetview/tweetview.hpp}
fail=0

view() {  # the header preprocessed with the macros "$@", includes dropped
    sed '/^[[:space:]]*#[[:space:]]*include/d' "$hdr" | "$cxx" -E -P -undef -x c++ -D__cplusplus=201703L "$@" -
}

msvc=$(view -D_MSC_VER=1930 -D_M_X64=100 -D_M_AMD64=100 -D_WIN64=1)
bad=$(printf '%s\n' "$msvc" | grep -oE '__builtin_[a-z0-9_]*|__attribute__|__int128' | sort -u || true)
if [ -n "$bad" ]; then
    echo "FAIL: as MSVC x64 sees the header, it uses GCC-only constructs:"; echo "$bad"; fail=1
fi
for want in _BitScanForward64 _mm_movemask_epi8; do
    printf '%s\n' "$msvc" | grep -q "$want" || { echo "FAIL: control: MSVC view lacks $want"; fail=1; }
done
msvc32=$(view -D_MSC_VER=1930 -D_M_IX86=600 -D_M_IX86_FP=2)
bad=$(printf '%s\n' "$msvc32" | grep -oE '__builtin_[a-z0-9_]*|__attribute__|__int128|_BitScanForward64' | sort -u || true)
if [ -n "$bad" ]; then
    echo "FAIL: as MSVC x86 sees the header, it uses:"; echo "$bad"; fail=1
fi
gcc=$(view -D__GNUC__=12 -D__x86_64__=1 -D__SSE2__=1)
printf '%s\n' "$gcc" | grep -q '__builtin_ctzll' || { echo "FAIL: control: GCC view lacks __builtin_ctzll"; fail=1; }

# 2. Builtins and intrinsics outside the SIMD layer.
outside=$(awk '/^\/\/ -+ SIMD layer -+$/ {in_layer = 1}
               !in_layer && /__builtin_|__attribute__|_mm_[a-z]|__m128|__m256|__m512|_BitScan|uint8x16_t|vld1q_|__popcnt/ {print FILENAME ":" NR ": " $0}
               /end of SIMD layer/ {in_layer = 0}' "$hdr")
if [ -n "$outside" ]; then
    echo "FAIL: builtins or intrinsics outside the SIMD layer:"; echo "$outside"; fail=1
fi
grep -q 'end of SIMD layer' "$hdr" || { echo "FAIL: the SIMD layer's end marker is missing"; fail=1; }

# 3. The tool and the examples.
examples=$(cd "$(dirname "$hdr")/../.." && pwd)/examples
if [ -d "$examples" ]; then
    used=$(grep -rnE '__builtin_|__attribute__|_mm_[a-z]|__m128|__m256|__m512|_BitScan|uint8x16_t|vld1q_|__popcnt|[a-z]*intrin\.h' \
        --include='*.cpp' --include='*.hpp' --include='*.h' "$examples" || true)
    if [ -n "$used" ]; then
        echo "FAIL: builtins or intrinsics in examples/ (use the header's SIMD layer):"; echo "$used"; fail=1
    fi
fi

[ $fail -eq 0 ] && echo "ok: the MSVC views use nothing GCC-only; builtins and intrinsics only in the SIMD layer, none in examples/"
exit $fail
