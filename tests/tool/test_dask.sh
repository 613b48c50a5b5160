#!/bin/sh
# tweetview on a real Dask cluster (test_dask.py): skipped (status 77) where no python3 has the
# `distributed` package (Debian: python3-distributed python3-dask).
tool=$1 src=$2 shared=$3
for py in /usr/bin/python3 python3; do
  if "$py" -c 'import distributed' >/dev/null 2>&1; then
    # SIGTERM after 420 s: the test stops its scheduler and workers on the way out.
    exec timeout -s TERM 420 "$py" "$src/tests/tool/test_dask.py" "$tool" "$src" "$shared"
  fi
done
echo "no python3 with the distributed package (apt-get install python3-distributed python3-dask): skipped"
exit 77
