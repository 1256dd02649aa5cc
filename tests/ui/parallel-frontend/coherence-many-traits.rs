//@ check-fail
// Coherence errors of many traits, interleaved with well-formedness errors:
// each trait has a blanket impl early and a conflicting impl late, with an
// ill-formed struct after each blanket impl. Upstream reports a trait's
// coherence errors from the well-formedness check of whichever of its impls
// reaches the trait first; under threads that is often the late impl, and
// the order of the errors changed from run to run (8 runs in 100 at
// `-Z threads=8`). prustc checks coherence first (inherent-impl validity,
// then one unit per trait beside the inherent-impl overlap check), then
// well-formedness: one order at every thread count.

use std::fmt;

pub struct S0;
pub struct S1;
pub trait A0 {}
pub trait A1 {}
pub trait A2 {}
pub trait A3 {}
pub trait A4 {}
pub trait A5 {}
pub trait A6 {}
pub trait A7 {}

impl<T: Copy> A0 for T {}
pub struct W0(str, u8); //~ ERROR the size for values of type `str` cannot be known
impl<T: Copy> A1 for T {}
pub struct W1(str, u8); //~ ERROR the size for values of type `str` cannot be known
impl<T: Copy> A2 for T {}
pub struct W2(str, u8); //~ ERROR the size for values of type `str` cannot be known
impl<T: Copy> A3 for T {}
pub struct W3(str, u8); //~ ERROR the size for values of type `str` cannot be known
impl<T: Copy> A4 for T {}
pub struct W4(str, u8); //~ ERROR the size for values of type `str` cannot be known
impl<T: Copy> A5 for T {}
pub struct W5(str, u8); //~ ERROR the size for values of type `str` cannot be known
impl<T: Copy> A6 for T {}
pub struct W6(str, u8); //~ ERROR the size for values of type `str` cannot be known
impl<T: Copy> A7 for T {}
pub struct W7(str, u8); //~ ERROR the size for values of type `str` cannot be known

impl fmt::Display for Vec<u8> {
    //~^ ERROR only traits defined in the current crate
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        Ok(())
    }
}

pub unsafe trait U0 {}
impl U0 for S0 {} //~ ERROR the trait `U0` requires an `unsafe impl` declaration

pub trait T5 {}
unsafe impl T5 for S1 {} //~ ERROR implementing the trait `T5` is not unsafe

impl Vec<u16> {} //~ ERROR cannot define inherent `impl` for a type outside of the crate

impl S0 {
    fn dup(&self) {} //~ ERROR duplicate definitions with name `dup`
}
impl S0 {
    fn dup(&self) {}
}

impl A7 for u8 {} //~ ERROR conflicting implementations of trait `A7`
impl A6 for u8 {} //~ ERROR conflicting implementations of trait `A6`
impl A5 for u8 {} //~ ERROR conflicting implementations of trait `A5`
impl A4 for u8 {} //~ ERROR conflicting implementations of trait `A4`
impl A3 for u8 {} //~ ERROR conflicting implementations of trait `A3`
impl A2 for u8 {} //~ ERROR conflicting implementations of trait `A2`
impl A1 for u8 {} //~ ERROR conflicting implementations of trait `A1`
impl A0 for u8 {} //~ ERROR conflicting implementations of trait `A0`

impl S1 {
    fn also_dup() {} //~ ERROR duplicate definitions with name `also_dup`
}
impl S1 {
    fn also_dup() {}
}

fn main() {}
