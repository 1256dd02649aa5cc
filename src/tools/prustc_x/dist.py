"""`./x.py build --dist`: the optimised build of prustc, at build/dist.

The everyday `./x.py build` stays as it is; this profile adds, on the same
tree and with the same patches, the settings the official toolchain is
built with:

- mimalloc as the compiler's allocator, as in the everyday build
  (`rust.jemalloc = false`, so that bootstrap's `mimalloc` feature applies;
  the official toolchain uses jemalloc, which measured no faster here, see
  src/doc/prustc/history/2026-11-26-dist.md);
- one codegen unit per compiler crate (`rust.codegen-units = 1`);
- thin LTO of `librustc_driver` (`rust.lto = "thin"`);
- LLVM linked statically into `librustc_driver` (`llvm.link-shared = false`),
  which spares every rustc start loading Debian's `libLLVM` and what it
  pulls in (z3, libxml2, ICU);
- protected visibility of the compiler's symbols
  (`rust.protected-visibility`, a key the bootstrap patch adds), so that calls
  inside `librustc_driver` need no interposable GOT or PLT entry;
- profile-guided optimisation: a first build instrumented with
  `-Cprofile-generate`, that compiler run over a training set of rustc-perf
  crates (none of them in the `--quick` or default bench sets), the profiles
  merged with `llvm-profdata`, and a second build with `-Cprofile-use`;
- BOLT: the optimised build links `librustc_driver` with its relocations
  (`--enable-bolt-settings`), `llvm-bolt` instruments a copy, the same
  training runs again, and `llvm-bolt` lays out the library's code by that
  profile into the stage1 sysroot.

Each step's time is logged and written to build/dist/build-times.json, so the
cost of every setting on this machine can be read off. `--no-pgo` stops after
one build with the settings before PGO; `--reuse-profile` skips the
instrumented build and its training and uses the PGO profile already in
build/dist/pgo/ (the BOLT profile is always made anew: it describes one
binary). Single-threaded; the parallelism is in the builds and compilations
it starts, one at a time.
"""
import json
import os
import shutil
import subprocess
import time

from . import prereqs
from .bench import benchmarks, measure, prepare

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
BASE_SETTINGS = {"jemalloc": False, "codegen-units": 1, "lto": "thin",
                 "protected-visibility": True}
LLVM_SETTINGS = {"link-shared": False}


def settings(phase, pgo_dir):
    """The bootstrap.toml tables of a dist build (`rust`, `llvm`): `phase` is
    "plain" (no PGO), "generate" (instrumented) or "use" (optimised with the
    merged profile)."""
    rust = dict(BASE_SETTINGS)
    if phase == "generate":
        rust["profile-generate"] = raw_dir(pgo_dir)
    elif phase == "use":
        rust["profile-use"] = profdata(pgo_dir)
    elif phase != "plain":
        raise ValueError(f"unknown dist phase {phase!r}")
    return {"rust": rust, "llvm": dict(LLVM_SETTINGS)}


def bootstrap_args(phase):
    """Extra bootstrap arguments: the optimised build keeps the relocations
    that BOLT needs in `librustc_driver` (`-Wl,-q`)."""
    return ["--enable-bolt-settings"] if phase == "use" else []


def raw_dir(pgo_dir):
    return os.path.join(pgo_dir, "raw")


def profdata(pgo_dir):
    return os.path.join(pgo_dir, "rustc.profdata")


def llvm_tool(name, package):
    """The program `name` of the LLVM the build uses, from Debian's `package`."""
    bindir = subprocess.run([prereqs.LLVM_CONFIG, "--bindir"], stdout=subprocess.PIPE,
                            text=True, check=True).stdout.strip()
    tool = os.path.join(bindir, name)
    if not os.path.exists(tool):
        raise prereqs.MissingError(f"{tool} is missing: apt-get install {package}")
    return tool


def llvm_profdata():
    """`llvm-profdata` (package llvm-22-tools)."""
    return llvm_tool("llvm-profdata", prereqs.LLVM_PACKAGES[-1][0])


def train(repo, rustc, log):
    """Runs the instrumented `rustc` over the training set: cargo builds each
    crate's dependencies with it, then its own compilations are re-run at
    every training thread count. Returns the number of compilations."""
    root = benchmarks.root(prereqs.UPSTREAM_DIR)
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


def bolt_tool(name):
    """`llvm-bolt` or `merge-fdata`."""
    return llvm_tool(name, "bolt-22")


def driver_libraries(paths, host):
    """(the `librustc_driver` the compiler loads, the one the build linked).

    The stage1 sysroot's copy is a hard link to the linker's output; BOLT's
    results replace the sysroot's name only, so the linked one stays the
    input of every later BOLT run, whatever an earlier one left."""
    loaded = [f for f in os.listdir(os.path.join(paths.stage1, "lib"))
              if f.startswith("librustc_driver-") and f.endswith(".so")]
    if len(loaded) != 1:
        raise SystemExit(f"prustc: error: expected one librustc_driver in {paths.stage1}/lib, "
                         f"found {loaded}")
    linked = os.path.join(paths.build, host, "stage1-rustc", host, "release", "deps", loaded[0])
    if not os.path.exists(linked):
        raise SystemExit(f"prustc: error: {linked} is missing")
    return os.path.join(paths.stage1, "lib", loaded[0]), linked


