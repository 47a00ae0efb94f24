from __future__ import annotations

KIND = "near-duplicate"


def check(ctx):
    return []
