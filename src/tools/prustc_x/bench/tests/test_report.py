"""Statistics and reports of `./x.py bench` on small hand-made results.

The data are built so that wrong implementations give different numbers:
per-round ratios differ from ratios of medians, runs are listed out of round
order, and failed runs carry walls that would move every statistic.
"""

import csv
import io
import json
import os
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
from unittest import mock

from prustc_x.bench import report

SVG = "{http://www.w3.org/2000/svg}"


def config(compiler, threads):
    return {"id": f"{compiler}/{threads}", "compiler": compiler, "threads": threads}


def run(bench, config_id, rnd, wall, mode="check", exit=0, cpu=None, rss=1000,
        instructions=None):
    return {"bench": bench, "mode": mode, "config": config_id, "round": rnd,
            "wall_s": wall, "cpu_s": wall if cpu is None else cpu, "maxrss_kib": rss,
            "instructions": instructions, "exit": exit}


def runs_of(bench, config_id, walls, mode="check"):
    """One successful run per round with the given walls (round i gets walls[i])."""
    return [run(bench, config_id, i, wall, mode) for i, wall in enumerate(walls)]


def make_results(runs, configs, cpus=4, time_passes=()):
    machine = {"cpus": cpus, "mem_gib": 24, "kernel": "6.1.0-test"}
    if cpus is None:
        del machine["cpus"]
    return {
        "meta": {"date": "2026-11-25T15:00:00Z", "command": "./x.py bench --quick",
                 "machine": machine,
                 "compilers": {"prustc": "rustc 1.96.0-nightly (prustc)",
                               "baseline": "rustc 1.96.0-nightly (prustc-baseline)"},
                 "patches_commit": "abc123", "perf_stat": False, "rounds": 3},
        "configs": configs,
        "runs": runs,
        "time_passes": list(time_passes),
    }


def row_of(rows, bench, config_id, mode="check"):
    (found,) = [r for r in rows
                if (r["bench"], r["config"], r["mode"]) == (bench, config_id, mode)]
    return found


def full_results():
    """Two benchmarks, two modes, prustc at 1/2/4/default and baseline at 1/2."""
    configs = [config("prustc", t) for t in ("1", "2", "4", "default")]
    configs += [config("baseline", t) for t in ("1", "2")]
    walls = {"1": [4.0, 4.2, 4.1], "2": [2.2, 2.1, 2.3], "4": [1.3, 1.2, 1.4],
             "default": [1.25, 1.3, 1.2]}
    runs = []
    for bench in ("syn", "regex-syntax"):
        for mode in ("check", "debug"):
            for threads, w in walls.items():
                runs += runs_of(bench, f"prustc/{threads}", w, mode)
            runs += runs_of(bench, "baseline/1", [4.0, 4.0, 4.0], mode)
            runs += runs_of(bench, "baseline/2", [4.1, 4.1, 4.1], mode)
    passes = [{"name": "parse_crate", "secs": 0.1, "parallel": False},
              {"name": "analysis", "secs": 0.3, "parallel": True}]
    time_passes = [{"bench": "syn", "mode": "check", "config": "prustc/4",
                    "passes": passes, "total_s": 0.45}]
    return make_results(runs, configs, cpus=4, time_passes=time_passes)


