"""Whose account an article is: its outlet, that outlet's grade, and the agencies it credits.

The status rules (crosscheck.status) weigh an article's statements as one account of its outlet, graded
as that outlet. The outlet is settled when the ledger loads, by the first of these that applies:

1. ``outlet`` in the document's metadata (its sidecar ``NAME.meta.yaml`` or front matter), naming an
   actor (by name, alias or id) or a party (by id or name) of ``actors.yaml``. A name the registry does
   not know is a load error at its line: a misspelt outlet would otherwise be graded as nobody.
2. Else the party whose narration the document carries, as the analyst recorded it (``crosscheck
   ingest`` drafts that narrator from the ``outlet`` or the byline). Narration by two parties and no
   ``outlet`` is a load error: say which outlet it is.
3. Else the byline (``By: ...`` in the header), when it names an actor of the registry.
4. Else nothing says whose account it is: the document is its own line of reporting, grade F
   (reliability cannot be judged). It ranks below every graded report, and it counts as one account.

The grade is the named actor's; for a party named by its id or name, the grade of its actor with the
same id (or its only actor), else F. ``agencies`` (one name or a list) names the outlets or agencies
whose copy the article repeats (its credit line): each must be a party of kind ``outlet`` or
``agency``, else a load error at its line. The outlet's narration is their word too (independence).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .actors import Registry
from .claims import Claim
from .document import Document
from .errors import CrosscheckError, UnknownReference
from .yamlio import line_of, load_yaml_mapping

UNKNOWN_GRADE = "F"
AGENCY_KINDS = ("outlet", "agency")


@dataclass(frozen=True)
class Provenance:
    """A document's outlet (a party id, or the document's own id when unknown), grade and credit line."""

    outlet: str
    grade: str
    basis: str  # "outlet metadata", "narration", "byline" or "unknown"
    agencies: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "grade": self.grade, "basis": self.basis, "agencies": list(self.agencies)}


def resolve_party(registry: Registry, mention: Any) -> tuple[str, str] | None:
    """(party id, grade) for an actor's name, alias or id, or a party's id or name; None when unknown."""
    text = str(mention).strip() if isinstance(mention, str) else ""
    if not text:
        return None
    actor = registry.actors.get(text) or registry.find(text)
    if actor is not None:
        return actor.party, actor.reliability
    folded = text.casefold()
    party = registry.parties.get(text) or next(
        (p for p in registry.parties.values() if p.name.casefold() == folded), None)
    if party is None:
        return None
    members = registry.party_members(party.id)
    graded = registry.actors.get(party.id) or (members[0] if len(members) == 1 else None)
    return party.id, graded.reliability if graded and graded.party == party.id else UNKNOWN_GRADE


def load_provenance(documents: Mapping[str, Document], registry: Registry | None, claims: Mapping[str, Claim],
                    problems: list[CrosscheckError]) -> dict[str, Provenance]:
    """Each document's provenance; every problem is appended to ``problems`` as FILE[:LINE]: PROBLEM."""
    if registry is None:
        return {}
    narrators = _narrators(claims.values(), registry)
    found = {}
    for doc_id, document in documents.items():
        before = len(problems)
        outlet = _outlet(document, registry, narrators.get(doc_id, {}), problems)
        agencies = _agencies(document, registry, problems)
        if len(problems) == before:
            found[doc_id] = Provenance(*outlet, agencies=agencies)
    return found


def _narrators(claims: Iterable[Claim], registry: Registry) -> dict[str, dict[str, str]]:
    """Per document, the parties its recorded narration is attributed to, each with its narrator's grade."""
    found: dict[str, dict[str, str]] = {}
    for claim in claims:
        for item in claim.evidence:
            actor = registry.actors.get(item.speaker)
            if item.statement.kind == "narration" and actor is not None:
                found.setdefault(item.document, {}).setdefault(actor.party, actor.reliability)
    return found


def _outlet(document: Document, registry: Registry, narrators: Mapping[str, str],
            problems: list[CrosscheckError]) -> tuple[str, str, str]:
    """(outlet, grade, basis) by the rules above; a problem appended when they cannot settle it."""
    named = document.metadata.get("outlet")
    if named not in (None, ""):
        resolved = resolve_party(registry, named)
        if resolved is None:
            problems.append(UnknownReference(
                f"metadata 'outlet': {named!r} is no actor or party in actors.yaml (add it there, or correct the name)",
                *metadata_place(document, "outlet"), "party", named))
            return document.id, UNKNOWN_GRADE, "unknown"
        return (*resolved, "outlet metadata")
    if len(narrators) > 1:
        problems.append(CrosscheckError(
            f"document {document.id!r}: its narration is attributed to {', '.join(sorted(narrators))} and no "
            "'outlet' metadata says whose account it is; add `outlet:` to its metadata", document.path))
        return document.id, UNKNOWN_GRADE, "unknown"
    if narrators:
        party, grade = next(iter(narrators.items()))
        return party, grade, "narration"
    byline = registry.find(str(document.metadata.get("byline") or ""))
    if byline is not None:
        return byline.party, byline.reliability, "byline"
    return document.id, UNKNOWN_GRADE, "unknown"


def _agencies(document: Document, registry: Registry, problems: list[CrosscheckError]) -> tuple[str, ...]:
    """The party ids ``agencies`` names; a problem appended for a bad value or an unknown name."""
    value = document.metadata.get("agencies")
    if value in (None, "", []):
        return ()
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        problems.append(CrosscheckError("metadata 'agencies' must be an outlet's id or name, or a list of them",
                                        *metadata_place(document, "agencies")))
        return ()
    found = []
    for index, name in enumerate(names):
        resolved = resolve_party(registry, name)
        kind = registry.parties[resolved[0]].kind if resolved else ""
        if kind not in AGENCY_KINDS:
            what = f"is party {resolved[0]!r} ({kind}), not an outlet or agency" if resolved else \
                "is no outlet or agency in actors.yaml (add it as a party of kind outlet, or correct the name)"
            problems.append(CrosscheckError(f"metadata 'agencies': {name!r} {what}",
                                            *metadata_place(document, "agencies", index)))
            continue
        found.append(resolved[0])
    return tuple(dict.fromkeys(found))


def metadata_place(document: Document, key: str, index: int | None = None) -> tuple[Path, int | None]:
    """The file and line where a metadata ``key`` (or its ``index``-th item) is written.

    The sidecar wins over front matter (as when the metadata is read); a value from the text's own
    header, or one whose line is unknown, is placed at the document with no line.
    """
    sidecar = document.path.with_name(document.path.stem + ".meta.yaml")
    if sidecar.is_file():
        data = load_yaml_mapping(sidecar)
        if key in data:
            value = data[key]
            if index is not None and isinstance(value, list) and index < len(value):
                return sidecar, line_of(value, index)
            return sidecar, line_of(data, key)
    match = re.match(r"\ufeff?---[ \t]*\r?\n(.*?)\r?\n---", document.text, re.DOTALL)
    if match:
        for number, line in enumerate(match.group(1).splitlines(), start=2):
            if re.match(rf"{re.escape(key)}\s*:", line):
                return document.path, number
    return document.path, None
