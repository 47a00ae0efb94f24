from __future__ import annotations

KIND = "duration-end-mismatch"


def check(ctx):
    return []
