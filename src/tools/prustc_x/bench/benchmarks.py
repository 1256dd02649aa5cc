"""Which benchmarks exist and which a preset selects.

The benchmarks are rustc-perf's compile-time benchmark crates, shipped by the
upstream package under `src/tools/rustc-perf/collector/compile-benchmarks`.
A benchmark is one crate of one of them compiled in one mode: `check`
(`--emit=metadata`), `debug` or `opt`. Each benchmark directory's
`perf-config.json` may add cargo options and exclude profiles; both are
honoured. Single-threaded; nothing shared.
"""

import json
import os

MODES = ("check", "debug", "opt")
# Cargo subcommand and options per mode.
CARGO_MODE = {"check": ["check"], "debug": ["build"], "opt": ["build", "--release"]}
# perf-config.json names profiles "Check", "Debug", "Opt".
PROFILE_NAME = {"check": "Check", "debug": "Debug", "opt": "Opt"}

PRESETS = {
    # A handful of small crates, check mode: about five minutes on the 2-core
    # machine, ten with its pause before every run (measure.default_pause).
    "quick": {
        "benchmarks": ["helloworld", "regex-automata-0.4.8", "syn-2.0.101"],
        "modes": ["check"],
    },
    # The default set: the quick crates plus macro- and trait-heavy ones, in
    # check and debug: about thirty minutes on the 2-core machine, fifty with
    # its pause before every run.
    "default": {
        "benchmarks": [
            "helloworld",
            "regex-automata-0.4.8",
            "syn-2.0.101",
            "serde-1.0.219",
            "hyper-1.6.0",
        ],
        "modes": ["check", "debug"],
    },
    # Every benchmark in every mode it allows.
    "full": {"benchmarks": None, "modes": list(MODES)},
}


def root(upstream):
    """The benchmarks' directory in the upstream source tree at `upstream`."""
    return os.path.join(upstream, "src", "tools", "rustc-perf", "collector", "compile-benchmarks")


class Benchmark:
    """One benchmark directory and its perf-config.json."""

    def __init__(self, root, name):
        self.name = name
        self.path = os.path.join(root, name)
        config_path = os.path.join(self.path, "perf-config.json")
        self.config = {}
        if os.path.exists(config_path):
            with open(config_path) as f:
                self.config = json.load(f)

    def cargo_args(self, mode):
        """Cargo arguments for `mode`, with the benchmark's own options."""
        opts = self.config.get("cargo_opts", "").split()
        rustc_opts = self.config.get("cargo_rustc_opts", "").split()
        if not rustc_opts:
            return [*CARGO_MODE[mode], *opts]
        # Options for rustc itself need `cargo rustc`, which names the
        # profile instead of the subcommand.
        profile = {"check": ["--profile", "check"], "debug": [], "opt": ["--release"]}[mode]
        return ["rustc", *profile, *opts, "--", *rustc_opts]

    def allows(self, mode):
        excluded = self.config.get("excluded_profiles", [])
        return PROFILE_NAME[mode] not in excluded


def available(root):
    """Names of every benchmark directory under `root`, sorted."""
    return sorted(
        name
        for name in os.listdir(root)
        if os.path.exists(os.path.join(root, name, "Cargo.toml"))
    )


def select(root, preset, names=None, modes=None):
    """The (Benchmark, mode) pairs to run, in a stable order.

    `names` and `modes` override the preset's; unknown names are an error
    listing what exists.
    """
    spec = PRESETS[preset]
    chosen = names or spec["benchmarks"] or available(root)
    known = set(available(root))
    unknown = [n for n in chosen if n not in known]
    if unknown:
        raise ValueError(
            f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(sorted(known))}"
        )
    modes = modes or spec["modes"]
    for mode in modes:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; modes: {', '.join(MODES)}")
    pairs = []
    for name in chosen:
        bench = Benchmark(root, name)
        for mode in modes:
            if bench.allows(mode):
                pairs.append((bench, mode))
    return pairs