class SummarizeTests(unittest.TestCase):
    def test_medians_extremes_and_spread(self):
        runs = [run("syn", "prustc/1", 0, 1.0, cpu=0.9, rss=100, instructions=10),
                run("syn", "prustc/1", 1, 3.0, cpu=2.9, rss=300, instructions=30),
                run("syn", "prustc/1", 2, 2.0, cpu=1.9, rss=200)]
        row = report.summarize(make_results(runs, [config("prustc", "1")]))[0]
        self.assertEqual((row["n"], row["failures"]), (3, 0))
        self.assertEqual((row["wall_median"], row["wall_min"], row["wall_max"]), (2.0, 1.0, 3.0))
        self.assertAlmostEqual(row["spread"], 1.0)
        self.assertEqual(row["cpu_median"], 1.9)
        self.assertEqual(row["maxrss_kib_median"], 200)
        self.assertEqual(row["instructions_median"], 20)

    def test_instructions_none_when_not_measured(self):
        row = report.summarize(make_results(runs_of("syn", "prustc/1", [1.0]),
                                            [config("prustc", "1")]))[0]
        self.assertIsNone(row["instructions_median"])

    def test_speedup_pairs_runs_of_the_same_round(self):
        # Medians are 4 and 4 (ratio 1), per-round speedups are 0.5, 2.5, 0.5.
        # prustc/2 is listed out of round order, so pairing by position fails too.
        runs = runs_of("syn", "prustc/1", [1.0, 10.0, 4.0])
        runs += [run("syn", "prustc/2", 2, 8.0), run("syn", "prustc/2", 0, 2.0),
                 run("syn", "prustc/2", 1, 4.0)]
        rows = report.summarize(make_results(runs, [config("prustc", "1"), config("prustc", "2")]))
        two = row_of(rows, "syn", "prustc/2")
        self.assertAlmostEqual(two["speedup_vs_1"], 0.5)
        self.assertAlmostEqual(two["ratio_spread"], 2.0)
        one = row_of(rows, "syn", "prustc/1")
        self.assertEqual((one["speedup_vs_1"], one["ratio_spread"]), (1.0, 0.0))

    def test_ratio_vs_baseline_pairs_runs_of_the_same_round(self):
        # Medians are 4 and 4, per-round ratios 0.5, 2, 0.5.
        runs = runs_of("syn", "prustc/2", [2.0, 4.0, 8.0])
        runs += runs_of("syn", "baseline/2", [4.0, 2.0, 16.0])
        rows = report.summarize(make_results(
            runs, [config("prustc", "2"), config("baseline", "2")]))
        self.assertAlmostEqual(row_of(rows, "syn", "prustc/2")["ratio_vs_baseline"], 0.5)
        self.assertIsNone(row_of(rows, "syn", "baseline/2")["ratio_vs_baseline"])

    def test_ratio_vs_nightly_pairs_runs_at_the_same_thread_count(self):
        # dist/1 against nightly/1 per round: 0.5, 1.5, 0.9 -> median 0.9;
        # dist/2 against nightly/2 only, never against nightly/1.
        runs = runs_of("syn", "dist/1", [1.0, 3.0, 0.9])
        runs += runs_of("syn", "nightly/1", [2.0, 2.0, 1.0])
        runs += runs_of("syn", "dist/2", [1.0, 1.0, 1.0])
        runs += runs_of("syn", "nightly/2", [4.0, 4.0, 4.0])
        configs = [config("dist", "1"), config("dist", "2"),
                   config("nightly", "1"), config("nightly", "2")]
        results = make_results(runs, configs)
        rows = report.summarize(results)
        self.assertAlmostEqual(row_of(rows, "syn", "dist/1")["ratio_vs_nightly"], 0.9)
        self.assertAlmostEqual(row_of(rows, "syn", "dist/2")["ratio_vs_nightly"], 0.25)
        self.assertIsNone(row_of(rows, "syn", "nightly/1")["ratio_vs_nightly"])
        text = report.markdown(results, rows)
        self.assertIn("| vs baseline | vs nightly | Failures |", text)
        self.assertIn("| syn | dist/2 | 1.000 | 0.0 | 1.000 | 1.0 | 1.00x (2.10) | n/a | 0.25x | 0 |",
                      text)

    def test_instructions_vs_baseline_at_the_same_thread_count(self):
        runs = [run("syn", "prustc/1", 0, 9.0, instructions=1010),
                run("syn", "serial/1", 0, 9.0, instructions=1000),
                run("syn", "baseline/1", 0, 1.0, instructions=1005)]
        rows = report.summarize(make_results(
            runs, [config("prustc", "1"), config("serial", "1"), config("baseline", "1")]))
        self.assertAlmostEqual(row_of(rows, "syn", "prustc/1")["instructions_vs_baseline"], 1010 / 1005)
        self.assertAlmostEqual(row_of(rows, "syn", "serial/1")["instructions_vs_baseline"], 1000 / 1005)
        self.assertIsNone(row_of(rows, "syn", "baseline/1")["instructions_vs_baseline"])

    def test_failed_runs_are_excluded_and_counted(self):
        runs = runs_of("syn", "prustc/1", [2.0, 1.0])
        runs += [run("syn", "prustc/2", 0, 1.0), run("syn", "prustc/2", 1, 0.1, exit=101)]
        rows = report.summarize(make_results(runs, [config("prustc", "1"), config("prustc", "2")]))
        two = row_of(rows, "syn", "prustc/2")
        self.assertEqual((two["n"], two["failures"]), (1, 1))
        self.assertEqual((two["wall_median"], two["wall_min"], two["wall_max"]), (1.0, 1.0, 1.0))
        # Only round 0 pairs: 2.0 / 1.0. With the failed run it would be median(2, 10) = 6.
        self.assertAlmostEqual(two["speedup_vs_1"], 2.0)
        self.assertEqual(two["ratio_spread"], 0.0)

    def test_config_whose_runs_all_failed_has_empty_statistics(self):
        runs = runs_of("syn", "prustc/1", [1.0])
        runs.append(run("syn", "prustc/2", 0, 9.0, exit=1))
        rows = report.summarize(make_results(runs, [config("prustc", "1"), config("prustc", "2")]))
        two = row_of(rows, "syn", "prustc/2")
        self.assertEqual((two["n"], two["failures"]), (0, 1))
        for key in ("wall_median", "wall_min", "spread", "cpu_median", "speedup_vs_1",
                    "ratio_spread", "ratio_vs_baseline"):
            self.assertIsNone(two[key], key)

    def test_missing_baseline_gives_none(self):
        runs = runs_of("syn", "prustc/1", [1.0]) + runs_of("syn", "prustc/4", [0.5])
        runs += runs_of("syn", "baseline/1", [1.0])
        configs = [config("prustc", "1"), config("prustc", "4"), config("baseline", "1")]
        rows = report.summarize(make_results(runs, configs))
        self.assertEqual(row_of(rows, "syn", "prustc/1")["ratio_vs_baseline"], 1.0)
        self.assertIsNone(row_of(rows, "syn", "prustc/4")["ratio_vs_baseline"])
        # No baseline compiler at all.
        rows = report.summarize(make_results(runs[:2], configs[:2]))
        self.assertIsNone(row_of(rows, "syn", "prustc/1")["ratio_vs_baseline"])

    def test_no_one_thread_config_gives_no_speedup(self):
        runs = runs_of("syn", "prustc/2", [1.0]) + runs_of("syn", "prustc/4", [0.5])
        rows = report.summarize(make_results(runs, [config("prustc", "2"), config("prustc", "4")]))
        for row in rows:
            self.assertIsNone(row["speedup_vs_1"])
            self.assertIsNone(row["ratio_spread"])

    def test_default_threads_compare_with_baseline_at_cpu_count(self):
        runs = runs_of("syn", "prustc/default", [1.0, 1.0])
        runs += runs_of("syn", "baseline/1", [5.0, 5.0]) + runs_of("syn", "baseline/2", [2.0, 4.0])
        configs = [config("prustc", "default"), config("baseline", "1"), config("baseline", "2")]
        rows = report.summarize(make_results(runs, configs, cpus=2))
        self.assertAlmostEqual(row_of(rows, "syn", "prustc/default")["ratio_vs_baseline"], 0.375)
        for cpus in (8, None):
            rows = report.summarize(make_results(runs, configs, cpus=cpus))
            self.assertIsNone(row_of(rows, "syn", "prustc/default")["ratio_vs_baseline"])

    def test_row_order_follows_runs_for_benches_and_modes_and_configs_list(self):
        configs = [config("prustc", "1"), config("baseline", "1")]
        runs = [run("zeta", "baseline/1", 0, 1.0, mode="debug"),
                run("alpha", "prustc/1", 0, 1.0, mode="check"),
                run("zeta", "prustc/1", 0, 1.0, mode="check"),
                run("zeta", "prustc/1", 0, 1.0, mode="debug")]
        order = [(r["bench"], r["mode"], r["config"])
                 for r in report.summarize(make_results(runs, configs))]
        self.assertEqual(order, [("zeta", "debug", "prustc/1"), ("zeta", "debug", "baseline/1"),
                                 ("zeta", "check", "prustc/1"), ("alpha", "check", "prustc/1")])

    def test_bad_input_is_rejected(self):
        with self.assertRaisesRegex(ValueError, "unknown config"):
            report.summarize(make_results(runs_of("syn", "prustc/3", [1.0]),
                                          [config("prustc", "1")]))
        twice = [run("syn", "prustc/1", 0, 1.0), run("syn", "prustc/1", 0, 2.0)]
        with self.assertRaisesRegex(ValueError, "round 0"):
            report.summarize(make_results(twice, [config("prustc", "1")]))


