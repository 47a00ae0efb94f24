"""The lint gate's part that ruff has no rule for: branches whose condition is a constant.

ruff (run by `make test` before pytest) catches unused variables, `... or True`, bare and blind
excepts; an `if False:` block or an `x if False else y` is dead code it lets through.
"""
import ast

from factories import ROOT

FOLDERS = ("lib", "tests", "benchmarks", "notebooks")


def constant_tests(source: str) -> list[int]:
    """Lines of `if`, `while` and conditional expressions whose test is a literal constant."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.If, ast.IfExp)) and isinstance(node.test, ast.Constant):
            found.append(node.lineno)
        if isinstance(node, ast.While) and isinstance(node.test, ast.Constant) and not node.test.value:
            found.append(node.lineno)
    return sorted(found)


def test_constant_tests_are_found():
    assert constant_tests("if False:\n    x = 1\ny = 1 if True else 2\nwhile 0:\n    pass\n") == [1, 3, 4]
    assert constant_tests("while True:\n    break\nif x:\n    pass\n") == []


def test_no_branch_on_a_constant():
    offenders = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if ".venv" in path.parts or ".ipynb_checkpoints" in path.parts:
                continue
            for line in constant_tests(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(ROOT)}:{line}")
    assert offenders == []
