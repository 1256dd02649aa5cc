"""`./x.py test` with no paths: everything CI runs, in order, stopping at
the first failure.

1. Our tooling's unit tests (every `tests/` package under prustc_x): the
   command line, the order of the suite's steps, layout/export round trip
   on a small synthetic tree, rebase, config rendering, the bench's
   statistics and reports and the determinism suite against a stand-in
   compiler (no real compiler runs), and the modules' layering.
2. Hygiene of the repository: every patch has a written header, and no UI
   test of ours opts out of the parallel run.
3. The real tree: laid out, and `export --check` finds nothing to export.
4. The unit tests of `rustc_data_structures` (the sync layer lives there)
   and of `rustc_span` (file registration from several threads).
5. The determinism suite's CI subset (determinism/): the programs of
   `tests/determinism` and generated error programs, a few generated
   programs under code-generation options, generated build-fail programs,
   a sample of clippy's ui tests, and two rustc-perf benchmarks in check
   and debug mode, compiled by the stage1 rustc directly twice at
   `-Z threads=1` and twice each at 2, 4 and 8; exit code, stderr and
   output files must be byte-identical, and no run may ICE or hang.
   (`./x.py test --stress` runs every corpus, ten times per thread count.)
6. `tests/ui` through compiletest at `-Z threads=1`, then at
   `-Z threads=4` with every test run several times; both runs compare with
   the same expected output, so any difference between the two modes fails.
   A run that ignores any test fails too.

Single-threaded; the parallelism is in the builds and tests it starts.
"""

import os
import re
import subprocess
import sys
import time
import unittest

from . import build, layout, prereqs
from .determinism import cli as determinism_cli
from .determinism import corpora
from .paths import Paths

PARALLEL_THREADS = 4
PARALLEL_ITERATIONS = 3
RESULT_RE = re.compile(r"test result: (\w+)\. (\d+) passed; (\d+) failed; (\d+) ignored")


def run_unit_tests(repo):
    tools = os.path.join(repo, "src", "tools")
    tests = unittest.TestLoader().discover(os.path.join(tools, "prustc_x"), top_level_dir=tools)
    return unittest.TextTestRunner(verbosity=1).run(tests).wasSuccessful()


def hygiene(repo):
    """Problems in the repository itself, as messages."""
    problems = []
    for rel in layout.overlay_files(repo):
        path = os.path.join(repo, rel)
        if rel.endswith(".patch"):
            header = layout.read(path).decode(errors="replace").split("diff --git", 1)[0]
            if not header.strip() or "<one line: what this patch changes>" in header:
                problems.append(f"{rel}: the patch has no header (what it changes and why)")
        if rel.startswith("tests/ui/") and rel.endswith(".rs"):
            if b"ignore-parallel-frontend" in layout.read(path):
                problems.append(f"{rel}: UI tests must run in the parallel mode too")
    return problems


