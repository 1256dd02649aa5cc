"""The codegen corpus: generated programs compiled to real outputs (objects,
LLVM IR and bitcode, assembly, MIR, rlibs, executables, static and dynamic
libraries) under a matrix of code-generation options.

Three program families, each in the classes of code whose outputs are
known to vary with the order of work:

- `std`: std's generic code instantiated in the crate: threads, channels
  and scoped threads, `println!` and formatting, `Vec`, `HashMap`,
  `BTreeMap`, iterators, closures, trait objects, `black_box` and
  `spin_loop` (two modules only: std's code is most of what it compiles).
- `asm-statics`: inline assembly (`core::hint::black_box`,
  `compiler_fence`, multi-line `asm!` with `in`, `out`, `inout` and `const`
  operands and local labels, `global_asm!`), statics and `static mut`s
  holding `&mut [..]` slices and nested references (const evaluation
  interns them as nested statics), and generic code instantiated with
  many types.
- `async`: async fns, async closures, `impl Future` in traits, boxed
  futures, driven by a small executor, generic over many types.

Each family is compiled with every option set of `MATRIX`: a covering set
(every value of every option appears, every pair of optimisation level,
codegen units and debuginfo appears) rather than the full product. Job
names spell the options out: `std/bin-O1-cgu1-g0-lto`,
`async/rlib-O3-cgu16-g0-deadcode-remappath`.

Every program's text is a pure function of its parameters. Single-threaded.
"""

import dataclasses
import os

MODULES = 10
# std's generic code is most of what the `std` family compiles: fewer modules.
STD_MODULES = 2


@dataclasses.dataclass(frozen=True)
class Options:
    """One option set of the matrix."""

    crate_type: str
    opt: int
    cgu: int
    debuginfo: int
    edition: str = "2024"
    dead_code: bool = False
    lto: bool = False
    # What `--emit` names; None is rustc's default (the crate type's link output).
    emit: tuple = None
    # "cwd": `-Z remap-cwd-prefix`; "path": `--remap-path-prefix`.
    remap: str = None
    extra_filename: bool = False
    # In the CI subset (`./x.py test`), for the families named.
    ci: tuple = ()

    def name(self):
        parts = [self.crate_type, f"O{self.opt}", f"cgu{self.cgu}", f"g{self.debuginfo}"]
        if self.edition != "2024":
            parts.append(f"e{self.edition}")
        if self.dead_code:
            parts.append("deadcode")
        if self.lto:
            parts.append("lto")
        if self.emit:
            parts.append("emit_" + "+".join(self.emit))
        if self.remap:
            parts.append(f"remap{self.remap}")
        if self.extra_filename:
            parts.append("extrafn")
        return "-".join(parts)

    def flags(self, source_dir):
        """rustc's flags for this option set; `source_dir` is the directory
        the program is compiled in (and whose paths are remapped)."""
        flags = [f"--edition={self.edition}", f"--crate-type={self.crate_type}",
                 f"-Copt-level={self.opt}", f"-Ccodegen-units={self.cgu}",
                 f"-Cdebuginfo={self.debuginfo}"]
        if self.dead_code:
            flags.append("-Clink-dead-code")
        if self.lto:
            flags.append("-Clto=fat")
        if self.emit:
            flags.append("--emit=" + ",".join(self.emit))
        if self.remap == "cwd":
            flags.append("-Zremap-cwd-prefix=/remapped-cwd")
        elif self.remap == "path":
            flags.append(f"--remap-path-prefix={source_dir}=/remapped-src")
        if self.extra_filename:
            flags.append("-Cextra-filename=-det")
        return flags


ALL_EMITS = ("obj", "llvm-bc", "llvm-ir", "asm", "mir")

MATRIX = (
    Options("bin", 0, 16, 2, ci=("std",)),
    Options("bin", 1, 16, 0, dead_code=True, remap="cwd"),
    Options("bin", 3, 1, 2),
    Options("bin", 1, 1, 0, lto=True),
    Options("bin", 3, 16, 2, edition="2021", emit=("mir", "link")),
    Options("lib", 0, 16, 2, emit=ALL_EMITS, ci=("asm-statics", "async")),
    Options("lib", 3, 1, 0, emit=("llvm-ir", "asm"), edition="2021"),
    Options("rlib", 1, 1, 2, emit=("llvm-ir", "asm", "link"), extra_filename=True),
    Options("rlib", 3, 16, 0, dead_code=True, remap="path", ci=("asm-statics",)),
    Options("staticlib", 1, 16, 0),
    Options("cdylib", 3, 1, 2, remap="cwd"),
    Options("cdylib", 0, 16, 0, edition="2021", emit=("asm", "link")),
    Options("rlib", 0, 1, 2, edition="2021", dead_code=True, emit=("obj", "llvm-bc", "link"),
            remap="path", ci=("std",)),
)


