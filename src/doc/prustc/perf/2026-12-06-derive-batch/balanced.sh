#!/bin/sh
# Two items, each deriving the same proc macro twice, checked with the
# derive batches on and off at one and two threads, ROUNDS times each in
# alternating order; prints `-Z time-passes`' expand_crate per run.
# usage: balanced.sh [ROUNDS]   (from the repository's root, after ./x.py build)
set -eu
ROUNDS=${1:-5}
RUSTC=build/x86_64-unknown-linux-gnu/stage1/bin/rustc
DIR=build/derive-batch/balanced
mkdir -p $DIR
$RUSTC --crate-type proc-macro --edition 2021 --crate-name balanced \
    src/doc/prustc/perf/2026-12-06-derive-batch/balanced.rs -o $DIR/libbalanced.so
for derive in Cpu Srv Parse; do
    printf 'extern crate balanced;\nuse balanced::*;\n#[derive(%s, %s)]\nstruct X;\n#[derive(%s, %s)]\nstruct Y;\n' \
        $derive $derive $derive $derive > $DIR/$derive.rs
    for round in $(seq "$ROUNDS"); do
        for threads in 1 2; do
            for config in on off; do
                [ $((round % 2)) = 0 ] && config=$([ $config = on ] && echo off || echo on)
                if [ $config = off ]; then off=1; else off=; fi
                t=$(PRUSTC_NO_PROC_MACRO_BATCH=$off $RUSTC --edition 2021 --crate-type lib $DIR/$derive.rs \
                    --extern balanced=$DIR/libbalanced.so -Zthreads=$threads -Ztime-passes \
                    --emit=metadata -o $DIR/out.rmeta 2>&1 | awk -F'[ ;]+' '/\texpand_crate$/ {print $2}')
                echo "$derive threads=$threads $config expand_crate=$t"
            done
        done
    done
done
