#!/usr/bin/env python3
"""What the order of runs does to their system time: a hand measurement.

Runs a prepared benchmark's check build (`./x.py bench` records it under
build/bench/work/<bench>/check/<compiler>/capture) with prustc and the
baseline at one and two threads, ROUNDS rounds (after one unmeasured round),
in the order given, and prints each configuration's median wall, user and
system time. A configuration is p1, p2 (prustc at one and two threads), q1,
q2 (prustc with huge pages off, `MIMALLOC_ALLOW_THP=0`), b1, b2 (the
baseline); prefixed with `x` it runs unmeasured (a settling run), with `s`
after a 3 s pause (by then the kernel has reported the memory earlier runs
freed to the hypervisor).

usage: order.py BENCH ORDER ROUNDS
       order.py syn-2.0.101 p1,p2,b1,b2 5           # the bench's old order
       order.py syn-2.0.101 xp1,p1,p2,xb1,b1,b2 5   # with settling runs
       order.py syn-2.0.101 sp1,sp2,sb1,sb2 3       # every run after a pause

One compilation at a time; shares nothing.
"""

import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[".."] * 5))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402

RUSTC = {
    "prustc": os.path.join(ROOT, "build/x86_64-unknown-linux-gnu/stage1/bin/rustc"),
    "baseline": os.path.join(ROOT, "build/baseline/host/stage1/bin/rustc"),
}
CONFIGS = {
    "p1": ("prustc", 1, {}),
    "p2": ("prustc", 2, {}),
    "q1": ("prustc", 1, {"MIMALLOC_ALLOW_THP": "0"}),
    "q2": ("prustc", 2, {"MIMALLOC_ALLOW_THP": "0"}),
    "b1": ("baseline", 1, {}),
    "b2": ("baseline", 2, {}),
}


def run(bench, name):
    if name.startswith("s"):
        time.sleep(measure.REPORTING_SETTLE_S)
    compiler, threads, env = CONFIGS[name.lstrip("xs")]
    capture = os.path.join(ROOT, "build/bench/work", bench, "check", compiler, "capture")
    wall = user = system = 0.0
    for inv in measure.load_invocations(capture):
        args = [RUSTC[compiler], *inv["args"], f"-Zthreads={threads}"]
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=inv["cwd"], env={**inv["env"], **env},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        wall += time.perf_counter() - start
        user += usage.ru_utime
        system += usage.ru_stime
    return wall, user, system


def main():
    bench, order, rounds = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3])
    measured = {name.lstrip("s"): [] for name in order if not name.startswith("x")}
    for r in range(rounds + 1):
        for name in order:
            result = run(bench, name)
            if r > 0 and name.lstrip("s") in measured:
                measured[name.lstrip("s")].append(result)
    for name, results in measured.items():
        wall, user, system = (statistics.median(x[i] for x in results) for i in range(3))
        print(f"{name}  wall {wall:.3f}  user {user:.3f}  sys {system:.3f}")


if __name__ == "__main__":
    main()
