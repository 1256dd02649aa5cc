"""`./x.py bench`: compile rustc-perf's benchmark crates with prustc, the
unmodified baseline and optionally the installed nightly, at several thread
counts, and report medians, spreads and ratios.

Order of work: every selected (benchmark, mode) is prepared once per
compiler (dependencies built by that compiler); then each is measured in
rounds: a warm-up of every configuration, then `--rounds` rounds in which
every configuration runs once, in the same order, so the compilers
interleave (A B A B ...) and a ratio taken within one round cancels the
machine's drift. Before every run it pauses (`--pause`) until the kernel has
handed the memory earlier runs freed back to the hypervisor, where it does
that (see `measure.default_pause`), so that every run starts from the same state of
memory. Then one `-Z time-passes` run per compiler at one thread and
at its default. Results go to a report directory (see report.py).

The measuring subcommands (`compare`, `phases`, `instructions`) live in
modules of their own; this module parses their options and runs them.
Single-threaded: one compilation at a time, on an otherwise idle machine.
"""

import argparse
import datetime
import os
import platform
import shlex
import subprocess
import sys
import time

from .. import prereqs
from ..cmdline import Parser
from ..paths import BUILD_COMMAND
from . import benchmarks, compare, instructions, measure, phases, prepare, report, variants

SUBCOMMANDS = {"compare": compare, "phases": phases, "instructions": instructions}


def compilers(repo, with_nightly, with_serial=False, with_dist=False, others=()):
    """name -> rustc path of every compiler to compare; refuses missing ones.
    `others`: (name, path) of further compilers (`--compiler NAME=PATH`)."""
    builds = ["prustc", "baseline"] + ["serial"] * with_serial + ["dist"] * with_dist
    found = {name: variants.built_rustc(repo, name) for name in builds}
    for name, path in others:
        if name in found or name == "nightly" or not name.replace("-", "").isalnum():
            raise SystemExit(f"prustc: error: --compiler {name}: the name is taken or not a plain word")
        found[name] = os.path.abspath(path)
    missing = [n for n, p in found.items() if not os.path.exists(p)]
    if missing:
        raise SystemExit(
            "prustc: error: cannot compare compilers that were not all built; missing: "
            + ", ".join(f"{n} (build it with `{BUILD_COMMAND[n]}`)" if n in builds
                        else f"{n} (no rustc at {found[n]})" for n in missing)
        )
    if with_nightly:
        found["nightly"] = variants.nightly_rustc()
    return found


def configurations(names, threads):
    """The (compiler, threads) configurations in display order.

    prustc at every requested count and its default; the serial-sync build
    at 1 (it runs on no more); the optimised build (`--dist`), compilers
    given with `--compiler`, the baseline and the nightly at the numeric
    counts up to 2 (upstream's default is 1 thread).
    """
    configs = []
    for t in threads:
        configs.append({"id": f"prustc/{t}", "compiler": "prustc", "threads": t})
    if "serial" in names:
        configs.append({"id": "serial/1", "compiler": "serial", "threads": "1"})
    known = ("prustc", "serial", "dist", "baseline", "nightly")
    extra = [n for n in names if n not in known]
    for other in ("dist", *extra, "baseline", "nightly"):
        if other in names:
            for t in threads:
                if t != "default" and int(t) <= 2:
                    configs.append({"id": f"{other}/{t}", "compiler": other, "threads": t})
    return configs


def schedule(pairs, configs, warmup, rounds):
    """Every measured run in execution order: (bench, mode, config, round).

    Warm-up runs have round None. Within a (bench, mode), a round runs every
    configuration once, in display order.
    """
    order = []
    for bench, mode in pairs:
        for r in [None] * warmup + list(range(rounds)):
            for config in configs:
                order.append((bench, mode, config, r))
    return order


def machine():
    cpus = len(os.sched_getaffinity(0))
    mem_kib = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    return {"cpus": cpus, "mem_gib": round(mem_kib / 2**20, 1), "kernel": platform.release(),
            "cpu_model": cpu_model()}


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def git_commit(repo):
    head = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"],
                           stdout=subprocess.PIPE, text=True).stdout.strip()
    return (head or "unknown") + ("-dirty" if dirty else "")


