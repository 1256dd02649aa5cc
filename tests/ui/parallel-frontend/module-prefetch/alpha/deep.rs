// Prefetched at the second level, and reached before beta: what its parse
// recorded must come before beta's.

pub trait DeepAlias = Clone;

pub struct DeepConfig {
    pub level: u16 = 2,
}

pub fn deep(value: Box<u16>) -> u16 {
    let ѕtate = 2;
    let box inner = value;
    'outer: loop {
        break 'outer loop {
            break inner + ѕtate;
        };
    }
}
