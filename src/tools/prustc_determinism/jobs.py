"""One compilation the suite repeats, and what one run of it produced.

A `Job` is a rustc command line with its working directory, environment and
output directory. The suite runs it several times at several `-Z threads`
values and compares the `Outcome`s: exit code, stderr bytes, and the name and
SHA-256 of every file written to the output directory. Every run of a job
uses the same output directory (emptied before each run), because paths
appear in what rustc writes (dep-info, JSON artifact notices).

Single-threaded; nothing is shared between runs but the output directory,
which only the running job touches.
"""

import dataclasses
import hashlib
import os
import shlex
import shutil
import signal
import subprocess
import time

# rustc exits with 101 when it panics (an internal compiler error).
ICE_EXIT = 101
ICE_MARKERS = (b"error: internal compiler error", b"error: the compiler unexpectedly panicked")


class Job:
    """A rustc invocation to be repeated. `args` excludes `-Z threads`."""

    def __init__(self, name, corpus, rustc, args, cwd, out_dir, env=None):
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

    def command(self, threads):
        return [self.rustc, *self.args, f"-Zthreads={threads}"]

    def repro_script(self, threads):
        """A shell script that reruns this job at `threads` as the suite does."""
        exports = "".join(
            f"export {k}={shlex.quote(v)}\n" for k, v in sorted(self.env.items()) if k.isidentifier()
        )
        return (
            "#!/bin/sh\n"
            f"# {self.corpus}: {self.name}; usage: sh <this file> [threads, default {threads}]\n"
            f"cd {shlex.quote(self.cwd)} || exit 1\n"
            f"rm -rf {shlex.quote(self.out_dir)} && mkdir -p {shlex.quote(self.out_dir)}\n"
            + exports
            + " ".join(shlex.quote(a) for a in [self.rustc, *self.args])
            + f' "-Zthreads=${{1:-{threads}}}"\n'
        )


@dataclasses.dataclass
class Outcome:
    """What one run produced. `status` is "ok", "ice" or "hang"."""

    threads: int
    status: str
    exit_code: int
    stderr: bytes
    outputs: dict
    seconds: float


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


def run(job, threads, timeout):
    """Runs `job` once at `threads`; a run past `timeout` seconds is a hang."""
    shutil.rmtree(job.out_dir, ignore_errors=True)
    os.makedirs(job.out_dir)
    start = time.monotonic()
    # A session of its own, so that a hang is killed with the linker or any
    # other process it started.
    proc = subprocess.Popen(
        job.command(threads), cwd=job.cwd, env=job.env, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return Outcome(threads, "hang", None, b"", {}, time.monotonic() - start)
    seconds = time.monotonic() - start
    status = "ice" if is_ice(proc.returncode, stderr) else "ok"
    outputs = digest_tree(job.out_dir)
    shutil.rmtree(job.out_dir, ignore_errors=True)
    return Outcome(threads, status, proc.returncode, stderr, outputs, seconds)
