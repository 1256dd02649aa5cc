"""The series check (`series.py`) on a small synthetic repository, and on the
real one.

The synthetic repository has a patch shared by two topics, files wholly ours,
tests under a glob, a tool and a doc; each test breaks one thing and expects
the check to name it. The last test runs the check on this repository, so
that `./x.py test` fails when a patch or file is left out of `series.toml`, a
topic names a file that is gone, or a header's `Topic:` trailer disagrees.
"""

import os
import shutil
import tempfile
import unittest

from prustc_x import series

DIFF = """\
diff --git a/compiler/a/src/lib.rs b/compiler/a/src/lib.rs
index 1111111111111111111111111111111111111111..2222222222222222222222222222222222222222 100644
--- a/compiler/a/src/lib.rs
+++ b/compiler/a/src/lib.rs
@@ -1,2 +1,4 @@ mod old;
 fn f() {}
+fn shared_helper() {}
+fn owner_change() {}
 fn g() {}
"""


def header(topic="alpha, beta", forwarded="meant-for-upstream"):
    lines = ["Subject: two changes to a", "", "Why, in a few lines.", ""]
    if topic is not None:
        lines.append(f"Topic: {topic}")
    if forwarded is not None:
        lines.append(f"Forwarded: {forwarded}")
    return "\n".join(lines) + "\n\n"


SERIES = """\
[[topic]]
name = "alpha"
summary = "The first change"
forwarded = "meant-for-upstream"
files = [
    "compiler/a/src/lib.rs.patch",
    "compiler/a/src/ours.rs",
]

[[topic]]
name = "beta"
summary = "The second change"
forwarded = "not-needed"
files = [
    "tests/ui/parallel-frontend/**",
]

[[topic.hunks]]
file = "compiler/a/src/lib.rs.patch"
items = ["shared_helper"]

[[topic]]
name = "tooling"
summary = "Our tools"
forwarded = "not-needed"
files = ["src/tools/prustc_*/**"]

[[topic]]
name = "docs"
summary = "Our guide"
forwarded = "not-needed"
files = ["src/doc/prustc/**"]
"""

FILES = {
    "compiler/a/src/lib.rs.patch": header() + DIFF,
    "compiler/a/src/ours.rs": "pub fn ours() {}\n",
    "tests/ui/parallel-frontend/t.rs": "fn main() {}\n",
    "tests/ui/parallel-frontend/t.stderr": "",
    "src/tools/prustc_x/cli.py": "",
    "src/tools/prustc_x/tests/test_cli.py": "",
    "src/doc/prustc/README.md": "# guide\n",
    "series.toml": SERIES,
}


