#!/usr/bin/env python3
"""Every ```cpp block of README.md is an excerpt of the file under examples/ that the README
names just before it ([`examples/X.cpp`](examples/X.cpp)): each of its lines, white space at the
ends aside, is a line of that file, in the file's order. A block that names no file fails.
And .ci/run's apt-get line (what CI runs) is the README's test command, word for word.
Usage: test_readme_snippets.py SOURCE_DIR"""
import os
import re
import sys

src = sys.argv[1]
readme = open(os.path.join(src, "README.md"), encoding="utf-8").read().split("\n")
passes = fails = 0
named = None
i = 0
while i < len(readme):
    m = re.search(r"\[`(examples/[^`]+\.cpp)`\]", readme[i])
    if m:
        named = m.group(1)
    if readme[i].strip() == "```cpp":
        start = i + 1
        j = start
        while readme[j].strip() != "```":
            j += 1
        block = [l.strip() for l in readme[start:j] if l.strip()]
        if named is None:
            print(f"FAIL: README.md:{start}: a C++ block that names no examples/ file")
            fails += 1
        else:
            lines = [l.strip() for l in open(os.path.join(src, named), encoding="utf-8").read().split("\n")]
            at = 0
            missing = None
            for b in block:
                try:
                    at = lines.index(b, at) + 1
                except ValueError:
                    missing = b
                    break
            if missing is None:
                passes += 1
            else:
                print(f"FAIL: README.md:{start}: not in {named} (or not in its order): {missing}")
                fails += 1
        named = None
        i = j
    i += 1
# CI runs exactly the README's test command: .ci/run's apt-get line is a line of README.md.
ci = [l.strip() for l in open(os.path.join(src, ".ci", "run"), encoding="utf-8") if l.startswith("apt-get ")]
if len(ci) == 1 and ci[0] in [l.strip() for l in readme]:
    passes += 1
else:
    print("FAIL: .ci/run's apt-get line is not the README's test command" if ci else "FAIL: no apt-get line in .ci/run")
    fails += 1
print(f"{passes} passed, {fails} failed")
sys.exit(1 if fails or passes == 0 else 0)