class Progress:
    """A one-line progress bar on a terminal; plain lines otherwise."""

    def __init__(self, total):
        self.total, self.done, self.tty = total, 0, sys.stderr.isatty()

    def step(self, label):
        self.done += 1
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "." * (width - filled)
        line = f"[{bar}] {self.done}/{self.total} {label}"
        if self.tty:
            sys.stderr.write("\r\x1b[2K" + line)
            if self.done == self.total:
                sys.stderr.write("\n")
        elif self.done == self.total or self.done % 10 == 0:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()


EPILOG = """\
Measuring subcommands (`./x.py bench <subcommand> --help`):
  compare A=<rustc or flags> B=<...>
                wall time of variants of the same compilations in interleaved
                pairs: the ratio with a confidence interval, the minima
  phases        per-pass times from -Z time-passes at one thread and at more
  instructions A=<...> B=<...>
                instructions executed (perf stat or cachegrind), for
                single-thread overhead"""


def parse_args(argv):
    p = Parser(prog="./x.py bench", description=__doc__.split("\n\n")[0], epilog=EPILOG)
    preset = p.add_mutually_exclusive_group()
    preset.add_argument("--quick", action="store_true", help="a few small crates, check mode (about 10 min here)")
    preset.add_argument("--full", action="store_true", help="every benchmark in every mode")
    p.add_argument("--bench", action="append", help="benchmark directory name (repeatable)")
    p.add_argument("--mode", action="append", choices=benchmarks.MODES, help="check, debug or opt (repeatable)")
    p.add_argument("--threads", type=thread_list, default=["1", "2", "4", "default"],
                   help="prustc thread counts (default: 1,2,4,default)")
    p.add_argument("--rounds", type=int, help="measured rounds (default 5; 1 with --instructions)")
    p.add_argument("--pause", type=float,
                   help="seconds to wait before each run (default 3 where the kernel reports free "
                        "memory to a hypervisor, else 0; 0 with --instructions)")
    p.add_argument("--warmup", type=int, help="warm-up rounds (default 1; 0 with --instructions)")
    p.add_argument("--nightly", action="store_true", help="also measure `rustup run nightly rustc`")
    p.add_argument("--serial", action="store_true",
                   help="also measure the serial-sync build (`./x.py build --serial`) at 1 thread")
    p.add_argument("--dist", action="store_true",
                   help="also measure the optimised build (`./x.py build --dist`) at 1 and 2 threads")
    p.add_argument("--compiler", action="append", default=[], metavar="NAME=PATH",
                   help="also measure the rustc at PATH, under NAME, at 1 and 2 threads (repeatable; "
                        "e.g. a copy of an earlier stage1 for a before/after comparison)")
    p.add_argument("--instructions", action="store_true",
                   help="count instructions with cachegrind (no hardware counters needed; "
                        "about 50x slower, so wall times are meaningless)")
    p.add_argument("--no-time-passes", action="store_true", help="skip the -Z time-passes runs")
    p.add_argument("--out", help="report directory (default build/bench/reports/<date>-<preset>)")
    p.add_argument("--list", action="store_true", help="list the benchmarks and presets, then stop")
    args = p.parse_args(argv)
    args.preset = "quick" if args.quick else "full" if args.full else "default"
    if args.rounds is None:
        args.rounds = 1 if args.instructions else 5
    if args.warmup is None:
        args.warmup = 0 if args.instructions else 1
    if args.pause is None:
        # cachegrind's counts do not depend on the state of the memory
        args.pause = 0.0 if args.instructions else measure.default_pause()
    if args.pause < 0:
        p.error("--pause must not be negative")
    args.others = []
    for spec in args.compiler:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            p.error(f"--compiler: {spec!r} is not NAME=PATH")
        args.others.append((name, path))
    if "1" not in args.threads:
        p.error("--threads must include 1: every speedup is relative to it")
    return args


def thread_list(text):
    """`1,2,default` as ["1", "2", "default"] (an argparse type)."""
    threads = [t.strip() for t in text.split(",") if t.strip()]
    for t in threads:
        if t != "default" and not (t.isdigit() and int(t) >= 1):
            raise argparse.ArgumentTypeError(f"{t!r} is neither a number >= 1 nor `default`")
    if not threads:
        raise argparse.ArgumentTypeError("no thread count")
    return threads


