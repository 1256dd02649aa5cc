//@ run-pass
//@ proc-macro: bang-batch.rs
//@ proc-macro: attr-batch.rs
// The code that function-like proc macros produce when prustc runs the
// macros queued together side by side on the thread pool: each output goes
// to its own invocation, at item and at expression position (no output is
// committed to the wrong one), the line a macro reads is its invocation's,
// a macro that needs the compiler's own thread (`eager!`) still produces its
// output, and `macro_rules!` invocations and attributes between them keep
// theirs.

extern crate attr_batch;
extern crate bang_batch;
use attr_batch::tagged;
use bang_batch::{eager, make_fn, number};

macro_rules! twice {
    ($e:expr) => {
        $e * 2
    };
}

make_fn!(one, 1);
make_fn!(two, 2);

#[tagged(three)]
fn three() -> u32 {
    number!(3) + twice!(number!(0))
}

eager!(EAGER);
make_fn!(four, 4);

mod inner {
    use super::*;

    make_fn!(five, 5);

    pub fn six() -> u32 {
        number!(5) + number!(1) + twice!(number!(2))
    }
}

fn main() {
    assert_eq!(one(), (1, 23));
    assert_eq!(two(), (2, 24));
    assert_eq!(three(), 30);
    assert_eq!(three_tag(), ("three", 27));
    assert_eq!(EAGER, "eager x");
    assert_eq!(four(), (4, 32));
    assert_eq!(inner::five(), (5, 37));
    assert_eq!(inner::six(), 100);
    assert_eq!(number!(7), 70);
}
