"""Where each build of the fork lives under build/.

Four builds share the repository: ours (`./x.py build`), the unmodified
upstream baseline (`--baseline`), the serial-sync build (`--serial`) and the
optimised build (`--dist`). This module only names their directories; it
creates nothing. Single-threaded; nothing is shared.
"""

import os

HOST = "x86_64-unknown-linux-gnu"
VARIANTS = ("baseline", "serial", "dist")
# The command that builds each one's stage1, by its name in the bench.
BUILD_COMMAND = {
    "prustc": "./x.py build",
    "baseline": "./x.py build --baseline",
    "serial": "./x.py build --serial",
    "dist": "./x.py build --dist",
}


class Paths:
    """Where a build lives. The baseline has a tree and an output directory
    of its own; the serial-sync build and the optimised build share our
    tree and have their own output directory and bootstrap config."""

    def __init__(self, repo, variant=None):
        if variant not in (None, *VARIANTS):
            raise ValueError(f"unknown build variant {variant!r}")
        self.repo = repo
        self.variant = variant
        self.build = os.path.join(repo, "build", *([variant] if variant else []))
        # The serial-sync and optimised builds pass bootstrap `--config`.
        self.own_config = variant in ("serial", "dist")
        if variant == "baseline":
            self.tree = os.path.join(self.build, "rust")
        else:
            self.tree = os.path.join(repo, "build", "rust")
        self.name = f"prustc-{variant}" if variant else "prustc"
        self.stage1 = os.path.join(self.build, HOST, "stage1")
        self.rustc = os.path.join(self.stage1, "bin", "rustc")
        # bootstrap reads the tree's bootstrap.toml unless given `--config`.
        self.config = os.path.join(self.build if self.own_config else self.tree, "bootstrap.toml")
