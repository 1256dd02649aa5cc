"""Getting a build ready and running upstream's bootstrap on it.

`prepare` does everything before bootstrap runs: installs missing packages,
lays out the tree (or copies pristine upstream for the baseline) and writes
the bootstrap.toml generated from config.toml. `bootstrap` then runs the
tree's own `x.py` with the environment our patches read at build time.
The commands (cli.py) and the test suite (suite.py) share these.
Single-threaded; the parallelism is in the builds it starts.
"""

import os
import subprocess
import sys

from . import bootstrap_config, dist, layout, prereqs


def log(msg):
    print(f"prustc: {msg}", flush=True)


def prepare(paths, force=False, dist_phase="plain"):
    """Packages, tree and bootstrap.toml of the build at `paths`; returns the
    config. `dist_phase` chooses the `--dist` build's settings (see dist.py)."""
    is_dist = paths.variant == "dist"
    prereqs.ensure_packages(log, extra=prereqs.DIST_PACKAGES if is_dist else ())
    cfg = bootstrap_config.load(os.path.join(paths.repo, "config.toml"))
    if paths.variant == "serial":
        cfg["serial-sync"] = True
    if is_dist:
        # The profile's settings win over the same keys in config.toml.
        for section, table in dist.settings(dist_phase, os.path.join(paths.build, "pgo")).items():
            cfg["bootstrap"].setdefault(section, {}).update(table)
    if paths.variant == "baseline":
        prepare_baseline_tree(paths)
        description = "prustc-baseline: unmodified upstream"
    else:
        written = layout.lay_out(paths.repo, prereqs.UPSTREAM_DIR, paths.tree, force=force, log=log)
        if written:
            log(f"laid out {len(written)} changed file(s) in {paths.tree}")
        description = ("prustc-serial-sync" if cfg["serial-sync"]
                       else "prustc-dist" if is_dist else "prustc")
    text = bootstrap_config.render(cfg, paths.build, description)
    os.makedirs(os.path.dirname(paths.config), exist_ok=True)
    if layout.read(paths.config) != text.encode():
        layout.write(paths.config, text.encode())
    return cfg


def prepare_baseline_tree(paths):
    marker = os.path.join(paths.build, ".upstream")
    if layout.read(marker) == prereqs.UPSTREAM_DIR.encode() and os.path.isdir(paths.tree):
        return
    log(f"copying pristine upstream to {paths.tree} (once)")
    if os.path.exists(paths.tree):
        subprocess.run(["rm", "-rf", paths.tree], check=True)
    os.makedirs(paths.build, exist_ok=True)
    subprocess.run(["cp", "-a", prereqs.UPSTREAM_DIR, paths.tree], check=True)
    layout.write(marker, prereqs.UPSTREAM_DIR.encode())


def bootstrap_command(paths, cfg, args):
    """The command line and environment that run upstream's bootstrap."""
    env = dict(os.environ)
    # Only the config decides; a variable left in the shell does not.
    env.pop("PRUSTC_SERIAL_SYNC", None)
    env.update(bootstrap_config.build_env(cfg))
    if paths.own_config:
        args = [*args, "--config", paths.config]
    log("running " + " ".join(["x.py", *args]) + f" in {paths.tree}")
    return [sys.executable, os.path.join(paths.tree, "x.py"), *args], env


def bootstrap(paths, cfg, args, check=True):
    """Runs bootstrap; returns its exit code, or exits with it if `check`."""
    cmd, env = bootstrap_command(paths, cfg, args)
    code = subprocess.run(cmd, cwd=paths.tree, env=env).returncode
    if check and code != 0:
        raise SystemExit(code)
    return code
