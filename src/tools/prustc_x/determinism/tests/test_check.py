"""The suite against a stand-in compiler whose behaviour each test picks:
it must pass a compiler that is deterministic, and catch each way of not
being (stderr, exit code, output bytes, ICE, hang)."""

import json
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
import unittest
from unittest import mock

from prustc_x.determinism import check, cli, corpora, generate, jobs

# Behaves like rustc as far as the suite can tell: reads `-Zthreads=N` and
# `--out-dir`, writes an output file, prints diagnostics, exits. $FAKE picks
# how the output depends on the thread count.
FAKE_RUSTC = textwrap.dedent("""\
    #!{python}
    import os, sys, time
    threads = int([a for a in sys.argv if a.startswith("-Zthreads=")][0].split("=")[1])
    out = sys.argv[sys.argv.index("--out-dir") + 1]
    how = os.environ["FAKE"]
    counter = os.path.join(os.environ["FAKE_STATE"], "runs")
    runs = int(open(counter).read()) if os.path.exists(counter) else 0
    open(counter, "w").write(str(runs + 1))
    lines = ["error: first", "error: second"]
    if how == "order" and threads > 1:
        lines.reverse()
    if how == "flaky" and runs == 5:
        lines.reverse()
    sys.stderr.write("\\n".join(lines) + "\\n")
    data = b"rmeta"
    def flag(name):
        given = [a for a in sys.argv if a.startswith(name)]
        return given[-1][len(name):] if given else None
    moved = flag("-Zpreintern-symbols=")
    if how == "symbols" and moved:
        # Like a table encoded in the order of symbol indices.
        data = b"rmeta " + b",".join(reversed(open(moved, "rb").read().split()))
    shift = flag("-Zpre-expansions=")
    if how == "expansions" and shift:
        # Like a span written with its expansion's index in the compiler.
        data = b"rmeta expansion " + str(int(shift) + 1).encode()
    if how == "bytes" and threads == 4:
        data = b"rmeta with another order"
    open(os.path.join(out, "libx.rmeta"), "wb").write(data)
    if how == "extra" and threads == 8:
        open(os.path.join(out, "x.long-type-1.txt"), "w").write("T")
    if how == "ice" and threads == 2:
        sys.stderr.write("error: internal compiler error: oops\\n")
        sys.exit(101)
    if how == "hang" and threads == 4:
        time.sleep(60)
    sys.exit(1 if how == "exit" and threads == 8 else 0)
    """)


