// Prefetched at the second level, below a `mod.rs`.

pub struct LeafConfig {
    pub level: i8 = 4,
}

pub fn leaf(value: Box<i8>) -> i8 {
    let box inner = value;
    inner
}
