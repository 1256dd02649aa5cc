"""`./x.py`: the fork's commands, and a pass-through to upstream's bootstrap.

Every command is an argparse subcommand. Our own options are parsed
strictly: an unknown one is an error that names `--help`. Arguments that
belong to upstream's bootstrap (`./x.py build <path>`, `./x.py test <path>
--bless`, `./x.py check ...`) are handed to the laid-out tree's `x.py` in the
order given. This module only parses and dispatches; building lives in
build.py and dist.py, the test suite in suite.py, the bench in bench/.
Single-threaded; the parallelism is in the builds it starts.
"""

import argparse
import subprocess
import sys
import textwrap
import time

from . import bootstrap_config, build, dist, layout, prereqs, rebase, suite
from .bench import cli as bench_cli
from .cmdline import Parser
from .determinism import cli as determinism_cli
from .paths import HOST, Paths

DESCRIPTION = f"""\
The prustc fork of rustc {prereqs.UPSTREAM_VERSION}: upstream is the Debian package
{prereqs.UPSTREAM_PACKAGE[0]} ({prereqs.UPSTREAM_DIR}), our changes are the patches and files
of this repository, laid out over it in build/rust."""

# Upstream's bootstrap commands (and its aliases) that we pass through as
# they are; `build`, `test` and `bench` are ours.
UPSTREAM_COMMANDS = ("check", "clippy", "fix", "fmt", "doc", "miri", "clean", "dist", "install",
                     "run", "setup", "vendor", "perf", "b", "c", "d", "t", "r")

EPILOG = "\n".join([
    textwrap.fill("Every other command goes to upstream's bootstrap in build/rust, laid out "
                  f"first: {', '.join(UPSTREAM_COMMANDS)}; --baseline, --serial or --dist "
                  "runs it in that build's tree. For example:", 78),
    "  ./x.py check",
    "  ./x.py test compiler/rustc_data_structures",
    "  ./x.py test tests/ui --test-args --parallel-frontend-threads=4",
    "  ./x.py check --baseline",
    "",
    "`./x.py <command> --help` describes a command of ours.",
    "Configuration: config.toml (see config.example.toml). Guide: src/doc/prustc/.",
])


def add_variant(parser):
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--baseline", dest="variant", action="store_const", const="baseline",
                       help=f"unmodified upstream, at build/baseline/{HOST}/stage1")
    group.add_argument("--serial", dest="variant", action="store_const", const="serial",
                       help="`serial-sync = true`: the sync layer's one-thread form compiled in, "
                            f"for measuring its cost, at build/serial/{HOST}/stage1")
    group.add_argument("--dist", dest="variant", action="store_const", const="dist",
                       help="the optimised build (mimalloc, codegen-units=1, thin LTO, static "
                            "LLVM, PGO and BOLT trained on rustc-perf crates), at "
                            f"build/dist/{HOST}/stage1; about an hour on 2 cores")


def make_parser():
    parser = Parser(prog="./x.py", description=DESCRIPTION, epilog=EPILOG)
    commands = parser.add_subparsers(dest="command", required=True, metavar="<command>",
                                     title="our commands")

    def command(name, run, passes_through=False, description=None, **kwargs):
        """A subcommand; `passes_through`: it takes arguments for bootstrap."""
        if description:
            description = textwrap.fill(description, 78)
        p = commands.add_parser(name, description=description, **kwargs)
        p.set_defaults(run=run, parser=p, passes_through=passes_through)
        return p

    p = command(
        "build", cmd_build, passes_through=True,
        help="install what is missing, lay out the tree, build a stage1 toolchain",
        description=f"Install what is missing, lay out the tree and build the stage1 toolchain "
                    f"at build/{HOST}/stage1 (or the variant's). Further arguments go to "
                    "bootstrap's `build` in place of the default `--stage 1 library`, e.g. "
                    "`./x.py build --baseline check`.")
    add_variant(p)
    pgo = p.add_mutually_exclusive_group()
    pgo.add_argument("--no-pgo", action="store_true",
                     help="with --dist: one build with the settings before PGO and BOLT")
    pgo.add_argument("--reuse-profile", action="store_true",
                     help="with --dist: reuse the PGO profile in build/dist/pgo/")

    p = command(
        "test", cmd_test, passes_through=True,
        help="the whole suite, as CI runs it; --stress for the determinism suite",
        description="Without arguments: the whole suite, as CI runs it (tooling tests, "
                    "hygiene, patch round trip, rustc_data_structures' unit tests, the "
                    "determinism suite's CI subset, tests/ui at -Z threads=1 and 4). Paths and "
                    "bootstrap options go to bootstrap's `test`, e.g. "
                    "`./x.py test tests/ui --bless --test-args --parallel-frontend-threads=1`.")
    p.add_argument("--stress", nargs=argparse.REMAINDER, metavar="OPTION",
                   help="the determinism suite on every corpus, ten runs per thread count; "
                        "its options follow it (`./x.py test --stress --help`)")

    p = command("layout", cmd_layout, help="only lay out build/rust",
                description="Lay out build/rust: upstream plus our patches and files.")
    p.add_argument("--force", action="store_true", help="discard edits made in build/rust")

    p = command("export", cmd_export, help="write edits made in build/rust back as patches",
                description="Write the edits made in build/rust back into the repository "
                            "as patches and files.")
    p.add_argument("--check", action="store_true",
                   help="change nothing; fail if the export would change anything")

    p = command(
        "rebase", cmd_rebase, help="move the patches onto another upstream source tree",
        description="Start moving the patches onto another upstream source tree; after fixing "
                    "the conflicts, `./x.py rebase --finish` (src/doc/prustc/patches.md).")
    p.add_argument("dir", nargs="?", help="the new upstream source tree")
    p.add_argument("--finish", action="store_true", help="finish a rebase in progress")

    # The bench parses its own arguments (`./x.py bench --help`).
    command("bench", cmd_bench, passes_through=True, add_help=False,
            help="compile rustc-perf's benchmarks with prustc and the baseline at several "
                 "thread counts; subcommands compare, phases, instructions "
                 "(`./x.py bench --help`)")

    for name in UPSTREAM_COMMANDS:
        # No help of ours: `--help` goes to bootstrap's.
        add_variant(command(name, cmd_upstream, passes_through=True, add_help=False))
    return parser


