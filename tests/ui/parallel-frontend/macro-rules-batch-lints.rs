//@ check-fail
//@ edition: 2021
// `macro_rules!` outputs parsed side by side (see macro-rules-batch.rs)
// keep what their matching and their parse record for later checks: the
// spans of unstable syntax (checked against the crate's features after
// expansion), lints buffered by the parser, and the rules each invocation
// used (for `unused_macro_rules`). Each module has invocations whose
// arguments or output use unstable syntax, or end an expression with a
// semicolon, between invocations that expand cleanly; the diagnostics must
// come out in the order of one thread, and only the rules no invocation
// used are reported unused.

#![warn(unused_macro_rules)]
#![allow(dead_code)]

macro_rules! make_fn {
    ($name:ident, $value:expr) => {
        pub fn $name() -> u32 {
            $value
        }
    };
    (const $name:ident) => {
        pub const $name: u32 = 0;
    };
    (never $name:ident) => {}; //~ WARN rule #3 of macro `make_fn` is never used
}

macro_rules! unbox_pat {
    ($name:ident, $p:pat) => {
        pub fn $name(b: Box<u32>) -> u32 {
            let $p = b;
            0
        }
    };
}

macro_rules! unbox_tts {
    ($name:ident, $($t:tt)*) => {
        pub fn $name(b: Box<u32>) -> u32 {
            let $($t)* = b;
            0
        }
    };
}

macro_rules! semi {
    ($e:expr, $s:tt) => {
        $e $s
    };
}

mod m0 {
    make_fn!(a0, 0);
    unbox_pat!(p0, box _); //~ ERROR box pattern syntax is experimental
    make_fn!(const B0);
    unbox_tts!(t0, box _); //~ ERROR box pattern syntax is experimental

    pub fn exprs() -> u32 {
        let a = semi!(1, ;); //~ ERROR trailing semicolon in macro used in expression position
        //~| WARN this was previously accepted
        let b = semi!(2, ;); //~ ERROR trailing semicolon in macro used in expression position
        //~| WARN this was previously accepted
        a + b
    }
}

mod m1 {
    make_fn!(a1, 1);
    unbox_tts!(t1, box _); //~ ERROR box pattern syntax is experimental
    make_fn!(const B1);
    unbox_pat!(p1, box _); //~ ERROR box pattern syntax is experimental

    pub fn exprs() -> u32 {
        semi!(1, ;) //~ ERROR trailing semicolon in macro used in expression position
        //~| WARN this was previously accepted
    }
}

mod m2 {
    unbox_pat!(p2, box _); //~ ERROR box pattern syntax is experimental
    make_fn!(a2, 2);
    make_fn!(const B2);

    pub fn exprs() -> u32 {
        let a = semi!(1, ;); //~ ERROR trailing semicolon in macro used in expression position
        //~| WARN this was previously accepted
        a + semi!(2, ;) //~ ERROR trailing semicolon in macro used in expression position
        //~| WARN this was previously accepted
    }
}

fn main() {}
