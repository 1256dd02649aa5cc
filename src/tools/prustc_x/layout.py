"""Laying out the build tree, and exporting a developer's edits back.

The build tree (`build/rust`) is a git repository. Its single commit, tagged
`upstream`, is the pristine upstream source; on top of it, uncommitted, sit
our changes: for every `<path>.patch` in the repository's overlay the patched
file, and every other overlay file as it is. `git diff upstream` in the tree
therefore shows exactly the fork.

Layout is incremental: a file whose content would not change is never
rewritten, so cargo's mtime-based fingerprints keep a no-change rebuild free.
A manifest (`.git/prustc-layout.json`) records the hash of every file layout
wrote; a tree file that differs both from what we want to write and from what
we last wrote was edited by a developer, and layout stops rather than
overwrite it (run `./x.py export` first).

Export is the inverse: every file that differs from `upstream` becomes a
patch (or, if upstream has no such file, a plain file) in the repository, and
overlay entries that no longer differ are removed. The patch body is what
`git diff` prints, with a fixed set of options, so exporting an unchanged tree
rewrites nothing.

Single-threaded; nothing is shared.
"""

import hashlib
import json
import os
import shutil
import subprocess

from . import patchfile

# Top-level directories of the repository whose contents are laid out over
# upstream. Anything else in the repository (x.py, docs, our Python tools) is
# not part of the compiler tree.
OVERLAY_ROOTS = ("compiler", "library", "src", "tests")
# Upstream files at the top level that we may patch (`Cargo.lock.patch` at the
# repository root); other top-level names are the repository's own.
ROOT_FILES = ("Cargo.toml", "Cargo.lock")
# Overlay subtrees that belong to us only and are not laid out.
NOT_LAID_OUT = (
    "src/doc/prustc",
    "src/tools/prustc_x",
)
# Paths in the tree that are generated or local and never exported.
TREE_IGNORES = (
    "/bootstrap.toml",
    "__pycache__/",
    "*.pyc",
)
BASE_TAG = "upstream"
MANIFEST = "prustc-layout.json"
# Fixed identity and date so that the base commit of a given upstream tree
# always has the same hash.
GIT_ENV = {
    "GIT_AUTHOR_NAME": "upstream",
    "GIT_AUTHOR_EMAIL": "upstream@prustc.invalid",
    "GIT_COMMITTER_NAME": "upstream",
    "GIT_COMMITTER_EMAIL": "upstream@prustc.invalid",
    "GIT_AUTHOR_DATE": "2000-01-01T00:00:00Z",
    "GIT_COMMITTER_DATE": "2000-01-01T00:00:00Z",
}
PATCH_TEMPLATE = (
    "Subject: <one line: what this patch changes>\n"
    "\n"
    "<why: the problem it solves, one short paragraph per concern; a why that\n"
    "other patches share belongs in src/doc/prustc/architecture.md>\n"
    "\n"
    "Topic: <owning topic in series.toml>[, <topics with hunks in this file>]\n"
    "Forwarded: <not-needed | meant-for-upstream | needs-rework | fixed-upstream>\n"
    "\n"
)
DIFF_ARGS = (
    "diff",
    "--no-color",
    "--no-ext-diff",
    "--no-renames",
    "--full-index",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "-U3",
)


class LayoutError(Exception):
    """The tree cannot be laid out or exported as asked; says what to do."""


