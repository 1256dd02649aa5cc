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

// Each `A -> B` defines `pub struct A(pub B);` (no recursion: the low
// recursion limit applies to macro expansion as well).
macro_rules! chain {
    ($($name:ident -> $field:ty),*) => { $(pub struct $name(pub $field);)* };
}
chain!(
    L0 -> L1, L1 -> L2, L2 -> L3, L3 -> L4, L4 -> L5, L5 -> L6, L6 -> L7, L7 -> L8,
    L8 -> L9, L9 -> L10, L10 -> L11, L11 -> L12, L12 -> L13, L13 -> L14, L14 -> L15,
    L15 -> L16, L16 -> L17, L17 -> L18, L18 -> L19, L19 -> L20, L20 -> L21, L21 -> L22,
    L22 -> L23, L23 -> u8
);
