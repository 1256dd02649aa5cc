"""`./x.py test`'s own logic, with every step that would build mocked: the
order of the steps, stopping at the first failure, the repository's hygiene
checks on a synthetic repository, and reading compiletest's results."""

import contextlib
import io
import os
import tempfile
import unittest
from unittest import mock

from prustc_x import suite
from prustc_x.determinism import cli as determinism_cli

REPO = "/repo"


def quietly(fn, *args):
    """fn(*args) with its log and failure messages caught: (result, text)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        return fn(*args), out.getvalue()


class StepsTests(unittest.TestCase):
    def test_steps_run_in_order_and_stop_at_the_first_failure(self):
        ran = []

        def step(name, error=None):
            return name, lambda: ran.append(name) or error

        code, text = quietly(suite.run_steps, [step("a"), step("b", "b broke"), step("c")])
        self.assertEqual((code, ran), (1, ["a", "b"]))
        self.assertIn("prustc: test failed: b broke", text)
        self.assertNotIn("all tests passed", text)

    def test_every_step_passing_passes(self):
        code, text = quietly(suite.run_steps, [("a", lambda: None), ("b", lambda: "")])
        self.assertEqual(code, 0)
        self.assertIn("all tests passed", text)


class RunTests(unittest.TestCase):
    """suite.run with each step replaced by a mock that records its call."""

    def setUp(self):
        self.calls = []
        # What each mock returns: every step passes unless a test says otherwise.
        self.results = {"unit": True, "hygiene": [], "prepare": {}, "export": [], "bootstrap": 0,
                        "determinism": None, "ui": None}
        targets = {
            "unit": (suite, "run_unit_tests"),
            "hygiene": (suite, "hygiene"),
            "prepare": (suite.build, "prepare"),
            "export": (suite.layout, "export"),
            "bootstrap": (suite.build, "bootstrap"),
            "determinism": (suite, "determinism"),
            "ui": (suite, "ui_run"),
        }
        for name, (module, attr) in targets.items():
            patch = mock.patch.object(module, attr, side_effect=lambda *a, n=name, **k: (
                self.calls.append((n, a)) or self.results[n]))
            patch.start()
            self.addCleanup(patch.stop)

    def names(self):
        return [name for name, _ in self.calls]

    def test_the_order_of_the_whole_suite(self):
        code, _ = quietly(suite.run, REPO)
        self.assertEqual(code, 0)
        self.assertEqual(self.names(), ["unit", "hygiene", "prepare", "export", "bootstrap",
                                        "bootstrap", "determinism", "ui", "ui"])
        bootstraps = [args[2] for name, args in self.calls if name == "bootstrap"]
        self.assertEqual(bootstraps, [["build", "--stage", "1", "library"],
                                      ["test", "compiler/rustc_data_structures", "compiler/rustc_span"]])
        _, rustc, plan = next(args for name, args in self.calls if name == "determinism")
        self.assertEqual(rustc, "/repo/build/x86_64-unknown-linux-gnu/stage1/bin/rustc")
        self.assertIs(plan, determinism_cli.CI_PLAN)
        ui = [args[2:] for name, args in self.calls if name == "ui"]
        self.assertEqual(ui, [(1, 1), (suite.PARALLEL_THREADS, suite.PARALLEL_ITERATIONS)])

    def test_a_failing_unit_test_stops_everything(self):
        self.results["unit"] = False
        code, text = quietly(suite.run, REPO)
        self.assertEqual((code, self.names()), (1, ["unit"]))
        self.assertIn("tooling unit tests failed", text)

    def test_hygiene_problems_stop_before_the_tree_is_laid_out(self):
        self.results["hygiene"] = ["a.patch: the patch has no header", "b.patch: the same"]
        code, text = quietly(suite.run, REPO)
        self.assertEqual((code, self.names()), (1, ["unit", "hygiene"]))
        self.assertIn("a.patch: the patch has no header\nb.patch: the same", text)

    def test_unexported_edits_stop_before_building(self):
        self.results["export"] = ["compiler/x.rs.patch"]
        code, text = quietly(suite.run, REPO)
        self.assertEqual(self.names()[-1], "export")
        self.assertIn("export after layout would change: compiler/x.rs.patch", text)

    def test_a_failed_build_stops_before_the_tests(self):
        self.results["bootstrap"] = 1
        code, text = quietly(suite.run, REPO)
        self.assertEqual((code, self.names()[-1]), (1, "bootstrap"))
        self.assertEqual(self.names().count("bootstrap"), 1)
        self.assertIn("building the stage1 toolchain failed", text)

    def test_a_determinism_failure_stops_before_tests_ui(self):
        self.results["determinism"] = "determinism suite failed"
        code, _ = quietly(suite.run, REPO)
        self.assertEqual((code, self.names()[-1]), (1, "determinism"))


class HygieneTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def put(self, rel, text):
        path = os.path.join(self.tmp.name, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def test_patches_without_header_and_serial_only_ui_tests(self):
        diff = "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n"
        self.put("compiler/a/src/lib.rs.patch", "Subject: why\n\n" + diff)
        self.put("compiler/b/src/lib.rs.patch", diff)
        self.put("compiler/c/src/lib.rs.patch", "<one line: what this patch changes>\n" + diff)
        self.put("tests/ui/good.rs", "fn main() {}\n")
        self.put("tests/ui/serial.rs", "//@ ignore-parallel-frontend\nfn main() {}\n")
        # Ours, not laid out: never checked.
        self.put("src/tools/prustc_x/x.patch", diff)
        self.put("src/doc/prustc/notes.rs", "// ignore-parallel-frontend\n")
        self.assertEqual(suite.hygiene(self.tmp.name), [
            "compiler/b/src/lib.rs.patch: the patch has no header (what it changes and why)",
            "compiler/c/src/lib.rs.patch: the patch has no header (what it changes and why)",
            "tests/ui/serial.rs: UI tests must run in the parallel mode too",
        ])


class UiRunTests(unittest.TestCase):
    def ui_run(self, code, output):
        with mock.patch.object(suite, "bootstrap_capture", return_value=(code, output)) as capture:
            error, _ = quietly(suite.ui_run, "paths", {}, 4, 3)
        args = capture.call_args.args[2]
        self.assertEqual(args[-1], "--parallel-frontend-threads=4 --iteration-count=3")
        return error

    def test_results_are_summed_over_every_result_line(self):
        out = ("test result: ok. 10 passed; 0 failed; 0 ignored; 0 measured\n"
               "test result: ok. 5 passed; 0 failed; 0 ignored; 0 measured\n")
        self.assertIsNone(self.ui_run(0, out))

    def test_a_failure_an_ignored_test_or_no_test_fails(self):
        self.assertEqual(self.ui_run(1, ""), "tests/ui at -Z threads=4 failed")
        self.assertIn("no test result line", self.ui_run(0, "built\n"))
        self.assertIn("no test ran", self.ui_run(0, "test result: ok. 0 passed; 0 failed; 0 ignored"))
        self.assertIn("1 test(s) ignored",
                      self.ui_run(0, "test result: ok. 9 passed; 0 failed; 1 ignored"))


class StressTests(unittest.TestCase):
    def test_frozen_runs_the_copy_without_building(self):
        plan = determinism_cli.stress_plan(["--frozen", "--corpus", "errors"])
        with tempfile.TemporaryDirectory() as repo:
            frozen = os.path.join(repo, "build", "frozen", "stage1")
            os.makedirs(frozen)
            with mock.patch.object(suite.build, "prepare", return_value={}), \
                    mock.patch.object(suite.build, "bootstrap") as bootstrap, \
                    mock.patch.object(suite, "determinism", return_value=None) as determinism, \
                    mock.patch.object(suite, "ui_run") as ui_run:
                code, _ = quietly(suite.stress, repo, plan)
        self.assertEqual(code, 0)
        bootstrap.assert_not_called()
        ui_run.assert_not_called()
        self.assertEqual(determinism.call_args.args,
                         (repo, os.path.join(frozen, "bin", "rustc"), plan, "frozen"))


if __name__ == "__main__":
    unittest.main()
