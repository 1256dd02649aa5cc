// A static whose value holds a mutable reference gets a definition for each
// nested allocation, created while the static is evaluated, and definitions
// are numbered in the order they are created. Statics evaluated side by side
// on the thread pool swapped their numbers from run to run, and the numbers
// go into the metadata and order the statics in the object. The .rlib must be
// byte-identical at every thread count.
//@ compile-flags: --crate-type=lib -C codegen-units=1 -C link-dead-code -Z remap-cwd-prefix=X
#![allow(static_mut_refs)]
pub static mut A0: &mut [i32] = &mut [1];
pub static mut B0: *mut [isize] = &mut [1isize] as *mut _;
pub static mut A1: &mut [u8] = &mut [1, 2, 3];
pub static mut B1: &mut (u16, &mut [u16]) = &mut (4, &mut [5, 6]);
pub static mut A2: &mut [&mut [i64]] = &mut [&mut [7], &mut [8, 9]];
pub static mut B2: *mut [u32] = &mut [10u32, 11] as *mut _;
pub static mut A3: &mut [char] = &mut ['a', 'b'];
pub static mut B3: &mut Option<&mut [f64]> = &mut Some(&mut [1.5]);
pub static mut A4: &mut [&mut u8; 2] = &mut [&mut 16, &mut 17];
pub static mut B4: &mut &mut &mut i8 = &mut &mut &mut 18;

pub fn touch() -> usize {
    unsafe { A0.len() + A1.len() + A2.len() + A3.len() + B1.1.len() + A4.len() }
}
