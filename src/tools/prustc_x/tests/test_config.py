"""config.toml is validated and rendered into bootstrap.toml."""

import os
import tempfile
import tomllib
import unittest
import unittest.mock

from prustc_x import bootstrap_config, build, dist
from prustc_x.paths import Paths


def load_text(text):
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
        f.write(text)
    try:
        return bootstrap_config.load(f.name)
    finally:
        os.remove(f.name)


class ConfigTests(unittest.TestCase):
    def setUp(self):
        # `bootstrap_command` logs the command it makes; the tests stay quiet.
        quiet = unittest.mock.patch.object(build, "log")
        quiet.start()
        self.addCleanup(quiet.stop)

    def test_missing_file_means_defaults(self):
        cfg = bootstrap_config.load("/nonexistent/config.toml")
        self.assertEqual(cfg["default-threads"], "auto")
        # "auto" is 0; the cap on it is the compiler's own constant.
        self.assertEqual(bootstrap_config.build_env(cfg), {"PRUSTC_DEFAULT_THREADS": "0"})

    def test_example_is_valid_and_equals_defaults(self):
        here = os.path.dirname(os.path.abspath(__file__))
        example = os.path.join(here, "..", "..", "..", "..", "config.example.toml")
        cfg = bootstrap_config.load(example)
        for key, value in bootstrap_config.DEFAULTS.items():
            self.assertEqual(cfg[key], value, key)

    def test_fixed_thread_default(self):
        cfg = load_text('[prustc]\ndefault-threads = 3\n')
        self.assertEqual(bootstrap_config.build_env(cfg)["PRUSTC_DEFAULT_THREADS"], "3")

    def test_serial_sync_sets_its_variable_only_when_true(self):
        self.assertNotIn("PRUSTC_SERIAL_SYNC", bootstrap_config.build_env(load_text("")))
        off = load_text('[prustc]\nserial-sync = false\n')
        self.assertNotIn("PRUSTC_SERIAL_SYNC", bootstrap_config.build_env(off))
        on = load_text('[prustc]\nserial-sync = true\n')
        self.assertEqual(bootstrap_config.build_env(on)["PRUSTC_SERIAL_SYNC"], "1")

    def test_bad_values_and_keys_are_rejected(self):
        for text in ('[prustc]\ndefault-threads = 0\n', '[rust]\njobs = 2\n', '[nope]\nx = 1\n',
                     '[prustc]\nserial-sync = "yes"\n'):
            with self.assertRaises(bootstrap_config.ConfigError, msg=text):
                load_text(text)

    def test_render_is_valid_toml_with_our_settings(self):
        cfg = load_text('[rust]\noptimize = 2\n[bootstrap.rust]\ndebuginfo-level = 1\n')
        text = bootstrap_config.render(cfg, "/b", "prustc")
        parsed = tomllib.loads(text)
        self.assertEqual(parsed["build"]["build-dir"], "/b")
        self.assertEqual(parsed["build"]["description"], "prustc")
        self.assertEqual(parsed["rust"]["optimize"], 2)
        self.assertEqual(parsed["rust"]["debuginfo-level"], 1)
        self.assertFalse(parsed["llvm"]["download-ci-llvm"])
        self.assertEqual(parsed["rust"]["channel"], "nightly")



