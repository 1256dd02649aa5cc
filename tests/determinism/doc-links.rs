//! Guards the `.rmeta` against the order in which symbols are interned. The
//! metadata keeps each item's intra-doc links and what they resolve to; that
//! map was encoded in the order of its hash table, which follows the symbols'
//! indices, and the suite's second run at one thread interns this file's
//! identifiers in reverse order first. Links to every item below, in types,
//! values and macros, from the crate, a module, items and their fields:
//! [Alpha], [Beta], [Gamma], [Delta], [Epsilon], [zeta], [eta], [theta],
//! [iota!], [kappa::Lambda], [kappa::mu], [Alpha::omicron], [Beta::Pi].
//@ compile-flags: --crate-type=lib --emit=metadata

/// See [Beta], [Gamma] and [zeta()], and [`Alpha::omicron`].
pub struct Alpha {
    /// Compare [Delta] and [Epsilon].
    pub rho: u8,
}

impl Alpha {
    /// Like [eta], unlike [theta].
    pub fn omicron(&self) {}
}

/// Goes with [Alpha] and [kappa::Lambda].
pub enum Beta {
    /// Like [Beta::Sigma].
    Pi,
    /// Like [Beta::Pi].
    Sigma,
}

/// [Alpha], [Beta], [Delta], [iota!], [kappa].
pub trait Gamma {
    /// [Gamma::tau] and [Epsilon].
    fn tau(&self);
}

/// [Epsilon] [zeta] [eta] [theta] [kappa::mu] [kappa::Lambda].
pub type Delta = Alpha;

/// [Delta], [Gamma], [Beta::Sigma].
pub const Epsilon: u8 = 0;

/// [Alpha::rho], [theta], [Epsilon].
pub fn zeta() {}
/// [zeta], [Alpha], [iota!].
pub fn eta() {}
/// [eta], [zeta], [Beta].
pub static theta: u8 = 0;

/// [Alpha], [zeta()], [Gamma::tau].
#[macro_export]
macro_rules! iota {
    () => {};
}

/// [Lambda], [mu], [super::Alpha], [super::zeta], [crate::iota!].
pub mod kappa {
    /// [mu], [super::Beta::Pi], [super::Delta].
    pub struct Lambda;
    /// [Lambda], [super::theta], [super::Epsilon].
    pub fn mu() {}
}
