//@ run-pass
//@ proc-macro: derive-batch.rs
// The code that proc-macro derives produce when prustc runs the derives of
// an item side by side on the thread pool: each derive's output belongs to
// its own item (no output is committed to the wrong invocation), strings and
// literals parsed by the macro keep their values, the source text and line
// the macro reads are the item's, and a derive that needs the compiler's own
// thread (`Eager`, through `expand_expr`) still produces its output. Derive
// helper attributes (`#[fields_note]`) between the items do not stop the
// items after them from joining the batch.

extern crate derive_batch;
use derive_batch::{Eager, Fields, Name};

#[derive(Name, Fields, Eager)]
struct Alpha;

#[derive(Eager, Name, Fields)]
struct Be;

#[derive(Fields, Name)]
enum Gamma3 {
    A,
}

mod inner {
    use super::*;

    #[derive(Name, Fields)]
    #[fields_note]
    pub struct Delta {
        #[fields_note]
        pub x: u8,
    }

    #[derive(Fields, Name)]
    pub struct Epsilon;
}

fn main() {
    assert_eq!(Alpha::NAME, "Alpha");
    assert_eq!(Alpha::NAME_LEN, 5);
    assert_eq!(Alpha::source(), ("Alpha", 16));
    assert_eq!(Alpha::EAGER, "eager x");
    assert_eq!(Be::NAME, "Be");
    assert_eq!(Be::NAME_LEN, 2);
    assert_eq!(Be::source(), ("Be", 19));
    assert_eq!(Be::EAGER, "eager x");
    assert_eq!(Gamma3::NAME, "Gamma3");
    assert_eq!(Gamma3::NAME_LEN, 6);
    assert_eq!(Gamma3::source(), ("Gamma3", 22));
    assert_eq!(inner::Delta::NAME, "Delta");
    assert_eq!(inner::Delta::source(), ("Delta", 31));
    assert_eq!(inner::Epsilon::NAME, "Epsilon");
    assert_eq!(inner::Epsilon::source(), ("Epsilon", 37));
    let _ = (Gamma3::A, inner::Delta { x: 0 }.x);
}
