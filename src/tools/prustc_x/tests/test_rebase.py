"""`x.py rebase` on a synthetic upstream that moves under one of our patches."""

import os
import shutil
import tempfile
import unittest

from prustc_x import layout, rebase
from prustc_x.tests.test_layout import get, put

V1 = {"compiler/a/src/lib.rs": "".join(f"fn f{i}() {{}}\n" for i in range(20))}


class RebaseTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="prustc-rebase-test-")
        self.v1 = os.path.join(self.dir, "v1")
        self.v2 = os.path.join(self.dir, "v2")
        self.repo = os.path.join(self.dir, "repo")
        self.tree = os.path.join(self.dir, "build", "rust")
        put(self.v1, V1)
        # v2 inserts lines at the top, so our hunk moves, and adds a file.
        put(self.v2, {
            "compiler/a/src/lib.rs": "// new in v2\n// more\n" + V1["compiler/a/src/lib.rs"],
            "compiler/c/src/lib.rs": "fn c() {}\n",
        })
        os.makedirs(self.repo)
        self.quiet = lambda *_: None

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_patch_moves_onto_new_upstream(self):
        layout.lay_out(self.repo, self.v1, self.tree, log=self.quiet)
        text = get(self.tree, "compiler/a/src/lib.rs").replace("fn f10() {}", "fn f10() { ours() }")
        put(self.tree, {"compiler/a/src/lib.rs": text})
        layout.export(self.repo, self.v1, self.tree, log=self.quiet)

        self.assertEqual(rebase.start(self.repo, self.tree, self.v1, self.v2, self.quiet), 0)
        self.assertEqual(rebase.finish(self.repo, self.tree, self.quiet), 0)
        # The tree is v2 plus our change; exporting rewrites the patch against v2.
        rebased = get(self.tree, "compiler/a/src/lib.rs")
        self.assertTrue(rebased.startswith("// new in v2\n"))
        self.assertIn("fn f10() { ours() }\n", rebased)
        self.assertEqual(get(self.tree, "compiler/c/src/lib.rs"), "fn c() {}\n")
        self.assertEqual(layout.export(self.repo, self.v2, self.tree, log=self.quiet),
                         ["compiler/a/src/lib.rs.patch"])
        # A fresh layout from v2 and the rebased patches gives the same tree.
        shutil.rmtree(os.path.dirname(self.tree))
        layout.lay_out(self.repo, self.v2, self.tree, log=self.quiet)
        self.assertEqual(get(self.tree, "compiler/a/src/lib.rs"), rebased)
        self.assertEqual(layout.export(self.repo, self.v2, self.tree, check=True), [])

    def test_refuses_with_unexported_edits(self):
        layout.lay_out(self.repo, self.v1, self.tree, log=self.quiet)
        put(self.tree, {"compiler/a/src/lib.rs": "edited\n"})
        self.assertEqual(rebase.start(self.repo, self.tree, self.v1, self.v2, self.quiet), 1)


if __name__ == "__main__":
    unittest.main()
