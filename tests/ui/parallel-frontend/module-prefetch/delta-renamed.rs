// Reached only through a `cfg_attr` that sets the path: left to the
// expansion.

pub fn delta() -> i32 {
    'outer: loop {
        break 'outer loop {
            break 4;
        };
    }
}
