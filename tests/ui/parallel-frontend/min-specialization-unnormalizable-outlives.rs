//@ check-fail
//@ compile-flags: -Znext-solver=globally
// The base impl requires `<T as Other>::Out: 'static`, which the new solver
// only records as a region obligation. For the specializing impl that is
// `<u8 as Other>::Out: 'static`, which cannot be normalized (`u8: Other` does
// not hold), and region resolution stops there without resolving any region.
// Checking the specialization went on to resolve the base impl's arguments,
// which needs the resolved regions: an ICE, "region resolution not
// performed". The normalization error is reported and the check stops there.

#![feature(min_specialization)]

trait Other {
    type Out;
}

trait Spec {}

impl<'a, T> Spec for &'a T where <T as Other>::Out: 'static {}
//~^ ERROR the trait bound `&'a T: Spec` is not satisfied
//~| ERROR the trait bound `T: Other` is not satisfied

impl<'a> Spec for &'a u8 {}
//~^ ERROR cannot normalize `<_ as Other>::Out: 'static`

fn main() {}
