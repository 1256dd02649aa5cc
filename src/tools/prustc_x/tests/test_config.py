"""config.toml is validated and rendered into bootstrap.toml."""

import os
import tempfile
import tomllib
import unittest
import unittest.mock

from prustc_x import bootstrap_config


def load_text(text):
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
        f.write(text)
    try:
        return bootstrap_config.load(f.name)
    finally:
        os.remove(f.name)


class ConfigTests(unittest.TestCase):
    def test_missing_file_means_defaults(self):
        cfg = bootstrap_config.load("/nonexistent/config.toml")
        self.assertEqual(cfg["default-threads"], "auto")
        self.assertEqual(bootstrap_config.build_env(cfg)["PRUSTC_DEFAULT_THREADS"], "0")

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
    """`build --serial` shares our tree but not its output or bootstrap config."""

    def test_serial_variant_paths(self):
        from prustc_x import cli

        main = cli.Paths("/r")
        serial, rest = cli.variant_paths("/r", ["--serial", "check"])
        self.assertEqual(rest, ["check"])
        self.assertEqual(serial.tree, main.tree)
        self.assertEqual(serial.build, "/r/build/serial")
        self.assertTrue(serial.stage1.startswith("/r/build/serial/"))
        self.assertNotEqual(serial.config, main.config)
        self.assertEqual(main.config, os.path.join(main.tree, "bootstrap.toml"))
        with self.assertRaises(bootstrap_config.ConfigError):
            cli.variant_paths("/r", ["--serial", "--baseline"])

    def test_serial_bootstrap_gets_its_config_and_variable(self):
        from prustc_x import cli

        cfg = load_text("")
        serial, _ = cli.variant_paths("/r", ["--serial"])
        cfg_serial = dict(cfg, **{"serial-sync": True})
        cmd, env = cli.bootstrap_command(serial, cfg_serial, ["build"])
        self.assertEqual(cmd[-3:], ["build", "--config", serial.config])
        self.assertEqual(env["PRUSTC_SERIAL_SYNC"], "1")
        with unittest.mock.patch.dict(os.environ, {"PRUSTC_SERIAL_SYNC": "1"}):
            _, env = cli.bootstrap_command(cli.Paths("/r"), cfg, ["build"])
        self.assertNotIn("PRUSTC_SERIAL_SYNC", env)

    def test_dist_variant_shares_the_tree_and_excludes_the_others(self):
        from prustc_x import cli

        dist, rest = cli.variant_paths("/r", ["--dist", "check"])
        self.assertEqual(rest, ["check"])
        self.assertEqual(dist.tree, cli.Paths("/r").tree)
        self.assertEqual(dist.build, "/r/build/dist")
        self.assertEqual(dist.name, "prustc-dist")
        self.assertEqual(dist.config, "/r/build/dist/bootstrap.toml")
        cmd, _ = cli.bootstrap_command(dist, load_text(""), ["build"])
        self.assertEqual(cmd[-3:], ["build", "--config", dist.config])
        for other in ("--serial", "--baseline"):
            with self.assertRaises(bootstrap_config.ConfigError):
                cli.variant_paths("/r", ["--dist", other])

    def test_dist_settings_per_phase(self):
        from prustc_x import dist

        plain = dist.settings("plain", "/p")
        self.assertEqual(plain["rust"], {"jemalloc": False, "codegen-units": 1, "lto": "thin"})
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

    def test_dist_environment_only_for_dist(self):
        from prustc_x import cli

        dist, _ = cli.variant_paths("/r", ["--dist"])
        _, env = cli.bootstrap_command(dist, load_text(""), ["build"])
        self.assertEqual(env["PRUSTC_PROTECTED_VISIBILITY"], "1")
        # A variable left in the shell does not reach the everyday build.
        with unittest.mock.patch.dict(os.environ, {"PRUSTC_PROTECTED_VISIBILITY": "1"}):
            _, env = cli.bootstrap_command(cli.Paths("/r"), load_text(""), ["build"])
        self.assertNotIn("PRUSTC_PROTECTED_VISIBILITY", env)

    def test_dist_settings_win_over_config_toml(self):
        from prustc_x import cli

        dist, _ = cli.variant_paths("/r", ["--dist"])
        cfg = load_text("[rust]\ncodegen-units = 16\n[bootstrap.rust]\nlto = \"off\"\n")
        written = {}
        with unittest.mock.patch.object(cli.bootstrap_config, "load", return_value=cfg), \
                unittest.mock.patch.object(cli.prereqs, "ensure_packages"), \
                unittest.mock.patch.object(cli.layout, "lay_out", return_value=[]), \
                unittest.mock.patch.object(cli.layout, "read", return_value=b""), \
                unittest.mock.patch.object(cli.layout, "write",
                                           side_effect=lambda p, t: written.update({p: t})), \
                unittest.mock.patch.object(cli.bootstrap_config.prereqs, "stage0",
                                           return_value=("/rustc", "/cargo")), \
                unittest.mock.patch("os.makedirs"):
            cli.prepare(dist, dist_phase="use")
        parsed = tomllib.loads(written[dist.config].decode())
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
