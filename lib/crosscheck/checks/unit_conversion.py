from __future__ import annotations

KIND = "unit-conversion"


def check(ctx):
    return []
