//@ check-fail
//@ edition: 2021
// Early lints and lowering errors interleaved over many modules. prustc runs
// the early lint checks (the resolver's buffered lints such as unused
// imports, and the early lint passes such as unused parentheses and
// non-camel-case types) beside the lowering to HIR, which reports misplaced
// `impl Trait` and `.await` outside `async`. At one thread all the early
// lints come first, then the lowering errors in item order; under threads the
// two run at once, and both must still print in that order.

#![allow(dead_code)]
#![warn(unused_imports, unused_parens, non_camel_case_types)]

mod m00 {
    use std::fmt; //~ WARN unused import
    struct bad_name00; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (0);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 0 }.await //~ ERROR `await` is only allowed
    }
}

mod m01 {
    use std::fmt; //~ WARN unused import
    struct bad_name01; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (1);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 1 }.await //~ ERROR `await` is only allowed
    }
}

mod m02 {
    use std::fmt; //~ WARN unused import
    struct bad_name02; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (2);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 2 }.await //~ ERROR `await` is only allowed
    }
}

mod m03 {
    use std::fmt; //~ WARN unused import
    struct bad_name03; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (3);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 3 }.await //~ ERROR `await` is only allowed
    }
}

mod m04 {
    use std::fmt; //~ WARN unused import
    struct bad_name04; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (4);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 4 }.await //~ ERROR `await` is only allowed
    }
}

mod m05 {
    use std::fmt; //~ WARN unused import
    struct bad_name05; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (5);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 5 }.await //~ ERROR `await` is only allowed
    }
}

mod m06 {
    use std::fmt; //~ WARN unused import
    struct bad_name06; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (6);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 6 }.await //~ ERROR `await` is only allowed
    }
}

mod m07 {
    use std::fmt; //~ WARN unused import
    struct bad_name07; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (7);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 7 }.await //~ ERROR `await` is only allowed
    }
}

mod m08 {
    use std::fmt; //~ WARN unused import
    struct bad_name08; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (8);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 8 }.await //~ ERROR `await` is only allowed
    }
}

mod m09 {
    use std::fmt; //~ WARN unused import
    struct bad_name09; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (9);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 9 }.await //~ ERROR `await` is only allowed
    }
}

mod m10 {
    use std::fmt; //~ WARN unused import
    struct bad_name10; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (10);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 10 }.await //~ ERROR `await` is only allowed
    }
}

mod m11 {
    use std::fmt; //~ WARN unused import
    struct bad_name11; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (11);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 11 }.await //~ ERROR `await` is only allowed
    }
}

mod m12 {
    use std::fmt; //~ WARN unused import
    struct bad_name12; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (12);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 12 }.await //~ ERROR `await` is only allowed
    }
}

mod m13 {
    use std::fmt; //~ WARN unused import
    struct bad_name13; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (13);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 13 }.await //~ ERROR `await` is only allowed
    }
}

mod m14 {
    use std::fmt; //~ WARN unused import
    struct bad_name14; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (14);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 14 }.await //~ ERROR `await` is only allowed
    }
}

mod m15 {
    use std::fmt; //~ WARN unused import
    struct bad_name15; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (15);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 15 }.await //~ ERROR `await` is only allowed
    }
}

mod m16 {
    use std::fmt; //~ WARN unused import
    struct bad_name16; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (16);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 16 }.await //~ ERROR `await` is only allowed
    }
}

mod m17 {
    use std::fmt; //~ WARN unused import
    struct bad_name17; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (17);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 17 }.await //~ ERROR `await` is only allowed
    }
}

mod m18 {
    use std::fmt; //~ WARN unused import
    struct bad_name18; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (18);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 18 }.await //~ ERROR `await` is only allowed
    }
}

mod m19 {
    use std::fmt; //~ WARN unused import
    struct bad_name19; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (19);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 19 }.await //~ ERROR `await` is only allowed
    }
}

mod m20 {
    use std::fmt; //~ WARN unused import
    struct bad_name20; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (20);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 20 }.await //~ ERROR `await` is only allowed
    }
}

mod m21 {
    use std::fmt; //~ WARN unused import
    struct bad_name21; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (21);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 21 }.await //~ ERROR `await` is only allowed
    }
}

mod m22 {
    use std::fmt; //~ WARN unused import
    struct bad_name22; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (22);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 22 }.await //~ ERROR `await` is only allowed
    }
}

mod m23 {
    use std::fmt; //~ WARN unused import
    struct bad_name23; //~ WARN should have an upper camel case name
    fn f() -> u32 {
        let _v: impl Sized = (23);
        //~^ ERROR `impl Trait` is not allowed
        //~| WARN unnecessary parentheses
        async { 23 }.await //~ ERROR `await` is only allowed
    }
}

fn main() {}
