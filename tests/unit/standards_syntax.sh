#!/bin/sh
# The examples and the tool in C++23: every source under examples/ compiled with -fsyntax-only
# (no code generated: about 25 s for all) and warnings as errors. The clang stage of
# tests/run-all.sh runs it, for the combination no stage builds: clang with libstdc++ in C++23
# (the libcxx stage is clang's C++23 build, with libc++ and without the tool).
#   sh tests/unit/standards_syntax.sh CXX SOURCE_DIR
set -eu
cxx=$1 src=$2
fail=0 n=0
for std in c++2b; do  # (C++23 as clang 14 and g++ 12 name it)
    for f in "$src"/examples/*.cpp "$src"/examples/tweetview/*.cpp; do
        n=$((n + 1))
        "$cxx" -std=$std -fsyntax-only -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror \
            -I"$src/include" -I"$src/examples/tweetview" "$f" || { echo "FAIL: $f in -std=$std"; fail=1; }
    done
done
[ "$n" -gt 10 ] || { echo "FAIL: only $n sources found under $src/examples"; fail=1; }
[ $fail = 0 ] && echo "ok: $n compiles"
exit $fail
