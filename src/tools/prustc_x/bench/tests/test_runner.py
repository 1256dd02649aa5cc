"""The harness's own logic, without running a real benchmark: recording
invocations, presets, configurations and schedule, time-passes and perf
parsing, and measuring a stand-in compiler."""

import json
import os
import shutil
import sys
import tempfile
import textwrap
import unittest
from unittest import mock

from prustc_x.bench import benchmarks, capture, cli, measure

TIME_PASSES = textwrap.dedent("""\
    time:   0.010; rss:   78MB ->   80MB (   +2MB)\tparse_crate
    time:   0.300; rss:   88MB ->  101MB (  +13MB)\texpand_crate
    {"$message_type":"artifact","artifact":"x.rmeta","emit":"metadata"}
    time:   0.250; rss:  107MB ->  124MB (  +17MB)\ttype_check_crate
    time:   0.150; rss:  124MB ->  133MB (   +9MB)\tMIR_borrow_checking
    time:   1.000; rss:   66MB ->  121MB (  +55MB)\ttotal
    """)


class CaptureTests(unittest.TestCase):
    def test_only_primary_non_build_script_crates(self):
        args = ["--crate-name", "syn", "--edition=2021", "src/lib.rs"]
        self.assertTrue(capture.wanted(args, {"CARGO_PRIMARY_PACKAGE": "1"}))
        self.assertFalse(capture.wanted(args, {}))
        build = ["--crate-name", "build_script_build", "build.rs"]
        self.assertFalse(capture.wanted(build, {"CARGO_PRIMARY_PACKAGE": "1"}))
        self.assertFalse(capture.wanted(["-vV"], {"CARGO_PRIMARY_PACKAGE": "1"}))

    def test_incremental_is_stripped_and_other_codegen_options_kept(self):
        args = ["-C", "incremental=/t/inc", "-C", "opt-level=3", "-Cincremental=/x", "-Cdebuginfo=2", "x.rs"]
        self.assertEqual(capture.strip_incremental(args), ["-C", "opt-level=3", "-Cdebuginfo=2", "x.rs"])

    def test_record_drops_the_jobserver(self):
        d = tempfile.mkdtemp()
        try:
            env = {"CARGO_PKG_NAME": "syn", "CARGO_MAKEFLAGS": "-j --jobserver-fds=3,4", "MAKEFLAGS": "x"}
            capture.record(d, "/r/rustc", ["--crate-name", "syn"], env, "/src")
            capture.record(d, "/r/rustc", ["--crate-name", "syn2"], env, "/src")
            invs = measure.load_invocations(d)
            self.assertEqual([i["crate"] for i in invs], ["syn", "syn2"])
            self.assertEqual(invs[0]["env"], {"CARGO_PKG_NAME": "syn"})
        finally:
            shutil.rmtree(d)

    def test_record_never_shares_a_file(self):
        # Two wrappers that count the same files pick the same number; the
        # second must move on, not write into the first one's file.
        d = tempfile.mkdtemp()
        real_listdir = os.listdir
        try:
            capture.os.listdir = lambda path: []
            capture.record(d, "/r/rustc", ["--crate-name", "coretests", "--test"], {}, "/src")
            capture.record(d, "/r/rustc", ["--crate-name", "alloctests"], {}, "/src")
        finally:
            capture.os.listdir = real_listdir
        try:
            invs = measure.load_invocations(d)
            self.assertEqual(sorted(os.listdir(d)), ["000.json", "001.json"])
            self.assertEqual([i["crate"] for i in invs], ["coretests", "alloctests"])
        finally:
            shutil.rmtree(d)


