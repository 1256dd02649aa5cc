// An async fn that awaits a chain of forty async fns, each awaiting the
// next, written before them. A coroutine keeps the future it awaits inside
// `MaybeUninit<ManuallyDrop<MaybeDangling<_>>>`, and upstream counts each of
// those wrappers as one `layout_of` frame toward the query depth limit, so
// the layout of `top` is 160 frames deep when computed from scratch, over
// the default limit of 128. Upstream compiles such a crate only when the
// inner layouts happen to be in the cache already: never with `top` first at
// one thread, and depending on the schedule under threads (rustc-perf's
// `deeply-nested-multi`, with its chain after the fns, failed 4 times in 60
// at `-Z threads=4`). prustc counts the wrappers as no depth and a cached
// result at its full height, so the verdict is the same in every order: it
// compiles.
//@ build-pass
//@ edition: 2021
//@ compile-flags: --crate-type=lib

pub fn start() {
    let _ = top();
}

async fn top() {
    chain39(1).await;
}

async fn chain0(n: u64) {
    std::hint::black_box(n);
}
async fn chain1(n: u64) {
    chain0(n + 1).await
}
async fn chain2(n: u64) {
    chain1(n + 1).await
}
async fn chain3(n: u64) {
    chain2(n + 1).await
}
async fn chain4(n: u64) {
    chain3(n + 1).await
}
async fn chain5(n: u64) {
    chain4(n + 1).await
}
async fn chain6(n: u64) {
    chain5(n + 1).await
}
async fn chain7(n: u64) {
    chain6(n + 1).await
}
async fn chain8(n: u64) {
    chain7(n + 1).await
}
async fn chain9(n: u64) {
    chain8(n + 1).await
}
async fn chain10(n: u64) {
    chain9(n + 1).await
}
async fn chain11(n: u64) {
    chain10(n + 1).await
}
async fn chain12(n: u64) {
    chain11(n + 1).await
}
async fn chain13(n: u64) {
    chain12(n + 1).await
}
async fn chain14(n: u64) {
    chain13(n + 1).await
}
async fn chain15(n: u64) {
    chain14(n + 1).await
}
async fn chain16(n: u64) {
    chain15(n + 1).await
}
async fn chain17(n: u64) {
    chain16(n + 1).await
}
async fn chain18(n: u64) {
    chain17(n + 1).await
}
async fn chain19(n: u64) {
    chain18(n + 1).await
}
async fn chain20(n: u64) {
    chain19(n + 1).await
}
async fn chain21(n: u64) {
    chain20(n + 1).await
}
async fn chain22(n: u64) {
    chain21(n + 1).await
}
async fn chain23(n: u64) {
    chain22(n + 1).await
}
async fn chain24(n: u64) {
    chain23(n + 1).await
}
async fn chain25(n: u64) {
    chain24(n + 1).await
}
async fn chain26(n: u64) {
    chain25(n + 1).await
}
async fn chain27(n: u64) {
    chain26(n + 1).await
}
async fn chain28(n: u64) {
    chain27(n + 1).await
}
async fn chain29(n: u64) {
    chain28(n + 1).await
}
async fn chain30(n: u64) {
    chain29(n + 1).await
}
async fn chain31(n: u64) {
    chain30(n + 1).await
}
async fn chain32(n: u64) {
    chain31(n + 1).await
}
async fn chain33(n: u64) {
    chain32(n + 1).await
}
async fn chain34(n: u64) {
    chain33(n + 1).await
}
async fn chain35(n: u64) {
    chain34(n + 1).await
}
async fn chain36(n: u64) {
    chain35(n + 1).await
}
async fn chain37(n: u64) {
    chain36(n + 1).await
}
async fn chain38(n: u64) {
    chain37(n + 1).await
}
async fn chain39(n: u64) {
    chain38(n + 1).await
}