def std_generics(modules=MODULES):
    """std's generic code instantiated here, over `modules` modules."""
    out = [
        "//! codegen corpus: std's generic code instantiated locally.",
        "#![allow(dead_code)]",
        "use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};",
        "use std::fmt::{self, Debug, Display, Write as _};",
        "use std::sync::{mpsc, Arc, Mutex, RwLock};",
        "use std::thread;",
        "",
    ]
    for m in range(modules):
        bits = 8 * 2 ** (m % 4)
        out.append(f"""pub mod m{m} {{
    use super::*;

    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct Record{m} {{ pub id: u32, pub name: String, pub tags: Vec<u16> }}

    impl Display for Record{m} {{
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{
            write!(f, "record{m}#{{}} {{:>6}} {{:?}}", self.id, self.name, self.tags)
        }}
    }}

    pub trait Weigh{m} {{
        fn weight(&self) -> u64;
        fn describe(&self) -> String {{ format!("<{m}:{{:#x}}>", self.weight()) }}
    }}
    impl Weigh{m} for Record{m} {{
        fn weight(&self) -> u64 {{ self.id as u64 * {m + 3} + self.tags.iter().map(|&t| t as u64).sum::<u64>() }}
    }}
    impl Weigh{m} for u{bits} {{
        fn weight(&self) -> u64 {{ (*self as u64).rotate_left({m + 1}) }}
    }}
    impl<T: Weigh{m}> Weigh{m} for Vec<T> {{
        fn weight(&self) -> u64 {{ self.iter().map(Weigh{m}::weight).fold({m}, u64::wrapping_add) }}
    }}

    pub fn records(n: u32) -> HashMap<String, Record{m}> {{
        (0..n).map(|id| {{
            let r = Record{m} {{ id, name: format!("r{{id}}-{m}"), tags: (0..id as u16 % 5).collect() }};
            (r.name.clone(), r)
        }}).collect()
    }}

    pub fn ordered<K: Ord + Clone + Debug, V: Clone + Debug>(items: impl IntoIterator<Item = (K, V)>) -> String {{
        let map: BTreeMap<K, V> = items.into_iter().collect();
        let mut s = String::new();
        for (k, v) in &map {{
            writeln!(s, "{{k:?}} => {{v:?}}").unwrap();
        }}
        s
    }}

    pub fn weigh_all(items: &[Box<dyn Weigh{m} + Send + Sync>]) -> (u64, Vec<String>) {{
        (items.iter().map(|i| i.weight()).sum(), items.iter().map(|i| i.describe()).collect())
    }}

    pub fn threaded(n: u32) -> u64 {{
        let shared = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::new(RwLock::new(HashSet::new()));
        let handles: Vec<_> = (0..3u32).map(|t| {{
            let shared = Arc::clone(&shared);
            let seen = Arc::clone(&seen);
            thread::spawn(move || {{
                let v: u64 = (0..n).filter(|x| x % (t + 2) == 0).map(u64::from).sum();
                shared.lock().unwrap().push(v);
                seen.write().unwrap().insert(v % {m + 7});
                v
            }})
        }}).collect();
        while Arc::strong_count(std::hint::black_box(&shared)) > 4 {{
            std::hint::spin_loop();
        }}
        let total: u64 = handles.into_iter().map(|h| h.join().unwrap()).sum();
        let (tx, rx) = mpsc::channel::<u64>();
        thread::scope(|s| {{
            for k in 0..3u64 {{
                let tx = tx.clone();
                s.spawn(move || tx.send(k * {m + 1}).unwrap());
            }}
        }});
        drop(tx);
        let len = shared.lock().unwrap().len() as u64 + seen.read().unwrap().len() as u64;
        total + rx.iter().sum::<u64>() + len
    }}

    pub fn counter<F: Fn(u32) -> u32>(f: F) -> impl FnMut() -> Vec<u32> {{
        let mut state = {m}u32;
        move || {{
            state = f(state).wrapping_add(1);
            (0..state % 7).map(&f).rev().collect()
        }}
    }}

    pub fn window(xs: &[u{bits}]) -> VecDeque<u{bits}> {{
        let mut q: VecDeque<u{bits}> = xs.iter().copied().filter(|x| x % 3 != {m % 3}).collect();
        q.rotate_left(q.len() / 2);
        q.retain(|&x| x != 0);
        q
    }}

    pub fn report(n: u32) -> String {{
        let recs = records(n);
        let mut names: Vec<&String> = recs.keys().collect();
        names.sort_unstable();
        let boxed: Vec<Box<dyn Weigh{m} + Send + Sync>> = vec![
            Box::new(Record{m}::default()), Box::new({m}u{bits}), Box::new(vec![1u{bits}, 2, 3]),
        ];
        let (w, d) = weigh_all(&boxed);
        let mut next = counter(|x| x * 3 + {m});
        let (count, first) = (names.len(), recs[names[0].as_str()].to_string());
        format!(
            "{{:>8}} {{:08.3}} {{:#x}} {{:?}} {{}} {{:?}} {{:?}}\\n{{}}",
            count, w as f64 / 7.0, w, d, first,
            next(), window(&[1, 2, 3, {m}]),
            ordered(recs.into_iter().map(|(k, v)| (v.id, k))),
        )
    }}
}}
""")
    calls = "\n".join(
        f"    println!(\"{{}}\", m{m}::report({m + 2}));\n"
        f"    total = total.wrapping_add(m{m}::threaded({10 * m + 5}));"
        for m in range(modules)
    )
    out.append(f"""#[unsafe(no_mangle)]
pub extern "C" fn std_generics_entry(n: u32) -> u64 {{
    m0::threaded(n) ^ m{modules - 1}::threaded(n + 1)
}}

pub fn main() {{
    let mut total = 0u64;
{calls}
    println!("total {{total}}");
}}
""")
    return "\n".join(out)


