//@ check-fail
//@ proc-macro: derive-batch.rs
// Proc-macro derives run side by side. prustc runs the proc-macro derives of
// an item and of the next items together, on the thread pool, and commits
// each output where the expansion would have run it. Each module has items
// whose derives warn, fail, panic, emit tokens that do not parse, read the
// source, build their output from strings, or need the compiler's own thread
// (`Eager`); the diagnostics must come out in the item order and derive
// order of one thread, and the derived code must be the same.

#![allow(dead_code)]

extern crate derive_batch;
use derive_batch::{Eager, Fields, Fragile, Loud, Name};

mod m0 {
    use super::*;

    #[derive(Name, Fields, Loud)]
    pub struct Plain0 { //~ WARN `Plain0` derives `Loud`
        pub field: u8,
    }

    #[derive(Loud, Name, Fields)]
    //~^ ERROR `Loud` gave up on `Bad0`
    pub struct Bad0 { //~ WARN `Bad0` derives `Loud`
        //~^ ERROR `Bad0` is a bad name
        pub field: u16,
    }

    #[derive(Name, Fragile, Loud)]
    //~^ ERROR proc-macro derive panicked
    pub struct Panic0 { //~ WARN `Panic0` derives `Loud`
        pub field: u32,
    }

    #[derive(Fields, Fragile, Name)]
    //~^ ERROR expected identifier, found `=`
    //~| ERROR proc-macro derive produced unparsable tokens
    pub struct Garbled0 {
        pub field: u8,
    }

    #[derive(Name, Eager, Fields)]
    pub struct Hasty0 {
        pub field: u16,
    }
}

mod m1 {
    use super::*;

    #[derive(Name, Fields, Loud)]
    pub struct Plain1 { //~ WARN `Plain1` derives `Loud`
        pub field: u8,
    }

    #[derive(Loud, Name, Fields)]
    //~^ ERROR `Loud` gave up on `Bad1`
    pub struct Bad1 { //~ WARN `Bad1` derives `Loud`
        //~^ ERROR `Bad1` is a bad name
        pub field: u16,
    }

    #[derive(Name, Fragile, Loud)]
    //~^ ERROR proc-macro derive panicked
    pub struct Panic1 { //~ WARN `Panic1` derives `Loud`
        pub field: u32,
    }

    #[derive(Fields, Fragile, Name)]
    //~^ ERROR expected identifier, found `=`
    //~| ERROR proc-macro derive produced unparsable tokens
    pub struct Garbled1 {
        pub field: u8,
    }

    #[derive(Name, Eager, Fields)]
    pub struct Hasty1 {
        pub field: u16,
    }
}

mod m2 {
    use super::*;

    #[derive(Name, Fields, Loud)]
    pub struct Plain2 { //~ WARN `Plain2` derives `Loud`
        pub field: u8,
    }

    #[derive(Loud, Name, Fields)]
    //~^ ERROR `Loud` gave up on `Bad2`
    pub struct Bad2 { //~ WARN `Bad2` derives `Loud`
        //~^ ERROR `Bad2` is a bad name
        pub field: u16,
    }

    #[derive(Name, Fragile, Loud)]
    //~^ ERROR proc-macro derive panicked
    pub struct Panic2 { //~ WARN `Panic2` derives `Loud`
        pub field: u32,
    }

    #[derive(Fields, Fragile, Name)]
    //~^ ERROR expected identifier, found `=`
    //~| ERROR proc-macro derive produced unparsable tokens
    pub struct Garbled2 {
        pub field: u8,
    }

    #[derive(Name, Eager, Fields)]
    pub struct Hasty2 {
        pub field: u16,
    }
}

mod m3 {
    use super::*;

    #[derive(Name, Fields, Loud)]
    pub struct Plain3 { //~ WARN `Plain3` derives `Loud`
        pub field: u8,
    }

    #[derive(Loud, Name, Fields)]
    //~^ ERROR `Loud` gave up on `Bad3`
    pub struct Bad3 { //~ WARN `Bad3` derives `Loud`
        //~^ ERROR `Bad3` is a bad name
        pub field: u16,
    }

    #[derive(Name, Fragile, Loud)]
    //~^ ERROR proc-macro derive panicked
    pub struct Panic3 { //~ WARN `Panic3` derives `Loud`
        pub field: u32,
    }

    #[derive(Fields, Fragile, Name)]
    //~^ ERROR expected identifier, found `=`
    //~| ERROR proc-macro derive produced unparsable tokens
    pub struct Garbled3 {
        pub field: u8,
    }

    #[derive(Name, Eager, Fields)]
    pub struct Hasty3 {
        pub field: u16,
    }
}

fn main() {}
