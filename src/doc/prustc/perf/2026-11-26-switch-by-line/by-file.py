#!/usr/bin/env python3
"""Instructions of two cachegrind runs of the same compilation, by source
file, and the difference: for a compiler built with line tables
(`debuginfo-level-rustc = "line-tables-only"`), cachegrind charges every
instruction to the file and line it came from, inlined code included, so a
file's total does not depend on where LLVM inlined it. Hand measurement for
../2026-11-26-switch-by-line.md.

usage: by-file.py BASE.out OTHER.out [--top N] [--lines FILE-SUBSTRING]
  prints the N files (default 40) whose instructions differ most, OTHER - BASE;
  with --lines, the lines of the matching files instead.
"""

import argparse
import collections
import re


def load(path):
    """{(file, line): instructions} from a cachegrind output file."""
    counts = collections.Counter()
    current = "???"
    with open(path) as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith(("fl=", "fi=", "fe=")):
                current = line[3:]
            elif line and line[0].isdigit():
                fields = line.split()
                if len(fields) >= 2:
                    counts[(current, int(fields[0]))] += int(fields[1])
    return counts


def short(path):
    """The path from the crate or library directory on."""
    m = re.search(r"(compiler/.*|library/.*|vendor/.*|/\.cargo/registry/src/[^/]+/(.*))", path)
    if not m:
        return path
    return m.group(2) or m.group(1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("base")
    p.add_argument("other")
    p.add_argument("--top", type=int, default=40)
    p.add_argument("--lines")
    args = p.parse_args()
    base, other = load(args.base), load(args.other)
    tb, to = sum(base.values()), sum(other.values())
    print(f"total: base {tb:,}  other {to:,}  difference {to - tb:+,} ({(to / tb - 1) * 100:+.2f}%)")
    if args.lines:
        keys = {k for k in set(base) | set(other) if args.lines in k[0]}
        rows = sorted(((other[k] - base[k], k) for k in keys), key=lambda r: -abs(r[0]))
        for d, (fl, ln) in rows[: args.top]:
            print(f"{d:+15,}  {base[(fl, ln)]:15,}  {short(fl)}:{ln}")
        return
    fb, fo = collections.Counter(), collections.Counter()
    for (fl, _), n in base.items():
        fb[short(fl)] += n
    for (fl, _), n in other.items():
        fo[short(fl)] += n
    rows = sorted(((fo[k] - fb[k], k) for k in set(fb) | set(fo)), key=lambda r: -abs(r[0]))
    print(f"{'other - base':>15}  {'base':>15}  file")
    for d, k in rows[: args.top]:
        print(f"{d:+15,}  {fb[k]:15,}  {k}")


if __name__ == "__main__":
    main()
