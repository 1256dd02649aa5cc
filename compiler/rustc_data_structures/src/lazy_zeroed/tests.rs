use std::alloc::Layout;

use super::*;

fn check_zeroed_and_writable(size: usize, align: usize) {
    let layout = Layout::from_size_align(size, align).unwrap();
    // SAFETY: the size is not zero.
    let ptr = unsafe { alloc(layout) };
    assert!(!ptr.is_null());
    assert_eq!(ptr as usize % align, 0, "misaligned block of {size} bytes");
    // SAFETY: the block holds `size` bytes.
    let bytes = unsafe { std::slice::from_raw_parts_mut(ptr, size) };
    assert!(bytes.iter().all(|&b| b == 0), "block of {size} bytes not zeroed");
    bytes[0] = 1;
    bytes[size - 1] = 2;
    // SAFETY: from `alloc` with this layout.
    unsafe { dealloc(ptr, layout) };
}

#[test]
fn blocks_below_and_above_the_threshold_are_zeroed() {
    check_zeroed_and_writable(8, 8);
    check_zeroed_and_writable(MIN_MAPPED - 1, 1);
    check_zeroed_and_writable(MIN_MAPPED, 8);
    check_zeroed_and_writable(3 * MIN_MAPPED + 5, 16);
    // Aligned beyond a page: always from the allocator.
    check_zeroed_and_writable(MIN_MAPPED, 2 * MAPPED_ALIGN);
}

#[test]
fn freed_and_taken_again_still_zeroed() {
    let layout = Layout::from_size_align(4 * MIN_MAPPED, 8).unwrap();
    for _ in 0..4 {
        // SAFETY: the size is not zero.
        let ptr = unsafe { alloc(layout) };
        // SAFETY: the block holds `layout.size()` bytes.
        let bytes = unsafe { std::slice::from_raw_parts_mut(ptr, layout.size()) };
        assert!(bytes.iter().all(|&b| b == 0));
        bytes.fill(0xff);
        // SAFETY: from `alloc` with this layout.
        unsafe { dealloc(ptr, layout) };
    }
}

/// The point of the module: a large block costs memory only for the pages
/// written to. `mincore` reports which pages of a mapping are resident.
#[cfg(target_os = "linux")]
#[test]
fn untouched_pages_of_a_large_block_are_not_resident() {
    const PAGES: usize = 256;
    let page = 4096;
    let layout = Layout::from_size_align(PAGES * page, 8).unwrap();
    // SAFETY: the size is not zero.
    let ptr = unsafe { alloc(layout) };
    assert!(!ptr.is_null());
    // SAFETY: inside the block.
    unsafe { ptr.add(7 * page).write_volatile(1) };
    let mut resident = vec![0u8; PAGES];
    // SAFETY: `ptr` is page-aligned (a mapping) and `resident` has one byte per page.
    let result = unsafe { libc::mincore(ptr.cast(), layout.size(), resident.as_mut_ptr()) };
    assert_eq!(result, 0);
    let touched: Vec<usize> = (0..PAGES).filter(|&i| resident[i] & 1 != 0).collect();
    assert_eq!(touched, vec![7], "only the page written to may be resident");
    // SAFETY: from `alloc` with this layout.
    unsafe { dealloc(ptr, layout) };
}
