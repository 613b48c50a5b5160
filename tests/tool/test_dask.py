"""tweetview on a real Dask cluster: a scheduler and two workers, separate processes on
127.0.0.1 only, running examples/dask/tweetview_dask.py. Checks that jsonl through the runner is
byte for byte one process's output (the real archive as one file and as its 165 monthly files),
that merged stats are stats of the whole input, that a failing task stops the run with a clear
error and no output, and that a worker killed mid-run (kill -9) is either made up for by Dask or
reported, never silently missing. Run by test_dask.sh with a python3 that has `distributed`.

usage: test_dask.py TOOL SOURCE_DIR SHARED_DIR
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

tool, src, shared = (os.path.abspath(p) for p in sys.argv[1:4])
python = sys.executable
runner = os.path.join(src, "examples", "dask", "tweetview_dask.py")
started = time.monotonic()
fails = passes = 0


def check(cond, what):
    global fails, passes
    if cond:
        passes += 1
    else:
        fails += 1
        print("FAIL: " + what, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


procs = []  # every process started, each in a session of its own


def start(argv, log):
    p = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    procs.append(p)
    return p


def stop_all():
    for p in procs:
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + 10
    for p in procs:
        try:
            p.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def one_process(args, cwd):
    return subprocess.run([tool] + args, cwd=cwd, capture_output=True, timeout=120)


def through_dask(args, cwd, parts=None, tool_path=None, timeout=120):
    argv = [python, runner, "--scheduler", address, "--tool", tool_path or tool, "--timeout", "100"]
    argv += ["--parts", str(parts)] if parts else []
    return subprocess.run(argv + args, cwd=cwd, capture_output=True, timeout=timeout)


def same(a, b, what):
    check(a.stdout == b.stdout and a.stderr == b.stderr and a.returncode == b.returncode,
          "%s: through Dask (status %d, %d bytes out) differs from one process (status %d, %d bytes out); "
          "runner's stderr: %s" % (what, b.returncode, len(b.stdout), a.returncode, len(a.stdout), b.stderr[:500]))


tmp = tempfile.mkdtemp(prefix="tweetview-dask-")
signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # ctest's timeout: clean up on the way out
try:
    # The inputs, relative to tmp (the runner's working directory, as on a shared filesystem):
    # the real archive as its monthly files and as one file, and a copy with bad records.
    archive = os.path.join(shared, "data", "ezyang-tweets")
    os.mkdir(os.path.join(tmp, "archive"))
    if os.path.isdir(archive):
        names = sorted(n for n in os.listdir(archive) if n.endswith(".md"))
        for n in names:
            shutil.copy(os.path.join(archive, n), os.path.join(tmp, "archive", n))
    else:
        print("shared data not found at %s: using the sample archive" % shared)
        names = ["part-%03d.md" % i for i in range(30)]
        for n in names:
            shutil.copy(os.path.join(src, "examples", "data", "sample.md"), os.path.join(tmp, "archive", n))
    with open(os.path.join(tmp, "all.md"), "wb") as out:
        for n in names:
            with open(os.path.join(tmp, "archive", n), "rb") as f:
                out.write(f.read())
    with open(os.path.join(tmp, "all.md"), "rb") as f:
        lines = f.read().split(b"\n")
    footers = [i for i, l in enumerate(lines) if l.startswith(b"(Originally on Twitter: [")]
    for i in footers[7::max(1, len(footers) // 9)]:  # nine bad years, all through the file
        lines[i] = lines[i].replace(b" 20", b" 2O", 1)
    with open(os.path.join(tmp, "bad.md"), "wb") as f:
        f.write(b"\n".join(lines))

    # The cluster: a scheduler and two workers, each a process of its own, on loopback only (the
    # dashboards too, on ports the system picks). --no-nanny: a worker is one process, so that
    # kill -9 kills it for good. The idle and death timeouts end them even if this test is killed.
    port = free_port()
    address = "tcp://127.0.0.1:%d" % port
    sched_log = open(os.path.join(tmp, "scheduler.log"), "wb")
    start([python, "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", str(port),
           "--dashboard-address", "127.0.0.1:0", "--idle-timeout", "300s"], sched_log)
    workers = {}
    from distributed import Client

    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            check(time.monotonic() < deadline, "the scheduler did not start within 60 s")
            if time.monotonic() >= deadline:
                raise SystemExit(1)
            time.sleep(0.3)
    for name in ("w1", "w2"):
        log = open(os.path.join(tmp, name + ".log"), "wb")
        workers[name] = start([python, "-m", "dask", "worker", address, "--host", "127.0.0.1", "--name", name,
                               "--nworkers", "1", "--nthreads", "1", "--no-nanny", "--death-timeout", "60",
                               "--dashboard-address", "127.0.0.1:0", "--local-directory", os.path.join(tmp, name)],
                              log)
    client = Client(address, timeout=60)
    client.wait_for_workers(2, timeout=90)
    print("cluster up after %.1f s" % (time.monotonic() - started), flush=True)

    # jsonl: the archive as one file (cut into --split ranges), and as its monthly files.
    same(one_process(["jsonl", "all.md"], tmp), through_dask(["jsonl", "--", "all.md"], tmp, parts=7),
         "jsonl, one file in 7 parts")
    same(one_process(["jsonl", "archive"], tmp), through_dask(["jsonl", "--", "archive"], tmp),
         "jsonl, %d files" % len(names))
    # stats: partials merged; with bad records (reported once, in order, exit status 1).
    same(one_process(["stats", "archive"], tmp), through_dask(["stats", "--", "archive"], tmp, parts=40),
         "stats, %d files" % len(names))
    whole = one_process(["stats", "--json", "--top", "5", "bad.md"], tmp)
    check(whole.returncode == 1 and whole.stderr.count(b": error: ") >= 5, "bad.md has no bad records")
    same(whole, through_dask(["stats", "--json", "--top", "5", "--", "bad.md"], tmp, parts=5),
         "stats --json, bad records, 5 parts")
    same(one_process(["check", "--entities", "bad.md"], tmp),
         through_dask(["check", "--entities", "--", "bad.md"], tmp, parts=4), "check, bad records, 4 parts")

    # A task that fails (its tool exits 2 on part 3, every time): the run stops, says which task
    # and what it said, exit 3, nothing on stdout.
    failing = os.path.join(tmp, "failing-tool")
    with open(failing, "w") as f:
        f.write('#!/bin/sh\ncase "$*" in *"--split 3/"*) echo "part 3 cannot be read" >&2; exit 2;; esac\n'
                'exec "%s" "$@"\n' % tool)
    os.chmod(failing, 0o755)
    r = through_dask(["jsonl", "--", "all.md"], tmp, parts=4, tool_path=failing)
    check(r.returncode == 3 and r.stdout == b"" and b"task 3 of 4" in r.stderr and b"part 3 cannot be read" in r.stderr,
          "a failing task: status %d, %d bytes out, stderr %s" % (r.returncode, len(r.stdout), r.stderr[:500]))

    # A worker killed (kill -9) while tasks run on it. Each task takes at least 0.3 s (a tool that
    # sleeps first), so with 40 parts the run lasts seconds; w1 is killed once it is running one.
    slow = os.path.join(tmp, "slow-tool")
    with open(slow, "w") as f:
        f.write('#!/bin/sh\nsleep 0.3\nexec "%s" "$@"\n' % tool)
    os.chmod(slow, 0o755)
    expected = one_process(["jsonl", "all.md"], tmp)
    argv = [python, runner, "--scheduler", address, "--tool", slow, "--parts", "40", "--timeout", "100",
            "jsonl", "--", "all.md"]
    with open(os.path.join(tmp, "kill.out"), "wb") as out, open(os.path.join(tmp, "kill.err"), "wb") as err:
        run = subprocess.Popen(argv, cwd=tmp, stdout=out, stderr=err)
        procs.append(run)
        w1 = [a for a, info in client.scheduler_info()["workers"].items() if info["name"] == "w1"][0]
        deadline = time.monotonic() + 60
        while not any(k.startswith("tweetview-jsonl") for k in client.processing().get(w1, ())):
            if time.monotonic() > deadline or run.poll() is not None:
                break
            time.sleep(0.05)
        on_w1 = sum(1 for k in client.processing().get(w1, ()) if k.startswith("tweetview-jsonl"))
        done = sum(1 for ks in client.has_what().values() for k in ks if k.startswith("tweetview-jsonl"))
        running = run.poll() is None
        os.kill(workers["w1"].pid, signal.SIGKILL)
        check(running, "the run ended before w1 was killed: nothing was tested")
        status = run.wait(timeout=150)
    workers["w1"].wait(timeout=10)
    with open(os.path.join(tmp, "kill.out"), "rb") as f:
        got = f.read()
    with open(os.path.join(tmp, "kill.err"), "rb") as f:
        said = f.read()
    check(len(client.scheduler_info()["workers"]) == 1, "the scheduler still counts two workers after the kill")
    print("killed w1 with %d of 40 tasks on it, %d done; the run ended with status %d" % (on_w1, done, status))
    # Dask's own log lines (a loaded machine makes it warn, e.g. of an unresponsive event loop) are
    # not the tool's: they are left out of the comparison.
    said = b"".join(l for l in said.splitlines(True) if b" - distributed." not in l)
    check((status == 0 and got == expected.stdout and said == expected.stderr) or
          (status != 0 and got == b"" and b"failed" in said),
          "after the kill: status %d, %d bytes out (whole: %d), stderr %s" % (status, len(got), len(expected.stdout),
                                                                               said[:500]))
    client.close()
finally:
    stop_all()
    if fails:
        for name in ("scheduler", "w1", "w2"):
            path = os.path.join(tmp, name + ".log")
            if os.path.exists(path):
                with open(path, "rb") as f:
                    print("---- %s.log (end)\n%s" % (name, f.read()[-1500:].decode("utf-8", "replace")))
    shutil.rmtree(tmp, ignore_errors=True)

print("%d passed, %d failed, %.0f s" % (passes, fails, time.monotonic() - started))
sys.exit(1 if fails else 0)
