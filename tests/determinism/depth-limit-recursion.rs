// An async fn that awaits itself at a bigger type never ends: its layout
// nests without bound, and the query depth limit stops it twice (once for
// the generic body the analysis checks, once for the instance `h` uses).
// Both errors must come out the same, in the same order, at every thread
// count. (A chain that is deep but finite is another matter: whether it
// overflows depends on what is cached; see src/doc/prustc/determinism.md.)
//@ compile-flags: --crate-type=lib --edition=2021
pub async fn g<T: Default>(n: u32) -> u32 {
    if n == 0 { 0 } else { g::<Vec<T>>(n - 1).await }
}
pub fn h() {
    let _ = g::<u8>(3);
}
