#!/bin/sh
# Compile cost of including tweetview.hpp and calling one function, next to a TU with only
# <string_view> and (when installed: apt-get install libfast-float-dev) fast_float, measured the
# same way: CXX -std=c++17 -O0 -c, best of N runs.
# The ratio of the two is what issue 11 bounds (at most 2).
# Wall times move with the machine's load; when valgrind is installed, the instructions the
# compiler runs (driver, compiler proper and assembler, valgrind --tool=callgrind) are printed
# too: they do not move, so two headers can be compared on a busy machine. (They are not the
# bound's ratio: much of a compile's fixed cost, starting the processes, is not instructions.)
# The instructions are also given for a TU that only includes the header (what reading it costs;
# the rest is generating code for records() at -O0).
#   sh tests/bench/compile_cost.sh [CXX] [RUNS] [INCLUDE_DIR]   (INCLUDE_DIR: another copy of the header)
#   TWEETVIEW_COMPILE_COST_FLAGS="-DTWEETVIEW_NO_DISPATCH" sh tests/bench/compile_cost.sh ...   (more flags)
#   TWEETVIEW_COMPILE_COST_OPERATORS=1 sh tests/bench/compile_cost.sh ...   (also: the instructions one
#     `==` and one `=` on an enumeration cost, and the same test as a call, each the statement
#     `if (x == E::b) n += i;` (`x = E::b; n += i;`, `if (same(x, E::b)) n += i;`) less `n += i;`;
#     then the same statements, and a `switch`, on the header's `flavour` in a TU that includes it)
#   TWEETVIEW_COMPILE_COST_SECTIONS=1 sh tests/bench/compile_cost.sh ...   (also: what reading each
#     numbered section of the header costs, in instructions: a TU that includes the header cut
#     before each "// ---- N." section, its namespaces and include guard closed, less the same cut
#     one section earlier; the first row is the configuration and the standard headers)
#   TWEETVIEW_COMPILE_COST_FUNCTIONS=1 sh tests/bench/compile_cost.sh ...   (also: what each function
#     the compiler emits costs it at -O0, from TUs of 1 and of 200 one-line inline functions)
set -eu
cxx=${1:-g++} runs=${2:-7}
extra=${TWEETVIEW_COMPILE_COST_FLAGS:-}
src=$(cd "$(dirname "$0")/../.." && pwd)
inc=${3:-$src/include}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/base.cpp" <<'CPP'
#include <string_view>
int f(std::string_view s) { return static_cast<int>(s.size()); }
CPP
cat >"$tmp/tweetview.cpp" <<'CPP'
#include <tweetview/tweetview.hpp>
int f(std::string_view s) { int n = 0; for (const auto& r : tweetview::records(s)) n += r.is_tweet(); return n; }
CPP
cat >"$tmp/include_only.cpp" <<'CPP'
#include <tweetview/tweetview.hpp>
int f(std::string_view s) { return static_cast<int>(s.size()); }
CPP
cat >"$tmp/fast_float.cpp" <<'CPP'
#include <fast_float/fast_float.h>
double f(const char* b, const char* e) { double d = 0; fast_float::from_chars(b, e, d); return d; }
CPP
seconds() {  # wall time in seconds of compiling $1 once
  s=$(date +%s.%N)
  "$cxx" -std=c++17 -O0 $extra -I"$inc" -c "$1" -o "$tmp/out.o"
  e=$(date +%s.%N)
  echo "$e $s" | awk '{print $1 - $2}'
}
min() { echo "$1 $2" | awk '{print ($1 < $2) ? $1 : $2}'; }
best() {  # best wall time in seconds of compiling $1
  b=999
  i=0
  while [ $i -lt "$runs" ]; do
    b=$(min "$b" "$(seconds "$1")")
    i=$((i + 1))
  done
  echo "$b"
}
# The two TUs of the ratio are compiled alternately, so that both best times come from the same
# minutes: on a shared machine the <string_view> TU alone took 0.151 s in one run of this script
# and 0.181 s in another, and timing one TU's runs after the other's moved the ratio with it.
base=999 tv=999
i=0
while [ $i -lt "$runs" ]; do
  base=$(min "$base" "$(seconds "$tmp/base.cpp")")
  tv=$(min "$tv" "$(seconds "$tmp/tweetview.cpp")")
  i=$((i + 1))
