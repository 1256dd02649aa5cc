// Its parse only warns (the lexer, about an escaped newline that skips
// several lines): the prefetch drops it, and the expansion parses it again
// and prints the warning in its place.

pub fn escapes() -> &'static str {
    "a\

    b"
}
