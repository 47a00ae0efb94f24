"""environment.yml (conda-forge) and pyproject.toml must name the same dependencies."""
import re
import tomllib

from ruamel.yaml import YAML

from factories import ROOT

_NAME = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$")


def _split(requirement: str) -> tuple[str, str]:
    name, spec = _NAME.match(requirement).groups()
    return name.lower().replace("_", "-"), spec.replace(" ", "")


def pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for group in project.get("optional-dependencies", {}).values():
        requirements.extend(group)
    return dict(_split(r) for r in requirements)


def conda_requirements() -> dict[str, str]:
    env = YAML(typ="safe").load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert "conda-forge" in env["channels"]
    entries = [d for d in env["dependencies"] if isinstance(d, str)]
    entries += [p for d in env["dependencies"] if isinstance(d, dict) for p in d.get("pip", []) if p != "-e ."]
    pairs = dict(_split(d) for d in entries)
    assert pairs.pop("python") == ">=3.11"
    pairs.pop("pip")
    return pairs


def test_environment_yml_matches_pyproject():
    assert conda_requirements() == pyproject_requirements()


def test_python_floor_matches():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.11"


def test_public_api_is_explicit_and_light():
    import subprocess
    import sys

    code = ("import sys, crosscheck; assert 'spacy' not in sys.modules and 'pandas' not in sys.modules;"
            "[getattr(crosscheck, n) for n in crosscheck.__all__]; print(len(crosscheck.__all__))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 30
