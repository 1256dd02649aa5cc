// A cycle between two type aliases, each checked for well-formedness in its
// own unit of parallel work. Under threads both units enter the cycle at once,
// from opposite ends, and the deadlock handler breaks it from whichever end it
// finds first; the report (its first query, the steps and their spans) must
// be the same as at one thread.

type Left = Vec<Right>;
//~^ ERROR cycle detected when expanding type alias `Left`
type Right = Box<Left>;

fn main() {
    let _: Option<Left> = None;
}
