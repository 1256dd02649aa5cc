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

pub struct L0(pub L1);
pub struct L1(pub L2);
pub struct L2(pub L3);
pub struct L3(pub L4);
pub struct L4(pub L5);
pub struct L5(pub L6);
pub struct L6(pub L7);
pub struct L7(pub L8);
pub struct L8(pub L9);
pub struct L9(pub L10);
pub struct L10(pub L11);
pub struct L11(pub L12);
pub struct L12(pub L13);
pub struct L13(pub L14);
pub struct L14(pub L15);
pub struct L15(pub L16);
pub struct L16(pub L17);
pub struct L17(pub L18);
pub struct L18(pub L19);
pub struct L19(pub L20);
pub struct L20(pub L21);
pub struct L21(pub L22);
pub struct L22(pub L23);
pub struct L23(pub u8);