def bootstrap_capture(paths, cfg, args):
    """Run bootstrap, echoing its output; return (exit code, output)."""
    cmd, env = build.bootstrap_command(paths, cfg, args)
    proc = subprocess.Popen(
        cmd, cwd=paths.tree, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines = []
    for line in proc.stdout:
        sys.stdout.write(line)
        lines.append(line)
    return proc.wait(), "".join(lines)


def ui_run(paths, cfg, threads, iterations):
    """tests/ui through compiletest at `threads`; an error message or None."""
    test_args = f"--parallel-frontend-threads={threads} --iteration-count={iterations}"
    code, out = bootstrap_capture(
        paths, cfg, ["test", "tests/ui", "--force-rerun", "--test-args", test_args]
    )
    if code != 0:
        return f"tests/ui at -Z threads={threads} failed"
    results = RESULT_RE.findall(out)
    if not results:
        return f"tests/ui at -Z threads={threads}: no test result line in the output"
    passed = sum(int(r[1]) for r in results)
    ignored = sum(int(r[3]) for r in results)
    if passed == 0:
        return f"tests/ui at -Z threads={threads}: no test ran"
    if ignored:
        return f"tests/ui at -Z threads={threads}: {ignored} test(s) ignored; every test must run"
    build.log(f"tests/ui at -Z threads={threads}: {passed} passed ({iterations} iteration(s) each)")
    return None


def determinism(repo, rustc, plan, name="prustc"):
    """The determinism suite on `plan` with `rustc`: an error message or None.
    `name` keeps the work of a frozen compiler apart (corpora.Paths)."""
    dpaths = corpora.Paths(repo, rustc, prereqs.stage0()[1], prereqs.UPSTREAM_DIR, name=name)
    ok, report = determinism_cli.run(plan, dpaths, build.log)
    sys.stderr.write(report)
    return None if ok else f"determinism suite failed (report above, and in {dpaths.work}/report.txt)"


def freeze(stage1, dest):
    """A copy of the stage1 toolchain at `dest`. Timestamps are kept, so the
    copy has the same compiler stamp as the original and a ledger of runs
    on the original stays valid for it."""
    tmp = dest + ".partial"
    if os.path.exists(tmp):
        subprocess.run(["rm", "-rf", tmp], check=True)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    # `cp -a` keeps nanosecond mtimes, symlinks and hard links.
    subprocess.run(["cp", "-a", stage1, tmp], check=True)
    os.rename(tmp, dest)
    build.log(f"froze {stage1} as {dest}")


def stress(repo, plan):
    """`./x.py test --stress`: the determinism suite over every corpus of
    `plan` (determinism_cli.stress_plan)."""
    paths = Paths(repo)
    cfg = build.prepare(paths)
    frozen = os.path.join(repo, "build", "frozen", "stage1")
    if not (plan.frozen and os.path.isdir(frozen)):
        if build.bootstrap(paths, cfg, ["build", "--stage", "1", "library"], check=False):
            return fail("building the stage1 toolchain failed")
    if plan.frozen:
        if not os.path.isdir(frozen):
            freeze(paths.stage1, frozen)
        build.log(f"running the frozen toolchain {frozen} (delete it to freeze anew)")
    start = time.monotonic()
    failures = []
    if "ui" in plan.corpora:
        for threads in (1, *plan.schedule.threads):
            failures.append(ui_run(paths, cfg, threads,
                                   1 if threads == 1 else plan.schedule.iterations))
    if plan.frozen:
        failures.append(determinism(repo, os.path.join(frozen, "bin", "rustc"), plan, "frozen"))
    else:
        failures.append(determinism(repo, paths.rustc, plan))
    build.log(f"stress run finished in {time.monotonic() - start:.0f}s")
    failures = [f for f in failures if f]
    return fail("\n".join(failures)) if failures else 0


def run(repo):
    """The whole suite (see the module doc); 0 if it passed."""
    paths = Paths(repo)
    cfg = {}

    def lay_out():
        cfg.update(build.prepare(paths))
        changes = layout.export(repo, prereqs.UPSTREAM_DIR, paths.tree, check=True)
        return changes and "export after layout would change: " + ", ".join(changes)

    def bootstrap(args, error):
        return error if build.bootstrap(paths, cfg, args, check=False) else None

    return run_steps([
        ("tooling unit tests", lambda: not run_unit_tests(repo) and "tooling unit tests failed"),
        ("repository hygiene", lambda: "\n".join(hygiene(repo))),
        ("layout and export round trip on build/rust", lay_out),
        ("stage1 toolchain", lambda: bootstrap(["build", "--stage", "1", "library"],
                                               "building the stage1 toolchain failed")),
        ("rustc_data_structures and rustc_span unit tests",
         lambda: bootstrap(["test", "compiler/rustc_data_structures", "compiler/rustc_span"],
                           "rustc_data_structures or rustc_span tests failed")),
        ("determinism suite (CI subset)",
         lambda: determinism(repo, paths.rustc, determinism_cli.CI_PLAN)),
        ("tests/ui at -Z threads=1", lambda: ui_run(paths, cfg, 1, 1)),
        (f"tests/ui at -Z threads={PARALLEL_THREADS}",
         lambda: ui_run(paths, cfg, PARALLEL_THREADS, PARALLEL_ITERATIONS)),
    ])


def run_steps(steps):
    """Runs `steps`, (name, function returning an error message or a false
    value), in order, and stops at the first error; 0 if none failed. Logs
    every step's time at the end."""
    start = time.monotonic()
    times = []
    for name, step in steps:
        build.log(f"== {name}")
        t0 = time.monotonic()
        error = step()
        times.append((name, time.monotonic() - t0))
        if error:
            return fail(error)
    for name, seconds in times:
        build.log(f"{seconds:7.0f}s  {name}")
    build.log(f"all tests passed in {time.monotonic() - start:.0f}s")
    return 0


def fail(msg):
    print(f"prustc: test failed: {msg}", file=sys.stderr)
    return 1
