"""crosscheck: a claim-verification workbench.

The public API, one concept per module:

- documents: ``load_document``, ``parse_document``, ``Document``
- segmentation (the one sentence splitter): ``split_sentences`` (segment)
- actors: ``load_registry``, ``Registry``, ``Actor``, ``Party``
- claims: ``Statement``, ``Evidence``, ``Claim``, ``STANCES``, ``KINDS``
- status: ``assess``, ``Assessment``, ``STATUSES``, ``CREDIBILITY``, ``DISPUTED``, ``Report``, ``Weighing``, ``weigh``
- findings: ``Finding``, ``Span``
- ledger: ``load_ledger``, ``find_root``, ``Ledger``
- provenance: ``Provenance`` (whose account an article is: ``Ledger.provenance``)
- verdicts: ``record_verdict``, ``load_verdicts``, ``Verdict``
- export: ``export``, ``ledger_to_dict``
- errors: ``CrosscheckError``, ``ProblemList``
- extraction and checks: ``extract_statements`` (extract), ``run_checks`` (checks), ``run_batch`` (batch:
  many articles in one call)
- drafting: ``draft_article`` and ``Draft`` (draft: the first cross-check of an article, claims with every
  party's stance)
- recording and publishing: ``ingest`` (ingest), ``reanchor`` (reanchor), ``build_site`` (site),
  ``run_notebooks`` (workbook), ``load_sources`` (outside)
- the presentation layer, a subpackage: ``crosscheck.present`` (tables, HTML pieces, charts the memos show)

Every name is imported on first use (PEP 562), so ``import crosscheck`` (and the ``crosscheck`` command's
start-up) loads nothing it does not need: spaCy, pandas and the Jupyter stack only come with the names
that use them.
"""
from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType

__version__ = "0.1.0"

#: Each public name and the module that defines it.
_API = {
    **dict.fromkeys(("Actor", "Party", "Registry", "load_registry"), ".actors"),
    **dict.fromkeys(("KINDS", "STANCES", "Claim", "Evidence", "Statement"), ".claims"),
    **dict.fromkeys(("Document", "load_document", "parse_document"), ".document"),
    **dict.fromkeys(("CrosscheckError", "ProblemList"), ".errors"),
    **dict.fromkeys(("export", "ledger_to_dict"), ".export"),
    **dict.fromkeys(("Finding", "Span"), ".findings"),
    **dict.fromkeys(("Ledger", "find_root", "load_ledger"), ".ledger"),
    "Provenance": ".provenance",
    "split_sentences": ".segment",
    **dict.fromkeys(("CREDIBILITY", "DISPUTED", "STATUSES", "Assessment", "Report", "Weighing", "assess", "weigh"),
                    ".status"),
    **dict.fromkeys(("Verdict", "load_verdicts", "record_verdict"), ".verdicts"),
    "extract_statements": ".extract",
    "run_checks": ".checks",
    "run_batch": ".batch",
    **dict.fromkeys(("draft_article", "Draft"), ".draft"),
    "ingest": ".ingest",
    "reanchor": ".reanchor",
    "build_site": ".site",
    "run_notebooks": ".workbook",
    "load_sources": ".outside",
}
__all__ = sorted(_API)


def __getattr__(name: str):
    if name in _API:
        value = getattr(import_module(_API[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(ModuleType):
    """The package, keeping a public function whose module has its name (``export``, ``ingest``,
    ``reanchor``): importing that module does not put the module in the function's place."""

    def __setattr__(self, name: str, value) -> None:
        if isinstance(value, ModuleType) and _API.get(name) == f".{name}":
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
