// An async closure that is not `FnOnce` gets a second, by-move body whose
// definition is created when its MIR is first needed: by the body checks,
// by borrow-checking a function whose `impl Trait` hides the closure, or by
// an auto-trait check that looks through such an `impl Trait`. Definitions
// are numbered in creation order and the numbers go into the metadata, so
// the .rmeta must still be byte-identical at every thread count.
//@ compile-flags: --crate-type=lib --emit=metadata --edition=2024
fn is_send<T: Send>(t: T) -> T { t }
pub fn make0() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 0 }
pub async fn run0() -> usize { let c = async move |x: u32| x as usize + 0; c(0).await + c(1).await }
pub fn leak0() -> impl Send { is_send(make3()) }
pub fn make1() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 1 }
pub async fn run1() -> usize { let c = async move |x: u32| x as usize + 1; c(1).await + c(1).await }
pub fn leak1() -> impl Send { is_send(make10()) }
pub fn make2() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 2 }
pub async fn run2() -> usize { let c = async move |x: u32| x as usize + 2; c(2).await + c(1).await }
pub fn leak2() -> impl Send { is_send(make17()) }
pub fn make3() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 3 }
pub async fn run3() -> usize { let c = async move |x: u32| x as usize + 3; c(3).await + c(1).await }
pub fn leak3() -> impl Send { is_send(make0()) }
pub fn make4() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 4 }
pub async fn run4() -> usize { let c = async move |x: u32| x as usize + 4; c(4).await + c(1).await }
pub fn leak4() -> impl Send { is_send(make7()) }
pub fn make5() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 5 }
pub async fn run5() -> usize { let c = async move |x: u32| x as usize + 5; c(5).await + c(1).await }
pub fn leak5() -> impl Send { is_send(make14()) }
pub fn make6() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 6 }
pub async fn run6() -> usize { let c = async move |x: u32| x as usize + 6; c(6).await + c(1).await }
pub fn leak6() -> impl Send { is_send(make21()) }
pub fn make7() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 7 }
pub async fn run7() -> usize { let c = async move |x: u32| x as usize + 7; c(7).await + c(1).await }
pub fn leak7() -> impl Send { is_send(make4()) }
pub fn make8() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 8 }
pub async fn run8() -> usize { let c = async move |x: u32| x as usize + 8; c(8).await + c(1).await }
pub fn leak8() -> impl Send { is_send(make11()) }
pub fn make9() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 9 }
pub async fn run9() -> usize { let c = async move |x: u32| x as usize + 9; c(9).await + c(1).await }
pub fn leak9() -> impl Send { is_send(make18()) }
pub fn make10() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 10 }
pub async fn run10() -> usize { let c = async move |x: u32| x as usize + 10; c(10).await + c(1).await }
pub fn leak10() -> impl Send { is_send(make1()) }
pub fn make11() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 11 }
pub async fn run11() -> usize { let c = async move |x: u32| x as usize + 11; c(11).await + c(1).await }
pub fn leak11() -> impl Send { is_send(make8()) }
pub fn make12() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 12 }
pub async fn run12() -> usize { let c = async move |x: u32| x as usize + 12; c(12).await + c(1).await }
pub fn leak12() -> impl Send { is_send(make15()) }
pub fn make13() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 13 }
pub async fn run13() -> usize { let c = async move |x: u32| x as usize + 13; c(13).await + c(1).await }
pub fn leak13() -> impl Send { is_send(make22()) }
pub fn make14() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 14 }
pub async fn run14() -> usize { let c = async move |x: u32| x as usize + 14; c(14).await + c(1).await }
pub fn leak14() -> impl Send { is_send(make5()) }
pub fn make15() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 15 }
pub async fn run15() -> usize { let c = async move |x: u32| x as usize + 15; c(15).await + c(1).await }
pub fn leak15() -> impl Send { is_send(make12()) }
pub fn make16() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 16 }
pub async fn run16() -> usize { let c = async move |x: u32| x as usize + 16; c(16).await + c(1).await }
pub fn leak16() -> impl Send { is_send(make19()) }
pub fn make17() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 17 }
pub async fn run17() -> usize { let c = async move |x: u32| x as usize + 17; c(17).await + c(1).await }
pub fn leak17() -> impl Send { is_send(make2()) }
pub fn make18() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 18 }
pub async fn run18() -> usize { let c = async move |x: u32| x as usize + 18; c(18).await + c(1).await }
pub fn leak18() -> impl Send { is_send(make9()) }
pub fn make19() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 19 }
pub async fn run19() -> usize { let c = async move |x: u32| x as usize + 19; c(19).await + c(1).await }
pub fn leak19() -> impl Send { is_send(make16()) }
pub fn make20() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 20 }
pub async fn run20() -> usize { let c = async move |x: u32| x as usize + 20; c(20).await + c(1).await }
pub fn leak20() -> impl Send { is_send(make23()) }
pub fn make21() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 21 }
pub async fn run21() -> usize { let c = async move |x: u32| x as usize + 21; c(21).await + c(1).await }
pub fn leak21() -> impl Send { is_send(make6()) }
pub fn make22() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 22 }
pub async fn run22() -> usize { let c = async move |x: u32| x as usize + 22; c(22).await + c(1).await }
pub fn leak22() -> impl Send { is_send(make13()) }
pub fn make23() -> impl AsyncFn(&str) -> usize { async |s: &str| s.len() + 23 }
pub async fn run23() -> usize { let c = async move |x: u32| x as usize + 23; c(23).await + c(1).await }
pub fn leak23() -> impl Send { is_send(make20()) }
