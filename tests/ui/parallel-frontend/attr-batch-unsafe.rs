//@ check-fail
//@ proc-macro: attr-batch.rs
// A proc-macro attribute written `#[unsafe(...)]` gets the error of an
// unnecessary `unsafe` on a safe attribute. prustc runs the attributes of
// consecutive items together on the thread pool; each one's error must
// still come at its turn, before the macro's own diagnostics, in item order.

#![allow(dead_code)]

extern crate attr_batch;
use attr_batch::loud;

#[unsafe(loud)] //~ ERROR unnecessary `unsafe` on safe attribute
pub struct Unsafe0; //~ WARN `Unsafe0` is loud

#[loud]
pub struct Safe1; //~ WARN `Safe1` is loud

#[unsafe(loud)] //~ ERROR unnecessary `unsafe` on safe attribute
//~^ ERROR `loud` gave up on `bad2`
pub fn bad2() {} //~ WARN `bad2` is loud
//~^ ERROR `bad2` is a bad name

#[loud]
pub struct Safe3; //~ WARN `Safe3` is loud

fn main() {}
