"""The measuring subcommands (`./x.py bench compare`, `phases`,
`instructions`): their options, the variants they compare, their schedules
and statistics, and their reports, with a stand-in for the measured runs (no
compiler runs)."""

import contextlib
import io
import types
import unittest
from unittest import mock

from prustc_x.bench import cli, compare, instructions, measure, phases, variants

SYN = types.SimpleNamespace(name="syn")


def parse(name, *argv):
    return cli.parse_subcommand(name, list(argv))


def parse_error(name, *argv):
    """The message of a rejected command line."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), unittest.TestCase().assertRaises(SystemExit):
        parse(name, *argv)
    return err.getvalue()


class VariantTests(unittest.TestCase):
    def test_flags_alone_are_prustc(self):
        v = variants.parse("A=-Zparallel-expansion=none")
        self.assertEqual((v.name, v.compiler, v.flags, v.env),
                         ("A", "prustc", ("-Zparallel-expansion=none",), ()))

    def test_environment_compiler_and_flags(self):
        v = variants.parse("B=MIMALLOC_ALLOW_THP=0 baseline -Zthreads=2 --cfg 'x=\"a b\"'")
        self.assertEqual((v.compiler, v.flags, v.env),
                         ("baseline", ("-Zthreads=2", "--cfg", 'x="a b"'), (("MIMALLOC_ALLOW_THP", "0"),)))
        self.assertEqual(variants.parse("before=build/tmp/rustc").compiler, "build/tmp/rustc")
        self.assertEqual(variants.parse("A=").compiler, "prustc")

    def test_malformed_variants(self):
        for text in ("baseline", "=baseline", "A B=baseline", "A=-Z'x"):
            with self.assertRaises(ValueError, msg=text):
                variants.parse(text)

    def test_applied_to_recorded_invocations(self):
        inv = {"rustc": "/r", "args": ["--crate-name", "syn"], "cwd": "/s", "env": {"A": "1"}}
        v = variants.parse("B=X=2 -Zfoo")
        self.assertEqual(variants.apply(v, [inv]),
                         [dict(inv, args=["--crate-name", "syn", "-Zfoo"], env={"A": "1", "X": "2"})])
        self.assertEqual(inv["args"], ["--crate-name", "syn"], "the recording is left alone")

    def test_preparations_of_paths_never_share_a_directory(self):
        self.assertEqual(variants.work_name("baseline"), "baseline")
        a, b = variants.work_name("/a/rustc"), variants.work_name("/b/rustc")
        self.assertNotEqual(a, b)
        self.assertNotIn(a, variants.BUILDS)

    def test_a_missing_build_says_how_to_build_it(self):
        with self.assertRaises(SystemExit) as e:
            variants.rustc("/nonexistent", "serial")
        self.assertIn("./x.py build --serial", str(e.exception))
        with self.assertRaises(SystemExit):
            variants.rustc("/nonexistent", "/nonexistent/rustc")


class OptionTests(unittest.TestCase):
    def test_compare_defaults(self):
        args = parse("compare", "--pause", "0", "A=-Zx", "B=baseline")
        self.assertEqual([v.name for v in args.variants], ["A", "B"])
        self.assertEqual((args.threads, args.rounds, args.mode, args.bench),
                         (["1", "2"], 10, "check", None))

    def test_compare_needs_two_distinct_variants(self):
        self.assertIn("two or more variants", parse_error("compare", "A=-Zx"))
        self.assertIn("distinct names", parse_error("compare", "A=-Zx", "A=-Zy"))
        self.assertIn("is not NAME=SPEC", parse_error("compare", "A=-Zx", "baseline"))

    def test_typos_and_bad_values_are_rejected(self):
        self.assertIn("unrecognized arguments: --round", parse_error("compare", "--round=3", "A=", "B="))
        self.assertIn("neither a number", parse_error("phases", "--threads", "1,two"))
        self.assertIn("not a whole number", parse_error("phases", "--rounds", "0"))
        self.assertIn("--pause must not be negative", parse_error("phases", "--pause", "-1"))
        self.assertIn("one thread count", parse_error("instructions", "--threads", "1,2", "A=", "B="))
        self.assertIn("invalid choice", parse_error("instructions", "--counter", "papi", "A=", "B="))

    def test_phases_and_instructions_defaults(self):
        args = parse("phases", "--pause", "0")
        self.assertEqual((args.variant.compiler, args.threads, args.rounds, args.all),
                         ("prustc", ["1", "2"], 3, False))
        args = parse("phases", "--pause", "0", "off=-Zparallel-expansion=none")
        self.assertEqual(args.variant.flags, ("-Zparallel-expansion=none",))
        args = parse("instructions", "A=baseline", "B=prustc")
        self.assertEqual((args.threads, args.rounds, args.counter), ("1", 1, "auto"))

    def test_the_run_and_the_subcommands_are_told_apart(self):
        with mock.patch.object(cli, "run_subcommand", return_value=0) as sub:
            cli.main("/repo", ["compare", "A=", "B="])
        sub.assert_called_once_with("/repo", "compare", ["A=", "B="])
        self.assertTrue(cli.parse_args(["--quick"]).quick)


class FakeRuns:
    """measure.run_once for invocations that are a variant's name: records
    every call and returns what `measurement(name, threads)` says."""

    def __init__(self, measurement):
        self.measurement = measurement
        self.calls = []

    def __call__(self, invocations, threads, counter=None, extra=()):
        self.calls.append((invocations, threads, counter, tuple(extra)))
        result = {"exit": 0, "cpu_s": 1.0, "maxrss_kib": 2048 << 10, "instructions": None,
                  "output": ""}
        result.update(self.measurement(invocations, threads))
        return result


@contextlib.contextmanager
def one_benchmark():
    """variants.select and variants.prepared for one benchmark, `syn`, whose
    invocations for a variant are the variant's name."""
    prepared = lambda repo, chosen, pairs, log: {  # noqa: E731
        ("syn", "check", v.name): v.name for v in chosen}
    with mock.patch.object(variants, "select", return_value=[(SYN, "check")]), \
            mock.patch.object(variants, "prepared", side_effect=prepared):
        yield


