//! prustc: large zeroed allocations whose pages cost nothing until they are
//! touched.
//!
//! The compiler's tables indexed by dense numbers are allocated zeroed, are
//! large, and are often written in few places: `VecCache`'s buckets, and the
//! query heights in `rustc_middle` (8 MiB up front, written only for the few
//! results whose height is not 0). They relied on the allocator to take such
//! blocks fresh from the kernel, whose pages are zero and backed on first
//! access. glibc does that for large blocks. mimalloc, which the compiler
//! links, does not promise it, and zeroes the block with `memset`,
//! touching every page. On a `helloworld` check that was 2,900 page faults
//! more than the baseline's, and 7% to 11% of the compilation's time
//! (`src/doc/prustc/history/2026-11-26-lazy-zeroed.md`).
//!
//! [`alloc`] takes blocks of [`MIN_MAPPED`] bytes and more straight from the
//! kernel, as a private anonymous mapping, on Unix; smaller blocks, and every
//! block elsewhere, come from the global allocator's `alloc_zeroed`.
//! [`dealloc`] frees a block the same way it was taken.
//!
//! Nothing here is shared between threads: a block belongs to its caller.

use std::alloc::Layout;

#[cfg(test)]
mod tests;

/// Blocks of this many bytes and more are mapped from the kernel (on Unix).
/// Below it, zeroing touches at most four pages, and a mapping would cost a
/// system call and a kernel mapping entry each.
pub const MIN_MAPPED: usize = 16 * 1024;

/// The largest alignment a mapping is known to have (the smallest page size
/// of the Unix targets).
const MAPPED_ALIGN: usize = 4096;

#[inline]
fn is_mapped(layout: Layout) -> bool {
    cfg!(unix) && layout.size() >= MIN_MAPPED && layout.align() <= MAPPED_ALIGN
}

/// Allocates a zeroed block for `layout`, or returns null if there is no
/// memory for it.
///
/// # Safety
///
/// `layout.size()` must not be zero.
pub unsafe fn alloc(layout: Layout) -> *mut u8 {
    debug_assert!(layout.size() != 0);
    if !is_mapped(layout) {
        // SAFETY: the size is not zero (the caller's promise).
        return unsafe { std::alloc::alloc_zeroed(layout) };
    }
    map(layout.size())
}

/// Frees a block that [`alloc`] returned.
///
/// # Safety
///
/// `ptr` must have come from [`alloc`] with the same `layout`, and must not
/// be used afterwards.
pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) {
    if !is_mapped(layout) {
        // SAFETY: the block came from `alloc_zeroed` with this layout.
        unsafe { std::alloc::dealloc(ptr, layout) };
        return;
    }
    // SAFETY: the block is a mapping of this size (the caller's promise).
    unsafe { unmap(ptr, layout.size()) }
}

#[cfg(unix)]
fn map(size: usize) -> *mut u8 {
    // SAFETY: a new private anonymous mapping aliases nothing.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if ptr == libc::MAP_FAILED { std::ptr::null_mut() } else { ptr.cast() }
}

#[cfg(unix)]
unsafe fn unmap(ptr: *mut u8, size: usize) {
    // SAFETY: `ptr` and `size` describe a mapping made by `map` (the caller's
    // promise), which nothing uses any more.
    let result = unsafe { libc::munmap(ptr.cast(), size) };
    debug_assert_eq!(result, 0, "munmap failed");
}

#[cfg(not(unix))]
fn map(_size: usize) -> *mut u8 {
    unreachable!("blocks are mapped only on Unix")
}

#[cfg(not(unix))]
unsafe fn unmap(_ptr: *mut u8, _size: usize) {
    unreachable!("blocks are mapped only on Unix")
}
