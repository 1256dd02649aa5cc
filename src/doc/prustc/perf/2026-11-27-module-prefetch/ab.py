#!/usr/bin/env python3
"""The module prefetch on and off, paired: a hand measurement.

Runs a prepared benchmark's check build (recorded by `./x.py bench` under
build/bench/work/<bench>/check/prustc/capture) with the stage1 prustc, in
rounds; in each round, for each configuration and thread count, one run
after the bench's pause (cold, as `./x.py bench` measures) and one at once
after it (warm). The configurations are `on` (the default) and `off`
(`PRUSTC_NO_MODULE_PREFETCH=1`, which parses every module file inside
expansion as upstream does). Prints per configuration, state and thread
count the median wall time, and the median of the per-round ratios off/on
(above 1: the prefetch is faster) and t1/t2 (the two-thread speedup).

usage: ab.py BENCH [--rounds 5] [--threads 1,2]

One compilation at a time; shares nothing. Run it on an idle machine.
"""

import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "2026-11-27-cold-memory"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "src", "tools"))

import cold  # noqa: E402
from prustc_bench import measure  # noqa: E402

CONFIGS = {"on": {}, "off": {"PRUSTC_NO_MODULE_PREFETCH": "1"}}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("bench")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--threads", default="1,2")
    a = p.parse_args()
    threads = [int(t) for t in a.threads.split(",")]
    walls = {}
    for r in range(a.rounds):
        for name, env in CONFIGS.items():
            for t in threads:
                time.sleep(measure.REPORTING_SETTLE_S)
                for state in ("cold", "warm"):
                    wall = cold.compile_once(a.bench, t, False, env)[0]
                    walls.setdefault((name, state, t), []).append(wall)
        print(f"round {r + 1} of {a.rounds}", file=sys.stderr)
    med = statistics.median
    print(f"== {a.bench}, {a.rounds} rounds, medians")
    for state in ("cold", "warm"):
        for t in threads:
            on, off = walls[("on", state, t)], walls[("off", state, t)]
            ratio = med([x / y for x, y in zip(off, on)])
            print(f"{state} t{t}: on {med(on):.3f} s  off {med(off):.3f} s  off/on {ratio:.3f}")
        if len(threads) > 1:
            t1, tn = threads[0], threads[-1]
            for name in CONFIGS:
                sp = med([x / y for x, y in zip(walls[(name, state, t1)], walls[(name, state, tn)])])
                print(f"{state} {name}: t{t1}/t{tn} {sp:.3f}x")


if __name__ == "__main__":
    main()
