"""The codegen, build-fail and clippy-ui corpora: what their generators
write, the option matrix, how clippy's ui tests are read and sampled, and
the jobs made of them (against a stand-in compiler; nothing is compiled)."""

import itertools
import os
import re
import stat
import sys
import tempfile
import textwrap
import unittest

from prustc_x.determinism import buildfail, cli, clippy_ui, codegen, corpora, jobs

UPSTREAM = "/usr/src/rustc-1.96.0"

# Writes `lib<crate name>.rlib` (or `.so` for a proc macro) into --out-dir,
# appends its arguments to $FAKE_LOG, fails on a source named `broken*`.
FAKE_RUSTC = textwrap.dedent("""\
    #!{python}
    import os, sys
    args = sys.argv[1:]
    if "-vV" in args:
        print("rustc 0.0.0-fake"); sys.exit(0)
    if "--print=sysroot" in args:
        print(os.path.dirname(os.path.abspath(__file__))); sys.exit(0)
    with open(os.environ["FAKE_LOG"], "a") as f:
        f.write(repr(args) + "\\n")
    src = [a for a in args if a.endswith(".rs")][0]
    if os.path.basename(src).startswith("broken"):
        sys.stderr.write("error: broken\\n"); sys.exit(1)
    name = [a for a in args if a.startswith("--crate-name=")][0].split("=", 1)[1]
    ext = "so" if "--crate-type=proc-macro" in args else "rlib"
    out = args[args.index("--out-dir") + 1]
    open(os.path.join(out, "lib" + name + "." + ext), "w").write("x")
    """)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def lines(path):
    return read(path).decode().splitlines()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(textwrap.dedent(text))


