// Declared twice under two names: prefetched once, parsed again for the
// second declaration.

pub fn shared() -> i64 {
    'outer: loop {
        break 'outer loop {
            break 6;
        };
    }
}
