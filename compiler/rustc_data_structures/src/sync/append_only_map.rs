//! prustc: `AppendOnlyMap`, a map from nonzero `u64` keys to `Copy` values to
//! which entries are only ever added, and whose lookups take no lock and write
//! no memory.
//!
//! It holds the query results of other crates' items (the foreign half of
//! `rustc_middle`'s `DefIdCache`). Such a cache is read far more often than it
//! is filled, and from every thread. Behind a sharded hash map every hit takes
//! a shard's lock: at one thread that is a test of the thread-safety mode and
//! a borrow flag set and cleared; at several threads a `lock cmpxchg` on a
//! cache line that then moves to the core that took it, so two threads that
//! only read the same cache slow each other down.
//!
//! Shared across threads, and how:
//!
//! - `table`: the current table, open-addressed with linear probing and never
//!   more than half full. A lookup reads it with an acquire load. Only a
//!   writer holding `writer` replaces it, by a table twice its size that
//!   already holds every entry, published with a release store. A replaced
//!   table is never written again and is kept until the map is dropped,
//!   since a lookup may still be probing it; the tables a map replaced
//!   together are smaller than its current one.
//! - each slot: its value is written once, then its key (0 until then) with a
//!   release store. A lookup that reads the key it wants with an acquire load
//!   reads a value that is complete and never changes again.
//! - `writer`: a [`Lock`] taken by inserts, growth, iteration and `len`, never
//!   by lookups.
//!
//! Inserting a key that is present keeps the value already there (the query
//! system may complete a query twice, with the same value).
//!
//! A lookup that overlaps an insert of its key may miss the entry; the caller
//! then does what it does on any miss. Whatever is ordered after the insert
//! by a lock (the query system removes a finished job from its active-jobs
//! map only after it has stored the result, and a thread that then finds no
//! job looks the result up again under that map's lock) sees the entry.

use std::cell::UnsafeCell;
use std::fmt;
use std::mem::MaybeUninit;
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};

use crate::sync::{CacheAligned, DynSend, DynSync, Lock};

#[cfg(test)]
mod tests;

/// The capacity of a map's first table.
const FIRST_CAPACITY: usize = 16;

pub struct AppendOnlyMap<V> {
    /// Null until the first insert. Its own cache line: inserts write
    /// `writer`'s line, lookups read only this one and the table's slots.
    table: CacheAligned<AtomicPtr<Table<V>>>,
    writer: CacheAligned<Lock<Writer<V>>>,
}

struct Writer<V> {
    len: usize,
    /// Every table the map has had, the current one last. Each comes from
    /// `Box::into_raw` and is freed when the map is dropped.
    tables: Vec<*mut Table<V>>,
}

struct Table<V> {
    /// 64 minus the base-2 logarithm of the number of slots.
    shift: u32,
    /// A power of two in number.
    slots: Box<[Slot<V>]>,
}

struct Slot<V> {
    /// 0 while the slot is empty.
    key: AtomicU64,
    /// Written once, before `key`.
    value: UnsafeCell<MaybeUninit<V>>,
}

impl<V: Copy> Table<V> {
    fn with_capacity(capacity: usize) -> Table<V> {
        debug_assert!(capacity.is_power_of_two() && capacity >= FIRST_CAPACITY);
        let slots = (0..capacity)
            .map(|_| Slot { key: AtomicU64::new(0), value: UnsafeCell::new(MaybeUninit::uninit()) })
            .collect();
        Table { shift: 64 - capacity.trailing_zeros(), slots }
    }

    /// Where the probe for `key` starts: the top bits of a multiplicative
    /// hash, which depend on every bit of the key.
    #[inline(always)]
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    #[inline(always)]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot that holds `key`, or else the empty slot where it belongs.
    /// There is always an empty slot: a table is never more than half full.
    #[inline(always)]
    fn probe(&self, key: u64, order: Ordering) -> (&Slot<V>, bool) {
        let mask = self.mask();
        let mut i = self.home(key);
        loop {
            // SAFETY: `i` is masked to the table's length, a power of two.
            let slot = unsafe { self.slots.get_unchecked(i) };
            let found = slot.key.load(order);
            if found == 0 {
                return (slot, false);
            }
            if found == key {
                return (slot, true);
            }
            i = (i + 1) & mask;
        }
    }

    /// Only for a writer holding the map's `writer` lock (or for a table not
    /// yet published), and only on an empty slot.
    fn fill(slot: &Slot<V>, key: u64, value: V) {
        // SAFETY: the slot is empty, so no lookup reads its value (lookups
        // read a value only after finding its key), and the caller is the
        // only writer.
        unsafe { (*slot.value.get()).write(value) };
        slot.key.store(key, Ordering::Release);
    }

    /// # Safety
    ///
    /// `slot` holds a key, so its value has been written.
    #[inline(always)]
    unsafe fn value(slot: &Slot<V>) -> V {
        // SAFETY: written before the key that the caller saw, and never
        // written again.
        unsafe { (*slot.value.get()).assume_init_read() }
    }
}