def at_least_one(text):
    """A whole number >= 1 (an argparse type)."""
    if not (text.isdigit() and int(text) >= 1):
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number >= 1")
    return int(text)


def variant(text):
    """A `NAME=SPEC` variant (an argparse type)."""
    try:
        return variants.parse(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e))


def subcommand_parser(name, rounds):
    """The options every measuring subcommand has; its help is its module's doc."""
    p = Parser(prog=f"./x.py bench {name}", description=SUBCOMMANDS[name].__doc__)
    quick = ", ".join(benchmarks.PRESETS["quick"]["benchmarks"])
    p.add_argument("--bench", action="append", metavar="NAME",
                   help=f"a rustc-perf benchmark (repeatable; default {quick})")
    p.add_argument("--mode", choices=benchmarks.MODES, default="check",
                   help="check, debug or opt (default check)")
    p.add_argument("--rounds", type=at_least_one, default=rounds, help=f"default {rounds}")
    return p


def add_variants(p):
    p.add_argument("variants", nargs="+", type=variant, metavar="NAME=SPEC",
                   help="the variants, the first the reference: NAME=[VAR=VALUE...] "
                        "[prustc|baseline|serial|dist|nightly|PATH] [FLAG...], e.g. "
                        "A=-Zparallel-expansion=all B=-Zparallel-expansion=none")


def add_timing(p):
    p.add_argument("--threads", type=thread_list, default=["1", "2"],
                   help="comma-separated thread counts, the first the reference (default 1,2)")
    p.add_argument("--pause", type=float,
                   help="seconds to wait before each run (default: as ./x.py bench)")


def parse_subcommand(name, argv):
    if name == "compare":
        p = subcommand_parser(name, rounds=10)
        add_variants(p)
        add_timing(p)
    elif name == "phases":
        p = subcommand_parser(name, rounds=3)
        p.add_argument("variant", nargs="?", type=variant, default=variant("prustc="),
                       metavar="NAME=SPEC", help="the compiler and its flags, written like a "
                                                 "compare variant (default: prustc)")
        p.add_argument("--all", action="store_true", help="list every pass, however short")
        add_timing(p)
    else:
        p = subcommand_parser(name, rounds=1)
        add_variants(p)
        p.add_argument("--threads", type=thread_list, default=["1"],
                       help="the thread count (default 1)")
        p.add_argument("--counter", choices=("auto", "perf", "cachegrind"), default="auto",
                       help="perf stat, cachegrind, or perf where it counts (default auto)")
    args = p.parse_args(argv)
    if name != "phases":
        names = [v.name for v in args.variants]
        if len(names) < 2 or len(set(names)) != len(names):
            p.error(f"give two or more variants with distinct names, not {', '.join(names)}")
    if name == "instructions":
        if len(args.threads) != 1:
            p.error("--threads: one thread count")
        args.threads = args.threads[0]
    else:
        if args.pause is None:
            args.pause = measure.default_pause()
        if args.pause < 0:
            p.error("--pause must not be negative")
    return args


def run_subcommand(repo, name, argv):
    args = parse_subcommand(name, argv)
    try:
        ok, text = SUBCOMMANDS[name].run(repo, args, measure.run_once, log)
    except (ValueError, prepare.PrepareError) as e:
        ok, text = False, f"prustc: error: {e}\n"
    (sys.stdout if ok else sys.stderr).write(text)
    return 0 if ok else 1


def log(msg):
    print(f"prustc: {msg}", file=sys.stderr, flush=True)


