// A `mod.rs` file prefetched at the first level.

mod leaf;

pub trait BetaAlias = Copy;

pub struct BetaConfig {
    pub level: u32 = 3,
}

pub fn beta(value: Box<u32>) -> u32 {
    let ѕtate = 3;
    let box inner = value;
    'outer: loop {
        break 'outer loop {
            break inner + ѕtate;
        };
    }
}
