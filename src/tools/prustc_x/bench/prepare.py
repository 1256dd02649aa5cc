"""Preparing a benchmark for one compiler: its dependencies built once, and
the rustc invocations of its own crates recorded for measured re-runs.

Work happens under `build/bench/`: `src/<benchmark>` is a copy of the
upstream benchmark (the package's tree is never written to), and
`work/<benchmark>/<mode>/<compiler>/` holds that compiler's cargo target
directory and recorded invocations. A stamp of the compiler (its `-vV` and
the size and mtime of its `librustc_driver`) decides whether a preparation
can be reused: a rebuilt compiler cannot load metadata from the old one, even
with the same version string. Single-threaded.
"""

import glob
import hashlib
import os
import shutil
import subprocess

CAPTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "capture.py")


class PrepareError(Exception):
    pass


def compiler_stamp(rustc):
    version = subprocess.run([rustc, "-vV"], stdout=subprocess.PIPE, text=True, check=True).stdout
    sysroot = subprocess.run(
        [rustc, "--print=sysroot"], stdout=subprocess.PIPE, text=True, check=True
    ).stdout.strip()
    parts = [version]
    for lib in sorted(glob.glob(os.path.join(sysroot, "lib", "librustc_driver-*.so"))):
        st = os.stat(lib)
        parts.append(f"{os.path.basename(lib)} {st.st_size} {st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def source_copy(bench_root, bench, name):
    """A private copy of the benchmark's sources (made once)."""
    dest = os.path.join(bench_root, "src", name)
    marker = os.path.join(dest, ".prustc-bench-source")
    if os.path.exists(marker):
        with open(marker) as f:
            if f.read() == bench.path:
                return dest
    if os.path.exists(dest):
        shutil.rmtree(dest)
    shutil.copytree(bench.path, dest, symlinks=True)
    with open(marker, "w") as f:
        f.write(bench.path)
    return dest


def captured_build(work, src, cargo_args, rustc, cargo, what, log):
    """Runs `cargo <cargo_args>` in `src` with `rustc`, its target directory
    under `work`, recording the invocations of the primary crates; returns
    the capture directory. Reuses an earlier capture by the same compiler."""
    capture_dir = os.path.join(work, "capture")
    stamp_path = os.path.join(work, "stamp")
    stamp = compiler_stamp(rustc)
    if os.path.exists(stamp_path) and os.path.isdir(capture_dir) and os.listdir(capture_dir):
        with open(stamp_path) as f:
            if f.read() == stamp:
                return capture_dir
    log(f"preparing {what}")
    if os.path.exists(work):
        shutil.rmtree(work)
    os.makedirs(capture_dir)
    env = dict(os.environ)
    env.update({
        "RUSTC": rustc,
        "RUSTC_WRAPPER": CAPTURE,
        "PRUSTC_BENCH_CAPTURE": capture_dir,
        "CARGO_TARGET_DIR": os.path.join(work, "target"),
        "CARGO_INCREMENTAL": "0",
    })
    for var in ("RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "RUSTC_BOOTSTRAP"):
        env.pop(var, None)
    cmd = [cargo, *cargo_args]
    out = subprocess.run(cmd, cwd=src, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if out.returncode != 0:
        raise PrepareError(
            f"{what} does not build: `{' '.join(cmd)}` in {src}\n" + out.stdout[-3000:]
        )
    if not os.listdir(capture_dir):
        raise PrepareError(f"{what}: cargo ran no rustc for the primary crates")
    with open(stamp_path, "w") as f:
        f.write(stamp)
    return capture_dir


def prepare(bench_root, bench, mode, compiler, rustc, cargo, log):
    """Builds `bench` in `mode` with `rustc`; returns the capture directory."""
    src = source_copy(bench_root, bench, bench.name)
    work = os.path.join(bench_root, "work", bench.name, mode, compiler)
    what = f"{bench.name} ({mode}) with {compiler}"
    return captured_build(work, src, bench.cargo_args(mode), rustc, cargo, what, log)
