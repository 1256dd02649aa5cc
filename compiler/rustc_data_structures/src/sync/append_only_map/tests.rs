//! prustc: `AppendOnlyMap` on one thread. The tests with several threads
//! are in `sync/stress_tests.rs`, which runs in the thread-safe mode.

use super::AppendOnlyMap;

/// Keys spread like the `DefId`s of the query caches: a crate number in the
/// high half, an index in the low half.
fn key(krate: u64, index: u64) -> u64 {
    (krate << 32) | index
}

#[test]
fn empty_map_finds_nothing() {
    let map: AppendOnlyMap<u32> = AppendOnlyMap::new();
    assert_eq!(map.get(key(1, 0)), None);
    assert_eq!(map.get(u64::MAX), None);
    assert_eq!(map.len(), 0);
    assert!(map.is_empty());
    let mut seen = 0;
    map.for_each(|_, _| seen += 1);
    assert_eq!(seen, 0);
}

#[test]
fn finds_every_entry_through_growth() {
    let map = AppendOnlyMap::new();
    const N: u64 = 20_000;
    for i in 0..N {
        // Two crates, interleaved, so that probe sequences collide.
        assert!(map.insert(key(1 + i % 2, i / 2), i * 3));
        // Every entry so far is still there after each growth.
        if i.is_power_of_two() {
            for j in 0..=i {
                assert_eq!(map.get(key(1 + j % 2, j / 2)), Some(j * 3));
            }
        }
    }
    assert_eq!(map.len(), N as usize);
    for i in 0..N {
        assert_eq!(map.get(key(1 + i % 2, i / 2)), Some(i * 3));
        assert_eq!(map.get(key(3, i)), None);
        assert_eq!(map.get(key(1 + i % 2, N + i)), None);
    }
}

#[test]
fn keeps_the_first_value_of_a_key() {
    let map = AppendOnlyMap::new();
    assert!(map.insert(key(2, 7), 'a'));
    assert!(!map.insert(key(2, 7), 'b'));
    assert_eq!(map.get(key(2, 7)), Some('a'));
    assert_eq!(map.len(), 1);
}

#[test]
fn for_each_visits_each_entry_once() {
    let map = AppendOnlyMap::new();
    for i in 1..=1000u64 {
        map.insert(i * 4099, i);
    }
    let mut seen = vec![0u32; 1001];
    map.for_each(|k, v| {
        assert_eq!(k, v * 4099);
        seen[v as usize] += 1;
    });
    assert_eq!(seen[0], 0);
    assert!(seen[1..].iter().all(|&n| n == 1));
}

#[test]
fn values_may_be_wider_than_keys() {
    let map = AppendOnlyMap::new();
    for i in 1..=100u64 {
        map.insert(i, [i as u8; 40]);
    }
    for i in 1..=100u64 {
        assert_eq!(map.get(i), Some([i as u8; 40]));
    }
}

#[test]
#[should_panic(expected = "the key 0 is reserved")]
fn key_zero_is_refused() {
    let map = AppendOnlyMap::new();
    map.insert(0, ());
}
