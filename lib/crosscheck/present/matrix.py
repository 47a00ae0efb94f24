"""The stance matrix: claims down, parties across, each cell the party's stance on the claim.

The first column after the claim is its derived status; then the parties to the story (governments, people,
organisations), in the registry's order; then the outlets and agencies that report on it, under a "Reporting
sources" header. Any stance the rules give shows as its word, coloured where the palette knows it.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from ..claims import SILENT
from .table import Table, as_table

#: Party kinds (ledger/actors.yaml) whose members report the story rather than take part in it.
REPORTING_KINDS = ("outlet", "agency")
STORY_GROUP, REPORTING_GROUP = "Parties to the story", "Reporting sources"


def is_reporting_source(party) -> bool:
    """Whether a party only reports (an outlet or an agency) rather than takes part in the story."""
    return party.kind in REPORTING_KINDS


def stance_text(assessment, party: str) -> str:
    """A party's stance on a claim as the matrix shows it: the word, and where the reports of the party's words
    disagree (the rules' ``Assessment.weighings``), the accounts each way with their grades."""
    stance = assessment.stances.get(party, SILENT)
    weighing = (getattr(assessment, "weighings", None) or {}).get(party)
    if weighing is not None and (stance == "disputed" or getattr(weighing, "disagree", False)):
        return weighing.summary()
    return stance


def matrix_parties(ledger, assessments) -> tuple[list[str], list[str]]:
    """The parties with a stance on any claim: those to the story, then the reporting sources."""
    spoke = [p for p in ledger.registry.parties if any(p in a.stances for a in assessments.values())]
    story = [p for p in spoke if not is_reporting_source(ledger.registry.parties[p])]
    return story, [p for p in spoke if p not in story]


def stance_matrix(ledger, as_of: dt.date | None = None, parties: list[str] | None = None) -> Table:
    """Claims by parties (``parties``, or every party with a stance): the derived status, then each party's
    stance on each claim, ``silent`` where it said nothing."""
    assessments = ledger.assessments(as_of)
    story, reporting = matrix_parties(ledger, assessments)
    if parties is not None:
        story, reporting = [p for p in story if p in parties], [p for p in reporting if p in parties]
    labels = {}
    for p in story + reporting:
        name = ledger.registry.parties[p].name
        labels[p] = name if name not in labels.values() else f"{name} ({p})"
    rows = {cid: {"status": assessments[cid].status, **{labels[p]: stance_text(assessments[cid], p) for p in labels}}
            for cid in ledger.claims}
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=["status", *labels.values()])
    frame.index.name = "claim"
    groups = [(STORY_GROUP, [labels[p] for p in story])] + (
        [(REPORTING_GROUP, [labels[p] for p in reporting])] if reporting else [])
    return as_table(frame, "matrix", kinds={labels[p]: "stance" for p in labels}, groups=groups, empty="No claims.")