class CompareTests(unittest.TestCase):
    def test_rounds_interleave_and_alternate(self):
        order = compare.schedule(["A", "B"], ["1", "2"], 2)
        self.assertEqual(order, [(0, "1", "A"), (0, "1", "B"), (0, "2", "A"), (0, "2", "B"),
                                 (1, "1", "B"), (1, "1", "A"), (1, "2", "B"), (1, "2", "A")])

    def test_median_interval(self):
        self.assertIsNone(compare.median_interval([1, 2, 3, 4, 5]))
        self.assertEqual(compare.median_interval([6, 1, 5, 2, 4, 3]), (1, 6))
        # For 10 values the 95% interval runs from the 2nd to the 9th.
        self.assertEqual(compare.median_interval(range(10, 0, -1)), (2, 9))
        self.assertEqual(compare.median_interval(range(1, 21)), (6, 15))
        self.assertEqual(compare.median_interval(range(1, 21), confidence=0.5), (8, 13))

    def test_run_reports_paired_ratios(self):
        # B is 10% slower than A in every round, while the machine slows
        # down round by round: the paired ratio is exactly 1.1.
        def wall(name, threads):
            slowdown = 1 + (len(fake.calls) - 1) // 4 / 10  # 4 runs per round
            return {"wall_s": slowdown * (1.1 if name == "B" else 1.0) / int(threads)}

        fake = FakeRuns(wall)
        args = parse("compare", "--pause", "0", "--rounds", "6", "A=-Zx", "B=-Zy")
        with one_benchmark():
            ok, text = compare.run("/repo", args, fake, lambda msg: None)
        self.assertTrue(ok, text)
        self.assertEqual(len(fake.calls), 6 * 2 * 2)
        self.assertEqual([c[0] for c in fake.calls[:8]], ["A", "B", "A", "B", "B", "A", "B", "A"])
        self.assertIn("A: prustc -Zx", text)
        self.assertIn("-Z threads=1", text)
        self.assertIn("rss  2048 MiB", text)
        self.assertRegex(text, r"B/A 1\.100 \[1\.100, 1\.100\]  min/min 1\.100")
        self.assertIn("B            speedup 1 -> 2 threads 2.000x [2.000, 2.000]", text)

    def test_a_failing_compilation_stops_the_comparison(self):
        fake = FakeRuns(lambda name, threads: {"wall_s": 1.0, "exit": 101 if name == "B" else 0,
                                               "stderr": "error: internal compiler error"})
        args = parse("compare", "--pause", "0", "A=", "B=-Zbroken")
        with one_benchmark():
            ok, text = compare.run("/repo", args, fake, lambda msg: None)
        self.assertFalse(ok)
        self.assertIn("syn (check) failed with B at -Z threads=1 (exit 101)", text)
        self.assertIn("internal compiler error", text)


