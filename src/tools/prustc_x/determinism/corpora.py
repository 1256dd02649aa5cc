"""Where the suite's jobs come from.

- `errors`: the programs in `tests/determinism/` plus the generated ones of
  `generate.py`, each compiled directly by the stage1 rustc twice, with human
  and with JSON diagnostics. A program's `//@ compile-flags:` lines add flags.
- `perf`: rustc-perf's compile-benchmark crates shipped in the upstream
  package, in check and debug mode. The bench (`bench/prepare.py`) prepares
  them (builds the dependencies once, records cargo's rustc invocations for
  the benchmark's own crates); each recorded invocation is a job, writing
  into a directory of its own instead of cargo's.
- `library`: the standard library's test crates, `coretests` and
  `alloctests`, as `cargo check --tests` and `cargo test --no-run` build
  them, prepared the same way from a copy of their sources.

- `codegen`: the programs of `codegen.py`, each compiled with every option
  set of its matrix (optimisation, codegen units, debuginfo, LTO, crate
  types, `--emit` kinds, editions, path remapping) to real outputs.
- `build-fail`: the programs of `buildfail.py`, whose errors (constants
  that fail for some instantiations) only a full build finds, with human
  and with JSON diagnostics.
- `clippy-ui`: clippy's ui tests in the upstream package, compiled by the
  rustc under test in check mode (`clippy_ui.py`).

`tests/ui` is one more corpus; compiletest runs it (see `suite.py`).
Single-threaded.
"""

import glob
import json
import os
import shutil

from .. import prereqs
from ..bench import benchmarks, prepare
from . import buildfail, clippy_ui, codegen, generate, jobs

ERROR_FORMATS = ("human", "json")
PERF_MODES = ("check", "debug")
LIBRARY_CRATES = ("coretests", "alloctests")
# Cargo invocation per mode for the library's test crates.
LIBRARY_CARGO = {"check": ["check", "--tests"], "debug": ["test", "--no-run"]}


class Paths:
    """Where one compiler's runs live. `name` keeps apart the benchmark
    preparations (and, for a frozen compiler, the whole work directory) of
    two compilers used side by side: the stage1 being developed and a frozen
    copy that a long stress run uses meanwhile."""

    def __init__(self, repo, rustc, cargo, upstream, name="prustc"):
        self.repo = repo
        self.rustc = rustc
        self.cargo = cargo
        self.upstream = upstream
        self.name = name
        work = os.path.join(repo, "build", "determinism")
        self.work = work if name == "prustc" else os.path.join(work, name)
        self.bench_root = os.path.join(repo, "build", "bench")

    def out_dir(self, corpus, name):
        return os.path.join(self.work, "out", corpus, name.replace("/", "_"))


def flags_of(program):
    flags = []
    with open(program) as f:
        for line in f:
            if line.startswith("//@ compile-flags:"):
                flags += line.split(":", 1)[1].split()
    return flags


def error_programs(paths):
    """The programs of the errors corpus: ours, then the generated ones."""
    programs = sorted(glob.glob(os.path.join(paths.repo, "tests", "determinism", "*.rs")))
    gen_dir = os.path.join(paths.work, "generated")
    programs += generate.write_all(gen_dir)
    return programs


def error_jobs(paths):
    return program_jobs(paths, "errors", error_programs(paths))


def program_jobs(paths, corpus, programs):
    """Each program compiled directly, with human and with JSON diagnostics;
    a program's `//@ compile-flags:` lines add flags."""
    found = []
    for program in programs:
        stem = os.path.splitext(os.path.basename(program))[0]
        for fmt in ERROR_FORMATS:
            name = f"{stem}.{fmt}"
            out = paths.out_dir(corpus, name)
            args = ["--edition=2024", *flags_of(program), f"--error-format={fmt}",
                    program, "--out-dir", out]
            found.append(jobs.Job(name, corpus, paths.rustc, args, os.path.dirname(program), out))
    return found


def redirect_out_dir(args, out):
    """`args` writing into `out` instead of where cargo asked."""
    args = list(args)
    if "--out-dir" in args:
        args[args.index("--out-dir") + 1] = out
    else:
        args += ["--out-dir", out]
    return args


def captured_jobs(paths, corpus, prefix, capture_dir):
    found = []
    entries = sorted(glob.glob(os.path.join(capture_dir, "*.json")))
    for path in entries:
        with open(path) as f:
            entry = json.load(f)
        kind = "test" if "--test" in entry["args"] else "crate"
        name = f"{prefix}/{entry['crate']}"
        if len(entries) > 1:
            name += f"-{kind}-{os.path.splitext(os.path.basename(path))[0]}"
        out = paths.out_dir(corpus, name)
        args = redirect_out_dir(entry["args"], out)
        found.append(jobs.Job(name, corpus, paths.rustc, args, entry["cwd"], out, entry["env"]))
    return found


