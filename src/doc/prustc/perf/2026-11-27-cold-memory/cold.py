#!/usr/bin/env python3
"""What cold memory costs a compilation, pass by pass: a hand measurement.

On this machine the kernel reports free memory to the hypervisor about 2 s
after it is freed (free page reporting); memory the compiler touches after
that is slow to get back. `./x.py bench` pauses before every run, so every
measured run starts in that state ("cold"). This script runs a prepared
benchmark's check build (`./x.py bench` records it under
build/bench/work/<bench>/check/prustc/capture) with prustc, ROUNDS times
at each thread count, in two states:

- cold: after a pause of `measure.REPORTING_SETTLE_S` (what the bench does);
- warm: at once after the cold run, so that it reuses the memory that run
  freed a moment before.

It prints, per state, the median wall, user and system time and peak
memory of the process and, with `--passes`, the median of every
`-Z time-passes` entry of at least 10 ms, with the difference cold - warm
(`-Z time-passes` then runs in both states; its own cost is small). `--env
VAR=VALUE` (repeatable) runs the compiler with that variable set, for
example `MIMALLOC_ALLOW_THP=0` for prustc without huge pages.

usage: cold.py BENCH [--threads 1,2] [--rounds 4] [--passes] [--env VAR=VALUE]

One compilation at a time; shares nothing. Run it on an idle machine.
"""

import argparse
import collections
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[".."] * 5))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402

RUSTC = os.path.join(ROOT, "build/x86_64-unknown-linux-gnu/stage1/bin/rustc")
PASS = re.compile(r"time:\s+([0-9.]+);.*\s(\S+)$")


def compile_once(bench, threads, passes, env):
    """One run of the benchmark's compilations: (wall, user, sys, rss MiB, {pass: s})."""
    capture = os.path.join(ROOT, "build/bench/work", bench, "check", "prustc", "capture")
    wall = user = system = 0.0
    rss = 0
    times = {}
    for inv in measure.load_invocations(capture):
        args = [RUSTC, *inv["args"], f"-Zthreads={threads}"]
        if passes:
            args.append("-Ztime-passes")
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=inv["cwd"], env={**inv["env"], **env},
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        stderr = proc.stderr.read()
        _, _, usage = os.wait4(proc.pid, 0)
        wall += time.perf_counter() - start
        user += usage.ru_utime
        system += usage.ru_stime
        rss = max(rss, usage.ru_maxrss // 1024)
        for line in stderr.splitlines():
            m = PASS.match(line)
            if m:
                times[m.group(2)] = times.get(m.group(2), 0.0) + float(m.group(1))
    return wall, user, system, rss, times


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("bench")
    p.add_argument("--threads", default="1,2")
    p.add_argument("--rounds", type=int, default=4)
    p.add_argument("--passes", action="store_true")
    p.add_argument("--env", action="append", default=[], metavar="VAR=VALUE")
    a = p.parse_args()
    env = dict(e.split("=", 1) for e in a.env)
    for threads in [int(t) for t in a.threads.split(",")]:
        runs = {"cold": [], "warm": []}
        for _ in range(a.rounds):
            time.sleep(measure.REPORTING_SETTLE_S)
            runs["cold"].append(compile_once(a.bench, threads, a.passes, env))
            runs["warm"].append(compile_once(a.bench, threads, a.passes, env))
        extra = " ".join(a.env)
        print(f"== {a.bench}, prustc {extra}, -Z threads={threads}, {a.rounds} rounds (medians)")
        for state, results in runs.items():
            wall, user, system = (statistics.median(r[i] for r in results) for i in range(3))
            rss = max(r[3] for r in results)
            walls = " ".join(f"{r[0]:.3f}" for r in results)
            print(f"{state}  wall {wall:.3f}  user {user:.3f}  sys {system:.3f}  rss {rss} MiB"
                  f"  (walls: {walls})")
        if a.passes:
            medians = collections.defaultdict(dict)
            for state, results in runs.items():
                names = set().union(*(r[4] for r in results))
                for name in names:
                    medians[name][state] = statistics.median(r[4].get(name, 0.0) for r in results)
            print(f"{'pass':<32} {'cold s':>8} {'warm s':>8} {'cold-warm':>10}")
            for name, m in medians.items():
                cold, warm = m.get("cold", 0.0), m.get("warm", 0.0)
                if max(cold, warm) >= 0.01:
                    print(f"{name:<32} {cold:8.3f} {warm:8.3f} {cold - warm:+10.3f}")


if __name__ == "__main__":
    main()
