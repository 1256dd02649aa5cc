"""`./x.py bench phases`: where a compilation's time goes, pass by pass, at
one thread and at more: which passes the extra threads speed up, and which
stay serial.

Runs a benchmark's compilations with `-Z time-passes` at each thread count,
`--rounds` times, and reports for every pass the median of its seconds
(summed over the benchmark's compilations) at each count and the speedup
from the first count to the last; the whole process's wall time too.
Passes nest (`type_check_crate` holds `coherence_checking`, say), so the
rows do not add up to the total. Passes under 1% of the total at the
first thread count are left out unless `--all`. For example:

    ./x.py bench phases --bench syn-2.0.101 --threads 1,2
    ./x.py bench phases --threads 1,4 off=-Zparallel-expansion=none

Single-threaded: one compilation at a time, on an otherwise idle machine.
"""

import statistics
import time

from . import measure, variants

MIN_SHARE = 0.01
TIME_PASSES = "-Ztime-passes"


def table(samples, threads, every=False):
    """Rows (pass name, [median seconds per thread count]) from `samples`:
    {threads: [pass_times of one round, ...]}; "total" first, then by time
    at the first thread count, longest first."""
    medians = {}
    for i, t in enumerate(threads):
        for found in samples[t]:
            for name in found:
                medians.setdefault(name, [0.0] * len(threads))
        for name, cells in medians.items():
            cells[i] = statistics.median(found.get(name, 0.0) for found in samples[t])
    total = medians.get("total", [0.0])[0]
    rows = [(name, cells) for name, cells in medians.items()
            if every or name == "total" or cells[0] >= MIN_SHARE * total]
    rows.sort(key=lambda row: (row[0] != "total", -row[1][0]))
    return rows


def render(title, threads, rows, walls):
    first, last = threads[0], threads[-1]
    lines = [title, f"{'pass':40}" + "".join(f"{f'{t} thr. (s)':>14}" for t in threads)
             + f"{f'{first} -> {last}':>12}"]
    for name, cells in [("wall (process)", walls), *rows]:
        speedup = f"{cells[0] / cells[-1]:.2f}x" if cells[-1] else "-"
        lines.append(f"{name[:40]:40}" + "".join(f"{c:14.3f}" for c in cells) + f"{speedup:>12}")
    return "\n".join(lines)


def run(repo, args, run_once, log):
    """Measures every benchmark of `args`; returns (ok, report text).
    `run_once` is measure.run_once (a parameter, for the tests)."""
    variant = args.variant
    pairs = variants.select(args.bench, args.mode)
    invocations = variants.prepared(repo, [variant], pairs, log)
    shown = "every pass" if args.all else f"passes of at least {MIN_SHARE:.0%} of the total"
    reports = []
    for bench, mode in pairs:
        samples = {t: [] for t in args.threads}
        walls = {t: [] for t in args.threads}
        for _ in range(args.rounds):
            for t in args.threads:
                time.sleep(args.pause)
                result = run_once(invocations[(bench.name, mode, variant.name)], t,
                                  extra=(TIME_PASSES,))
                if result["exit"] != 0:
                    return False, (f"{bench.name} ({mode}) failed at -Z threads={t} "
                                   f"(exit {result['exit']}):\n{result.get('stderr', '')}")
                samples[t].append(measure.pass_times(result["output"]))
                walls[t].append(result["wall_s"])
        log(f"{bench.name} ({mode}) measured")
        title = (f"== {bench.name} ({mode}), {variant.describe()}; median of {args.rounds} "
                 f"round(s); {shown} at {args.threads[0]} thread(s)")
        rows = table(samples, args.threads, args.all)
        reports.append(render(title, args.threads, rows,
                              [statistics.median(walls[t]) for t in args.threads]))
    return True, "\n".join(reports) + "\n"
