// Type errors in forty bodies spread over eight modules, plus resolution
// errors: typeck and borrowck run on the thread pool, so the order in which
// the errors are found depends on scheduling. They must be printed in the
// same order, with the same text, at every thread count.

mod m0 {
    pub fn f0() -> u32 {
        let x: u32 = "0"; //~ ERROR mismatched types
        x
    }
    pub fn f1(v: Vec<u8>) -> usize {
        v.len() + 1u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
    pub fn f2() -> String {
        let s = String::from("2");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
    pub fn f3() -> bool {
        missing_3() //~ ERROR cannot find function `missing_3` in this scope
    }
    pub fn f4() -> u32 {
        let x: u32 = "4"; //~ ERROR mismatched types
        x
    }
}

mod m1 {
    pub fn f5(v: Vec<u8>) -> usize {
        v.len() + 5u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
    pub fn f6() -> String {
        let s = String::from("6");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
    pub fn f7() -> bool {
        missing_7() //~ ERROR cannot find function `missing_7` in this scope
    }
    pub fn f8() -> u32 {
        let x: u32 = "8"; //~ ERROR mismatched types
        x
    }
    pub fn f9(v: Vec<u8>) -> usize {
        v.len() + 9u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
}

mod m2 {
    pub fn f10() -> String {
        let s = String::from("10");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
    pub fn f11() -> bool {
        missing_11() //~ ERROR cannot find function `missing_11` in this scope
    }
    pub fn f12() -> u32 {
        let x: u32 = "12"; //~ ERROR mismatched types
        x
    }
    pub fn f13(v: Vec<u8>) -> usize {
        v.len() + 13u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
    pub fn f14() -> String {
        let s = String::from("14");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
}

mod m3 {
    pub fn f15() -> bool {
        missing_15() //~ ERROR cannot find function `missing_15` in this scope
    }
    pub fn f16() -> u32 {
        let x: u32 = "16"; //~ ERROR mismatched types
        x
    }
    pub fn f17(v: Vec<u8>) -> usize {
        v.len() + 17u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
    pub fn f18() -> String {
        let s = String::from("18");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
    pub fn f19() -> bool {
        missing_19() //~ ERROR cannot find function `missing_19` in this scope
    }
}

mod m4 {
    pub fn f20() -> u32 {
        let x: u32 = "20"; //~ ERROR mismatched types
        x
    }
    pub fn f21(v: Vec<u8>) -> usize {
        v.len() + 21u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
    pub fn f22() -> String {
        let s = String::from("22");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
    pub fn f23() -> bool {
        missing_23() //~ ERROR cannot find function `missing_23` in this scope
    }
    pub fn f24() -> u32 {
        let x: u32 = "24"; //~ ERROR mismatched types
        x
    }
}

mod m5 {
    pub fn f25(v: Vec<u8>) -> usize {
        v.len() + 25u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
    pub fn f26() -> String {
        let s = String::from("26");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
    pub fn f27() -> bool {
        missing_27() //~ ERROR cannot find function `missing_27` in this scope
    }
    pub fn f28() -> u32 {
        let x: u32 = "28"; //~ ERROR mismatched types
        x
    }
    pub fn f29(v: Vec<u8>) -> usize {
        v.len() + 29u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
}

mod m6 {
    pub fn f30() -> String {
        let s = String::from("30");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
    pub fn f31() -> bool {
        missing_31() //~ ERROR cannot find function `missing_31` in this scope
    }
    pub fn f32() -> u32 {
        let x: u32 = "32"; //~ ERROR mismatched types
        x
    }
    pub fn f33(v: Vec<u8>) -> usize {
        v.len() + 33u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
    pub fn f34() -> String {
        let s = String::from("34");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
}

mod m7 {
    pub fn f35() -> bool {
        missing_35() //~ ERROR cannot find function `missing_35` in this scope
    }
    pub fn f36() -> u32 {
        let x: u32 = "36"; //~ ERROR mismatched types
        x
    }
    pub fn f37(v: Vec<u8>) -> usize {
        v.len() + 37u8 //~ ERROR mismatched types
        //~^ ERROR cannot add `u8` to `usize`
    }
    pub fn f38() -> String {
        let s = String::from("38");
        let t = s;
        s //~ ERROR use of moved value: `s`
    }
    pub fn f39() -> bool {
        missing_39() //~ ERROR cannot find function `missing_39` in this scope
    }
}

fn main() {}
