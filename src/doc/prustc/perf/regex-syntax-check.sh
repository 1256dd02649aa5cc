#!/bin/sh
# Wall time of `--emit=metadata` on regex-syntax 0.8 (from crates.io, default
# features) with prustc at its default thread count and at -Z threads=1, and
# with the unmodified baseline at 1 and 2 threads, measured in one hyperfine
# run (interleaved warm-up, then repeated runs of each command).
#
# usage: src/doc/prustc/perf/regex-syntax-check.sh [path to regex-syntax-0.8.x]
set -eu
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
SRC=${1:-$(ls -d "$HOME"/.cargo/registry/src/*/regex-syntax-0.8.* | sort -V | tail -1)}
OURS=$ROOT/build/x86_64-unknown-linux-gnu/stage1/bin/rustc
BASE=$ROOT/build/baseline/x86_64-unknown-linux-gnu/stage1/bin/rustc
OUT=$(mktemp -d)
FLAGS="--crate-name regex_syntax --edition=2021 --crate-type lib --emit=metadata -C opt-level=0"
for f in default std unicode unicode-age unicode-bool unicode-case unicode-gencat unicode-perl unicode-script unicode-segment; do
    FLAGS="$FLAGS --cfg 'feature=\"$f\"'"
done
run() { echo "$1 $FLAGS $SRC/src/lib.rs --out-dir $OUT/$2 $3"; }
echo "regex-syntax: $SRC; prustc default threads: $($OURS --print=threads)"
hyperfine --warmup 2 --runs 10 --export-markdown "$OUT/table.md" \
    -n "prustc default" "$(run "$OURS" a "")" \
    -n "prustc -Z threads=1" "$(run "$OURS" b "-Z threads=1")" \
    -n "baseline -Z threads=1" "$(run "$BASE" c "-Z threads=1")" \
    -n "baseline -Z threads=2" "$(run "$BASE" d "-Z threads=2")"
cat "$OUT/table.md"
