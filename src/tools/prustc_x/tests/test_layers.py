"""The tooling is one package in layers. A module may import modules of its
own layer and of lower ones, never of a higher one, and the imports form no
cycle. Imports are read from the sources (ast), so one inside a function
counts as much as one at the top; the `tests/` packages are not checked.
"""

import ast
import os
import unittest

PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Lowest first; a name is a module of prustc_x or a subpackage with all its
# modules.
LAYERS = (
    # What a machine needs, where builds live, the command-line parser, the
    # patch queue and its layout, the bootstrap config, rebasing.
    ("base", ("prereqs", "paths", "cmdline", "patchfile", "series", "layout",
              "bootstrap_config", "rebase")),
    # Measuring compilers: rustc-perf benchmarks, recorded invocations.
    ("bench", ("bench",)),
    # The determinism suite, which compiles the benchmarks the bench prepares.
    ("determinism", ("determinism",)),
    # Building: running upstream's bootstrap, and the optimised build, which
    # trains on the bench's benchmarks.
    ("build", ("dist", "build")),
    # `./x.py test`.
    ("suite", ("suite",)),
    # `./x.py` itself.
    ("cli", ("cli",)),
)


def module_sources(package):
    """({module name: source}, {names of packages}) of every module but the
    tests. A name is a tuple relative to `package`; a package's `__init__`
    is named by the package."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(package):
        dirnames[:] = sorted(d for d in dirnames if d not in ("tests", "__pycache__"))
        rel = os.path.relpath(dirpath, package)
        parts = () if rel == "." else tuple(rel.split(os.sep))
        for name in filenames:
            if name.endswith(".py"):
                stem = name[:-3]
                with open(os.path.join(dirpath, name)) as f:
                    found[parts if stem == "__init__" else (*parts, stem)] = (
                        f.read(), stem == "__init__")
    return {name: source for name, (source, _) in found.items()}, {
        name for name, (_, is_init) in found.items() if is_init}


def imports(name, source, modules, packages):
    """The modules of the package that module `name` imports."""
    own_package = name if name in packages else name[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [alias.name.split(".") for alias in node.names]
            found.update(resolve(tuple(t[1:]), (), modules) for t in targets if t[0] == "prustc_x")
        elif isinstance(node, ast.ImportFrom):
            words = tuple(node.module.split(".")) if node.module else ()
            if node.level:
                base = own_package[:len(own_package) - (node.level - 1)] + words
            elif words[:1] == ("prustc_x",):
                base = words[1:]
            else:
                continue
            found.update(resolve(base, (alias.name,), modules) for alias in node.names)
    found.discard(None)
    found.discard(name)
    return found


def resolve(base, member, modules):
    """The module `from base import member` names: base.member if that is a
    module, else base; None if neither is ours."""
    for candidate in (base + member, base):
        if candidate in modules:
            return candidate
    return None


def layer_of(name):
    for index, (_, members) in enumerate(LAYERS):
        if name and name[0] in members:
            return index
    return None


def problems(sources, packages=frozenset()):
    """Every module outside the layers, import of a higher layer, and cycle,
    as messages; `sources` as module_sources returns them."""
    dotted = ".".join
    found = []
    graph = {name: imports(name, source, sources, packages) for name, source in sources.items()}
    for name in sorted(graph):
        if name and layer_of(name) is None:
            found.append(f"{dotted(name)} is in no layer: add it to LAYERS in {__file__}")
            continue
        for target in sorted(graph[name]):
            low, high = layer_of(name), layer_of(target)
            if high is not None and low is not None and high > low:
                found.append(f"{dotted(name)} (layer {LAYERS[low][0]}) imports {dotted(target)} "
                             f"(layer {LAYERS[high][0]}, higher)")
    found += [" -> ".join(dotted(n) for n in cycle) + " is a cycle" for cycle in cycles(graph)]
    return found


def cycles(graph):
    """One cycle through every edge that closes one (depth-first search)."""
    found = []
    state = {}  # name -> "open" while on the path, "done" after

    def visit(name, path):
        state[name] = "open"
        for target in sorted(graph.get(name, ())):
            if state.get(target) == "open":
                found.append([*path[path.index(target):], target])
            elif target not in state:
                visit(target, [*path, target])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    return found


def check(sources):
    """problems() of modules written as {"dotted.name": source}."""
    return problems({tuple(name.split(".")): text for name, text in sources.items()})


class LayerTests(unittest.TestCase):
    def test_the_tooling_has_no_cycle_and_no_upward_import(self):
        sources, packages = module_sources(PACKAGE)
        self.assertIn(("bench", "cli"), sources)
        self.assertEqual(problems(sources, packages), [])

    def test_a_cycle_is_found(self):
        self.assertEqual(check({"layout": "from . import rebase\n", "rebase": "from . import layout\n"}),
                         ["layout -> rebase -> layout is a cycle"])
        within = check({"bench.a": "from .b import x\n", "bench.b": "from . import c\n",
                        "bench.c": "from prustc_x.bench import a\n"})
        self.assertEqual(within, ["bench.a -> bench.b -> bench.c -> bench.a is a cycle"])

    def test_an_import_of_a_higher_layer_is_found(self):
        self.assertEqual(check({"layout": "import prustc_x.cli\n", "cli": ""}),
                         ["layout (layer base) imports cli (layer cli, higher)"])
        # One inside a function counts too, and so does a relative one.
        lazy = check({"bench.measure": "def f():\n    from ..suite import fail\n", "suite": ""})
        self.assertEqual(lazy, ["bench.measure (layer bench) imports suite (layer suite, higher)"])
        # Downward and sideways is fine.
        self.assertEqual(check({"cli": "from .bench import cli\n", "bench.cli": "from .. import prereqs\n",
                                "prereqs": "import os\n"}), [])

    def test_a_module_outside_the_layers_is_found(self):
        self.assertEqual(check({"newthing": "import os\n"}),
                         [f"newthing is in no layer: add it to LAYERS in {__file__}"])


if __name__ == "__main__":
    unittest.main()
