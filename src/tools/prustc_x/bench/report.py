"""Statistics and reports for `./x.py bench`.

This module owns everything that happens after the measurements: it turns
the runner's `results` dict into per-(benchmark, mode, config) statistics
(`summarize`) and renders them as Markdown, CSV, a terminal table and
hand-written SVG figures, and writes them all to a directory
(`write_report`). It never measures anything itself; the only process it
starts is the optional `rsvg-convert` that renders PNG copies of the SVGs.

Single-threaded and shares nothing: every function reads its arguments and
returns new values (or writes files under the directory it is given).

Conventions the runner must follow:
- a run succeeded iff its "exit" is 0; failed runs stay in the data (CSV,
  failure counts) but are left out of every statistic;
- there is at most one successful run per (bench, mode, config, round);
- every run's "config" is an id listed in "configs";
- the reference compiler for `ratio_vs_baseline` is the one named
  "baseline", and for `ratio_vs_nightly` the one named "nightly";
- the "passes" of a time_passes entry do not overlap (no pass nested in
  another), so their seconds can be summed.
"""

import csv
import html
import io
import json
import math
import os
import shutil
import statistics
import subprocess

BASELINE = "baseline"
NIGHTLY = "nightly"
DEFAULT_THREADS = "default"
NA = "n/a"
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
           "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
SERIAL_COLOUR = "#d62728"
PARALLEL_COLOUR = "#1f77b4"
CSV_COLUMNS = ("bench", "mode", "config", "compiler", "threads", "round",
               "wall_s", "cpu_s", "maxrss_kib", "instructions", "exit")


# ---------------------------------------------------------------- statistics

def summarize(results):
    """Return one statistics row per (bench, mode, config) that has runs.

    Rows are ordered by benchmark and mode (first appearance in runs) and
    then by config (order of results["configs"]). Each row is a dict with
    bench, mode, config, compiler, threads, n (successful runs), failures,
    wall_median, wall_min, wall_max, cpu_median, maxrss_kib_median,
    instructions_median, spread ((max - min) / median of wall), the
    per-round ratios speedup_vs_1, ratio_spread and ratio_vs_baseline, and
    instructions_vs_baseline (ratio of the instruction medians), and
    ratio_vs_nightly, the same as ratio_vs_baseline against the nightly.

    Ratios pair the two configs' runs of the same round and take the median
    of those per-round ratios; ratio_spread is max - min of the per-round
    speedups. A statistic without data is None.
    """
    configs = _configs_by_id(results)
    cpus = _cpus(results)
    groups = _group_runs(results, configs)
    walls = {key: _round_walls(key, runs) for key, runs in groups.items()}
    rows = []
    for key in sorted(groups, key=_display_order(results)):
        bench, mode, config_id = key
        config = configs[config_id]
        row = _basic_stats(groups[key])
        row.update(bench=bench, mode=mode, config=config_id,
                   compiler=config["compiler"], threads=config["threads"])
        one = _one_thread_config(results, config["compiler"])
        speedups = _paired_ratios(_walls_of(walls, bench, mode, one), walls[key])
        row["speedup_vs_1"] = _median_or_none(speedups)
        row["ratio_spread"] = max(speedups) - min(speedups) if speedups else None
        base = _baseline_config(results, config, cpus)
        ratios = _paired_ratios(walls[key], _walls_of(walls, bench, mode, base))
        row["ratio_vs_baseline"] = _median_or_none(ratios)
        nightly = _baseline_config(results, config, cpus, NIGHTLY)
        ratios = _paired_ratios(walls[key], _walls_of(walls, bench, mode, nightly))
        row["ratio_vs_nightly"] = _median_or_none(ratios)
        row["baseline_config"] = base
        rows.append(row)
    instructions = {(r["bench"], r["mode"], r["config"]): r["instructions_median"] for r in rows}
    for row in rows:
        base = instructions.get((row["bench"], row["mode"], row.pop("baseline_config")))
        mine = row["instructions_median"]
        row["instructions_vs_baseline"] = mine / base if mine is not None and base else None
    return rows