TIME_PASSES = """\
time:   0.100; rss:   10MB ->   20MB (  +10MB)\tparse_crate
time:   {expand:.3f}; rss:   20MB ->   30MB (  +10MB)\texpand_crate
time:   0.004; rss:   30MB ->   30MB (   +0MB)\tlint_checking
time:   {typeck:.3f}; rss:   30MB ->   40MB (  +10MB)\ttype_check_crate
time:   {total:.3f}; rss:    5MB ->   40MB (  +35MB)\ttotal
"""


def time_passes(threads):
    expand, typeck = 0.4, 0.5 / int(threads)
    return TIME_PASSES.format(expand=expand, typeck=typeck, total=0.1 + expand + typeck + 0.004)


class PhasesTests(unittest.TestCase):
    def test_passes_are_summed_over_invocations(self):
        text = time_passes(1) + time_passes(2)
        found = measure.pass_times(text)
        self.assertEqual(list(found)[:2], ["parse_crate", "expand_crate"])
        self.assertAlmostEqual(found["type_check_crate"], 0.75)
        self.assertAlmostEqual(found["total"], 1.004 + 0.754)

    def test_table_orders_by_time_and_leaves_out_short_passes(self):
        samples = {t: [measure.pass_times(time_passes(t))] * 3 for t in ("1", "2")}
        rows = phases.table(samples, ["1", "2"])
        self.assertEqual([name for name, _ in rows],
                         ["total", "type_check_crate", "expand_crate", "parse_crate"])
        self.assertEqual(rows[1][1], [0.5, 0.25])
        every = phases.table(samples, ["1", "2"], every=True)
        self.assertIn("lint_checking", [name for name, _ in every])

    def test_run_passes_time_passes_and_reports_speedups(self):
        fake = FakeRuns(lambda name, threads: {"wall_s": 1.2 / int(threads),
                                               "output": time_passes(threads)})
        args = parse("phases", "--pause", "0", "--rounds", "2", "base=baseline")
        with one_benchmark():
            ok, text = phases.run("/repo", args, fake, lambda msg: None)
        self.assertTrue(ok, text)
        self.assertEqual({c[3] for c in fake.calls}, {("-Ztime-passes",)})
        self.assertEqual([c[1] for c in fake.calls], ["1", "2", "1", "2"])
        self.assertIn("syn (check), base: baseline", text)
        self.assertRegex(text, r"type_check_crate +0\.500 +0\.250 +2\.00x")
        self.assertRegex(text, r"expand_crate +0\.400 +0\.400 +1\.00x")
        self.assertRegex(text, r"wall \(process\) +1\.200 +0\.600 +2\.00x")
        self.assertNotIn("lint_checking", text)


class InstructionsTests(unittest.TestCase):
    def test_counter_choice(self):
        with mock.patch.object(measure, "perf_stat_works", return_value=False), \
                mock.patch.object(instructions.shutil, "which", return_value="/usr/bin/valgrind"):
            self.assertEqual(instructions.counter("auto"), "cachegrind")
            with self.assertRaises(SystemExit) as e:
                instructions.counter("perf")
            self.assertIn("--counter cachegrind", str(e.exception))
        with mock.patch.object(measure, "perf_stat_works", return_value=True):
            self.assertEqual(instructions.counter("auto"), "perf")
        with mock.patch.object(instructions.shutil, "which", return_value=None):
            with self.assertRaises(SystemExit):
                instructions.counter("cachegrind")

    def test_run_counts_at_one_thread_and_reports_ratios(self):
        counts = {"A": 1_000_000, "B": 1_012_345}
        fake = FakeRuns(lambda name, threads: {"instructions": counts[name], "wall_s": 50.0})
        args = parse("instructions", "A=baseline", "B=prustc")
        with one_benchmark(), mock.patch.object(instructions, "counter", return_value="cachegrind"):
            ok, text = instructions.run("/repo", args, fake, lambda msg: None)
        self.assertTrue(ok, text)
        self.assertEqual([(c[0], c[1], c[2]) for c in fake.calls],
                         [("A", "1", "cachegrind"), ("B", "1", "cachegrind")])
        self.assertRegex(text, r"syn \(check\) +1,000,000 +1,012,345 +1\.0123")

    def test_a_run_without_a_count_fails(self):
        fake = FakeRuns(lambda name, threads: {"instructions": None, "wall_s": 1.0})
        args = parse("instructions", "A=baseline", "B=prustc")
        with one_benchmark(), mock.patch.object(instructions, "counter", return_value="perf"):
            ok, text = instructions.run("/repo", args, fake, lambda msg: None)
        self.assertFalse(ok)
        self.assertIn("no count", text)


if __name__ == "__main__":
    unittest.main()