class Codegen(unittest.TestCase):
    def test_every_value_of_every_option_is_compiled(self):
        m = codegen.MATRIX
        self.assertEqual({o.crate_type for o in m}, {"bin", "lib", "rlib", "staticlib", "cdylib"})
        self.assertEqual({o.opt for o in m}, {0, 1, 3})
        self.assertEqual({o.cgu for o in m}, {1, 16})
        self.assertEqual({o.debuginfo for o in m}, {0, 2})
        self.assertEqual({o.edition for o in m}, {"2021", "2024"})
        self.assertEqual({o.dead_code for o in m}, {False, True})
        self.assertEqual({o.remap for o in m}, {None, "cwd", "path"})
        self.assertTrue(any(o.lto and o.crate_type == "bin" for o in m), "fat LTO on a binary")
        self.assertTrue(any(o.extra_filename for o in m))
        emitted = {e for o in m for e in (o.emit or ())}
        self.assertEqual(emitted, {"obj", "llvm-bc", "llvm-ir", "asm", "mir", "link"})
        self.assertIn(codegen.ALL_EMITS, [o.emit for o in m], "one job emits every kind at once")

    def test_every_pair_of_level_units_and_debuginfo_is_compiled(self):
        m = codegen.MATRIX
        for a, b, values in [("opt", "cgu", ({0, 1, 3}, {1, 16})),
                             ("opt", "debuginfo", ({0, 1, 3}, {0, 2})),
                             ("cgu", "debuginfo", ({1, 16}, {0, 2}))]:
            seen = {(getattr(o, a), getattr(o, b)) for o in m}
            self.assertEqual(seen, set(itertools.product(*values)), f"{a} x {b}")

    def test_the_matrix_is_small_and_its_names_spell_the_options(self):
        self.assertTrue(12 <= len(codegen.MATRIX) <= 20)
        names = [o.name() for o in codegen.MATRIX]
        self.assertEqual(len(set(names)), len(names))
        for o in codegen.MATRIX:
            name, flags = o.name(), o.flags("/src")
            self.assertTrue(name.startswith(f"{o.crate_type}-O{o.opt}-cgu{o.cgu}-g{o.debuginfo}"))
            self.assertIn(f"--crate-type={o.crate_type}", flags)
            self.assertIn(f"-Copt-level={o.opt}", flags)
            self.assertIn(f"-Ccodegen-units={o.cgu}", flags)
            self.assertIn(f"-Cdebuginfo={o.debuginfo}", flags)
            self.assertIn(f"--edition={o.edition}", flags)
            self.assertEqual("lto" in name, "-Clto=fat" in flags)
            self.assertEqual("deadcode" in name, "-Clink-dead-code" in flags)
            self.assertEqual("remapcwd" in name, "-Zremap-cwd-prefix=/remapped-cwd" in flags)
            self.assertEqual("remappath" in name, "--remap-path-prefix=/src=/remapped-src" in flags)
            if o.emit:
                self.assertIn("--emit=" + ",".join(o.emit), flags)
        self.assertEqual(codegen.Options("bin", 1, 1, 0, lto=True).name(), "bin-O1-cgu1-g0-lto")

    def test_jobs_are_every_family_with_every_option_set_and_a_ci_subset(self):
        with tempfile.TemporaryDirectory() as d:
            every = codegen.jobs_of(d)
            subset = codegen.jobs_of(d, subset=True)
            self.assertEqual(len(every), len(codegen.FAMILIES) * len(codegen.MATRIX))
            names = [n for n, _, _ in every]
            self.assertEqual(len(set(names)), len(names))
            self.assertLess(set(n for n, _, _ in subset), set(names))
            self.assertEqual({n.split("/")[0] for n, _, _ in subset}, set(codegen.FAMILIES))
            self.assertLessEqual(len(subset), 6)
            for name, program, _ in every:
                self.assertTrue(os.path.exists(program))
                self.assertRegex(name, r"^[a-z-]+/[A-Za-z0-9+_-]+$")

    def test_programs_are_stable_and_have_what_the_corpus_is_for(self):
        with tempfile.TemporaryDirectory() as d:
            first = codegen.write_all(d)
            mtimes = {f: os.stat(p).st_mtime_ns for f, p in first.items()}
            self.assertEqual(codegen.write_all(d), first)
            self.assertEqual({f: os.stat(p).st_mtime_ns for f, p in first.items()}, mtimes)
        std, asm, future = codegen.std_generics(), codegen.asm_statics(), codegen.async_generics()
        for needle in ("thread::spawn", "thread::scope", "println!", "HashMap", "BTreeMap",
                       "Box<dyn", ".map(|"):
            self.assertIn(needle, std)
        for needle in ("asm!(", "global_asm!(", "black_box(", "compiler_fence(",
                       "static mut SLICE0: &mut [u32] = &mut [", "&&&[", "&[&[&str]]"):
            self.assertIn(needle, asm)
        self.assertGreater(asm.count('",\n'), 10, "asm! with several lines")
        for needle in ("async fn", "async |", "impl Future<Output", ".await"):
            self.assertIn(needle, future)
        for text in (std, asm, future):
            self.assertIn("fn main()", text)
            self.assertIn('extern "C" fn', text, "something for a cdylib or staticlib to export")
            self.assertNotIn("//@", text, "the matrix gives the flags")