def _configs_by_id(results):
    """Map config id to config dict."""
    return {config["id"]: config for config in results["configs"]}


def _cpus(results):
    """The machine's CPU count from meta, or None when unknown."""
    cpus = results.get("meta", {}).get("machine", {}).get("cpus")
    return int(cpus) if cpus else None


def _numeric_threads(threads):
    """A config's thread count as an int, or None for "default"."""
    if threads == DEFAULT_THREADS:
        return None
    try:
        return int(threads)
    except ValueError:
        raise ValueError(f"threads must be a number or 'default', not {threads!r}") from None


def _plotted_threads(threads, cpus):
    """A config's thread count, with "default" standing for `cpus`."""
    count = _numeric_threads(threads)
    return cpus if count is None else count


def _group_runs(results, configs):
    """Map (bench, mode, config) to its runs, rejecting unknown configs."""
    groups = {}
    for run in results["runs"]:
        if run["config"] not in configs:
            raise ValueError(f"run refers to unknown config {run['config']!r}")
        groups.setdefault((run["bench"], run["mode"], run["config"]), []).append(run)
    return groups


def _display_order(results):
    """Sort key for (bench, mode, config) triples, in display order."""
    benches, modes = _bench_and_mode_order(results)
    config_index = {config["id"]: i for i, config in enumerate(results["configs"])}
    return lambda key: (benches[key[0]], modes[key[1]], config_index[key[2]])


def _bench_and_mode_order(results):
    """Index maps of benchmarks and modes by first appearance (runs, then time_passes)."""
    benches, modes = {}, {}
    for item in list(results["runs"]) + list(results.get("time_passes") or []):
        benches.setdefault(item["bench"], len(benches))
        modes.setdefault(item["mode"], len(modes))
    return benches, modes


def _succeeded(run):
    """Whether a run counts for statistics."""
    return run["exit"] == 0


def _round_walls(key, runs):
    """Map round to wall seconds for the successful runs of one group."""
    walls = {}
    for run in filter(_succeeded, runs):
        if run["round"] in walls:
            raise ValueError(f"two successful runs of {key} in round {run['round']}")
        walls[run["round"]] = run["wall_s"]
    return walls


def _basic_stats(runs):
    """Counts, medians and extremes of one group's successful runs."""
    ok = [run for run in runs if _succeeded(run)]
    wall = [run["wall_s"] for run in ok]
    instructions = [run["instructions"] for run in ok if run.get("instructions") is not None]
    stats = {
        "n": len(ok),
        "failures": len(runs) - len(ok),
        "wall_median": _median_or_none(wall),
        "wall_min": min(wall) if wall else None,
        "wall_max": max(wall) if wall else None,
        "cpu_median": _median_or_none([run["cpu_s"] for run in ok]),
        "maxrss_kib_median": _median_or_none([run["maxrss_kib"] for run in ok]),
        "instructions_median": _median_or_none(instructions),
    }
    median = stats["wall_median"]
    stats["spread"] = (max(wall) - min(wall)) / median if median else None
    return stats


def _median_or_none(values):
    """Median of values, or None for no values."""
    return statistics.median(values) if values else None


def _one_thread_config(results, compiler):
    """Id of the compiler's one-thread config, or None."""
    for config in results["configs"]:
        if config["compiler"] == compiler and _numeric_threads(config["threads"]) == 1:
            return config["id"]
    return None


def _baseline_config(results, config, cpus, reference=BASELINE):
    """Id of the `reference` compiler's config to compare `config` with, or
    None.

    The reference's own rows have none; "default" compares with the
    reference at the machine's CPU count.
    """
    if config["compiler"] == reference:
        return None
    wanted = _plotted_threads(config["threads"], cpus)
    if wanted is None:
        return None
    for candidate in results["configs"]:
        if candidate["compiler"] == reference and _numeric_threads(candidate["threads"]) == wanted:
            return candidate["id"]
    return None


