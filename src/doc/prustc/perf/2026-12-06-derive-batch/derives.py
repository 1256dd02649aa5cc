#!/usr/bin/env python3
"""Proc-macro derives side by side, on and off, paired: a hand measurement.

Generates a library of 240 items (192 structs, 48 enums), each deriving
`Serialize, Deserialize, Debug, Clone, PartialEq` with serde 1.0.219, in
build/derive-batch/, checks it once with cargo and the stage1 prustc (which
builds serde and serde_derive with prustc, as a proc macro must be), and
takes the check of the library itself from cargo's `-v` output. Then, in
rounds, runs that check with the derive batches on (the default) and off
(`PRUSTC_NO_PROC_MACRO_BATCH=1`; `PRUSTC_NO_DERIVE_BATCH` when this report
was measured) at each thread count, in an order that rotates
from round to round, and prints the median wall time per configuration and
the medians of the per-round ratios: off/on (above 1: the batches are
faster) and t1/t(N) (the speedup), for the whole run and for `-Z
time-passes`' `expand_crate`, where the derives run. It also checks that
the `.rmeta` and the standard error are the same bytes at every thread
count.

usage: derives.py [--rounds 7] [--threads 1,2]

One compilation at a time; shares nothing. Run it on an idle machine.
"""

import argparse
import hashlib
import os
import shlex
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[".."] * 5))
RUSTC = os.path.join(ROOT, "build/x86_64-unknown-linux-gnu/stage1/bin/rustc")
WORK = os.path.join(ROOT, "build/derive-batch")
OFF = {"PRUSTC_NO_PROC_MACRO_BATCH": "1"}
TYPES = ["u8", "u32", "i64", "String", "Vec<u16>", "Option<String>", "bool", "f64"]
DERIVES = "#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]"


def library():
    """The library's source: 240 items with serde's derives and attributes."""
    out = ["use serde::{Deserialize, Serialize};", ""]
    for i in range(240):
        out.append(DERIVES)
        if i % 5 == 4:
            out.append(f"pub enum E{i} {{")
            for v in range(6):
                t = TYPES[(i + v) % len(TYPES)]
                out.append(
                    [f"    V{v},", f"    V{v}({t}),", f"    V{v} {{ a: {t}, #[serde(default)] b: u32 }},"][v % 3]
                )
        else:
            if i % 3 == 0:
                out.append('#[serde(rename_all = "camelCase")]')
            out.append(f"pub struct S{i} {{")
            for f in range(8):
                t = TYPES[(i * 3 + f) % len(TYPES)]
                if f == 2:
                    out.append('    #[serde(skip_serializing_if = "Option::is_none")]')
                    t = "Option<String>"
                out.append(f"    pub field_{f}: {t},")
        out.append("}")
        out.append("")
    return "\n".join(out)


def prepare(
    crate="derivebench", deps='serde = { version = "=1.0.219", features = ["derive"] }', source=None
):
    """Writes the crate (`library()` unless `source` is given), checks it
    with cargo, returns the library's rustc arguments."""
    os.makedirs(os.path.join(WORK, "src"), exist_ok=True)
    with open(os.path.join(WORK, "Cargo.toml"), "w") as f:
        f.write(
            f'[package]\nname = "{crate}"\nversion = "0.1.0"\nedition = "2021"\n\n'
            f"[dependencies]\n{deps}\n\n[workspace]\n"
        )
    with open(os.path.join(WORK, "src/lib.rs"), "w") as f:
        f.write(library() if source is None else source)
    env = dict(os.environ, RUSTC=RUSTC)
    subprocess.run(["cargo", "clean", "-p", crate], cwd=WORK, env=env, capture_output=True)
    out = subprocess.run(
        ["cargo", "check", "-v"], cwd=WORK, env=env, capture_output=True, text=True, check=True
    ).stderr
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("Running `") and f"--crate-name {crate}" in line:
            words = shlex.split(line[len("Running `"):-1])
            # cargo puts environment assignments before the compiler's path.
            while "=" in words[0]:
                words.pop(0)
            return words[1:]
    sys.exit("derives.py: cargo did not run the library's check")


