//! prustc: `InternCache` in front of a `ShardedHashMap` interner.

use std::cell::Cell;

use super::{InternCache, ShardedHashMap};

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn leak_string(s: String) -> &'static String {
    Box::leak(Box::new(s))
}

#[test]
fn a_hit_returns_what_the_map_holds_without_making_anything() {
    let map: ShardedHashMap<&'static str, ()> = Default::default();
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
    let map: ShardedHashMap<&'static String, ()> = Default::default();
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
    let map: ShardedHashMap<&'static String, ()> = Default::default();
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
    let map: ShardedHashMap<&'static String, ()> = Default::default();
    let empty = InternCache::new(0);
    let a = map.intern_cached(None, "y".to_owned(), leak_string);
    let b = map.intern_cached(Some(&empty), "y".to_owned(), |_| unreachable!());
    let c = map.intern("y".to_owned(), |_| unreachable!());
    assert!(std::ptr::eq(a, b) && std::ptr::eq(a, c));
    assert_eq!(map.len(), 1);
}
