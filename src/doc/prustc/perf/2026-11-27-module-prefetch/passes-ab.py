#!/usr/bin/env python3
"""The module prefetch on and off, pass by pass: a hand measurement.

Like ab.py (same configurations, same pause), but every run prints
`-Z time-passes`, and the script shows, per state and thread count, the
median of `prefetch_modules`, `expand_crate` (which contains it; with the
prefetch off, the module files are parsed inside it), `resolve_crate` and
`total` with the prefetch on and off. Rounds interleave the two
configurations, so both meet the same stretch of the machine.

usage: passes-ab.py BENCH [--rounds 5] [--threads 1,2] [--states cold,warm]

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

from ab import CONFIGS  # noqa: E402

PASSES = ["prefetch_modules", "expand_crate", "resolve_crate", "total"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("bench")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--threads", default="1,2")
    p.add_argument("--states", default="cold,warm")
    a = p.parse_args()
    threads = [int(t) for t in a.threads.split(",")]
    states = a.states.split(",")
    runs = {}
    for r in range(a.rounds):
        for t in threads:
            for name, env in CONFIGS.items():
                time.sleep(measure.REPORTING_SETTLE_S)
                for state in ("cold", "warm"):
                    if state not in states:
                        continue
                    passes = cold.compile_once(a.bench, t, True, env)[4]
                    runs.setdefault((state, t, name), []).append(passes)
        print(f"round {r + 1} of {a.rounds}", file=sys.stderr)
    print(f"== {a.bench}, {a.rounds} rounds, medians of -Z time-passes (s), on / off")
    print(f"{'':<10}" + "".join(f"{p:>26}" for p in PASSES))
    for state in states:
        for t in threads:
            cells = []
            for pass_name in PASSES:
                on, off = (
                    statistics.median(x.get(pass_name, 0.0) for x in runs[(state, t, name)])
                    for name in ("on", "off")
                )
                cells.append(f"{on:.3f} / {off:.3f}")
            print(f"{state + ' t' + str(t):<10}" + "".join(f"{c:>26}" for c in cells))


if __name__ == "__main__":
    main()
