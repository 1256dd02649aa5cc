"""Generated programs for the errors corpus: large enough that parallel
units (bodies, modules, codegen units) really interleave.

Each function returns one program's text; the text is a pure function of
its parameters, so every run compiles the same file. Single-threaded.
"""

import os

from .codegen import write_if_changed

MODULES = 40


def many_errors(modules=MODULES):
    """A library with a few hundred errors and warnings from resolution,
    type checking, trait selection, borrow checking and lints, spread over
    `modules` modules and several bodies in each."""
    out = ["//@ compile-flags: --crate-type=lib", "#![warn(unused, nonstandard_style)]", ""]
    for m in range(modules):
        out.append(f"""pub mod m{m} {{
    pub struct S{m} {{ pub v: Vec<u32> }}
    pub trait T{m} {{ fn go(&self) -> u32; }}

    pub fn mismatch_{m}() -> u32 {{ "not a number {m}" }}
    pub fn unresolved_{m}() -> u32 {{ missing_{m}() + Missing{m}::VALUE }}
    pub fn no_impl_{m}(s: S{m}) -> u32 {{ s.go() }}
    pub fn not_copy_{m}(s: S{m}) -> (S{m}, S{m}) {{ (s, s) }}
    pub fn borrow_{m}(s: &mut S{m}) {{
        let first = &s.v[0];
        s.v.push({m});
        let _ = first;
    }}
    pub fn arith_{m}(x: u32) -> u32 {{ x + 1u64 }}
    pub fn field_{m}(s: &S{m}) -> u32 {{ s.w }}
    pub fn unused_{m}() {{ let Unused{m} = {m}; let x{m} = {m}; }}
    fn dead_{m}() {{}}
    pub fn closure_{m}() -> impl Fn() -> u32 {{ let v = vec![{m}u32]; || v.len() }}
    pub fn generic_{m}<T>(t: T) -> u32 {{ t + {m} }}
    pub const C{m}: u8 = 255 + {m};
}}
""")
    return "\n".join(out)


CYCLE_KINDS = {
    "alias": "pub type A{i} = B{i};\n    pub type B{i} = (u8, A{i});\n    pub fn uses{i}(_: A{i}) {{}}",
    "const": "pub const X{i}: usize = Y{i} + 1;\n    pub const Y{i}: usize = X{i} * 2;\n"
             "    pub fn uses{i}() -> usize {{ X{i} + [0u8; Y{i}].len() }}",
    "supertrait": "pub trait Up{i}: Down{i} {{}}\n    pub trait Down{i}: Up{i} {{}}\n"
                  "    pub fn uses{i}<T: Up{i}>() {{}}",
    "opaque": "pub fn a{i}() -> impl Sized {{ let x = b{i}(); need_send{i}(&x); x }}\n"
              "    pub fn b{i}() -> impl Sized {{ let x = a{i}(); need_send{i}(&x); x }}\n"
              "    fn need_send{i}<T: Send>(_: &T) {{}}",
}


def cycles(kind, count=12):
    """`count` independent query cycles of one kind, in separate modules, so
    that at several threads they are found by the deadlock handler as well
    as on the query stack. (One kind per program: some cycles stop the
    compilation before the others are reached.)"""
    out = ["//@ compile-flags: --crate-type=lib", ""]
    for i in range(count):
        body = CYCLE_KINDS[kind].format(i=i)
        out.append(f"pub mod c{i} {{\n    {body}\n}}\n")
    return "\n".join(out)


def many_warnings(modules=MODULES):
    """A library that compiles, with warnings from many modules: its rlib
    and its warnings must not depend on the thread count."""
    out = ["//@ compile-flags: --crate-type=lib -C codegen-units=16 -g", ""]
    for m in range(modules):
        out.append(f"""pub mod w{m} {{
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct Item{m} {{ pub id: u64, pub name: String, pub tags: Vec<&'static str> }}
    pub fn make_{m}(n: u64) -> Vec<Item{m}> {{
        let unused_{m} = n;
        (0..n).map(|id| Item{m} {{ id, name: format!("item {{id}} of {m}"), tags: vec!["w{m}"] }}).collect()
    }}
    pub fn total_{m}<T: Into<u64> + Copy>(xs: &[T]) -> u64 {{ xs.iter().map(|&x| x.into()).sum() }}
    pub fn sorted_{m}(mut v: Vec<Item{m}>) -> Vec<Item{m}> {{ v.sort(); v.dedup(); v }}
    #[allow(dead_code)]
    fn hidden_{m}() -> u64 {{ total_{m}(&[1u8, 2, 3]) + total_{m}(&[{m}u32]) }}
    pub fn NotSnake{m}() {{}}
}}
""")
    return "\n".join(out)