def sha(data):
    return None if data is None else hashlib.sha256(data).hexdigest()


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def git(tree, *args, env=None, capture=True):
    full_env = dict(os.environ)
    full_env.update(GIT_ENV)
    if env:
        full_env.update(env)
    out = subprocess.run(
        ["git", "-C", tree, *args],
        env=full_env,
        check=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return out.stdout


def is_laid_out_path(rel):
    if rel in ROOT_FILES:
        return True
    return rel.split("/", 1)[0] in OVERLAY_ROOTS and not any(
        rel == p or rel.startswith(p + "/") for p in NOT_LAID_OUT
    )


def overlay_files(repo):
    """Relative paths of every file in the repository's overlay, sorted."""
    found = [f + ".patch" for f in ROOT_FILES if os.path.exists(os.path.join(repo, f + ".patch"))]
    for root in OVERLAY_ROOTS:
        top = os.path.join(repo, root)
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames.sort()
            for name in filenames:
                rel = os.path.relpath(os.path.join(dirpath, name), repo).replace(os.sep, "/")
                if is_laid_out_path(rel) and "__pycache__" not in rel:
                    found.append(rel)
    return sorted(found)


def desired_tree(repo, upstream):
    """Map every tree path the overlay touches to its wanted bytes (None = absent)."""
    want = {}
    for rel in overlay_files(repo):
        data = read(os.path.join(repo, rel))
        if rel.endswith(".patch"):
            target = rel[: -len(".patch")]
            try:
                _, diff = patchfile.split(data.decode())
                original = read(os.path.join(upstream, target))
                new = patchfile.apply(
                    None if original is None else original.decode(), diff, target
                )
            except patchfile.PatchError as e:
                raise LayoutError(f"{rel}: {e}") from None
            want[target] = None if new is None else new.encode()
        else:
            want[rel] = data
    return want


def create_base(tree, upstream):
    """Copy pristine upstream into `tree` and commit it as the base."""
    if os.path.exists(tree):
        shutil.rmtree(tree)
    os.makedirs(os.path.dirname(tree), exist_ok=True)
    # cp -a keeps mtimes, so a re-created tree does not look newer than it is.
    subprocess.run(["cp", "-a", upstream, tree], check=True)
    git(tree, "init", "-q", "-b", "main")
    with open(os.path.join(tree, ".git", "info", "exclude"), "a") as f:
        f.write("\n".join(TREE_IGNORES) + "\n")
    git(tree, "add", "-A", "-f", ".")
    git(tree, "commit", "-q", "--no-verify", "-m", f"upstream: {upstream}")
    git(tree, "tag", BASE_TAG)
    save_manifest(tree, {"upstream": upstream, "files": {}})


def load_manifest(tree):
    data = read(os.path.join(tree, ".git", MANIFEST))
    return None if data is None else json.loads(data)


def save_manifest(tree, manifest):
    path = os.path.join(tree, ".git", MANIFEST)
    with open(path + ".tmp", "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
    os.replace(path + ".tmp", path)


def write(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".prustc-tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".prustc-tmp", path)


def lay_out(repo, upstream, tree, force=False, log=print):
    """Bring `tree` to upstream + overlay, touching only files that change.

    Returns the list of paths written.
    """
    manifest = load_manifest(tree)
    if manifest is None:
        log(f"laying out pristine upstream {upstream} in {tree} (once)")
        create_base(tree, upstream)
        manifest = load_manifest(tree)
    elif manifest.get("upstream") != upstream:
        raise LayoutError(
            f"{tree} is based on {manifest.get('upstream')}, the repository on {upstream}: "
            "finish the rebase (`./x.py rebase --finish`, then update "
            f"src/tools/prustc_x/upstream.toml), or remove {tree} to start afresh"
        )
    old = manifest["files"]
    want = desired_tree(repo, upstream)
    # Files we laid out before but the overlay no longer touches go back to upstream.
    for rel in old:
        if rel not in want:
            want[rel] = read(os.path.join(upstream, rel))
    written, edited = [], []
    new_manifest = {}
    for rel in sorted(want):
        data = want[rel]
        path = os.path.join(tree, rel)
        cur = read(path)
        if data != read(os.path.join(upstream, rel)):
            new_manifest[rel] = sha(data)
        if cur == data:
            continue
        untouched = old.get(rel, sha(read(os.path.join(upstream, rel)))) == sha(cur)
        if not untouched and not force:
            edited.append(rel)
            continue
        write(path, data)
        written.append(rel)
    if edited:
        raise LayoutError(
            "these files were edited in the build tree and differ from the repository:\n  "
            + "\n  ".join(edited)
            + "\nrun `./x.py export` to keep the edits, or `./x.py layout --force` to discard them"
        )
    save_manifest(tree, {"upstream": upstream, "files": new_manifest})
    return written


def not_laid_out(repo, upstream, tree):
    """Tree paths where the repository wants something the last layout did not write."""
    recorded = load_manifest(tree)["files"]
    want = desired_tree(repo, upstream)
    # The manifest only records what differs from upstream (see lay_out).
    stale = [
        rel
        for rel, data in want.items()
        if recorded.get(rel) != sha(data) and data != read(os.path.join(upstream, rel))
    ]
    stale += [rel for rel in recorded if rel not in want]
    return sorted(stale)


def changed_in_tree(tree):
    """Tree paths that differ from the base commit: (modified_or_deleted, added)."""
    out = git(tree, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames")
    modified, added = [], []
    for entry in out.decode().split("\0"):
        if not entry:
            continue
        status, rel = entry[:2], entry[3:]
        if not is_laid_out_path(rel):
            continue
        (added if status == "??" else modified).append(rel)
    return sorted(modified), sorted(added)


def export(repo, upstream, tree, check=False, log=print):
    """Write the tree's differences from upstream back into the repository.

    With `check`, write nothing and return the repository paths that would
    change. Otherwise return the paths written or removed.
    """
    if load_manifest(tree) is None:
        raise LayoutError(f"{tree} is not laid out; run `./x.py layout` first")
    if git(tree, "rev-parse", "HEAD") != git(tree, "rev-parse", BASE_TAG):
        raise LayoutError(
            f"{tree}: HEAD is not the `{BASE_TAG}` tag; export works on uncommitted changes "
            "(a rebase in progress? see src/doc/prustc/patches.md)"
        )
    # Right after `x.py rebase --finish` the patches still describe the old
    # upstream; this export is what moves them.
    stale = [] if load_manifest(tree).get("rebased") else not_laid_out(repo, upstream, tree)
    if stale:
        raise LayoutError(
            "the repository changed since build/rust was laid out (exporting now would undo "
            "that):\n  " + "\n  ".join(stale) + "\nrun `./x.py layout` first"
        )
    modified, added = changed_in_tree(tree)
    want = {}
    for rel in modified:
        diff = git(tree, *DIFF_ARGS, BASE_TAG, "--", rel).decode()
        if not diff:
            continue  # only a mode or stat change
        existing = read(os.path.join(repo, rel + ".patch"))
        header = None
        if existing is not None:
            header = patchfile.split(existing.decode())[0]
        if not header:
            header = PATCH_TEMPLATE
        want[rel + ".patch"] = (header + diff).encode()
    for rel in added:
        want[rel] = read(os.path.join(tree, rel))
    changes = []
    for rel in sorted(want):
        if read(os.path.join(repo, rel)) != want[rel]:
            changes.append(rel)
            if not check:
                write(os.path.join(repo, rel), want[rel])
    for rel in overlay_files(repo):
        if rel not in want:
            changes.append(rel)
            if not check:
                os.remove(os.path.join(repo, rel))
    if not check:
        # What the tree holds now is what the repository lays out.
        files = {}
        for rel in modified + added:
            data = read(os.path.join(tree, rel))
            if data != read(os.path.join(upstream, rel)):
                files[rel] = sha(data)
        save_manifest(tree, {"upstream": upstream, "files": files})
    return sorted(changes)
