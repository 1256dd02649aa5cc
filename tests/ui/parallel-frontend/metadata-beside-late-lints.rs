//@ check-pass
//@ edition: 2021
// The last checks (dead code, privacy in public interfaces, the late lint
// passes) over sixteen modules, beside which prustc encodes the crate's
// metadata (a check build writes it). The items give the encoder work that
// reads what the checks also read: const fns and constants (whose MIR it
// writes), statics, generics, closures, trait impls. At one thread the
// checks run first and the encoding after them; under threads they run at
// once, and the warnings must still print in the one-thread order.

#![crate_type = "lib"]
#![warn(dead_code, non_snake_case, unused_must_use, private_interfaces, unused_variables)]

pub mod m00 {
    struct Hidden00;
    pub fn Shout00() -> u32 { //~ WARN should have a snake case name
        0
    }
    fn unused00() {} //~ WARN function `unused00` is never used
    pub const fn twice00(x: u32) -> u32 {
        x * 2 + 0
    }
    pub const LIMIT00: u32 = twice00(0);
    pub static TABLE00: [u32; 3] = [LIMIT00, 0, 2];
    pub fn keep00(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT00); //~ WARN unused `Map` that must be used
    }
    pub fn open00(_: Hidden00) {} //~ WARN type `Hidden00` is more private than the item `open00`
    pub trait Scale00<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale00<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE00[0]
        }
    }
}

pub mod m01 {
    struct Hidden01;
    pub fn Shout01() -> u32 { //~ WARN should have a snake case name
        1
    }
    fn unused01() {} //~ WARN function `unused01` is never used
    pub const fn twice01(x: u32) -> u32 {
        x * 2 + 1
    }
    pub const LIMIT01: u32 = twice01(1);
    pub static TABLE01: [u32; 3] = [LIMIT01, 1, 2];
    pub fn keep01(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT01); //~ WARN unused `Map` that must be used
    }
    pub fn open01(_: Hidden01) {} //~ WARN type `Hidden01` is more private than the item `open01`
    pub trait Scale01<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale01<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE01[0]
        }
    }
}

pub mod m02 {
    struct Hidden02;
    pub fn Shout02() -> u32 { //~ WARN should have a snake case name
        2
    }
    fn unused02() {} //~ WARN function `unused02` is never used
    pub const fn twice02(x: u32) -> u32 {
        x * 2 + 2
    }
    pub const LIMIT02: u32 = twice02(2);
    pub static TABLE02: [u32; 3] = [LIMIT02, 2, 2];
    pub fn keep02(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT02); //~ WARN unused `Map` that must be used
    }
    pub fn open02(_: Hidden02) {} //~ WARN type `Hidden02` is more private than the item `open02`
    pub trait Scale02<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale02<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE02[0]
        }
    }
}

pub mod m03 {
    struct Hidden03;
    pub fn Shout03() -> u32 { //~ WARN should have a snake case name
        3
    }
    fn unused03() {} //~ WARN function `unused03` is never used
    pub const fn twice03(x: u32) -> u32 {
        x * 2 + 3
    }
    pub const LIMIT03: u32 = twice03(3);
    pub static TABLE03: [u32; 3] = [LIMIT03, 3, 2];
    pub fn keep03(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT03); //~ WARN unused `Map` that must be used
    }
    pub fn open03(_: Hidden03) {} //~ WARN type `Hidden03` is more private than the item `open03`
    pub trait Scale03<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale03<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE03[0]
        }
    }
}

pub mod m04 {
    struct Hidden04;
    pub fn Shout04() -> u32 { //~ WARN should have a snake case name
        4
    }
    fn unused04() {} //~ WARN function `unused04` is never used
    pub const fn twice04(x: u32) -> u32 {
        x * 2 + 4
    }
    pub const LIMIT04: u32 = twice04(4);
    pub static TABLE04: [u32; 3] = [LIMIT04, 4, 2];
    pub fn keep04(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT04); //~ WARN unused `Map` that must be used
    }
    pub fn open04(_: Hidden04) {} //~ WARN type `Hidden04` is more private than the item `open04`
    pub trait Scale04<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale04<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE04[0]
        }
    }
}

