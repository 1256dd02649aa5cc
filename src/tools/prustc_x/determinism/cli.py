"""The determinism suite's entry points: the CI-sized subset that
`./x.py test` runs, and `./x.py test --stress` for long runs.

    ./x.py test --stress [--iterations N] [--threads 2,4,8] [--resume]
                         [--corpus errors,codegen,build-fail,clippy-ui,perf,library,ui]
                         [--bench NAME ...]
                         [--only GLOB ...] [--frozen]

Both compile every job of the chosen corpora at `-Z threads=1` twice and then
at each higher thread count several times, and fail on any difference in
exit code, stderr or output files, on any ICE and on any hang. The report
(problems, counts, time) goes to stderr and to `build/determinism/report.txt`;
every job has a rerun script under `build/determinism/rerun/`. Jobs that
pass are noted in `build/determinism/ledger.json`; `--resume` skips the ones
that passed with the same compiler and schedule, so a stress run can be
spread over several sittings. `--frozen` runs a copy of the stage1
toolchain kept in `build/frozen/` (made on first use), with its own work
directory `build/determinism/frozen/`, so that such a run is not voided by
rebuilding stage1 in between.
Single-threaded.
"""

import dataclasses
import fnmatch
import os
import time

from ..bench import prepare
from ..cmdline import Parser
from . import check, corpora

# In the order they run: the quick generated ones first.
CORPORA = ("errors", "codegen", "build-fail", "clippy-ui", "perf", "library", "ui")


@dataclasses.dataclass
class Plan:
    """What to run: corpora, benchmarks and the thread schedule (whose
    iteration count is also tests/ui's `--iteration-count`)."""

    corpora: tuple
    benches: list
    schedule: check.Schedule
    # A benchmark that cannot be prepared on this machine (a git
    # dependency offline) is reported; only the stress run goes on.
    allow_skips: bool
    resume: bool = False
    # Shell patterns over `corpus/job name`; None runs every job.
    only: list = None
    # Run the frozen copy of the toolchain (see the module doc).
    frozen: bool = False
    # Only the CI's part of the codegen and clippy-ui corpora.
    subset: bool = False


# The CI subset: every error and build-fail program, a few codegen jobs, a
# sample of clippy's ui tests, the smallest benchmarks, no library crates
# (their debug build alone takes minutes), tests/ui as suite.py runs it.
CI_PLAN = Plan(
    corpora=("errors", "codegen", "build-fail", "clippy-ui", "perf"),
    benches=["helloworld", "regex-automata-0.4.8"],
    schedule=check.Schedule(threads=(2, 4, 8), iterations=2),
    allow_skips=False,
    subset=True,
)


def stress_plan(argv):
    parser = Parser(prog="./x.py test --stress",
                    description="The determinism suite on every corpus (or those chosen):\n"
                                "each job at several thread counts against -Z threads=1.")
    parser.add_argument("--iterations", type=int, default=10,
                        help="runs at each thread count above 1 (default 10)")
    parser.add_argument("--threads", default="2,4,8", help="thread counts above 1 (default 2,4,8)")
    parser.add_argument("--corpus",
                        help=f"comma-separated, of {', '.join(CORPORA)} (default all; "
                             "all but ui with --frozen)")
    parser.add_argument("--resume", action="store_true",
                        help="skip jobs that passed earlier with this compiler and schedule")
    parser.add_argument("--only", action="append", metavar="GLOB",
                        help="only jobs whose corpus/name matches (repeatable), "
                             "e.g. 'library/check/*' or 'perf/syn-2.0.101/*'")
    parser.add_argument("--bench", action="append",
                        help="only this rustc-perf benchmark (repeatable; default all)")
    parser.add_argument("--frozen", action="store_true",
                        help="run the copy of stage1 in build/frozen/ (made from the current "
                             "stage1 if missing; delete the directory to freeze anew) instead "
                             "of building and running stage1; tests/ui is not run")
    args = parser.parse_args(argv)
    default_corpora = [c for c in CORPORA if not (args.frozen and c == "ui")]
    chosen = [c for c in args.corpus.split(",") if c] if args.corpus else default_corpora
    unknown = [c for c in chosen if c not in CORPORA]
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)}; corpora: {', '.join(CORPORA)}")
    if args.frozen and "ui" in chosen:
        parser.error("--frozen does not run tests/ui (compiletest runs the stage1 toolchain)")
    if not all(t.isdigit() and int(t) >= 1 for t in args.threads.split(",")):
        parser.error(f"--threads: {args.threads!r} is not a comma-separated list of numbers")
    threads = tuple(int(t) for t in args.threads.split(","))
    return Plan(tuple(chosen), args.bench, check.Schedule(threads, args.iterations),
                allow_skips=True, resume=args.resume, only=args.only, frozen=args.frozen)


def collect(plan, paths, log, skipped):
    """The plan's jobs, corpus by corpus, prepared as they are reached."""
    for job in all_jobs(plan, paths, log, skipped):
        if plan.only is None or any(fnmatch.fnmatchcase(f"{job.corpus}/{job.name}", g) for g in plan.only):
            yield job


def all_jobs(plan, paths, log, skipped):
    if "errors" in plan.corpora:
        yield from corpora.error_jobs(paths)
    if "codegen" in plan.corpora:
        yield from corpora.codegen_jobs(paths, plan.subset)
    if "build-fail" in plan.corpora:
        yield from corpora.build_fail_jobs(paths)
    if "clippy-ui" in plan.corpora:
        yield from corpora.clippy_ui_jobs(paths, log, skipped, plan.subset)
    if "perf" in plan.corpora:
        yield from corpora.perf_jobs(paths, plan.benches, log, skipped)
    if "library" in plan.corpora:
        yield from corpora.library_jobs(paths, log, skipped)


def run(plan, paths, log):
    """Runs the raw-rustc corpora of `plan`; returns (ok, report text)."""
    start = time.monotonic()
    skipped = []
    log(f"determinism suite: {', '.join(plan.corpora)}; {plan.schedule.describe()}")
    ledger = check.Ledger(os.path.join(paths.work, "ledger.json"), prepare.compiler_stamp(paths.rustc))
    problems, summary = check.check_all(
        collect(plan, paths, log, skipped), plan.schedule, paths.work, log, ledger, plan.resume
    )
    lines = [f"determinism: {plan.schedule.describe()}", *summary]
    lines += [f"skipped: {s}" for s in skipped]
    lines += [str(p) for p in problems]
    ok = not problems and (plan.allow_skips or not skipped)
    verdict = "passed" if ok else "FAILED"
    lines.append(f"{verdict}: {len(problems)} problem(s), {len(skipped)} skipped, "
                 f"{time.monotonic() - start:.0f}s in all")
    report = "\n".join(lines) + "\n"
    os.makedirs(paths.work, exist_ok=True)
    with open(os.path.join(paths.work, "report.txt"), "w") as f:
        f.write(report)
    return ok, report