def main(repo, argv):
    if argv and argv[0] in SUBCOMMANDS:
        return run_subcommand(repo, argv[0], argv[1:])
    args = parse_args(argv)
    root = benchmarks.root(prereqs.UPSTREAM_DIR)
    if args.list:
        for name in benchmarks.available(root):
            print(name)
        for name, spec in benchmarks.PRESETS.items():
            print(f"preset {name}: {', '.join(spec['benchmarks'] or ['all'])} in {', '.join(spec['modes'])}")
        return 0
    try:
        pairs = benchmarks.select(root, args.preset, args.bench, args.mode)
    except ValueError as e:
        print(f"prustc: error: {e}", file=sys.stderr)
        return 2
    rustcs = compilers(repo, args.nightly, args.serial, args.dist, args.others)
    configs = configurations(rustcs, args.threads)
    cargo = prereqs.stage0()[1]
    bench_root = os.path.join(repo, "build", "bench")

    invocations = {}
    skipped = []
    for bench, mode in list(pairs):
        try:
            for name, rustc in rustcs.items():
                capture = prepare.prepare(bench_root, bench, mode, name, rustc, cargo, log)
                invocations[(bench.name, mode, name)] = measure.load_invocations(capture)
        except prepare.PrepareError as e:
            # One benchmark that cannot be built (a git dependency on this
            # offline machine, say) does not stop the others.
            log(f"skipping: {e}")
            skipped.append(f"{bench.name} ({mode}): {str(e).splitlines()[0]}")
            pairs.remove((bench, mode))
    if not pairs:
        print("prustc: error: no benchmark could be prepared", file=sys.stderr)
        return 1

    prereqs.ensure_optional("librsvg2-bin", "rsvg-convert", log)  # PNG copies of the plots
    if args.instructions:
        if not prereqs.ensure_optional("valgrind", "valgrind", log):
            print("prustc: error: --instructions needs valgrind (apt-get install valgrind)",
                  file=sys.stderr)
            return 1
        counter = "cachegrind"
    else:
        counter = "perf" if measure.perf_stat_works() else None
    order = schedule(pairs, configs, args.warmup, args.rounds)
    progress = Progress(len(order))
    runs = []
    if args.pause:
        log(f"pausing {args.pause:g} s before each run (--pause)")
    for bench, mode, config, rnd in order:
        invs = invocations[(bench.name, mode, config["compiler"])]
        time.sleep(args.pause)
        result = measure.run_once(invs, config["threads"], counter=counter)
        progress.step(f"{bench.name} {mode} {config['id']}" + (" (warm-up)" if rnd is None else ""))
        if result["exit"] != 0:
            log(f"{bench.name} {mode} {config['id']} failed (exit {result['exit']}):\n{result.get('stderr', '')}")
        if rnd is None:
            continue
        runs.append({"bench": bench.name, "mode": mode, "config": config["id"], "round": rnd,
                     "wall_s": round(result["wall_s"], 6), "cpu_s": round(result["cpu_s"], 6),
                     "maxrss_kib": result["maxrss_kib"], "instructions": result["instructions"],
                     "exit": result["exit"]})

    passes = []
    if not args.no_time_passes:
        for bench, mode in pairs:
            for config in filter(profiled, configs):
                invs = invocations[(bench.name, mode, config["compiler"])]
                found, total = measure.time_passes(invs, config["threads"])
                if total is not None:
                    passes.append({"bench": bench.name, "mode": mode, "config": config["id"],
                                   "passes": found, "total_s": total})

    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    results = {
        "meta": {
            "date": now.isoformat().replace("+00:00", "Z"),
            "command": "./x.py bench " + " ".join(shlex.quote(a) for a in argv),
            "machine": machine(),
            "compilers": {n: first_line_version(p) for n, p in rustcs.items()},
            "patches_commit": git_commit(repo),
            "instruction_counter": counter,
            "rounds": args.rounds,
            "warmup": args.warmup,
            "pause_s": args.pause,
            "preset": args.preset,
            "skipped": skipped,
        },
        "configs": configs,
        "runs": runs,
        "time_passes": passes,
    }
    out = args.out or os.path.join(bench_root, "reports", f"{now:%Y-%m-%d-%H%M}-{args.preset}")
    rows = report.summarize(results)
    print(report.terminal_table(results, rows))
    written = report.write_report(results, out)
    log(f"report: {out} ({len(written)} files)")
    return 1 if skipped or any(r["exit"] != 0 for r in runs) else 0


def profiled(config):
    """Whether a configuration gets a `-Z time-passes` run: every compiler at
    one thread, and prustc at its default as well."""
    wanted = ("1", "default") if config["compiler"] == "prustc" else ("1",)
    return config["threads"] in wanted


def first_line_version(rustc):
    out = subprocess.run([rustc, "-vV"], stdout=subprocess.PIPE, text=True).stdout.splitlines()
    llvm = next((l for l in out if l.startswith("LLVM version")), "")
    return (out[0] if out else "unknown") + (f" ({llvm})" if llvm else "")
