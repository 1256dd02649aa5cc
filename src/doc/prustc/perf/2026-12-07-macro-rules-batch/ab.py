#!/usr/bin/env python3
"""The `macro_rules!` batches on and off, paired: a hand measurement.

Runs a prepared benchmark's check build (recorded by `./x.py bench` under
build/bench/work/<bench>/check/prustc/capture) with the stage1 prustc, in
rounds. In each round, for each thread count, it runs the build with the
batches on (the default) and off (`PRUSTC_NO_MACRO_RULES_BATCH=1`), in
alternating order, each after the bench's pause (so in the cold state
`./x.py bench` measures) and with `-Z time-passes`. Prints, per thread
count, the medians of the wall time and of `expand_crate` and `total`,
on and off, and the medians of the per-round ratios off/on (above 1: the
batches are faster) and of the per-round speedups t1/t2.

usage: ab.py BENCH [--rounds 8] [--threads 1,2]

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

CONFIGS = {"on": {}, "off": {"PRUSTC_NO_MACRO_RULES_BATCH": "1"}}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("bench")
    p.add_argument("--rounds", type=int, default=8)
    p.add_argument("--threads", default="1,2")
    a = p.parse_args()
    threads = [int(t) for t in a.threads.split(",")]
    runs = {}
    for r in range(a.rounds):
        names = list(CONFIGS) if r % 2 == 0 else list(reversed(CONFIGS))
        for t in threads:
            for name in names:
                time.sleep(measure.default_pause())
                wall, _, _, _, passes = cold.compile_once(a.bench, t, True, CONFIGS[name])
                runs.setdefault((name, t), []).append(
                    {"wall": wall, "expand": passes.get("expand_crate", 0.0),
                     "total": passes.get("total", 0.0)})
        print(f"round {r + 1} of {a.rounds}", file=sys.stderr)
    med = statistics.median
    print(f"== {a.bench}, {a.rounds} rounds, cold, medians (s); off/on of per-round ratios")
    for t in threads:
        on, off = runs[("on", t)], runs[("off", t)]
        cells = []
        for key in ("wall", "expand", "total"):
            ratio = med(y[key] / x[key] for x, y in zip(on, off))
            cells.append(f"{key} on {med(x[key] for x in on):.3f} off {med(x[key] for x in off):.3f}"
                         f" off/on {ratio:.3f}")
        print(f"t{t}: " + "; ".join(cells))
    if len(threads) > 1:
        t1, tn = threads[0], threads[-1]
        for name in CONFIGS:
            sp = med(x["wall"] / y["wall"] for x, y in zip(runs[(name, t1)], runs[(name, tn)]))
            print(f"{name}: wall t{t1}/t{tn} {sp:.3f}x")


if __name__ == "__main__":
    main()
