//@ run-pass
// `macro_rules!` outputs parsed side by side (see macro-rules-batch.rs) are
// the outputs of their own invocations: each item, expression, statement,
// pattern and type gets its own arguments, hygiene keeps the macros' locals
// apart from the caller's, `$crate` paths resolve, attributes in the
// outputs (derives, `cfg`, lint levels) apply to their own items, an
// invocation that gets the same tokens as another one expands as it would
// alone, and invocations whose outputs invoke macros expand those too.

#![allow(dead_code)]

pub mod consts {
    pub const BASE: u32 = 100;
}

macro_rules! make_fn {
    ($name:ident, $value:expr) => {
        pub fn $name() -> u32 {
            $crate::consts::BASE + $value
        }
    };
}

macro_rules! add_local {
    ($e:expr) => {{
        let y = 1;
        $e + y
    }};
}

macro_rules! make_struct {
    ($name:ident, $field:ty) => {
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name {
            pub value: $field,
        }
        #[cfg(any())]
        pub fn $name() -> ! {
            loop {}
        }
        #[allow(non_snake_case)]
        pub fn __built() -> $name {
            $name { value: Default::default() }
        }
    };
}

macro_rules! make_const {
    ($name:ident, $value:expr) => {
        pub const $name: u32 = $value;
    };
}

macro_rules! twice {
    ($f:ident, $c:ident, $value:expr) => {
        make_fn!($f, $value);
        make_const!($c, $value);
    };
}

macro_rules! pair_pat {
    ($a:ident, $b:ident) => {
        ($a, $b)
    };
}

macro_rules! ty_of {
    (small) => { u8 };
    (large) => { u64 };
}

macro_rules! nested {
    ($($name:ident = $value:expr),*) => {
        $(make_fn!($name, $value);)*
    };
}

macro_rules! push_stmt {
    ($v:ident, $e:expr) => {
        $v.push($e);
    };
}

mod m0 {
    make_fn!(f0, 0);
    make_fn!(f1, 1);
    make_struct!(S0, u32);
    twice!(t0, T0, 7 + 0);
    nested!(n0 = 10, n1 = 11, n2 = 12);
    make_fn!(f2, 2);
}

mod m1 {
    make_fn!(f0, 1000);
    make_struct!(S1, String);
    twice!(t1, T1, 7 + 1);
    make_fn!(f1, 1001);
}

fn main() {
    assert_eq!((m0::f0(), m0::f1(), m0::f2()), (100, 101, 102));
    assert_eq!((m1::f0(), m1::f1()), (1100, 1101));
    assert_eq!((m0::n0(), m0::n1(), m0::n2()), (110, 111, 112));
    assert_eq!((m0::t0(), m0::T0, m1::t1(), m1::T1), (107, 7, 108, 8));
    assert_eq!(m0::__built(), m0::S0 { value: 0 });
    assert_eq!(format!("{:?}", m1::__built()), "S1 { value: \"\" }");

    let y = 10;
    let values = [add_local!(y), add_local!(y * 2), add_local!(add_local!(y))];
    assert_eq!(values, [11, 21, 12]);

    let pair_pat!(first, second) = (3, 4);
    assert_eq!((first, second), (3, 4));

    let small: ty_of!(small) = 255;
    let large: ty_of!(large) = u64::MAX;
    assert_eq!((small as u64) + 1, 256);
    assert_eq!(large, u64::MAX);

    let mut v = Vec::new();
    push_stmt!(v, 1);
    push_stmt!(v, 2);
    push_stmt!(v, add_local!(2));
    assert_eq!(v, [1, 2, 3]);
}