class SeriesTests(unittest.TestCase):
    def setUp(self):
        self.repo = tempfile.mkdtemp(prefix="prustc-series-test-")
        for rel, text in FILES.items():
            self.put(rel, text)

    def tearDown(self):
        shutil.rmtree(self.repo)

    def put(self, rel, text):
        path = os.path.join(self.repo, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def edit_series(self, old, new):
        text = SERIES.replace(old, new)
        self.assertNotEqual(text, SERIES, "the test's edit must change the series")
        self.put("series.toml", text)

    def assert_problem(self, *words):
        problems = series.check(self.repo)
        self.assertTrue(
            any(all(w in p for w in words) for p in problems),
            f"no problem mentioning {words} in {problems}",
        )

    def test_a_consistent_series_has_no_problem(self):
        self.assertEqual(series.check(self.repo), [])

    def test_a_file_left_out_fails(self):
        self.put("compiler/b/src/new.rs", "pub fn new() {}\n")
        self.assert_problem("compiler/b/src/new.rs", "belongs to no topic")

    def test_a_file_left_out_of_our_tools_fails(self):
        self.put("src/tools/other/main.py", "")
        self.assert_problem("src/tools/other/main.py", "belongs to no topic")

    def test_a_file_in_two_topics_fails(self):
        self.edit_series(
            'files = ["src/doc/prustc/**"]',
            'files = ["src/doc/prustc/**", "compiler/a/src/ours.rs"]',
        )
        self.assert_problem("compiler/a/src/ours.rs", "belongs to 2 topics", "alpha", "docs")

    def test_a_file_under_two_globs_fails(self):
        self.edit_series('files = ["src/doc/prustc/**"]', 'files = ["src/doc/prustc/**", "src/tools/**"]')
        self.assert_problem("src/tools/prustc_x/cli.py", "belongs to 2 topics", "tooling", "docs")

    def test_a_stale_entry_fails(self):
        os.remove(os.path.join(self.repo, "compiler/a/src/ours.rs"))
        self.assert_problem("compiler/a/src/ours.rs", "stale")

    def test_a_stale_glob_fails(self):
        shutil.rmtree(os.path.join(self.repo, "tests"))
        self.assert_problem("tests/ui/parallel-frontend/**", "matches no file")

    def test_a_glob_over_patches_fails(self):
        self.edit_series(
            '    "compiler/a/src/lib.rs.patch",\n    "compiler/a/src/ours.rs",\n',
            '    "compiler/a/**",\n',
        )
        self.assert_problem("compiler/a/**", "covers patches")

    def test_a_stale_hunk_item_fails(self):
        self.edit_series('items = ["shared_helper"]', 'items = ["shared_helper", "gone_helper"]')
        self.assert_problem("gone_helper", "does not occur")

    def test_hunks_of_a_file_the_topic_owns_fail(self):
        self.edit_series(
            '    "compiler/a/src/lib.rs.patch",\n    "compiler/a/src/ours.rs",\n',
            '    "compiler/a/src/ours.rs",\n',
        )
        self.put(
            "series.toml",
            open(os.path.join(self.repo, "series.toml")).read().replace(
                '    "tests/ui/parallel-frontend/**",\n',
                '    "tests/ui/parallel-frontend/**",\n    "compiler/a/src/lib.rs.patch",\n',
            ),
        )
        self.assert_problem("hunks name other topics' shares only")

    def test_a_wrong_topic_trailer_fails(self):
        self.put("compiler/a/src/lib.rs.patch", header(topic="beta, alpha") + DIFF)
        self.assert_problem("compiler/a/src/lib.rs.patch", "expected `Topic: alpha, beta`")

    def test_a_trailer_that_misses_a_sharing_topic_fails(self):
        self.put("compiler/a/src/lib.rs.patch", header(topic="alpha") + DIFF)
        self.assert_problem("compiler/a/src/lib.rs.patch", "expected `Topic: alpha, beta`")

    def test_a_missing_topic_trailer_fails(self):
        self.put("compiler/a/src/lib.rs.patch", header(topic=None) + DIFF)
        self.assert_problem("compiler/a/src/lib.rs.patch", "no `Topic:` trailer")

    def test_a_bad_forwarded_trailer_fails(self):
        self.put("compiler/a/src/lib.rs.patch", header(forwarded="maybe") + DIFF)
        self.assert_problem("compiler/a/src/lib.rs.patch", "Forwarded")

    def test_a_placeholder_header_fails(self):
        placeholder = "compiler/a/src/lib.rs: <one line: what this patch changes>\n\n<why>\n\n"
        self.put("compiler/a/src/lib.rs.patch", placeholder + DIFF)
        self.assert_problem("compiler/a/src/lib.rs.patch", "Subject:")

    def test_a_bad_forwarded_value_in_the_series_fails(self):
        self.edit_series('forwarded = "meant-for-upstream"', 'forwarded = "someday"')
        self.assert_problem("alpha", "someday")

    def test_an_unreadable_series_is_one_problem(self):
        self.put("series.toml", "[[topic]\n")
        problems = series.check(self.repo)
        self.assertEqual(len(problems), 1)
        self.assertIn("series.toml", problems[0])

    def test_trailers_are_read_from_the_last_paragraph(self):
        self.assertEqual(
            series.trailers("Subject: s\n\nTopic: not a trailer here\n\nTopic: a, b\nForwarded: not-needed\n"),
            {"Topic": "a, b", "Forwarded": "not-needed"},
        )


class RealRepositoryTests(unittest.TestCase):
    def test_the_series_covers_the_repository(self):
        repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
        self.assertTrue(os.path.exists(os.path.join(repo, series.SERIES_FILE)), repo)
        problems = series.check(repo)
        self.assertEqual(problems, [], "series.toml disagrees with the repository:\n" + "\n".join(problems))


if __name__ == "__main__":
    unittest.main()