def _walls_of(walls, bench, mode, config_id):
    """Per-round walls of a (bench, mode, config), empty when it has none."""
    return walls.get((bench, mode, config_id), {})


def _paired_ratios(numerator, denominator):
    """numerator[r] / denominator[r] for every round both have, in round order."""
    shared = sorted(numerator.keys() & denominator.keys())
    return [numerator[r] / denominator[r] for r in shared if denominator[r] > 0]


# ------------------------------------------------------------------ Markdown

def markdown(results, rows, figures=None, notes=()):
    """Render the Markdown report.

    `figures` optionally maps a mode to (caption, file name) pairs of images
    to link under that mode's table; `notes` are lines for a closing Notes
    section.
    """
    figures = figures or {}
    parts = [_md_header(results)]
    for mode in _modes(results):
        mode_rows = [row for row in rows if row["mode"] == mode]
        parts.append(_md_mode_table(mode, mode_rows))
        links = [f"![{_md_escape(caption)}]({name})" for caption, name in figures.get(mode, ())]
        if links:
            parts.append("\n\n".join(links))
    if results.get("time_passes"):
        parts.append(_md_time_passes(results))
    if notes:
        parts.append("## Notes\n\n" + "\n".join(f"- {note}" for note in notes))
    return "\n\n".join(parts) + "\n"


def _modes(results):
    """Modes in display order."""
    return list(_bench_and_mode_order(results)[1])


def _md_header(results):
    """Title and the list of what was measured, where and with what."""
    meta = results.get("meta", {})
    machine = meta.get("machine", {})
    lines = [f"# prustc benchmarks, {meta.get('date', 'undated')}", ""]
    lines.append(f"- Command: `{meta.get('command', 'unknown')}`")
    lines.append(f"- Machine: {machine.get('cpus', '?')} CPUs, "
                 f"{machine.get('mem_gib', '?')} GiB RAM, kernel {machine.get('kernel', 'unknown')}")
    for name, version in meta.get("compilers", {}).items():
        lines.append(f"- Compiler `{name}`: {version}")
    lines.append(f"- Patches commit: `{meta.get('patches_commit', 'unknown')}`")
    lines.append(f"- Rounds: {meta.get('rounds', '?')}")
    if meta.get("pause_s"):
        lines.append(f"- Pause before each run: {meta['pause_s']:g} s (`--pause`; see the perf "
                     "README)")
    counter = meta.get("instruction_counter") or ("perf stat" if meta.get("perf_stat") else None)
    lines.append(f"- Instructions counted with: {counter or 'nothing (no counter on this machine)'}")
    if counter == "cachegrind":
        lines.append("- Wall times are under cachegrind and mean nothing; compare instructions.")
    return "\n".join(lines)


def _md_mode_table(mode, rows):
    """One mode's statistics table, with a line on how to read the ratios."""
    with_instructions = any(row["instructions_median"] is not None for row in rows)
    header = ["Benchmark", "Config", "Median wall s", "Spread %", "CPU s", "Max RSS MiB"]
    if with_instructions:
        header += ["Instructions", "Instructions vs baseline"]
    header += ["Speedup vs 1 thread (range)", "vs baseline"]
    with_nightly = any(row.get("ratio_vs_nightly") is not None for row in rows)
    if with_nightly:
        header.append("vs nightly")
    header.append("Failures")
    body = []
    for row in rows:
        cells = [_md_escape(row["bench"]), _md_escape(row["config"]),
                 _fmt(row["wall_median"], ".3f"), _fmt(_percent(row["spread"]), ".1f"),
                 _fmt(row["cpu_median"], ".3f"), _fmt(_mib(row["maxrss_kib_median"]), ".1f")]
        if with_instructions:
            cells += [_fmt(row["instructions_median"], ",.0f"),
                      _fmt(row["instructions_vs_baseline"], ".4f", "x")]
        cells += [_speedup_cell(row), _fmt(row["ratio_vs_baseline"], ".2f", "x")]
        if with_nightly:
            cells.append(_fmt(row.get("ratio_vs_nightly"), ".2f", "x"))
        cells.append(str(row["failures"]))
        body.append(cells)
    explanation = ("Ratios are medians of per-round ratios (runs of the same round paired); "
                   "the range in parentheses is max - min of the per-round speedups. "
                   "vs baseline < 1x means faster than the baseline compiler"
                   + (", vs nightly < 1x faster than the nightly." if with_nightly else "."))
    return f"## Mode `{mode}`\n\n{_md_table(header, body)}\n\n{explanation}"


