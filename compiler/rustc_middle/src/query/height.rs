//! prustc: the height of every query result, so that the query depth limit
//! gives the same verdict whatever is already cached.
//!
//! Queries marked `depth_limit` (`layout_of`, `eval_to_const_value_raw`)
//! fail the compilation when too many of them run one inside the other.
//! Upstream counts only the frames live on the current thread, so a result
//! found in the cache counts for nothing, and whether a deep but finite chain
//! overflows depends on what was computed before it: under threads, on the
//! schedule. Here every result records its *height*, the largest number of
//! `depth_limit` frames on any path below and including it, whether those
//! frames ran afresh or were themselves found in the cache. A cache hit then
//! checks the limit as if the cached result had been computed right there:
//! live depth plus its height. A result's height depends only on what its
//! computation asks for, never on the cache, so the verdict is the same at
//! every thread count and in every order.
//!
//! What this module owns:
//! - [`QueryHeights`], the heights of finished results, indexed by their
//!   `DepNodeIndex` (a virtual one without incremental compilation, which
//!   every execution gets as well; virtual indices are odd exactly for
//!   results of a height other than 0, so that a hit on any other result,
//!   most of them, costs one test). Shared by all threads without a lock:
//!   one flat array for the first `FLAT_ENTRIES` indices, allocated zeroed
//!   up front (mapped from the kernel by `rustc_data_structures::lazy_zeroed`,
//!   so only the pages written to cost memory), then, for the largest
//!   crates, a `VecCache` (the query caches' lock-free buckets). Flat entries
//!   are atomics written once, when the result is finished and before it is
//!   published in its cache, and read by any thread afterwards; the
//!   `VecCache` publishes its entries in the same way. Most results have
//!   height 0 and are never written.
//! - [`note_cache_hit`], the cache-hit half of the rule. The running
//!   query's *sink* (an atomic in its `ImplicitCtxt`, shared with the
//!   parallel work it starts) collects the largest height among its
//!   children; the execution half, in `rustc_query_impl::plumbing`, turns
//!   that into the running query's own height when it finishes.
//!
//! What `rustc_query_impl` does with an overflow, wherever it is noticed:
//! one report that names the outermost live frame that counts and the depth
//! at which the limit was passed (not the live depth, which depends on what
//! was cached), and a reset, not a poisoning, of the jobs the overflow
//! unwinds through, so that every caller finds out from its own depth.
//! Together these make the output of an overflowing compilation the same at
//! every thread count.

use std::alloc;
use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU16, AtomicU32, Ordering};

use rustc_data_structures::lazy_zeroed;
use rustc_data_structures::marker::IntoDynSyncSend;
use rustc_data_structures::vec_cache::VecCache;

use crate::dep_graph::DepNodeIndex;
use crate::ty::TyCtxt;
use crate::ty::tls;

/// Indices below this are looked up in the flat array: enough for all but
/// the largest crates (8 MiB of address space, of which a crate touches the
/// pages its results' heights fall into).
const FLAT_ENTRIES: usize = 1 << 22;

/// The heights of finished query results; see the module documentation.
pub struct QueryHeights {
    /// An index `i` can have a height only if `i & may_have_height != 0`:
    /// 1 with virtual indices (odd ones), all bits with incremental
    /// compilation, whose indices say nothing about the height.
    may_have_height: u32,
    /// `FLAT_ENTRIES` entries, for the indices below that (`AtomicU16` is
    /// `Sync`, the wrapper says so to `DynSync`).
    flat: IntoDynSyncSend<ZeroedEntries>,
    /// For the indices above (the entry's own index as the cache's
    /// `DepNodeIndex`, which nothing reads).
    beyond: VecCache<DepNodeIndex, u16, DepNodeIndex>,
}

impl QueryHeights {
    pub fn new(incremental: bool) -> Self {
        let flat = ZeroedEntries::new(FLAT_ENTRIES);
        QueryHeights {
            may_have_height: if incremental { u32::MAX } else { 1 },
            flat: IntoDynSyncSend(flat),
            beyond: VecCache::default(),
        }
    }
}

/// `len` entries of 0 from `lazy_zeroed`: memory only for the pages written
/// to, whatever the global allocator would do with a zeroed block this large
/// (mimalloc zeroes it with `memset`, 2,000 page faults for the flat array).
struct ZeroedEntries {
    ptr: NonNull<AtomicU16>,
    len: usize,
}

// SAFETY: it owns its entries, like a `Box<[AtomicU16]>`, and they are atomics.
unsafe impl Send for ZeroedEntries {}
// SAFETY: as for `Send`.
unsafe impl Sync for ZeroedEntries {}

