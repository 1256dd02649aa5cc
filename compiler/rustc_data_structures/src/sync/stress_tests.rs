//! prustc: stress tests of the sync layer with several threads, and of its
//! single-thread mode.
//!
//! The thread-safety mode is global to the process and set once
//! (`set_dyn_thread_safe_mode`); every test here but one runs in the
//! thread-safe mode, as the compiler does at `-Z threads` > 1. The
//! single-thread mode is tested in a child process: `single_thread_mode`
//! re-runs this test binary on itself with `PRUSTC_SYNC_SERIAL_CHILD` set.
//!
//! Each test makes its threads overlap on purpose (a `yield_now` inside a
//! critical section, many more threads than cores), so that a lock that does
//! not exclude, or a map that interns twice, shows up as a wrong count rather
//! than as a rare flake. A watchdog aborts the process if a test hangs.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

use crate::sharded::{self, ShardedHashMap};
use crate::sync::{
    AppendOnlyMap, DynSync, FromDyn, Lock, Registry, RwLock, WorkerLocal, check_dyn_thread_safe,
    is_dyn_thread_safe, par_for_each_in, par_map, set_dyn_thread_safe_mode,
};

const THREADS: usize = 8;
const ROUNDS: usize = 2_000;

/// Aborts the whole test process if `f` does not return within a minute: a
/// deadlock must fail the suite, not stall it.
fn with_watchdog<R>(what: &'static str, f: impl FnOnce() -> R) -> R {
    let done = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&done);
    thread::spawn(move || {
        for _ in 0..600 {
            thread::sleep(Duration::from_millis(100));
            if flag.load(Ordering::SeqCst) {
                return;
            }
        }
        eprintln!("{what}: still running after 60s (deadlock?)");
        std::process::abort();
    });
    let r = f();
    done.store(true, Ordering::SeqCst);
    r
}

fn parallel_mode() {
    set_dyn_thread_safe_mode(true);
}

/// `value` for other threads: the sync layer's types are `DynSync`, which is
/// `Sync` only once the thread-safe mode is on.
fn shared<T: DynSync + ?Sized>(value: &T) -> FromDyn<&T> {
    check_dyn_thread_safe().expect("the thread-safe mode is on").derive(value)
}

/// A thread pool like the compiler's: `threads` workers, each registered
/// for `WorkerLocal`.
fn pool(threads: usize) -> rustc_thread_pool::ThreadPool {
    let registry = Registry::new(std::num::NonZero::new(threads).unwrap());
    rustc_thread_pool::ThreadPoolBuilder::new()
        .num_threads(threads)
        .spawn_handler(move |thread| {
            let registry = registry.clone();
            thread::Builder::new().spawn(move || {
                registry.register();
                thread.run()
            })?;
            Ok(())
        })
        .build()
        .unwrap()
}

#[test]
fn lock_excludes_and_loses_no_update() {
    parallel_mode();
    with_watchdog("lock_excludes_and_loses_no_update", || {
        let counter = Lock::new(0usize);
        let tries = AtomicUsize::new(0);
        thread::scope(|s| {
            for t in 0..THREADS {
                let (counter, tries) = (shared(&counter), &tries);
                s.spawn(move || {
                    let counter = *counter;
                    for i in 0..ROUNDS {
                        // A read-modify-write split by a yield: without
                        // exclusion, concurrent updates get lost.
                        let mut guard = if (i + t) % 3 == 0 {
                            loop {
                                if let Some(guard) = counter.try_lock() {
                                    break guard;
                                }
                                tries.fetch_add(1, Ordering::Relaxed);
                                thread::yield_now();
                            }
                        } else {
                            counter.lock()
                        };
                        let seen = *guard;
                        if i % 16 == 0 {
                            thread::yield_now();
                        }
                        *guard = seen + 1;
                    }
                });
            }
        });
        assert_eq!(counter.into_inner(), THREADS * ROUNDS);
    });
}

