//@ check-fail
//@ compile-flags: --crate-type=lib
// `const fn`s with lints of their own (a needless `mut`, an unused variable,
// both from the MIR checks) called by many constants whose evaluation fails.
// Evaluating a constant runs the MIR checks of the `const fn`s it calls, and
// their lints were printed at the place of whichever constant got there
// first: at one thread the first caller, among the constants' errors; under
// threads sometimes a later one, or below all of them. prustc runs the MIR
// checks of every `const fn` in a unit of its own before any constant is
// evaluated, so each `const fn`'s lints come at one place at every thread
// count.
#![warn(unused_mut, unused_variables)]

pub const fn scaled(n: u32, k: u32) -> u32 {
    let mut factor = k; //~ WARN variable does not need to be mutable
    let unread = n + 1; //~ WARN unused variable
    n * factor
}

pub const fn offset(n: u32) -> u32 {
    let mut base = 7; //~ WARN variable does not need to be mutable
    base - n
}

pub const fn nested(n: u32) -> u32 {
    let skipped = 3; //~ WARN unused variable
    offset(scaled(n, 2))
}

pub const C0: u32 = scaled(2, u32::MAX); //~ ERROR attempt to compute
pub const C1: u32 = offset(1 + 8); //~ ERROR attempt to compute
pub static S2: u32 = nested(2 + 4) / (nested(1) - nested(1)); //~ ERROR attempt to compute
pub const C3: u32 = scaled(4, u32::MAX); //~ ERROR attempt to compute
pub const C4: u32 = offset(4 + 8); //~ ERROR attempt to compute
pub static S5: u32 = nested(5 + 4) / (nested(1) - nested(1)); //~ ERROR attempt to compute
pub const C6: u32 = scaled(7, u32::MAX); //~ ERROR attempt to compute
pub const C7: u32 = offset(7 + 8); //~ ERROR attempt to compute
pub static S8: u32 = nested(8 + 4) / (nested(1) - nested(1)); //~ ERROR attempt to compute
pub const C9: u32 = scaled(10, u32::MAX); //~ ERROR attempt to compute
pub const C10: u32 = offset(10 + 8); //~ ERROR attempt to compute
pub static S11: u32 = nested(11 + 4) / (nested(1) - nested(1)); //~ ERROR attempt to compute
