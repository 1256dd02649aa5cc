// Removed by its own `cfg`: its child is neither read nor reported.

#![cfg(any())]

mod does_not_exist;
