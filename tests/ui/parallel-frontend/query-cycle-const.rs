// Three constants whose values depend on each other in a ring, each evaluated
// in its own unit of parallel work: whichever constant a thread starts from,
// the cycle is reported once, from the same query, at every thread count.

const A: usize = C + 1;
//~^ ERROR cycle detected when
const B: usize = A * 2;
const C: usize = B - 3;

fn main() {
    let _ = [0u8; A];
    let _ = B + C;
}
