//@ check-fail
// Type aliases with errors, then many modules whose signatures name them.
// Lowering an alias's type reports its errors, and so does every signature
// that lowers it first: at one thread the aliases' own well-formedness
// checks came first, under threads any user could, and the errors moved
// from run to run: 6 runs in 12 at `-Z threads=4` before the fix (the
// determinism suite's `gen-shared-errors` caught it, 1 to 3 runs in 100 at
// `-Z threads=8`). prustc lowers the free aliases' types in item order
// before the item checks: one place at every thread count.

pub mod aliases {
    pub type Two00 = Option<u8, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One00 = Result<u8>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two01 = Option<u16, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One01 = Result<u16>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two02 = Option<u8, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One02 = Result<u8>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two03 = Option<u16, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One03 = Result<u16>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two04 = Option<u8, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One04 = Result<u8>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two05 = Option<u16, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One05 = Result<u16>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two06 = Option<u8, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One06 = Result<u8>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two07 = Option<u16, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One07 = Result<u16>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two08 = Option<u8, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One08 = Result<u8>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two09 = Option<u16, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One09 = Result<u16>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two10 = Option<u8, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One10 = Result<u8>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two11 = Option<u16, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One11 = Result<u16>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two12 = Option<u8, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One12 = Result<u8>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two13 = Option<u16, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One13 = Result<u16>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two14 = Option<u8, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One14 = Result<u8>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    pub type Two15 = Option<u16, u8>; //~ ERROR enum takes 1 generic argument but 2 generic arguments were supplied
    pub type One15 = Result<u16>; //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
}

pub mod m00 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 0" //~ ERROR mismatched types
    }
}

pub mod m01 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 1" //~ ERROR mismatched types
    }
}

pub mod m02 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 2" //~ ERROR mismatched types
    }
}

pub mod m03 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 3" //~ ERROR mismatched types
    }
}

pub mod m04 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 4" //~ ERROR mismatched types
    }
}

pub mod m05 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 5" //~ ERROR mismatched types
    }
}

pub mod m06 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 6" //~ ERROR mismatched types
    }
}

pub mod m07 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 7" //~ ERROR mismatched types
    }
}

pub mod m08 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 8" //~ ERROR mismatched types
    }
}

pub mod m09 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 9" //~ ERROR mismatched types
    }
}

pub mod m10 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 10" //~ ERROR mismatched types
    }
}

pub mod m11 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 11" //~ ERROR mismatched types
    }
}

pub mod m12 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 12" //~ ERROR mismatched types
    }
}

pub mod m13 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 13" //~ ERROR mismatched types
    }
}

pub mod m14 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 14" //~ ERROR mismatched types
    }
}

pub mod m15 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 15" //~ ERROR mismatched types
    }
}

pub mod m16 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 16" //~ ERROR mismatched types
    }
}

pub mod m17 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 17" //~ ERROR mismatched types
    }
}

pub mod m18 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 18" //~ ERROR mismatched types
    }
}

pub mod m19 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 19" //~ ERROR mismatched types
    }
}

pub mod m20 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 20" //~ ERROR mismatched types
    }
}

pub mod m21 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 21" //~ ERROR mismatched types
    }
}

pub mod m22 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 22" //~ ERROR mismatched types
    }
}

pub mod m23 {
    pub fn sig(a15: crate::aliases::Two15, b15: crate::aliases::One15, a14: crate::aliases::Two14, b14: crate::aliases::One14, a13: crate::aliases::Two13, b13: crate::aliases::One13, a12: crate::aliases::Two12, b12: crate::aliases::One12, a11: crate::aliases::Two11, b11: crate::aliases::One11, a10: crate::aliases::Two10, b10: crate::aliases::One10, a9: crate::aliases::Two09, b9: crate::aliases::One09, a8: crate::aliases::Two08, b8: crate::aliases::One08, a7: crate::aliases::Two07, b7: crate::aliases::One07, a6: crate::aliases::Two06, b6: crate::aliases::One06, a5: crate::aliases::Two05, b5: crate::aliases::One05, a4: crate::aliases::Two04, b4: crate::aliases::One04, a3: crate::aliases::Two03, b3: crate::aliases::One03, a2: crate::aliases::Two02, b2: crate::aliases::One02, a1: crate::aliases::Two01, b1: crate::aliases::One01, a0: crate::aliases::Two00, b0: crate::aliases::One00) {}
    pub fn own() -> u32 {
        "own 23" //~ ERROR mismatched types
    }
}

fn main() {}
