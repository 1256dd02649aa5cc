"""The series: the fork's files grouped by topic (`series.toml` at the root).

A topic is one design change of the fork (the sync layer, the proc-macro
batches, ...), described under the same name in
`src/doc/prustc/architecture.md`. It owns files, by exact path or by a glob
over a directory that holds no patch (`tests/ui/parallel-frontend/**`,
`src/tools/prustc_*/**`). The layout keeps one patch per upstream file, so a
file that two topics change is owned by one of them, and each other topic
names its share under `[[topic.hunks]]`: the file, and the items (functions,
fields, modules) its hunks change, as they are spelled in the diff.

`check` compares the series with the repository:

- every file it looks at belongs to exactly one topic: the overlay that
  `./x.py layout` lays out (`layout.overlay_files`) and our own subtrees under
  the overlay roots that are not laid out (`layout.NOT_LAID_OUT`: the tools,
  the docs);
- no entry is stale: an exact path names such a file, a glob matches one, a
  hunk's items all occur in that file's diff;
- every laid-out patch's header starts with `Subject:` and ends with the
  trailers `Topic: <owner>[, <topics with hunks in it>]` and
  `Forwarded: <one of FORWARDED>`.

Single-threaded; nothing is shared.
"""

import fnmatch
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field

from . import layout, patchfile

SERIES_FILE = "series.toml"
FORWARDED = ("not-needed", "meant-for-upstream", "needs-rework", "fixed-upstream")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
GLOB_CHARS = "*?["


@dataclass
class Hunks:
    """A topic's share of a patch that another topic owns."""

    file: str
    items: list


@dataclass
class Topic:
    name: str
    summary: str
    forwarded: str
    files: list
    hunks: list = field(default_factory=list)


class SeriesError(Exception):
    """`series.toml` cannot be read as a series; says where."""


def parse(text):
    """The topics of a series file's text, in order."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise SeriesError(f"{SERIES_FILE}: {e}") from None
    unknown = set(data) - {"topic"}
    if unknown:
        raise SeriesError(f"{SERIES_FILE}: unknown top-level keys {sorted(unknown)}")
    topics = []
    for i, entry in enumerate(data.get("topic", [])):
        where = f"{SERIES_FILE}: topic {i + 1} ({entry.get('name', 'no name')})"
        unknown = set(entry) - {"name", "summary", "forwarded", "files", "hunks"}
        if unknown:
            raise SeriesError(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("name", "summary", "forwarded"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise SeriesError(f"{where}: `{key}` must be a non-empty string")
        if "\n" in entry["summary"]:
            raise SeriesError(f"{where}: `summary` must be one line")
        files = entry.get("files", [])
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise SeriesError(f"{where}: `files` must be a list of paths")
        hunks = []
        for h in entry.get("hunks", []):
            if set(h) != {"file", "items"}:
                raise SeriesError(f"{where}: a `hunks` entry has `file` and `items`, found {sorted(h)}")
            items = h["items"]
            if not isinstance(h["file"], str) or not isinstance(items, list) or not items or not all(
                isinstance(item, str) and item for item in items
            ):
                raise SeriesError(f"{where}: a `hunks` entry needs a file and a non-empty list of items")
            hunks.append(Hunks(h["file"], items))
        topics.append(Topic(entry["name"], entry["summary"], entry["forwarded"], files, hunks))
    return topics


def load(repo):
    path = os.path.join(repo, SERIES_FILE)
    try:
        with open(path, "rb") as f:
            text = f.read().decode()
    except FileNotFoundError:
        raise SeriesError(f"{SERIES_FILE} not found at the root of {repo}") from None
    return parse(text)


def is_glob(entry):
    return any(c in entry for c in GLOB_CHARS)


def glob_matches(pattern, path):
    """Whether `path` is under the directory `pattern` names (`dir/**`, whose
    segments may hold `*`)."""
    dir_segments = pattern[: -len("/**")].split("/")
    segments = path.split("/")
    return len(segments) > len(dir_segments) and all(
        fnmatch.fnmatchcase(s, p) for s, p in zip(segments, dir_segments)
    )


def checked_files(repo):
    """The files every one of which must belong to exactly one topic, sorted."""
    found = set(layout.overlay_files(repo))
    for sub in layout.NOT_LAID_OUT:
        top = os.path.join(repo, sub)
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            for name in filenames:
                if name.endswith(".pyc"):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), repo)
                found.add(rel.replace(os.sep, "/"))
    return sorted(found)


def trailers(header):
    """The `Key: value` lines of a header's last paragraph, as a dict."""
    paragraphs = [p for p in header.strip().split("\n\n") if p.strip()]
    found = {}
    if not paragraphs:
        return found
    for line in paragraphs[-1].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and " " not in key.strip():
            found[key.strip()] = value.strip()
    return found


def _read(repo, rel):
    with open(os.path.join(repo, rel), encoding="utf-8", errors="replace") as f:
        return f.read()


