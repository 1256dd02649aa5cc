// Does not parse: the prefetch drops it, and the expansion parses it again
// and reports the error in its place.

pub fn gamma() -> u8 {
    let missing = ;
    0
}
