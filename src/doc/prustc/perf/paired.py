#!/usr/bin/env python3
"""Paired comparison of rustc builds on this noisy machine: a hand
measurement for the reports.

For benchmarks already prepared by `./x.py bench` (their compilations
recorded under build/bench/work/<bench>/check/<compiler>/capture), re-runs
each benchmark's own compilations with every compiler given, at one and two
threads, round after round. Within a round the compilers run back to back at
one thread count, so that the machine's slow swings (whole-run times here vary
by 20% or more from minute to minute) hit them alike, in the order given in
even rounds and in reverse in odd ones; the ratios printed are
medians of the per-round ratios to the first compiler, for wall and CPU time,
beside each compiler's median and minimum wall time, the spread
((max - min) / median) and the largest resident set.

A compiler is NAME=RUSTC[:PRELOAD][@RECORDED]: PRELOAD, if given, is put in
LD_PRELOAD (a shared allocator such as mimalloc, to try an allocator on a
compiler that does not define `malloc` itself); RECORDED names whose recorded
compilations to re-run, which must be those of a compiler with the same
version string (a crate's dependencies must have been built by it): `dist`,
`nightly`, `baseline`. The default is `baseline` for the compiler named
`baseline` and `prustc` for every other.

With `--side-by-side`, runs instead the first compiler's compilation of each
benchmark at one thread alone and as two independent processes at once: how
much two compilations slow each other down on the machine's two cores, with
nothing shared between them in software.

Before every compilation (or pair of them) it pauses like `./x.py bench`
(`--pause`, default `measure.default_pause()`: 3 s where the kernel hands
freed memory back to a hypervisor, else 0), so that no run finds memory
that the runs before it left cold or warm; without the pause the order of
runs moved syn's speedup at two threads between 1.29x and 1.70x
(2026-11-27-module-parsing-and-cgus.md).

usage: src/doc/prustc/perf/paired.py [--rounds 9] [--pause S] BENCH[,BENCH] NAME=RUSTC[:PRELOAD][@RECORDED]...
       src/doc/prustc/perf/paired.py --side-by-side [--pause S] BENCH[,BENCH] NAME=RUSTC

One compilation at a time (two with --side-by-side). Run it on an idle machine.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402

THREADS = (1, 2)


def invocations(bench, recorded):
    capture = os.path.join(ROOT, "build", "bench", "work", bench, "check", recorded, "capture")
    if not os.path.isdir(capture):
        raise SystemExit(f"paired: no {capture}; run `./x.py bench --bench {bench} --mode check` first")
    return measure.load_invocations(capture)


def start(inv, rustc, preload, threads, out_dir=None):
    env = dict(inv["env"])
    if preload:
        env["LD_PRELOAD"] = preload
    args = list(inv["args"])
    if out_dir is not None and "--out-dir" in args:
        args[args.index("--out-dir") + 1] = out_dir
    return subprocess.Popen([rustc, *args, f"-Zthreads={threads}"], cwd=inv["cwd"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def finish(proc, what):
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"paired: {what} failed")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def run(invs, rustc, preload, threads):
    """One run of a benchmark's compilations: (wall s, cpu s, max RSS MiB)."""
    wall = cpu = 0.0
    rss = 0
    for inv in invs:
        t0 = time.perf_counter()
        c, r = finish(start(inv, rustc, preload, threads), rustc)
        wall += time.perf_counter() - t0
        cpu += c
        rss = max(rss, r)
    return wall, cpu, rss


def compare(benches, compilers, rounds, pause):
    for bench in benches:
        invs = {name: invocations(bench, recorded) for name, _, _, recorded in compilers}
        runs = {}
        for r in range(rounds):
            # Every other round in reverse order, so that running first or
            # second in a round (after another compilation, or after a
            # pause) favours no compiler.
            order = compilers if r % 2 == 0 else compilers[::-1]
            for t in THREADS:
                for name, rustc, preload, _ in order:
                    time.sleep(pause)
                    runs.setdefault((name, t), []).append(run(invs[name], rustc, preload, t))
        first = compilers[0][0]
        for name, _, _, _ in compilers:
            cells = []
            for t in THREADS:
                xs, base = runs[(name, t)], runs[(first, t)]
                walls = [x[0] for x in xs]
                med = statistics.median(walls)
                cells.append(
                    f"t{t} {med:.3f} s (min {min(walls):.3f}, ±{(max(walls) - min(walls)) / med * 100:.0f}%)"
                    f" cpu {statistics.median(x[1] for x in xs):.3f} s rss {max(x[2] for x in xs)} MiB"
                    f" /{first}: wall {statistics.median(x[0] / y[0] for x, y in zip(xs, base)):.3f}"
                    f" cpu {statistics.median(x[1] / y[1] for x, y in zip(xs, base)):.3f}")
            one, two = runs[(name, 1)], runs[(name, 2)]
            speedup = statistics.median(x[0] / y[0] for x, y in zip(one, two))
            print(f"{bench} {name}: " + " | ".join(cells) + f" | 2 threads: {speedup:.2f}x", flush=True)


def side_by_side(benches, compiler, rounds, pause):
    _, rustc, preload, recorded = compiler
    for bench in benches:
        inv = invocations(bench, recorded)[-1]
        with tempfile.TemporaryDirectory() as tmp:
            outs = [os.path.join(tmp, str(i)) for i in range(2)]
            for out in outs:
                os.makedirs(out)
            for _ in range(rounds):
                time.sleep(pause)
                t0 = time.perf_counter()
                finish(start(inv, rustc, preload, 1, outs[0]), rustc)
                alone = time.perf_counter() - t0
                time.sleep(pause)
                t0 = time.perf_counter()
                procs = [start(inv, rustc, preload, 1, out) for out in outs]
                for proc in procs:
                    finish(proc, rustc)
                pair = time.perf_counter() - t0
                print(f"{bench}: alone {alone:.3f} s, two at once {pair:.3f} s ({pair / alone:.2f}x)",
                      flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("benches", help="comma-separated benchmark names")
    p.add_argument("compilers", nargs="+", metavar="NAME=RUSTC[:PRELOAD][@RECORDED]")
    p.add_argument("--rounds", type=int, default=9)
    p.add_argument("--side-by-side", action="store_true")
    p.add_argument("--pause", type=float, default=None,
                   help="seconds to wait before each run (default: as ./x.py bench)")
    args = p.parse_args()
    pause = measure.default_pause() if args.pause is None else args.pause
    compilers = []
    for spec in args.compilers:
        name, sep, rest = spec.partition("=")
        if not sep:
            raise SystemExit(f"paired: {spec}: expected NAME=RUSTC[:PRELOAD][@RECORDED]")
        rest, _, recorded = rest.partition("@")
        rustc, _, preload = rest.partition(":")
        recorded = recorded or ("baseline" if name == "baseline" else "prustc")
        compilers.append((name, os.path.abspath(rustc), preload, recorded))
    benches = args.benches.split(",")
    if args.side_by_side:
        side_by_side(benches, compilers[0], args.rounds, pause)
    else:
        compare(benches, compilers, args.rounds, pause)


if __name__ == "__main__":
    main()
