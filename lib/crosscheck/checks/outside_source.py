from __future__ import annotations

KIND = "needs-outside-source"


def check(ctx):
    return []
