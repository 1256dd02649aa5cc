#!/usr/bin/env python3
"""Entry point of the prustc fork's automation; see `./x.py --help`.

The implementation lives in src/tools/prustc_x (standard library only).
"""

import os
import sys

REPO = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(REPO, "src", "tools"))

from prustc_x import cli  # noqa: E402

if __name__ == "__main__":
    sys.exit(cli.main(REPO, sys.argv[1:]))