done
printf '%s -O0 %s-c, best of %s (the first two alternately):\n' "$("$cxx" --version | head -n 1)" "${extra:+$extra }" "$runs"
printf '  <string_view> only      %.3f s\n' "$base"
printf '  tweetview.hpp           %.3f s  (+%.3f s, %.2fx the <string_view> TU)\n' "$tv" \
  "$(echo "$tv $base" | awk '{print $1 - $2}')" "$(echo "$tv $base" | awk '{print $1 / $2}')"
instructions() {  # instructions the compiler runs on $1, all its processes
  rm -f "$tmp"/cg.*
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$tmp/cg.%p" \
    "$cxx" -std=c++17 -O0 $extra -I"$inc" -c "$1" -o "$tmp/out.o" 2>/dev/null
  cat "$tmp"/cg.* | awk '/^totals:/ {n += $2} END {print n}'
}
have_ff=false
[ -f /usr/include/fast_float/fast_float.h ] && have_ff=true
if $have_ff; then
  ff=$(best "$tmp/fast_float.cpp")
  printf '  fast_float/fast_float.h %.3f s  (+%.3f s)\n' "$ff" "$(echo "$ff $base" | awk '{print $1 - $2}')"
else
  echo "  fast_float: not installed (apt-get install libfast-float-dev)"
fi
if command -v valgrind >/dev/null 2>&1; then
  line="  compiler instructions: <string_view> only $(($(instructions "$tmp/base.cpp") / 1000000)) M"
  line="$line, tweetview.hpp $(($(instructions "$tmp/tweetview.cpp") / 1000000)) M"
  line="$line (included only: $(($(instructions "$tmp/include_only.cpp") / 1000000)) M)"
  $have_ff && line="$line, fast_float $(($(instructions "$tmp/fast_float.cpp") / 1000000)) M"
  echo "$line"
fi
if [ -n "${TWEETVIEW_COMPILE_COST_SECTIONS:-}" ] && command -v valgrind >/dev/null 2>&1; then
  header="$inc/tweetview/tweetview.hpp"
  mkdir -p "$tmp/cut/tweetview"
  cat >"$tmp/cut.cpp" <<'CPP'
#include <tweetview/tweetview.hpp>
int f(int x) { return x; }
CPP
  echo "  instructions to read each section (include only, cut before the next section):"
  prev=0 prev_name="1. and 2. Configuration, standard headers; bytes, SIMD, UTF-8"
  # Each cut: the lines before section N's marker (from section 3 on), then the whole header.
  for at in $(grep -n '^// ---- [0-9][0-9]*\. ' "$header" | cut -d: -f1 | tail -n +3) end; do
    if [ "$at" = end ]; then
      cp "$header" "$tmp/cut/tweetview/tweetview.hpp"
    else
      head -n $((at - 1)) "$header" >"$tmp/cut/tweetview/tweetview.hpp"
      printf '}  // namespace v0_1\n}  // namespace tweetview\n#endif\n' >>"$tmp/cut/tweetview/tweetview.hpp"
    fi
    rm -f "$tmp"/cg.*
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$tmp/cg.%p" \
      "$cxx" -std=c++17 -O0 $extra -I"$tmp/cut" -c "$tmp/cut.cpp" -o "$tmp/out.o" 2>/dev/null ||
      { echo "  (the header cut before line $at does not compile: the cuts assume sections at namespace level)"; break; }
    n=$(($(cat "$tmp"/cg.* | awk '/^totals:/ {n += $2} END {print n}') / 1000000))
    printf '    %-66s %5s M\n' "$prev_name" "$((n - prev))"
    prev=$n
    [ "$at" = end ] || prev_name=$(sed -n "${at}p" "$header" | sed -e 's/^\/\/ ---- //' -e 's/ -*$//')
  done
  echo "    (the first row includes the compiler's fixed cost; the rows add up to the include-only figure)"
