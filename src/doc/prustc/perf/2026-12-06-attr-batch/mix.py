#!/usr/bin/env python3
"""Real proc macros together: whether the batches change any output.

Generates a library that uses, on 30 groups of items, the derives of serde,
thiserror and clap, `#[async_trait]`, `#[tracing::instrument]` and
`#[tokio::main]`, in build/pm-mix/, checks it once with cargo and the
stage1 prustc, then checks it again with the batches on and off
(`PRUSTC_NO_PROC_MACRO_BATCH=1`) at 1, 2 and 4 threads (the check of
`derives.py`, which it imports), and prints, per configuration, the digest
of the `.rmeta` and of the standard error. With `--time`, it measures the
library instead, as `derives.py` measures its own (its options follow).

usage: mix.py [--time [--rounds 7] [--threads 1,2]]
"""

import hashlib
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "2026-12-06-derive-batch"))
import derives  # noqa: E402

derives.WORK = os.path.join(derives.ROOT, "build/pm-mix")
DEPS = """tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
tracing = "0.1"
async-trait = "0.1"
serde = { version = "1", features = ["derive"] }
thiserror = "2"
clap = { version = "4", features = ["derive"] }"""


def library():
    out = ["use async_trait::async_trait;", "use clap::Parser;", "use serde::{Deserialize, Serialize};",
           "use tracing::instrument;", ""]
    for i in range(30):
        out += [
            "#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]",
            f"pub struct Rec{i} {{ pub id: u32, pub name: String, pub tags: Vec<String> }}",
            "",
            "#[derive(Debug, thiserror::Error)]",
            f'pub enum Err{i} {{ #[error("missing {{0}}")] Missing(u32), #[error("io")] Io(#[from] std::io::Error) }}',
            "",
            "#[async_trait]",
            f"pub trait Repo{i} {{ async fn load(&self, id: u32) -> Result<Rec{i}, Err{i}>; }}",
            "",
            f"pub struct Mem{i}(Vec<Rec{i}>);",
            "",
            "#[async_trait]",
            f"impl Repo{i} for Mem{i} {{",
            "    #[instrument(skip(self))]",
            f"    async fn load(&self, id: u32) -> Result<Rec{i}, Err{i}> {{",
            f"        self.0.iter().find(|r| r.id == id).cloned().ok_or(Err{i}::Missing(id))",
            "    }",
            "}",
            "",
            "#[instrument]",
            f"pub fn compute{i}(x: u64) -> u64 {{ x * {i + 1} }}",
            "",
            "#[derive(Parser, Debug)]",
            f"pub struct Args{i} {{ #[arg(long, default_value_t = {i})] pub level: u32, #[arg(short)] pub verbose: bool }}",
            "",
        ]
    out += ["#[tokio::main]", "pub async fn run() {", "    let m = Mem0(vec![]);", "    let _ = m.load(1).await;", "}"]
    return "\n".join(out) + "\n"


def main():
    if "--time" in sys.argv:
        sys.argv.remove("--time")
        derives.main(lambda: derives.prepare("pmmix", DEPS, library()))
        return
    args = derives.prepare("pmmix", DEPS, library())
    for config, env in [("on", {}), ("off", derives.OFF)]:
        for threads in [1, 2, 4]:
            out_dir = os.path.join(derives.WORK, "out", f"{config}-{threads}")
            _, _, rmeta, stderr = derives.run(args, threads, env, out_dir)
            err = hashlib.sha256(stderr.encode()).hexdigest()
            print(f"{config} threads={threads} rmeta {rmeta[:16]} stderr {err[:16]} ({len(stderr)} bytes)")


if __name__ == "__main__":
    main()