#[test]
fn rwlock_readers_never_see_a_partial_write() {
    parallel_mode();
    with_watchdog("rwlock_readers_never_see_a_partial_write", || {
        let pair = RwLock::new((0usize, 0usize));
        let reads = AtomicUsize::new(0);
        thread::scope(|s| {
            for t in 0..THREADS {
                let (pair, reads) = (&pair, &reads);
                s.spawn(move || {
                    for i in 0..ROUNDS {
                        if t % 2 == 0 {
                            let mut w = pair.write();
                            w.0 += 1;
                            if i % 16 == 0 {
                                thread::yield_now();
                            }
                            w.1 += 1;
                        } else {
                            let r = pair.read();
                            assert_eq!(r.0, r.1, "a reader saw half of a write");
                            reads.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                });
            }
        });
        let writes = THREADS.div_ceil(2) * ROUNDS;
        assert_eq!(pair.into_inner(), (writes, writes));
        assert_eq!(reads.into_inner(), (THREADS / 2) * ROUNDS);
    });
}

/// A value made at most once per key: `made` counts the calls of `make`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
struct Interned(&'static u64);

impl std::borrow::Borrow<u64> for Interned {
    fn borrow(&self) -> &u64 {
        self.0
    }
}

#[test]
fn sharded_map_interns_each_value_once() {
    parallel_mode();
    assert_eq!(sharded::shards(), 32, "the thread-safe mode shards its maps");
    with_watchdog("sharded_map_interns_each_value_once", || {
        let map: ShardedHashMap<Interned, ()> = ShardedHashMap::default();
        let made = AtomicUsize::new(0);
        const VALUES: u64 = 5_000;
        let results: Vec<Vec<Interned>> = thread::scope(|s| {
            let handles: Vec<_> = (0..THREADS)
                .map(|t| {
                    let (map, made) = (shared(&map), &made);
                    s.spawn(move || {
                        let map = *map;
                        // Every thread interns every value, each in its own order.
                        let mut got = vec![None; VALUES as usize];
                        for k in 0..VALUES {
                            let v = (k * 7919 + t as u64 * 104_729) % VALUES;
                            let interned = map.intern(v, |v| {
                                made.fetch_add(1, Ordering::Relaxed);
                                Interned(Box::leak(Box::new(v)))
                            });
                            assert_eq!(*interned.0, v);
                            got[v as usize] = Some(interned);
                        }
                        got.into_iter().map(Option::unwrap).collect()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(made.into_inner(), VALUES as usize, "a value was made twice");
        assert_eq!(map.len(), VALUES as usize);
        for other in &results[1..] {
            for (a, b) in results[0].iter().zip(other) {
                assert!(std::ptr::eq(a.0, b.0), "two threads got different interned values");
            }
        }
    });
}

#[test]
fn sharded_map_insert_and_get_from_many_threads() {
    parallel_mode();
    with_watchdog("sharded_map_insert_and_get_from_many_threads", || {
        let map: ShardedHashMap<u64, u64> = ShardedHashMap::default();
        thread::scope(|s| {
            for t in 0..THREADS as u64 {
                let map = shared(&map);
                s.spawn(move || {
                    let map = *map;
                    for k in 0..ROUNDS as u64 {
                        let key = k * THREADS as u64 + t;
                        assert_eq!(map.insert(key, key * 2), None);
                        assert_eq!(map.get(&key), Some(key * 2));
                        assert_eq!(map.get_or_insert_with(key, || unreachable!()), key * 2);
                    }
                });
            }
        });
        assert_eq!(map.len(), THREADS * ROUNDS);
    });
}

#[test]
fn append_only_map_lookups_see_whole_entries_while_it_grows() {
    parallel_mode();
    with_watchdog("append_only_map_lookups_see_whole_entries_while_it_grows", || {
        // Three words, so that a value read while being written would show
        // as words that disagree.
        let value = |k: u64| [k, !k, k.rotate_left(17)];
        let map: AppendOnlyMap<[u64; 3]> = AppendOnlyMap::new();
        const KEYS: u64 = 20_000;
        let stored = AtomicUsize::new(0);
        let writing = AtomicUsize::new(THREADS / 2);
        thread::scope(|s| {
            for t in 0..THREADS as u64 {
                let (map, stored, writing) = (shared(&map), &stored, &writing);
                s.spawn(move || {
                    let map = *map;
                    if t % 2 == 0 {
                        // Every writer inserts every key, each in its own
                        // order; one insert of each key must win.
                        for i in 0..KEYS {
                            let k = 1 + (i * 7919 + t * 104_729) % KEYS;
                            if map.insert(k, value(k)) {
                                stored.fetch_add(1, Ordering::Relaxed);
                            }
                            if i % 1024 == 0 {
                                thread::yield_now();
                            }
                        }
                        writing.fetch_sub(1, Ordering::Release);
                    } else {
                        // Readers: an entry once found stays found, and is
                        // always whole.
                        let mut seen = vec![false; KEYS as usize + 1];
                        loop {
                            let last = writing.load(Ordering::Acquire) == 0;
                            for k in 1..=KEYS {
                                match map.get(k) {
                                    Some(v) => {
                                        assert_eq!(v, value(k), "a torn or wrong value");
                                        seen[k as usize] = true;
                                    }
                                    None => {
                                        assert!(!seen[k as usize], "key {k} was found, then lost");
                                        assert!(!last, "key {k} missing after every insert");
                                    }
                                }
                            }
                            if last {
                                break;
                            }
                        }
                    }
                });
            }
        });
        assert_eq!(stored.into_inner(), KEYS as usize, "a key was stored twice or not at all");
        assert_eq!(map.len(), KEYS as usize);
    });
}

#[test]
fn worker_local_gives_each_worker_its_own_value() {
    parallel_mode();
    with_watchdog("worker_local_gives_each_worker_its_own_value", || {
        for threads in [1, 2, 4, THREADS] {
            let pool = pool(threads);
            let totals: Vec<(usize, usize)> = pool.install(|| {
                // Each slot counts the units its worker ran; a cell is not
                // `Sync`, so two workers sharing one would be a data race.
                let locals = WorkerLocal::new(|index| (index, Cell::new(0usize)));
                let units = AtomicUsize::new(0);
                par_for_each_in(0..1_000usize, |_| {
                    let (_, cell) = &*locals;
                    cell.set(cell.get() + 1);
                    units.fetch_add(1, Ordering::Relaxed);
                });
                assert_eq!(units.into_inner(), 1_000);
                locals.into_inner().map(|(index, cell)| (index, cell.get())).collect()
            });
            assert_eq!(totals.len(), threads, "one value per worker");
            let indices: Vec<usize> = totals.iter().map(|&(index, _)| index).collect();
            assert_eq!(indices, (0..threads).collect::<Vec<_>>());
            assert_eq!(totals.iter().map(|&(_, n)| n).sum::<usize>(), 1_000, "at {threads} threads");
        }
    });
}

#[test]
fn parallel_loops_run_every_unit_and_report_a_panic_once() {
    parallel_mode();
    with_watchdog("parallel_loops_run_every_unit_and_report_a_panic_once", || {
        for threads in [1, 2, 4, THREADS] {
            let pool = pool(threads);
            pool.install(|| {
                let ran = AtomicUsize::new(0);
                let caught = catch_unwind(AssertUnwindSafe(|| {
                    par_for_each_in(0..200usize, |&i| {
                        ran.fetch_add(1, Ordering::Relaxed);
                        if i % 50 == 7 {
                            panic!("unit {i} fails");
                        }
                    })
                }));
                assert!(caught.is_err(), "a failing unit fails the loop");
                assert_eq!(ran.into_inner(), 200, "the other units still run");
                let squares: Vec<usize> = par_map(0..500usize, |i| i * i);
                assert_eq!(squares, (0..500).map(|i| i * i).collect::<Vec<_>>());
            });
        }
    });
}

/// A latch like the query system's `QueryLatch`: a job's waiters block on it
/// until the job completes, or until the deadlock handler resumes one of them
/// with a cycle error.
#[derive(Default)]
struct Latch {
    waiters: Mutex<Option<Vec<Arc<Waiter>>>>,
}

#[derive(Default)]
struct Waiter {
    condvar: Condvar,
    cycle: Mutex<bool>,
}

impl Latch {
    fn new() -> Self {
        Latch { waiters: Mutex::new(Some(Vec::new())) }
    }

    /// Ok when the job completed, Err when resumed to break a cycle.
    fn wait(&self) -> Result<(), ()> {
        let mut guard = self.waiters.lock().unwrap();
        let Some(waiters) = guard.as_mut() else { return Ok(()) };
        let waiter = Arc::new(Waiter::default());
        waiters.push(Arc::clone(&waiter));
        rustc_thread_pool::mark_blocked();
        let guard = waiter.condvar.wait(guard).unwrap();
        drop(guard);
        if *waiter.cycle.lock().unwrap() { Err(()) } else { Ok(()) }
    }

    fn set(&self) {
        let waiters = self.waiters.lock().unwrap().take().unwrap();
        let registry = rustc_thread_pool::Registry::current();
        for waiter in waiters {
            rustc_thread_pool::mark_unblocked(&registry);
            waiter.condvar.notify_one();
        }
    }

    /// What the deadlock handler does: resume one waiter with a cycle error.
    fn break_cycle(&self, registry: &rustc_thread_pool::Registry) -> bool {
        let mut guard = self.waiters.lock().unwrap();
        let Some(waiter) = guard.as_mut().and_then(|w| w.pop()) else { return false };
        *waiter.cycle.lock().unwrap() = true;
        rustc_thread_pool::mark_unblocked(registry);
        waiter.condvar.notify_one();
        true
    }
}

/// Runs `jobs` units on a pool of as many threads; unit `i` waits for the
/// job `waits_on(i)` (if any) and then completes its own. Returns how often
/// the deadlock handler ran and which units were resumed with a cycle error.
fn run_jobs(jobs: usize, waits_on: impl Fn(usize) -> Option<usize> + Sync) -> (usize, Vec<usize>) {
    let latches: Arc<Vec<Latch>> = Arc::new((0..jobs).map(|_| Latch::new()).collect());
    let handled = Arc::new(AtomicUsize::new(0));
    let (latches2, handled2) = (Arc::clone(&latches), Arc::clone(&handled));
    let pool = rustc_thread_pool::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .deadlock_handler(move || {
            // Called with the pool's sleep state locked, like the compiler's
            // handler it hands the work to a new thread.
            handled2.fetch_add(1, Ordering::SeqCst);
            let registry = rustc_thread_pool::Registry::current();
            let latches = Arc::clone(&latches2);
            thread::spawn(move || {
                assert!(
                    latches.iter().any(|latch| latch.break_cycle(&registry)),
                    "a deadlock without a waiter to resume"
                );
            });
        })
        .build()
        .unwrap();
    let cycle_errors = Mutex::new(Vec::new());
    // All units must have started before any waits: a unit waiting on a job
    // that has not started yet is not a cycle.
    let started = std::sync::Barrier::new(jobs);
    pool.scope(|s| {
        for i in 0..jobs {
            let (latches, waits_on, cycle_errors, started) =
                (&latches, &waits_on, &cycle_errors, &started);
            s.spawn(move |_| {
                started.wait();
                if let Some(j) = waits_on(i) {
                    if latches[j].wait().is_err() {
                        cycle_errors.lock().unwrap().push(i);
                    }
                }
                latches[i].set();
            });
        }
    });
    let mut errors = cycle_errors.into_inner().unwrap();
    errors.sort();
    (handled.load(Ordering::SeqCst), errors)
}

#[test]
fn deadlock_handler_breaks_a_cycle_of_waiting_jobs() {
    parallel_mode();
    with_watchdog("deadlock_handler_breaks_a_cycle_of_waiting_jobs", || {
        for jobs in [2, 3, 4, THREADS] {
            for _ in 0..10 {
                let (handled, errors) = run_jobs(jobs, |i| Some((i + 1) % jobs));
                assert_eq!(handled, 1, "one deadlock, handled once ({jobs} jobs)");
                assert_eq!(errors.len(), 1, "one waiter resumed with the cycle: {errors:?}");
            }
        }
    });
}

#[test]
fn deadlock_handler_is_not_called_for_a_chain_that_completes() {
    parallel_mode();
    with_watchdog("deadlock_handler_is_not_called_for_a_chain_that_completes", || {
        for jobs in [2, 4, THREADS] {
            for _ in 0..10 {
                // Job i waits for job i + 1; the last waits for nothing.
                let (handled, errors) = run_jobs(jobs, |i| (i + 1 < jobs).then_some(i + 1));
                assert_eq!((handled, errors), (0, vec![]));
            }
        }
    });
}

const SERIAL_CHILD: &str = "PRUSTC_SYNC_SERIAL_CHILD";

/// What the single-thread mode promises, checked in a child process that
/// sets it (see the module doc).
fn serial_mode_checks() {
    set_dyn_thread_safe_mode(false);
    assert!(!is_dyn_thread_safe());

    // `Lock` is a cell: `try_lock` fails while held, `lock` panics.
    let lock = Lock::new(1u32);
    let guard = lock.lock();
    assert!(lock.try_lock().is_none());
    assert!(catch_unwind(AssertUnwindSafe(|| drop(lock.lock()))).is_err());
    drop(guard);
    *lock.try_lock().unwrap() += 1;
    assert_eq!(lock.into_inner(), 2);

    // One shard; the map still works.
    assert_eq!(sharded::shards(), 1);
    let map: ShardedHashMap<u64, u64> = ShardedHashMap::default();
    for k in 0..100 {
        map.insert(k, k + 1);
    }
    assert_eq!((map.len(), map.get(&7)), (100, Some(8)));

    // Parallel constructs run every unit in order on this thread.
    let me = thread::current().id();
    let order = Mutex::new(Vec::new());
    par_for_each_in(0..50usize, |&i| {
        assert_eq!(thread::current().id(), me);
        order.lock().unwrap().push(i);
    });
    assert_eq!(order.into_inner().unwrap(), (0..50).collect::<Vec<_>>());
    let doubled: Vec<usize> = par_map(0..50usize, |i| i * 2);
    assert_eq!(doubled, (0..50).map(|i| i * 2).collect::<Vec<_>>());

    // One worker: the current thread.
    let registry = Registry::new(std::num::NonZero::new(1).unwrap());
    registry.register();
    let local = WorkerLocal::new(|index| Cell::new(index + 10));
    local.set(local.get() + 1);
    assert_eq!(local.into_inner().map(|c| c.get()).collect::<Vec<_>>(), [11]);
}

#[test]
fn single_thread_mode() {
    if std::env::var_os(SERIAL_CHILD).is_some() {
        return serial_mode_checks();
    }
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args(["--exact", "sync::stress_tests::single_thread_mode", "--test-threads=1"])
        .env(SERIAL_CHILD, "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "the single-thread mode checks failed in the child process:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
