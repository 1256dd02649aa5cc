// A chain of 24 structs, each holding the next by value, under a recursion
// limit of 16. One constant asks for the size of the inner half first and
// then for the size of the whole chain. Upstream computes the inner half
// (13 `layout_of` frames), caches it, then computes the outer half afresh
// (12 frames) and counts the cached half as nothing, so it accepts the crate;
// asked in the other order, or with the inner size computed by another thread
// a moment later, it rejects it. prustc counts a cached result at its height,
// the depth it took to compute, so the chain is 25 deep whichever way it is
// computed, and the crate is rejected in every order and at every thread
// count.
//@ check-fail
#![crate_type = "lib"]
#![recursion_limit = "16"]

pub const SIZES: (usize, usize) = (std::mem::size_of::<L12>(), std::mem::size_of::<L0>());
//~^ ERROR queries overflow the depth limit!

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
