"""The compilers the measuring subcommands compare, written `NAME=SPEC`.

SPEC is shell words: first any environment assignments (`VAR=VALUE`), then
the compiler, then rustc flags. The compiler is the name of one of our
builds (`prustc`, `baseline`, `serial`, `dist`), `nightly` (rustup's), or a
path to a rustc; when SPEC starts with a flag it is prustc. So
`A=-Zparallel-expansion=none` is prustc with that flag,
`before=build/tmp/stage1-before/bin/rustc` another compiler, and
`B='MIMALLOC_ALLOW_THP=0 baseline'` the baseline in another environment.

A variant re-runs the compilations of a rustc-perf benchmark that cargo
made when the benchmark was prepared with the variant's compiler
(prepare.py), with the variant's flags added and its environment set.
Single-threaded; nothing is shared.
"""

import dataclasses
import hashlib
import os
import shlex
import subprocess

from .. import prereqs
from ..paths import BUILD_COMMAND, Paths
from . import benchmarks, measure, prepare

BUILDS = ("prustc", "baseline", "serial", "dist")


@dataclasses.dataclass(frozen=True)
class Variant:
    """A compiler (a build's name, `nightly` or a path) with the flags and
    environment variables its runs get, under a name for the report."""

    name: str
    compiler: str
    flags: tuple = ()
    env: tuple = ()

    def describe(self):
        words = [f"{k}={v}" for k, v in self.env] + [self.compiler, *self.flags]
        return f"{self.name}: " + " ".join(shlex.quote(w) for w in words)


def parse(text):
    """The Variant of `NAME=SPEC`; ValueError says what is wrong."""
    name, sep, spec = text.partition("=")
    if not sep or not name.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"{text!r} is not NAME=SPEC (e.g. A=-Zthreads=2 or B=baseline)")
    words = shlex.split(spec)
    env = []
    while words and "=" in words[0] and not words[0].startswith("-"):
        var, _, value = words.pop(0).partition("=")
        env.append((var, value))
    compiler = "prustc" if not words or words[0].startswith("-") else words.pop(0)
    return Variant(name, compiler, tuple(words), tuple(env))


def built_rustc(repo, build):
    """The stage1 rustc of one of our builds, built or not."""
    return Paths(repo, None if build == "prustc" else build).rustc


def nightly_rustc():
    out = subprocess.run(["rustup", "which", "rustc", "--toolchain", "nightly"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if out.returncode != 0:
        raise SystemExit("prustc: error: nightly needs `rustup toolchain install nightly`")
    return out.stdout.strip()


def rustc(repo, compiler):
    """The rustc a variant's compiler names; exits saying how to get it."""
    if compiler == "nightly":
        return nightly_rustc()
    if compiler in BUILDS:
        path = built_rustc(repo, compiler)
        how = f"build it with `{BUILD_COMMAND[compiler]}`"
    else:
        path = os.path.abspath(compiler)
        how = f"not one of our builds, {', '.join(BUILDS)}, nor nightly"
    if not os.access(path, os.X_OK):
        raise SystemExit(f"prustc: error: no rustc {path} for `{compiler}` ({how})")
    return path


def work_name(compiler):
    """The name of a compiler's preparations under build/bench/work/: a
    build's name, or one derived from a path, so that two paths never share
    the dependencies one of them built."""
    if compiler in (*BUILDS, "nightly"):
        return compiler
    return "path-" + hashlib.sha256(os.path.abspath(compiler).encode()).hexdigest()[:12]


def apply(variant, invocations):
    """`invocations` with the variant's flags added and environment set."""
    env = dict(variant.env)
    return [dict(inv, args=[*inv["args"], *variant.flags], env={**inv["env"], **env})
            for inv in invocations]


def select(names, mode):
    """The (benchmark, mode) pairs named (default: the quick preset's)."""
    return benchmarks.select(benchmarks.root(prereqs.UPSTREAM_DIR), "quick", names, [mode])


def prepared(repo, variants, pairs, log):
    """{(benchmark name, mode, variant name): invocations}, each benchmark
    prepared once per compiler."""
    cargo = prereqs.stage0()[1]
    bench_root = os.path.join(repo, "build", "bench")
    captures = {}
    out = {}
    for bench, mode in pairs:
        for v in variants:
            key = (bench.name, mode, v.compiler)
            if key not in captures:
                captures[key] = measure.load_invocations(prepare.prepare(
                    bench_root, bench, mode, work_name(v.compiler), rustc(repo, v.compiler),
                    cargo, log))
            out[(bench.name, mode, v.name)] = apply(v, captures[key])
    return out
