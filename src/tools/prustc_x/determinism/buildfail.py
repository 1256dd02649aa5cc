"""The build-fail corpus: generated programs whose errors only a full build
finds. Constants that fail to evaluate for some instantiations of generic
code are evaluated when that code is collected for code generation
(monomorphisation), which check mode never does; each such error carries a
note naming the instantiation that reached it ("the above error was
encountered while instantiating ..."). Collection walks from its roots
(`main`, and every non-generic public function of a library or, with
`-C link-dead-code`, of a binary) on several threads, so which root reaches
an error first, and so the order of the errors and the instantiation
named in a note, depend on the schedule unless the compiler orders them.

Each program is compiled (default `--emit`) with human and with JSON
diagnostics; the expected exit code is 1, compared like everything else.
Every program's text is a pure function of its parameters. Single-threaded.
"""

import os

from .codegen import write_if_changed

MODULES = 12
# `Check<T, N>`'s constants fail for some `N` only: `OOB` when N % 5 >= 3,
# `OVER` when N % 7 == 6, `DIV` when N % 4 == 0.
CHECK = """\
pub struct Check<T, const N: usize>(pub T);
impl<T, const N: usize> Check<T, N> {
    pub const OOB: u32 = [10, 20, 30][N % 5];
    pub const OVER: u8 = 250 + (N % 7) as u8;
    pub const DIV: usize = 1000 / (N % 4);
    pub const SIZE: usize = std::mem::size_of::<T>() * (N + 1);
}
pub struct Wrap<T>(pub T);
"""
TYPES = ("u8", "u16", "u32", "u64", "i8", "(u8, char)", "[u16; 3]", "Option<u32>")


def fails(n, const):
    """Whether `Check::<_, n>::<const>` fails to evaluate."""
    return {"OOB": n % 5 >= 3, "OVER": n % 7 == 6, "DIV": n % 4 == 0}[const]


def inline_consts(modules=MODULES):
    """Generic functions with inline `const { .. }` blocks that panic,
    under `if false`, instantiated from `main` and from a public root in
    every module (kept by `-C link-dead-code`): some always fail, some for
    some const arguments."""
    out = ["//@ compile-flags: -C codegen-units=4 -C link-dead-code", ""]
    for m in range(modules):
        out.append(f"""pub mod m{m} {{
    pub fn guard<T>() -> usize {{
        if false {{
            const {{ panic!("inline const of m{m} reached") }}
        }}
        std::mem::size_of::<T>()
    }}
    pub fn bounded<T, const N: usize>() -> usize {{
        if false {{
            const {{ assert!(N % {m % 4 + 2} != 1, "bounded::<N> of m{m} refuses this N") }}
        }}
        N + std::mem::size_of::<T>()
    }}
    pub fn through<T: Copy, const N: usize>(t: T) -> (T, usize) {{
        (t, bounded::<T, N>() + if N > {m} {{ guard::<[T; N]>() }} else {{ 0 }})
    }}
    pub fn root() -> usize {{
        through::<u16, {m + 4}>(7).1 + through::<char, {2 * m + 1}>('r').1
    }}
}}
""")
    calls = []
    for m in range(modules):
        calls.append(f"    total += m{m}::through::<{TYPES[m % len(TYPES)]}, {m + 1}>(Default::default()).1;")
        if m % 3 == 0:
            calls.append(f"    total += m{m}::guard::<u{8 * 2 ** (m % 4)}>();")
    out.append("fn main() {\n    let mut total = 0;\n" + "\n".join(calls)
               + '\n    println!("{total}");\n}\n')
    return "\n".join(out)


def required_consts(modules=MODULES):
    """Constants of generic impls named only in dead code (after `return`,
    under `if false`, in an arm never taken): they are required all the
    same, and fail for some instantiations. Optimised, so that the dead
    code is gone from the MIR that is code-generated."""
    out = ["//@ compile-flags: -C opt-level=1 -C codegen-units=8", CHECK]
    for m in range(modules):
        out.append(f"""pub mod r{m} {{
    use crate::Check;
    pub fn after_return<T, const N: usize>() -> usize {{
        if N < 1000 {{
            return N;
        }}
        Check::<T, N>::DIV
    }}
    pub fn never<T, const N: usize>(x: u32) -> u32 {{
        if false {{
            let _ = Check::<T, N>::OOB;
        }}
        match x {{
            u32::MAX => Check::<T, N>::OVER as u32,
            _ => x + {m},
        }}
    }}
    pub fn both<T, const N: usize>() -> u32 {{
        never::<T, N>(after_return::<T, N>() as u32) + never::<T, {m}>(1)
    }}
}}
""")
    calls = "\n".join(f"    total += r{m}::both::<{TYPES[m % len(TYPES)]}, {m * 3 + 2}>();"
                      for m in range(modules))
    out.append(f'fn main() {{\n    let mut total = 0u32;\n{calls}\n    println!("{{total}}");\n}}\n')
    return "\n".join(out)


