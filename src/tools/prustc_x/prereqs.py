"""What a machine needs before anything is built, and installing it.

Reads upstream.toml (the upstream source package, its LLVM and its stage0)
and checks the machine against it. Installs with apt when running as root; otherwise, or
when apt fails, stops with the exact command to run. Single-threaded.
"""

import os
import shutil
import subprocess
import tomllib

with open(os.path.join(os.path.dirname(__file__), "upstream.toml"), "rb") as _f:
    _UPSTREAM = tomllib.load(_f)
# The upstream rustc source is a Debian package, named in upstream.toml only.
UPSTREAM_PACKAGE = (_UPSTREAM["package"], _UPSTREAM["package-version"])
UPSTREAM_DIR = _UPSTREAM["dir"]
UPSTREAM_VERSION = _UPSTREAM["version"]
LLVM_PACKAGES = tuple((name, None) for name in _UPSTREAM["llvm-packages"])
LLVM_CONFIG = _UPSTREAM["llvm-config"]
DIST_PACKAGES = tuple(_UPSTREAM["dist-packages"])
STAGE0_VERSION = _UPSTREAM["stage0"]
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


def missing_packages(extra=()):
    wanted = [UPSTREAM_PACKAGE, *LLVM_PACKAGES, *((name, None) for name in extra)]
    for tool, package in HOST_TOOLS.items():
        if shutil.which(tool) is None:
            wanted.append((package, None))
    return [
        (name, version)
        for name, version in wanted
        if installed_version(name) is None
        or (version is not None and installed_version(name) != version)
    ]


def ensure_packages(log=print, extra=()):
    """Installs what is missing of the everyday build's packages and of
    `extra` (package names, any version: the optimised build's)."""
    missing = missing_packages(extra)
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
    still = missing_packages(extra)
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


def ensure_optional(package, tool, log=print):
    """Installs `package` for `tool` when possible; returns whether `tool` exists.

    For helpers a command can do without (say, PNG rendering): failing to
    install is reported, never fatal.
    """
    if shutil.which(tool):
        return True
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log(f"installing {package} (for {tool})")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "install", "-y", "-q", package], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not shutil.which(tool):
        log(f"{tool} is not available (install {package}); continuing without it")
    return shutil.which(tool) is not None
