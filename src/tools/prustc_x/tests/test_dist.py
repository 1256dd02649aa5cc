"""The optimised build's BOLT steps: which library they read and write."""

import os
import tempfile
import unittest
import unittest.mock

from prustc_x import dist
from prustc_x.paths import HOST, Paths


class BoltFilesTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.paths = Paths(self.tmp.name, "dist")
        self.deps = os.path.join(self.paths.build, HOST, "stage1-rustc", HOST, "release", "deps")
        os.makedirs(self.deps)
        os.makedirs(os.path.join(self.paths.stage1, "lib"))
        self.linked = os.path.join(self.deps, "librustc_driver-abc.so")
        self.loaded = os.path.join(self.paths.stage1, "lib", "librustc_driver-abc.so")
        with open(self.linked, "wb") as f:
            f.write(b"linked")
        # bootstrap hard-links the sysroot's copy to the linker's output
        os.link(self.linked, self.loaded)

    def tearDown(self):
        self.tmp.cleanup()

    def test_finds_the_loaded_library_and_the_linked_one(self):
        self.assertEqual(dist.driver_libraries(self.paths, HOST), (self.loaded, self.linked))

    def test_more_than_one_driver_is_an_error(self):
        open(os.path.join(self.paths.stage1, "lib", "librustc_driver-def.so"), "w").close()
        with self.assertRaises(SystemExit):
            dist.driver_libraries(self.paths, HOST)

    def test_missing_linked_library_is_an_error(self):
        os.remove(self.linked)
        with self.assertRaises(SystemExit):
            dist.driver_libraries(self.paths, HOST)

    def test_bolt_replaces_the_name_and_leaves_the_hard_link_alone(self):
        def fake_bolt(cmd, **_):
            out = cmd[cmd.index("-o") + 1]
            with open(cmd[1], "rb") as src, open(out, "wb") as dst:
                dst.write(b"bolted " + src.read())

        with unittest.mock.patch.object(dist, "bolt_tool", return_value="llvm-bolt"), \
                unittest.mock.patch.object(dist.subprocess, "run", side_effect=fake_bolt):
            dist.bolt(self.linked, self.loaded, ["-data=x"])
            # a second run reads the linker's output again, not its own result
            dist.bolt(self.linked, self.loaded, ["-data=x"])
        with open(self.linked, "rb") as f:
            self.assertEqual(f.read(), b"linked")
        with open(self.loaded, "rb") as f:
            self.assertEqual(f.read(), b"bolted linked")
        self.assertFalse(os.path.samefile(self.linked, self.loaded))
        self.assertEqual(os.listdir(os.path.dirname(self.loaded)), ["librustc_driver-abc.so"])

    def test_instrumenting_needs_relocations(self):
        with unittest.mock.patch.object(dist, "has_relocations", return_value=False), \
                unittest.mock.patch.object(dist, "bolt") as bolt:
            with self.assertRaises(SystemExit) as e:
                dist.bolt_instrument(self.paths, HOST, os.path.join(self.paths.build, "bolt"))
        self.assertIn("relocations", str(e.exception))
        bolt.assert_not_called()

    def test_optimising_merges_the_profiles_and_uses_them(self):
        bolt_dir = os.path.join(self.paths.build, "bolt")
        os.makedirs(bolt_dir)
        for pid in (11, 12):
            with open(os.path.join(bolt_dir, f"prof.{pid}.fdata"), "w") as f:
                f.write(f"{pid}\n")
        calls = []

        def fake_run(cmd, stdout=None, **_):
            calls.append(cmd)
            if stdout is not None:
                stdout.write("merged\n")

        with unittest.mock.patch.object(dist, "bolt_tool", side_effect=lambda n: n), \
                unittest.mock.patch.object(dist.subprocess, "run", side_effect=fake_run), \
                unittest.mock.patch.object(dist, "bolt") as bolt:
            dist.bolt_optimise(self.paths, HOST, bolt_dir, lambda msg: None)
        self.assertEqual(calls[0][0], "merge-fdata")
        self.assertEqual(sorted(os.path.basename(p) for p in calls[0][1:]),
                         ["prof.11.fdata", "prof.12.fdata"])
        merged = os.path.join(bolt_dir, "merged.fdata")
        source, out, args = bolt.call_args.args
        self.assertEqual((source, out), (self.linked, self.loaded))
        self.assertIn("-data=" + merged, args)
        self.assertEqual(os.listdir(bolt_dir), ["merged.fdata"])

    def test_bolt_works_on_the_rust_functions_only(self):
        nm = ("0000000000001000 T _RNvCs1_5rustc4main\n"
              "0000000000002000 t _RNvMs_NtCs2_10rustc_span3symNtB2_6Symbol6intern\n"
              "0000000000003000 T _ZN4llvm6Module5printEv\n"
              "0000000000004000 W _ZNSt6vectorIiE9push_backEv\n"
              "0000000000005000 D _RNvCs3_5rustc6STATIC\n"
              "                 U _RNvCs4_3std7process4exit\n")
        out = os.path.join(self.tmp.name, "functions.txt")
        run = unittest.mock.Mock(return_value=unittest.mock.Mock(stdout=nm))
        with unittest.mock.patch.object(dist.subprocess, "run", run):
            dist.rust_functions(self.linked, out)
        with open(out) as f:
            self.assertEqual(f.read().split(), ["_RNvCs1_5rustc4main",
                                                "_RNvMs_NtCs2_10rustc_span3symNtB2_6Symbol6intern"])

    def test_optimising_without_profiles_is_an_error(self):
        bolt_dir = os.path.join(self.paths.build, "bolt")
        os.makedirs(bolt_dir)
        with self.assertRaises(SystemExit):
            dist.bolt_optimise(self.paths, HOST, bolt_dir, lambda msg: None)


if __name__ == "__main__":
    unittest.main()
