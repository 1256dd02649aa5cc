#!/usr/bin/env python3
"""A crate whose expansion is mostly `macro_rules!` output, with the
batches on and off: a hand measurement.

Writes a library of N invocations (default 300) of one `macro_rules!`
macro that expands to a struct and an impl of 30 methods with loops and
arithmetic, then checks it (`--emit=metadata`) with the stage1 prustc, in
rounds: in each round at one and two threads, with the batches on and off
(`PRUSTC_NO_MACRO_RULES_BATCH=1`), in alternating order, each after the
bench's pause and with `-Z time-passes`. Prints per thread count the
medians of `expand_crate` and `total`, on and off, and the medians of the
per-round ratios off/on (above 1: the batches are faster).

usage: synthetic.py [--rounds 8] [--invocations 300]

One compilation at a time. Run it on an idle machine.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402

RUSTC = os.path.join(ROOT, "build/x86_64-unknown-linux-gnu/stage1/bin/rustc")
CONFIGS = {"on": {}, "off": {"PRUSTC_NO_MACRO_RULES_BATCH": "1"}}
PASS = re.compile(r"time:\s+([0-9.]+);.*\s(\S+)$")


def source(invocations):
    methods = "\n".join(
        f"            pub fn m{i}(&self, x: u64) -> u64 {{\n"
        f"                let mut acc = self.value.wrapping_mul({i} + x);\n"
        f"                for k in 0..{i % 7 + 2} {{\n"
        f"                    acc = acc.rotate_left(k as u32) ^ (x + k as u64);\n"
        f"                }}\n"
        f"                if acc % 3 == 0 {{ acc / 3 }} else {{ acc.wrapping_add($seed) }}\n"
        f"            }}"
        for i in range(30)
    )
    head = (
        "#![allow(dead_code)]\n"
        "macro_rules! big {\n"
        "    ($name:ident, $seed:expr) => {\n"
        "        pub struct $name { pub value: u64 }\n"
        "        impl $name {\n"
        f"{methods}\n"
        "        }\n"
        "    };\n"
        "}\n"
    )
    return head + "".join(f"big!(S{n}, {n});\n" for n in range(invocations))


def compile_once(path, threads, env):
    out = subprocess.run(
        [RUSTC, "--crate-type", "lib", "--emit=metadata", f"-Zthreads={threads}", "-Ztime-passes",
         path, "-o", path + ".rmeta"],
        env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        check=True,
    ).stderr
    times = {}
    for line in out.splitlines():
        m = PASS.match(line)
        if m:
            times[m.group(2)] = float(m.group(1))
    return times


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=8)
    p.add_argument("--invocations", type=int, default=300)
    a = p.parse_args()
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.rs")
        with open(path, "w") as f:
            f.write(source(a.invocations))
        for r in range(a.rounds):
            names = list(CONFIGS) if r % 2 == 0 else list(reversed(CONFIGS))
            for t in (1, 2):
                for name in names:
                    time.sleep(measure.default_pause())
                    runs.setdefault((name, t), []).append(compile_once(path, t, CONFIGS[name]))
            print(f"round {r + 1} of {a.rounds}", file=sys.stderr)
    med = statistics.median
    print(f"== {a.invocations} invocations, {a.rounds} rounds, medians (s); off/on of per-round ratios")
    for t in (1, 2):
        on, off = runs[("on", t)], runs[("off", t)]
        cells = []
        for key in ("expand_crate", "total"):
            ratio = med(y[key] / x[key] for x, y in zip(on, off))
            cells.append(f"{key} on {med(x[key] for x in on):.3f} off {med(x[key] for x in off):.3f}"
                         f" off/on {ratio:.3f}")
        print(f"t{t}: " + "; ".join(cells))


if __name__ == "__main__":
    main()
