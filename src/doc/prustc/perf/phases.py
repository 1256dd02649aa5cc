#!/usr/bin/env python3
"""Where the second thread's time goes: a hand measurement for the reports
on the parallel front-end.

For one rustc-perf benchmark already prepared by `./x.py bench` (its
compilations recorded under build/bench/work/<bench>/check/<compiler>/),
re-runs the benchmark's own compilations at each thread count and prints:

- the wall and CPU time (user + system) of the process;
- with `-Z self-profile` (activities and query executions, not cache
  hits; see EVENTS), per phase, the wall time, the threads' busy time
  and the serial stretch (`phases/`, built with cargo on first use);
- with `--labels L1,L2,...`, those activity or query labels as the phases
  instead of the front-end's passes (`cgu_partitioning_place_items`, say);
- with `--units LABEL` (repeatable), each phase LABEL's longest units of
  work: a phase whose longest unit is near its wall time has a long pole;
- with `--timeline`, the driver thread's outermost activities in time order
  and the stretches in which it had none open;
- with `--cpu`, where the CPU time goes: `perf record` (software clock,
  no hardware counters needed) at each thread count, and the functions whose
  share grew most from the first thread count to the last;
- with `--kernel` (implies `--cpu`, recording kernel call chains too), the
  samples taken in the kernel by cause (see KERNEL_CAUSES): page faults,
  copy-on-write faults (whose TLB flush interrupts the other threads), futex
  waits, `mprotect`, `munmap`.

`--mode debug` measures the benchmark's debug build instead of its check
build.

usage: src/doc/prustc/perf/phases.py BENCH [--mode check] [--compiler prustc] [--threads 1,2]
           [--labels L1,L2] [--units LABEL] [--timeline] [--cpu] [--kernel]

Single-threaded; one compilation at a time. Run it on an idle machine.
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "src", "tools"))

from prustc_bench import measure  # noqa: E402

TARGET = os.path.join(ROOT, "build", "tmp", "profile-phases")
# Activities and query executions only. The default events also record
# every query cache hit into the profiler's one shared sink, which at two
# threads costs more than some phases' own work: with them, `misc_checking_3`
# looked slower at two threads than at one; without them it is 1.8x faster.
EVENTS = "generic-activity,query-provider"


def tool():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=os.path.join(HERE, "phases"),
                   env=dict(os.environ, CARGO_TARGET_DIR=TARGET), check=True)
    return os.path.join(TARGET, "release", "profile-phases")


def run(invocations, threads, extra=(), wrap=()):
    """Runs the compilations; returns (wall s, cpu s)."""
    wall = cpu = 0.0
    for inv in invocations:
        args = [*wrap, inv["rustc"], *inv["args"], *measure.thread_args(threads), *extra]
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=inv["cwd"], env=inv["env"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall += time.perf_counter() - start
        cpu += usage.ru_utime + usage.ru_stime
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"phases: {' '.join(args[:3])}... failed")
    return wall, cpu


# Kernel samples by cause: the first cause whose function appears in the
# sample's kernel call chain (`perf record -g`), in this order.
KERNEL_CAUSES = [
    ("copy-on-write fault", "do_wp_page"),
    ("page fault", "asm_exc_page_fault"),
    ("futex wait or wake", "futex"),
    ("mprotect", "mprotect"),
    ("munmap", "munmap"),
]


def kernel_causes(data):
    """Samples of `perf record -g` by where they ran: user space, or the
    kernel by cause (KERNEL_CAUSES, else "other kernel")."""
    out = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym,dso"], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True).stdout
    counts = collections.Counter()
    for sample in out.split("\n\n"):
        frames = sample.strip().splitlines()
        if not frames:
            continue
        if "kernel" not in frames[0]:
            counts["user space"] += 1
            continue
        chain = " ".join(frames)
        counts[next((cause for cause, fn in KERNEL_CAUSES if fn in chain), "other kernel")] += 1
    return counts


def symbols(data):
    """perf samples per function (hash suffixes dropped)."""
    out = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", "dso,symbol",
                          "--stdio", "-q", "-n"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True).stdout
    counts = collections.Counter()
    for line in out.splitlines():
        # "  1.23%  456  libfoo.so  [.] symbol"
        head, sep, sym = line.partition("] ")
        fields = head.split()
        if not sep or len(fields) < 2 or not fields[1].isdigit():
            continue
        sym = re.sub(r"\s+-\s+-\s*$", "", sym).strip()
        counts[re.sub(r"::h[0-9a-f]{16}", "", sym)] += int(fields[1])
    return counts


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("bench")
    p.add_argument("--mode", default="check", choices=["check", "debug"])
    p.add_argument("--compiler", default="prustc")
    p.add_argument("--labels", help="comma-separated labels to report instead of the front-end's passes")
    p.add_argument("--timeline", action="store_true",
                   help="also list the driver thread's outermost activities in time order")
    p.add_argument("--threads", default="1,2")
    p.add_argument("--units", action="append", default=[], metavar="LABEL",
                   help="also list the longest units of work inside phase LABEL")
    p.add_argument("--cpu", action="store_true", help="also profile CPU time with perf")
    p.add_argument("--kernel", action="store_true",
                   help="also group the kernel's samples by cause (implies --cpu)")
    args = p.parse_args()
    args.cpu = args.cpu or args.kernel
    capture = os.path.join(ROOT, "build", "bench", "work", args.bench, args.mode, args.compiler,
                           "capture")
    if not os.path.isdir(capture):
        raise SystemExit(f"phases: no {capture}; run "
                         f"`./x.py bench --bench {args.bench} --mode {args.mode}` first")
    labels = args.labels.split(",") if args.labels else []
    invocations = measure.load_invocations(capture)
    threads = args.threads.split(",")
    profile_phases = tool()
    samples = {}
    causes = {}
    with tempfile.TemporaryDirectory() as tmp:
        for t in threads:
            wall, cpu = run(invocations, t)
            print(f"== {args.bench}, {args.compiler}, -Z threads={t}: wall {wall:.3f} s, cpu {cpu:.3f} s")
            out = os.path.join(tmp, f"sp-{t}")
            os.makedirs(out)
            run(invocations, t, extra=[f"-Zself-profile={out}", f"-Zself-profile-events={EVENTS}"])
            for f in sorted(os.listdir(out)):
                subprocess.run([profile_phases, os.path.join(out, f), *labels], check=True)
                if args.timeline:
                    subprocess.run([profile_phases, "--timeline", os.path.join(out, f)], check=True)
                for label in args.units:
                    subprocess.run([profile_phases, "--units", label, os.path.join(out, f)],
                                   check=True)
            if args.cpu:
                data = os.path.join(tmp, f"perf-{t}.data")
                chains = ["-g"] if args.kernel else []
                run(invocations, t, wrap=["perf", "record", "-q", "-e", "cpu-clock", "-F", "4000",
                                          *chains, "-o", data, "--"])
                samples[t] = symbols(data)
                if args.kernel:
                    causes[t] = kernel_causes(data)
        if args.cpu:
            first, last = samples[threads[0]], samples[threads[-1]]
            total_first, total_last = sum(first.values()), sum(last.values())
            print(f"== CPU samples (4000/s): {total_first} at {threads[0]} thread(s), "
                  f"{total_last} at {threads[-1]}; the 25 functions that grew most")
            grown = sorted(set(first) | set(last), key=lambda s: first[s] - last[s])
            for sym in grown[:25]:
                print(f"{first[sym]:8d} {last[sym]:8d} {last[sym] - first[sym]:+7d}  {sym[:140]}")
        if args.kernel:
            print(f"== samples by cause (4000/s), at {' and '.join(threads)} thread(s)")
            for cause in ["user space", *(c for c, _ in KERNEL_CAUSES), "other kernel"]:
                print(f"{cause:22s}" + "".join(f"{causes[t][cause]:8d}" for t in threads))


if __name__ == "__main__":
    main()
