#!/usr/bin/env python3
"""Per-pass wall time of one prepared benchmark's last compilation at one
thread, from `-Z time-passes`, for several compilers: hand measurement for
../2026-11-26-dist.md ("Fourth version").

usage: time-passes.py BENCH RUNS NAME=RUSTC@RECORDED...

RECORDED names whose recorded compilations (check mode) to re-run, as in
paired.py: `dist`, `nightly`, `baseline`, `prustc`. The compilers take turns,
one run each, RUNS times; printed: every pass that takes 10 ms or more with
some compiler, its median seconds per compiler (`-` where a compiler has
no such pass), and the second compiler's median over the first's.
"""

import collections
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 5))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402

PASS = re.compile(r"time:\s+([\d.]+);.*\s(\S+)$")


def main():
    if len(sys.argv) < 5:
        raise SystemExit(__doc__)
    bench, runs = sys.argv[1], int(sys.argv[2])
    compilers = []
    for spec in sys.argv[3:]:
        name, _, rest = spec.partition("=")
        rustc, _, recorded = rest.partition("@")
        capture = os.path.join(ROOT, "build", "bench", "work", bench, "check", recorded, "capture")
        compilers.append((name, os.path.abspath(rustc), measure.load_invocations(capture)[-1]))
    times = {name: collections.defaultdict(list) for name, _, _ in compilers}
    order = []
    for _ in range(runs):
        for name, rustc, inv in compilers:
            out = subprocess.run([rustc, *inv["args"], "-Zthreads=1", "-Ztime-passes"],
                                 cwd=inv["cwd"], env=inv["env"], capture_output=True, text=True)
            for line in out.stderr.splitlines():
                m = PASS.match(line)
                if m:
                    if m.group(2) not in order:
                        order.append(m.group(2))
                    times[name][m.group(2)].append(float(m.group(1)))
    names = [name for name, _, _ in compilers]
    print(f"{'pass':40s} " + " ".join(f"{n:>9s}" for n in names))
    for p in order:
        med = [statistics.median(times[n][p]) if times[n][p] else None for n in names]
        if max(m for m in med if m is not None) < 0.01:
            continue
        ratio = f"  {med[1] / med[0]:.2f}" if len(med) > 1 and med[0] and med[1] else ""
        cells = [f"{m:9.3f}" if m is not None else f"{'-':>9s}" for m in med]
        print(f"{p:40s} " + " ".join(cells) + ratio)


if __name__ == "__main__":
    main()
