"""`./x.py build --dist`: the optimised build of prustc, at build/dist.

The everyday `./x.py build` stays as it is; this profile adds, on the same
tree and with the same patches, the settings the official toolchain is
built with:

- jemalloc as the compiler's allocator (`rust.jemalloc`, the crates.io crate
  `tikv-jemalloc-sys` overriding `malloc`);
- one codegen unit per compiler crate (`rust.codegen-units = 1`);
- thin LTO of `librustc_driver` (`rust.lto = "thin"`);
- profile-guided optimisation: a first build instrumented with
  `-Cprofile-generate`, that compiler run over a training set of rustc-perf
  crates (none of them in the `--quick` or default bench sets), the profiles
  merged with `llvm-profdata`, and a second build with `-Cprofile-use`.

Each step's time is logged and written to build/dist/build-times.json, so the
cost of every setting on this machine can be read off. `--no-pgo` stops after
one build with the first three settings; `--reuse-profile` skips the
instrumented build and the training and uses the profile already in
build/dist/pgo/. Single-threaded; the parallelism is in the builds and
compilations it starts, one at a time.
"""

import json
import os
import shutil
import subprocess
import time

from . import prereqs

# The training set: rustc-perf crates, disjoint from the bench presets that
# the profile is judged on (`quick`, `default`), in the modes cargo builds
# them in, each recorded compilation run at one thread and at two.
TRAINING = [
    "clap_derive-4.5.32",
    "diesel-2.2.10",
    "image-0.25.6",
    "typenum-1.18.0",
    "libc-0.2.172",
    "unicode-normalization-0.1.24",
]
TRAINING_MODES = ["check", "debug"]
TRAINING_THREADS = ["1", "2"]

# Settings of every dist build; `phase` adds the PGO one.
BASE_SETTINGS = {"jemalloc": True, "codegen-units": 1, "lto": "thin"}


def settings(phase, pgo_dir):
    """The `[rust]` keys of a dist build: `phase` is "plain" (no PGO),
    "generate" (instrumented) or "use" (optimised with the merged profile)."""
    rust = dict(BASE_SETTINGS)
    if phase == "generate":
        rust["profile-generate"] = raw_dir(pgo_dir)
    elif phase == "use":
        rust["profile-use"] = profdata(pgo_dir)
    elif phase != "plain":
        raise ValueError(f"unknown dist phase {phase!r}")
    return rust


def raw_dir(pgo_dir):
    return os.path.join(pgo_dir, "raw")


def profdata(pgo_dir):
    return os.path.join(pgo_dir, "rustc.profdata")


def llvm_profdata():
    """`llvm-profdata` of the LLVM the build uses (package llvm-22-tools)."""
    bindir = subprocess.run([prereqs.LLVM_CONFIG, "--bindir"], stdout=subprocess.PIPE,
                            text=True, check=True).stdout.strip()
    tool = os.path.join(bindir, "llvm-profdata")
    if not os.path.exists(tool):
        raise prereqs.MissingError(f"{tool} is missing: apt-get install {prereqs.LLVM_PACKAGES[-1][0]}")
    return tool


def train(repo, rustc, log):
    """Runs the instrumented `rustc` over the training set: cargo builds each
    crate's dependencies with it, then its own compilations are re-run at
    every training thread count. Returns the number of compilations."""
    from prustc_bench import benchmarks, measure, prepare

    root = os.path.join(prereqs.UPSTREAM_DIR, "src", "tools", "rustc-perf", "collector",
                        "compile-benchmarks")
    bench_root = os.path.join(repo, "build", "bench")
    cargo = prereqs.stage0()[1]
    count = 0
    for bench, mode in benchmarks.select(root, "default", TRAINING, TRAINING_MODES):
        capture = prepare.prepare(bench_root, bench, mode, "dist-training", rustc, cargo, log)
        invocations = measure.load_invocations(capture)
        for threads in TRAINING_THREADS:
            result = measure.run_once(invocations, threads)
            if result["exit"] != 0:
                raise SystemExit(f"prustc: error: training on {bench.name} ({mode}) failed:\n"
                                 + result.get("stderr", ""))
            count += len(invocations)
        log(f"trained on {bench.name} ({mode})")
    return count


def merge(pgo_dir, log):
    raws = sorted(f for f in os.listdir(raw_dir(pgo_dir)) if f.endswith(".profraw"))
    if not raws:
        raise SystemExit("prustc: error: the instrumented compiler wrote no profile")
    out = profdata(pgo_dir)
    subprocess.run([llvm_profdata(), "merge", "-o", out, raw_dir(pgo_dir)], check=True)
    log(f"merged {len(raws)} raw profiles into {out} ({os.path.getsize(out) >> 20} MiB)")


def build(repo, paths, run_build, log, pgo=True, reuse_profile=False):
    """The whole profile. `run_build(phase)` lays out and runs bootstrap for
    one phase; returns the step times (seconds)."""
    pgo_dir = os.path.join(paths.build, "pgo")
    times = {}

    def step(name, fn):
        start = time.monotonic()
        result = fn()
        times[name] = round(time.monotonic() - start)
        log(f"dist: {name} took {times[name]}s")
        return result

    if not pgo:
        step("build (jemalloc, codegen-units=1, thin LTO)", lambda: run_build("plain"))
    else:
        if reuse_profile:
            if not os.path.exists(profdata(pgo_dir)):
                raise SystemExit(f"prustc: error: --reuse-profile: no {profdata(pgo_dir)}; "
                                 "run `./x.py build --dist` once")
        else:
            llvm_profdata()  # fail before an hour of building, not after
            step("instrumented build", lambda: run_build("generate"))
            # Whatever the instrumented compiler wrote while bootstrap used
            # it (building the standard library) is not training.
            shutil.rmtree(raw_dir(pgo_dir), ignore_errors=True)
            os.makedirs(raw_dir(pgo_dir))
            rustc = os.path.join(paths.stage1, "bin", "rustc")
            n = step("training", lambda: train(repo, rustc, log))
            log(f"dist: {n} training compilations")
            step("merging the profile", lambda: merge(pgo_dir, log))
        step("optimised build (jemalloc, codegen-units=1, thin LTO, PGO)", lambda: run_build("use"))
    record = os.path.join(paths.build, "build-times.json")
    with open(record, "w") as f:
        json.dump({"pgo": pgo, "reuse_profile": reuse_profile, "seconds": times}, f, indent=1)
        f.write("\n")
    return times
