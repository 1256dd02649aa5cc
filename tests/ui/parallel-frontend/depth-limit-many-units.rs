// Eight constants ask for the sizes of overlapping parts of one chain of 24
// structs under a recursion limit of 16. Evaluating a constant is one frame
// and each struct and the final `u8` one more, so the parts starting at `L0`
// to `L8` (18 to 26 frames) are over the limit and those starting at `L10`
// to `L14` (12 to 16 frames) are not. Under threads the constants are
// evaluated at once and find each other's layouts cached or in progress,
// and an overflow stops every query on the stack that noticed it. Each
// constant over the limit must be reported once, in source order, naming
// itself and the depth at which the limit was passed, and the others must
// compile, at every thread count.
//@ check-fail
#![crate_type = "lib"]
#![recursion_limit = "16"]

pub const S0: usize = std::mem::size_of::<L0>(); //~ ERROR queries overflow the depth limit!
pub const S1: usize = std::mem::size_of::<L2>(); //~ ERROR queries overflow the depth limit!
pub const S2: usize = std::mem::size_of::<L4>(); //~ ERROR queries overflow the depth limit!
pub const S3: usize = std::mem::size_of::<L6>(); //~ ERROR queries overflow the depth limit!
pub const S4: usize = std::mem::size_of::<L8>(); //~ ERROR queries overflow the depth limit!
pub const S5: usize = std::mem::size_of::<L10>();
pub const S6: usize = std::mem::size_of::<L12>();
pub const S7: usize = std::mem::size_of::<L14>();

include!("auxiliary/depth-chain.rs");