def asm_statics(modules=MODULES):
    """Inline assembly and statics with nested references, over `modules`
    modules. x86_64 assembly (the only host prustc builds)."""
    out = [
        "//! codegen corpus: inline assembly, statics with nested references.",
        "#![allow(dead_code, static_mut_refs)]",
        "use std::arch::{asm, global_asm};",
        "use std::hint::black_box;",
        "use std::sync::atomic::{compiler_fence, AtomicU64, Ordering};",
        "",
        "global_asm!(",
        '    ".globl prustc_det_asm_twice",',
        '    "prustc_det_asm_twice:",',
        '    "    lea rax, [rdi + rdi]",',
        '    "    ret",',
        ");",
        'unsafe extern "C" {',
        "    fn prustc_det_asm_twice(x: u64) -> u64;",
        "}",
        "",
        "pub static TOTAL: AtomicU64 = AtomicU64::new(0);",
        "",
    ]
    for m in range(modules):
        out.append(f"""pub mod s{m} {{
    use super::*;

    pub static mut SLICE{m}: &mut [u32] = &mut [{m}, 1, 2, 3, 5, 8];
    pub static mut TEXT{m}: &mut [u8] = &mut [b't', b'e', b'x', b't', {m % 256}];
    pub static mut DEEP{m}: &mut [&mut [i64]] = &mut [&mut [{m}], &mut [1, 2]];
    pub static mut PAIR{m}: &mut (u16, &mut [u16]) = &mut ({m}, &mut [5, 6]);
    pub static mut RAW{m}: *mut [u32] = &mut [10u32, {m}] as *mut _;
    pub static NESTED{m}: &[&[&str]] = &[&["a{m}", "b{m}"], &[], &["c{m}"]];
    pub static TABLE{m}: &[(&str, &[u16], Option<&u64>)] = &[
        ("first{m}", &[1, 2], Some(&{m})),
        ("second{m}", &[], None),
        ("third{m}", &[{m}, {m + 1}, {m + 2}], Some(&{m * 1000})),
    ];
    pub static CHAIN{m}: &&&[u8; 3] = &&&[{m % 256}, 2, 3];
    pub const LIMITS{m}: &[u32] = &[{m}, {m * 2}, u32::MAX - {m}];

    pub struct Node{m} {{ pub value: u32, pub next: Option<&'static Node{m}> }}
    pub static LIST{m}: Node{m} = Node{m} {{
        value: 1,
        next: Some(&Node{m} {{ value: 2, next: Some(&Node{m} {{ value: {m}, next: None }}) }}),
    }};

    pub fn mix(a: u64, b: u64) -> u64 {{
        let out: u64;
        unsafe {{
            asm!(
                "mov {{tmp}}, {{a}}",
                "add {{tmp}}, {{b}}",
                "rol {{tmp}}, {{rot}}",
                "xor {{tmp}}, {{k}}",
                "mov {{out}}, {{tmp}}",
                a = in(reg) a,
                b = in(reg) b,
                rot = const {m % 13 + 1},
                k = in(reg) {m * 7919}u64,
                tmp = out(reg) _,
                out = lateout(reg) out,
                options(pure, nomem, nostack),
            );
        }}
        out
    }}

    pub fn count_ones_asm(mut x: u64) -> u32 {{
        let mut n: u64 = 0;
        unsafe {{
            asm!(
                "2:",
                "test {{x}}, {{x}}",
                "jz 3f",
                "lea {{t}}, [{{x}} - 1]",
                "and {{x}}, {{t}}",
                "inc {{n}}",
                "jmp 2b",
                "3:",
                x = inout(reg) x,
                n = inout(reg) n,
                t = out(reg) _,
                options(nomem, nostack),
            );
        }}
        let _ = x;
        n as u32
    }}

    pub fn opaque<T: Copy>(t: T) -> T {{
        compiler_fence(Ordering::SeqCst);
        black_box(t)
    }}

    pub fn walk() -> u64 {{
        let mut sum = 0u64;
        unsafe {{
            for x in SLICE{m}.iter_mut() {{
                *x = opaque(x.wrapping_mul(3));
                sum += *x as u64;
            }}
            TEXT{m}[0] = b'S';
            DEEP{m}[1][0] += 1;
            PAIR{m}.1[1] += PAIR{m}.0;
            sum += DEEP{m}.iter().map(|d| d.len() as u64).sum::<u64>() + PAIR{m}.1[1] as u64;
            sum += RAW{m}.len() as u64;
            sum += TEXT{m}.iter().map(|&b| b as u64).sum::<u64>();
        }}
        for row in NESTED{m} {{
            sum += row.iter().map(|s| s.len() as u64).sum::<u64>();
        }}
        for (name, xs, opt) in TABLE{m} {{
            sum += name.len() as u64 + xs.iter().map(|&x| x as u64).sum::<u64>() + opt.copied().unwrap_or(0);
        }}
        let mut node = Some(&LIST{m});
        while let Some(n) = node {{
            sum += n.value as u64;
            node = n.next;
        }}
        sum += (***CHAIN{m}).iter().map(|&b| b as u64).sum::<u64>() + LIMITS{m}.len() as u64;
        TOTAL.fetch_add(sum, Ordering::Relaxed);
        mix(sum, opaque({m}u64)) ^ count_ones_asm(sum) as u64
    }}

    pub fn generic_walk() -> u64 {{
        opaque({m}u8) as u64 + opaque({m}u16) as u64 + opaque(({m}u32, 'x')).0 as u64
            + opaque([{m}u64; 4])[3] + opaque(Some(&LIST{m})).map_or(0, |n| n.value as u64)
    }}
}}
""")
    calls = "\n".join(f"    sum = sum.wrapping_add(s{m}::walk()).wrapping_add(s{m}::generic_walk());"
                      for m in range(modules))
    out.append(f"""#[unsafe(no_mangle)]
pub extern "C" fn asm_statics_entry(x: u64) -> u64 {{
    s0::mix(x, unsafe {{ prustc_det_asm_twice(x) }}) + s{modules - 1}::walk()
}}

pub fn main() {{
    let mut sum = 0u64;
{calls}
    println!("{{sum}} {{}} {{}}", TOTAL.load(Ordering::Relaxed), unsafe {{ prustc_det_asm_twice(sum) }});
}}
""")
    return "\n".join(out)


