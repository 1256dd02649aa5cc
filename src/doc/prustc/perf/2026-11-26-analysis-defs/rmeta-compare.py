#!/usr/bin/env python3
"""The `.rmeta` of one prepared benchmark's last check-mode compilation,
from a compiler before a change at one thread and from the compiler after
it at 1, 2 and 4 threads: hand check for ../2026-11-26-analysis-defs.md.

usage: rmeta-compare.py BENCH BEFORE_RUSTC AFTER_RUSTC

Prints the exit code and the MD5 of the `.rmeta` written by each run; every
line must show the same digest. Outputs go to a temporary directory.
"""

import glob
import hashlib
import os
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 5))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402


def run(inv, rustc, threads, out_dir):
    args = list(inv["args"])
    args[args.index("--out-dir") + 1] = out_dir
    proc = subprocess.run([rustc, *args, f"-Zthreads={threads}"], cwd=inv["cwd"], env=inv["env"],
                          capture_output=True)
    rmeta = sorted(glob.glob(os.path.join(out_dir, "*.rmeta")))
    digest = hashlib.md5(open(rmeta[0], "rb").read()).hexdigest() if rmeta else None
    return proc.returncode, digest


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    bench, before, after = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    capture = os.path.join(ROOT, "build", "bench", "work", bench, "check", "prustc", "capture")
    inv = measure.load_invocations(capture)[-1]
    with tempfile.TemporaryDirectory() as tmp:
        runs = [("before", before, 1)] + [("after", after, t) for t in (1, 2, 4)]
        for name, rustc, threads in runs:
            out_dir = os.path.join(tmp, f"{name}-{threads}")
            os.makedirs(out_dir)
            code, digest = run(inv, rustc, threads, out_dir)
            print(f"{bench} {name} -Zthreads={threads}: exit {code}, rmeta {digest}")


if __name__ == "__main__":
    main()
