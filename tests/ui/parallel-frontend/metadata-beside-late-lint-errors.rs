//@ check-fail
//@ edition: 2021
// Lint errors from the last checks, beside which prustc encodes the crate's
// metadata: the compilation must fail with the same errors, in the one-thread
// order, at every thread count. The metadata, already encoded by then, must
// not be published (compiletest does not look at files; the determinism
// suite's `late-lint-errors.rs` does).

#![crate_type = "lib"]
#![deny(dead_code, non_snake_case)]

pub mod m00 {
    fn unused00() {} //~ ERROR function `unused00` is never used
    pub fn Shout00() -> u32 { //~ ERROR should have a snake case name
        LIMIT00
    }
    pub const fn twice00(x: u32) -> u32 {
        x * 2 + 0
    }
    pub const LIMIT00: u32 = twice00(0);
}

pub mod m01 {
    fn unused01() {} //~ ERROR function `unused01` is never used
    pub fn Shout01() -> u32 { //~ ERROR should have a snake case name
        LIMIT01
    }
    pub const fn twice01(x: u32) -> u32 {
        x * 2 + 1
    }
    pub const LIMIT01: u32 = twice01(1);
}

pub mod m02 {
    fn unused02() {} //~ ERROR function `unused02` is never used
    pub fn Shout02() -> u32 { //~ ERROR should have a snake case name
        LIMIT02
    }
    pub const fn twice02(x: u32) -> u32 {
        x * 2 + 2
    }
    pub const LIMIT02: u32 = twice02(2);
}

pub mod m03 {
    fn unused03() {} //~ ERROR function `unused03` is never used
    pub fn Shout03() -> u32 { //~ ERROR should have a snake case name
        LIMIT03
    }
    pub const fn twice03(x: u32) -> u32 {
        x * 2 + 3
    }
    pub const LIMIT03: u32 = twice03(3);
}

pub mod m04 {
    fn unused04() {} //~ ERROR function `unused04` is never used
    pub fn Shout04() -> u32 { //~ ERROR should have a snake case name
        LIMIT04
    }
    pub const fn twice04(x: u32) -> u32 {
        x * 2 + 4
    }
    pub const LIMIT04: u32 = twice04(4);
}

pub mod m05 {
    fn unused05() {} //~ ERROR function `unused05` is never used
    pub fn Shout05() -> u32 { //~ ERROR should have a snake case name
        LIMIT05
    }
    pub const fn twice05(x: u32) -> u32 {
        x * 2 + 5
    }
    pub const LIMIT05: u32 = twice05(5);
}

pub mod m06 {
    fn unused06() {} //~ ERROR function `unused06` is never used
    pub fn Shout06() -> u32 { //~ ERROR should have a snake case name
        LIMIT06
    }
    pub const fn twice06(x: u32) -> u32 {
        x * 2 + 6
    }
    pub const LIMIT06: u32 = twice06(6);
}

pub mod m07 {
    fn unused07() {} //~ ERROR function `unused07` is never used
    pub fn Shout07() -> u32 { //~ ERROR should have a snake case name
        LIMIT07
    }
    pub const fn twice07(x: u32) -> u32 {
        x * 2 + 7
    }
    pub const LIMIT07: u32 = twice07(7);
}

pub mod m08 {
    fn unused08() {} //~ ERROR function `unused08` is never used
    pub fn Shout08() -> u32 { //~ ERROR should have a snake case name
        LIMIT08
    }
    pub const fn twice08(x: u32) -> u32 {
        x * 2 + 8
    }
    pub const LIMIT08: u32 = twice08(8);
}

pub mod m09 {
    fn unused09() {} //~ ERROR function `unused09` is never used
    pub fn Shout09() -> u32 { //~ ERROR should have a snake case name
        LIMIT09
    }
    pub const fn twice09(x: u32) -> u32 {
        x * 2 + 9
    }
    pub const LIMIT09: u32 = twice09(9);
}

pub mod m10 {
    fn unused10() {} //~ ERROR function `unused10` is never used
    pub fn Shout10() -> u32 { //~ ERROR should have a snake case name
        LIMIT10
    }
    pub const fn twice10(x: u32) -> u32 {
        x * 2 + 10
    }
    pub const LIMIT10: u32 = twice10(10);
}

pub mod m11 {
    fn unused11() {} //~ ERROR function `unused11` is never used
    pub fn Shout11() -> u32 { //~ ERROR should have a snake case name
        LIMIT11
    }
    pub const fn twice11(x: u32) -> u32 {
        x * 2 + 11
    }
    pub const LIMIT11: u32 = twice11(11);
}