impl ZeroedEntries {
    fn new(len: usize) -> ZeroedEntries {
        assert!(len != 0);
        let layout = alloc::Layout::array::<AtomicU16>(len).unwrap();
        // SAFETY: the size is not 0.
        let ptr = unsafe { lazy_zeroed::alloc(layout) }.cast::<AtomicU16>();
        let Some(ptr) = NonNull::new(ptr) else { alloc::handle_alloc_error(layout) };
        ZeroedEntries { ptr, len }
    }
}

impl Deref for ZeroedEntries {
    type Target = [AtomicU16];

    #[inline(always)]
    fn deref(&self) -> &[AtomicU16] {
        // SAFETY: `len` entries, zeroed when allocated (an all-zero `AtomicU16`
        // is 0), live until `self` is dropped.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for ZeroedEntries {
    fn drop(&mut self) {
        let layout = alloc::Layout::array::<AtomicU16>(self.len).unwrap();
        // SAFETY: from `lazy_zeroed::alloc` with this layout, not used again.
        unsafe { lazy_zeroed::dealloc(self.ptr.as_ptr().cast(), layout) }
    }
}

impl QueryHeights {
    /// The height recorded for the result at `index`, 0 if none.
    #[inline(always)]
    pub fn get(&self, index: DepNodeIndex) -> u32 {
        let i = index.as_u32();
        if i & self.may_have_height == 0 {
            return 0;
        }
        match self.flat.0.get(i as usize) {
            Some(entry) => entry.load(Ordering::Relaxed) as u32,
            None => self.beyond.lookup(&index).map_or(0, |(height, _)| height as u32),
        }
    }

    /// Records the height of the result at `index` (heights above
    /// `u16::MAX` are kept as `u16::MAX`).
    pub fn set(&self, index: DepNodeIndex, height: u32) {
        if height == 0 {
            return;
        }
        let height = height.min(u16::MAX as u32) as u16;
        if let Some(entry) = self.flat.0.get(index.as_u32() as usize) {
            entry.store(height, Ordering::Relaxed);
            return;
        }
        self.beyond.complete(index, height, index);
    }
}

/// Raises `sink` to at least `height`. Plain load first: the sink is shared
/// with the parallel work of its query, and a store is rare.
#[inline]
pub fn raise_sink(sink: &AtomicU32, height: u32) {
    if sink.load(Ordering::Relaxed) < height {
        sink.fetch_max(height, Ordering::Relaxed);
    }
}

/// A query's result was found in its cache (or after waiting for the thread
/// computing it): count its height into the running query and check the
/// depth limit as if the result had been computed here.
#[inline(always)]
pub fn note_cache_hit(tcx: TyCtxt<'_>, index: DepNodeIndex) {
    let height = tcx.query_system.heights.get(index);
    if height == 0 {
        return;
    }
    // In constant evaluation most hits are on layouts, which have a height,
    // and nearly all of them on a height the running query already holds:
    // that case stays inline. Outside every query there is no sink and
    // nothing to check (a result that was computed is at most `limit + 1`
    // high), which `u32::MAX` expresses.
    let held = tls::with_context_opt(|icx| {
        icx.and_then(|icx| icx.query_height).map_or(u32::MAX, |sink| sink.load(Ordering::Relaxed))
    });
    if height > held {
        note_cache_hit_cold(tcx, height);
    }
}

#[cold]
#[inline(never)]
fn note_cache_hit_cold(tcx: TyCtxt<'_>, height: u32) {
    let overflow = tls::with_context_opt(|icx| {
        let sink = icx?.query_height?;
        // The sink only ever holds heights that passed the check below at
        // this query's depth (or the entry check of a fresh child, which is
        // the same bound), so a height it already holds passes too. That is
        // the common case, taken inline above; it is tested again here
        // because a parallel child may have raised the sink since.
        if height <= sink.load(Ordering::Relaxed) {
            return None;
        }
        raise_sink(sink, height);
        let icx = icx?;
        if icx.query_depth == 0 {
            return None;
        }
        // Computed here, the deepest frame below the hit would have been
        // entered with `query_depth + height - 1` frames live, and entering
        // is allowed while the live count is within the limit.
        let deepest_entry = icx.query_depth + height as usize - 1;
        if tcx.recursion_limit().value_within_limit(deepest_entry) {
            return None;
        }
        icx.query
    });
    if let Some(job) = overflow {
        (tcx.query_system.depth_overflow_fn)(tcx, job);
    }
}
