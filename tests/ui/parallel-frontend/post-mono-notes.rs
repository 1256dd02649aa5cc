//@ build-fail
//@ compile-flags: --crate-type=lib -C link-dead-code
// Errors raised while collecting items for code generation (constants that
// fail only once instantiated) get a note on each generic function of this
// crate whose own collection raised them: "the above error was encountered
// while instantiating". Upstream decides it by the crate's error count, which
// under threads also moves with the errors of items other threads are
// collecting, so that some runs named an unrelated item beside an error (at
// `-Z threads=2`, `std::rt::lang_start::<()>` in a binary). Each public
// function here is a root of the collection, reaching failing constants of
// its own through a chain of generic functions; the notes must name the
// chain's functions and nothing else, at every thread count.

pub struct Wide<const N: usize>([u8; N]);

pub trait Check {
    const OK: ();
}

impl<const N: usize> Check for Wide<N> {
    const OK: () = assert!(N % 4 != 3, "a width of 3 modulo 4");
    //~^ ERROR a width of 3 modulo 4
    //~| ERROR a width of 3 modulo 4
    //~| ERROR a width of 3 modulo 4
    //~| ERROR a width of 3 modulo 4
}

fn inline_panic<T>() {
    if false {
        const { panic!("an inline constant that fails") }
        //~^ ERROR an inline constant that fails
        //~| ERROR an inline constant that fails
        //~| ERROR an inline constant that fails
        //~| ERROR an inline constant that fails
    }
}

fn checked<T: Check>() {
    let () = T::OK;
}

fn outer<T: Check>() {
    checked::<T>();
}

fn quiet<T>() -> usize {
    std::mem::size_of::<T>()
}

pub fn root_0() -> usize {
    outer::<Wide<3>>();
    quiet::<Wide<0>>()
}

pub fn root_1() -> usize {
    inline_panic::<Wide<1>>();
    quiet::<[u16; 1]>()
}

pub fn root_2() -> usize {
    outer::<Wide<8>>();
    quiet::<[u32; 2]>()
}

pub fn root_3() -> usize {
    outer::<Wide<15>>();
    quiet::<Wide<3>>()
}

pub fn root_4() -> usize {
    inline_panic::<Wide<4>>();
    quiet::<[u16; 4]>()
}

pub fn root_5() -> usize {
    outer::<Wide<20>>();
    quiet::<[u32; 5]>()
}

pub fn root_6() -> usize {
    outer::<Wide<27>>();
    quiet::<Wide<6>>()
}

pub fn root_7() -> usize {
    inline_panic::<Wide<7>>();
    quiet::<[u16; 7]>()
}

pub fn root_8() -> usize {
    outer::<Wide<32>>();
    quiet::<[u32; 8]>()
}

pub fn root_9() -> usize {
    outer::<Wide<39>>();
    quiet::<Wide<9>>()
}

pub fn root_10() -> usize {
    inline_panic::<Wide<10>>();
    quiet::<[u16; 10]>()
}

pub fn root_11() -> usize {
    outer::<Wide<44>>();
    quiet::<[u32; 11]>()
}