class BuildFail(unittest.TestCase):
    def test_programs_are_written_stably_and_their_flags_parse(self):
        with tempfile.TemporaryDirectory() as d:
            paths = buildfail.write_all(d)
            mtimes = [os.stat(p).st_mtime_ns for p in paths]
            self.assertEqual(buildfail.write_all(d), paths)
            self.assertEqual([os.stat(p).st_mtime_ns for p in paths], mtimes)
            self.assertEqual(len(paths), len(buildfail.PROGRAMS))
            for path in paths:
                text = read(path).decode()
                self.assertTrue(text.startswith("//@ compile-flags: "), path)
                flags = corpora.flags_of(path)
                self.assertTrue(flags, path)
                for flag in flags:
                    self.assertRegex(flag, r"^(-C|--crate-type=lib$|link-dead-code$|"
                                           r"opt-level=\d$|codegen-units=\d+$)")
                self.assertTrue("fn main()" in text or "--crate-type=lib" in flags, path)

    def test_programs_cover_the_kinds_of_late_errors(self):
        texts = {name: make() for name, make in buildfail.PROGRAMS.items()}
        self.assertIn("if false {\n            const { panic!(", texts["bf-inline-consts"])
        self.assertIn("if false {\n            let _ = Check::<T, N>::OOB;",
                      texts["bf-required-consts"])
        self.assertIn("-C link-dead-code", texts["bf-roots-bin"])
        self.assertIn("--crate-type=lib", texts["bf-roots-lib"])
        self.assertIn("pub static OOB0: u32 = Check::<", texts["bf-static-generic-const"])
        roots = re.findall(r"pub fn root_\d+\(\)", texts["bf-roots-bin"])
        self.assertEqual(len(roots), buildfail.MODULES)
        # Each root reaches some failing and some passing instantiations.
        self.assertTrue(any(buildfail.fails(n, "OOB") for n in range(3, 15)))
        self.assertFalse(all(buildfail.fails(n, "OOB") for n in range(3, 15)))
        self.assertEqual([n for n in range(8) if buildfail.fails(n, "DIV")], [0, 4])

    def test_jobs_are_every_program_in_both_formats(self):
        with tempfile.TemporaryDirectory() as d:
            paths = corpora.Paths(d, "/stage1/rustc", "cargo", "/upstream")
            found = corpora.build_fail_jobs(paths)
        self.assertEqual(len(found), 2 * len(buildfail.PROGRAMS))
        job = [j for j in found if j.name == "bf-roots-bin.json"][0]
        self.assertEqual(job.corpus, "build-fail")
        self.assertIn("--error-format=json", job.args)
        self.assertIn("-Clink-dead-code", "".join(job.args).replace(" ", ""))
        self.assertNotIn("--emit=metadata", job.args, "a full build")
        program = os.path.join(job.cwd, "bf-roots-bin.rs")
        self.assertEqual(job.args[-3:], [program, "--out-dir", job.out_dir])


