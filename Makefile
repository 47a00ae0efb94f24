# The two commands: `make report` builds the shareable site in site/; `make test` runs every test.
# `make report SCREENS=1` adds screenshots of every page in build/screens/.
# Each creates .venv from the package index when it is missing (Python 3.11+), and reuses it after.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: report test notebooks venv clean

# SCREENS=1 also writes screenshots of every page (390, 768, 1280 px and print) into build/screens/ (+20 s).
report: $(STAMP)
	$(PY) -m crosscheck.cli build-site --out site $(if $(SCREENS),--screens build/screens)

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

# After editing the ledger: re-execute the memos in place (and their jupytext twins), then `make test`.
notebooks: $(STAMP)
	$(VENV)/bin/crosscheck run-notebooks

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "crosscheck needs Python 3.11 or newer; set PYTHON=python3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf site build .pytest_cache
