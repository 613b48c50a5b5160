#!/usr/bin/env python3
"""tweetview on a Dask cluster: the inputs cut into parts, one `tweetview` process a part.

usage: tweetview_dask.py --scheduler ADDRESS [--parts N] [--tool PATH] [--retries R]
                         [--timeout SECONDS] COMMAND [OPTIONS] -- FILE|DIR...

COMMAND is jsonl, grep, repair, convert (--to F05, F06 or B1), check or stats, with its options
as for the tool. The inputs (a directory means its *.md files, in the tool's order) are cut into
about N parts (default: the number of worker threads): a small file is one part, a big one gets
`--split I/K` parts in proportion to its size. Each part is a task that runs `tweetview COMMAND
OPTIONS [--split I/K] FILE` on a worker; the output is what one `tweetview COMMAND OPTIONS
INPUTS...` process gives, stdout, stderr and exit status:
  - jsonl, grep, repair, convert: the parts' outputs, in order (they concatenate);
  - stats: each part writes `stats --partial`, and `tweetview stats --merge` (run here) adds
    them up; --json and --top N are given to the merge;
  - check: the parts' summary lines added up (a split file counted once).
Nothing is written to stdout unless every task succeeded. A task whose tool exits with 2 or
more (an input it cannot read) or dies is retried R times (default 1), then the run stops with
exit status 3, naming the task and showing its stderr; a worker lost mid-task has its tasks run
again elsewhere by Dask (up to distributed.scheduler.allowed-failures times). Tasks are pure:
the same command on the same bytes, so running one twice is harmless.

The workers must see the inputs and the tool at the same paths as this machine (one machine, or
a shared filesystem mounted at the same place): a task runs in this process's working directory.
Needs Python 3 and `distributed` (Debian: python3-distributed, python3-dask).
"""

import argparse
import logging
import os
import re
import shutil
import subprocess
import sys

CONCATENATING = {"jsonl", "grep", "repair", "convert"}
CONVERT_CONCATENATING = {"F05", "F06", "B1"}  # flavours whose every record ends with its separator
EXIT_TASK_FAILED = 3


def die(message, status=2):
    sys.stderr.write("tweetview_dask: %s\n" % message)
    sys.exit(status)


def run_part(argv, cwd):
    """The task: one tweetview process. Returns (status, stdout, stderr) for status 0 (clean) or
    1 (bad records, reported on stderr); raises for anything else, so that Dask retries it."""
    done = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError("%s exited with status %d; its stderr:\n%s" % (
            " ".join(argv), done.returncode, done.stderr.decode("utf-8", "replace")))
    return done.returncode, done.stdout, done.stderr


def tool_inputs(operands):
    """The files the tool reads for these operands, in its order: a directory's *.md files, in its
    subdirectories too, each directory's entries in name (byte) order, hidden ones skipped."""
    out = []

    def walk(d, seen):
        st = os.stat(d)
        if (st.st_dev, st.st_ino) in seen:
            return
        seen.add((st.st_dev, st.st_ino))
        base = d if d.endswith("/") else d + "/"
        for name in sorted(os.listdir(os.fsencode(d))):
            if name.startswith(b"."):
                continue
            path = base + os.fsdecode(name)
            if os.path.isdir(path):
                walk(path, seen)
            elif name.endswith(b".md") and os.path.exists(path):
                out.append(path)

    for op in operands:
        if op == "-":
            die("stdin cannot be cut into parts; name files or directories")
        if os.path.isdir(op):
            walk(op, set())
        elif os.path.isfile(op):
            out.append(op)
        else:
            die("%s: not a file or directory" % op)
    return out


def plan(files, parts):
    """(file, index, count) for each task, in output order: about `parts` in all, a file's share
    in proportion to its size, at least one a file."""
    sizes = [os.path.getsize(f) if os.path.isfile(f) else 0 for f in files]
    total = sum(sizes)
    tasks = []
    for f, size in zip(files, sizes):
        count = max(1, round(size * parts / total)) if total else 1
        tasks += [(f, i, count) for i in range(1, count + 1)]
    return tasks


def sum_check_lines(lines, firsts):
    """check's summary lines of the parts, added up ("F files, T tweets, ..."); a file's count
    taken only from the first part of a split file."""
    total = None
    for line, first in zip(lines, firsts):
        fields = re.findall(r"(\d+) ([a-z]+)", line)
        if not fields or total is not None and [k for _, k in fields] != [k for k, _ in total]:
            die("a part's check summary is not understood: %r" % line, EXIT_TASK_FAILED)
        values = [int(v) if (k != "files" or first) else 0 for v, k in fields]
        total = [(k, a + b) for (k, a), b in zip(total or [(k, 0) for _, k in fields], values)]
    return ", ".join("%d %s" % (v, k) for k, v in total) + "\n"


