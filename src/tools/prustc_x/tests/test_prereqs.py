"""What the prerequisites check says when something is missing. The probes
(dpkg, `which`, the user id, apt, rustup) are mocks: nothing is installed."""

import unittest
from unittest import mock

from prustc_x import prereqs

PACKAGE, VERSION = prereqs.UPSTREAM_PACKAGE
LLVM = [name for name, _ in prereqs.LLVM_PACKAGES]


def machine(installed, tools=("git", "cc", "c++", "make", "apt-get"), root=False, apt_ok=True):
    """Mocks of a machine: `installed` maps a Debian package to its
    version; apt, if it runs and `apt_ok`, installs every package asked for."""
    def run(cmd, **_):
        if cmd[:2] == ["apt-get", "install"] and apt_ok:
            for spec in cmd[3:]:
                name, _, version = spec.partition("=")
                installed[name] = version or "1"
        return mock.Mock(returncode=0 if apt_ok else 100)

    return [
        mock.patch.object(prereqs, "installed_version", side_effect=installed.get),
        mock.patch.object(prereqs.shutil, "which",
                          side_effect=lambda t: f"/usr/bin/{t}" if t in tools else None),
        mock.patch.object(prereqs.os, "geteuid", return_value=0 if root else 1000),
        mock.patch.object(prereqs.subprocess, "run", side_effect=run),
    ]


class PackagesTests(unittest.TestCase):
    def on(self, patches):
        for patch in patches:
            patch.start()
            self.addCleanup(patch.stop)

    def everything(self):
        return {PACKAGE: VERSION, **{name: "1" for name in LLVM}, "git": "1", "gcc": "1",
                "g++": "1", "make": "1"}

    def test_nothing_missing(self):
        self.on(machine(self.everything()))
        self.assertEqual(prereqs.missing_packages(), [])
        prereqs.ensure_packages(log=self.fail)

    def test_a_wrong_version_and_a_missing_tool_are_missing(self):
        installed = self.everything()
        installed[PACKAGE] = "1.95.0+dfsg1-1"
        del installed["make"]
        self.on(machine(installed, tools=("git", "cc", "c++")))
        self.assertEqual(prereqs.missing_packages(), [(PACKAGE, VERSION), ("make", None)])

    def test_without_root_the_message_is_the_command_to_run(self):
        installed = self.everything()
        del installed[LLVM[0]]
        self.on(machine(installed))
        with self.assertRaises(prereqs.MissingError) as e:
            prereqs.ensure_packages(log=self.fail)
        self.assertEqual(str(e.exception),
                         f"missing Debian packages: {LLVM[0]}\ninstall them with:\n"
                         f"  sudo sh -c 'apt-get update && apt-get install -y {LLVM[0]}'")

    def test_the_version_is_pinned_and_extra_packages_asked_for(self):
        installed = self.everything()
        del installed[PACKAGE]
        self.on(machine(installed))
        with self.assertRaises(prereqs.MissingError) as e:
            prereqs.ensure_packages(extra=("bolt-22",))
        self.assertIn(f"apt-get install -y {PACKAGE}={VERSION} bolt-22'", str(e.exception))

    def test_as_root_apt_installs_what_is_missing(self):
        installed = self.everything()
        del installed["make"]
        self.on(machine(installed, tools=("git", "cc", "c++", "apt-get"), root=True))
        logged = []
        prereqs.ensure_packages(log=logged.append)
        self.assertEqual(logged, ["installing make"])
        self.assertEqual(installed["make"], "1")

    def test_when_apt_fails_the_message_names_the_source(self):
        installed = self.everything()
        del installed[PACKAGE]
        self.on(machine(installed, root=True, apt_ok=False))
        with self.assertRaises(prereqs.MissingError) as e:
            prereqs.ensure_packages(log=lambda msg: None)
        self.assertIn(f"could not install {PACKAGE} (the package source is Debian "
                      "bookworm-security)", str(e.exception))
        self.assertIn(f"try:\n  apt-get update && apt-get install -y {PACKAGE}={VERSION}",
                      str(e.exception))

    def test_an_optional_tool_is_never_fatal(self):
        self.on(machine({}, tools=()))
        logged = []
        self.assertFalse(prereqs.ensure_optional("librsvg2-bin", "rsvg-convert", logged.append))
        self.assertEqual(logged, ["rsvg-convert is not available (install librsvg2-bin); "
                                  "continuing without it"])


class Stage0Tests(unittest.TestCase):
    def probe(self, versions, rustup=True, cargo=True):
        """stage0() on a machine whose rustc binaries print `versions`."""
        def run(cmd, **_):
            if cmd[0] == "rustup":
                toolchain = cmd[-1]
                ok = toolchain in versions
                return mock.Mock(returncode=0 if ok else 1, stdout=f"/tc/{toolchain}/bin/rustc\n")
            toolchain = "system" if cmd[0] == "/usr/bin/rustc" else cmd[0].split("/")[2]
            return mock.Mock(returncode=0, stdout=f"rustc {versions[toolchain]} (abc 2026-01-01)\n")

        tools = {"rustup": rustup, "rustc": "system" in versions}
        with mock.patch.object(prereqs.subprocess, "run", side_effect=run), \
                mock.patch.object(prereqs.shutil, "which",
                                  side_effect=lambda t: f"/usr/bin/{t}" if tools.get(t) else None), \
                mock.patch.object(prereqs.os.path, "exists", return_value=cargo):
            return prereqs.stage0()

    def test_the_pinned_toolchain_is_found(self):
        stage0 = prereqs.STAGE0_VERSION
        self.assertEqual(self.probe({stage0: stage0}),
                         (f"/tc/{stage0}/bin/rustc", f"/tc/{stage0}/bin/cargo"))

    def test_another_version_is_refused_with_the_command_to_install(self):
        with self.assertRaises(prereqs.MissingError) as e:
            self.probe({"stable": "1.97.0", "system": "1.63.0"})
        message = str(e.exception)
        self.assertIn(f"stage0 needs rustc and cargo {prereqs.STAGE0_VERSION}", message)
        self.assertIn("found: /tc/stable/bin/rustc, /usr/bin/rustc", message)
        self.assertTrue(message.endswith(f"rustup toolchain install {prereqs.STAGE0_VERSION}"))

    def test_no_rust_at_all(self):
        with self.assertRaises(prereqs.MissingError) as e:
            self.probe({}, rustup=False)
        self.assertIn("found: none", str(e.exception))

    def test_a_rustc_without_cargo_is_not_enough(self):
        stage0 = prereqs.STAGE0_VERSION
        with self.assertRaises(prereqs.MissingError):
            self.probe({stage0: stage0}, cargo=False)


if __name__ == "__main__":
    unittest.main()
