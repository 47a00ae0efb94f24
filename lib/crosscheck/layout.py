"""Where the ledger's parts live on disk: a layout made for review in diffs and for merging in git.

Under a project's ``ledger/``::

    actors.yaml                 the registry: parties and the people who speak for them, with grades
    documents/ID.yaml           one file per source document: its path and SHA-256, the statements it
                                holds (each declared once: speaker, kind, cue, when said, the quote by its
                                words with the offsets crosscheck fills in), its background sentences,
                                and the parties and actors first met in it (drafted by ingest)
    claims/GROUP.yaml           one file per group of claims: the group's order and title, and its claims,
                                each referring to statements by id with its own stance
    sources.yaml                outside reporting (see crosscheck.outside)
    verdicts/ANALYST.jsonl      one append-only verdict history per analyst
    provenance.jsonl            what re-anchoring moved, and why

Every part an analyst or a command adds is a file of its own or an entry inside one (an ingest adds a
document file and a claims file; a verdict appends to its analyst's file), so two branches that ingest
different articles, record verdicts, curate different claims or grade different actors merge in git
without a conflict. The histories (``*.jsonl``) merge by union (``.gitattributes``); what git cannot
merge, or merges into a contradiction, ``crosscheck verify`` names (see crosscheck.conflicts).
"""
from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

LEDGER_DIR = "ledger"
ACTORS = "actors.yaml"
SOURCES = "sources.yaml"
DOCUMENTS_DIR = "documents"
CLAIMS_DIR = "claims"
VERDICTS_DIR = "verdicts"
PROVENANCE = "provenance.jsonl"

#: The top-level keys each kind of YAML file may hold.
DOCUMENT_KEYS = ("path", "sha256", "parties", "actors", "statements", "background")
CLAIMS_KEYS = ("group", "title", "order", "claims")
ACTORS_KEYS = ("parties", "actors")
SOURCES_KEYS = ("sources",)

#: Files of the layout before statements were declared once (claims.yaml, claims-followup.yaml,
#: background.yaml, documents.yaml, verdicts.jsonl); `crosscheck migrate` converts them.
LEGACY = ("claims.yaml", "claims-followup.yaml", "background.yaml", "documents.yaml", "verdicts.jsonl")

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


# Latin letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"})


def slug(text: str, limit: int = 80, empty: str = "article") -> str:
    """A lower-case, dash-separated id made of letters, digits and dashes, accents dropped (``Tomás Brennan``
    -> ``tomas-brennan``), apostrophes within words elided (``the company's`` -> ``the-companys``; ``empty``
    when nothing is left)."""
    folded = re.sub(r"(?<=\w)['\u2019](?=\w)", "", str(text).casefold()).translate(_UNDECOMPOSED)  # "o'brien"
    latin = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^a-z0-9]+", "-", latin).strip("-")
    return value[:limit].strip("-") or empty


def is_id(value: str) -> bool:
    """An id usable as a file name and in YAML without quoting: lower-case letters, digits, ``.-_``."""
    return bool(_ID.match(str(value))) and ".." not in str(value)


def ledger_folder(root: str | Path) -> Path:
    return Path(root) / LEDGER_DIR


def document_file(root: str | Path, doc_id: str) -> Path:
    return ledger_folder(root) / DOCUMENTS_DIR / f"{doc_id}.yaml"


def claims_file(root: str | Path, group: str) -> Path:
    return ledger_folder(root) / CLAIMS_DIR / f"{group}.yaml"


def verdicts_name(analyst: str) -> str:
    """The file of an analyst's verdict history, relative to ``ledger/``."""
    return f"{VERDICTS_DIR}/{slug(analyst, empty='analyst')}.jsonl"


def document_files(root: str | Path) -> list[Path]:
    return listed(ledger_folder(root) / DOCUMENTS_DIR, "*.yaml")


def claims_files(root: str | Path) -> list[Path]:
    return listed(ledger_folder(root) / CLAIMS_DIR, "*.yaml")


def verdicts_files(root: str | Path) -> list[Path]:
    return listed(ledger_folder(root) / VERDICTS_DIR, "*.jsonl")


def listed(folder: Path, pattern: str) -> list[Path]:
    """The files of a ledger folder matching ``pattern``, in name order; none when the folder is absent. A
    folder that cannot be listed is an error naming it (a glob would quietly find nothing)."""
    if folder.exists() and not os.access(folder, os.R_OK | os.X_OK):
        from .errors import CrosscheckError

        raise CrosscheckError("cannot be read: permission denied (a ledger folder must be readable)", folder)
    return sorted(folder.glob(pattern))


def legacy_files(root: str | Path) -> list[Path]:
    """Files of the old layout still present (a ledger that `crosscheck migrate` has not converted)."""
    return [ledger_folder(root) / name for name in LEGACY if (ledger_folder(root) / name).exists()]


def is_ledger(folder: Path) -> bool:
    """Whether ``folder/ledger`` holds a ledger in this layout or the old one."""
    ledger = folder / LEDGER_DIR
    return ledger.is_dir() and any((ledger / name).exists() for name in
                                   (ACTORS, DOCUMENTS_DIR, CLAIMS_DIR, *LEGACY))


#: git attributes a project needs (kept in its .gitattributes): histories merge by union, the YAML files
#: entry by entry where a clone has enabled the driver (`crosscheck setup-git`, crosscheck.gitmerge).
GITATTRIBUTES = """\
# crosscheck: append-only histories merge by keeping both sides' lines.
ledger/verdicts/*.jsonl merge=union
ledger/provenance.jsonl merge=union
# crosscheck: ledger files merge entry by entry where a clone has run `crosscheck setup-git`.
ledger/*.yaml merge=crosscheck
ledger/*/*.yaml merge=crosscheck
"""
