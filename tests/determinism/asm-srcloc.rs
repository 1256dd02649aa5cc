// Inline assembly carries `!srcloc` metadata: a cookie per line of the
// template, which LLVM hands back with a problem in that line. Upstream
// writes the line's byte positions there, and the byte positions of other
// crates' files follow the order in which the compiler first read them, under
// threads the schedule. `std::thread::spawn` and `core::hint::black_box`
// instantiate std's assembly in this crate, so the object's embedded bitcode
// (`.llvmbc`, in the .rlib) differed from run to run at `-Z threads=2`. The
// .rlib must be byte-identical at every thread count.
//@ compile-flags: --crate-type=lib -C link-dead-code -C opt-level=0 -C codegen-units=1
use std::arch::asm;
use std::hint::black_box;
use std::sync::atomic::{Ordering, compiler_fence};

pub fn spawn_printer() {
    let h = std::thread::spawn(|| {
        for i in 0..10 {
            println!("line {i}");
        }
    });
    h.join().unwrap();
}

pub fn opaque_sum(v: &[u64]) -> u64 {
    let mut total = 0;
    for x in v {
        total += black_box(*x);
        compiler_fence(Ordering::SeqCst);
    }
    total
}

pub fn own_asm(x: u64) -> u64 {
    let mut y = x;
    // Several lines, so several cookies, from this crate's own file.
    unsafe {
        asm!(
            "add {0}, 1",
            "add {0}, 2",
            "nop",
            inout(reg) y,
        );
    }
    black_box(y)
}

pub fn sorted_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    words.sort();
    black_box(words)
}
