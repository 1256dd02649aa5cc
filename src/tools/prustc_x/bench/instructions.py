"""`./x.py bench instructions`: how many instructions each variant executes
on the same compilations, at one thread by default: the measure of
single-thread overhead, which wall time on a noisy machine cannot resolve.

Counts user-space instructions with `perf stat` where the machine has
hardware counters, otherwise with valgrind's cachegrind (the compiler then
runs some fifty times slower; the count does not depend on what else the
machine does). The first variant is the reference; the report gives each
count and its ratio to the reference's, per benchmark. For example:

    ./x.py bench instructions A=baseline B=prustc
    ./x.py bench instructions A=-Zparallel-expansion=all B=-Zparallel-expansion=none

Single-threaded: one compilation at a time.
"""

import shutil
import statistics

from . import measure, variants


def counter(choice):
    """The counter to use: "perf" or "cachegrind"; exits if there is none."""
    if choice in ("auto", "perf") and measure.perf_stat_works():
        return "perf"
    if choice == "perf":
        raise SystemExit("prustc: error: `perf stat` cannot count instructions here "
                         "(no hardware counters?); use --counter cachegrind")
    if shutil.which("valgrind") is None:
        raise SystemExit("prustc: error: counting instructions needs valgrind here: "
                         "apt-get install valgrind")
    return "cachegrind"


def render(names, rows, how):
    """A table: one row per (benchmark title, {variant name: count})."""
    reference = names[0]
    header = f"{'benchmark':32}" + "".join(f"{n:>16}" for n in names) + "".join(
        f"{n + '/' + reference:>16}" for n in names[1:])
    lines = [f"instructions ({how})", header]
    for title, counts in rows:
        cells = "".join(f"{counts[n]:>16,}" for n in names)
        cells += "".join(f"{counts[n] / counts[reference]:>16.4f}" for n in names[1:])
        lines.append(f"{title:32}{cells}")
    return "\n".join(lines)


def run(repo, args, run_once, log):
    """Counts every benchmark of `args`; returns (ok, report text).
    `run_once` is measure.run_once (a parameter, for the tests)."""
    chosen = args.variants
    names = [v.name for v in chosen]
    how = counter(args.counter)
    pairs = variants.select(args.bench, args.mode)
    invocations = variants.prepared(repo, chosen, pairs, log)
    rows = []
    for bench, mode in pairs:
        counts = {}
        for name in names:
            found = []
            for _ in range(args.rounds):
                result = run_once(invocations[(bench.name, mode, name)], args.threads, counter=how)
                if result["exit"] != 0 or result["instructions"] is None:
                    return False, (f"{bench.name} ({mode}) with {name}: exit {result['exit']}, "
                                   f"no count\n{result.get('stderr', '')}")
                found.append(result["instructions"])
            counts[name] = round(statistics.median(found))
        log(f"{bench.name} ({mode}) counted")
        rows.append((f"{bench.name} ({mode})", counts))
    title = f"{how}, -Z threads={args.threads}, median of {args.rounds} run(s)"
    text = "\n".join(v.describe() for v in chosen) + "\n" + render(names, rows, title)
    return True, text + "\n"
