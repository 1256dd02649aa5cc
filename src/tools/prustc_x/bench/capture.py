#!/usr/bin/env python3
"""RUSTC_WRAPPER used while a benchmark is prepared: records how cargo
invokes rustc for the benchmark's own crates, then runs rustc unchanged.

Cargo calls `capture.py <rustc> <args...>`. When cargo marks the crate as a
primary package (`CARGO_PRIMARY_PACKAGE`) and it is not a build script, the
argument list, working directory and environment go to one JSON file in
`$PRUSTC_BENCH_CAPTURE`, numbered in call order. The benchmark later re-runs
exactly these invocations, with `-Z threads=N` added. Single-threaded, but
cargo runs several wrappers at once (a library's test and bench targets, for
one), so a file is created exclusively: two wrappers that pick the same
number cannot write into one file, the later takes the next number.
"""

import json
import os
import sys

# Environment that belongs to the cargo process, not to the compilation.
DROPPED_ENV = ("MAKEFLAGS", "MFLAGS", "CARGO_MAKEFLAGS", "RUSTC_WRAPPER", "PRUSTC_BENCH_CAPTURE")


def crate_name(args):
    for i, arg in enumerate(args):
        if arg == "--crate-name" and i + 1 < len(args):
            return args[i + 1]
    return None


def wanted(args, env):
    name = crate_name(args)
    return bool(env.get("CARGO_PRIMARY_PACKAGE")) and name is not None and not name.startswith(
        "build_script_"
    )


def strip_incremental(args):
    """Drop `-C incremental=...`: every measured run is a full build."""
    out, skip = [], False
    for arg in args:
        if skip:
            skip = False
            if arg.startswith("incremental="):
                continue
            out.append("-C")
            out.append(arg)
            continue
        if arg == "-C":
            skip = True
            continue
        if arg.startswith("-Cincremental="):
            continue
        out.append(arg)
    if skip:
        out.append("-C")
    return out


def record(directory, rustc, args, env, cwd):
    os.makedirs(directory, exist_ok=True)
    number = len([f for f in os.listdir(directory) if f.endswith(".json")])
    entry = {
        "rustc": rustc,
        "args": strip_incremental(args),
        "cwd": cwd,
        "env": {k: v for k, v in sorted(env.items()) if k not in DROPPED_ENV},
        "crate": crate_name(args),
    }
    text = json.dumps(entry, indent=1, sort_keys=True)
    while True:
        try:
            fd = os.open(os.path.join(directory, f"{number:03}.json"),
                         os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            number += 1
            continue
        with os.fdopen(fd, "w") as f:
            f.write(text)
        return


def main():
    rustc, args = sys.argv[1], sys.argv[2:]
    directory = os.environ.get("PRUSTC_BENCH_CAPTURE")
    if directory and wanted(args, os.environ):
        record(directory, rustc, args, dict(os.environ), os.getcwd())
    os.execv(rustc, [rustc, *args])


if __name__ == "__main__":
    main()
