// Errors of a crate-wide analysis must print at the same place at every
// thread count. `inferred_outlives_crate` lowers the field types of every
// struct at once, reporting each placeholder `_` (E0121); the parallel item
// checks reach it from any struct's unit. The first struct sits after sixty
// slow items and the last struct in the last work group, which another thread
// takes first, so without a fixed place the batch moves to the end of the
// output in most parallel runs.
//@ check-fail
#![crate_type = "lib"]

pub mod m0 {
    pub fn f0() -> _ { 0 } //~ ERROR the placeholder `_` is not allowed
    pub fn f1() -> _ { 1 } //~ ERROR the placeholder `_` is not allowed
    pub fn f2() -> _ { 2 } //~ ERROR the placeholder `_` is not allowed
    pub fn f3() -> _ { 3 } //~ ERROR the placeholder `_` is not allowed
    pub fn f4() -> _ { 4 } //~ ERROR the placeholder `_` is not allowed
    pub fn f5() -> _ { 5 } //~ ERROR the placeholder `_` is not allowed
    pub fn f6() -> _ { 6 } //~ ERROR the placeholder `_` is not allowed
    pub fn f7() -> _ { 7 } //~ ERROR the placeholder `_` is not allowed
    pub fn f8() -> _ { 8 } //~ ERROR the placeholder `_` is not allowed
    pub fn f9() -> _ { 9 } //~ ERROR the placeholder `_` is not allowed
    pub fn f10() -> _ { 10 } //~ ERROR the placeholder `_` is not allowed
    pub fn f11() -> _ { 11 } //~ ERROR the placeholder `_` is not allowed
    pub fn f12() -> _ { 12 } //~ ERROR the placeholder `_` is not allowed
    pub fn f13() -> _ { 13 } //~ ERROR the placeholder `_` is not allowed
    pub fn f14() -> _ { 14 } //~ ERROR the placeholder `_` is not allowed
    pub fn f15() -> _ { 15 } //~ ERROR the placeholder `_` is not allowed
    pub fn f16() -> _ { 16 } //~ ERROR the placeholder `_` is not allowed
    pub fn f17() -> _ { 17 } //~ ERROR the placeholder `_` is not allowed
    pub fn f18() -> _ { 18 } //~ ERROR the placeholder `_` is not allowed
    pub fn f19() -> _ { 19 } //~ ERROR the placeholder `_` is not allowed
    pub fn f20() -> _ { 20 } //~ ERROR the placeholder `_` is not allowed
    pub fn f21() -> _ { 21 } //~ ERROR the placeholder `_` is not allowed
    pub fn f22() -> _ { 22 } //~ ERROR the placeholder `_` is not allowed
    pub fn f23() -> _ { 23 } //~ ERROR the placeholder `_` is not allowed
    pub fn f24() -> _ { 24 } //~ ERROR the placeholder `_` is not allowed
    pub fn f25() -> _ { 25 } //~ ERROR the placeholder `_` is not allowed
    pub fn f26() -> _ { 26 } //~ ERROR the placeholder `_` is not allowed
    pub fn f27() -> _ { 27 } //~ ERROR the placeholder `_` is not allowed
    pub fn f28() -> _ { 28 } //~ ERROR the placeholder `_` is not allowed
    pub fn f29() -> _ { 29 } //~ ERROR the placeholder `_` is not allowed
    pub fn f30() -> _ { 30 } //~ ERROR the placeholder `_` is not allowed
    pub fn f31() -> _ { 31 } //~ ERROR the placeholder `_` is not allowed
    pub fn f32() -> _ { 32 } //~ ERROR the placeholder `_` is not allowed
    pub fn f33() -> _ { 33 } //~ ERROR the placeholder `_` is not allowed
    pub fn f34() -> _ { 34 } //~ ERROR the placeholder `_` is not allowed
    pub fn f35() -> _ { 35 } //~ ERROR the placeholder `_` is not allowed
    pub fn f36() -> _ { 36 } //~ ERROR the placeholder `_` is not allowed
    pub fn f37() -> _ { 37 } //~ ERROR the placeholder `_` is not allowed
    pub fn f38() -> _ { 38 } //~ ERROR the placeholder `_` is not allowed
    pub fn f39() -> _ { 39 } //~ ERROR the placeholder `_` is not allowed
    pub fn f40() -> _ { 40 } //~ ERROR the placeholder `_` is not allowed
    pub fn f41() -> _ { 41 } //~ ERROR the placeholder `_` is not allowed
    pub fn f42() -> _ { 42 } //~ ERROR the placeholder `_` is not allowed
    pub fn f43() -> _ { 43 } //~ ERROR the placeholder `_` is not allowed
    pub fn f44() -> _ { 44 } //~ ERROR the placeholder `_` is not allowed
    pub fn f45() -> _ { 45 } //~ ERROR the placeholder `_` is not allowed
    pub fn f46() -> _ { 46 } //~ ERROR the placeholder `_` is not allowed
    pub fn f47() -> _ { 47 } //~ ERROR the placeholder `_` is not allowed
    pub fn f48() -> _ { 48 } //~ ERROR the placeholder `_` is not allowed
    pub fn f49() -> _ { 49 } //~ ERROR the placeholder `_` is not allowed
    pub fn f50() -> _ { 50 } //~ ERROR the placeholder `_` is not allowed
    pub fn f51() -> _ { 51 } //~ ERROR the placeholder `_` is not allowed
    pub fn f52() -> _ { 52 } //~ ERROR the placeholder `_` is not allowed
    pub fn f53() -> _ { 53 } //~ ERROR the placeholder `_` is not allowed
    pub fn f54() -> _ { 54 } //~ ERROR the placeholder `_` is not allowed
    pub fn f55() -> _ { 55 } //~ ERROR the placeholder `_` is not allowed
    pub fn f56() -> _ { 56 } //~ ERROR the placeholder `_` is not allowed
    pub fn f57() -> _ { 57 } //~ ERROR the placeholder `_` is not allowed
    pub fn f58() -> _ { 58 } //~ ERROR the placeholder `_` is not allowed
    pub fn f59() -> _ { 59 } //~ ERROR the placeholder `_` is not allowed
    pub struct P0 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
}
pub mod m1 {
    pub struct P1 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 1 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m2 {
    pub struct P2 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 2 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m3 {
    pub struct P3 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 3 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m4 {
    pub struct P4 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 4 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m5 {
    pub struct P5 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 5 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m6 {
    pub struct P6 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 6 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m7 {
    pub struct P7 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 7 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m8 {
    pub struct P8 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 8 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m9 {
    pub struct P9 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 9 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m10 {
    pub struct P10 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 10 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m11 {
    pub struct P11 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 11 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m12 {
    pub struct P12 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 12 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m13 {
    pub struct P13 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 13 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m14 {
    pub struct P14 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 14 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m15 {
    pub struct P15 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 15 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m16 {
    pub struct P16 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 16 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m17 {
    pub struct P17 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 17 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m18 {
    pub struct P18 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 18 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m19 {
    pub struct P19 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 19 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m20 {
    pub struct P20 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 20 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m21 {
    pub struct P21 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 21 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m22 {
    pub struct P22 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 22 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m23 {
    pub struct P23 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 23 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m24 {
    pub struct P24 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 24 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m25 {
    pub struct P25 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 25 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m26 {
    pub struct P26 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 26 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m27 {
    pub struct P27 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 27 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m28 {
    pub struct P28 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 28 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m29 {
    pub struct P29 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 29 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m30 {
    pub struct P30 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 30 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m31 {
    pub struct P31 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 31 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m32 {
    pub struct P32 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 32 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m33 {
    pub struct P33 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 33 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m34 {
    pub struct P34 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 34 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m35 {
    pub struct P35 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 35 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m36 {
    pub struct P36 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 36 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m37 {
    pub struct P37 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 37 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m38 {
    pub struct P38 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 38 } //~ ERROR the placeholder `_` is not allowed
}
pub mod m39 {
    pub struct P39 { pub x: _ } //~ ERROR the placeholder `_` is not allowed
    pub fn f() -> _ { 39 } //~ ERROR the placeholder `_` is not allowed
}