class MarkdownTests(unittest.TestCase):
    def setUp(self):
        self.results = full_results()
        self.rows = report.summarize(self.results)
        self.text = report.markdown(self.results, self.rows)

    def test_header_describes_the_run(self):
        self.assertTrue(self.text.startswith("# prustc benchmarks, 2026-11-25T15:00:00Z\n"))
        for expected in ("`./x.py bench --quick`", "4 CPUs, 24 GiB RAM, kernel 6.1.0-test",
                         "rustc 1.96.0-nightly (prustc-baseline)", "`abc123`", "Rounds: 3"):
            self.assertIn(expected, self.text)

    def test_one_table_per_mode_with_expected_cells(self):
        self.assertIn("## Mode `check`", self.text)
        self.assertIn("## Mode `debug`", self.text)
        self.assertIn("| Benchmark | Config | Median wall s | Spread % | CPU s | Max RSS MiB | "
                      "Speedup vs 1 thread (range) | vs baseline | Failures |", self.text)
        # prustc/2 walls 2.2, 2.1, 2.3 vs prustc/1 4.0, 4.2, 4.1 and baseline/2 4.1.
        self.assertIn("| syn | prustc/2 | 2.200 | 9.1 | 2.200 | 1.0 | 1.82x (0.22) | 0.54x | 0 |",
                      self.text)
        self.assertIn("| syn | baseline/2 | 4.100 | 0.0 | 4.100 | 1.0 | 0.98x (0.00) | n/a | 0 |",
                      self.text)
        self.assertNotIn("| Instructions |", self.text)

    def test_instructions_column_only_when_measured(self):
        runs = [run("syn", "prustc/1", 0, 1.0, instructions=1234567)]
        results = make_results(runs, [config("prustc", "1")])
        text = report.markdown(results, report.summarize(results))
        self.assertIn("| Instructions |", text)
        self.assertIn("| 1,234,567 |", text)

    def test_time_passes_table(self):
        self.assertIn("| Benchmark | Mode | Config | Serial s | Parallel s | Serial share % |",
                      self.text)
        self.assertIn("| syn | check | prustc/4 | 0.100 | 0.300 | 25.0 |", self.text)
        results = dict(self.results, time_passes=[])
        self.assertNotIn("time-passes", report.markdown(results, self.rows))

    def test_failed_row_and_figures_and_notes(self):
        results = make_results([run("a|b", "prustc/1", 0, 1.0, exit=3)], [config("prustc", "1")])
        text = report.markdown(results, report.summarize(results),
                               figures={"check": [("Speedup", "speedup-check.svg")]},
                               notes=["a note"])
        self.assertIn("| a\\|b | prustc/1 | n/a | n/a | n/a | n/a | n/a | n/a | 1 |", text)
        self.assertIn("![Speedup](speedup-check.svg)", text)
        self.assertTrue(text.endswith("## Notes\n\n- a note\n"))