def parse(argv):
    """The parsed command line; `rest` holds what goes to bootstrap."""
    parser = make_parser()
    args, rest = parser.parse_known_args(argv)
    if rest and not args.passes_through:
        args.parser.error(f"unrecognized arguments: {' '.join(rest)}")
    args.rest = rest
    return args


def cmd_build(repo, args):
    paths = Paths(repo, args.variant)
    if (args.no_pgo or args.reuse_profile) and args.variant != "dist":
        args.parser.error("--no-pgo and --reuse-profile go with --dist")
    start = time.monotonic()
    if args.variant == "dist":
        if args.rest:
            args.parser.error(f"--dist takes no bootstrap arguments: {' '.join(args.rest)}")

        def run_build(phase):
            build.bootstrap(paths, build.prepare(paths, dist_phase=phase),
                            ["build", "--stage", "1", "library", *dist.bootstrap_args(phase)])

        dist.build(repo, paths, HOST, run_build, build.log, pgo=not args.no_pgo,
                   reuse_profile=args.reuse_profile)
    else:
        cfg = build.prepare(paths)
        if args.rest:
            return build.bootstrap(paths, cfg, ["build", *args.rest], check=False)
        build.bootstrap(paths, cfg, ["build", "--stage", "1", "library"])
    version = subprocess.run([paths.rustc, "-vV"], stdout=subprocess.PIPE, text=True).stdout
    name = "prustc-serial-sync" if args.variant == "serial" else paths.name
    build.log(f"built in {time.monotonic() - start:.0f}s:\n{version}")
    print(f"toolchain: {paths.stage1}")
    print(f"link it:   rustup toolchain link {name} {paths.stage1}")
    print(f"use it:    cargo +{name} build")
    return 0


def cmd_test(repo, args):
    if args.stress is not None:
        if args.rest:
            args.parser.error(f"--stress takes no paths: {' '.join(args.rest)} "
                              "(its --corpus and --only choose jobs)")
        return suite.stress(repo, determinism_cli.stress_plan(args.stress))
    if args.rest:
        paths = Paths(repo)
        return build.bootstrap(paths, build.prepare(paths), ["test", *args.rest], check=False)
    return suite.run(repo)


def cmd_layout(repo, args):
    paths = Paths(repo)
    build.prepare(paths, force=args.force)
    build.log(f"{paths.tree} is laid out")
    return 0


def cmd_export(repo, args):
    paths = Paths(repo)
    changes = layout.export(repo, prereqs.UPSTREAM_DIR, paths.tree, check=args.check, log=build.log)
    for rel in changes:
        print(("would change " if args.check else "exported ") + rel)
    if args.check and changes:
        build.log("the build tree holds edits that are not exported (run ./x.py export)")
        return 1
    if not changes:
        build.log("nothing to export: the repository matches the build tree")
    return 0


def cmd_rebase(repo, args):
    if args.finish == (args.dir is not None):
        args.parser.error("give either the new upstream directory or --finish")
    tree = Paths(repo).tree
    if args.finish:
        return rebase.finish(repo, tree, build.log)
    return rebase.start(repo, tree, prereqs.UPSTREAM_DIR, args.dir, build.log)


def cmd_bench(repo, args):
    return bench_cli.main(repo, args.rest)


def cmd_upstream(repo, args):
    paths = Paths(repo, args.variant)
    return build.bootstrap(paths, build.prepare(paths), [args.command, *args.rest], check=False)


def main(repo, argv):
    if not argv or argv == ["help"]:
        make_parser().print_help()
        return 0
    args = parse(argv)
    try:
        return args.run(repo, args)
    except (prereqs.MissingError, layout.LayoutError, bootstrap_config.ConfigError) as e:
        print(f"prustc: error: {e}", file=sys.stderr)
        return 1