pub mod m05 {
    struct Hidden05;
    pub fn Shout05() -> u32 { //~ WARN should have a snake case name
        5
    }
    fn unused05() {} //~ WARN function `unused05` is never used
    pub const fn twice05(x: u32) -> u32 {
        x * 2 + 5
    }
    pub const LIMIT05: u32 = twice05(5);
    pub static TABLE05: [u32; 3] = [LIMIT05, 5, 2];
    pub fn keep05(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT05); //~ WARN unused `Map` that must be used
    }
    pub fn open05(_: Hidden05) {} //~ WARN type `Hidden05` is more private than the item `open05`
    pub trait Scale05<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale05<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE05[0]
        }
    }
}

pub mod m06 {
    struct Hidden06;
    pub fn Shout06() -> u32 { //~ WARN should have a snake case name
        6
    }
    fn unused06() {} //~ WARN function `unused06` is never used
    pub const fn twice06(x: u32) -> u32 {
        x * 2 + 6
    }
    pub const LIMIT06: u32 = twice06(6);
    pub static TABLE06: [u32; 3] = [LIMIT06, 6, 2];
    pub fn keep06(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT06); //~ WARN unused `Map` that must be used
    }
    pub fn open06(_: Hidden06) {} //~ WARN type `Hidden06` is more private than the item `open06`
    pub trait Scale06<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale06<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE06[0]
        }
    }
}

pub mod m07 {
    struct Hidden07;
    pub fn Shout07() -> u32 { //~ WARN should have a snake case name
        7
    }
    fn unused07() {} //~ WARN function `unused07` is never used
    pub const fn twice07(x: u32) -> u32 {
        x * 2 + 7
    }
    pub const LIMIT07: u32 = twice07(7);
    pub static TABLE07: [u32; 3] = [LIMIT07, 7, 2];
    pub fn keep07(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT07); //~ WARN unused `Map` that must be used
    }
    pub fn open07(_: Hidden07) {} //~ WARN type `Hidden07` is more private than the item `open07`
    pub trait Scale07<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale07<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE07[0]
        }
    }
}

pub mod m08 {
    struct Hidden08;
    pub fn Shout08() -> u32 { //~ WARN should have a snake case name
        8
    }
    fn unused08() {} //~ WARN function `unused08` is never used
    pub const fn twice08(x: u32) -> u32 {
        x * 2 + 8
    }
    pub const LIMIT08: u32 = twice08(8);
    pub static TABLE08: [u32; 3] = [LIMIT08, 8, 2];
    pub fn keep08(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT08); //~ WARN unused `Map` that must be used
    }
    pub fn open08(_: Hidden08) {} //~ WARN type `Hidden08` is more private than the item `open08`
    pub trait Scale08<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale08<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE08[0]
        }
    }
}

pub mod m09 {
    struct Hidden09;
    pub fn Shout09() -> u32 { //~ WARN should have a snake case name
        9
    }
    fn unused09() {} //~ WARN function `unused09` is never used
    pub const fn twice09(x: u32) -> u32 {
        x * 2 + 9
    }
    pub const LIMIT09: u32 = twice09(9);
    pub static TABLE09: [u32; 3] = [LIMIT09, 9, 2];
    pub fn keep09(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT09); //~ WARN unused `Map` that must be used
    }
    pub fn open09(_: Hidden09) {} //~ WARN type `Hidden09` is more private than the item `open09`
    pub trait Scale09<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale09<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE09[0]
        }
    }
}

pub mod m10 {
    struct Hidden10;
    pub fn Shout10() -> u32 { //~ WARN should have a snake case name
        10
    }
    fn unused10() {} //~ WARN function `unused10` is never used
    pub const fn twice10(x: u32) -> u32 {
        x * 2 + 10
    }
    pub const LIMIT10: u32 = twice10(10);
    pub static TABLE10: [u32; 3] = [LIMIT10, 10, 2];
    pub fn keep10(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT10); //~ WARN unused `Map` that must be used
    }
    pub fn open10(_: Hidden10) {} //~ WARN type `Hidden10` is more private than the item `open10`
    pub trait Scale10<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale10<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE10[0]
        }
    }
}

