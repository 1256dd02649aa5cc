use std::sync::Mutex;

use super::*;
use crate::sync::{
    par_for_each_in, par_join, par_join_second_here, par_map, set_dyn_thread_safe_mode,
};

type Log = Mutex<Vec<(WorkKey, String)>>;

fn emit(log: &Log, what: String) {
    let key = deferred_output_key().expect("output inside a unit has a key");
    log.lock().unwrap().push((key, what));
}

/// A unit of work that outputs around nested constructs of every kind.
fn work(log: &Log, label: &str, depth: u32) {
    emit(log, format!("{label} begin"));
    if depth > 0 {
        par_for_each_in(0..5u32, |&i| work(log, &format!("{label}.{i}"), depth - 1));
        let lens: Vec<usize> = par_map(0..3u32, |i| {
            emit(log, format!("{label} map {i}"));
            i as usize
        });
        assert_eq!(lens, [0, 1, 2]);
    }
    par_join(|| emit(log, format!("{label} left")), || emit(log, format!("{label} right")));
    let caller = std::thread::current().id();
    let (first, second) = par_join_second_here(
        || {
            emit(log, format!("{label} first"));
            1
        },
        || {
            // Under threads the second operation runs on the calling thread.
            assert_eq!(std::thread::current().id(), caller);
            emit(log, format!("{label} second"));
            2
        },
    );
    assert_eq!((first, second), (1, 2));
    emit(log, format!("{label} end"));
}

/// What the same work outputs when run in order on one thread.
fn serial(out: &mut Vec<String>, label: &str, depth: u32) {
    out.push(format!("{label} begin"));
    if depth > 0 {
        for i in 0..5 {
            serial(out, &format!("{label}.{i}"), depth - 1);
        }
        for i in 0..3 {
            out.push(format!("{label} map {i}"));
        }
    }
    out.push(format!("{label} left"));
    out.push(format!("{label} right"));
    out.push(format!("{label} first"));
    out.push(format!("{label} second"));
    out.push(format!("{label} end"));
}

fn sorted(log: Log) -> Vec<String> {
    let mut entries = log.into_inner().unwrap();
    let before = entries.len();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries.dedup_by(|a, b| a.0 == b.0);
    assert_eq!(entries.len(), before, "two outputs got the same key");
    entries.into_iter().map(|(_, what)| what).collect()
}

#[test]
fn keys_give_the_serial_order_at_any_thread_count() {
    // The mode is global to the process; no other test of this crate sets it.
    set_dyn_thread_safe_mode(true);
    let mut expected = Vec::new();
    for i in 0..40 {
        serial(&mut expected, &i.to_string(), 2);
    }
    for threads in [1, 2, 4, 8] {
        let pool = rustc_thread_pool::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        for _ in 0..3 {
            let log = Log::default();
            pool.install(|| {
                assert!(deferred_output_key().is_none(), "the driver is outside every unit");
                par_for_each_in(0..40u32, |&i| work(&log, &i.to_string(), 2));
                assert!(deferred_output_key().is_none(), "the position is restored");
            });
            assert_eq!(sorted(log), expected, "at {threads} threads");
        }
    }
}

#[test]
fn positions_are_restored_when_a_unit_panics() {
    let base = begin_construct();
    let outer = deferred_output_key();
    let caught = std::panic::catch_unwind(|| {
        base.run_unit(3, || {
            assert!(deferred_output_key().is_some());
            panic!("unit fails");
        })
    });
    assert!(caught.is_err());
    // Back at the driver's position, which has no key.
    assert_eq!(outer, None);
    assert_eq!(deferred_output_key(), None);
}

#[test]
fn later_events_of_a_position_sort_after_its_constructs() {
    let base = begin_construct();
    let (first, construct, last) = base.run_unit(0, || {
        let first = deferred_output_key().unwrap();
        let inner = begin_construct();
        let construct = inner.run_unit(7, || deferred_output_key().unwrap());
        (first, construct, deferred_output_key().unwrap())
    });
    assert!(first < construct && construct < last);
}