class VariantTests(unittest.TestCase):
    def setUp(self):
        # `bootstrap_command` logs the command it makes; the tests stay quiet.
        quiet = unittest.mock.patch.object(build, "log")
        quiet.start()
        self.addCleanup(quiet.stop)

    """`build --serial` and `--dist` share our tree but not its output or
    bootstrap config."""

    def test_serial_variant_paths(self):
        main = Paths("/r")
        serial = Paths("/r", "serial")
        self.assertEqual(serial.tree, main.tree)
        self.assertEqual(serial.build, "/r/build/serial")
        self.assertTrue(serial.stage1.startswith("/r/build/serial/"))
        self.assertNotEqual(serial.config, main.config)
        self.assertEqual(main.config, os.path.join(main.tree, "bootstrap.toml"))
        with self.assertRaises(ValueError):
            Paths("/r", "serial-sync")

    def test_serial_bootstrap_gets_its_config_and_variable(self):
        cfg = load_text("")
        serial = Paths("/r", "serial")
        cfg_serial = dict(cfg, **{"serial-sync": True})
        cmd, env = build.bootstrap_command(serial, cfg_serial, ["build"])
        self.assertEqual(cmd[-3:], ["build", "--config", serial.config])
        self.assertEqual(env["PRUSTC_SERIAL_SYNC"], "1")
        with unittest.mock.patch.dict(os.environ, {"PRUSTC_SERIAL_SYNC": "1"}):
            _, env = build.bootstrap_command(Paths("/r"), cfg, ["build"])
        self.assertNotIn("PRUSTC_SERIAL_SYNC", env)

    def test_dist_variant_shares_the_tree(self):
        paths = Paths("/r", "dist")
        self.assertEqual(paths.tree, Paths("/r").tree)
        self.assertEqual(paths.build, "/r/build/dist")
        self.assertEqual(paths.name, "prustc-dist")
        self.assertEqual(paths.config, "/r/build/dist/bootstrap.toml")
        cmd, _ = build.bootstrap_command(paths, load_text(""), ["build"])
        self.assertEqual(cmd[-3:], ["build", "--config", paths.config])

    def test_baseline_has_a_tree_of_its_own(self):
        baseline = Paths("/r", "baseline")
        self.assertEqual(baseline.tree, "/r/build/baseline/rust")
        self.assertEqual(baseline.config, "/r/build/baseline/rust/bootstrap.toml")
        cmd, _ = build.bootstrap_command(baseline, load_text(""), ["build"])
        self.assertEqual(cmd[-1], "build")

    def test_dist_settings_per_phase(self):
        plain = dist.settings("plain", "/p")
        self.assertEqual(plain["rust"], {"jemalloc": False, "codegen-units": 1, "lto": "thin",
                                         "protected-visibility": True})
        self.assertEqual(plain["llvm"], {"link-shared": False})
        generate = dist.settings("generate", "/p")["rust"]
        self.assertEqual(generate["profile-generate"], "/p/raw")
        self.assertNotIn("profile-use", generate)
        use = dist.settings("use", "/p")["rust"]
        self.assertEqual(use["profile-use"], "/p/rustc.profdata")
        self.assertNotIn("profile-generate", use)
        with self.assertRaises(ValueError):
            dist.settings("other", "/p")
        # Only the optimised build keeps the relocations BOLT needs.
        self.assertEqual(dist.bootstrap_args("use"), ["--enable-bolt-settings"])
        self.assertEqual(dist.bootstrap_args("generate"), [])
        self.assertEqual(dist.bootstrap_args("plain"), [])

    def test_dist_settings_win_over_config_toml(self):
        paths = Paths("/r", "dist")
        cfg = load_text("[rust]\ncodegen-units = 16\n[bootstrap.rust]\nlto = \"off\"\n")
        written = {}
        with unittest.mock.patch.object(build.bootstrap_config, "load", return_value=cfg), \
                unittest.mock.patch.object(build.prereqs, "ensure_packages"), \
                unittest.mock.patch.object(build.layout, "lay_out", return_value=[]), \
                unittest.mock.patch.object(build.layout, "read", return_value=b""), \
                unittest.mock.patch.object(build.layout, "write",
                                           side_effect=lambda p, t: written.update({p: t})), \
                unittest.mock.patch.object(build.bootstrap_config.prereqs, "stage0",
                                           return_value=("/rustc", "/cargo")), \
                unittest.mock.patch("os.makedirs"):
            build.prepare(paths, dist_phase="use")
        parsed = tomllib.loads(written[paths.config].decode())
        self.assertEqual(parsed["build"]["build-dir"], "/r/build/dist")
        self.assertEqual(parsed["build"]["description"], "prustc-dist")
        self.assertEqual(parsed["rust"]["codegen-units"], 1)
        self.assertEqual(parsed["rust"]["lto"], "thin")
        self.assertFalse(parsed["rust"]["jemalloc"])
        self.assertEqual(parsed["rust"]["profile-use"], "/r/build/dist/pgo/rustc.profdata")
        self.assertFalse(parsed["llvm"]["link-shared"])
        self.assertFalse(parsed["llvm"]["download-ci-llvm"])


if __name__ == "__main__":
    unittest.main()