def _md_time_passes(results):
    """The serial/parallel split table from -Z time-passes."""
    header = ["Benchmark", "Mode", "Config", "Serial s", "Parallel s", "Serial share %"]
    body = []
    for entry in _ordered_time_passes(results):
        serial, parallel = _serial_parallel(entry)
        body.append([_md_escape(entry["bench"]), _md_escape(entry["mode"]),
                     _md_escape(entry["config"]), f"{serial:.3f}", f"{parallel:.3f}",
                     _fmt(_serial_share(serial, parallel), ".1f")])
    return ("## Serial vs parallel time (-Z time-passes)\n\n" + _md_table(header, body, 3)
            + "\n\nShare of the profiled passes' time spent in passes that run serially.")


def _md_table(header, body, text_columns=2):
    """A Markdown table: the first text_columns left-aligned, the numbers right-aligned."""
    align = ["---" if i < text_columns else "---:" for i in range(len(header))]
    lines = [_md_row(header), _md_row(align)] + [_md_row(cells) for cells in body]
    return "\n".join(lines)


def _md_row(cells):
    """One Markdown table row."""
    return "| " + " | ".join(cells) + " |"


def _md_escape(text):
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|")


def _fmt(value, spec, suffix=""):
    """format(value, spec) + suffix, or n/a for None."""
    return NA if value is None else format(value, spec) + suffix


def _percent(fraction):
    """A fraction as a percentage, None stays None."""
    return None if fraction is None else fraction * 100


def _mib(kib):
    """KiB as MiB, None stays None."""
    return None if kib is None else kib / 1024


def _speedup_cell(row):
    """Speedup with its per-round range, like `1.85x (0.06)`."""
    if row["speedup_vs_1"] is None:
        return NA
    return f"{row['speedup_vs_1']:.2f}x ({row['ratio_spread']:.2f})"


def _ordered_time_passes(results, mode=None):
    """time_passes entries (optionally of one mode) in display order."""
    entries = [e for e in results.get("time_passes") or [] if mode is None or e["mode"] == mode]
    benches, modes = _bench_and_mode_order(results)
    configs = {config["id"]: i for i, config in enumerate(results["configs"])}
    return sorted(entries, key=lambda e: (benches[e["bench"]], modes[e["mode"]],
                                          configs.get(e["config"], len(configs))))


def _serial_parallel(entry):
    """Seconds in serial passes and in parallel passes of one profile."""
    serial = sum(p["secs"] for p in entry["passes"] if not p["parallel"])
    parallel = sum(p["secs"] for p in entry["passes"] if p["parallel"])
    return serial, parallel


def _serial_share(serial, parallel):
    """Serial seconds as a percentage of all profiled seconds, None if none."""
    total = serial + parallel
    return serial / total * 100 if total else None


# ------------------------------------------------------------ CSV and terminal

def csv_text(results):
    """Every run (failed ones included) as CSV, in the order of results["runs"]."""
    configs = _configs_by_id(results)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for run in results["runs"]:
        config = configs.get(run["config"], {})
        values = dict(run, compiler=config.get("compiler"), threads=config.get("threads"))
        writer.writerow(["" if values.get(c) is None else values[c] for c in CSV_COLUMNS])
    return out.getvalue()