class ClippyUi(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="prustc-clippy-ui-test-")
        self.root = os.path.join(self.dir, "up", clippy_ui.TESTS_DIR)
        write(os.path.join(self.root, "plain.rs"), "fn main() {}\n")
        write(os.path.join(self.root, "flags.rs"), """\
            //@compile-flags: --test -Zdeduplicate-diagnostics=yes
            //@ edition: 2018
            fn main() {}
            """)
        write(os.path.join(self.root, "revs.rs"), """\
            //@revisions: edition2021 edition2024 r32bit
            //@[edition2021] edition:2021
            //@[edition2024] edition:2024
            //@[r32bit]ignore-bitwidth: 64
            //@aux-build:helper.rs
            fn main() {}
            """)
        write(os.path.join(self.root, "needs_syn.rs"), "//@aux-build: proc_macros.rs\nfn main() {}\n")
        write(os.path.join(self.root, "other_target.rs"), "//@ignore-target: x86\nfn main() {}\n")
        write(os.path.join(self.root, "auxiliary", "helper.rs"), "//@aux-build:base.rs\npub fn h() {}\n")
        write(os.path.join(self.root, "auxiliary", "base.rs"), "pub fn b() {}\n")
        write(os.path.join(self.root, "auxiliary", "proc_macros.rs"),
              "extern crate proc_macro;\nuse syn::spanned::Spanned;\n")
        write(os.path.join(self.root, "auxiliary", "derive-it.rs"),
              "extern crate proc_macro;\n#[proc_macro_derive(It)]\npub fn it(_: proc_macro::TokenStream) -> "
              "proc_macro::TokenStream { Default::default() }\n")
        write(os.path.join(self.root, "sub", "uses_parent.rs"),
              "//@aux-build:../auxiliary/derive-it.rs\nfn main() {}\n")
        write(os.path.join(self.root, "sub", "auxiliary", "not_a_test.rs"), "pub fn x() {}\n")
        self.rustc = os.path.join(self.dir, "rustc")
        with open(self.rustc, "w") as f:
            f.write(FAKE_RUSTC.format(python=sys.executable))
        os.chmod(self.rustc, os.stat(self.rustc).st_mode | stat.S_IEXEC)
        self.log = os.path.join(self.dir, "log")
        os.environ["FAKE_LOG"] = self.log

    def tearDown(self):
        os.environ.pop("FAKE_LOG", None)
        import shutil
        shutil.rmtree(self.dir)

    def test_directives_parse_with_and_without_spaces_and_revisions(self):
        found = clippy_ui.directives("//@aux-build: a.rs\n//@ [x, y] edition:2018\n"
                                     "//@no-rustfix\n// not one\nfn main() {} //@ neither\n")
        self.assertEqual([(d.revisions, d.key, d.value) for d in found],
                         [((), "aux-build", "a.rs"), (("x", "y"), "edition", "2018"),
                          ((), "no-rustfix", "")])

    def test_tests_are_read_as_clippys_harness_reads_them(self):
        run, skipped = clippy_ui.collect(self.root)
        by_name = {t.name(): t for t in run}
        self.assertEqual(sorted(by_name), ["flags", "plain", "revs@edition2021", "revs@edition2024",
                                           "sub/uses_parent"])
        self.assertEqual(by_name["plain"].edition, "2024")
        self.assertEqual(by_name["flags"].edition, "2018")
        self.assertEqual(by_name["flags"].flags, ["--test", "-Zdeduplicate-diagnostics=yes"])
        self.assertEqual(by_name["revs@edition2021"].edition, "2021")
        self.assertEqual(by_name["revs@edition2021"].flags, ["--cfg=edition2021"])
        self.assertEqual(by_name["revs@edition2021"].aux, [os.path.join(self.root, "auxiliary", "helper.rs")])
        self.assertEqual(by_name["sub/uses_parent"].aux,
                         [os.path.join(self.root, "auxiliary", "derive-it.rs")])
        self.assertEqual(sorted((t.name(), t.skip) for t in skipped), [
            ("needs_syn", "auxiliary proc_macros.rs needs `syn`"),
            ("other_target", "ignore-target: x86"),
            ("revs@r32bit", "ignore-bitwidth: 64"),
        ])

    def test_the_sample_is_every_nth_file_that_runs_and_is_deterministic(self):
        for n in range(30):
            write(os.path.join(self.root, f"many_{n:02}.rs"), "fn main() {}\n")
        every, _ = clippy_ui.collect(self.root)
        files = sorted({t.path for t in every})
        sample, _ = clippy_ui.collect(self.root, subset=True)
        self.assertEqual(sorted({t.path for t in sample}), files[::clippy_ui.SAMPLE_EVERY])
        self.assertEqual([t.name() for t in clippy_ui.collect(self.root, subset=True)[0]],
                         [t.name() for t in sample])

    def test_auxiliary_crates_are_built_once_with_their_own_dependencies(self):
        aux = clippy_ui.AuxBuilds(self.rustc, self.root, os.path.join(self.dir, "aux"), "stamp-1")
        helper = os.path.join(self.root, "auxiliary", "helper.rs")
        flags = aux.flags(helper)
        base_dir, helper_dir = aux.out_dir(os.path.join(self.root, "auxiliary", "base.rs")), aux.out_dir(helper)
        self.assertEqual(flags, [f"--extern=helper={helper_dir}/libhelper.rlib",
                                 f"-Ldependency={helper_dir}", f"-Ldependency={base_dir}"])
        calls = [eval(line) for line in lines(self.log)]
        self.assertEqual(len(calls), 2)
        self.assertIn(f"--extern=base={base_dir}/libbase.rlib", calls[1])
        self.assertIn("-Zthreads=1", calls[1])
        self.assertIn("--crate-type=lib", calls[1])
        derive = aux.flags(os.path.join(self.root, "auxiliary", "derive-it.rs"))
        self.assertTrue(derive[0].startswith("--extern=derive_it=") and derive[0].endswith(".so"))
        self.assertIn("--crate-type=proc-macro", eval(lines(self.log)[-1]))
        # Built once per compiler: not again by another builder, again for another compiler.
        clippy_ui.AuxBuilds(self.rustc, self.root, os.path.join(self.dir, "aux"), "stamp-1").flags(helper)
        self.assertEqual(len(lines(self.log)), 3)
        clippy_ui.AuxBuilds(self.rustc, self.root, os.path.join(self.dir, "aux"), "stamp-2").flags(helper)
        self.assertEqual(len(lines(self.log)), 5)

    def test_jobs_check_each_test_with_its_flags_and_a_failed_auxiliary_is_a_skip(self):
        write(os.path.join(self.root, "auxiliary", "broken.rs"), "pub fn b() {}\n")
        write(os.path.join(self.root, "uses_broken.rs"), "//@aux-build:broken.rs\nfn main() {}\n")
        paths = corpora.Paths(self.dir, self.rustc, "cargo", os.path.join(self.dir, "up"))
        skipped, messages = [], []
        found = corpora.clippy_ui_jobs(paths, messages.append, skipped)
        self.assertEqual(len(skipped), 1)
        self.assertTrue(skipped[0].startswith("clippy-ui/uses_broken: building auxiliary crate"))
        job = {j.name: j for j in found}["revs@edition2024"]
        self.assertEqual(job.corpus, "clippy-ui")
        self.assertEqual(job.cwd, self.root)
        self.assertEqual(job.args[:3], ["--edition=2024", "--emit=metadata", "--cfg=edition2024"])
        self.assertTrue(job.args[3].startswith("--extern=helper="))
        self.assertEqual(job.args[-3:], ["revs.rs", "--out-dir", job.out_dir])
        self.assertEqual(job.sources, [os.path.join(self.root, "revs.rs"),
                                       os.path.join(self.root, "auxiliary", "helper.rs")])
        sub = {j.name: j for j in found}["sub/uses_parent"]
        self.assertEqual(sub.cwd, os.path.join(self.root, "sub"))
        self.assertEqual(sub.out_dir, paths.out_dir("clippy-ui", "sub/uses_parent"))

    def test_the_symbols_of_a_job_with_sources_are_those_of_its_sources(self):
        out = os.path.join(self.dir, "out", "x")
        job = jobs.Job("x", "clippy-ui", self.rustc, [], self.root, out,
                       sources=[os.path.join(self.root, "auxiliary", "base.rs")])
        self.assertEqual(read(job.symbols_file()).split(), [b"b", b"fn", b"pub"])

    @unittest.skipUnless(os.path.isdir(os.path.join(UPSTREAM, clippy_ui.TESTS_DIR)),
                         "no upstream clippy tests here")
    def test_clippys_own_tests_resolve_and_sample(self):
        root = os.path.join(UPSTREAM, clippy_ui.TESTS_DIR)
        run, skipped = clippy_ui.collect(root)
        self.assertGreater(len(run), 1000)
        reasons = {re.sub(r"`\w+`", "`crate`", t.skip) for t in skipped}
        self.assertLessEqual(reasons, {"auxiliary proc_macros.rs needs `crate`",
                                       "auxiliary proc_macro_attr.rs needs `crate`",
                                       "ignore-bitwidth: 64", "ignore-target: i686 x86"})
        self.assertLess(len(skipped), len(run) // 8)
        for test in run:
            for aux in test.aux:
                self.assertTrue(os.path.exists(aux), f"{test.name()}: {aux}")
        sample, _ = clippy_ui.collect(root, subset=True)
        files = len({t.path for t in run})
        self.assertEqual(len({t.path for t in sample}), -(-files // clippy_ui.SAMPLE_EVERY))


class Plans(unittest.TestCase):
    def test_the_new_corpora_are_chosen_by_name_and_by_default(self):
        for name in ("codegen", "build-fail", "clippy-ui"):
            self.assertIn(name, cli.stress_plan([]).corpora)
            self.assertIn(name, cli.CI_PLAN.corpora)
        plan = cli.stress_plan(["--corpus", "codegen,build-fail,clippy-ui"])
        self.assertEqual(plan.corpora, ("codegen", "build-fail", "clippy-ui"))
        self.assertFalse(plan.subset, "the stress run compiles every job")
        self.assertTrue(cli.CI_PLAN.subset)


if __name__ == "__main__":
    unittest.main()