class FakeCompiler(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="prustc-det-test-")
        self.rustc = os.path.join(self.dir, "rustc")
        with open(self.rustc, "w") as f:
            f.write(FAKE_RUSTC.format(python=sys.executable))
        os.chmod(self.rustc, os.stat(self.rustc).st_mode | stat.S_IEXEC)
        self.schedule = check.Schedule(threads=(2, 4, 8), iterations=3)

    def tearDown(self):
        subprocess.run(["rm", "-rf", self.dir])

    def job(self, how):
        env = dict(os.environ, FAKE=how, FAKE_STATE=self.dir)
        out = os.path.join(self.dir, "out")
        return jobs.Job("x", "fake", self.rustc, ["--out-dir", out], self.dir, out, env)

    def check(self, how):
        return check.check_job(self.job(how), self.schedule, os.path.join(self.dir, "report"))

    def test_a_deterministic_compiler_passes_every_run(self):
        problems, runs, _ = self.check("stable")
        self.assertEqual(problems, [])
        self.assertEqual(runs, 2 + 3 * 3)

    def test_diagnostics_in_another_order_are_a_difference(self):
        problems, runs, _ = self.check("order")
        self.assertEqual([(p.kind, p.threads) for p in problems], [("difference", 2)])
        self.assertIn("stderr differs", problems[0].detail)
        self.assertIn("+error: second", problems[0].detail)
        self.assertEqual(runs, 3, "the job stops at its first difference")

    def test_output_that_depends_on_the_order_of_symbols_is_a_difference(self):
        with open(os.path.join(self.dir, "lib.rs"), "w") as f:
            f.write("fn alpha<'a>() { beta(); alpha(); }\n")
        problems, runs, _ = self.check("symbols")
        self.assertEqual([(p.kind, p.threads, p.reordered) for p in problems],
                         [("difference", 1, True)])
        self.assertIn("output libx.rmeta differs", problems[0].detail)
        self.assertIn("with its symbols interned in reverse order", str(problems[0]))
        symbols = self.job("symbols").symbols_file()
        rerun = f"sh {problems[0].script} 1 -Zpreintern-symbols={symbols} -Zpre-expansions=1000"
        self.assertIn(f"rerun: {rerun}\n", str(problems[0]))
        self.assertEqual(runs, 2, "the second run at one thread moves the symbols")
        # The printed command reruns the job as the suite did, flags and all.
        env = dict(os.environ, FAKE="symbols")
        out = os.path.join(self.dir, "out", "libx.rmeta")
        subprocess.run(["sh", *rerun.split()[1:]], env=env, check=True, stderr=subprocess.DEVNULL)
        self.assertEqual(read_bytes(out), b"rmeta fn,alpha,'a,beta")
        subprocess.run(["sh", problems[0].script, "1"], env=env, check=True,
                       stderr=subprocess.DEVNULL)
        self.assertEqual(read_bytes(out), b"rmeta")

    def test_output_that_depends_on_the_numbers_of_expansions_is_a_difference(self):
        problems, runs, _ = self.check("expansions")
        self.assertEqual([(p.kind, p.threads, p.reordered) for p in problems],
                         [("difference", 1, True)])
        self.assertIn("output libx.rmeta differs", problems[0].detail)
        self.assertIn("expansions renumbered", str(problems[0]))
        self.assertIn(" -Zpre-expansions=1000\n", str(problems[0]))
        self.assertEqual(runs, 2, "the second run at one thread renumbers the expansions")

    def test_the_symbols_file_reverses_the_order_of_first_appearance(self):
        os.makedirs(os.path.join(self.dir, "src"))
        with open(os.path.join(self.dir, "a.rs"), "w") as f:
            f.write("fn alpha<'a>(x: &'a u8) { beta(); alpha(); }\n")
        with open(os.path.join(self.dir, "src", "b.rs"), "w") as f:
            f.write("fn gamma() { beta() }\n")
        with open(self.job("stable").symbols_file(), "rb") as f:
            words = f.read().split()
        self.assertEqual(words, [b"gamma", b"beta", b"u8", b"x", b"'a", b"alpha", b"fn"])

    def test_a_difference_in_one_run_of_many_is_found(self):
        problems, _, _ = self.check("flaky")
        self.assertEqual([p.kind for p in problems], ["difference"])

    def test_output_bytes_and_extra_files_are_compared(self):
        problems, _, _ = self.check("bytes")
        self.assertEqual(problems[0].threads, 4)
        self.assertIn("output libx.rmeta differs", problems[0].detail)
        problems, _, _ = self.check("extra")
        self.assertIn("output x.long-type-1.txt not written at 1 thread", problems[0].detail)

    def test_exit_code_is_compared(self):
        problems, _, _ = self.check("exit")
        self.assertIn("exit code 0 at 1 thread, 1 here", problems[0].detail)

    def test_an_ice_is_reported_with_its_message(self):
        problems, _, _ = self.check("ice")
        self.assertEqual([(p.kind, p.threads) for p in problems], [("ICE", 2)])
        self.assertIn("internal compiler error: oops", problems[0].detail)

    def test_a_hang_is_killed_and_reported_with_a_rerun_script(self):
        with mock.patch.object(check, "HANG_FLOOR", 2), mock.patch.object(check, "HANG_FACTOR", 1):
            problems, _, seconds = self.check("hang")
        self.assertEqual([(p.kind, p.threads) for p in problems], [("hang", 4)])
        self.assertLess(seconds, 30)
        script = problems[0].script
        self.assertIn(f"rerun: sh {script} 4", str(problems[0]))
        # The script reruns the job as the suite ran it, in the job's own
        # environment (here: hangs at 4 threads only).
        self.assertIn("export FAKE=hang\n", read(script))
        env = dict(os.environ, FAKE="order")
        proc = subprocess.run(["sh", script, "2"], env=env, stderr=subprocess.PIPE, text=True)
        self.assertEqual((proc.returncode, proc.stderr), (0, "error: first\nerror: second\n"))

    def test_check_all_counts_per_corpus(self):
        problems, summary = check.check_all(
            [self.job("stable"), self.job("order")], self.schedule, os.path.join(self.dir, "r")
        )
        self.assertEqual(len(problems), 1)
        self.assertEqual(len(summary), 1)
        self.assertRegex(summary[0], r"^fake: 2 jobs, 14 compilations, \d+s, 1 problem\(s\)$")

    def test_resume_skips_only_what_passed_with_this_compiler_and_schedule(self):
        path = os.path.join(self.dir, "ledger.json")
        report = os.path.join(self.dir, "r")
        good, bad = self.job("stable"), self.job("order")
        bad.name = "y"
        ledger = check.Ledger(path, "compiler-1")
        check.check_all([good, bad], self.schedule, report, ledger=ledger)
        counter = os.path.join(self.dir, "runs")
        before = int(read(counter))
        again = check.Ledger(path, "compiler-1")
        problems, summary = check.check_all([good, bad], self.schedule, report, ledger=again, resume=True)
        self.assertEqual(len(problems), 1, "the failing job runs again")
        self.assertEqual(int(read(counter)) - before, 3, "only the failing job ran (to its difference)")
        self.assertIn("(1 jobs from earlier runs)", summary[0])
        # Another compiler or another schedule: everything runs again.
        other = check.Ledger(path, "compiler-2")
        self.assertIsNone(other.passed(good, self.schedule))
        self.assertIsNone(again.passed(good, check.Schedule((2,), 10)))
        self.assertIsNotNone(again.passed(good, self.schedule))


def read(path):
    with open(path) as f:
        return f.read()


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


