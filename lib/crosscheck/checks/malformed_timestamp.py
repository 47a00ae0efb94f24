from __future__ import annotations

KIND = "malformed-timestamp"


def check(ctx):
    return []
