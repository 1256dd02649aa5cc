"""Moving the fork onto a newer upstream source tree.

`./x.py rebase <dir>` works in the build tree's git repository:

1. It refuses unless the tree holds exactly what the repository lays out.
2. It commits the fork (upstream + our changes) as `prustc-old`.
3. It imports `<dir>` as a new root commit, tagged `upstream-new`, and checks
   it out.
4. It cherry-picks `prustc-old` onto it without committing: git's three-way
   merge, with the old upstream as the base, carries every patch over and
   marks what conflicts.

The developer then fixes the conflicts in the tree and runs
`./x.py rebase --finish`, which moves the `upstream` tag to the new tree and
leaves the fork as uncommitted changes again, and updates
`src/tools/prustc_x/upstream.toml`; `./x.py export` then rewrites every patch
against the new upstream. Single-threaded.
"""

import json
import os
import subprocess

from . import layout

STATE = "prustc-rebase.json"


def start(repo, tree, old_upstream, new_upstream, log):
    if not os.path.isdir(new_upstream):
        log(f"{new_upstream} is not a directory")
        return 2
    new_upstream = os.path.abspath(new_upstream)
    if os.path.exists(os.path.join(tree, ".git", STATE)):
        log("a rebase is in progress: fix the conflicts, then `./x.py rebase --finish`")
        return 1
    if layout.export(repo, old_upstream, tree, check=True):
        log("the build tree holds unexported edits: run `./x.py export` first")
        return 1
    git = lambda *a, **kw: layout.git(tree, *a, **kw)  # noqa: E731
    git("add", "-A", ".")
    git("commit", "-q", "--no-verify", "--allow-empty", "-m", "prustc: our changes")
    git("branch", "-f", "prustc-old")
    # The new upstream becomes a root commit built from its own index.
    index = os.path.join(tree, ".git", "prustc-new-upstream.index")
    env = {"GIT_INDEX_FILE": index, "GIT_WORK_TREE": new_upstream}
    git("--work-tree", new_upstream, "add", "-A", "-f", ".", env=env)
    tree_id = git("write-tree", env=env).decode().strip()
    os.remove(index)
    commit = git("commit-tree", tree_id, "-m", f"upstream: {new_upstream}").decode().strip()
    git("tag", "-f", "upstream-new", commit)
    git("checkout", "-q", "-f", "upstream-new")
    with open(os.path.join(tree, ".git", STATE), "w") as f:
        json.dump({"old": old_upstream, "new": new_upstream}, f)
    picked = subprocess.run(
        ["git", "-C", tree, "cherry-pick", "--no-commit", "prustc-old"],
        env=dict(os.environ, **layout.GIT_ENV),
    )
    if picked.returncode != 0:
        log(f"conflicts: fix them in {tree} (git status lists them), then `./x.py rebase --finish`")
    else:
        log("every change applied cleanly; check the tree, then `./x.py rebase --finish`")
    return 0


def finish(repo, tree, log):
    state_path = os.path.join(tree, ".git", STATE)
    if not os.path.exists(state_path):
        log("no rebase in progress")
        return 1
    with open(state_path) as f:
        state = json.load(f)
    unmerged = layout.git(tree, "diff", "--name-only", "--diff-filter=U").decode().split()
    if unmerged:
        log("still conflicted:\n  " + "\n  ".join(unmerged))
        return 1
    git = lambda *a: layout.git(tree, *a)  # noqa: E731
    git("reset", "-q")  # the fork is uncommitted changes again
    git("tag", "-f", layout.BASE_TAG, "upstream-new")
    git("symbolic-ref", "HEAD", "refs/heads/main")
    git("update-ref", "refs/heads/main", "upstream-new")
    manifest = layout.load_manifest(tree)
    manifest["upstream"] = state["new"]
    manifest["rebased"] = True
    layout.save_manifest(tree, manifest)
    os.remove(state_path)
    log(
        f"the tree is now based on {state['new']}. Next: set `dir` (and the package, "
        "version, stage0 and LLVM) in src/tools/prustc_x/upstream.toml, then `./x.py export`, "
        "`./x.py build`, `./x.py test`"
    )
    return 0
