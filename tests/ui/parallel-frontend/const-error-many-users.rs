//@ check-fail
//@ compile-flags: --crate-type=lib
// A constant whose evaluation fails, used in the bodies of many functions
// that come before it. Upstream evaluates a free constant in the same
// parallel loop that type-checks bodies, at the constant's own place; the
// type check of any body that uses it as an array length evaluates it too,
// and reports the failure at that body's place. At one thread the first
// user comes first; under threads whichever user got there first did, and
// the error moved from run to run. prustc evaluates free constants and
// statics in a loop of their own before the bodies are type-checked, so
// the error is reported at the constant's place, before the bodies' errors,
// at every thread count.

pub mod m0 {
    pub fn len_0() -> usize { [0u8; crate::N].len() + 0 }
    pub fn own_0() -> u32 { "own error 0" } //~ ERROR mismatched types
}

pub mod m1 {
    pub fn len_1() -> usize { [0u8; crate::N].len() + 1 }
    pub fn own_1() -> u32 { "own error 1" } //~ ERROR mismatched types
}

pub mod m2 {
    pub fn len_2() -> usize { [0u8; crate::N].len() + 2 }
    pub fn own_2() -> u32 { "own error 2" } //~ ERROR mismatched types
}

pub mod m3 {
    pub fn len_3() -> usize { [0u8; crate::N].len() + 3 }
    pub fn own_3() -> u32 { "own error 3" } //~ ERROR mismatched types
}

pub mod m4 {
    pub fn len_4() -> usize { [0u8; crate::N].len() + 4 }
    pub fn own_4() -> u32 { "own error 4" } //~ ERROR mismatched types
}

pub mod m5 {
    pub fn len_5() -> usize { [0u8; crate::N].len() + 5 }
    pub fn own_5() -> u32 { "own error 5" } //~ ERROR mismatched types
}

pub mod m6 {
    pub fn len_6() -> usize { [0u8; crate::N].len() + 6 }
    pub fn own_6() -> u32 { "own error 6" } //~ ERROR mismatched types
}

pub mod m7 {
    pub fn len_7() -> usize { [0u8; crate::N].len() + 7 }
    pub fn own_7() -> u32 { "own error 7" } //~ ERROR mismatched types
}

pub mod m8 {
    pub fn len_8() -> usize { [0u8; crate::N].len() + 8 }
    pub fn own_8() -> u32 { "own error 8" } //~ ERROR mismatched types
}

pub mod m9 {
    pub fn len_9() -> usize { [0u8; crate::N].len() + 9 }
    pub fn own_9() -> u32 { "own error 9" } //~ ERROR mismatched types
}

pub mod m10 {
    pub fn len_10() -> usize { [0u8; crate::N].len() + 10 }
    pub fn own_10() -> u32 { "own error 10" } //~ ERROR mismatched types
}

pub mod m11 {
    pub fn len_11() -> usize { [0u8; crate::N].len() + 11 }
    pub fn own_11() -> u32 { "own error 11" } //~ ERROR mismatched types
}

pub mod m12 {
    pub fn len_12() -> usize { [0u8; crate::N].len() + 12 }
    pub fn own_12() -> u32 { "own error 12" } //~ ERROR mismatched types
}

pub mod m13 {
    pub fn len_13() -> usize { [0u8; crate::N].len() + 13 }
    pub fn own_13() -> u32 { "own error 13" } //~ ERROR mismatched types
}

pub mod m14 {
    pub fn len_14() -> usize { [0u8; crate::N].len() + 14 }
    pub fn own_14() -> u32 { "own error 14" } //~ ERROR mismatched types
}

pub mod m15 {
    pub fn len_15() -> usize { [0u8; crate::N].len() + 15 }
    pub fn own_15() -> u32 { "own error 15" } //~ ERROR mismatched types
}

pub mod m16 {
    pub fn len_16() -> usize { [0u8; crate::N].len() + 16 }
    pub fn own_16() -> u32 { "own error 16" } //~ ERROR mismatched types
}

pub mod m17 {
    pub fn len_17() -> usize { [0u8; crate::N].len() + 17 }
    pub fn own_17() -> u32 { "own error 17" } //~ ERROR mismatched types
}

pub mod m18 {
    pub fn len_18() -> usize { [0u8; crate::N].len() + 18 }
    pub fn own_18() -> u32 { "own error 18" } //~ ERROR mismatched types
}

pub mod m19 {
    pub fn len_19() -> usize { [0u8; crate::N].len() + 19 }
    pub fn own_19() -> u32 { "own error 19" } //~ ERROR mismatched types
}

pub mod m20 {
    pub fn len_20() -> usize { [0u8; crate::N].len() + 20 }
    pub fn own_20() -> u32 { "own error 20" } //~ ERROR mismatched types
}

pub mod m21 {
    pub fn len_21() -> usize { [0u8; crate::N].len() + 21 }
    pub fn own_21() -> u32 { "own error 21" } //~ ERROR mismatched types
}

pub mod m22 {
    pub fn len_22() -> usize { [0u8; crate::N].len() + 22 }
    pub fn own_22() -> u32 { "own error 22" } //~ ERROR mismatched types
}

pub mod m23 {
    pub fn len_23() -> usize { [0u8; crate::N].len() + 23 }
    pub fn own_23() -> u32 { "own error 23" } //~ ERROR mismatched types
}

pub const N: usize = 1 - 2; //~ ERROR attempt to compute `1_usize - 2_usize`, which would overflow
