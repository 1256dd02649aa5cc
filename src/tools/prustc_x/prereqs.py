"""What a machine needs before anything is built, and installing it.

Owns the list of Debian packages (the upstream source and its LLVM) and the
stage0 toolchain check. Installs with apt when running as root; otherwise, or
when apt fails, stops with the exact command to run. Single-threaded.
"""

import os
import shutil
import subprocess

# The upstream rustc source is a Debian package; this is the only place that
# names its version (see src/doc/prustc/patches.md, "Rebasing").
UPSTREAM_PACKAGE = ("rust-web-src", "1.96.0+dfsg1-1~deb12u2")
UPSTREAM_DIR = "/usr/src/rustc-1.96.0"
UPSTREAM_VERSION = "1.96.0"
LLVM_PACKAGES = (("llvm-22-dev", None), ("llvm-22-tools", None))
LLVM_CONFIG = "/usr/bin/llvm-config-22"
# Upstream 1.96.0 bootstraps from 1.95.0 (its src/stage0).
STAGE0_VERSION = "1.95.0"
# Tools the build itself runs.
HOST_TOOLS = {"git": "git", "cc": "gcc", "c++": "g++", "make": "make"}


class MissingError(Exception):
    """Something the build needs is missing; the message says how to get it."""


def installed_version(package):
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}\t${Version}", package],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    if out.returncode != 0 or not out.stdout.startswith("install ok installed"):
        return None
    return out.stdout.split("\t", 1)[1]


def missing_packages():
    wanted = [UPSTREAM_PACKAGE, *LLVM_PACKAGES]
    for tool, package in HOST_TOOLS.items():
        if shutil.which(tool) is None:
            wanted.append((package, None))
    return [
        (name, version)
        for name, version in wanted
        if installed_version(name) is None
        or (version is not None and installed_version(name) != version)
    ]


def ensure_packages(log=print):
    missing = missing_packages()
    if not missing:
        return
    specs = [f"{n}={v}" if v else n for n, v in missing]
    command = "apt-get update && apt-get install -y " + " ".join(specs)
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise MissingError(
            "missing Debian packages: " + ", ".join(specs) + f"\ninstall them with:\n  sudo sh -c '{command}'"
        )
    log("installing " + ", ".join(specs))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    ok = subprocess.run(["apt-get", "update"], env=env).returncode == 0 and (
        subprocess.run(["apt-get", "install", "-y", *specs], env=env).returncode == 0
    )
    still = missing_packages()
    if not ok or still:
        raise MissingError(
            "could not install " + ", ".join(f"{n}" for n, _ in still or missing)
            + f" (the package source is Debian bookworm-security)\ntry:\n  {command}"
        )


def stage0():
    """Paths of the stage0 rustc and cargo (the installed 1.95.0 toolchain)."""
    candidates = []
    if shutil.which("rustup"):
        for toolchain in (STAGE0_VERSION, "stable"):
            out = subprocess.run(
                ["rustup", "which", "rustc", "--toolchain", toolchain],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            )
            if out.returncode == 0:
                candidates.append(out.stdout.strip())
    if shutil.which("rustc"):
        candidates.append(shutil.which("rustc"))
    for rustc in candidates:
        version = subprocess.run([rustc, "--version"], stdout=subprocess.PIPE, text=True).stdout
        cargo = os.path.join(os.path.dirname(rustc), "cargo")
        if version.startswith(f"rustc {STAGE0_VERSION} ") and os.path.exists(cargo):
            return rustc, cargo
    raise MissingError(
        f"stage0 needs rustc and cargo {STAGE0_VERSION} (upstream {UPSTREAM_VERSION}'s bootstrap "
        f"compiler); found: {', '.join(candidates) or 'none'}\n"
        f"install it with:\n  rustup toolchain install {STAGE0_VERSION}"
    )