def run(args, threads, env_extra, out_dir):
    """One check of the library; returns (wall s, expand_crate s, rmeta
    digest, stderr without the time-passes lines)."""
    os.makedirs(out_dir, exist_ok=True)
    # Drop cargo's output directory and incremental directory: each
    # configuration writes to its own directory, without incremental state.
    kept, i = [], 0
    while i < len(args):
        if args[i] == "--out-dir" or (args[i] == "-C" and args[i + 1].startswith("incremental=")):
            i += 2
            continue
        kept.append(args[i])
        i += 1
    args = kept
    cmd = [RUSTC, *args, f"-Zthreads={threads}", "-Ztime-passes", "--out-dir", out_dir]
    env = dict(os.environ, **env_extra)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=WORK, env=env, capture_output=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"derives.py: the check failed:\n{proc.stderr.decode()}")
    digest = hashlib.sha256()
    for name in sorted(os.listdir(out_dir)):
        if name.endswith(".rmeta"):
            with open(os.path.join(out_dir, name), "rb") as f:
                digest.update(f.read())
    expand, rest = None, []
    for line in proc.stderr.decode().splitlines(keepends=True):
        if line.startswith("time:"):
            if line.rstrip().endswith("\texpand_crate"):
                expand = float(line.split()[1].rstrip(";"))
        else:
            # cargo's JSON messages name the output directory.
            rest.append(line.replace(out_dir, "$OUT"))
    return wall, expand, digest.hexdigest(), "".join(rest)


def main(prepare=prepare):
    """Measures the library `prepare` writes (the attribute batch's report
    passes its own)."""
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--threads", default="1,2")
    a = p.parse_args()
    threads = [int(t) for t in a.threads.split(",")]
    args = prepare()
    configs = {"on": {}, "off": OFF}
    keys = [(c, t) for t in threads for c in configs]
    times = {k: [] for k in keys}
    expands = {k: [] for k in keys}
    outputs = {c: set() for c in configs}
    for r in range(a.rounds):
        order = keys[r % len(keys):] + keys[: r % len(keys)]
        for c, t in order:
            out_dir = os.path.join(WORK, "out", f"{c}-{t}")
            wall, expand, digest, stderr = run(args, t, configs[c], out_dir)
            times[(c, t)].append(wall)
            expands[(c, t)].append(expand)
            outputs[c].add((digest, stderr))
        print(f"round {r + 1}: " + ", ".join(f"{c}/{t} {times[(c, t)][-1]:.3f}" for c, t in keys))
    for c in configs:
        print(f"outputs (rmeta, stderr) of `{c}` identical at every thread count and round: {len(outputs[c]) == 1}")
    print(f"`on` and `off` give the same outputs: {outputs['on'] == outputs['off']}")
    print("\n| config | threads | median wall s | median `expand_crate` s |\n| --- | ---: | ---: | ---: |")
    for c, t in keys:
        print(f"| {c} | {t} | {statistics.median(times[(c, t)]):.3f} | {statistics.median(expands[(c, t)]):.3f} |")
    print("\n| ratio | wall, median of per-round ratios | `expand_crate`, same |\n| --- | ---: | ---: |")
    for t in threads:
        ratios = [off / on for off, on in zip(times[("off", t)], times[("on", t)])]
        eratios = [off / on for off, on in zip(expands[("off", t)], expands[("on", t)])]
        print(f"| off/on at {t} thread(s) | {statistics.median(ratios):.3f} | {statistics.median(eratios):.3f} |")
    for c in configs:
        for t in threads[1:]:
            ratios = [one / n for one, n in zip(times[(c, threads[0])], times[(c, t)])]
            eratios = [one / n for one, n in zip(expands[(c, threads[0])], expands[(c, t)])]
            print(f"| {c}: t{threads[0]}/t{t} | {statistics.median(ratios):.3f} | {statistics.median(eratios):.3f} |")


if __name__ == "__main__":
    main()
