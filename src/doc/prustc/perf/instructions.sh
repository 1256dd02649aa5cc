#!/bin/sh
# Instructions executed by two compilers on the same recorded compilations,
# counted by valgrind's cachegrind (this machine has no hardware counters),
# at -Z threads=1, each compilation run once per compiler in one session.
# Prints one line per job: instructions of A, of B, and B / A.
#
# The jobs are the determinism suite's rerun scripts for the rustc-perf
# crates (build/determinism/rerun/perf-<bench>_<mode>_<crate>.sh, written
# when the suite prepares the perf corpus, e.g. by
# `./x.py test --stress --corpus perf --iterations 1 --only 'perf/<bench>/*'`);
# the stage1 rustc they name is replaced by A or B.
#
# usage: src/doc/prustc/perf/instructions.sh RUSTC_A RUSTC_B JOB...
#   JOB: a rerun script's name without `perf-` and `.sh`,
#        e.g. serde-1.0.219_check_serde
set -eu
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
A=$(realpath "$1")
B=$(realpath "$2")
shift 2
STAGE1=$ROOT/build/x86_64-unknown-linux-gnu/stage1/bin/rustc
OUT=$(mktemp -d)
count() { # compiler job tag
    sed "s#^$STAGE1 #valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=$OUT/$2.$3 $1 #" \
        "$ROOT/build/determinism/rerun/perf-$2.sh" > "$OUT/$2.$3.sh"
    sh "$OUT/$2.$3.sh" 1 > "$OUT/$2.$3.log" 2>&1 || { echo "$2 failed with $1, see $OUT/$2.$3.log" >&2; exit 1; }
    grep '^summary:' "$OUT/$2.$3" | awk '{print $2}'
}
printf '%-45s %15s %15s %8s\n' job A B B/A
for job in "$@"; do
    a=$(count "$A" "$job" a)
    b=$(count "$B" "$job" b)
    printf '%-45s %15s %15s %8s\n' "$job" "$a" "$b" "$(echo "scale=5; $b / $a" | bc)"
done
