"""Repeats jobs at several thread counts and reports every difference.

For each job the first run, at `-Z threads=1`, is the reference; every later
run (more iterations at one thread, then each higher count) must produce the
same exit code, the same stderr bytes and the same output files. The second
run at one thread interns the job's symbols in reverse order first and
numbers its expansions and syntax contexts 1000 higher (`jobs.run`'s
`reorder_symbols`): a parallel parser, expander or lowering would hand
those out in another order than the serial one, so the output must not
depend on that order either. Besides a
difference, a run can fail by panicking (an ICE) or by outliving its timeout
(a hang, killed; the suite moves on to the next job). Each problem names a
script under the report directory that reruns the job exactly.

Single-threaded: jobs run one after another, each using all the threads it is
given; oversubscribing the machine is part of the test.
"""

import difflib
import hashlib
import json
import os
import re
import shlex
import time

from . import jobs

# A run is a hang when it takes this many times the reference run, and at
# least HANG_FLOOR seconds; the reference itself gets REFERENCE_TIMEOUT.
HANG_FACTOR = 20
HANG_FLOOR = 120
REFERENCE_TIMEOUT = 1800


class Schedule:
    """How many runs at which thread counts; threads=1 always comes first."""

    def __init__(self, threads, iterations, serial_iterations=2):
        self.threads = [t for t in threads if t != 1]
        self.iterations = iterations
        self.serial_iterations = serial_iterations

    def runs(self):
        order = [1] * self.serial_iterations
        for t in self.threads:
            order += [t] * self.iterations
        return order

    def describe(self):
        parts = [f"1 x{self.serial_iterations}"] + [f"{t} x{self.iterations}" for t in self.threads]
        moved = (" (the second with its symbols reordered and expansions renumbered)"
                 if self.serial_iterations > 1 else "")
        return "-Z threads=" + ", ".join(parts) + moved


class Problem:
    def __init__(self, job, threads, kind, detail, script, reordered=False):
        self.job = job
        self.threads = threads
        self.kind = kind
        self.detail = detail
        self.script = script
        self.reordered = reordered

    def __str__(self):
        where = f"-Z threads={self.threads}"
        rerun = f"sh {self.script} {self.threads}"
        if self.reordered:
            where += " with its symbols interned in reverse order and expansions renumbered"
            rerun += " " + " ".join(shlex.quote(f) for f in self.job.reorder_flags())
        return (
            f"{self.kind}: {self.job.corpus}/{self.job.name} at {where}\n"
            f"  rerun: {rerun}\n" + self.detail
        )


def difference(reference, other):
    """What differs between two outcomes, as text (empty if nothing)."""
    lines = []
    if reference.exit_code != other.exit_code:
        lines.append(f"  exit code {reference.exit_code} at 1 thread, {other.exit_code} here")
    if reference.stderr != other.stderr:
        diff = difflib.unified_diff(
            reference.stderr.decode(errors="replace").splitlines(),
            other.stderr.decode(errors="replace").splitlines(),
            "stderr at -Z threads=1", f"stderr at {other.describe()}", lineterm="", n=1,
        )
        lines.append("  stderr differs:")
        lines += ["    " + line for line in list(diff)[:40]]
    names = sorted(set(reference.outputs) | set(other.outputs))
    for name in names:
        a, b = reference.outputs.get(name), other.outputs.get(name)
        if a != b:
            what = "missing" if b is None else "not written at 1 thread" if a is None else "differs"
            lines.append(f"  output {name} {what}")
    return "\n".join(lines)


def script_path(report_dir, job):
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{job.corpus}-{job.name}")
    return os.path.join(report_dir, "rerun", safe + ".sh")


