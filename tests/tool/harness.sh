# Sourced by the tool tests (". harness.sh" from a test called as TEST TOOL SOURCE_DIR SHARED_DIR):
# the three arguments, a temporary directory removed on exit, and the pass/fail counters.
set -u
tool=$1 src=$2 shared=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
