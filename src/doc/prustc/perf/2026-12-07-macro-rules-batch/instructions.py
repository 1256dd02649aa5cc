#!/usr/bin/env python3
"""Instructions of a prepared benchmark's check build at one thread, with the
`macro_rules!` batches on and off, counted by valgrind's cachegrind (this
machine has no hardware counters; the count does not depend on what else
the machine does).

Runs the compilations `./x.py bench` recorded for BENCH (under
build/bench/work/<bench>/check/prustc/capture) with the stage1 prustc at
`-Z threads=1`, once with the batches on and once off
(`PRUSTC_NO_MACRO_RULES_BATCH=1`), and prints both counts and on / off.

usage: instructions.py BENCH...
"""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402

RUSTC = os.path.join(ROOT, "build/x86_64-unknown-linux-gnu/stage1/bin/rustc")
CONFIGS = {"on": {}, "off": {"PRUSTC_NO_MACRO_RULES_BATCH": "1"}}


def count(bench, env, tmp):
    capture = os.path.join(ROOT, "build/bench/work", bench, "check", "prustc", "capture")
    total = 0
    for n, inv in enumerate(measure.load_invocations(capture)):
        args = list(inv["args"])
        while "--out-dir" in args:
            i = args.index("--out-dir")
            del args[i : i + 2]
        out = os.path.join(tmp, f"cg.{n}")
        os.makedirs(os.path.join(tmp, "out"), exist_ok=True)
        subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
             RUSTC, *args, "-Zthreads=1", "--out-dir", os.path.join(tmp, "out")],
            cwd=inv["cwd"], env={**inv["env"], **env}, check=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        with open(out) as f:
            total += next(int(line.split()[1]) for line in f if line.startswith("summary:"))
    return total


def main():
    print(f"{'bench':<24} {'on':>15} {'off':>15} {'on/off':>8}")
    for bench in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            on, off = (count(bench, CONFIGS[name], tmp) for name in ("on", "off"))
        print(f"{bench:<24} {on:>15,} {off:>15,} {on / off:>8.4f}")


if __name__ == "__main__":
    main()
