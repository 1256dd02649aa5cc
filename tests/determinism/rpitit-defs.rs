// A trait method returning `impl Trait` gets a synthetic associated type on
// the trait and on every impl, created by a query the parallel analyses
// reach in any order. Definitions are numbered in creation order and the
// numbers go into the metadata, so the .rmeta must still be byte-identical
// at every thread count.
//@ compile-flags: --crate-type=lib --emit=metadata
pub trait T0 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S0;
impl T0 for S0 { fn f(&self) -> impl Sized { 0 } fn g(&self) -> impl Iterator<Item = u8> { 0..0 } }
pub trait T1 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S1;
impl T1 for S1 { fn f(&self) -> impl Sized { 1 } fn g(&self) -> impl Iterator<Item = u8> { 0..1 } }
pub trait T2 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S2;
impl T2 for S2 { fn f(&self) -> impl Sized { 2 } fn g(&self) -> impl Iterator<Item = u8> { 0..2 } }
pub trait T3 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S3;
impl T3 for S3 { fn f(&self) -> impl Sized { 3 } fn g(&self) -> impl Iterator<Item = u8> { 0..3 } }
pub trait T4 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S4;
impl T4 for S4 { fn f(&self) -> impl Sized { 4 } fn g(&self) -> impl Iterator<Item = u8> { 0..4 } }
pub trait T5 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S5;
impl T5 for S5 { fn f(&self) -> impl Sized { 5 } fn g(&self) -> impl Iterator<Item = u8> { 0..5 } }
pub trait T6 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S6;
impl T6 for S6 { fn f(&self) -> impl Sized { 6 } fn g(&self) -> impl Iterator<Item = u8> { 0..6 } }
pub trait T7 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S7;
impl T7 for S7 { fn f(&self) -> impl Sized { 7 } fn g(&self) -> impl Iterator<Item = u8> { 0..7 } }
pub trait T8 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S8;
impl T8 for S8 { fn f(&self) -> impl Sized { 8 } fn g(&self) -> impl Iterator<Item = u8> { 0..8 } }
pub trait T9 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S9;
impl T9 for S9 { fn f(&self) -> impl Sized { 9 } fn g(&self) -> impl Iterator<Item = u8> { 0..9 } }
pub trait T10 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S10;
impl T10 for S10 { fn f(&self) -> impl Sized { 10 } fn g(&self) -> impl Iterator<Item = u8> { 0..10 } }
pub trait T11 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S11;
impl T11 for S11 { fn f(&self) -> impl Sized { 11 } fn g(&self) -> impl Iterator<Item = u8> { 0..11 } }
pub trait T12 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S12;
impl T12 for S12 { fn f(&self) -> impl Sized { 12 } fn g(&self) -> impl Iterator<Item = u8> { 0..12 } }
pub trait T13 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S13;
impl T13 for S13 { fn f(&self) -> impl Sized { 13 } fn g(&self) -> impl Iterator<Item = u8> { 0..13 } }
pub trait T14 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S14;
impl T14 for S14 { fn f(&self) -> impl Sized { 14 } fn g(&self) -> impl Iterator<Item = u8> { 0..14 } }
pub trait T15 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S15;
impl T15 for S15 { fn f(&self) -> impl Sized { 15 } fn g(&self) -> impl Iterator<Item = u8> { 0..15 } }
pub trait T16 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S16;
impl T16 for S16 { fn f(&self) -> impl Sized { 16 } fn g(&self) -> impl Iterator<Item = u8> { 0..16 } }
pub trait T17 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S17;
impl T17 for S17 { fn f(&self) -> impl Sized { 17 } fn g(&self) -> impl Iterator<Item = u8> { 0..17 } }
pub trait T18 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S18;
impl T18 for S18 { fn f(&self) -> impl Sized { 18 } fn g(&self) -> impl Iterator<Item = u8> { 0..18 } }
pub trait T19 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S19;
impl T19 for S19 { fn f(&self) -> impl Sized { 19 } fn g(&self) -> impl Iterator<Item = u8> { 0..19 } }
pub trait T20 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S20;
impl T20 for S20 { fn f(&self) -> impl Sized { 20 } fn g(&self) -> impl Iterator<Item = u8> { 0..20 } }
pub trait T21 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S21;
impl T21 for S21 { fn f(&self) -> impl Sized { 21 } fn g(&self) -> impl Iterator<Item = u8> { 0..21 } }
pub trait T22 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S22;
impl T22 for S22 { fn f(&self) -> impl Sized { 22 } fn g(&self) -> impl Iterator<Item = u8> { 0..22 } }
pub trait T23 { fn f(&self) -> impl Sized; fn g(&self) -> impl Iterator<Item = u8>; }
pub struct S23;
impl T23 for S23 { fn f(&self) -> impl Sized { 23 } fn g(&self) -> impl Iterator<Item = u8> { 0..23 } }
