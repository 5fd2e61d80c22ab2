"""Work a child process is handed to prove its limits hold (a light module: children import
it by name)."""

from __future__ import annotations


def spin() -> None:
    while True:
        pass


def hog() -> bytes:
    return b"x" * (2 << 30)