class CsvAndTerminalTests(unittest.TestCase):
    def test_csv_has_header_and_every_run(self):
        results = full_results()
        results["runs"].append(run("syn", "prustc/4", 3, 99.0, exit=101))
        rows = list(csv.reader(io.StringIO(report.csv_text(results))))
        self.assertEqual(rows[0], ["bench", "mode", "config", "compiler", "threads", "round",
                                   "wall_s", "cpu_s", "maxrss_kib", "instructions", "exit"])
        self.assertEqual(len(rows), len(results["runs"]) + 1)
        self.assertEqual(rows[1], ["syn", "check", "prustc/1", "prustc", "1", "0",
                                   "4.0", "4.0", "1000", "", "0"])
        self.assertEqual(rows[-1][2:5] + rows[-1][-1:], ["prustc/4", "prustc", "4", "101"])

    def test_terminal_table_is_fixed_width(self):
        results = full_results()
        rows = report.summarize(results)
        lines = report.terminal_table(results, rows).splitlines()
        self.assertEqual(len(lines), len(rows) + 2)
        self.assertEqual(len({len(line) for line in lines}), 1)
        self.assertEqual(lines[0].split(), ["benchmark", "mode", "config", "wall", "s", "vs",
                                            "1T", "vs", "base", "failed"])
        self.assertEqual(lines[3].split(), ["syn", "check", "prustc/2", "2.200", "1.82x", "0.54x", "0"])


