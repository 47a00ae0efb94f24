"""crosscheck: a claim-verification workbench.

The public API, one concept per module:

- documents: ``load_document``, ``Document``
- segmentation (the one sentence splitter): ``split_sentences`` (segment)
- actors: ``load_registry``, ``Registry``, ``Actor``, ``Party``
- claims: ``Statement``, ``Evidence``, ``Claim``, ``STANCES``, ``KINDS``
- status: ``assess``, ``Assessment``, ``STATUSES``, ``CREDIBILITY``, ``DISPUTED``, ``Report``, ``Weighing``, ``weigh``
- ledger: ``load_ledger``, ``find_root``, ``Ledger``
- provenance: ``Provenance`` (whose account an article is: ``Ledger.provenance``)
- verdicts: ``record_verdict``, ``load_verdicts``, ``Verdict``
- export: ``export``, ``ledger_to_dict``
- errors: ``CrosscheckError``
- the presentation layer, a subpackage: ``crosscheck.present`` (tables, HTML pieces, charts the memos show)
- loaded on first use (they import spaCy, nbclient and the like): ``extract_statements`` (extract),
  ``run_checks`` (checks), ``ingest`` (ingest), ``reanchor`` (reanchor), ``build_site`` (site),
  ``run_notebooks`` (workbook), ``load_sources`` (outside), ``draft_article`` and ``Draft`` (draft: the
  first cross-check of an article, claims with every party's stance)
"""
from .actors import Actor, Party, Registry, load_registry
from .claims import KINDS, STANCES, Claim, Evidence, Statement
from .document import Document, load_document, parse_document
from .errors import CrosscheckError, ProblemList
from .export import export, ledger_to_dict
from .findings import Finding, Span
from .ledger import Ledger, find_root, load_ledger
from .provenance import Provenance
from .segment import split_sentences
from .status import CREDIBILITY, DISPUTED, STATUSES, Assessment, Report, Weighing, assess, weigh
from .verdicts import Verdict, load_verdicts, record_verdict

__all__ = [
    "Actor", "Assessment", "CREDIBILITY", "Claim", "CrosscheckError", "DISPUTED", "Document", "Evidence", "Finding",
    "KINDS", "Ledger", "Party", "ProblemList", "Provenance", "Registry", "Report", "STANCES", "STATUSES", "Span", "Statement",
    "Verdict", "Weighing", "assess", "export", "find_root", "ledger_to_dict", "load_document", "load_ledger",
    "load_registry", "load_verdicts", "parse_document", "record_verdict", "split_sentences", "weigh",
]
__version__ = "0.1.0"

_LAZY = {
    "extract_statements": ".extract",
    "run_checks": ".checks",
    "ingest": ".ingest",
    "reanchor": ".reanchor",
    "build_site": ".site",
    "run_notebooks": ".workbook",
    "load_sources": ".outside",
    "draft_article": ".draft",
    "Draft": ".draft",
}
__all__ += list(_LAZY)


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
