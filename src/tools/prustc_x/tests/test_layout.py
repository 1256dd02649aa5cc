"""Layout and export on a small synthetic upstream, in a temporary directory.

Checks the properties the fork's workflow rests on: layout then export
round-trips exactly, an unchanged tree exports nothing, unchanged files are
never rewritten (mtimes survive), a developer's unexported edit is never
overwritten, and edits of every kind (change, new file, deletion, revert)
come back as the right repository entries.
"""

import os
import shutil
import tempfile
import unittest

from prustc_x import layout

UPSTREAM = {
    "Cargo.lock": "lock v1\n",
    "compiler/a/src/lib.rs": "".join(f"fn f{i}() {{}}\n" for i in range(30)),
    "compiler/b/src/lib.rs": "pub struct B;\n",
    "library/std/src/old.rs": "// to be removed\n",
    "src/tools/t/main.rs": "fn main() {}\n",
    "README.md": "upstream readme\n",
}


def put(root, files):
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def get(root, rel):
    with open(os.path.join(root, rel)) as f:
        return f.read()


def repo_files(repo):
    found = {}
    for dirpath, _, names in os.walk(repo):
        for name in names:
            rel = os.path.relpath(os.path.join(dirpath, name), repo)
            found[rel] = get(repo, rel)
    return found


class LayoutTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="prustc-layout-test-")
        self.upstream = os.path.join(self.dir, "upstream")
        self.repo = os.path.join(self.dir, "repo")
        self.tree = os.path.join(self.dir, "build", "rust")
        put(self.upstream, UPSTREAM)
        os.makedirs(self.repo)
        self.quiet = lambda *_: None

    def tearDown(self):
        shutil.rmtree(self.dir)

    def lay_out(self, **kw):
        return layout.lay_out(self.repo, self.upstream, self.tree, log=self.quiet, **kw)

    def export(self, **kw):
        return layout.export(self.repo, self.upstream, self.tree, log=self.quiet, **kw)

    def edit_tree(self):
        """Edits of every kind, made in the tree as a developer would."""
        text = get(self.tree, "compiler/a/src/lib.rs").replace("fn f3() {}", "fn f3() { work() }")
        put(self.tree, {
            "compiler/a/src/lib.rs": text,
            "compiler/new/src/lib.rs": "pub fn ours() {}\n",
            "tests/ui/x.rs": "fn main() {}\n",
            "Cargo.lock": "lock v2\n",
        })
        os.remove(os.path.join(self.tree, "library/std/src/old.rs"))

    def test_pristine_tree_exports_nothing(self):
        self.lay_out()
        self.assertEqual(get(self.tree, "compiler/b/src/lib.rs"), UPSTREAM["compiler/b/src/lib.rs"])
        self.assertEqual(self.export(check=True), [])
        self.assertEqual(repo_files(self.repo), {})

    def test_round_trip(self):
        self.lay_out()
        self.edit_tree()
        exported = self.export()
        self.assertEqual(exported, [
            "Cargo.lock.patch",
            "compiler/a/src/lib.rs.patch",
            "compiler/new/src/lib.rs",
            "library/std/src/old.rs.patch",
            "tests/ui/x.rs",
        ])
        # The repository alone reproduces the edited tree in a fresh layout.
        wanted = {rel: get(self.tree, rel) for rel in
                  ("compiler/a/src/lib.rs", "compiler/new/src/lib.rs", "tests/ui/x.rs", "Cargo.lock")}
        shutil.rmtree(os.path.dirname(self.tree))
        self.lay_out()
        for rel, text in wanted.items():
            self.assertEqual(get(self.tree, rel), text, rel)
        self.assertFalse(os.path.exists(os.path.join(self.tree, "library/std/src/old.rs")))
        # ... and exporting that fresh layout changes nothing in the repository.
        before = repo_files(self.repo)
        self.assertEqual(self.export(check=True), [])
        self.assertEqual(self.export(), [])
        self.assertEqual(repo_files(self.repo), before)

    def test_headers_survive_export(self):
        self.lay_out()
        self.edit_tree()
        self.export()
        patch = os.path.join(self.repo, "compiler/a/src/lib.rs.patch")
        text = get(self.repo, "compiler/a/src/lib.rs.patch")
        self.assertIn("<one line: what this patch changes>", text)
        with open(patch, "w") as f:
            f.write("a: call work() in f3\n\nBecause.\n\n" + text[text.index("diff --git"):])
        put(self.tree, {"compiler/a/src/lib.rs": get(self.tree, "compiler/a/src/lib.rs") + "fn g() {}\n"})
        self.export()
        self.assertTrue(get(self.repo, "compiler/a/src/lib.rs.patch").startswith("a: call work() in f3\n\nBecause.\n\ndiff --git"))

    def test_unchanged_files_are_not_rewritten(self):
        self.lay_out()
        self.edit_tree()
        self.export()
        path = os.path.join(self.tree, "compiler/a/src/lib.rs")
        os.utime(path, (1_000_000, 1_000_000))
        self.assertEqual(self.lay_out(), [])
        self.assertEqual(os.stat(path).st_mtime, 1_000_000)

    def test_unexported_edit_is_not_overwritten(self):
        self.lay_out()
        put(self.repo, {"compiler/new/src/lib.rs": "pub fn v1() {}\n"})
        self.lay_out()
        put(self.tree, {"compiler/new/src/lib.rs": "pub fn edited() {}\n"})
        put(self.repo, {"compiler/new/src/lib.rs": "pub fn v2() {}\n"})
        with self.assertRaisesRegex(layout.LayoutError, "compiler/new/src/lib.rs"):
            self.lay_out()
        self.assertEqual(get(self.tree, "compiler/new/src/lib.rs"), "pub fn edited() {}\n")
        self.lay_out(force=True)
        self.assertEqual(get(self.tree, "compiler/new/src/lib.rs"), "pub fn v2() {}\n")

    def test_repository_changes_reach_the_tree(self):
        self.lay_out()
        put(self.repo, {"compiler/new/src/lib.rs": "pub fn v1() {}\n"})
        self.assertEqual(self.lay_out(), ["compiler/new/src/lib.rs"])
        # Removing it from the repository removes it from the tree.
        os.remove(os.path.join(self.repo, "compiler/new/src/lib.rs"))
        self.assertEqual(self.lay_out(), ["compiler/new/src/lib.rs"])
        self.assertFalse(os.path.exists(os.path.join(self.tree, "compiler/new/src/lib.rs")))

    def test_reverted_edit_drops_the_patch(self):
        self.lay_out()
        self.edit_tree()
        self.export()
        put(self.tree, {"Cargo.lock": UPSTREAM["Cargo.lock"]})
        self.assertIn("Cargo.lock.patch", self.export())
        self.assertFalse(os.path.exists(os.path.join(self.repo, "Cargo.lock.patch")))

    def test_export_refuses_to_undo_repository_changes(self):
        self.lay_out()
        put(self.repo, {"tests/ui/new.rs": "fn main() {}\n"})
        with self.assertRaisesRegex(layout.LayoutError, "tests/ui/new.rs"):
            self.export()
        self.assertTrue(os.path.exists(os.path.join(self.repo, "tests/ui/new.rs")))
        self.lay_out()
        self.assertEqual(self.export(check=True), [])

    def test_patch_that_does_not_apply_is_reported(self):
        put(self.repo, {"compiler/b/src/lib.rs.patch":
            "b: x\n\ndiff --git a/compiler/b/src/lib.rs b/compiler/b/src/lib.rs\n"
            "--- a/compiler/b/src/lib.rs\n+++ b/compiler/b/src/lib.rs\n"
            "@@ -1 +1 @@\n-pub struct C;\n+pub struct D;\n"})
        with self.assertRaisesRegex(layout.LayoutError, "does not apply"):
            self.lay_out()

    def test_repository_only_files_are_not_laid_out(self):
        put(self.repo, {"src/doc/prustc/guide.md": "ours\n", "x.py": "ours\n"})
        self.lay_out()
        self.assertFalse(os.path.exists(os.path.join(self.tree, "src/doc/prustc/guide.md")))
        self.assertEqual(get(self.tree, "README.md"), UPSTREAM["README.md"])


if __name__ == "__main__":
    unittest.main()