def check(repo):
    """Problems of the series against the repository, as messages (none: all
    is well)."""
    try:
        topics = load(repo)
    except SeriesError as e:
        return [str(e)]
    problems = []
    names = [t.name for t in topics]
    for t in topics:
        if not SLUG_RE.match(t.name):
            problems.append(f"topic `{t.name}`: the name must be a slug (lowercase words joined by `-`)")
        if names.count(t.name) > 1 and names.index(t.name) == topics.index(t):
            problems.append(f"topic `{t.name}` is defined {names.count(t.name)} times")
        if t.forwarded not in FORWARDED:
            problems.append(f"topic `{t.name}`: forwarded = {t.forwarded!r}, expected one of {', '.join(FORWARDED)}")

    files = checked_files(repo)
    file_set = set(files)
    laid_out_patches = {f for f in layout.overlay_files(repo) if f.endswith(".patch")}

    # Owners.
    owners = {f: [] for f in files}
    for t in topics:
        for entry in t.files:
            if is_glob(entry):
                if not entry.endswith("/**") or is_glob(entry[:-3].replace("*", "")):
                    problems.append(
                        f"topic `{t.name}`: glob `{entry}`: only `dir/**` globs are allowed "
                        "(with `*` inside a directory name)"
                    )
                    continue
                matched = [f for f in files if glob_matches(entry, f)]
                if not matched:
                    problems.append(f"topic `{t.name}`: `{entry}` matches no file (stale entry)")
                patches = [f for f in matched if f in laid_out_patches]
                if patches:
                    problems.append(
                        f"topic `{t.name}`: glob `{entry}` covers patches ({', '.join(patches[:3])}); "
                        "name patches by their exact path"
                    )
            else:
                matched = [entry] if entry in file_set else []
                if not matched:
                    problems.append(
                        f"topic `{t.name}`: `{entry}` is not a file of the overlay (stale entry?)"
                    )
            for f in matched:
                if t.name not in owners[f]:
                    owners[f].append(t.name)
    for f in files:
        if not owners[f]:
            problems.append(f"{f}: belongs to no topic; add it to a topic's `files` in {SERIES_FILE}")
        elif len(owners[f]) > 1:
            problems.append(f"{f}: belongs to {len(owners[f])} topics ({', '.join(owners[f])}); keep one owner")

    # Shares of other topics' patches.
    sharers = {}
    for t in topics:
        seen = set()
        for h in t.hunks:
            where = f"topic `{t.name}`, hunks of `{h.file}`"
            if h.file in seen:
                problems.append(f"{where}: the file is listed twice; merge the entries")
                continue
            seen.add(h.file)
            if h.file not in laid_out_patches:
                problems.append(f"{where}: not a patch of the overlay (stale entry?)")
                continue
            if owners.get(h.file) == [t.name]:
                problems.append(f"{where}: the topic owns the file; hunks name other topics' shares only")
                continue
            sharers.setdefault(h.file, []).append(t.name)
            try:
                _, diff = patchfile.split(_read(repo, h.file))
            except patchfile.PatchError as e:
                problems.append(f"{where}: {e}")
                continue
            for item in h.items:
                if item not in diff:
                    problems.append(f"{where}: `{item}` does not occur in the diff (stale item?)")

    # Header trailers of the laid-out patches.
    for f in sorted(laid_out_patches):
        if len(owners.get(f, [])) != 1:
            continue
        try:
            header, _ = patchfile.split(_read(repo, f))
        except patchfile.PatchError as e:
            problems.append(f"{f}: {e}")
            continue
        if not header.startswith("Subject: "):
            problems.append(f"{f}: the header must start with `Subject: ` (see src/doc/prustc/patches.md)")
        found = trailers(header)
        expected = [owners[f][0]] + sorted(sharers.get(f, []), key=names.index)
        topic_line = found.get("Topic")
        if topic_line is None:
            problems.append(f"{f}: no `Topic:` trailer; expected `Topic: {', '.join(expected)}`")
        else:
            listed = [s.strip() for s in topic_line.split(",")]
            if listed[0] != expected[0] or sorted(listed[1:]) != sorted(expected[1:]):
                problems.append(
                    f"{f}: `Topic: {topic_line}` does not match {SERIES_FILE}; "
                    f"expected `Topic: {', '.join(expected)}` (the owner first)"
                )
        forwarded = re.match(r"[a-z-]*", found.get("Forwarded", "")).group()
        if forwarded not in FORWARDED:
            problems.append(f"{f}: the `Forwarded:` trailer must be one of {', '.join(FORWARDED)}")
    return problems


def main(argv):
    repo = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "..")
    problems = check(os.path.abspath(repo))
    for p in problems:
        print(p)
    if not problems:
        topics = load(os.path.abspath(repo))
        print(f"{SERIES_FILE}: {len(topics)} topics, every file owned once, every trailer in place")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
