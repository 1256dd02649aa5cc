//@ check-pass
//@ compile-flags: --crate-type=lib
// Two methods whose return types bound each other through return type
// notation. The bound vars of `ping`'s signature used to be resolved by
// lowering `pong`'s signature, which resolved `pong`'s bound vars by lowering
// `ping`'s: a query cycle between the two signatures, reported as a delayed
// bug (an ICE) when `take` entered it first. The bound vars of a method's
// signature are known from its generics, so there is no cycle and the crate
// compiles at every thread count.

#![feature(return_type_notation)]

pub fn take(_: impl Ping<ping(..): Send>) {}

pub trait Ping {
    fn ping(&self) -> impl Pong<pong(..): Send>;
}

pub trait Pong {
    fn pong(&self) -> impl Ping<ping(..): Send>;
}