def many_items_bin(modules=MODULES):
    """A binary with many generic instantiations, closures and trait
    objects over many codegen units: its executable must be byte-identical."""
    out = ["//@ compile-flags: -C codegen-units=16 -g", "use std::fmt::Debug;", ""]
    for m in range(modules):
        out.append(f"""mod b{m} {{
    use std::fmt::Debug;
    pub trait Shape{m} {{ fn area(&self) -> f64; }}
    #[derive(Debug)] pub struct Sq{m}(pub f64);
    impl Shape{m} for Sq{m} {{ fn area(&self) -> f64 {{ self.0 * self.0 + {m}.0 }} }}
    pub fn run<T: Debug + Clone>(t: T) -> String {{
        let shapes: Vec<Box<dyn Shape{m}>> = vec![Box::new(Sq{m}(1.5)), Box::new(Sq{m}({m}.0))];
        let sum: f64 = shapes.iter().map(|s| s.area()).sum();
        format!("{{:?}} {{}} {{:?}}", t.clone(), sum, std::iter::repeat(t).take(2).collect::<Vec<_>>())
    }}
}}
""")
    calls = "\n".join(
        f"    out.push(b{m}::run({m}u{8 * 2 ** (m % 4)}));\n    out.push(b{m}::run((\"b{m}\", {m})));"
        for m in range(modules)
    )
    out.append(f"fn show<T: Debug>(t: T) {{ println!(\"{{t:?}}\"); }}\n\nfn main() {{\n"
               f"    let mut out = Vec::new();\n{calls}\n    show(out);\n}}\n")
    return "\n".join(out)


def shared_errors(modules=MODULES):
    """Erroneous items that every module uses, so that the query reporting
    the error is reached from many parallel units at once: under threads,
    whichever unit gets there first emits the error, and it must still be
    printed where the serial compiler prints it."""
    out = [
        "//@ compile-flags: --crate-type=lib",
        "pub mod shared {",
        "    pub type Bad = Vec<u8, u8, u8>;",
        "    pub type Empty = Option<>;",
        "    pub const N: usize = 1 - 2;",
        "    pub trait Tr { fn f(&self) -> Missing; }",
        "}",
        "",
    ]
    for m in range(modules):
        out.append(f"""pub mod m{m} {{
    pub fn sig_{m}(x: crate::shared::Bad) -> crate::shared::Empty {{ x }}
    pub fn len_{m}() -> usize {{ [0u8; crate::shared::N].len() + {m} }}
    pub fn own_{m}() -> u32 {{ "own error {m}" }}
}}
""")
    return "\n".join(out)


def placeholders(modules=MODULES):
    """Placeholder types (`_`) in item signatures of every kind, over many
    modules. Errors in field types come from crate-wide analyses
    (`crate_variances`, `inferred_outlives_crate`) that any struct's check
    reaches; the others from each item's own check."""
    out = ["//@ compile-flags: --crate-type=lib", ""]
    for m in range(modules):
        out.append(f"""pub mod m{m} {{
    pub const C{m}: _ = {m};
    pub static S{m}: _ = {m}u8;
    pub fn f{m}() -> _ {{ {m} }}
    pub struct P{m}<T> {{ pub x: _, pub t: T }}
    pub enum E{m}<'a> {{ A(&'a _), B }}
    pub fn arr{m}() -> [u8; _] {{ [0; {m}] }}
}}
""")
    return "\n".join(out)


PROGRAMS = {
    "gen-placeholders": placeholders,
    "gen-shared-errors": shared_errors,
    "gen-many-errors": many_errors,
    **{f"gen-cycles-{kind}": (lambda kind=kind: cycles(kind)) for kind in CYCLE_KINDS},
    "gen-many-warnings": many_warnings,
    "gen-many-items-bin": many_items_bin,
}


def write_all(directory):
    """Writes every generated program (only when its text changed, so
    timestamps stay put); returns their paths, sorted."""
    os.makedirs(directory, exist_ok=True)
    paths = []
    for name, make in sorted(PROGRAMS.items()):
        path = os.path.join(directory, name + ".rs")
        write_if_changed(path, make())
        paths.append(path)
    return paths
