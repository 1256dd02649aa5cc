"""`./x.py`'s command line: every command parses strictly, its options reach
the function that acts on them, and arguments for bootstrap go through in
order. Nothing is built: the functions that would build are mocks."""

import contextlib
import io
import unittest
from unittest import mock

from prustc_x import cli, prereqs

REPO = "/repo"


def run(*argv):
    """(exit code, stdout, stderr) of `./x.py argv`."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(REPO, list(argv))
        except SystemExit as e:
            code = e.code
    return code, out.getvalue(), err.getvalue()


class Builds(unittest.TestCase):
    """Mocks of everything that would install, lay out or build."""

    def setUp(self):
        patches = {
            "prepare": mock.patch.object(cli.build, "prepare", return_value={"cfg": 1}),
            "bootstrap": mock.patch.object(cli.build, "bootstrap", return_value=0),
            "dist_build": mock.patch.object(cli.dist, "build"),
            "version": mock.patch.object(cli.subprocess, "run",
                                         return_value=mock.Mock(stdout="rustc 1.96.0\n")),
            "suite_run": mock.patch.object(cli.suite, "run", return_value=0),
            "stress": mock.patch.object(cli.suite, "stress", return_value=0),
            "export": mock.patch.object(cli.layout, "export", return_value=[]),
            "rebase_start": mock.patch.object(cli.rebase, "start", return_value=0),
            "rebase_finish": mock.patch.object(cli.rebase, "finish", return_value=0),
            "bench": mock.patch.object(cli.bench_cli, "main", return_value=0),
        }
        for name, patch in patches.items():
            setattr(self, name, patch.start())
            self.addCleanup(patch.stop)

    def bootstrap_call(self):
        """(build variant, bootstrap arguments, check) of the one bootstrap run."""
        self.bootstrap.assert_called_once()
        (paths, cfg, args), kwargs = self.bootstrap.call_args
        self.assertEqual(cfg, {"cfg": 1})
        return paths.variant, args, kwargs.get("check", True)


class TyposAreErrors(Builds):
    def assert_usage_error(self, argv, *expected):
        code, _, err = run(*argv)
        self.assertEqual(code, 2, err)
        for text in expected:
            self.assertIn(text, err)
        self.prepare.assert_not_called()
        self.bootstrap.assert_not_called()

    def test_unknown_options_of_our_commands(self):
        self.assert_usage_error(["layout", "--forse"], "unrecognized arguments: --forse",
                                "(see `./x.py layout --help`)")
        self.assert_usage_error(["export", "--chek"], "unrecognized arguments: --chek")
        self.assert_usage_error(["rebase", "--finsh"], "unrecognized arguments: --finsh")
        self.assert_usage_error(["test", "--stress", "--frozn"], "unrecognized arguments: --frozn",
                                "./x.py test --stress --help")
        self.stress.assert_not_called()

    def test_options_are_never_abbreviated(self):
        # `--for` must not pass for `--force`, which discards edits.
        self.assert_usage_error(["layout", "--for"], "unrecognized arguments: --for")

    def test_unknown_commands(self):
        self.assert_usage_error(["lay-out"], "invalid choice: 'lay-out'")

    def test_build_options_that_do_not_fit(self):
        self.assert_usage_error(["build", "--dist", "--baseline"], "not allowed with argument")
        self.assert_usage_error(["build", "--no-pgo"], "--no-pgo and --reuse-profile go with --dist")
        self.assert_usage_error(["build", "--dist", "--no-pgo", "--reuse-profile"],
                                "not allowed with argument")
        self.assert_usage_error(["build", "--dist", "library"], "--dist takes no bootstrap arguments")
        self.dist_build.assert_not_called()

    def test_rebase_takes_a_directory_or_finish(self):
        self.assert_usage_error(["rebase"], "either the new upstream directory or --finish")
        self.assert_usage_error(["rebase", "/new", "--finish"], "either")
        self.assert_usage_error(["rebase", "/a", "/b"], "unrecognized arguments: /b")

    def test_stress_takes_no_paths(self):
        self.assert_usage_error(["test", "tests/ui", "--stress"], "--stress takes no paths")
        self.stress.assert_not_called()


class OptionsReachTheirFunction(Builds):
    def test_build(self):
        self.assertEqual(run("build")[0], 0)
        self.assertEqual(self.bootstrap_call(), (None, ["build", "--stage", "1", "library"], True))

    def test_build_variant_with_bootstrap_arguments(self):
        self.assertEqual(run("build", "--baseline", "check")[0], 0)
        self.assertEqual(self.bootstrap_call(), ("baseline", ["build", "check"], False))

    def test_dist_profiles(self):
        run("build", "--dist", "--reuse-profile")
        kwargs = self.dist_build.call_args.kwargs
        self.assertEqual((kwargs["pgo"], kwargs["reuse_profile"]), (True, True))
        run("build", "--dist", "--no-pgo")
        kwargs = self.dist_build.call_args.kwargs
        self.assertEqual((kwargs["pgo"], kwargs["reuse_profile"]), (False, False))
        self.assertEqual(self.dist_build.call_args.args[1].variant, "dist")

    def test_test_without_arguments_is_the_suite(self):
        self.assertEqual(run("test")[0], 0)
        self.suite_run.assert_called_once_with(REPO)
        self.bootstrap.assert_not_called()

    def test_stress_options(self):
        run("test", "--stress", "--frozen", "--corpus", "errors,perf", "--resume")
        repo, plan = self.stress.call_args.args
        self.assertEqual((repo, plan.corpora, plan.frozen, plan.resume),
                         (REPO, ("errors", "perf"), True, True))

    def test_test_paths_go_to_bootstrap_in_order(self):
        argv = ["tests/ui/x.rs", "--bless", "--test-args", "--parallel-frontend-threads=1",
                "--stage", "1"]
        run("test", *argv)
        self.assertEqual(self.bootstrap_call(), (None, ["test", *argv], False))
        self.suite_run.assert_not_called()

    def test_layout_force(self):
        run("layout")
        self.assertEqual(self.prepare.call_args.kwargs, {"force": False})
        run("layout", "--force")
        self.assertEqual(self.prepare.call_args.kwargs, {"force": True})

    def test_export_check(self):
        self.export.return_value = ["compiler/a.rs.patch"]
        code, out, _ = run("export", "--check")
        self.assertEqual(code, 1)
        self.assertTrue(out.startswith("would change compiler/a.rs.patch\n"), out)
        self.assertTrue(self.export.call_args.kwargs["check"])
        self.assertEqual(self.export.call_args.args[:3], (REPO, prereqs.UPSTREAM_DIR, "/repo/build/rust"))
        code, out, _ = run("export")
        self.assertEqual((code, out), (0, "exported compiler/a.rs.patch\n"))
        self.assertFalse(self.export.call_args.kwargs["check"])

    def test_rebase(self):
        run("rebase", "/usr/src/rustc-1.97.0")
        self.assertEqual(self.rebase_start.call_args.args[:4],
                         (REPO, "/repo/build/rust", prereqs.UPSTREAM_DIR, "/usr/src/rustc-1.97.0"))
        run("rebase", "--finish")
        self.assertEqual(self.rebase_finish.call_args.args[:2], (REPO, "/repo/build/rust"))

    def test_bench_gets_its_arguments_as_given(self):
        for argv in (["--quick", "--threads", "1,2"], ["compare", "A=-Zthreads=2", "B=baseline"],
                     ["--help"]):
            run("bench", *argv)
            self.bench.assert_called_with(REPO, argv)

    def test_upstream_commands_go_through_with_the_variant(self):
        run("check", "--all-targets", "compiler/rustc_span", "--baseline", "-j", "2")
        self.assertEqual(self.bootstrap_call(),
                         ("baseline", ["check", "--all-targets", "compiler/rustc_span", "-j", "2"],
                          False))

    def test_upstream_help_is_upstreams(self):
        run("doc", "--help")
        self.assertEqual(self.bootstrap_call(), (None, ["doc", "--help"], False))

    def test_a_missing_package_is_a_message(self):
        self.prepare.side_effect = prereqs.MissingError("missing Debian packages: llvm-22-dev")
        code, _, err = run("layout")
        self.assertEqual(code, 1)
        self.assertEqual(err, "prustc: error: missing Debian packages: llvm-22-dev\n")


class HelpTests(unittest.TestCase):
    def test_no_arguments_print_the_help(self):
        for argv in ([], ["help"]):
            code, out, _ = run(*argv)
            self.assertEqual(code, 0)
            self.assertIn("usage: ./x.py", out)
            for command in ("build", "test", "layout", "export", "rebase", "bench"):
                self.assertIn(f"\n    {command} ", out)

    def test_every_command_of_ours_has_help(self):
        for argv in (["build"], ["test"], ["test", "--stress"], ["layout"], ["export"],
                     ["rebase"], ["bench"], ["bench", "compare"], ["bench", "phases"],
                     ["bench", "instructions"]):
            code, out, err = run(*argv, "--help")
            self.assertEqual((code, err), (0, ""), argv)
            self.assertIn("usage: ./x.py " + " ".join(argv), out)


if __name__ == "__main__":
    unittest.main()
