//! prustc: where running code sits in the tree of parallel work, so that
//! output produced in parallel can be put in the order a serial run gives it.
//!
//! Every parallel construct of [`super::parallel`] (`par_for_each_in`,
//! `try_par_for_each_in`, `par_map`, `par_fns`, `par_join`, `spawn`) numbers
//! its units of work in their serial order. Code running in unit `i` of a
//! construct whose base is `b` is at position `b ++ [i]`. Code at a position
//! numbers the events whose order matters (a construct it starts, an output
//! it defers) in the order it reaches them; the `k`-th gets the key
//! `position ++ [k]`.
//!
//! The numbering depends only on what each unit's own code does, never on
//! which thread runs the unit or when. Sorting keys lexicographically
//! therefore gives the order in which a serial run (`-Z threads=1`, where
//! every unit runs in order on one thread) reaches the same events. Code
//! outside every unit (the driver between parallel phases) is at the empty
//! position and gets no key: what it outputs can go out at once, after
//! everything deferred so far.
//!
//! A query whose result is shared by several units runs in whichever unit
//! reaches it first, so what it outputs is keyed by that unit; at one thread
//! that is the first unit in serial order, at several it may be a later one.
//! Such output is ordered deterministically only when it comes from the
//! unit's own work (see src/doc/prustc/determinism.md).
//!
//! Shared across threads: nothing. The position is thread-local; a unit
//! sets it when it starts on a thread and restores the previous one when it
//! ends (also on unwinding), which covers a thread that runs another unit
//! while it waits for a query (work stealing nests on the same stack).

use std::cell::RefCell;

#[derive(Default)]
struct Position {
    path: Vec<u32>,
    next: u32,
}

thread_local! {
    static CURRENT: RefCell<Position> = RefCell::new(Position::default());
}

/// Orders one event among all events of a compilation the way a serial run
/// orders them (lexicographic order of the path).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WorkKey(Vec<u32>);

fn next_event(p: &mut Position) -> Vec<u32> {
    let mut key = Vec::with_capacity(p.path.len() + 1);
    key.extend_from_slice(&p.path);
    key.push(p.next);
    p.next += 1;
    key
}

/// The base of a parallel construct; its units run at `base ++ [index]`.
pub(super) struct ConstructBase(Vec<u32>);

/// Starts a construct at the current position (the construct is one event
/// of that position).
pub(super) fn begin_construct() -> ConstructBase {
    ConstructBase(CURRENT.with_borrow_mut(next_event))
}

impl ConstructBase {
    /// Runs unit `index` of the construct, at its position, on this thread.
    pub(super) fn run_unit<R>(&self, index: usize, f: impl FnOnce() -> R) -> R {
        struct Restore(Option<Position>);
        impl Drop for Restore {
            fn drop(&mut self) {
                let saved = self.0.take().unwrap();
                CURRENT.with_borrow_mut(|p| *p = saved);
            }
        }
        let mut path = Vec::with_capacity(self.0.len() + 1);
        path.extend_from_slice(&self.0);
        path.push(u32::try_from(index).unwrap());
        let saved = CURRENT.with_borrow_mut(|p| std::mem::replace(p, Position { path, next: 0 }));
        let _restore = Restore(Some(saved));
        f()
    }
}

/// The key under which output produced now must be deferred, or `None` when
/// the current thread is outside every unit of parallel work, where output
/// may be written at once (after flushing what was deferred).
pub fn deferred_output_key() -> Option<WorkKey> {
    CURRENT.with_borrow_mut(|p| if p.path.is_empty() { None } else { Some(WorkKey(next_event(p))) })
}

/// The key of output produced now, at any position including the driver's,
/// for output that is collected and sorted before it is written.
pub fn output_key() -> WorkKey {
    CURRENT.with_borrow_mut(|p| WorkKey(next_event(p)))
}

#[cfg(test)]
mod tests;
