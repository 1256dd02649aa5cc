#!/usr/bin/env python3
"""Two builds of the compiler, pass by pass: a hand measurement.

Runs the last recorded compilation of a prepared benchmark (`./x.py bench`
records it under build/bench/work/<bench>/check/prustc/capture) with each
compiler given, ROUNDS times, alternating their order from round to round,
after a 3 s pause each (the bench's state), with `-Z time-passes`; prints
each compiler's median wall time and the median of every pass of at least
10 ms. A compiler is named by its copied sysroot: NAME runs
build/tmp/stage1-NAME/bin/rustc.

usage: time-passes-ab.py BENCH THREADS ROUNDS NAME...

One compilation at a time; shares nothing. Run it on an idle machine.
"""
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

PASS = re.compile(r"time:\s+([0-9.]+);.*\s(\S+)$")


def main():
    bench, threads, rounds, names = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    capture = os.path.join(ROOT, "build/bench/work", bench, "check", "prustc", "capture")
    inv = measure.load_invocations(capture)[-1]
    passes = {n: collections.defaultdict(list) for n in names}
    walls = {n: [] for n in names}
    for r in range(rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            time.sleep(3)
            rustc = os.path.join(ROOT, "build/tmp", f"stage1-{name}", "bin", "rustc")
            start = time.perf_counter()
            proc = subprocess.run([rustc, *inv["args"], f"-Zthreads={threads}", "-Ztime-passes"],
                                  cwd=inv["cwd"], env=inv["env"], capture_output=True, text=True)
            walls[name].append(time.perf_counter() - start)
            for line in proc.stderr.splitlines():
                m = PASS.search(line)
                if m:
                    passes[name][m.group(2)].append(float(m.group(1)))
    for name in names:
        print(name, "wall", round(statistics.median(walls[name]), 3))
    first = passes[names[0]]
    for key in [k for k in first if statistics.median(first[k]) >= 0.01]:
        print(f"{key:35s}" + "".join(f"{statistics.median(passes[n][key]):9.3f}" for n in names))


if __name__ == "__main__":
    main()
