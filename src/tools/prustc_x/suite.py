"""`./x.py test` with no paths: everything CI runs, in order, stopping at
the first failure.

1. Our tooling's unit tests: x.py (patch application, layout/export round
   trip on a small synthetic tree, rebase, config rendering) and the bench
   harness (result parsing, ratios, report generation; no real benchmark).
2. Hygiene of the repository: every patch has a written header, and no UI
   test of ours opts out of the parallel run.
3. The real tree: laid out, and `export --check` finds nothing to export.
4. `rustc_data_structures`' unit tests (the sync layer lives there).
5. The determinism suite's CI subset (`prustc_determinism`): the programs of
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

from . import cli, layout, prereqs

PARALLEL_THREADS = 4
PARALLEL_ITERATIONS = 3
RESULT_RE = re.compile(r"test result: (\w+)\. (\d+) passed; (\d+) failed; (\d+) ignored")


# Our Python tools, each with a tests/ package.
TOOLS = ("prustc_x", "prustc_bench", "prustc_determinism")


def run_unit_tests(repo):
    loader = unittest.TestLoader()
    tools = os.path.join(repo, "src", "tools")
    suite = unittest.TestSuite(
        loader.discover(os.path.join(tools, tool, "tests"), top_level_dir=tools) for tool in TOOLS
    )
    result = unittest.TextTestRunner(verbosity=1).run(suite)
    return result.wasSuccessful()


def hygiene(repo):
    """Problems in the repository itself, as messages."""
    problems = []
    for rel in layout.overlay_files(repo):
        path = os.path.join(repo, rel)
        if rel.endswith(".patch"):
            text = open(path).read()
            header = text.split("diff --git", 1)[0]
            if not header.strip() or "<one line: what this patch changes>" in header:
                problems.append(f"{rel}: the patch has no header (what it changes and why)")
        if rel.startswith("tests/ui/") and rel.endswith(".rs"):
            if "ignore-parallel-frontend" in open(path, errors="replace").read():
                problems.append(f"{rel}: UI tests must run in the parallel mode too")
    return problems


def bootstrap_capture(paths, cfg, args):
    """Run bootstrap, echoing its output; return (exit code, output)."""
    cmd, env = cli.bootstrap_command(paths, cfg, args)
    proc = subprocess.Popen(
        cmd, cwd=paths.tree, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines = []
    for line in proc.stdout:
        sys.stdout.write(line)
        lines.append(line)
    return proc.wait(), "".join(lines)


def ui_run(paths, cfg, threads, iterations):
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
    cli.log(f"tests/ui at -Z threads={threads}: {passed} passed ({iterations} iteration(s) each)")
    return None


def determinism_paths(repo, paths):
    from prustc_determinism import corpora

    rustc = os.path.join(paths.stage1, "bin", "rustc")
    return corpora.Paths(repo, rustc, prereqs.stage0()[1], prereqs.UPSTREAM_DIR)


def determinism(repo, paths, plan):
    """Problems found by the determinism suite on `plan`, as messages."""
    from prustc_determinism import cli as determinism_cli

    ok, report = determinism_cli.run(plan, determinism_paths(repo, paths), cli.log)
    sys.stderr.write(report)
    return [] if ok else ["determinism suite failed (report above, and in build/determinism/report.txt)"]


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
    cli.log(f"froze {stage1} as {dest}")


def stress(repo, argv):
    """`./x.py test --stress`: the determinism suite over every corpus."""
    from prustc_determinism import cli as determinism_cli

    plan = determinism_cli.stress_plan(argv)
    paths = cli.Paths(repo)
    cfg = cli.prepare(paths)
    frozen = os.path.join(repo, "build", "frozen", "stage1")
    if not (plan.frozen and os.path.isdir(frozen)):
        if cli.bootstrap(paths, cfg, ["build", "--stage", "1", "library"], check=False):
            return fail("building the stage1 toolchain failed")
    if plan.frozen:
        if not os.path.isdir(frozen):
            freeze(paths.stage1, frozen)
        cli.log(f"running the frozen toolchain {frozen} (delete it to freeze anew)")
    start = time.monotonic()
    failures = []
    if "ui" in plan.corpora:
        for threads in (1, *plan.schedule.threads):
            err = ui_run(paths, cfg, threads, 1 if threads == 1 else plan.schedule.iterations)
            if err:
                failures.append(err)
    if plan.frozen:
        from prustc_determinism import corpora

        dpaths = corpora.Paths(repo, os.path.join(frozen, "bin", "rustc"), prereqs.stage0()[1],
                               prereqs.UPSTREAM_DIR, name="frozen")
        ok, report = determinism_cli.run(plan, dpaths, cli.log)
        sys.stderr.write(report)
        problems = [] if ok else [f"determinism suite failed (report above, and in {dpaths.work}/report.txt)"]
    else:
        problems = determinism(repo, paths, plan)
    cli.log(f"stress run finished in {time.monotonic() - start:.0f}s")
    if failures or problems:
        return fail("\n".join(failures + problems))
    return 0


def run(repo):
    start = time.monotonic()
    steps = []

    def step(name):
        steps.append((name, time.monotonic()))
        cli.log(f"== {name}")

    step("tooling unit tests")
    if not run_unit_tests(repo):
        return fail("tooling unit tests failed")
    step("repository hygiene")
    problems = hygiene(repo)
    if problems:
        return fail("\n".join(problems))
    step("layout and export round trip on build/rust")
    paths = cli.Paths(repo)
    cfg = cli.prepare(paths)
    changes = layout.export(repo, prereqs.UPSTREAM_DIR, paths.tree, check=True)
    if changes:
        return fail("export after layout would change: " + ", ".join(changes))
    step("stage1 toolchain")
    if cli.bootstrap(paths, cfg, ["build", "--stage", "1", "library"], check=False):
        return fail("building the stage1 toolchain failed")
    step("rustc_data_structures unit tests")
    if cli.bootstrap(paths, cfg, ["test", "compiler/rustc_data_structures"], check=False):
        return fail("rustc_data_structures tests failed")
    step("determinism suite (CI subset)")
    from prustc_determinism import cli as determinism_cli

    problems = determinism(repo, paths, determinism_cli.CI_PLAN)
    if problems:
        return fail("\n".join(problems))
    step("tests/ui at -Z threads=1")
    err = ui_run(paths, cfg, 1, 1)
    if err:
        return fail(err)
    step(f"tests/ui at -Z threads={PARALLEL_THREADS}")
    err = ui_run(paths, cfg, PARALLEL_THREADS, PARALLEL_ITERATIONS)
    if err:
        return fail(err)
    steps.append(("end", time.monotonic()))
    for (name, t0), (_, t1) in zip(steps, steps[1:]):
        cli.log(f"{t1 - t0:7.0f}s  {name}")
    cli.log(f"all tests passed in {time.monotonic() - start:.0f}s")
    return 0


def fail(msg):
    print(f"prustc: test failed: {msg}", file=sys.stderr)
    return 1
