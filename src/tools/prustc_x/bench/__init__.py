"""`./x.py bench`: compiling rustc-perf's benchmark crates with our
compilers and reporting what it cost (see cli.py for the order of work).
"""
