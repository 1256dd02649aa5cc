// Included by the depth-limit-*.rs tests: structs `L0` to `L23`, each
// holding the next by value, `L23` holding a `u8`.

// Each `A -> B` defines `pub struct A(pub B);` (no recursion: the low
// recursion limit applies to macro expansion as well).
macro_rules! chain {
    ($($name:ident -> $field:ty),*) => { $(pub struct $name(pub $field);)* };
}
chain!(
    L0 -> L1, L1 -> L2, L2 -> L3, L3 -> L4, L4 -> L5, L5 -> L6, L6 -> L7, L7 -> L8,
    L8 -> L9, L9 -> L10, L10 -> L11, L11 -> L12, L12 -> L13, L13 -> L14, L14 -> L15,
    L15 -> L16, L16 -> L17, L17 -> L18, L18 -> L19, L19 -> L20, L20 -> L21, L21 -> L22,
    L22 -> L23, L23 -> u8
);