impl<V> AppendOnlyMap<V> {
    pub fn new() -> Self {
        AppendOnlyMap {
            table: CacheAligned(AtomicPtr::new(std::ptr::null_mut())),
            writer: CacheAligned(Lock::new(Writer { len: 0, tables: Vec::new() })),
        }
    }
}

impl<V: Copy> AppendOnlyMap<V> {
    /// The value stored for `key`, if any. Takes no lock and writes nothing.
    #[inline]
    pub fn get(&self, key: u64) -> Option<V> {
        let table = self.table.0.load(Ordering::Acquire);
        if table.is_null() {
            return None;
        }
        // SAFETY: a published table lives as long as the map.
        let table = unsafe { &*table };
        match table.probe(key, Ordering::Acquire) {
            // SAFETY: the slot holds a key.
            (slot, true) => Some(unsafe { Table::value(slot) }),
            (_, false) => None,
        }
    }

    /// Stores `value` for `key` unless the map holds `key` already; returns
    /// whether it stored it.
    ///
    /// # Panics
    ///
    /// If `key` is 0, which marks an empty slot.
    pub fn insert(&self, key: u64, value: V) -> bool {
        assert_ne!(key, 0, "AppendOnlyMap: the key 0 is reserved");
        let mut writer = self.writer.0.lock();
        // Only a holder of `writer` replaces the table.
        let mut table = self.table.0.load(Ordering::Relaxed);
        if !table.is_null() {
            // SAFETY: published, so alive as long as the map.
            if let (_, true) = unsafe { &*table }.probe(key, Ordering::Relaxed) {
                return false;
            }
        }
        // SAFETY: as above.
        if table.is_null() || (writer.len + 1) * 2 > unsafe { &*table }.slots.len() {
            table = self.grow(&mut writer, table);
        }
        // SAFETY: as above.
        let (slot, found) = unsafe { &*table }.probe(key, Ordering::Relaxed);
        debug_assert!(!found);
        Table::fill(slot, key, value);
        writer.len += 1;
        true
    }

    /// Publishes a table twice the size of `old` (or the first table) holding
    /// every entry of `old`.
    #[cold]
    fn grow(&self, writer: &mut Writer<V>, old: *mut Table<V>) -> *mut Table<V> {
        let new = if old.is_null() {
            Table::with_capacity(FIRST_CAPACITY)
        } else {
            // SAFETY: published, so alive as long as the map; no other
            // writer, since we hold `writer`.
            let old = unsafe { &*old };
            let new = Table::with_capacity(old.slots.len() * 2);
            for slot in old.slots.iter() {
                let key = slot.key.load(Ordering::Relaxed);
                if key != 0 {
                    let (to, _) = new.probe(key, Ordering::Relaxed);
                    // SAFETY: the slot holds a key.
                    Table::fill(to, key, unsafe { Table::value(slot) });
                }
            }
            new
        };
        let new = Box::into_raw(Box::new(new));
        writer.tables.push(new);
        self.table.0.store(new, Ordering::Release);
        new
    }

    /// Calls `f` on every entry, in the table's order, which depends on the
    /// order of the inserts. Holds the writer lock meanwhile: `f` must not
    /// insert into this map.
    pub fn for_each(&self, mut f: impl FnMut(u64, V)) {
        let _writer = self.writer.0.lock();
        let table = self.table.0.load(Ordering::Relaxed);
        if table.is_null() {
            return;
        }
        // SAFETY: published, so alive as long as the map.
        for slot in unsafe { &*table }.slots.iter() {
            let key = slot.key.load(Ordering::Relaxed);
            if key != 0 {
                // SAFETY: the slot holds a key.
                f(key, unsafe { Table::value(slot) });
            }
        }
    }

    pub fn len(&self) -> usize {
        self.writer.0.lock().len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<V> Default for AppendOnlyMap<V> {
    fn default() -> Self {
        AppendOnlyMap::new()
    }
}

// SAFETY (`may_dangle`): dropping the map frees its tables and neither reads
// nor drops a value (the slots hold `MaybeUninit`), so the values may borrow
// from something already gone: the query caches hold values borrowed from
// arenas that are dropped before them.
unsafe impl<#[may_dangle] V> Drop for AppendOnlyMap<V> {
    fn drop(&mut self) {
        for &table in &self.writer.0.get_mut().tables {
            // SAFETY: from `Box::into_raw`, freed once; no lookup can run
            // while the map is being dropped. Tables are made only by
            // inserts, which take `Copy` values: the slots need no drop.
            drop(unsafe { Box::from_raw(table) });
        }
    }
}

impl<V> fmt::Debug for AppendOnlyMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppendOnlyMap").finish_non_exhaustive()
    }
}

// SAFETY: the map owns its tables and values; moving it moves them.
unsafe impl<V: Send> Send for AppendOnlyMap<V> {}
// SAFETY: as above; `writer` is a `Lock`, shareable where `DynSync` holds.
unsafe impl<V: DynSend> DynSend for AppendOnlyMap<V> {}
// SAFETY: lookups copy values out on any thread (`DynSync` of `V`), inserts
// move values in from any thread (`DynSend`); slots are written only under
// `writer` and published as the module documentation says.
unsafe impl<V: DynSend + DynSync> DynSync for AppendOnlyMap<V> {}