def failed(what, why, outcome="no output written: the result would not be whole"):
    sys.stdout.flush()
    sys.stderr.write("tweetview_dask: %s failed: %s\ntweetview_dask: %s\n" % (what, why.rstrip("\n"), outcome))
    return EXIT_TASK_FAILED


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 usage="%(prog)s --scheduler ADDRESS [options] COMMAND [OPTIONS] -- FILE|DIR...")
    ap.add_argument("--scheduler", required=True, help="the Dask scheduler, e.g. tcp://10.0.0.1:8786")
    ap.add_argument("--parts", type=int, default=0, help="about how many tasks (default: the cluster's threads)")
    ap.add_argument("--tool", default="tweetview", help="the tweetview binary (the same path on every worker)")
    ap.add_argument("--retries", type=int, default=1, help="times a failed task is run again (default 1)")
    ap.add_argument("--timeout", type=float, default=None, help="seconds the whole run may take")
    ap.add_argument("command", nargs=argparse.REMAINDER, help="COMMAND [OPTIONS] -- FILE|DIR...")
    a = ap.parse_args()
    if "--" not in a.command or a.command.index("--") < 1 or not a.command[a.command.index("--") + 1:]:
        ap.error("give COMMAND [OPTIONS], then --, then the inputs")
    cut = a.command.index("--")
    cmd, options, operands = a.command[0], a.command[1:cut], a.command[cut + 1:]
    render = []  # stats: the options of the view, for the merge
    if cmd == "stats":
        rest = []
        i = 0
        while i < len(options):
            if options[i] == "--json":
                render.append(options[i])
            elif options[i] == "--top" and i + 1 < len(options):
                render += options[i:i + 2]
                i += 1
            else:
                rest.append(options[i])
            i += 1
        options = ["--partial"] + rest
    elif cmd == "convert" and not set(options) & CONVERT_CONCATENATING:
        ap.error("convert: only --to F05, F06 or B1 give outputs that join up (the others put separators "
                 "only between records)")
    elif cmd not in CONCATENATING | {"check"}:
        ap.error("COMMAND must be jsonl, grep, repair, convert, check or stats")
    if "--split" in options:
        ap.error("--split is the runner's to give")
    tool = shutil.which(a.tool)
    if not tool:
        ap.error("%s: not found" % a.tool)
    tool = os.path.abspath(tool)
    files = tool_inputs(operands)
    if not files:
        ap.error("no input files")

    from dask.base import tokenize  # imported late, so that --help works without Dask
    from distributed import Client, wait

    # stderr is the tool's: not asyncio's notes on the client's connections (a timed-out
    # heartbeat on a loaded machine, a worker gone), which say nothing of the result.
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)

    client = Client(a.scheduler, timeout=30)
    try:
        parts = a.parts or max(1, sum(client.nthreads().values()))
        tasks = plan(files, parts)
        cwd = os.getcwd()
        futures = []
        for n, (f, i, count) in enumerate(tasks):
            argv = [tool, cmd] + options + (["--split", "%d/%d" % (i, count)] if count > 1 else []) + ["--", f]
            # The key names the task and what it reads: the same bytes give the same result.
            st = os.stat(f)
            key = "tweetview-%s-%05d-%s" % (cmd, n + 1, tokenize(argv, cwd, st.st_size, st.st_mtime_ns))
            futures.append(client.submit(run_part, argv, cwd, key=key, pure=True, retries=a.retries))
        try:
            wait(futures, timeout=a.timeout)
        except Exception as e:  # the timeout
            return failed("the run", "did not end within --timeout %s s (%s)" % (a.timeout, type(e).__name__))
        for n, fut in enumerate(futures):
            if fut.status != "finished":
                try:
                    fut.result(timeout=10)
                    what = "status " + fut.status
                except Exception as e:  # the task's own error, KilledWorker, CancelledError, ...
                    what = "%s: %s" % (type(e).__name__, e)
                return failed("task %d of %d (%s, part %d/%d)" % ((n + 1, len(futures)) + tasks[n]), what)
        # Every part is done: the outputs, in order, fetched one at a time and released once
        # written (a result lost with a worker by now is computed again by Dask).
        status, firsts, summaries = 0, [], []
        merge = None
        if cmd == "stats":
            merge = subprocess.Popen([tool, "stats", "--merge"] + render + ["-"], stdin=subprocess.PIPE)
        try:
            for n, fut in enumerate(futures):
                code, out, err = fut.result(timeout=a.timeout)
                fut.release()
                status = max(status, code)
                if merge:
                    merge.stdin.write(out)
                    continue
                sys.stderr.buffer.write(err)
                if cmd == "check":
                    summaries.append(out.decode())
                    firsts.append(tasks[n][1] == 1)
                else:
                    sys.stdout.buffer.write(out)
        except Exception as e:
            if merge:
                merge.kill()  # never a merge of fewer partials
                merge.wait()
            return failed("fetching the output of task %d" % (n + 1), "%s: %s" % (type(e).__name__, e),
                          "the output written so far is incomplete")
        if merge:
            merge.stdin.close()
            return merge.wait()
        if cmd == "check":
            sys.stdout.write(sum_check_lines(summaries, firsts))
        return status
    finally:
        client.close()


if __name__ == "__main__":
    sys.exit(main())