class SvgTests(unittest.TestCase):
    def setUp(self):
        self.results = full_results()
        self.rows = report.summarize(self.results)

    def markers(self, root):
        found = {}
        for element in root.iter():
            if element.get("class") == "marker":
                x = element.get("cx") or str(float(element.get("x")) + 4)
                found[element.get("data-config")] = float(x)
        return found

    def test_speedup_has_one_polyline_per_benchmark_and_compiler(self):
        root = ET.fromstring(report.svg_speedup(self.results, self.rows, "check"))
        series = [e for e in root.iter(f"{SVG}polyline") if e.get("class") == "series"]
        self.assertEqual(len(series), 4)  # {syn, regex-syntax} x {prustc, baseline}
        texts = [e.text for e in root.iter(f"{SVG}text")]
        self.assertIn("Speedup vs 1 thread, mode check", texts)
        self.assertIn("syn (baseline)", texts)
        self.assertIn("regex-syntax (prustc)", texts)
        # Numeric thread counts label the x axis.
        self.assertTrue({"1", "2", "4"} <= set(texts))

    def test_default_is_plotted_at_cpu_count_and_ideal_capped(self):
        root = ET.fromstring(report.svg_speedup(self.results, self.rows, "check"))
        markers = self.markers(root)
        self.assertEqual(markers["prustc/default"], markers["prustc/4"])
        (ideal,) = [e for e in root.iter(f"{SVG}line") if e.get("class") == "ideal"]
        self.assertEqual(float(ideal.get("x2")), markers["prustc/4"])
        self.assertIsNotNone(ideal.get("stroke-dasharray"))

        self.results["meta"]["machine"]["cpus"] = 2
        rows = report.summarize(self.results)
        root = ET.fromstring(report.svg_speedup(self.results, rows, "check"))
        markers = self.markers(root)
        self.assertEqual(markers["prustc/default"], markers["prustc/2"])
        (ideal,) = [e for e in root.iter(f"{SVG}line") if e.get("class") == "ideal"]
        self.assertEqual(float(ideal.get("x2")), markers["prustc/2"])

    def test_speedup_without_data_is_still_valid(self):
        results = make_results(runs_of("a<b&c", "prustc/2", [1.0]), [config("prustc", "2")])
        root = ET.fromstring(report.svg_speedup(results, report.summarize(results), "check"))
        self.assertEqual(list(root.iter(f"{SVG}polyline")), [])

    def test_names_are_escaped(self):
        runs = runs_of('a<b&"c', "prustc/1", [1.0]) + runs_of('a<b&"c', "prustc/2", [0.5])
        results = make_results(runs, [config("prustc", "1"), config("prustc", "2")])
        root = ET.fromstring(report.svg_speedup(results, report.summarize(results), "check"))
        self.assertIn('a<b&"c (prustc)', [e.text for e in root.iter(f"{SVG}text")])

    def test_time_split_bars(self):
        self.assertIsNone(report.svg_time_split(self.results, "debug"))
        self.assertIsNone(report.svg_time_split(dict(self.results, time_passes=[]), "check"))
        root = ET.fromstring(report.svg_time_split(self.results, "check"))
        (serial,) = [e for e in root.iter(f"{SVG}rect") if e.get("class") == "serial"]
        (parallel,) = [e for e in root.iter(f"{SVG}rect") if e.get("class") == "parallel"]
        self.assertAlmostEqual(float(parallel.get("width")) / float(serial.get("width")), 3.0,
                               places=1)
        self.assertEqual(float(parallel.get("x")),
                         float(serial.get("x")) + float(serial.get("width")))
        texts = [e.text for e in root.iter(f"{SVG}text")]
        for expected in ("syn prustc/4", "0.40 s, 25% serial", "serial passes", "parallel passes"):
            self.assertIn(expected, texts)


