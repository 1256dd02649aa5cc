"""argparse as every command of `./x.py` uses it: options are never
abbreviated, help text keeps its line breaks, and an error names the
command's `--help`. Single-threaded; nothing is shared.
"""

import argparse
import sys


class Parser(argparse.ArgumentParser):
    def __init__(self, **kwargs):
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(allow_abbrev=False, **kwargs)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n(see `{self.prog} --help`)\n")