def roots(crate_type, modules=MODULES):
    """Associated constants of a generic impl that fail (out-of-bounds
    index, overflow, division by zero) reached through chains of generic
    functions from many roots: non-generic public functions (roots of a
    library, or of a binary with `-C link-dead-code`), `main`, and generic
    fan-outs, each reaching different failing instantiations."""
    flags = ("--crate-type=lib" if crate_type == "lib"
             else "-C link-dead-code -C codegen-units=16")
    out = [f"//@ compile-flags: {flags}", CHECK]
    for m in range(modules):
        const = ("OOB", "OVER", "DIV")[m % 3]
        out.append(f"""pub mod c{m} {{
    use crate::{{Check, Wrap}};
    pub fn level3<T, const N: usize>() -> u64 {{
        Check::<T, N>::{const} as u64 + Check::<T, N>::SIZE as u64
    }}
    pub fn level2<T, const N: usize>() -> u64 {{
        level3::<T, N>() + level3::<Wrap<T>, N>()
    }}
    pub fn level1<T, const N: usize>() -> u64 {{
        level2::<T, N>() * 2
    }}
    pub fn fan<T, const N: usize>() -> u64 {{
        level1::<Option<T>, N>() + crate::c{(m + 1) % modules}::level1::<Wrap<T>, N>()
    }}
    pub fn root_{m}() -> u64 {{
        level1::<{TYPES[m % len(TYPES)]}, {m + 3}>() + fan::<u8, {m * 2 + 4}>()
    }}
}}
""")
    if crate_type == "lib":
        out.append("pub fn lib_root() -> u64 {\n"
                   + "\n".join(f"    crate::c{m}::fan::<i16, {m + 7}>() +" for m in range(0, modules, 2))
                   + "\n    0\n}\n")
    else:
        out.append("fn main() {\n"
                   + "\n".join(f"    println!(\"{{}}\", c{m}::fan::<i16, {m + 7}>());"
                               for m in range(0, modules, 2))
                   + "\n}\n")
    return "\n".join(out)


def two_chains(modules=MODULES):
    """Each failing constant is named by two generic functions in two
    modules, reached from two roots: the error is reported once, with the
    instantiation that reached it first."""
    out = ["//@ compile-flags: -C link-dead-code", CHECK]
    for m in range(modules):
        other = (m + modules // 2) % modules
        out.append(f"""pub mod t{m} {{
    use crate::Check;
    pub fn via_left<T, const N: usize>() -> u32 {{
        Check::<T, N>::OOB + crate::t{other}::via_right::<T, N>()
    }}
    pub fn via_right<T, const N: usize>() -> u32 {{
        Check::<T, N>::OVER as u32
    }}
    pub fn root_left() -> u32 {{
        via_left::<u{8 * 2 ** (m % 4)}, {m + 3}>()
    }}
    pub fn root_right() -> u32 {{
        crate::t{other}::via_right::<u{8 * 2 ** (m % 4)}, {m + 3}>() + via_right::<char, {m + 6}>()
    }}
}}
""")
    out.append("fn main() {\n" + "\n".join(f"    t{m}::root_right();" for m in range(0, modules, 3))
               + "\n}\n")
    return "\n".join(out)


def static_from_generic_const(modules=MODULES):
    """Statics initialised from failing constants of a generic impl: these
    fail while the crate is analysed, before any code is generated."""
    out = ["//@ compile-flags: -C codegen-units=4", CHECK]
    for m in range(modules):
        out.append(f"""pub mod s{m} {{
    use crate::{{Check, Wrap}};
    pub static OOB{m}: u32 = Check::<u{8 * 2 ** (m % 4)}, {m + 3}>::OOB;
    pub static OVER{m}: u8 = Check::<Wrap<char>, {m}>::OVER;
    pub static NESTED{m}: &[&usize] = &[&Check::<(), {m + 4}>::DIV, &Check::<u8, {m}>::SIZE];
}}
""")
    out.append("fn main() {\n" + "\n".join(
        f"    println!(\"{{}} {{}} {{:?}}\", s{m}::OOB{m}, s{m}::OVER{m}, s{m}::NESTED{m});"
        for m in range(modules)) + "\n}\n")
    return "\n".join(out)


PROGRAMS = {
    "bf-inline-consts": inline_consts,
    "bf-required-consts": required_consts,
    "bf-roots-bin": lambda: roots("bin"),
    "bf-roots-lib": lambda: roots("lib"),
    "bf-two-chains": two_chains,
    "bf-static-generic-const": static_from_generic_const,
}


def write_all(directory):
    """Writes every program (only when its text changed); returns their
    paths, sorted."""
    os.makedirs(directory, exist_ok=True)
    paths = []
    for name, make in sorted(PROGRAMS.items()):
        path = os.path.join(directory, name + ".rs")
        text = make()
        write_if_changed(path, text)
        paths.append(path)
    return paths
