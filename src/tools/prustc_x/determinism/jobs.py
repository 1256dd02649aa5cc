"""One compilation the suite repeats, and what one run of it produced.

A `Job` is a rustc command line with its working directory, environment and
output directory. The suite runs it several times at several `-Z threads`
values and compares the `Outcome`s: exit code, stderr bytes, and the name and
SHA-256 of every file written to the output directory. Every run of a job
uses the same output directory (emptied before each run), because paths
appear in what rustc writes (dep-info, JSON artifact notices).

A run can also move the job's symbols: with `reorder_symbols`, the compiler
gets `-Z preintern-symbols=FILE`, naming a file of every identifier and
lifetime in the job's sources in reverse order of first appearance, which it
interns before parsing (`rustc_interface` patch). Those symbols then get
their indices in another order than the parser's, as they would if files
were parsed in another order; and `-Z pre-expansions=N`, which creates N
expansions before the crate's own, so that theirs are numbered higher. The
output must not change.

Single-threaded; nothing is shared between runs but the output directory,
which only the running job touches.
"""

import dataclasses
import glob
import hashlib
import os
import re
import shlex
import shutil
import signal
import subprocess
import time

# rustc exits with 101 when it panics (an internal compiler error).
ICE_EXIT = 101
ICE_MARKERS = (b"error: internal compiler error", b"error: the compiler unexpectedly panicked")
# Our compiler's test options. `preintern-symbols` names a file of symbols
# to intern, one per line, before anything else is parsed
# (`rustc_interface::passes::parse`); `pre-expansions`, a number of
# expansions (and syntax contexts) to create before the crate's own, which
# then all get numbers that much higher
# (`rustc_interface::passes::resolver_for_lowering_raw`).
SYMBOL_ORDER_FLAG = "-Zpreintern-symbols="
EXPANSION_SHIFT_FLAG = "-Zpre-expansions="
EXPANSION_SHIFT = 1000
WORD = re.compile(rb"'?[A-Za-z_][A-Za-z0-9_]*")


class Job:
    """A rustc invocation to be repeated. `args` excludes `-Z threads`."""

    def __init__(self, name, corpus, rustc, args, cwd, out_dir, env=None, sources=None):
        self.name = name
        self.corpus = corpus
        self.rustc = rustc
        self.args = list(args)
        self.cwd = cwd
        self.out_dir = out_dir
        self.env = dict(os.environ if env is None else env)
        # Diagnostics must not depend on the terminal the suite runs in.
        self.env.pop("RUSTC_LOG", None)
        self.env.pop("RUST_BACKTRACE", None)
        self.symbols_written = False
        # The `.rs` files whose symbols a reordered run moves; None: every
        # one under `cwd` (a job whose directory holds many other programs
        # names its own).
        self.sources = sources

    def command(self, threads, reorder_symbols=False):
        return [self.rustc, *self.args, f"-Zthreads={threads}",
                *(self.reorder_flags() if reorder_symbols else ())]

    def reorder_flags(self):
        """The flags of a run whose symbols are interned in reverse order and
        whose expansions are renumbered."""
        return [SYMBOL_ORDER_FLAG + self.symbols_file(), f"{EXPANSION_SHIFT_FLAG}{EXPANSION_SHIFT}"]

    def symbols_file(self):
        """The file of symbols for a reordered run (written on first use,
        beside the output directory): every identifier and lifetime of the
        job's `sources`, or else of the `.rs` files under the working
        directory, in reverse order of first appearance (files in sorted
        order). Written afresh by each `Job`, so that it follows the sources."""
        path = self.out_dir.rstrip("/") + ".symbols"
        if not self.symbols_written:
            self.symbols_written = True
            sources = self.sources
            if sources is None:
                sources = sorted(glob.glob(os.path.join(self.cwd, "**", "*.rs"), recursive=True))
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            with open(path, "wb") as f:
                f.write(reversed_words(sources))
        return path

    def repro_script(self, threads):
        """A shell script that reruns this job at `threads` as the suite
        does; arguments after the thread count go to rustc."""
        exports = "".join(
            f"export {k}={shlex.quote(v)}\n" for k, v in sorted(self.env.items()) if k.isidentifier()
        )
        reorder = " ".join(shlex.quote(f) for f in self.reorder_flags())
        return (
            "#!/bin/sh\n"
            f"# {self.corpus}: {self.name}\n"
            f"# usage: sh <this file> [threads, default {threads}] [rustc flags]\n"
            "# symbols reordered and expansions renumbered as in the suite's second run at 1 "
            f"thread: sh <this file> 1 {reorder}\n"
            f"threads=${{1:-{threads}}}\n"
            "[ $# -gt 0 ] && shift\n"
            f"cd {shlex.quote(self.cwd)} || exit 1\n"
            f"rm -rf {shlex.quote(self.out_dir)} && mkdir -p {shlex.quote(self.out_dir)}\n"
            + exports
            + " ".join(shlex.quote(a) for a in [self.rustc, *self.args])
            + ' "-Zthreads=$threads" "$@"\n'
        )


def reversed_words(sources):
    """Every identifier and lifetime in the files `sources`, read in the
    order given, in reverse order of first appearance, one per line: the
    contents of a symbols file."""
    seen = {}
    for source in sources:
        with open(source, "rb") as f:
            for m in WORD.finditer(f.read()):
                seen.setdefault(m.group(0), None)
    return b"".join(w + b"\n" for w in reversed(list(seen)))


@dataclasses.dataclass
class Outcome:
    """What one run produced. `status` is "ok", "ice" or "hang";
    `reordered`, whether the run's symbols were interned in another order."""

    threads: int
    status: str
    exit_code: int
    stderr: bytes
    outputs: dict
    seconds: float
    reordered: bool = False

    def describe(self):
        what = f"-Z threads={self.threads}"
        return what + ", symbols reordered" if self.reordered else what


def digest_tree(root):
    """{relative path: sha256} of every file under `root`."""
    found = {}
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            h = hashlib.sha256()
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
            found[os.path.relpath(path, root)] = h.hexdigest()
    return found


def is_ice(exit_code, stderr):
    return exit_code == ICE_EXIT or any(m in stderr for m in ICE_MARKERS)


def run(job, threads, timeout, reorder_symbols=False):
    """Runs `job` once at `threads`, with its symbols interned in reverse
    order and its expansions numbered `EXPANSION_SHIFT` higher if
    `reorder_symbols`; a run past `timeout` seconds is a hang."""
    shutil.rmtree(job.out_dir, ignore_errors=True)
    os.makedirs(job.out_dir)
    start = time.monotonic()
    # A session of its own, so that a hang is killed with the linker or any
    # other process it started.
    proc = subprocess.Popen(
        job.command(threads, reorder_symbols), cwd=job.cwd, env=job.env, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return Outcome(threads, "hang", None, b"", {}, time.monotonic() - start, reorder_symbols)
    seconds = time.monotonic() - start
    status = "ice" if is_ice(proc.returncode, stderr) else "ok"
    outputs = digest_tree(job.out_dir)
    shutil.rmtree(job.out_dir, ignore_errors=True)
    return Outcome(threads, status, proc.returncode, stderr, outputs, seconds, reorder_symbols)