def async_generics(modules=MODULES):
    """Async fns and closures, futures in traits and boxes, generic over
    many types, over `modules` modules, run by a small executor."""
    out = [
        "//! codegen corpus: async code generic over many types.",
        "#![allow(dead_code)]",
        "use std::fmt::Debug;",
        "use std::future::Future;",
        "use std::pin::{pin, Pin};",
        "use std::task::{Context, Poll, Waker};",
        "",
        "pub fn block_on<F: Future>(f: F) -> F::Output {",
        "    let mut f = pin!(f);",
        "    let mut cx = Context::from_waker(Waker::noop());",
        "    loop {",
        "        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {",
        "            return v;",
        "        }",
        "    }",
        "}",
        "",
        "pub struct YieldOnce(bool);",
        "impl Future for YieldOnce {",
        "    type Output = ();",
        "    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {",
        "        if self.0 { Poll::Ready(()) } else { self.0 = true; Poll::Pending }",
        "    }",
        "}",
        "pub fn yield_now() -> YieldOnce { YieldOnce(false) }",
        "",
    ]
    for m in range(modules):
        out.append(f"""pub mod a{m} {{
    use super::*;

    pub async fn leaf<T: Debug + Clone>(t: T) -> String {{
        yield_now().await;
        format!("{m}:{{t:?}}")
    }}

    pub async fn middle<T: Debug + Clone + Send>(t: T, n: usize) -> Vec<String> {{
        let mut v = Vec::new();
        for k in 0..n {{
            v.push(leaf((t.clone(), k)).await);
        }}
        v
    }}

    pub fn boxed<T: Debug + Clone + Send + 'static>(t: T) -> Pin<Box<dyn Future<Output = Vec<String>> + Send>> {{
        Box::pin(middle(t, {m % 3 + 1}))
    }}

    pub trait Service{m} {{
        fn call(&self, x: u32) -> impl Future<Output = u32> + Send;
    }}
    pub struct Adder{m}(pub u32);
    impl Service{m} for Adder{m} {{
        async fn call(&self, x: u32) -> u32 {{
            yield_now().await;
            x + self.0 + {m}
        }}
    }}

    pub async fn through<S: Service{m} + Sync>(s: &S, xs: &[u32]) -> u32 {{
        let mut total = 0;
        for &x in xs {{
            total += s.call(x).await;
        }}
        total
    }}

    pub async fn run(seed: u32) -> (u32, usize) {{
        let double = async |x: u32| {{ yield_now().await; x * 2 }};
        let a = double(seed).await;
        let b = through(&Adder{m}(a), &[1, 2, {m}]).await;
        let strings = boxed(("m{m}", seed)).await;
        let more = middle(vec![Some({m}u8)], 2).await;
        let futs: Vec<Pin<Box<dyn Future<Output = String> + Send>>> = vec![
            Box::pin(leaf({m}i64)), Box::pin(leaf('c')), Box::pin(leaf([{m}u16; 2])),
        ];
        let mut joined = 0;
        for f in futs {{
            joined += f.await.len();
        }}
        (b, strings.len() + more.len() + joined)
    }}
}}
""")
    calls = "\n".join(f"        let (x, n) = a{m}::run({m}).await;\n        acc.push((x, n));"
                      for m in range(modules))
    out.append(f"""#[unsafe(no_mangle)]
pub extern "C" fn async_entry(seed: u32) -> u32 {{
    block_on(a0::run(seed)).0 + block_on(a{modules - 1}::run(seed)).0
}}

pub fn main() {{
    let acc = block_on(async {{
        let mut acc = Vec::new();
{calls}
        acc
    }});
    println!("{{acc:?}}");
}}
""")
    return "\n".join(out)


FAMILIES = {
    "std": lambda: std_generics(STD_MODULES),
    "asm-statics": asm_statics,
    "async": async_generics,
}


def write_if_changed(path, text):
    """Writes `text` to `path` unless it holds it already (so that its
    timestamp stays put)."""
    if os.path.exists(path):
        with open(path) as f:
            if f.read() == text:
                return
    with open(path, "w") as f:
        f.write(text)


def write_all(directory):
    """Writes each family's program (only when its text changed); returns
    {family: path}."""
    os.makedirs(directory, exist_ok=True)
    paths = {}
    for family, make in sorted(FAMILIES.items()):
        path = os.path.join(directory, family.replace("-", "_") + ".rs")
        text = make()
        write_if_changed(path, text)
        paths[family] = path
    return paths


def jobs_of(directory, subset=False):
    """[(job name, program path, flags)] of the corpus (or of its CI subset):
    every family with every option set."""
    found = []
    for family, path in sorted(write_all(directory).items()):
        for options in MATRIX:
            if subset and family not in options.ci:
                continue
            flags = options.flags(directory)
            found.append((f"{family}/{options.name()}", path, flags))
    return found
