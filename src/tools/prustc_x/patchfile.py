"""Our patch files: a header in prose, then one file's `git diff`.

A patch file sits at `<upstream path>.patch` in the repository. Everything
before the first `diff --git` line is the header (what the patch changes and
why); the rest is exactly what `git diff` prints for that one file. This
module splits the two and applies the diff to the pristine upstream text.

Application is strict: every context and removed line must match the
pristine file exactly (hunks may only move by a few lines if an earlier hunk
changed the line count, which `git diff` already accounts for). A patch that
does not apply is an error that names the hunk, never a silent fuzz; fuzzy
merging belongs to `x.py rebase`, which uses git's three-way merge.

Nothing here is shared across threads: the tool is single-threaded.
"""

import re

DIFF_START = "diff --git "
HUNK_RE = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PatchError(Exception):
    """A patch file that cannot be read or does not apply."""


def split(text):
    """Return (header, diff) of a patch file's text."""
    idx = text.find("\n" + DIFF_START)
    if text.startswith(DIFF_START):
        return "", text
    if idx < 0:
        raise PatchError("no `diff --git` line: not a patch file")
    return text[: idx + 1], text[idx + 1 :]


def _hunks(diff):
    """Yield (old_start, old_lines, new_lines) for each hunk of `diff`.

    Lines keep their trailing newline; a `\\ No newline at end of file`
    marker strips the newline of the line before it.
    """
    lines = diff.splitlines(keepends=True)
    i = 0
    while i < len(lines) and not lines[i].startswith("@@"):
        i += 1
    while i < len(lines):
        m = HUNK_RE.match(lines[i])
        if not m:
            raise PatchError(f"expected a hunk header, found {lines[i]!r}")
        old_start = int(m.group(1))
        old_count = int(m.group(2)) if m.group(2) is not None else 1
        new_count = int(m.group(4)) if m.group(4) is not None else 1
        i += 1
        old, new = [], []
        last = None
        while i < len(lines) and (len(old) < old_count or len(new) < new_count or
                                  lines[i].startswith("\\")):
            line = lines[i]
            tag, body = line[:1], line[1:]
            if tag == "\\":
                # "\ No newline at end of file" applies to the previous line.
                for target in last:
                    target[-1] = target[-1][:-1] if target[-1].endswith("\n") else target[-1]
            elif tag == " ":
                old.append(body)
                new.append(body)
                last = (old, new)
            elif tag == "-":
                old.append(body)
                last = (old,)
            elif tag == "+":
                new.append(body)
                last = (new,)
            elif line in ("\n", ""):
                # An empty context line whose leading space was stripped.
                old.append("\n")
                new.append("\n")
                last = (old, new)
            else:
                raise PatchError(f"unexpected line in hunk: {line!r}")
            i += 1
        if len(old) != old_count or len(new) != new_count:
            raise PatchError(f"hunk at -{old_start} is truncated")
        yield old_start, old, new


def is_deletion(diff):
    return "\n+++ /dev/null\n" in diff or diff.startswith("+++ /dev/null\n")


def is_creation(diff):
    return "\n--- /dev/null\n" in diff


def apply(original, diff, name="<file>"):
    """Apply one file's diff to `original` (a str, or None if absent).

    Returns the new text, or None if the diff deletes the file.
    """
    if is_deletion(diff):
        return None
    src = [] if original is None else original.splitlines(keepends=True)
    out = []
    pos = 0  # next unconsumed line of src
    for number, (old_start, old, new) in enumerate(_hunks(diff), 1):
        want = max(old_start - 1, 0) if old else old_start
        at = _find(src, old, want, pos)
        if at is None:
            raise PatchError(f"{name}: hunk {number} (at line {old_start}) does not apply")
        out.extend(src[pos:at])
        out.extend(new)
        pos = at + len(old)
    out.extend(src[pos:])
    return "".join(out)


def _find(src, old, want, lower):
    """Where `old` matches in `src`, searching outward from `want`."""
    for delta in range(0, len(src) + 1):
        for at in (want - delta, want + delta):
            if at >= lower and at + len(old) <= len(src) and src[at : at + len(old)] == old:
                return at
        if want - delta < lower and want + delta + len(old) > len(src):
            break
    return None
