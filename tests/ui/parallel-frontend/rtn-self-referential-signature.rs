//@ check-pass
//@ compile-flags: --crate-type=lib
// A method whose return type bounds the method itself through return type
// notation, and signatures elsewhere that use the same bound. Resolving the
// bound vars of a signature that names a method this way needs the bound vars
// of that method's signature, which used to be taken from its lowered
// signature; lowering that signature needs the method's own bound vars, so
// the method named itself in a query cycle, and the cycle was reported as a
// delayed bug: an ICE at one thread when a user like `take` came first, and at
// several threads from whichever end the cycle was entered. Nothing here is
// cyclic, and the crate compiles at every thread count.

#![feature(return_type_notation)]

pub fn take(_: impl Factory<make(..): Send>) {}

pub trait Factory {
    fn make(&self) -> impl Factory<make(..): Send>;
}

pub trait SendFactory: Factory<make(..): Send> + Send {}

pub fn take_counted<const N: usize>(_: impl Counted<N, count(..): Send>) {}

pub trait Counted<const N: usize> {
    fn count(&self) -> impl Counted<{ N }, count(..): Send>;
}
