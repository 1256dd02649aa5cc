// Two independent query cycles, one through constant evaluation and one
// through type aliases. Each is found from whichever query a thread reaches
// first; the report (the cycle's first query, its steps and the note on
// where it was needed) must nevertheless be the same at every thread count.

const A: usize = B + 1;
//~^ ERROR cycle detected
const B: usize = A * 2;

type Left = Vec<Right>;
//~^ ERROR cycle detected
type Right = Box<Left>;

fn main() {
    let _ = [0u8; A];
    let _: Option<Left> = None;
}