def has_relocations(lib):
    sections = subprocess.run(["readelf", "-S", "-W", lib], stdout=subprocess.PIPE,
                              text=True, check=True).stdout
    return ".rela.text" in sections


def bolt(source, out, args):
    """Runs llvm-bolt on `source` and puts the result at `out` by renaming,
    never writing through a hard link to the build's own file."""
    tmp = out + ".bolt-tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    subprocess.run([bolt_tool("llvm-bolt"), source, "-o", tmp, *args], check=True,
                   stdout=subprocess.DEVNULL)
    os.replace(tmp, out)


# How the profile lays out the code, in the functions it saw run (`-lite`):
# blocks by ext-TSP, functions by their call graph, cold blocks and landing
# pads split out, identical code folded where no address of it is taken.
BOLT_OPTIMISE = [
    "-lite",
    "-reorder-blocks=ext-tsp",
    "-reorder-functions=cdsort",
    "-split-functions",
    "-split-all-cold",
    "-split-eh",
    "-icf=safe",
    "-use-gnu-stack",
    "-dyno-stats",
]


def rust_functions(lib, out):
    """Writes the names of `lib`'s Rust functions (v0 mangling, `_R...`) to
    `out`, one per line: what BOLT works on. The C++ of the statically linked
    LLVM is about half the code; BOLT over all of it needed more than this
    machine's 24 GiB, and a check build does not run it."""
    names = subprocess.run(["nm", "--defined-only", lib], stdout=subprocess.PIPE, text=True,
                           check=True).stdout
    with open(out, "w") as f:
        for line in names.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[1] in "tTwW" and parts[2].startswith("_R"):
                f.write(parts[2] + "\n")
    return out


def bolt_instrument(paths, host, bolt_dir):
    loaded, linked = driver_libraries(paths, host)
    if not has_relocations(linked):
        raise SystemExit(
            f"prustc: error: {linked} was linked without its relocations, which BOLT needs;\n"
            "remove it and run `./x.py build --dist --reuse-profile` to link it again")
    shutil.rmtree(bolt_dir, ignore_errors=True)
    os.makedirs(bolt_dir)
    funcs = rust_functions(linked, os.path.join(bolt_dir, "functions.txt"))
    bolt(linked, loaded, ["-instrument", "-instrumentation-file-append-pid",
                          "-instrumentation-file=" + os.path.join(bolt_dir, "prof"),
                          "-funcs-file-no-regex=" + funcs])


def bolt_optimise(paths, host, bolt_dir, log):
    loaded, linked = driver_libraries(paths, host)
    profiles = sorted(f for f in os.listdir(bolt_dir) if f.endswith(".fdata"))
    if not profiles:
        raise SystemExit("prustc: error: the BOLT-instrumented compiler wrote no profile")
    merged = os.path.join(bolt_dir, "merged.fdata")
    with open(merged, "w") as f:
        subprocess.run([bolt_tool("merge-fdata"), *(os.path.join(bolt_dir, p) for p in profiles)],
                       stdout=f, check=True)
    log(f"merged {len(profiles)} BOLT profiles into {merged}")
    for p in profiles:
        os.remove(os.path.join(bolt_dir, p))
    funcs = os.path.join(bolt_dir, "functions.txt")
    bolt(linked, loaded, ["-data=" + merged, "-funcs-file-no-regex=" + funcs, *BOLT_OPTIMISE])


def build(repo, paths, host, run_build, log, pgo=True, reuse_profile=False):
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
        step("build (mimalloc, codegen-units=1, thin LTO, static LLVM)",
             lambda: run_build("plain"))
    else:
        if reuse_profile:
            if not os.path.exists(profdata(pgo_dir)):
                raise SystemExit(f"prustc: error: --reuse-profile: no {profdata(pgo_dir)}; "
                                 "run `./x.py build --dist` once")
        else:
            llvm_profdata()  # fail before an hour of building, not after
            bolt_tool("llvm-bolt")
            step("instrumented build", lambda: run_build("generate"))
            # Whatever the instrumented compiler wrote while bootstrap used
            # it (building the standard library) is not training.
            shutil.rmtree(raw_dir(pgo_dir), ignore_errors=True)
            os.makedirs(raw_dir(pgo_dir))
            rustc = os.path.join(paths.stage1, "bin", "rustc")
            n = step("training", lambda: train(repo, rustc, log))
            log(f"dist: {n} training compilations")
            step("merging the profile", lambda: merge(pgo_dir, log))
        step("optimised build (mimalloc, codegen-units=1, thin LTO, static LLVM, PGO)",
             lambda: run_build("use"))
        bolt_dir = os.path.join(paths.build, "bolt")
        step("BOLT instrumentation", lambda: bolt_instrument(paths, host, bolt_dir))
        rustc = os.path.join(paths.stage1, "bin", "rustc")
        step("BOLT training", lambda: train(repo, rustc, log))
        step("BOLT optimisation", lambda: bolt_optimise(paths, host, bolt_dir, log))
    record = os.path.join(paths.build, "build-times.json")
    with open(record, "w") as f:
        json.dump({"pgo": pgo, "reuse_profile": reuse_profile, "seconds": times}, f, indent=1)
        f.write("\n")
    return times
