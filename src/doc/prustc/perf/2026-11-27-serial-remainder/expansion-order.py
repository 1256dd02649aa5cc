#!/usr/bin/env python3
"""Does the numbering of expansions and syntax contexts reach the output?

With PRUSTC_PRE_EXPANSIONS=N the compiler creates N local expansions, and a
syntax context for each, before expansion starts (`rustc_interface`
patch), so every expansion and syntax context of the crate gets a number N
higher. Nothing refers to the extra ones. A front-end that created
expansions on several threads (lowering per owner, macro expansion) would
number them in another order than the serial compiler; this shifts the
numbers without changing anything else.

For each input this script compiles it once normally and once with the
variable, at each thread count of `--threads`, and compares the two
compilations' diagnostics (stderr) and emitted files (`.rmeta`, `.d`) byte
for byte, the output directory's name replaced (inputs and comparison as
in `../2026-11-27-cold-memory/symbol-order.py`, whose functions it uses). Where the `.rmeta`s
differ it prints how many bytes differ and the first differing offset.

Inputs: `bench:NAME` (a benchmark prepared by `./x.py bench`, its recorded
check build) or a `.rs` file (compiled as a library, metadata only, edition
2024; files that fail to compile are compared too).

usage: expansion-order.py [--threads 1,2] [--count 1000] INPUT...
exit status: 1 if any input's output differed
"""

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[".."] * 5))
# The inputs are compiled and compared as the symbol-order measurement does.
_spec = importlib.util.spec_from_file_location(
    "symbol_order", os.path.join(ROOT, "src/doc/prustc/perf/2026-11-27-cold-memory/symbol-order.py"))
symbol_order = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(symbol_order)
contents = symbol_order.contents

RUSTC = symbol_order.RUSTC
VAR = "PRUSTC_PRE_EXPANSIONS"


def compile_all(spec, threads, count):
    """The output of one configuration: a directory with stderr and files."""
    out = tempfile.mkdtemp(prefix="expnorder-")
    stderr = b""
    for args, cwd, env in symbol_order.invocations(spec, out)[1]:
        env = dict(env)
        env.pop(VAR, None)
        if count is not None:
            env[VAR] = str(count)
        proc = subprocess.run([RUSTC, *args, f"-Zthreads={threads}"], cwd=cwd, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stderr += proc.stdout + proc.stderr
    with open(os.path.join(out, "stderr"), "wb") as f:
        f.write(stderr)
    return out


def difference(a, b):
    """How two byte strings differ: sizes, differing bytes, first offset."""
    n = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
    first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"{len(a)} vs {len(b)} bytes, {n} differ, first at {first}"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--threads", default="1,2")
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("inputs", nargs="+")
    a = p.parse_args()
    differed = 0
    for spec in a.inputs:
        capture = os.path.join(ROOT, "build/bench/work", spec[6:], "check", "prustc", "capture")
        if spec.startswith("bench:") and not os.path.isdir(capture):
            print(f"skipped: {spec} has no recorded check build", flush=True)
            continue
        for threads in a.threads.split(","):
            plain = compile_all(spec, threads, None)
            moved = compile_all(spec, threads, a.count)
            names = sorted(os.listdir(plain))
            diffs = [n for n in names
                     if not os.path.exists(os.path.join(moved, n))
                     or contents(plain, n) != contents(moved, n)]
            same = names == sorted(os.listdir(moved)) and not diffs
            verdict = "same" if same else "DIFFERENT"
            print(f"{verdict}  threads={threads}  {spec}  ({', '.join(names)})", flush=True)
            for n in diffs:
                if os.path.exists(os.path.join(moved, n)):
                    print(f"  {n}: {difference(contents(plain, n), contents(moved, n))}")
            if same:
                shutil.rmtree(plain)
                shutil.rmtree(moved)
            else:
                differed += 1
                print(f"  kept: {plain} {moved}")
    return 1 if differed else 0


if __name__ == "__main__":
    sys.exit(main())
