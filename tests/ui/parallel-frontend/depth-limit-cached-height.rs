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

include!("auxiliary/depth-chain.rs");