class Pieces(unittest.TestCase):
    def test_schedule_starts_with_one_thread(self):
        s = check.Schedule(threads=(1, 4, 2), iterations=2, serial_iterations=1)
        self.assertEqual(s.runs(), [1, 4, 4, 2, 2])
        self.assertEqual(s.describe(), "-Z threads=1 x1, 4 x2, 2 x2")
        self.assertEqual(check.Schedule((2,), 3).describe(),
                         "-Z threads=1 x2, 2 x3 (the second with its symbols reordered and "
                         "expansions renumbered)")

    def test_stress_options(self):
        plan = cli.stress_plan([])
        self.assertEqual(plan.corpora, cli.CORPORA)
        self.assertEqual(plan.schedule.runs(), [1, 1] + [2] * 10 + [4] * 10 + [8] * 10)
        plan = cli.stress_plan(["--corpus", "errors", "--threads", "3", "--iterations", "4",
                                "--only", "errors/gen-*", "--resume"])
        self.assertEqual((plan.corpora, plan.only, plan.resume), (("errors",), ["errors/gen-*"], True))
        self.assertEqual(plan.schedule.runs(), [1, 1, 3, 3, 3, 3])
        with self.assertRaises(SystemExit), mock.patch("sys.stderr"):
            cli.stress_plan(["--corpus", "everything"])

    def test_frozen_runs_without_tests_ui_in_a_work_directory_of_its_own(self):
        plan = cli.stress_plan(["--frozen"])
        self.assertTrue(plan.frozen)
        self.assertEqual(plan.corpora, tuple(c for c in cli.CORPORA if c != "ui"))
        with self.assertRaises(SystemExit), mock.patch("sys.stderr"):
            cli.stress_plan(["--frozen", "--corpus", "perf,ui"])
        stage1 = corpora.Paths("/r", "/r/s1/rustc", "cargo", "/up")
        frozen = corpora.Paths("/r", "/r/frozen/rustc", "cargo", "/up", name="frozen")
        self.assertNotEqual(frozen.work, stage1.work)
        self.assertNotEqual(frozen.out_dir("perf", "a/b"), stage1.out_dir("perf", "a/b"))
        self.assertEqual(frozen.bench_root, stage1.bench_root)

    def test_captured_invocations_write_elsewhere(self):
        args = ["--crate-name", "a", "--out-dir", "/cargo/deps", "-L", "dependency=/cargo/deps"]
        self.assertEqual(
            corpora.redirect_out_dir(args, "/mine"),
            ["--crate-name", "a", "--out-dir", "/mine", "-L", "dependency=/cargo/deps"],
        )
        self.assertEqual(corpora.redirect_out_dir(["a.rs"], "/mine"), ["a.rs", "--out-dir", "/mine"])

    def test_recorded_invocations_become_jobs(self):
        with tempfile.TemporaryDirectory() as d:
            capture = os.path.join(d, "capture")
            os.makedirs(capture)
            for n, (crate, extra) in enumerate([("a", []), ("a", ["--test"])]):
                entry = {"rustc": "/r", "args": ["--crate-name", crate, *extra, "--out-dir", "/t/deps"],
                         "cwd": "/src", "env": {"CARGO_PKG_NAME": crate}, "crate": crate}
                with open(os.path.join(capture, f"{n:03}.json"), "w") as f:
                    json.dump(entry, f)
            paths = corpora.Paths(d, "/stage1/rustc", "cargo", "/upstream")
            found = corpora.captured_jobs(paths, "perf", "bench/check", capture)
        self.assertEqual([j.name for j in found], ["bench/check/a-crate-000", "bench/check/a-test-001"])
        job = found[1]
        self.assertEqual(job.rustc, "/stage1/rustc", "the suite's compiler, not the recorded one")
        self.assertEqual(job.out_dir, os.path.join(d, "build", "determinism", "out", "perf",
                                                   "bench_check_a-test-001"))
        self.assertEqual(job.command(8)[-4:], ["--test", "--out-dir", job.out_dir, "-Zthreads=8"])
        self.assertEqual(job.env["CARGO_PKG_NAME"], "a")

    def test_compile_flags_directives(self):
        with tempfile.NamedTemporaryFile("w", suffix=".rs") as f:
            f.write("//@ compile-flags: --crate-type=lib -g\n//@ compile-flags: -O\nfn f() {}\n")
            f.flush()
            self.assertEqual(corpora.flags_of(f.name), ["--crate-type=lib", "-g", "-O"])

    def test_generated_programs_are_stable_and_large(self):
        with tempfile.TemporaryDirectory() as d:
            first = generate.write_all(d)
            texts = [read(p) for p in first]
            mtimes = [os.stat(p).st_mtime_ns for p in first]
            self.assertEqual(generate.write_all(d), first)
            self.assertEqual([read(p) for p in first], texts)
            self.assertEqual([os.stat(p).st_mtime_ns for p in first], mtimes)
        errors = generate.many_errors()
        self.assertEqual(errors.count("pub mod m"), generate.MODULES)
        self.assertGreater(errors.count("pub fn"), 300)


if __name__ == "__main__":
    unittest.main()
