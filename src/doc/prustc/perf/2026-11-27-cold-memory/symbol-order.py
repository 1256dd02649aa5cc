#!/usr/bin/env python3
"""Does the order in which symbols are interned reach the compiler's output?

With PRUSTC_PREINTERN_SYMBOLS=FILE the compiler interns every line of FILE
before it parses the crate (`rustc_interface` patch), so those symbols get
their indices in FILE's order. (The first measurement used a compiler with
the same hook under another name, `symbol-order.patch` in this directory,
before the hook became part of the compiler.)

For each input this script writes every identifier and lifetime of the
input's sources, in reverse order of first appearance, to a file (as the
determinism suite's reordered run does, `prustc_determinism.jobs`), compiles
the input once normally and once with that file, each time at one and at
two threads (`--threads`), and compares the two compilations' diagnostics
(stderr) and emitted files (`.rmeta`, `.d`), byte for byte once the
output directory's name is replaced. A symbol's index is its
`Ord`, so anything the compiler sorts or hashes by `Symbol` rather than by
its string would come out differently.

Inputs: `bench:NAME` (a benchmark prepared by `./x.py bench`, its recorded
check build) or a `.rs` file (compiled as a library, metadata only, edition
2024; files that fail to compile are compared too).

usage: symbol-order.py [--threads 1,2] INPUT...
exit status: 1 if any input's output differed
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[".."] * 5))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402
from prustc_determinism.jobs import SYMBOL_ORDER_VAR, reversed_words  # noqa: E402

RUSTC = os.path.join(ROOT, "build/x86_64-unknown-linux-gnu/stage1/bin/rustc")


def invocations(spec, out):
    """(sources, [(args, cwd, env)]) for one input, writing into `out`."""
    if spec.startswith("bench:"):
        capture = os.path.join(ROOT, "build/bench/work", spec[6:], "check", "prustc", "capture")
        runs = []
        sources = []
        for inv in measure.load_invocations(capture):
            args = list(inv["args"])
            args[args.index("--out-dir") + 1] = out
            runs.append((args, inv["cwd"], inv["env"]))
            sources += glob.glob(os.path.join(inv["cwd"], "**", "*.rs"), recursive=True)
        return sorted(sources), runs
    args = [spec, "--crate-type=lib", "--emit=metadata,dep-info", "--edition=2024",
            "--error-format=json", "--out-dir", out]
    return [spec], [(args, os.getcwd(), dict(os.environ))]


def compile_all(spec, threads, words):
    """The output of one configuration: a directory with stderr and files."""
    out = tempfile.mkdtemp(prefix="symorder-")
    sources, runs = invocations(spec, out)
    stderr = b""
    for args, cwd, env in runs:
        env = dict(env)
        env.pop(SYMBOL_ORDER_VAR, None)
        if words is not None:
            env[SYMBOL_ORDER_VAR] = words
        proc = subprocess.run([RUSTC, *args, f"-Zthreads={threads}"], cwd=cwd, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stderr += proc.stdout + proc.stderr
    with open(os.path.join(out, "stderr"), "wb") as f:
        f.write(stderr)
    return out, sources


def contents(out, name):
    """A file of one configuration's output, its own directory's name
    (which the dep-info and the artifact messages mention) replaced."""
    with open(os.path.join(out, name), "rb") as f:
        return f.read().replace(out.encode(), b"OUT")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--threads", default="1,2")
    p.add_argument("inputs", nargs="+")
    a = p.parse_args()
    differed = 0
    for spec in a.inputs:
        if spec.startswith("bench:") and not os.path.isdir(
                os.path.join(ROOT, "build/bench/work", spec[6:], "check", "prustc", "capture")):
            print(f"skipped: {spec} has no recorded check build", flush=True)
            continue
        for threads in a.threads.split(","):
            plain, sources = compile_all(spec, threads, None)
            words = os.path.join(plain, "words")
            with open(words, "wb") as f:
                f.write(reversed_words(sources))
            moved, _ = compile_all(spec, threads, words)
            names = sorted(n for n in os.listdir(plain) if n != "words")
            same = names == sorted(os.listdir(moved)) and all(
                contents(plain, n) == contents(moved, n) for n in names)
            with open(words, "rb") as f:
                count = f.read().count(b"\n")
            verdict = "same" if same else "DIFFERENT"
            print(f"{verdict}  threads={threads}  {count} symbols moved  {spec}  ({', '.join(names)})",
                  flush=True)
            if same:
                shutil.rmtree(plain)
                shutil.rmtree(moved)
            else:
                differed += 1
                print(f"  kept: {plain} {moved}")
    return 1 if differed else 0


if __name__ == "__main__":
    sys.exit(main())
