//@ check-fail
//@ proc-macro: bang-batch.rs
//@ proc-macro: attr-batch.rs
// Function-like proc macros run side by side. prustc runs the proc macro
// the expansion is about to run and those queued after it together, on the
// thread pool, and commits each output where the expansion would have run
// it; `macro_rules!` invocations between them are left to the expansion.
// Each module has function-like macros, at item and at expression position,
// that warn, fail, panic, emit tokens that do not parse, or need the
// compiler's own thread (`eager!`), between `macro_rules!` invocations and
// items under a proc-macro attribute; the diagnostics must come out in the
// order of one thread.

#![allow(dead_code)]

extern crate attr_batch;
extern crate bang_batch;
use attr_batch::loud;
use bang_batch::{eager, fragile, make_fn, number, shout};

macro_rules! local_fn {
    ($name:ident) => {
        pub fn $name() -> u32 {
            number!(4)
        }
    };
}

mod m0 {
    use super::*;

    shout!(plain0); //~ WARN `plain0` is shouted
    make_fn!(made_fn0, 0);
    local_fn!(local0);
    shout!(bad0); //~ WARN `bad0` is shouted
    //~| ERROR `bad0` is a bad name
    //~| ERROR `shout` gave up on `bad0`
    fragile!(panic0); //~ ERROR proc macro panicked

    #[loud]
    pub fn attributed0() -> u32 { //~ WARN `attributed0` is loud
        number!(0) + number!(1)
    }

    fragile!(garbled0); //~ ERROR expected pattern, found `=`
    eager!(EAGER0);

    pub fn body0() -> u32 {
        shout!(inner0); //~ WARN `inner0` is shouted
        local_fn!(nested0);
        number!(2) + nested0()
    }
}

mod m1 {
    use super::*;

    shout!(plain1); //~ WARN `plain1` is shouted
    make_fn!(made_fn1, 1);
    local_fn!(local1);
    shout!(bad1); //~ WARN `bad1` is shouted
    //~| ERROR `bad1` is a bad name
    //~| ERROR `shout` gave up on `bad1`
    fragile!(panic1); //~ ERROR proc macro panicked

    #[loud]
    pub fn attributed1() -> u32 { //~ WARN `attributed1` is loud
        number!(1) + number!(1)
    }

    fragile!(garbled1); //~ ERROR expected pattern, found `=`
    eager!(EAGER1);

    pub fn body1() -> u32 {
        shout!(inner1); //~ WARN `inner1` is shouted
        local_fn!(nested1);
        number!(2) + nested1()
    }
}

mod m2 {
    use super::*;

    shout!(plain2); //~ WARN `plain2` is shouted
    make_fn!(made_fn2, 2);
    local_fn!(local2);
    shout!(bad2); //~ WARN `bad2` is shouted
    //~| ERROR `bad2` is a bad name
    //~| ERROR `shout` gave up on `bad2`
    fragile!(panic2); //~ ERROR proc macro panicked

    #[loud]
    pub fn attributed2() -> u32 { //~ WARN `attributed2` is loud
        number!(2) + number!(1)
    }

    fragile!(garbled2); //~ ERROR expected pattern, found `=`
    eager!(EAGER2);

    pub fn body2() -> u32 {
        shout!(inner2); //~ WARN `inner2` is shouted
        local_fn!(nested2);
        number!(2) + nested2()
    }
}

mod m3 {
    use super::*;

    shout!(plain3); //~ WARN `plain3` is shouted
    make_fn!(made_fn3, 3);
    local_fn!(local3);
    shout!(bad3); //~ WARN `bad3` is shouted
    //~| ERROR `bad3` is a bad name
    //~| ERROR `shout` gave up on `bad3`
    fragile!(panic3); //~ ERROR proc macro panicked

    #[loud]
    pub fn attributed3() -> u32 { //~ WARN `attributed3` is loud
        number!(3) + number!(1)
    }

    fragile!(garbled3); //~ ERROR expected pattern, found `=`
    eager!(EAGER3);

    pub fn body3() -> u32 {
        shout!(inner3); //~ WARN `inner3` is shouted
        local_fn!(nested3);
        number!(2) + nested3()
    }
}

fn main() {}
