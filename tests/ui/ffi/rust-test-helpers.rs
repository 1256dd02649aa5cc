//@ run-pass
// Calls into the C helpers bootstrap builds from tests/auxiliary, by value,
// by pointer and through a callback, so the helper library and the C ABI of
// the compiled code are both checked at every thread count.

#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
struct Pair {
    first: i32,
    second: f64,
}

#[link(name = "rust_test_helpers", kind = "static")]
unsafe extern "C" {
    fn prustc_helper_add_u32(a: u32, b: u32) -> u32;
    fn prustc_helper_sum_u64(values: *const u64, len: usize) -> u64;
    fn prustc_helper_swap_pair(p: Pair) -> Pair;
    fn prustc_helper_apply(f: extern "C" fn(i32) -> i32, x: i32) -> i32;
}

extern "C" fn triple(x: i32) -> i32 {
    x * 3
}

fn main() {
    let values: Vec<u64> = (1..=100).collect();
    unsafe {
        assert_eq!(prustc_helper_add_u32(40, 2), 42);
        assert_eq!(prustc_helper_add_u32(u32::MAX, 1), 0);
        assert_eq!(prustc_helper_sum_u64(values.as_ptr(), values.len()), 5050);
        assert_eq!(
            prustc_helper_swap_pair(Pair { first: 7, second: 2.0 }),
            Pair { first: 2, second: 7.0 }
        );
        assert_eq!(prustc_helper_apply(triple, 5), 45);
    }
}
