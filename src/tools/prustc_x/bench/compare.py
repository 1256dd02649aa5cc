"""`./x.py bench compare`: which of two or more variants of the same
compilation is faster, measured in interleaved pairs.

Each round runs every variant once at each thread count, back to back, so
that the machine's slow swings hit them alike; odd rounds run the variants
in reverse order, so that running first (after a pause, or after another
compilation) favours none. The first variant is the reference: for each
other one, the ratio of its wall time to the reference's is taken within
each round, and the report gives the median of these ratios with a 95%
confidence interval (distribution-free: order statistics of the ratios),
the ratio of the minima, and each variant's median and minimum wall time,
CPU time and peak memory. Given several thread counts, it also gives each
variant's speedup from the first count to the last, paired by round. For
example:

    ./x.py bench compare A=-Zparallel-expansion=all B=-Zparallel-expansion=none
    ./x.py bench compare --bench syn-2.0.101 --threads 1 \\
        before=build/tmp/stage1-before/bin/rustc after=prustc

Single-threaded: one compilation at a time, on an otherwise idle machine.
"""

import math
import statistics
import time

from . import variants

CONFIDENCE = 0.95


def schedule(names, threads, rounds):
    """Every run in execution order: (round, threads, variant name)."""
    order = []
    for r in range(rounds):
        for t in threads:
            order += [(r, t, name) for name in (names if r % 2 == 0 else names[::-1])]
    return order


def median_interval(values, confidence=CONFIDENCE):
    """(low, high) bounds of a `confidence` interval for the median of
    `values`, from their order statistics; None when there are too few
    values for that confidence (fewer than 6 at 95%)."""
    xs = sorted(values)
    n = len(xs)
    # The largest k whose interval [x_k, x_(n+1-k)] (1-based) misses the
    # median with probability at most 1 - confidence: P(Binomial(n, 1/2) < k)
    # on each side.
    tail = 0.0
    k = 0
    while k < n // 2:
        tail += math.comb(n, k) / 2 ** n
        if 2 * tail > 1 - confidence:
            break
        k += 1
    if k == 0:
        return None
    return xs[k - 1], xs[n - k]


def paired(runs, name, reference, threads, key="wall_s"):
    """Per-round ratios of `name`'s runs to `reference`'s at `threads`."""
    return [a[key] / b[key] for a, b in zip(runs[(name, threads)], runs[(reference, threads)])]


def render(title, names, threads, runs):
    """The report of one benchmark: `runs` maps (variant name, threads) to
    the measurements of every round, in round order."""
    reference = names[0]
    rounds = len(runs[(reference, threads[0])])
    lines = [f"== {title}, {rounds} rounds; ratios to {reference}, paired by round: "
             f"median [{CONFIDENCE:.0%} interval]"]
    for t in threads:
        lines.append(f"-Z threads={t}")
        for name in names:
            walls = [r["wall_s"] for r in runs[(name, t)]]
            cpu = statistics.median(r["cpu_s"] for r in runs[(name, t)])
            rss = max(r["maxrss_kib"] for r in runs[(name, t)]) >> 10
            line = (f"  {name:12} wall {statistics.median(walls):8.3f} s  min {min(walls):8.3f} s"
                    f"  cpu {cpu:8.3f} s  rss {rss:5} MiB")
            if name != reference:
                ratios = paired(runs, name, reference, t)
                ref_min = min(r["wall_s"] for r in runs[(reference, t)])
                line += (f"  {name}/{reference} {statistics.median(ratios):.3f} "
                         f"{interval_text(ratios)}  min/min {min(walls) / ref_min:.3f}")
            lines.append(line)
    if len(threads) > 1:
        first, last = threads[0], threads[-1]
        for name in names:
            speedups = [a["wall_s"] / b["wall_s"] for a, b in zip(runs[(name, first)],
                                                                  runs[(name, last)])]
            lines.append(f"  {name:12} speedup {first} -> {last} threads "
                         f"{statistics.median(speedups):.3f}x {interval_text(speedups)}")
    return "\n".join(lines)


def interval_text(values):
    bounds = median_interval(values)
    return f"[{bounds[0]:.3f}, {bounds[1]:.3f}]" if bounds else "[n/a: too few rounds]"


def run(repo, args, run_once, log):
    """Measures every benchmark of `args`; returns (ok, report text).
    `run_once` is measure.run_once (a parameter, for the tests)."""
    chosen = args.variants
    names = [v.name for v in chosen]
    pairs = variants.select(args.bench, args.mode)
    invocations = variants.prepared(repo, chosen, pairs, log)
    reports = [v.describe() for v in chosen]
    for bench, mode in pairs:
        runs = {}
        for r, t, name in schedule(names, args.threads, args.rounds):
            time.sleep(args.pause)
            result = run_once(invocations[(bench.name, mode, name)], t)
            if result["exit"] != 0:
                return False, (f"{bench.name} ({mode}) failed with {name} at -Z threads={t} "
                               f"(exit {result['exit']}):\n{result.get('stderr', '')}")
            runs.setdefault((name, t), []).append(result)
        log(f"{bench.name} ({mode}) measured")
        reports.append(render(f"{bench.name} ({mode})", names, args.threads, runs))
    return True, "\n".join(reports) + "\n"
