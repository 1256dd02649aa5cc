//! Guards the output directory when the last checks fail. prustc encodes the
//! crate's metadata beside the lints, privacy and dead-code checks, into a
//! temporary directory, and publishes it only once they have passed. Here the
//! dead-code and naming lints are errors, and nothing before those checks
//! fails, so the compilation fails after the metadata is encoded: no `.rmeta` may appear and the temporary directory
//! must be gone (its random name would differ from run to run), with the same
//! errors in the same order at every thread count.
//@ compile-flags: --crate-type=lib --emit=dep-info,metadata

#![deny(dead_code, non_snake_case)]

pub mod alpha {
    fn never_called() {}
    pub fn LoudName() -> u32 {
        super::beta::twice(super::beta::LIMIT)
    }
    pub static TABLE: [u32; 2] = [super::beta::LIMIT, 1];
}

pub mod beta {
    pub const fn twice(x: u32) -> u32 {
        x * 2
    }
    pub const LIMIT: u32 = twice(21);
    struct Unbuilt;
    pub fn AlsoLoud(v: &[u32]) -> usize {
        v.iter().filter(|x| **x > LIMIT).count()
    }
}

pub mod gamma {
    pub trait Measure {
        fn measure(&self) -> u32;
    }
    impl Measure for u32 {
        fn measure(&self) -> u32 {
            let Unused = *self;
            crate::beta::twice(*self)
        }
    }
    fn helper() -> u32 {
        7
    }
}
