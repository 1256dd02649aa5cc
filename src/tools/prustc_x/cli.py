"""`./x.py`: the fork's commands, and a pass-through to upstream's bootstrap.

Our commands: `build` (and `build --baseline`), `test` (no paths: our whole
suite), `layout`, `export`, `rebase`. Anything else (`check`, `test <path>`,
`build <path>`, `doc`, `clean`, ...) is handed to upstream's `x.py` in the
laid-out tree after laying it out, with the generated bootstrap.toml.
Single-threaded; the parallelism is in the builds it starts.
"""

import os
import subprocess
import sys
import time

from . import bootstrap_config, dist, layout, prereqs

HOST = "x86_64-unknown-linux-gnu"
HELP = f"""\
usage: ./x.py <command> [args]

The prustc fork of rustc {prereqs.UPSTREAM_VERSION}: upstream is the Debian package
{prereqs.UPSTREAM_PACKAGE[0]} ({prereqs.UPSTREAM_DIR}), our changes are the patches and files
of this repository, laid out over it in build/rust.

Our commands:
  build               install what is missing, lay out the tree, build the stage1
                      toolchain at build/{HOST}/stage1
  build --baseline    the same for unmodified upstream, at build/baseline/{HOST}/stage1
  build --serial      the same with `serial-sync = true` (the sync layer's one-thread
                      form compiled in, for measuring its cost), at build/serial/{HOST}/stage1
  build --dist [--no-pgo | --reuse-profile]
                      the optimised build (mimalloc, codegen-units=1, thin LTO, static
                      LLVM, PGO and BOLT trained on rustc-perf crates), at
                      build/dist/{HOST}/stage1; about an hour on 2 cores
                      (src/doc/prustc/user-guide.md)
  test                the whole suite: tooling tests, patch round trip,
                      rustc_data_structures unit tests, the determinism suite's
                      CI subset, tests/ui at -Z threads=1 and 4
  test --stress [options]
                      the determinism suite on every corpus (tests/ui, error,
                      codegen and build-fail programs, clippy's ui tests,
                      rustc-perf crates, coretests/alloctests), ten runs per
                      thread count; `./x.py test --stress --help`
  layout [--force]    only lay out build/rust (--force discards edits made there)
  export [--check]    write edits made in build/rust back as patches and files
                      (--check: fail if that would change anything)
  rebase <dir>        start moving the patches onto another upstream source tree;
  rebase --finish     after fixing conflicts (see src/doc/prustc/patches.md)
  bench [--quick|--full] [options]
                      compile rustc-perf's benchmarks with prustc and the baseline
                      at several thread counts; `./x.py bench --help`

Everything else goes to upstream's bootstrap in build/rust, e.g.
  ./x.py check
  ./x.py test compiler/rustc_data_structures
  ./x.py test tests/ui --test-args --parallel-frontend-threads=4
  ./x.py build --baseline check      (the baseline tree's bootstrap)

Configuration: config.toml (see config.example.toml). Guide: src/doc/prustc/.
"""


VARIANTS = ("--baseline", "--serial", "--dist")


class Paths:
    """Where a build lives. The baseline has a tree and an output directory
    of its own; the serial-sync build (`build --serial`) and the optimised
    build (`build --dist`) share our tree and have their own output directory
    and bootstrap config."""

    def __init__(self, repo, baseline=False, serial=False, dist=False):
        assert baseline + serial + dist <= 1
        self.repo = repo
        variant = ["baseline"] if baseline else ["serial"] if serial else ["dist"] if dist else []
        self.build = os.path.join(repo, "build", *variant)
        self.own_config = serial or dist
        self.tree = os.path.join(repo, "build", "rust") if self.own_config else os.path.join(self.build, "rust")
        self.baseline = baseline
        self.serial = serial
        self.dist = dist
        self.name = "prustc-" + variant[0] if variant else "prustc"
        self.stage1 = os.path.join(self.build, HOST, "stage1")
        # bootstrap reads the tree's bootstrap.toml unless given `--config`.
        self.config = os.path.join(self.build if self.own_config else self.tree, "bootstrap.toml")


def log(msg):
    print(f"prustc: {msg}", flush=True)


def prepare(paths, force=False, dist_phase="plain"):
    """Everything before bootstrap runs: packages, tree, bootstrap.toml.
    `dist_phase` chooses the `--dist` build's settings (see dist.py)."""
    prereqs.ensure_packages(log, extra=prereqs.DIST_PACKAGES if paths.dist else ())
    cfg = bootstrap_config.load(os.path.join(paths.repo, "config.toml"))
    if paths.serial:
        cfg["serial-sync"] = True
    if paths.dist:
        # The profile's settings win over the same keys in config.toml.
        for section, table in dist.settings(dist_phase, os.path.join(paths.build, "pgo")).items():
            cfg["bootstrap"].setdefault(section, {}).update(table)
    if paths.baseline:
        prepare_baseline_tree(paths)
        description = "prustc-baseline: unmodified upstream"
    else:
        written = layout.lay_out(paths.repo, prereqs.UPSTREAM_DIR, paths.tree, force=force, log=log)
        if written:
            log(f"laid out {len(written)} changed file(s) in {paths.tree}")
        description = ("prustc-serial-sync" if cfg["serial-sync"]
                       else "prustc-dist" if paths.dist else "prustc")
    text = bootstrap_config.render(cfg, paths.build, description)
    target = paths.config
    os.makedirs(os.path.dirname(target), exist_ok=True)
    if layout.read(target) != text.encode():
        layout.write(target, text.encode())
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
    for name in ("PRUSTC_SERIAL_SYNC", *dist.ENV):
        env.pop(name, None)
    env.update(bootstrap_config.build_env(cfg))
    if paths.dist:
        env.update(dist.ENV)
    if paths.own_config:
        args = [*args, "--config", paths.config]
    log("running " + " ".join(["x.py", *args]) + f" in {paths.tree}")
    return [sys.executable, os.path.join(paths.tree, "x.py"), *args], env


