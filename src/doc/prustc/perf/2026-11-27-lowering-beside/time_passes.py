#!/usr/bin/env python3
"""Some `-Z time-passes` entries of a benchmark's recorded check compilation:
a hand measurement for the report beside it.

Runs the compilation recorded by `./x.py bench` (build/bench/work/<bench>/
check/prustc/capture) with RUSTC at each thread count, RUNS times, and prints
per run the seconds of each ENTRY and of `total`.

usage: time_passes.py [--runs 3] [--threads 1,2] BENCH RUSTC ENTRY...

One compilation at a time. Run it on an idle machine.
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("bench")
    p.add_argument("rustc")
    p.add_argument("entries", nargs="+")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--threads", default="1,2")
    args = p.parse_args()
    capture = os.path.join(ROOT, "build", "bench", "work", args.bench, "check", "prustc", "capture")
    invocations = measure.load_invocations(capture)
    for t in [int(t) for t in args.threads.split(",")]:
        for _ in range(args.runs):
            seconds = {}
            for inv in invocations:
                cmd = [args.rustc, *inv["args"], *measure.thread_args(t), "-Ztime-passes"]
                out = subprocess.run(cmd, cwd=inv["cwd"], env=inv["env"], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True).stdout
                for line in out.splitlines():
                    if line.startswith("time:"):
                        name = line.split()[-1]
                        value = float(line.split()[1].rstrip(";"))
                        seconds[name] = seconds.get(name, 0.0) + value
            shown = "  ".join(f"{e} {seconds.get(e, 0.0):.3f}" for e in [*args.entries, "total"])
            print(f"{args.bench} -Z threads={t}: {shown}")


if __name__ == "__main__":
    main()
