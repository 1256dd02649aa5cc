#!/usr/bin/env python3
"""Page faults, user and system time of one prepared benchmark's compilations
(check mode, `-Z threads=1` unless `--threads` says otherwise), per
compiler: hand measurement for ../2026-11-26-lazy-zeroed.md and
../2026-11-27-interner-capacity.md.

usage: faults.py [--runs 30] [--threads 1] BENCH NAME=RUSTC[@RECORDED]...

RECORDED names whose recorded compilations to re-run (default `prustc`,
`baseline` for the compiler named `baseline`), as in paired.py. The
compilers take turns, one run each, `--runs` times; printed per compiler:
the median wall time of a run, and the mean user time, system time and minor
page faults (from `wait4`).
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 5))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=30)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("bench")
    p.add_argument("compilers", nargs="+")
    args = p.parse_args()
    compilers = []
    for spec in args.compilers:
        name, _, rest = spec.partition("=")
        rustc, _, recorded = rest.partition("@")
        recorded = recorded or ("baseline" if name == "baseline" else "prustc")
        capture = os.path.join(ROOT, "build", "bench", "work", args.bench, "check", recorded, "capture")
        compilers.append((name, os.path.abspath(rustc), measure.load_invocations(capture)))
    stats = {name: [] for name, _, _ in compilers}
    for _ in range(args.runs):
        for name, rustc, invs in compilers:
            wall = user = system = faults = 0.0
            for inv in invs:
                t0 = time.perf_counter()
                proc = subprocess.Popen([rustc, *inv["args"], f"-Zthreads={args.threads}"], cwd=inv["cwd"], env=inv["env"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(proc.pid, 0)
                if os.waitstatus_to_exitcode(status) != 0:
                    raise SystemExit(f"faults: {name} failed")
                wall += time.perf_counter() - t0
                user += usage.ru_utime
                system += usage.ru_stime
                faults += usage.ru_minflt
            stats[name].append((wall, user, system, faults))
    for name, runs in stats.items():
        print(f"{args.bench} {name}: wall {statistics.median(r[0] for r in runs) * 1000:.1f} ms"
              f" user {statistics.mean(r[1] for r in runs) * 1000:.1f} ms"
              f" sys {statistics.mean(r[2] for r in runs) * 1000:.1f} ms"
              f" minor faults {statistics.mean(r[3] for r in runs):.0f}")


if __name__ == "__main__":
    main()
