"""Running one measured compilation and reading what it cost.

A measured run re-executes the rustc invocations cargo made for the
benchmark's own crates (recorded by capture.py), in order, with
`-Z threads=N` added (nothing added for the compiler's default). Wall time is
taken around each process; CPU time and peak RSS come from the kernel when
the process is reaped (`os.wait4`); instructions from `perf stat` where the
machine supports it, or, when asked (`--instructions`), from valgrind's
cachegrind, which needs no hardware counters but runs the compiler some
fifty times slower, so its wall times mean nothing. Single-threaded: runs
never overlap, so they do not disturb each other.
"""

import json
import os
import re
import shutil
import subprocess
import tempfile
import time

TIME_PASSES_RE = re.compile(r"^time:\s+([0-9.]+);.*\t(\S+)\s*$")
# Top-level passes that rustc 1.96 runs on the thread pool under -Z threads
# (par_hir_body_owners, par_hir_for_each_module, par_join, par_map). They do
# not nest in one another; everything else in `total` is serial.
PARALLEL_PASSES = (
    "misc_checking_1",
    "type_check_crate",
    "MIR_borrow_checking",
    "MIR_effect_checking",
    "misc_checking_3",
    "monomorphization_collector",
    "codegen_crate",
    "generate_crate_metadata",
)


PAGE_REPORTING = "/sys/module/page_reporting/parameters"
# The kernel reports free memory to the hypervisor 2 s after it is freed
# (`PAGE_REPORTING_DELAY`, mm/page_reporting.c); a second more for the report.
REPORTING_SETTLE_S = 3.0


def default_pause(parameters=PAGE_REPORTING):
    """Seconds to wait before each run: REPORTING_SETTLE_S where the kernel
    reports free memory to a hypervisor (free page reporting: a balloon
    driver has reported some), else 0.

    Reported memory is cold: the next process to touch it waits for the host
    to back it again, far longer than for ordinary page clearing. How much
    of a run's memory is cold then depends on when the runs before it ended
    relative to the reporting's 2 s delay, and so on their order and length:
    on syn and regex-automata checks it moved prustc's system time between
    0.1 and 0.4 s, and syn's two-thread speedup between 1.29x and 1.70x
    (src/doc/prustc/history/2026-11-27-module-parsing-and-cgus.md). After a
    pause longer than the delay every run finds all free memory reported.
    """
    try:
        with open(os.path.join(parameters, "reported_kib")) as f:
            reported = int(f.read().strip() or 0)
    except (OSError, ValueError):
        return 0.0
    return REPORTING_SETTLE_S if reported > 0 else 0.0


def load_invocations(directory):
    """The recorded invocations of one prepared benchmark, in call order."""
    names = sorted(f for f in os.listdir(directory) if f.endswith(".json"))
    out = []
    for name in names:
        with open(os.path.join(directory, name)) as f:
            out.append(json.load(f))
    return out


def thread_args(threads):
    return [] if threads == "default" else [f"-Zthreads={threads}"]


def perf_stat_works():
    """Whether `perf stat` can count instructions on this machine."""
    if shutil.which("perf") is None:
        return False
    out = subprocess.run(
        ["perf", "stat", "-x,", "-e", "instructions:u", "true"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    return out.returncode == 0 and parse_perf_instructions(out.stderr) is not None


def parse_perf_instructions(text):
    """Instructions from `perf stat -x,` output, or None if not counted."""
    for line in text.splitlines():
        fields = line.split(",")
        if len(fields) > 2 and fields[2].startswith("instructions"):
            try:
                return int(fields[0])
            except ValueError:
                return None
    return None


def parse_cachegrind_instructions(text):
    """Instructions (the `Ir` event) from a cachegrind output file, or None."""
    for line in text.splitlines():
        if line.startswith("summary:"):
            try:
                return int(line.split()[1])
            except (IndexError, ValueError):
                return None
    return None


def counted_command(counter, args, stat_file):
    """`args` run under the instruction counter (None: as they are)."""
    if counter == "perf":
        return ["perf", "stat", "-x,", "-e", "instructions:u", "-o", stat_file, "--", *args]
    if counter == "cachegrind":
        return ["valgrind", "-q", "--tool=cachegrind", "--cache-sim=no",
                f"--cachegrind-out-file={stat_file}", *args]
    return args


def run_once(invocations, threads, counter=None, extra=()):
    """Runs every invocation, stopping at the first that fails; returns the
    measurement of the whole set, with "output": the stderr of every
    invocation run. `counter`: None, "perf" or "cachegrind" (see the module
    doc)."""
    parse = {"perf": parse_perf_instructions, "cachegrind": parse_cachegrind_instructions}.get(counter)
    wall = cpu = 0.0
    maxrss = 0
    instructions = 0 if counter else None
    output = []
    for inv in invocations:
        args = [inv["rustc"], *inv["args"], *thread_args(threads), *extra]
        stat_file = None
        if counter:
            fd, stat_file = tempfile.mkstemp(prefix=f"prustc-bench-{counter}-")
            os.close(fd)
            args = counted_command(counter, args, stat_file)
        with tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(
                args, cwd=inv["cwd"], env=inv["env"], stdout=subprocess.DEVNULL, stderr=err
            )
            _, status, usage = os.wait4(proc.pid, 0)
            wall += time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            err.seek(0)
            stderr = err.read().decode(errors="replace")
        output.append(stderr)
        cpu += usage.ru_utime + usage.ru_stime
        maxrss = max(maxrss, usage.ru_maxrss)
        if stat_file:
            with open(stat_file) as f:
                counted = parse(f.read())
            os.remove(stat_file)
            instructions = None if counted is None or instructions is None else instructions + counted
        if proc.returncode != 0:
            return {"wall_s": wall, "cpu_s": cpu, "maxrss_kib": maxrss,
                    "instructions": instructions, "exit": proc.returncode,
                    "stderr": stderr[-2000:], "output": "".join(output)}
    return {"wall_s": wall, "cpu_s": cpu, "maxrss_kib": maxrss, "instructions": instructions,
            "exit": 0, "output": "".join(output)}


def pass_times(text):
    """{pass name: seconds} from `-Z time-passes` output, in order of first
    appearance; a name printed more than once (one line per invocation, or
    per call) is summed. Passes nest, so the values do not add up."""
    found = {}
    for line in text.splitlines():
        m = TIME_PASSES_RE.match(line)
        if m:
            found[m.group(2)] = found.get(m.group(2), 0.0) + float(m.group(1))
    return found


def parse_time_passes(text):
    """(passes, total seconds) from `-Z time-passes` output.

    Each pass is {"name", "secs", "parallel"}; only the top-level passes we
    classify are listed, plus one "serial (rest)" entry for the remainder of
    `total`, so the entries add up to the total.
    """
    found = pass_times(text)
    total = found.get("total")
    if total is None:
        return [], None
    passes = [{"name": n, "secs": found[n], "parallel": True} for n in PARALLEL_PASSES if n in found]
    rest = max(total - sum(p["secs"] for p in passes), 0.0)
    passes.insert(0, {"name": "serial (rest)", "secs": rest, "parallel": False})
    return passes, total


def time_passes(invocations, threads):
    """One `-Z time-passes` run: (passes, total) summed over the invocations."""
    result = run_once(invocations, threads, extra=("-Ztime-passes",))
    if result["exit"] != 0:
        return [], None
    return parse_time_passes(result["output"])
