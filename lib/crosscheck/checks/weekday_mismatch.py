from __future__ import annotations

KIND = "weekday-mismatch"


def check(ctx):
    return []
