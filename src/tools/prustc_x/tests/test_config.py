"""config.toml is validated and rendered into bootstrap.toml."""

import os
import tempfile
import tomllib
import unittest

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
        self.assertEqual(bootstrap_config.default_threads_env(cfg)["PRUSTC_DEFAULT_THREADS"], "0")

    def test_example_is_valid_and_equals_defaults(self):
        here = os.path.dirname(os.path.abspath(__file__))
        example = os.path.join(here, "..", "..", "..", "..", "config.example.toml")
        cfg = bootstrap_config.load(example)
        for key, value in bootstrap_config.DEFAULTS.items():
            self.assertEqual(cfg[key], value, key)

    def test_fixed_thread_default(self):
        cfg = load_text('[prustc]\ndefault-threads = 3\n')
        self.assertEqual(bootstrap_config.default_threads_env(cfg)["PRUSTC_DEFAULT_THREADS"], "3")

    def test_bad_values_and_keys_are_rejected(self):
        for text in ('[prustc]\ndefault-threads = 0\n', '[rust]\njobs = 2\n', '[nope]\nx = 1\n'):
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


if __name__ == "__main__":
    unittest.main()