def terminal_table(results, rows):
    """A compact fixed-width table: median wall, speedup vs 1, vs baseline, failures.

    Everything shown comes from `rows`; `results` is taken for symmetry with
    `markdown`.
    """
    header = ["benchmark", "mode", "config", "wall s", "vs 1T", "vs base", "failed"]
    body = [[row["bench"], row["mode"], row["config"], _fmt(row["wall_median"], ".3f"),
             _fmt(row["speedup_vs_1"], ".2f", "x"), _fmt(row["ratio_vs_baseline"], ".2f", "x"),
             str(row["failures"])] for row in rows]
    widths = [max(len(line[i]) for line in [header] + body) for i in range(len(header))]
    rule = ["-" * width for width in widths]
    lines = [header, rule] + body
    return "\n".join(_fixed_width(line, widths) for line in lines) + "\n"


def _fixed_width(cells, widths):
    """Pad cells: the first three left-aligned, the numbers right-aligned."""
    padded = [cell.ljust(w) if i < 3 else cell.rjust(w)
              for i, (cell, w) in enumerate(zip(cells, widths))]
    return "  ".join(padded)


# ----------------------------------------------------------------------- SVG

def svg_speedup(results, rows, mode):
    """SVG line chart of speedup vs 1 thread against thread count for one mode.

    One polyline (class "series") per (benchmark, compiler) through its
    numeric-thread points, a marker (class "marker") per config; "default"
    is a hollow marker at x = meta.machine.cpus (left out when unknown).
    A dashed line (class "ideal") shows y = x.
    """
    cpus = _cpus(results)
    series = _speedup_series(rows, mode, cpus)
    xs = [x for points in series.values() for x, _, _ in points]
    if not xs:
        return _svg_message(f"Speedup vs 1 thread, mode {mode}", "no speedup data for this mode")
    ideal_end = min(max(xs), cpus) if cpus else max(xs)
    highest = max([ideal_end] + [y for points in series.values() for _, y, _ in points])
    y_step, y_top = _nice_axis(highest * 1.05)
    plot = _Plot(left=60, top=50, width=460, height=300,
                 x_max=max(xs) * 1.05, y_max=y_top)
    legend_x = plot.left + plot.width + 30
    height = max(plot.top + plot.height + 70, plot.top + 20 * (len(series) + 2) + 20)
    # Room for the longest legend label (about 7 px a character at 12 px).
    longest = max(len(f"{bench} ({compiler})") for bench, compiler in series)
    parts = [_svg_open(legend_x + max(220, 40 + 7 * longest), height),
             _svg_text(plot.left + plot.width / 2, 25, f"Speedup vs 1 thread, mode {mode}",
                       size=16, anchor="middle")]
    parts += _speedup_axes(plot, sorted(set(xs)), y_step, cpus)
    parts.append(f'<line class="ideal" x1="{plot.x(1):.1f}" y1="{plot.y(1):.1f}" '
                 f'x2="{plot.x(ideal_end):.1f}" y2="{plot.y(ideal_end):.1f}" '
                 'stroke="#999999" stroke-width="1.5" stroke-dasharray="6,4"/>')
    compilers = _compiler_order(results)
    for index, ((bench, compiler), points) in enumerate(series.items()):
        colour = PALETTE[index % len(PALETTE)]
        square = compilers.index(compiler) > 0
        parts += _speedup_series_svg(plot, bench, points, colour, square)
        parts += _legend_entry(legend_x, plot.top + 20 * index, colour,
                               f"{bench} ({compiler})", square)
    parts += _speedup_legend_notes(legend_x, plot.top + 20 * len(series), cpus)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


class _Plot:
    """Maps data coordinates (from 0) to pixels inside a plot rectangle."""

    def __init__(self, left, top, width, height, x_max, y_max):
        self.left, self.top, self.width, self.height = left, top, width, height
        self.x_max, self.y_max = x_max, y_max

    def x(self, value):
        """Pixel x of a data x."""
        return self.left + value / self.x_max * self.width

    def y(self, value):
        """Pixel y of a data y."""
        return self.top + self.height - value / self.y_max * self.height


