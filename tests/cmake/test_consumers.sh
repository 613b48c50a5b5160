#!/bin/sh
# Builds two tiny consumer projects: one takes tweetview with add_subdirectory (without doctest
# or tests), one with find_package after an install into a temporary prefix.
set -eu
cmake=$1 src=$2 work=$3 cxx=$4
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"

"$cmake" -S "$here/add_subdirectory" -B "$work/sub" -DTWEETVIEW_SOURCE="$src" -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
"$cmake" --build "$work/sub" >/dev/null
"$work/sub/consumer" "$src/examples/data/sample.md" | grep -q '^18 tweets$'
echo "add_subdirectory: ok"

"$cmake" -S "$src" -B "$work/lib" -DTWEETVIEW_BUILD_TESTS=OFF -DTWEETVIEW_BUILD_EXAMPLES=OFF \
  -DTWEETVIEW_BUILD_BENCHMARKS=OFF -DCMAKE_INSTALL_PREFIX="$work/prefix" -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
"$cmake" --build "$work/lib" >/dev/null
"$cmake" --install "$work/lib" >/dev/null
test -f "$work/prefix/include/tweetview/tweetview.hpp"
"$cmake" -S "$here/find_package" -B "$work/pkg" -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
"$cmake" --build "$work/pkg" >/dev/null
"$work/pkg/consumer" "$src/examples/data/sample.md" | grep -q '^18 tweets$'
echo "find_package: ok"
