//@ check-fail
//@ proc-macro: attr-batch.rs
//@ proc-macro: derive-batch.rs
// Proc-macro attributes run side by side. prustc runs the proc-macro
// attributes and derives of an item and of the next items together, on the
// thread pool, and commits each output where the expansion would have run
// it. Each module has items (structs, functions, methods) whose attributes
// warn, fail, panic, emit tokens that do not parse, or need the compiler's
// own thread (`eager`), and an item with both an attribute and a derive; the
// diagnostics must come out in the item order of one thread.

#![allow(dead_code)]

extern crate attr_batch;
extern crate derive_batch;
use attr_batch::{eager, fragile, loud, tagged};
use derive_batch::Loud;

mod m0 {
    use super::*;

    #[loud]
    #[tagged(0, plain)]
    pub struct Plain0 { //~ WARN `Plain0` is loud
        pub field: u8,
    }

    #[loud] //~ ERROR `loud` gave up on `bad0`
    pub fn bad0() {} //~ WARN `bad0` is loud
    //~| ERROR `bad0` is a bad name

    #[fragile] //~ ERROR custom attribute panicked
    pub fn panic0() {}

    #[fragile] //~ ERROR expected pattern, found `=`
    pub struct Garbled0;

    #[eager]
    #[loud]
    pub struct Hasty0; //~ WARN `Hasty0` is loud

    #[loud]
    #[derive(Loud)]
    pub struct Mixed0; //~ WARN `Mixed0` is loud
    //~| WARN `Mixed0` derives `Loud`

    pub struct Holder0;

    impl Holder0 {
        #[loud]
        pub fn method0(&self) {} //~ WARN `method0` is loud
    }
}

mod m1 {
    use super::*;

    #[loud]
    #[tagged(1, plain)]
    pub struct Plain1 { //~ WARN `Plain1` is loud
        pub field: u8,
    }

    #[loud] //~ ERROR `loud` gave up on `bad1`
    pub fn bad1() {} //~ WARN `bad1` is loud
    //~| ERROR `bad1` is a bad name

    #[fragile] //~ ERROR custom attribute panicked
    pub fn panic1() {}

    #[fragile] //~ ERROR expected pattern, found `=`
    pub struct Garbled1;

    #[eager]
    #[loud]
    pub struct Hasty1; //~ WARN `Hasty1` is loud

    #[loud]
    #[derive(Loud)]
    pub struct Mixed1; //~ WARN `Mixed1` is loud
    //~| WARN `Mixed1` derives `Loud`

    pub struct Holder1;

    impl Holder1 {
        #[loud]
        pub fn method1(&self) {} //~ WARN `method1` is loud
    }
}

mod m2 {
    use super::*;

    #[loud]
    #[tagged(2, plain)]
    pub struct Plain2 { //~ WARN `Plain2` is loud
        pub field: u8,
    }

    #[loud] //~ ERROR `loud` gave up on `bad2`
    pub fn bad2() {} //~ WARN `bad2` is loud
    //~| ERROR `bad2` is a bad name

    #[fragile] //~ ERROR custom attribute panicked
    pub fn panic2() {}

    #[fragile] //~ ERROR expected pattern, found `=`
    pub struct Garbled2;

    #[eager]
    #[loud]
    pub struct Hasty2; //~ WARN `Hasty2` is loud

    #[loud]
    #[derive(Loud)]
    pub struct Mixed2; //~ WARN `Mixed2` is loud
    //~| WARN `Mixed2` derives `Loud`

    pub struct Holder2;

    impl Holder2 {
        #[loud]
        pub fn method2(&self) {} //~ WARN `method2` is loud
    }
}

mod m3 {
    use super::*;

    #[loud]
    #[tagged(3, plain)]
    pub struct Plain3 { //~ WARN `Plain3` is loud
        pub field: u8,
    }

    #[loud] //~ ERROR `loud` gave up on `bad3`
    pub fn bad3() {} //~ WARN `bad3` is loud
    //~| ERROR `bad3` is a bad name

    #[fragile] //~ ERROR custom attribute panicked
    pub fn panic3() {}

    #[fragile] //~ ERROR expected pattern, found `=`
    pub struct Garbled3;

    #[eager]
    #[loud]
    pub struct Hasty3; //~ WARN `Hasty3` is loud

    #[loud]
    #[derive(Loud)]
    pub struct Mixed3; //~ WARN `Mixed3` is loud
    //~| WARN `Mixed3` derives `Loud`

    pub struct Holder3;

    impl Holder3 {
        #[loud]
        pub fn method3(&self) {} //~ WARN `method3` is loud
    }
}

fn main() {}