class WriteReportTests(unittest.TestCase):
    EXPECTED = ["results.json", "runs.csv", "speedup-check.svg", "time-split-check.svg",
                "speedup-debug.svg"]

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="prustc-bench-report-")
        self.addCleanup(self.tmp.cleanup)
        self.bin = os.path.join(self.tmp.name, "bin")
        os.makedirs(self.bin)
        self.results = full_results()

    def write(self, name):
        outdir = os.path.join(self.tmp.name, name)
        with mock.patch.dict(os.environ, {"PATH": self.bin}):
            return outdir, report.write_report(self.results, outdir)

    def read(self, path, mode="r"):
        with open(path, mode) as f:
            return f.read()

    def fake_converter(self, body):
        path = os.path.join(self.bin, "rsvg-convert")
        with open(path, "w") as f:
            f.write(f"#!{sys.executable}\nimport sys\n{body}\n")
        os.chmod(path, 0o755)

    def test_writes_expected_files_deterministically_without_converter(self):
        outdir, written = self.write("one")
        names = [os.path.relpath(p, outdir) for p in written]
        self.assertEqual(names, self.EXPECTED + ["report.md"])
        self.assertEqual(sorted(os.listdir(outdir)), sorted(names))
        self.assertEqual(json.loads(self.read(written[0])), self.results)
        text = self.read(os.path.join(outdir, "report.md"))
        self.assertIn("![Speedup vs threads](speedup-check.svg)", text)
        self.assertIn("![Serial vs parallel time](time-split-check.svg)", text)
        self.assertIn("![Speedup vs threads](speedup-debug.svg)", text)
        self.assertIn("were not rendered: `rsvg-convert` was not found on PATH", text)

        other, again = self.write("two")
        for first, second in zip(written, again):
            self.assertEqual(self.read(first, "rb"), self.read(second, "rb"), first)

    def test_renders_pngs_with_rsvg_convert(self):
        # Copies the input (argv[3]) to the -o output (argv[2]).
        self.fake_converter("assert sys.argv[1] == '-o'\n"
                            "open(sys.argv[2], 'wb').write(open(sys.argv[3], 'rb').read())")
        outdir, written = self.write("png")
        svgs = [n for n in self.EXPECTED if n.endswith(".svg")]
        pngs = [n[:-4] + ".png" for n in svgs]
        self.assertEqual([os.path.relpath(p, outdir) for p in written],
                         self.EXPECTED + pngs + ["report.md"])
        for svg, png in zip(svgs, pngs):
            self.assertEqual(self.read(os.path.join(outdir, png), "rb"),
                             self.read(os.path.join(outdir, svg), "rb"))
        self.assertNotIn("not rendered", self.read(os.path.join(outdir, "report.md")))

    def test_failing_converter_is_reported(self):
        self.fake_converter("sys.exit(2)")
        outdir, written = self.write("failed")
        self.assertFalse([p for p in written if p.endswith(".png")])
        self.assertIn("exited with status 2 on speedup-check.svg",
                      self.read(os.path.join(outdir, "report.md")))


if __name__ == "__main__":
    unittest.main()
