"""The fork's automation behind `./x.py`, in Python's standard library only.

One package in layers; a module imports only from its own layer and the
ones below it (tests/test_layers.py checks that, and that there is no
cycle):

- base: what a machine needs (prereqs, upstream.toml), where builds live
  (paths), the command-line parser (cmdline), the patch queue and its
  layout over upstream (patchfile, series, layout), the generated
  bootstrap.toml (bootstrap_config), rebasing (rebase);
- bench/: `./x.py bench`, measuring compilers on rustc-perf's benchmarks;
- determinism/: the determinism suite, which compiles the same jobs at
  several thread counts;
- build, dist: preparing a build and running upstream's bootstrap, and the
  optimised build, whose training runs the bench's benchmarks;
- suite: `./x.py test`;
- cli: `./x.py` itself, which parses and dispatches.

Single-threaded throughout; the parallelism is in the compilers it runs.
"""
