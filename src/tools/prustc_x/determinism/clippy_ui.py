"""The clippy-ui corpus: clippy's ui tests (`src/tools/clippy/tests/ui` of
the upstream package, about 1,160 files), compiled by the rustc under
test, not by clippy: real-world code written to trigger lints, with
rustc's own lints at their defaults, in check mode (`--emit=metadata`)
with human diagnostics.

A test is read as clippy's harness (ui_test) reads it:

- every `.rs` file under the directory is a test, except those under an
  `auxiliary` directory;
- `//@ compile-flags:` adds flags; `//@ edition:` sets the edition, which
  is otherwise 2024, as clippy's `tests/compile-test.rs` sets it;
- `//@ revisions: a b` makes one job per revision, with `--cfg=a`, and
  `//@[a] ...` directives apply to revision `a` only;
- `//@ ignore-bitwidth:`, `//@ ignore-target:` and `//@ only-target:`
  skip a test (or revision) as ui_test would on this host;
- `//@ aux-build: x.rs` names a crate under the test's `auxiliary/`
  directory (or, for `../auxiliary/x.rs`, its parent's), passed with
  `--extern`. The auxiliary crates are built once per compiler (at
  `-Z threads=1`, outside the comparison) into the work directory. Those
  that need crates clippy's harness builds with cargo (`syn`, `quote`, ...)
  are not built, and the tests that name them are skipped.

Everything else (`//@ check-pass`, `//@ no-rustfix`, annotations) is about
clippy's verdict, not rustc's; errors are fine, what is compared is the
output at each thread count. The CI subset is every `SAMPLE_EVERY`th test
file in sorted order of its path (of those not skipped).
Single-threaded.
"""

import dataclasses
import glob
import os
import re
import subprocess

from ..paths import HOST

# Relative to the upstream source tree.
TESTS_DIR = os.path.join("src", "tools", "clippy", "tests", "ui")
# What clippy's tests/compile-test.rs sets as every ui test's default.
DEFAULT_EDITION = "2024"
SAMPLE_EVERY = 20
HOST_BITS = "64"
# Crates that clippy's harness builds with cargo (tests/clippy_test_deps)
# and passes to every test; we do not build them.
HARNESS_CRATES = ("libc", "regex", "serde", "quote", "syn", "futures", "parking_lot", "tokio",
                  "itertools")
DIRECTIVE = re.compile(r"^//@\s*(?:\[([^\]]*)\]\s*)?([A-Za-z][A-Za-z0-9_-]*)\s*(?::\s*(.*?))?\s*$")
USES_HARNESS_CRATE = re.compile(
    r"\b(?:extern\s+crate|use)\s+(?:::)?(" + "|".join(HARNESS_CRATES) + r")\b"
)
PROC_MACRO_ATTR = re.compile(r"#\[\s*proc_macro(?:_derive|_attribute)?\b")


def read(path):
    with open(path, errors="replace") as f:
        return f.read()


@dataclasses.dataclass
class Directive:
    revisions: tuple  # the revisions it applies to; () for all
    key: str
    value: str


def directives(text):
    """The `//@` directives of a test's text, in order."""
    found = []
    for line in text.splitlines():
        m = DIRECTIVE.match(line.strip())
        if m:
            revs = tuple(r.strip() for r in m.group(1).split(",")) if m.group(1) else ()
            found.append(Directive(revs, m.group(2), m.group(3) or ""))
    return found


@dataclasses.dataclass
class Test:
    """One compilation: a test file, at one revision (or None)."""

    path: str
    rel: str
    revision: str
    edition: str
    flags: list
    aux: list  # absolute paths of the auxiliary crates' sources
    skip: str = None  # why it is not run

    def name(self):
        stem = self.rel[:-len(".rs")]
        return f"{stem}@{self.revision}" if self.revision else stem


def aux_path(path, aux, from_aux=False):
    """Where ui_test looks for `//@ aux-build: aux` of the test (or, with
    `from_aux`, the auxiliary crate) at `path`: in the test's `auxiliary/`
    directory (an auxiliary crate's own directory), or for a path starting
    with `..`, relative to that directory's parent."""
    aux_dir = os.path.dirname(path)
    if not from_aux:
        aux_dir = os.path.join(aux_dir, "auxiliary")
    base = os.path.dirname(aux_dir) if aux.startswith("..") else aux_dir
    return os.path.normpath(os.path.join(base, aux))


def host_skips(key, value):
    """Why this host skips a test with this directive (None if it does not)."""
    words = value.split()
    if key == "ignore-bitwidth" and HOST_BITS in words:
        return f"ignore-bitwidth: {value}"
    if key == "ignore-target" and any(w in HOST for w in words):
        return f"ignore-target: {value}"
    if key == "only-target" and not any(w in HOST for w in words):
        return f"only-target: {value}"
    return None


def aux_problem(path, seen=()):
    """Why the auxiliary crate at `path` cannot be built here (None if it can)."""
    if not os.path.exists(path):
        return f"auxiliary {path} not found"
    text = read(path)
    m = USES_HARNESS_CRATE.search(text)
    if m:
        return f"auxiliary {os.path.basename(path)} needs `{m.group(1)}`"
    for d in directives(text):
        if d.key == "aux-build":
            dep = aux_path(path, d.value.strip(), from_aux=True)
            if dep not in seen:
                problem = aux_problem(dep, (*seen, path))
                if problem:
                    return problem
    return None


