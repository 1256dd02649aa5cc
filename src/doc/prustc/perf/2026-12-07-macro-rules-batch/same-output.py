#!/usr/bin/env python3
"""Whether the `macro_rules!` batches change a prepared benchmark's output.

Runs the check build of BENCH as `./x.py bench` recorded it (under
build/bench/work/<bench>/check/prustc/capture) with the stage1 prustc: with
the batches off (`PRUSTC_NO_MACRO_RULES_BATCH=1`) at one thread, and with
them on at every thread count given. The script compares every file a run
writes (the `.rmeta`, the dep-info) and its stdout and stderr (the JSON
diagnostics and artifact messages) with the first run's, byte for byte,
and prints one line per run: `same` or what differs.

usage: same-output.py BENCH [--threads 1,2,4,8]

One compilation at a time; shares nothing.
"""

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402

RUSTC = os.path.join(ROOT, "build/x86_64-unknown-linux-gnu/stage1/bin/rustc")
OFF = {"PRUSTC_NO_MACRO_RULES_BATCH": "1"}


def run(bench, threads, env, out_dir):
    """Compiles the benchmark's own crates into `out_dir`; returns their stdout and stderr."""
    capture = os.path.join(ROOT, "build/bench/work", bench, "check", "prustc", "capture")
    texts = []
    for inv in measure.load_invocations(capture):
        args = [a for a in inv["args"]]
        # Every output into our directory: drop the recorded ones.
        for flag in ("--out-dir", "-o"):
            while flag in args:
                i = args.index(flag)
                del args[i : i + 2]
        args = [a for a in args if not a.startswith("--out-dir=")]
        proc = subprocess.run(
            [RUSTC, *args, f"-Zthreads={threads}", "--out-dir", out_dir],
            cwd=inv["cwd"], env={**inv["env"], **env},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        texts.append(proc.stdout + proc.stderr)
    return b"".join(texts)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("bench")
    p.add_argument("--threads", default="1,2,4,8")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        runs = [("off, 1 thread", 1, OFF)]
        runs += [(f"on, {t} threads", int(t), {}) for t in a.threads.split(",")]
        first_dir, first_text = None, None
        for name, threads, env in runs:
            # Every run writes to the same path (it is in the artifact
            # messages and the dep-info); its files are moved aside after.
            work = os.path.join(tmp, "out")
            os.makedirs(work)
            text = run(a.bench, threads, env, work)
            out_dir = os.path.join(tmp, name.replace(", ", "-").replace(" ", ""))
            os.rename(work, out_dir)
            if first_dir is None:
                first_dir, first_text = out_dir, text
                files = sorted(os.listdir(out_dir))
                print(f"{a.bench}: {name}: the reference ({', '.join(files)})")
                continue
            names = sorted(set(os.listdir(first_dir)) | set(os.listdir(out_dir)))
            _, differ, missing = filecmp.cmpfiles(first_dir, out_dir, names, shallow=False)
            differ += missing
            if text != first_text:
                differ.append("stdout/stderr")
            print(f"{a.bench}: {name}: " + ("same" if not differ else "differs: " + ", ".join(differ)))


if __name__ == "__main__":
    main()
