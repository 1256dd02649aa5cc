#!/usr/bin/env python3
"""Where a compilation's wall time falls outside `-Z time-passes`' `total`.

Runs a prepared benchmark's check build (recorded by `./x.py bench` under
build/bench/work/<bench>/check/prustc/capture) with `lifetime.so` preloaded
and prints, per run: the wall time seen from outside, the time from exec to
the constructors (dynamic loading), from the constructors to the exit
handlers, from those to the process being reaped, and `total`.

usage: lifetime.py BENCH [--threads 1,2] [--rounds 3] [--cold]
  first: gcc -O2 -shared -fPIC -o build/tmp/lifetime.so src/doc/prustc/perf/2026-11-27-serial-remainder/lifetime.c
"""
import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, *[".."] * 5))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))
from prustc_bench import measure  # noqa: E402

RUSTC = os.path.join(ROOT, "build", "x86_64-unknown-linux-gnu", "stage1", "bin", "rustc")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("bench")
    p.add_argument("--threads", default="1,2")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--cold", action="store_true", help="pause as ./x.py bench does before each run")
    a = p.parse_args()
    capture = os.path.join(ROOT, "build/bench/work", a.bench, "check", "prustc", "capture")
    preload = os.path.join(ROOT, "build", "tmp", "lifetime.so")
    for t in a.threads.split(","):
        for _ in range(a.rounds):
            for inv in measure.load_invocations(capture):
                if a.cold:
                    time.sleep(measure.REPORTING_SETTLE_S)
                env = {**inv["env"], "LD_PRELOAD": preload}
                start = time.clock_gettime(time.CLOCK_MONOTONIC)
                proc = subprocess.run([RUSTC, *inv["args"], f"-Zthreads={t}", "-Ztime-passes"],
                                      cwd=inv["cwd"], env=env, capture_output=True, text=True)
                end = time.clock_gettime(time.CLOCK_MONOTONIC)
                m = re.search(r"ctor at ([\d.]+), atexit at ([\d.]+)", proc.stderr)
                total = re.search(r"time:\s+([\d.]+);.*\stotal$", proc.stderr, re.M)
                ctor, atexit = float(m.group(1)), float(m.group(2))
                print(f"threads {t}: wall {end - start:.3f}  to main {ctor - start:.3f}  "
                      f"body {atexit - ctor:.3f}  exit {end - atexit:.3f}  "
                      f"total {total.group(1) if total else '?'}")


if __name__ == "__main__":
    main()