def bootstrap(paths, cfg, args, check=True):
    cmd, env = bootstrap_command(paths, cfg, args)
    code = subprocess.run(cmd, cwd=paths.tree, env=env).returncode
    if check and code != 0:
        raise SystemExit(code)
    return code


def variant_paths(repo, args):
    """`Paths` for `--baseline`, `--serial` or `--dist` among `args`, and the rest."""
    given = [v for v in VARIANTS if v in args]
    if len(given) > 1:
        raise bootstrap_config.ConfigError(f"{' and '.join(given)} exclude each other")
    paths = Paths(repo, "--baseline" in given, "--serial" in given, "--dist" in given)
    return paths, [a for a in args if a not in VARIANTS]


def cmd_build(repo, args):
    paths, args = variant_paths(repo, args)
    start = time.monotonic()
    if paths.dist:
        pgo, reuse = "--no-pgo" not in args, "--reuse-profile" in args
        args = [a for a in args if a not in ("--no-pgo", "--reuse-profile")]
        if args or (reuse and not pgo):
            raise bootstrap_config.ConfigError(
                "usage: ./x.py build --dist [--no-pgo | --reuse-profile]")

        def run_build(phase):
            bootstrap(paths, prepare(paths, dist_phase=phase),
                      ["build", "--stage", "1", "library", *dist.bootstrap_args(phase)])

        dist.build(repo, paths, HOST, run_build, log, pgo=pgo, reuse_profile=reuse)
    else:
        cfg = prepare(paths)
        if args:
            return bootstrap(paths, cfg, ["build", *args], check=False)
        bootstrap(paths, cfg, ["build", "--stage", "1", "library"])
    rustc = os.path.join(paths.stage1, "bin", "rustc")
    version = subprocess.run([rustc, "-vV"], stdout=subprocess.PIPE, text=True).stdout
    name = "prustc-serial-sync" if paths.serial else paths.name
    log(f"built in {time.monotonic() - start:.0f}s:\n{version}")
    print(f"toolchain: {paths.stage1}")
    print(f"link it:   rustup toolchain link {name} {paths.stage1}")
    print(f"use it:    cargo +{name} build")
    return 0


def cmd_test(repo, args):
    if args and args[0] == "--stress":
        from . import suite

        return suite.stress(repo, args[1:])
    if args:
        paths = Paths(repo)
        cfg = prepare(paths)
        return bootstrap(paths, cfg, ["test", *args], check=False)
    from . import suite

    return suite.run(repo)


def cmd_layout(repo, args):
    paths = Paths(repo)
    prepare(paths, force="--force" in args)
    log(f"{paths.tree} is laid out")
    return 0


def cmd_export(repo, args):
    paths = Paths(repo)
    check = "--check" in args
    changes = layout.export(repo, prereqs.UPSTREAM_DIR, paths.tree, check=check, log=log)
    for rel in changes:
        print(("would change " if check else "exported ") + rel)
    if check and changes:
        log("the build tree holds edits that are not exported (run ./x.py export)")
        return 1
    if not changes:
        log("nothing to export: the repository matches the build tree")
    return 0


def cmd_rebase(repo, args):
    from . import rebase

    if args == ["--finish"]:
        return rebase.finish(repo, Paths(repo).tree, log)
    if len(args) != 1:
        print("usage: ./x.py rebase <new upstream source dir> | --finish", file=sys.stderr)
        return 2
    return rebase.start(repo, Paths(repo).tree, prereqs.UPSTREAM_DIR, args[0], log)


def main(repo, argv):
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(HELP, end="")
        return 0
    command, args = argv[0], argv[1:]
    try:
        if command == "build":
            return cmd_build(repo, args)
        if command == "test":
            return cmd_test(repo, args)
        if command == "layout":
            return cmd_layout(repo, args)
        if command == "export":
            return cmd_export(repo, args)
        if command == "rebase":
            return cmd_rebase(repo, args)
        if command == "bench":
            from prustc_bench import cli as bench_cli

            return bench_cli.main(repo, args)
        paths, args = variant_paths(repo, args)
        cfg = prepare(paths)
        return bootstrap(paths, cfg, [command, *args], check=False)
    except (prereqs.MissingError, layout.LayoutError, bootstrap_config.ConfigError) as e:
        print(f"prustc: error: {e}", file=sys.stderr)
        return 1