fi
if [ -n "${TWEETVIEW_COMPILE_COST_OPERATORS:-}" ] && command -v valgrind >/dev/null 2>&1; then
  # What one operator on an enumeration costs the compiler, against the same test as a call:
  # TUs of 200 statements each, less a TU of 200 `n += i;` (the reason the header tests and sets
  # the enumerations it uses most through a few small functions, section 4).
  ops() {  # ops NAME STATEMENT [header]: a TU of 200 of STATEMENT (with $i the statement's number)
    {
      if [ -n "${3:-}" ]; then  # in the header's namespace, on its flavour, after including it
        echo '#include <tweetview/tweetview.hpp>'
        echo 'namespace tweetview { inline namespace v0_1 { namespace detail {'
        echo 'template <class T> constexpr bool same_as(T x, T y) noexcept { return x == y; }'
        echo 'int f(flavour x) {'
      else
        echo 'enum class E : unsigned char { a, b, c };'
        echo 'constexpr bool same(E x, E y) noexcept { return x == y; }'
        echo 'int f(E x) {'
      fi
      echo '  int n = 0;'
      i=0
      while [ $i -lt 200 ]; do
        echo "  $2" | sed "s/\\\$i/$i/g"
        i=$((i + 1))
      done
      echo '  return n + static_cast<int>(x);'
      echo '}'
      if [ -n "${3:-}" ]; then echo '} } }'; fi
    } >"$tmp/$1.cpp"
  }
  ops op_eq 'if (x == E::b) n += $i;'
  ops op_assign 'x = E::b; n += $i;'
  ops op_call 'if (same(x, E::b)) n += $i;'
  ops op_int 'n += $i;'
  zero=$(instructions "$tmp/op_int.cpp")
  for o in eq assign call; do
    n=$(instructions "$tmp/op_$o.cpp")
    printf '  an enumeration operand, per statement: %-7s %s k instructions\n' "$o" "$(((n - zero) / 200000))"
  done
  # The same inside the header's namespace, on one of its enumerations (flavour), after including
  # it: what such a statement costs where the header writes it; and a switch, for comparison.
  ops oph_eq 'if (x == flavour::f05) n += $i;' header
  ops oph_assign 'x = flavour::f05; n += $i;' header
  ops oph_call 'if (same_as(x, flavour::f05)) n += $i;' header
  ops oph_switch 'switch (x) { case flavour::f05: n += $i; break; default: break; }' header
  ops oph_int 'n += $i;' header
  zero=$(instructions "$tmp/oph_int.cpp")
  for o in eq assign call switch; do
    n=$(instructions "$tmp/oph_$o.cpp")
    printf '  the same in the header (flavour), per statement: %-7s %s k instructions\n' "$o" "$(((n - zero) / 200000))"
  done
fi
if [ -n "${TWEETVIEW_COMPILE_COST_FUNCTIONS:-}" ] && command -v valgrind >/dev/null 2>&1; then
  # What each function a TU emits costs the compiler at -O0, whatever its size: a TU of 200
  # one-line inline functions, each called once, less a TU of one (g++ sets up and runs its pass
  # pipeline for each function; at -O0 every small helper records() calls is one).
  fns() {  # fns N: a TU of N one-line inline functions and a function that calls each once
    {
      echo '#include <string_view>'
      i=1
      while [ $i -le "$1" ]; do echo "inline int f$i(int x) noexcept { return x + $i; }"; i=$((i + 1)); done
      echo 'int g(int x) {'
      echo '  int s = 0;'
      i=1
      while [ $i -le "$1" ]; do echo "  s += f$i(x);"; i=$((i + 1)); done
      echo '  return s;'
      echo '}'
    } >"$tmp/fns$1.cpp"
  }
  fns 1
  fns 200
  one=$(instructions "$tmp/fns1.cpp")
  many=$(instructions "$tmp/fns200.cpp")
  printf '  one emitted function (200 one-line inline functions, each called once, less one): %s k instructions\n' \
    "$(((many - one) / 199000))"
  if command -v nm >/dev/null 2>&1; then
    "$cxx" -std=c++17 -O0 $extra -I"$inc" -c "$tmp/tweetview.cpp" -o "$tmp/out.o"
    printf '  functions the tweetview.hpp TU emits (nm): %s\n' "$(nm "$tmp/out.o" | grep -c ' [TtWw] ')"
  fi
fi
