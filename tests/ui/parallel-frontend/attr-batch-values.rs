//@ run-pass
//@ proc-macro: attr-batch.rs
//@ proc-macro: derive-batch.rs
// The code that proc-macro attributes produce when prustc runs the
// attributes of consecutive items side by side on the thread pool: each
// attribute's output belongs to its own item and carries its own arguments
// (no output is committed to the wrong invocation), the line the macro reads
// is the item's, methods get their attributes' output in their own impl, an
// attribute that needs the compiler's own thread (`eager`) still produces
// its output, and derives in the same batch keep theirs.

extern crate attr_batch;
extern crate derive_batch;
use attr_batch::{eager, tagged};
use derive_batch::{Fields, Name};

#[tagged(first)]
fn alpha() -> u8 {
    1
}

#[tagged(second, 2)]
#[derive(Name, Fields)]
struct Beta;

#[eager]
#[tagged("third")]
struct Gamma;

#[tagged()]
enum Delta {
    A,
}

struct Holder;

impl Holder {
    #[tagged(method one)]
    fn one(&self) -> u8 {
        11
    }

    #[eager]
    fn two(&self) -> u8 {
        22
    }
}

mod inner {
    use super::*;

    #[tagged(inner)]
    pub struct Epsilon;

    #[tagged(inner fn)]
    pub fn zeta() -> u8 {
        6
    }
}

fn main() {
    assert_eq!(alpha(), 1);
    assert_eq!(alpha_tag(), ("first", 18));
    assert_eq!(beta_tag(), ("second, 2", 24));
    assert_eq!(Beta::NAME, "Beta");
    assert_eq!(Beta::source(), ("Beta", 24));
    assert_eq!(gamma_tag(), ("\"third\"", 28));
    let _ = Gamma;
    assert_eq!(GAMMA_EAGER, "eager x");
    assert_eq!(delta_tag(), ("", 31));
    let _ = Delta::A;
    let holder = Holder;
    assert_eq!(holder.one(), 11);
    assert_eq!(Holder::one_tag(), ("method one", 39));
    assert_eq!(holder.two(), 22);
    assert_eq!(Holder::TWO_EAGER, "eager x");
    let _ = inner::Epsilon;
    assert_eq!(inner::epsilon_tag(), ("inner", 53));
    assert_eq!(inner::zeta(), 6);
    assert_eq!(inner::zeta_tag(), ("inner fn", 56));
}