class BenchmarkTests(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp()
        for name, config in (("a", {}), ("b", {"excluded_profiles": ["Opt"], "cargo_opts": "--features=full"}),
                             ("c", {"cargo_rustc_opts": "--cap-lints=warn"})):
            os.makedirs(os.path.join(self.root, name))
            open(os.path.join(self.root, name, "Cargo.toml"), "w").close()
            with open(os.path.join(self.root, name, "perf-config.json"), "w") as f:
                json.dump(config, f)
        os.makedirs(os.path.join(self.root, "not-a-benchmark"))

    def tearDown(self):
        shutil.rmtree(self.root)

    def test_selection_honours_excluded_profiles(self):
        pairs = benchmarks.select(self.root, "full", ["a", "b"], ["check", "opt"])
        self.assertEqual([(b.name, m) for b, m in pairs], [("a", "check"), ("a", "opt"), ("b", "check")])
        self.assertEqual(benchmarks.available(self.root), ["a", "b", "c"])

    def test_unknown_benchmark_lists_what_exists(self):
        with self.assertRaisesRegex(ValueError, "available: a, b, c"):
            benchmarks.select(self.root, "full", ["zzz"])

    def test_cargo_arguments(self):
        b = benchmarks.Benchmark(self.root, "b")
        self.assertEqual(b.cargo_args("opt"), ["build", "--release", "--features=full"])
        c = benchmarks.Benchmark(self.root, "c")
        self.assertEqual(c.cargo_args("check"), ["rustc", "--profile", "check", "--", "--cap-lints=warn"])
        self.assertEqual(c.cargo_args("debug"), ["rustc", "--", "--cap-lints=warn"])


class ScheduleTests(unittest.TestCase):
    def test_configurations(self):
        configs = cli.configurations({"prustc": "", "baseline": ""}, ["1", "2", "4", "default"])
        self.assertEqual([c["id"] for c in configs],
                         ["prustc/1", "prustc/2", "prustc/4", "prustc/default", "baseline/1", "baseline/2"])

    def test_serial_sync_build_runs_at_one_thread_only(self):
        configs = cli.configurations({"prustc": "", "serial": "", "baseline": ""}, ["1", "2"])
        self.assertEqual([c["id"] for c in configs],
                         ["prustc/1", "prustc/2", "serial/1", "baseline/1", "baseline/2"])

    def test_dist_and_named_compilers_run_at_one_and_two_threads(self):
        names = {"prustc": "", "dist": "", "before": "", "baseline": "", "nightly": ""}
        configs = cli.configurations(names, ["1", "2", "4"])
        self.assertEqual([c["id"] for c in configs],
                         ["prustc/1", "prustc/2", "prustc/4", "dist/1", "dist/2", "before/1",
                          "before/2", "baseline/1", "baseline/2", "nightly/1", "nightly/2"])

    def test_named_compiler_arguments(self):
        args = cli.parse_args(["--compiler", "before=/tmp/r/bin/rustc", "--compiler", "x=y"])
        self.assertEqual(args.others, [("before", "/tmp/r/bin/rustc"), ("x", "y")])
        with self.assertRaises(SystemExit), mock.patch("sys.stderr"):
            cli.parse_args(["--compiler", "before"])
        with self.assertRaises(SystemExit):
            cli.compilers("/nonexistent", False, others=[("baseline", "/bin/true")])

    def test_rounds_interleave_every_configuration(self):
        configs = [{"id": "A"}, {"id": "B"}]
        order = cli.schedule([("x", "check")], configs, warmup=1, rounds=2)
        self.assertEqual([(c["id"], r) for _, _, c, r in order],
                         [("A", None), ("B", None), ("A", 0), ("B", 0), ("A", 1), ("B", 1)])

    def test_pause_where_free_memory_is_reported(self):
        with tempfile.TemporaryDirectory() as d:
            self.assertEqual(measure.default_pause(os.path.join(d, "absent")), 0.0)
            with open(os.path.join(d, "reported_kib"), "w") as f:
                f.write("0\n")
            self.assertEqual(measure.default_pause(d), 0.0)
            with open(os.path.join(d, "reported_kib"), "w") as f:
                f.write("624399900\n")
            self.assertEqual(measure.default_pause(d), measure.REPORTING_SETTLE_S)
        self.assertEqual(cli.parse_args(["--pause", "0"]).pause, 0.0)
        self.assertEqual(cli.parse_args(["--instructions"]).pause, 0.0)
        with self.assertRaises(SystemExit), mock.patch("sys.stderr"):
            cli.parse_args(["--pause", "-1"])

    def test_time_passes_profiles(self):
        ids = [c["id"] for c in cli.configurations({"prustc": "", "baseline": ""}, ["1", "2", "default"])
               if cli.profiled(c)]
        self.assertEqual(ids, ["prustc/1", "prustc/default", "baseline/1"])


class MeasureTests(unittest.TestCase):
    def test_time_passes_split_adds_up(self):
        passes, total = measure.parse_time_passes(TIME_PASSES)
        self.assertEqual(total, 1.0)
        by_name = {p["name"]: p for p in passes}
        self.assertAlmostEqual(by_name["serial (rest)"]["secs"], 0.6)
        self.assertTrue(by_name["type_check_crate"]["parallel"])
        self.assertAlmostEqual(sum(p["secs"] for p in passes), total)
        self.assertEqual(measure.parse_time_passes("no timing here"), ([], None))

    def test_perf_output(self):
        self.assertEqual(measure.parse_perf_instructions("12345,,instructions:u,100,100.00,,\n"), 12345)
        self.assertIsNone(measure.parse_perf_instructions("<not supported>,,instructions:u,0,100.00,,"))

    def test_cachegrind_output(self):
        text = "desc: I1 cache:\ncmd: rustc x.rs\nevents: Ir\nfl=a.rs\n1 2\nsummary: 987654321\n"
        self.assertEqual(measure.parse_cachegrind_instructions(text), 987654321)
        self.assertIsNone(measure.parse_cachegrind_instructions("events: Ir\n"))

    def test_counted_commands(self):
        args = ["rustc", "a.rs"]
        self.assertEqual(measure.counted_command(None, args, "f"), args)
        self.assertEqual(measure.counted_command("perf", args, "f")[-3:], ["--", "rustc", "a.rs"])
        grind = measure.counted_command("cachegrind", args, "f")
        self.assertEqual(grind[0], "valgrind")
        self.assertIn("--cachegrind-out-file=f", grind)
        self.assertEqual(grind[-2:], args)

    def test_threads_flag(self):
        self.assertEqual(measure.thread_args("4"), ["-Zthreads=4"])
        self.assertEqual(measure.thread_args("default"), [])

    def test_run_once_measures_a_stand_in_compiler(self):
        d = tempfile.mkdtemp()
        try:
            fake = os.path.join(d, "fake-rustc")
            # Burns CPU, holds ~64 MiB, records its arguments, fails on request.
            with open(fake, "w") as f:
                f.write(textwrap.dedent(f"""\
                    #!{sys.executable}
                    import sys, time
                    block = bytearray(64 * 2**20)
                    for i in range(0, len(block), 4096):
                        block[i] = 1
                    end = time.process_time() + 0.2
                    while time.process_time() < end:
                        pass
                    open("args.txt", "a").write(" ".join(sys.argv[1:]) + "\\n")
                    sys.exit(3 if "--fail" in sys.argv else 0)
                    """))
            os.chmod(fake, 0o755)
            inv = {"rustc": fake, "args": ["--crate-name", "x"], "cwd": d, "env": dict(os.environ)}
            result = measure.run_once([inv, inv], "2")
            self.assertEqual(result["exit"], 0)
            self.assertGreaterEqual(result["cpu_s"], 0.35)
            self.assertGreaterEqual(result["wall_s"], result["cpu_s"] * 0.5)
            self.assertGreater(result["maxrss_kib"], 60 * 1024)
            with open(os.path.join(d, "args.txt")) as f:
                self.assertEqual(f.read(), "--crate-name x -Zthreads=2\n" * 2)
            failed = measure.run_once([dict(inv, args=["--fail"])], "default")
            self.assertEqual(failed["exit"], 3)
        finally:
            shutil.rmtree(d)


if __name__ == "__main__":
    unittest.main()
