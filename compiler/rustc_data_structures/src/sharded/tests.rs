//! prustc: `InternCache` in front of a `ShardedHashMap` interner.
//!
//! The tests run in the parallel mode, as the sync layer's stress tests do
//! (the mode is set once per process): the maps have all their shards.

use std::cell::Cell;

use super::{InternCache, ShardedHashMap};
use crate::sync::{check_dyn_thread_safe, set_dyn_thread_safe_mode};

fn new_map<K>() -> ShardedHashMap<K, ()> {
    set_dyn_thread_safe_mode(true);
    Default::default()
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn leak_string(s: String) -> &'static String {
    Box::leak(Box::new(s))
}

#[test]
fn a_hit_returns_what_the_map_holds_without_making_anything() {
    let map: ShardedHashMap<&'static str, ()> = new_map();
    let cache = InternCache::new(64);
    let made = Cell::new(0);
    let make = |s: &str| {
        made.set(made.get() + 1);
        leak(s)
    };
    let a = map.intern_ref_cached(Some(&cache), "abc", || make("abc"));
    let b = map.intern_ref_cached(Some(&cache), "abc", || make("abc"));
    let c = map.intern_ref(&*"abc".to_owned(), || make("abc"));
    assert_eq!(made.get(), 1);
    assert!(std::ptr::eq(a, b) && std::ptr::eq(a, c));
    assert_eq!(map.len(), 1);
}

#[test]
fn a_value_interned_elsewhere_is_found_and_then_cached() {
    let map: ShardedHashMap<&'static String, ()> = new_map();
    let first = map.intern("x".to_owned(), leak_string);
    let cache = InternCache::new(16);
    let got = map.intern_cached(Some(&cache), "x".to_owned(), |_| unreachable!());
    assert!(std::ptr::eq(first, got));
    let again = map.intern_cached(Some(&cache), "x".to_owned(), |_| unreachable!());
    assert!(std::ptr::eq(first, again));
}

#[test]
fn values_sharing_a_slot_replace_each_other_and_stay_correct() {
    // One slot: every value maps to it.
    let map: ShardedHashMap<&'static String, ()> = new_map();
    let cache = InternCache::new(1);
    let names: Vec<String> = (0..50).map(|i| format!("v{i}")).collect();
    let first: Vec<&'static String> =
        names.iter().map(|n| map.intern_cached(Some(&cache), n.clone(), leak_string)).collect();
    for _ in 0..3 {
        for (n, &f) in names.iter().zip(&first) {
            let got = map.intern_cached(Some(&cache), n.clone(), |_| unreachable!());
            assert!(std::ptr::eq(f, got));
            assert_eq!(got, n);
        }
    }
    assert_eq!(map.len(), 50);
}

#[test]
fn no_cache_and_an_empty_cache_intern_as_before() {
    let map: ShardedHashMap<&'static String, ()> = new_map();
    let empty = InternCache::new(0);
    let a = map.intern_cached(None, "y".to_owned(), leak_string);
    let b = map.intern_cached(Some(&empty), "y".to_owned(), |_| unreachable!());
    let c = map.intern("y".to_owned(), |_| unreachable!());
    assert!(std::ptr::eq(a, b) && std::ptr::eq(a, c));
    assert_eq!(map.len(), 1);
}

#[test]
fn threads_with_caches_of_their_own_get_the_same_values() {
    let map: ShardedHashMap<&'static String, ()> = new_map();
    let names: Vec<String> = (0..200).map(|i| format!("w{}", i % 97)).collect();
    let seen: Vec<Vec<&'static String>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..4)
            .map(|t| {
                // The map is `DynSync`, which is `Sync` once the mode is on.
                let map = check_dyn_thread_safe().unwrap().derive(&map);
                let names = &names;
                s.spawn(move || {
                    let map = map.into_inner();
                    let cache = InternCache::new(8);
                    let order = names.iter().cycle().skip(t * 31).take(names.len());
                    let mut got: Vec<(&String, &'static String)> = order
                        .map(|n| (n, map.intern_cached(Some(&cache), n.clone(), leak_string)))
                        .collect();
                    got.sort_by(|a, b| a.0.cmp(b.0));
                    got.into_iter().map(|(_, v)| v).collect()
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    for other in &seen[1..] {
        assert!(seen[0].iter().zip(other).all(|(a, b)| std::ptr::eq(*a, *b)));
    }
    assert_eq!(map.len(), 97);
}
