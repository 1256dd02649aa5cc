//@ check-fail
//@ edition: 2021
// Module files that prustc parses before expansion, on the thread pool
// (compiler/rustc_expand/src/module_prefetch.rs), beside modules it leaves
// to the expansion: behind a `cfg_attr` that sets a path, behind a false
// `cfg` (whose file does not exist), produced by a macro, and missing. What
// parsing records for later (feature gates, the parser's buffered lints,
// the identifiers for the confusable-identifier lint) and what it reports
// at once (a parse error, a lexer warning) must come out in the order the
// expansion reaches the files, at every thread count: alpha, alpha/deep,
// beta, beta/mod's child, gamma, delta, escapes, the macro's module, then
// the missing one. The same file is prefetched once and declared twice.

#![allow(dead_code, unreachable_code)]

#[path = "module-prefetch"]
mod files {
    mod alpha;
    mod beta;
    #[cfg(any())]
    mod absent;
    #[cfg(all(not(any()), all()))]
    mod gamma;
    #[cfg_attr(all(), path = "delta-renamed.rs")]
    mod delta;
    mod stripped;
    mod escapes;
    #[path = "shared.rs"]
    mod shared_once;
    #[path = "shared.rs"]
    mod shared_twice;

    macro_rules! declare {
        ($name:ident) => {
            mod $name;
        };
    }
    declare!(from_macro);

    mod missing; //~ ERROR file not found for module `missing`
}

fn state() {}

fn main() {}

//~? ERROR box pattern syntax is experimental
//~? ERROR box pattern syntax is experimental
//~? ERROR box pattern syntax is experimental
//~? ERROR box pattern syntax is experimental
//~? ERROR trait aliases are experimental
//~? ERROR trait aliases are experimental
//~? ERROR default values on fields are experimental
//~? ERROR default values on fields are experimental
//~? ERROR default values on fields are experimental
//~? ERROR default values on fields are experimental
//~? ERROR expected expression, found `;`
//~? WARN multiple lines skipped by escaped newline
//~? WARN found both `state` and `ѕtate` as identifiers
//~? WARN the usage of Script Group `Cyrillic` in this crate
//~? WARN this labeled break expression is easy to confuse
//~? WARN this labeled break expression is easy to confuse
//~? WARN this labeled break expression is easy to confuse
//~? WARN this labeled break expression is easy to confuse
//~? WARN this labeled break expression is easy to confuse
//~? WARN this labeled break expression is easy to confuse
//~? WARN this labeled break expression is easy to confuse
