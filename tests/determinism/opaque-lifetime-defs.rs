// Opaque types that capture lifetimes (`async fn` with reference arguments,
// `impl Trait + '_` returns) get one synthetic lifetime definition per
// capture, created while `resolve_bound_vars` runs for their owner. Under
// threads owners are resolved in parallel, so unless that happens in a fixed
// order the definitions are numbered differently from run to run, and so is
// the crate metadata. The .rmeta must be byte-identical at every thread count.
//@ compile-flags: --crate-type=lib --emit=metadata
pub mod m0 {
    pub async fn a0(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b0<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[0..] }
    pub fn it0<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(0) }
    pub fn cl0(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 0 }
}
pub mod m1 {
    pub async fn a1(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b1<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[1..] }
    pub fn it1<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(1) }
    pub fn cl1(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 1 }
}
pub mod m2 {
    pub async fn a2(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b2<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[2..] }
    pub fn it2<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(2) }
    pub fn cl2(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 2 }
}
pub mod m3 {
    pub async fn a3(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b3<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[3..] }
    pub fn it3<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(3) }
    pub fn cl3(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 3 }
}
pub mod m4 {
    pub async fn a4(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b4<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[4..] }
    pub fn it4<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(4) }
    pub fn cl4(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 4 }
}
pub mod m5 {
    pub async fn a5(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b5<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[5..] }
    pub fn it5<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(5) }
    pub fn cl5(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 5 }
}
pub mod m6 {
    pub async fn a6(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b6<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[6..] }
    pub fn it6<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(6) }
    pub fn cl6(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 6 }
}
pub mod m7 {
    pub async fn a7(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b7<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[7..] }
    pub fn it7<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(7) }
    pub fn cl7(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 7 }
}
pub mod m8 {
    pub async fn a8(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b8<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[8..] }
    pub fn it8<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(8) }
    pub fn cl8(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 8 }
}
pub mod m9 {
    pub async fn a9(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b9<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[9..] }
    pub fn it9<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(9) }
    pub fn cl9(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 9 }
}
pub mod m10 {
    pub async fn a10(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b10<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[10..] }
    pub fn it10<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(10) }
    pub fn cl10(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 10 }
}
pub mod m11 {
    pub async fn a11(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b11<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[11..] }
    pub fn it11<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(11) }
    pub fn cl11(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 11 }
}
pub mod m12 {
    pub async fn a12(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b12<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[12..] }
    pub fn it12<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(12) }
    pub fn cl12(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 12 }
}
pub mod m13 {
    pub async fn a13(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b13<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[13..] }
    pub fn it13<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(13) }
    pub fn cl13(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 13 }
}
pub mod m14 {
    pub async fn a14(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b14<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[14..] }
    pub fn it14<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(14) }
    pub fn cl14(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 14 }
}
pub mod m15 {
    pub async fn a15(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b15<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[15..] }
    pub fn it15<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(15) }
    pub fn cl15(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 15 }
}
pub mod m16 {
    pub async fn a16(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b16<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[16..] }
    pub fn it16<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(16) }
    pub fn cl16(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 16 }
}
pub mod m17 {
    pub async fn a17(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b17<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[17..] }
    pub fn it17<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(17) }
    pub fn cl17(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 17 }
}
pub mod m18 {
    pub async fn a18(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b18<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[18..] }
    pub fn it18<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(18) }
    pub fn cl18(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 18 }
}
pub mod m19 {
    pub async fn a19(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b19<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[19..] }
    pub fn it19<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(19) }
    pub fn cl19(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 19 }
}
pub mod m20 {
    pub async fn a20(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b20<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[20..] }
    pub fn it20<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(20) }
    pub fn cl20(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 20 }
}
pub mod m21 {
    pub async fn a21(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b21<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[21..] }
    pub fn it21<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(21) }
    pub fn cl21(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 21 }
}
pub mod m22 {
    pub async fn a22(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b22<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[22..] }
    pub fn it22<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(22) }
    pub fn cl22(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 22 }
}
pub mod m23 {
    pub async fn a23(v: &String, x: &u64) -> usize { v.len() + *x as usize }
    pub async fn b23<'a>(v: &'a [u8], w: &str) -> &'a [u8] { let _ = w; &v[23..] }
    pub fn it23<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a { v.iter().skip(23) }
    pub fn cl23(s: &str) -> impl Fn() -> usize + '_ { move || s.len() + 23 }
}
