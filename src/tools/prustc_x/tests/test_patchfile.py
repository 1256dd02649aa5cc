"""Unit tests of patch splitting and strict application."""

import unittest

from prustc_x import patchfile

ORIGINAL = "".join(f"line {i}\n" for i in range(1, 21))

DIFF = """\
diff --git a/f.txt b/f.txt
index 0000000..1111111 100644
--- a/f.txt
+++ b/f.txt
@@ -2,3 +2,4 @@
 line 2
-line 3
+line three
+line 3.5
 line 4
@@ -17,4 +18,3 @@
 line 17
 line 18
-line 19
 line 20
"""


class ApplyTests(unittest.TestCase):
    def test_split_keeps_header_and_diff(self):
        header, diff = patchfile.split("what\n\nwhy\n\n" + DIFF)
        self.assertEqual(header, "what\n\nwhy\n\n")
        self.assertEqual(diff, DIFF)

    def test_split_rejects_text_without_diff(self):
        with self.assertRaises(patchfile.PatchError):
            patchfile.split("only prose\n")

    def test_applies_two_hunks(self):
        out = patchfile.apply(ORIGINAL, DIFF)
        lines = out.splitlines()
        self.assertEqual(lines[1:5], ["line 2", "line three", "line 3.5", "line 4"])
        self.assertNotIn("line 19", lines)
        self.assertEqual(len(lines), 20)

    def test_mismatched_context_is_an_error(self):
        with self.assertRaisesRegex(patchfile.PatchError, "hunk 1"):
            patchfile.apply(ORIGINAL.replace("line 3\n", "line III\n"), DIFF, "f.txt")

    def test_no_newline_at_end(self):
        diff = (
            "diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n"
            "\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
        )
        self.assertEqual(patchfile.apply("a\nb", diff), "a\nc")

    def test_creation_and_deletion(self):
        create = "diff --git a/n b/n\nnew file mode 100644\n--- /dev/null\n+++ b/n\n@@ -0,0 +1,2 @@\n+x\n+y\n"
        self.assertEqual(patchfile.apply(None, create), "x\ny\n")
        delete = "diff --git a/n b/n\ndeleted file mode 100644\n--- a/n\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-x\n-y\n"
        self.assertIsNone(patchfile.apply("x\ny\n", delete))


if __name__ == "__main__":
    unittest.main()