def _speedup_series(rows, mode, cpus):
    """Map (bench, compiler) to [(threads, speedup, config)] sorted by threads."""
    series = {}
    for row in rows:
        x = _plotted_threads(row["threads"], cpus)
        if row["mode"] != mode or row["speedup_vs_1"] is None or x is None:
            continue
        series.setdefault((row["bench"], row["compiler"]), []).append(
            (x, row["speedup_vs_1"], row))
    for points in series.values():
        points.sort(key=lambda p: (p[0], p[2]["threads"] == DEFAULT_THREADS))
    return series


def _compiler_order(results):
    """Compiler names by first appearance in configs."""
    return list(dict.fromkeys(config["compiler"] for config in results["configs"]))


def _nice_axis(top):
    """A round tick step and an axis end >= top, for about five ticks."""
    if top <= 0:
        return 0.2, 1.0
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step, math.ceil(top / step - 1e-9) * step


def _speedup_axes(plot, x_ticks, y_step, cpus):
    """Axes, grid, ticks and axis labels of the speedup chart."""
    bottom = plot.top + plot.height
    parts = [f'<line x1="{plot.left}" y1="{bottom}" x2="{plot.left + plot.width}" y2="{bottom}" stroke="black"/>',
             f'<line x1="{plot.left}" y1="{plot.top}" x2="{plot.left}" y2="{bottom}" stroke="black"/>']
    for tick in x_ticks:
        px = plot.x(tick)
        parts.append(f'<line x1="{px:.1f}" y1="{bottom}" x2="{px:.1f}" y2="{bottom + 5}" stroke="black"/>')
        parts.append(_svg_text(px, bottom + 18, str(tick), anchor="middle"))
    for i in range(round(plot.y_max / y_step) + 1):
        value = round(i * y_step, 6)
        py = plot.y(value)
        parts.append(f'<line x1="{plot.left}" y1="{py:.1f}" x2="{plot.left + plot.width}" '
                     f'y2="{py:.1f}" stroke="#e0e0e0"/>')
        parts.append(_svg_text(plot.left - 8, py + 4, f"{value:g}", anchor="end"))
    x_label = "threads" + (f" (default = {cpus} CPUs)" if cpus else "")
    parts.append(_svg_text(plot.left + plot.width / 2, bottom + 40, x_label, anchor="middle"))
    mid = plot.top + plot.height / 2
    parts.append(f'<text x="18" y="{mid:.1f}" font-family="sans-serif" font-size="12" '
                 f'text-anchor="middle" transform="rotate(-90 18 {mid:.1f})">speedup vs 1 thread</text>')
    return parts


def _speedup_series_svg(plot, bench, points, colour, square):
    """One series: polyline through numeric-thread points, then all markers."""
    line = [(x, y) for x, y, row in points if row["threads"] != DEFAULT_THREADS]
    coords = " ".join(f"{plot.x(x):.1f},{plot.y(y):.1f}" for x, y in line)
    parts = [f'<polyline class="series" points="{coords}" fill="none" '
             f'stroke="{colour}" stroke-width="2"/>']
    for x, y, row in points:
        fill = "white" if row["threads"] == DEFAULT_THREADS else colour
        tooltip = f"{bench} {row['config']}: {y:.2f}x"
        parts.append(_svg_marker(plot.x(x), plot.y(y), colour, fill, square,
                                 f' class="marker" data-config="{_esc(row["config"])}"', tooltip))
    return parts


def _svg_marker(px, py, colour, fill, square, attrs="", tooltip=None):
    """A circle or square marker centred on (px, py), with an optional tooltip."""
    title = f"<title>{_esc(tooltip)}</title>" if tooltip else ""
    if square:
        return (f'<rect{attrs} x="{px - 4:.1f}" y="{py - 4:.1f}" width="8" height="8" '
                f'fill="{fill}" stroke="{colour}" stroke-width="1.5">{title}</rect>')
    return (f'<circle{attrs} cx="{px:.1f}" cy="{py:.1f}" r="4" fill="{fill}" '
            f'stroke="{colour}" stroke-width="1.5">{title}</circle>')