pub mod m11 {
    struct Hidden11;
    pub fn Shout11() -> u32 { //~ WARN should have a snake case name
        11
    }
    fn unused11() {} //~ WARN function `unused11` is never used
    pub const fn twice11(x: u32) -> u32 {
        x * 2 + 11
    }
    pub const LIMIT11: u32 = twice11(11);
    pub static TABLE11: [u32; 3] = [LIMIT11, 11, 2];
    pub fn keep11(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT11); //~ WARN unused `Map` that must be used
    }
    pub fn open11(_: Hidden11) {} //~ WARN type `Hidden11` is more private than the item `open11`
    pub trait Scale11<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale11<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE11[0]
        }
    }
}

pub mod m12 {
    struct Hidden12;
    pub fn Shout12() -> u32 { //~ WARN should have a snake case name
        12
    }
    fn unused12() {} //~ WARN function `unused12` is never used
    pub const fn twice12(x: u32) -> u32 {
        x * 2 + 12
    }
    pub const LIMIT12: u32 = twice12(12);
    pub static TABLE12: [u32; 3] = [LIMIT12, 12, 2];
    pub fn keep12(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT12); //~ WARN unused `Map` that must be used
    }
    pub fn open12(_: Hidden12) {} //~ WARN type `Hidden12` is more private than the item `open12`
    pub trait Scale12<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale12<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE12[0]
        }
    }
}

pub mod m13 {
    struct Hidden13;
    pub fn Shout13() -> u32 { //~ WARN should have a snake case name
        13
    }
    fn unused13() {} //~ WARN function `unused13` is never used
    pub const fn twice13(x: u32) -> u32 {
        x * 2 + 13
    }
    pub const LIMIT13: u32 = twice13(13);
    pub static TABLE13: [u32; 3] = [LIMIT13, 13, 2];
    pub fn keep13(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT13); //~ WARN unused `Map` that must be used
    }
    pub fn open13(_: Hidden13) {} //~ WARN type `Hidden13` is more private than the item `open13`
    pub trait Scale13<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale13<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE13[0]
        }
    }
}

pub mod m14 {
    struct Hidden14;
    pub fn Shout14() -> u32 { //~ WARN should have a snake case name
        14
    }
    fn unused14() {} //~ WARN function `unused14` is never used
    pub const fn twice14(x: u32) -> u32 {
        x * 2 + 14
    }
    pub const LIMIT14: u32 = twice14(14);
    pub static TABLE14: [u32; 3] = [LIMIT14, 14, 2];
    pub fn keep14(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT14); //~ WARN unused `Map` that must be used
    }
    pub fn open14(_: Hidden14) {} //~ WARN type `Hidden14` is more private than the item `open14`
    pub trait Scale14<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale14<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE14[0]
        }
    }
}

pub mod m15 {
    struct Hidden15;
    pub fn Shout15() -> u32 { //~ WARN should have a snake case name
        15
    }
    fn unused15() {} //~ WARN function `unused15` is never used
    pub const fn twice15(x: u32) -> u32 {
        x * 2 + 15
    }
    pub const LIMIT15: u32 = twice15(15);
    pub static TABLE15: [u32; 3] = [LIMIT15, 15, 2];
    pub fn keep15(v: Vec<u32>) {
        let unused = v.len(); //~ WARN unused variable: `unused`
        v.iter().map(|x| x + LIMIT15); //~ WARN unused `Map` that must be used
    }
    pub fn open15(_: Hidden15) {} //~ WARN type `Hidden15` is more private than the item `open15`
    pub trait Scale15<T> {
        fn scale(&self, by: T) -> T;
    }
    impl Scale15<u32> for u32 {
        fn scale(&self, by: u32) -> u32 {
            self * by + TABLE15[0]
        }
    }
}
