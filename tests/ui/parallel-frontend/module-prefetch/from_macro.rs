// Declared by a macro: left to the expansion.

pub fn from_macro() -> u64 {
    'outer: loop {
        break 'outer loop {
            break 7;
        };
    }
}
