#!/bin/sh
# Where the CPU time of one prepared benchmark (check mode) goes at one and at
# two threads, by group of functions: a `perf record` (software clock, 4000
# samples a second) of the recorded compilations at each thread count, then
# the samples of each group. Hand measurement for 2026-11-26-block-counters.md.
#
# usage: profile-groups.sh BENCH RUSTC [OUTDIR]
#   e.g. profile-groups.sh syn-2.0.101 build/x86_64-unknown-linux-gnu/stage1/bin/rustc
# Needs `./x.py bench --bench BENCH --mode check` to have prepared BENCH.
set -eu
bench=$1
rustc=$(realpath "$2")
out=${3:-build/tmp/profile-groups}
root=$(cd "$(dirname "$0")/../../../../.." && pwd)
mkdir -p "$out"
for t in 1 2; do
    perf record -q -F 4000 -o "$out/t$t.data" -- python3 - "$root" "$bench" "$rustc" "$t" <<'PY'
import subprocess, sys
root, bench, rustc, threads = sys.argv[1:]
sys.path.insert(0, f"{root}/src/tools")
from prustc_bench import measure
capture = f"{root}/build/bench/work/{bench}/check/prustc/capture"
for inv in measure.load_invocations(capture):
    subprocess.run([rustc, *inv["args"], f"-Zthreads={threads}"], cwd=inv["cwd"], env=inv["env"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
PY
    perf report -i "$out/t$t.data" --no-children --sort dso,sym -F sample,dso,sym 2>/dev/null | awk -v t="$t" '
        /^#/ || NF < 3 { next }
        {
            n = $1; dso = $2; $1 = ""; $2 = ""; s = $0; total += n
            if (dso !~ /rustc_driver|^rustc$|mimalloc|kernel/) other += n
            else if (s ~ /InternedInSet|intern_ty|intern_predicate|mk_args|mk_type_list|intern_region|intern_const|intern_clauses|mk_canonical|mk_bound/) interners += n
            else if (s ~ /try_execute_query|ActiveKeyStatus|ActiveJobGuard|next_virtual|QueryJob/) queries += n
            else if (s ~ /DefIdCache|VecCache|DefaultCache|SingleCache/) caches += n
            else if (s ~ /mi_|_mi_/) alloc += n
            else if (s ~ /\[k\]/ || dso ~ /kernel/) kernel += n
            else rest += n
        }
        END {
            printf "threads %s: %d samples: interners %d, query execution %d, query caches %d, ", t, total, interners, queries, caches
            printf "mimalloc %d, kernel %d, rest of the compiler %d, outside the compiler (python, ld.so, libc) %d\n", alloc, kernel, rest, other
        }'
done
