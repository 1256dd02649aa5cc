#!/usr/bin/env python3
"""Proc-macro attributes side by side, on and off, paired: a hand measurement.

Generates a library of 120 traits and 120 impls, each under
`#[async_trait]` (async-trait 0.1.88, whose expansion parses its item with
syn and rewrites every `async fn`), in build/attr-batch/, checks it once
with cargo and the stage1 prustc, and takes the check of the library itself
from cargo's `-v` output. Then it measures it exactly as the derive batch's
`derives.py` does (which it imports): rounds of the check with the batches
on (the default) and off (`PRUSTC_NO_PROC_MACRO_BATCH=1`) at each thread
count, in an order that rotates from round to round; medians, medians of
per-round ratios, for the whole run and for `expand_crate`; and whether the
`.rmeta` and the standard error are the same bytes at every thread count.

usage: attrs.py [--rounds 7] [--threads 1,2]

One compilation at a time; shares nothing. Run it on an idle machine.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "2026-12-06-derive-batch"))
import derives  # noqa: E402

derives.WORK = os.path.join(derives.ROOT, "build/attr-batch")
TYPES = ["u8", "u32", "i64", "String", "Vec<u16>", "Option<String>"]


def library():
    """The library's source: 120 traits and their impls under `#[async_trait]`."""
    out = ["use async_trait::async_trait;", ""]
    for i in range(120):
        t = TYPES[i % len(TYPES)]
        out += [
            "#[async_trait]",
            f"pub trait Store{i} {{",
            f"    async fn get(&self, key: u32) -> Option<{t}>;",
            f"    async fn put(&mut self, key: u32, value: {t}) -> bool;",
            "    async fn len(&self) -> usize {",
            "        0",
            "    }",
            "}",
            "",
            f"pub struct Mem{i} {{",
            f"    items: Vec<(u32, {t})>,",
            "}",
            "",
            "#[async_trait]",
            f"impl Store{i} for Mem{i} {{",
            f"    async fn get(&self, key: u32) -> Option<{t}> {{",
            "        self.items.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())",
            "    }",
            f"    async fn put(&mut self, key: u32, value: {t}) -> bool {{",
            "        let fresh = self.get(key).await.is_none();",
            "        self.items.push((key, value));",
            "        fresh",
            "    }",
            "}",
            "",
        ]
    return "\n".join(out)


if __name__ == "__main__":
    derives.main(lambda: derives.prepare("attrbench", 'async-trait = "=0.1.88"', library()))