def _legend_entry(x, y, colour, label, square):
    """A legend line: a short line with a marker, then the label."""
    return [f'<line x1="{x}" y1="{y}" x2="{x + 24}" y2="{y}" stroke="{colour}" stroke-width="2"/>',
            _svg_marker(x + 12, y, colour, colour, square),
            _svg_text(x + 32, y + 4, label)]


def _speedup_legend_notes(x, y, cpus):
    """Legend lines for the ideal line and the hollow "default" marker."""
    parts = [f'<line x1="{x}" y1="{y}" x2="{x + 24}" y2="{y}" stroke="#999999" '
             'stroke-width="1.5" stroke-dasharray="6,4"/>',
             _svg_text(x + 32, y + 4, "ideal (y = x)")]
    if cpus:
        parts.append(_svg_marker(x + 12, y + 20, "#333333", "white", False))
        parts.append(_svg_text(x + 32, y + 24, f"threads=default ({cpus} CPUs)"))
    return parts


def svg_time_split(results, mode):
    """SVG horizontal stacked bars of serial vs parallel pass seconds for one mode.

    One bar per time_passes entry of the mode (classes "serial" and
    "parallel" on its two segments); None when the mode has no entries.
    """
    entries = _ordered_time_passes(results, mode)
    if not entries:
        return None
    splits = [_serial_parallel(entry) for entry in entries]
    labels = [f"{entry['bench']} {entry['config']}" for entry in entries]
    step, top = _nice_axis(max(serial + parallel for serial, parallel in splits))
    left = 20 + 7 * max(len(label) for label in labels)
    bar_area, bar_height, pitch, first = 420, 18, 26, 50
    bottom = first + pitch * len(entries)
    parts = [_svg_open(left + bar_area + 190, bottom + 80),
             _svg_text((left + bar_area) / 2, 25,
                       f"Serial vs parallel time (-Z time-passes), mode {mode}",
                       size=16, anchor="middle")]
    scale = bar_area / top
    for i, (label, (serial, parallel)) in enumerate(zip(labels, splits)):
        y = first + pitch * i
        parts.append(_svg_text(left - 8, y + 13, label, anchor="end"))
        parts.append(_svg_rect("serial", left, y, serial * scale, bar_height, SERIAL_COLOUR))
        parts.append(_svg_rect("parallel", left + serial * scale, y, parallel * scale,
                               bar_height, PARALLEL_COLOUR))
        share = _fmt(_serial_share(serial, parallel), ".0f", "%")
        parts.append(_svg_text(left + (serial + parallel) * scale + 6, y + 13,
                               f"{serial + parallel:.2f} s, {share} serial"))
    parts += _seconds_axis(left, bottom, scale, step, top)
    legend_y = bottom + 55
    parts.append(_svg_rect("legend", left, legend_y - 10, 12, 12, SERIAL_COLOUR))
    parts.append(_svg_text(left + 18, legend_y, "serial passes"))
    parts.append(_svg_rect("legend", left + 130, legend_y - 10, 12, 12, PARALLEL_COLOUR))
    parts.append(_svg_text(left + 148, legend_y, "parallel passes"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _seconds_axis(left, y, scale, step, top):
    """Horizontal axis in seconds with ticks every `step`."""
    parts = [f'<line x1="{left}" y1="{y}" x2="{left + top * scale:.1f}" y2="{y}" stroke="black"/>']
    for i in range(round(top / step) + 1):
        value = round(i * step, 6)
        px = left + value * scale
        parts.append(f'<line x1="{px:.1f}" y1="{y}" x2="{px:.1f}" y2="{y + 5}" stroke="black"/>')
        parts.append(_svg_text(px, y + 18, f"{value:g}", anchor="middle"))
    parts.append(_svg_text(left + top * scale / 2, y + 34, "seconds", anchor="middle"))
    return parts


def _svg_rect(cls, x, y, width, height, colour):
    """A filled rectangle with a class."""
    return (f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" '
            f'height="{height:.1f}" fill="{colour}"/>')


def _svg_open(width, height):
    """The <svg> start tag and a white background."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}">\n'
            '<rect width="100%" height="100%" fill="white"/>')


def _svg_text(x, y, text, size=12, anchor="start"):
    """A <text> element with escaped content."""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family="sans-serif" font-size="{size}" '
            f'text-anchor="{anchor}">{_esc(text)}</text>')


def _svg_message(title, message):
    """A small SVG with only a title and a message, for charts without data."""
    return "\n".join([_svg_open(460, 80), _svg_text(230, 30, title, size=16, anchor="middle"),
                      _svg_text(230, 60, message, anchor="middle"), "</svg>"]) + "\n"


def _esc(text):
    """Text escaped for XML content and attributes."""
    return html.escape(str(text), quote=True)


# -------------------------------------------------------------------- files

def write_report(results, outdir):
    """Write every report file into outdir and return their paths.

    Writes results.json, runs.csv, speedup-<mode>.svg per mode,
    time-split-<mode>.svg where time_passes has data, a PNG of each SVG when
    `rsvg-convert` is on PATH, and report.md (last, linking the SVGs and
    saying why PNGs are missing). The same results give the same bytes.
    """
    os.makedirs(outdir, exist_ok=True)
    rows = summarize(results)
    files = {"results.json": json.dumps(results, indent=2, sort_keys=True) + "\n",
             "runs.csv": csv_text(results)}
    figures = {}
    for mode, slug in _mode_slugs(results).items():
        figures[mode] = [("Speedup vs threads", f"speedup-{slug}.svg")]
        files[f"speedup-{slug}.svg"] = svg_speedup(results, rows, mode)
        split = svg_time_split(results, mode)
        if split is not None:
            figures[mode].append(("Serial vs parallel time", f"time-split-{slug}.svg"))
            files[f"time-split-{slug}.svg"] = split
    written = [_write(outdir, name, text) for name, text in files.items()]
    svgs = [path for path in written if path.endswith(".svg")]
    pngs, png_notes = _render_pngs(svgs)
    written += pngs
    notes = ["Raw data: [results.json](results.json), [runs.csv](runs.csv)."] + png_notes
    notes += [f"Not measured: {what}" for what in results["meta"].get("skipped", [])]
    written.append(_write(outdir, "report.md", markdown(results, rows, figures, notes)))
    return written


def _mode_slugs(results):
    """Map each mode to a file-name-safe slug; distinct modes must stay distinct."""
    slugs = {}
    for mode in _modes(results):
        slug = "".join(c if c.isalnum() or c in "-_." else "_" for c in mode)
        if slug in slugs.values():
            raise ValueError(f"mode {mode!r} clashes with another mode in file names")
        slugs[mode] = slug
    return slugs


def _write(outdir, name, text):
    """Write text as UTF-8 with \\n line ends; return the path."""
    path = os.path.join(outdir, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path


def _render_pngs(svgs):
    """Render each SVG to PNG with rsvg-convert; return (png paths, notes for the report)."""
    converter = shutil.which("rsvg-convert")
    if converter is None:
        return [], ["PNG versions of the figures were not rendered: "
                    "`rsvg-convert` was not found on PATH (install librsvg2-bin)."]
    pngs = []
    for svg in svgs:
        png = svg[:-len(".svg")] + ".png"
        done = subprocess.run([converter, "-o", png, svg], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, check=False)
        if done.returncode != 0:
            return pngs, [f"PNG rendering stopped: `rsvg-convert` exited with status "
                          f"{done.returncode} on {os.path.basename(svg)}."]
        pngs.append(png)
    return pngs, []
