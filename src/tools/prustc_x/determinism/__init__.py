"""The determinism suite: the same compilations at `-Z threads=1` and at
more threads, which must produce the same bytes (see cli.py).
"""
