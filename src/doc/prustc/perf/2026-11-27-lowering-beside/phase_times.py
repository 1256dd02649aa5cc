#!/usr/bin/env python3
"""One phase's wall time, compiler against compiler: a hand measurement for
the report beside it.

Re-runs a benchmark's recorded check compilations (prepared by
`./x.py bench`, under build/bench/work/<bench>/check/prustc/capture) with
each compiler given, at each thread count, round after round (compilers
alternating), under `-Z self-profile` (activities and query executions), and
prints, per compiler and thread count, the duration of each LABEL (its
longest total on one thread, from `profile-phases --labels`) and the whole
compilation's wall time, all rounds and the median.

usage: phase_times.py [--rounds 5] [--threads 1,2] [--label hir_crate]... BENCH NAME=RUSTC...

One compilation at a time. Run it on an idle machine.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))
sys.path.insert(0, os.path.join(HERE, ".."))

from prustc_bench import measure  # noqa: E402
import phases  # noqa: E402


def label_seconds(tool, data, label):
    """The longest per-thread total of LABEL in one profile (its main thread's)."""
    out = subprocess.run([tool, "--labels", data], stdout=subprocess.PIPE, text=True,
                         env=dict(os.environ, TOP="100000"), check=True).stdout
    times = [float(line.split()[0]) for line in out.splitlines()[1:]
             if len(line.split()) >= 5 and line.split()[2] == label]
    return max(times) if times else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("bench")
    p.add_argument("compilers", nargs="+", metavar="NAME=RUSTC")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--threads", default="1,2")
    p.add_argument("--label", action="append", default=[])
    args = p.parse_args()
    labels = args.label or ["hir_crate"]
    tool = phases.tool()
    compilers = [c.split("=", 1) for c in args.compilers]
    threads = [int(t) for t in args.threads.split(",")]
    capture = os.path.join(ROOT, "build", "bench", "work", args.bench, "check", "prustc", "capture")
    invocations = measure.load_invocations(capture)
    results = {}
    for _ in range(args.rounds):
        for t in threads:
            for name, rustc in compilers:
                with tempfile.TemporaryDirectory() as out:
                    wall = 0.0
                    for inv in invocations:
                        inv = dict(inv, rustc=rustc)
                        wall += phases.run([inv], t, extra=[f"-Zself-profile={out}",
                                                            f"-Zself-profile-events={phases.EVENTS}"])[0]
                    results.setdefault((name, t, "wall"), []).append(wall)
                    data = [os.path.join(out, f) for f in os.listdir(out)
                            if f.endswith(".mm_profdata")]
                    for label in labels:
                        secs = [s for s in (label_seconds(tool, d, label) for d in data) if s]
                        results.setdefault((name, t, label), []).append(sum(secs))
    for (name, t, label), values in results.items():
        shown = " ".join(f"{v * 1000:.0f}" for v in values)
        print(f"{args.bench} {name} -Z threads={t} {label}: median "
              f"{statistics.median(values) * 1000:.0f} ms ({shown})")


if __name__ == "__main__":
    main()
