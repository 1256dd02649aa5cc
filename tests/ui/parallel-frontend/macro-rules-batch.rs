//@ check-fail
//@ edition: 2021
// `macro_rules!` outputs parsed side by side. prustc matches and transcribes
// the `macro_rules!` invocation the expansion is about to expand and the
// function-like invocations queued after it, parses their outputs together
// on the thread pool, and commits each output where the expansion would
// have expanded the invocation. Each module has invocations, at item and at
// expression position, whose output parses, does not parse, leaves tokens
// over, does not match, fails in transcription, or gets the same tokens as
// another invocation; one module turns `trace_macros!` on between them.
// The diagnostics must come out in the order of one thread.

#![feature(trace_macros)]
#![allow(dead_code)]

macro_rules! make_fn {
    ($name:ident, $value:expr) => {
        pub fn $name() -> u32 {
        //~^ ERROR expected expression, found keyword `pub`
        //~| ERROR expected expression, found keyword `pub`
            $value
        }
    };
}

macro_rules! make_const {
    ($name:ident, $value:expr) => {
        pub const $name: u32 = $value;
        //~^ ERROR expected expression, found keyword `pub`
        //~| ERROR expected expression, found keyword `pub`
        //~| ERROR expected expression, found keyword `pub`
    };
}

macro_rules! leftover {
    ($name:ident, $extra:tt) => {
        pub fn $name() {}
        $extra
    };
}

macro_rules! unparsable {
    ($name:ident, $bad:tt) => {
        pub fn $name() -> $bad {}
    };
}

macro_rules! only_yes {
    (yes) => {};
}

macro_rules! repeating {
    ($($x:ident)*) => {
        pub fn f() -> u32 { $x }
        //~^ ERROR variable `x` is still repeating at this depth
        //~| ERROR variable `x` is still repeating at this depth
    };
}

macro_rules! twice {
    ($f:ident, $c:ident, $value:expr) => {
        make_fn!($f, $value);
        make_const!($c, $value);
    };
}

mod m0 {
    make_fn!(a0, 0);
    leftover!(left0, extra0); //~ ERROR macro expansion ends with an incomplete expression
    make_const!(C0, 0);
    unparsable!(un0, 0); //~ ERROR expected type, found `0`
    only_yes!(no); //~ ERROR no rules expected `no`
    repeating!(r s);
    twice!(tw0, TW0, 7 + 0);
    make_fn!(z0, 0);

    pub fn exprs() -> u32 {
        let a = make_fn!(a, 1);
        let b = make_const!(X, 1);
        a + b
    }
}

mod m1 {
    make_fn!(a1, 1);
    leftover!(left1, extra1); //~ ERROR macro expansion ends with an incomplete expression
    make_const!(C1, 1);
    unparsable!(un1, 1); //~ ERROR expected type, found `1`
    only_yes!(no); //~ ERROR no rules expected `no`
    repeating!(r s);
    twice!(tw1, TW1, 7 + 1);
    make_fn!(z1, 1);

    pub fn exprs() -> u32 {
        let a = make_fn!(a, 1);
        let b = make_const!(X, 1);
        a + b
    }
}

mod m2 {
    make_fn!(a2, 2);
    trace_macros!(true);
    make_fn!(traced2, 2);
    leftover!(left2, extra2); //~ ERROR macro expansion ends with an incomplete expression
    trace_macros!(false);
    make_const!(C2, 2);
    unparsable!(un2, 2); //~ ERROR expected type, found `2`
    make_fn!(z2, 2);
}

mod m3 {
    make_fn!(a3, 3);
    leftover!(left3, extra3); //~ ERROR macro expansion ends with an incomplete expression
    make_const!(C3, 3);
    unparsable!(un3, 3); //~ ERROR expected type, found `3`
    only_yes!(no); //~ ERROR no rules expected `no`
    twice!(tw3, TW3, 7 + 3);
    make_fn!(z3, 3);

    pub fn exprs() -> u32 {
        let a = make_const!(Y, 1);
        a
    }
}

fn main() {}