def tests_of(root, path):
    """The tests (one per revision) of the file at `path` under `root`."""
    text = read(path)
    found = directives(text)
    revisions = [None]
    for d in found:
        if d.key == "revisions" and not d.revisions:
            revisions = d.value.split()
    tests = []
    for rev in revisions:
        mine = [d for d in found if not d.revisions or rev in d.revisions]
        test = Test(path, os.path.relpath(path, root), rev, DEFAULT_EDITION, [], [])
        if rev:
            test.flags.append(f"--cfg={rev}")
        for d in mine:
            if d.key == "edition":
                test.edition = d.value.strip()
            elif d.key == "compile-flags":
                test.flags += d.value.split()
            elif d.key == "aux-build":
                aux = aux_path(path, d.value.strip())
                test.aux.append(aux)
                test.skip = test.skip or aux_problem(aux)
            else:
                test.skip = test.skip or host_skips(d.key, d.value)
        tests.append(test)
    return tests


def test_files(root):
    """Every test file under `root`, sorted by relative path."""
    paths = glob.glob(os.path.join(root, "**", "*.rs"), recursive=True)
    rels = sorted(os.path.relpath(p, root) for p in paths)
    return [os.path.join(root, r) for r in rels if "auxiliary" not in r.split(os.sep)]


def collect(root, subset=False):
    """(tests to run, tests skipped); with `subset`, the tests of every
    `SAMPLE_EVERY`th file of those that have one to run."""
    run, skipped = [], []
    per_file = []
    for path in test_files(root):
        tests = tests_of(root, path)
        skipped += [t for t in tests if t.skip]
        if any(not t.skip for t in tests):
            per_file.append([t for t in tests if not t.skip])
    if subset:
        per_file = per_file[::SAMPLE_EVERY]
    for tests in per_file:
        run += tests
    return run, skipped


def crate_name(path):
    return os.path.splitext(os.path.basename(path))[0].replace("-", "_")


class AuxBuilds:
    """The auxiliary crates, built once per compiler into `directory`, one
    subdirectory each (named after the source's path under `root`)."""

    def __init__(self, rustc, root, directory, stamp, env=None):
        self.rustc = rustc
        self.root = root
        self.directory = directory
        self.stamp = stamp
        self.env = env
        self.built = {}  # source path -> (extern flags) or an error message

    def out_dir(self, source):
        rel = os.path.relpath(source, self.root)
        return os.path.join(self.directory, re.sub(r"[^A-Za-z0-9_.-]+", "_", rel))

    def artifact(self, source):
        found = sorted(glob.glob(os.path.join(self.out_dir(source), f"lib{crate_name(source)}.*")))
        return found[0] if found else None

    def flags(self, source):
        """`--extern` and `-L` flags for the crate at `source` (and `-L` for
        the crates it uses), built if needed; raises RuntimeError with
        rustc's output if that fails."""
        extern, dirs = self.build(source)
        return [extern, *(f"-Ldependency={d}" for d in dirs)]

    def build(self, source):
        """(`--extern` flag, library directories) of the crate at `source`."""
        if source in self.built:
            result = self.built[source]
            if isinstance(result, str):
                raise RuntimeError(result)
            return result
        text = read(source)
        dep_flags, dirs = [], []
        edition = DEFAULT_EDITION
        for d in directives(text):
            if d.key == "aux-build":
                extern, more = self.build(aux_path(source, d.value.strip(), from_aux=True))
                dep_flags.append(extern)
                dirs += [x for x in more if x not in dirs]
            elif d.key == "edition":
                edition = d.value.strip()
        dep_flags += [f"-Ldependency={d}" for d in dirs]
        out = self.out_dir(source)
        stamp_file = os.path.join(out, ".stamp")
        kind = "proc-macro" if PROC_MACRO_ATTR.search(text) else "lib"
        cmd = [self.rustc, f"--edition={edition}", f"--crate-type={kind}",
               f"--crate-name={crate_name(source)}", *dep_flags, source, "--out-dir", out,
               "-Zthreads=1"]
        fresh = (os.path.exists(stamp_file) and read(stamp_file) == self.stamp + repr(cmd)
                 and self.artifact(source))
        if not fresh:
            subprocess.run(["rm", "-rf", out], check=True)
            os.makedirs(out)
            proc = subprocess.run(cmd, env=self.env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if proc.returncode != 0 or not self.artifact(source):
                message = (f"building auxiliary crate {os.path.relpath(source, self.root)} failed "
                           f"(exit {proc.returncode}):\n"
                           + proc.stdout.decode(errors="replace")[-2000:])
                self.built[source] = message
                raise RuntimeError(message)
            with open(stamp_file, "w") as f:
                f.write(self.stamp + repr(cmd))
        result = (f"--extern={crate_name(source)}={self.artifact(source)}", [out, *dirs])
        self.built[source] = result
        return result