def check_job(job, schedule, report_dir, log=lambda msg: None):
    """Runs `job` per `schedule`; returns (problems, number of runs, seconds)."""
    script = script_path(report_dir, job)
    os.makedirs(os.path.dirname(script), exist_ok=True)
    with open(script, "w") as f:
        f.write(job.repro_script(1))
    problems = []
    reference = None
    runs = 0
    start = time.monotonic()
    for index, threads in enumerate(schedule.runs()):
        if reference is None:
            timeout = REFERENCE_TIMEOUT
        else:
            timeout = max(HANG_FLOOR, HANG_FACTOR * reference.seconds)
        # The runs start with the serial ones; the second of them moves the symbols.
        reordered = index == 1 and threads == 1
        outcome = jobs.run(job, threads, timeout, reorder_symbols=reordered)
        runs += 1
        if outcome.status == "hang":
            problems.append(
                Problem(job, threads, "hang", f"  killed after {timeout:.0f}s", script, reordered)
            )
            break
        if outcome.status == "ice":
            tail = outcome.stderr.decode(errors="replace").splitlines()[-15:]
            problems.append(Problem(job, threads, "ICE", "\n".join("    " + line for line in tail),
                                    script, reordered))
            break
        if reference is None:
            reference = outcome
            continue
        diff = difference(reference, outcome)
        if diff:
            problems.append(Problem(job, threads, "difference", diff, script, reordered))
            break
    seconds = time.monotonic() - start
    log(f"{job.corpus}/{job.name}: {runs} runs in {seconds:.0f}s"
        + (f", {problems[0].kind}" if problems else ""))
    return problems, runs, seconds


class Ledger:
    """Jobs that passed, kept across stress runs so that a long run can be
    split over several sessions (`--resume`). An entry is valid only for the
    same compiler (its stamp), the same schedule and the same command."""

    def __init__(self, path, compiler_stamp):
        self.path = path
        self.stamp = compiler_stamp
        self.entries = {}
        if os.path.exists(path):
            with open(path) as f:
                data = json.load(f)
            if data.get("compiler") == compiler_stamp:
                self.entries = data["passed"]

    @staticmethod
    def key(job, schedule):
        text = json.dumps([schedule.describe(), job.rustc, job.args, job.cwd], sort_keys=True)
        return f"{job.corpus}/{job.name} " + hashlib.sha256(text.encode()).hexdigest()[:16]

    def passed(self, job, schedule):
        return self.entries.get(self.key(job, schedule))

    def record(self, job, schedule, runs, seconds):
        self.entries[self.key(job, schedule)] = {"runs": runs, "seconds": round(seconds, 1)}
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        with open(self.path + ".tmp", "w") as f:
            json.dump({"compiler": self.stamp, "passed": self.entries}, f, indent=1, sort_keys=True)
        os.replace(self.path + ".tmp", self.path)


def check_all(job_list, schedule, report_dir, log=lambda msg: None, ledger=None, resume=False):
    """Checks every job; returns (problems, summary lines). With `resume`,
    a job the ledger says passed is not run again (its counts are kept)."""
    problems = []
    totals = {}
    for job in job_list:
        earlier = ledger.passed(job, schedule) if (ledger and resume) else None
        if earlier:
            found, runs, seconds = [], earlier["runs"], earlier["seconds"]
            log(f"{job.corpus}/{job.name}: passed in an earlier run ({runs} runs)")
        else:
            found, runs, seconds = check_job(job, schedule, report_dir, log)
            if ledger and not found:
                ledger.record(job, schedule, runs, seconds)
        problems += found
        t = totals.setdefault(job.corpus, [0, 0, 0.0, 0, 0])
        t[0] += 1
        t[1] += runs
        t[2] += seconds
        t[3] += len(found)
        t[4] += bool(earlier)
    summary = [
        f"{corpus}: {n} jobs, {runs} compilations, {seconds:.0f}s, {bad} problem(s)"
        + (f" ({resumed} jobs from earlier runs)" if resumed else "")
        for corpus, (n, runs, seconds, bad, resumed) in totals.items()
    ]
    return problems, summary