def perf_jobs(paths, names, log, skipped):
    """The jobs of each benchmark, prepared as they are reached (so that a
    long run checks the first benchmarks before preparing the last)."""
    root = benchmarks.root(paths.upstream)
    if names is None:
        # Some benchmarks' dependencies build C libraries with cmake.
        prereqs.ensure_optional("cmake", "cmake", log)
    for bench, mode in benchmarks.select(root, "full", names, list(PERF_MODES)):
        try:
            capture_dir = prepare.prepare(
                paths.bench_root, bench, mode, paths.name, paths.rustc, paths.cargo, log
            )
        except prepare.PrepareError as e:
            log(f"skipping: {e}")
            skipped.append(f"perf/{bench.name} ({mode}): {str(e).splitlines()[0]}")
            continue
        yield from captured_jobs(paths, "perf", f"{bench.name}/{mode}", capture_dir)


LIBRARY_WORKSPACE = """\
# Written by prustc's determinism suite: the standard library's test crates,
# outside the library's own workspace, built against the stage1 sysroot.
[workspace]
resolver = "2"
members = [{members}]
"""


def library_sources(paths):
    """A private copy of the test crates (and the `alloc` sources that
    `alloctests` includes by path), as one small workspace."""
    lib = os.path.join(paths.upstream, "library")
    dest = os.path.join(paths.work, "src", "library")
    marker = os.path.join(dest, ".prustc-determinism-source")
    if os.path.exists(marker):
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    for rel in (*LIBRARY_CRATES, os.path.join("alloc", "src")):
        shutil.copytree(os.path.join(lib, rel), os.path.join(dest, rel), symlinks=True)
    with open(os.path.join(dest, "Cargo.toml"), "w") as f:
        f.write(LIBRARY_WORKSPACE.format(members=", ".join(f'"{c}"' for c in LIBRARY_CRATES)))
    with open(marker, "w") as f:
        f.write(lib)
    return dest


def library_jobs(paths, log, skipped):
    src = library_sources(paths)
    found = []
    for mode, cargo_args in LIBRARY_CARGO.items():
        work = os.path.join(paths.work, "library", mode)
        crates = [a for c in LIBRARY_CRATES for a in ("-p", c)]
        try:
            capture_dir = prepare.captured_build(
                work, src, [*cargo_args, *crates], paths.rustc, paths.cargo, f"library ({mode})", log
            )
        except prepare.PrepareError as e:
            log(f"skipping: {e}")
            skipped.append(str(e).splitlines()[0])
            continue
        found += captured_jobs(paths, "library", mode, capture_dir)
    return found


def codegen_jobs(paths, subset=False):
    """Each codegen program with each option set (with `subset`, the CI's
    few), compiled in the directory of the generated programs by their
    relative path, as cargo compiles a package's sources."""
    gen_dir = os.path.join(paths.work, "generated-codegen")
    found = []
    for name, program, flags in codegen.jobs_of(gen_dir, subset):
        out = paths.out_dir("codegen", name)
        args = [*flags, os.path.basename(program), "--out-dir", out]
        found.append(jobs.Job(name, "codegen", paths.rustc, args, gen_dir, out))
    return found


def build_fail_jobs(paths):
    gen_dir = os.path.join(paths.work, "generated-build-fail")
    return program_jobs(paths, "build-fail", buildfail.write_all(gen_dir))


def clippy_ui_jobs(paths, log, skipped, subset=False):
    """A job per clippy ui test (and revision) that this host runs; with
    `subset`, those of a fixed sample of the files. The auxiliary crates
    the chosen tests name are built first; a test whose crate fails to
    build is reported as skipped."""
    root = os.path.join(paths.upstream, clippy_ui.TESTS_DIR)
    if not os.path.isdir(root):
        skipped.append(f"clippy-ui: {root} not found")
        return []
    tests, not_run = clippy_ui.collect(root, subset)
    log(f"clippy-ui: {len(tests)} tests{' (sample)' if subset else ''}, "
        f"{len(not_run)} not run here (host, or auxiliary crates needing clippy's cargo deps)")
    aux = clippy_ui.AuxBuilds(paths.rustc, root, os.path.join(paths.work, "clippy-aux"),
                              prepare.compiler_stamp(paths.rustc))
    found = []
    for test in tests:
        try:
            aux_flags = [f for source in test.aux for f in aux.flags(source)]
        except RuntimeError as e:
            log(f"skipping clippy-ui/{test.name()}: {str(e).splitlines()[0]}")
            skipped.append(f"clippy-ui/{test.name()}: {str(e).splitlines()[0]}")
            continue
        name = test.name()
        out = paths.out_dir("clippy-ui", name)
        args = [f"--edition={test.edition}", "--emit=metadata", *test.flags, *aux_flags,
                os.path.basename(test.path), "--out-dir", out]
        found.append(jobs.Job(name, "clippy-ui", paths.rustc, args, os.path.dirname(test.path), out,
                              sources=[test.path, *test.aux]))
    return found
