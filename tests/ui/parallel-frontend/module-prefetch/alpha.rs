// Prefetched at the first level; its child `deep` at the second.

mod deep;

pub struct AlphaConfig {
    pub level: u8 = 1,
}

pub fn alpha(value: Option<Box<u8>>) -> u8 {
    match value {
        Some(box inner) => inner,
        None => 'outer: loop {
            break 'outer loop {
                break 0;
            };
        },
    }
}
