"""Tables of claims: statuses and verdicts, the evidence, where the parties differ, what is still open."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

from ..claims import SILENT, SUPPORTING
from ..export import published
from .table import Table, as_table


def article_claims(ledger, document_id: str | None = None) -> list[str]:
    """Ids of the claims with evidence quoted from a document (any document when None), in ledger order."""
    return [cid for cid, claim in ledger.claims.items()
            if any(document_id is None or e.document == document_id for e in claim.evidence)]


def statuses(ledger, group: str | None = None, as_of: dt.date | None = None, *,
             document: str | None = None, article_only: bool = False) -> dict[str, str]:
    """``{claim id: derived status}`` for every claim (or one group's), in ledger order.

    ``document`` keeps only the claims quoting that document; ``article_only`` derives the statuses from the
    articles' evidence alone, leaving outside reports out.
    """
    assessments = ledger.assessments(as_of, outside=not article_only)
    keep = set(article_claims(ledger, document)) if document else set(ledger.claims)
    return {cid: assessments[cid].status for cid, claim in ledger.claims.items()
            if (group is None or claim.group == group) and cid in keep}


def groups(ledger) -> list[str]:
    """The claim groups in order of first appearance."""
    return list(dict.fromkeys(claim.group for claim in ledger.claims.values()))


def _chosen(ledger, group: str | None, claims: Iterable[str] | None) -> list[str]:
    wanted = list(claims) if claims is not None else list(ledger.claims)
    return [cid for cid in wanted if group is None or ledger.claims[cid].group == group]


CLAIM_COLUMNS = ("text", "verdict", "status", "credibility", "differs")


def claims_table(ledger, as_of: dt.date | None = None, group: str | None = None, *,
                 claims: Iterable[str] | None = None, columns: Iterable[str] = CLAIM_COLUMNS) -> Table:
    """One row per claim (or one group's, or the ones named): its text, the desk's latest verdict, the derived
    status, its grade and explanation, and whether verdict and derived status differ. ``columns`` picks among
    text, group, verdict, status, credibility, explanation, differs, article alone."""
    rows = {}
    for cid in _chosen(ledger, group, claims):
        claim, rating = ledger.claims[cid], published(ledger, cid, as_of)
        a = rating.derived
        rows[cid] = {"text": claim.text, "group": claim.group, "verdict": rating.verdict.status if rating.verdict else "",
                     "status": a.status, "credibility": a.credibility, "explanation": a.explanation,
                     "differs": bool(rating.verdict and rating.verdict.status != a.status),
                     "article alone": rating.article_only.status}
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=list(columns))
    frame.index.name = "claim"
    return as_table(frame, "claims" + (f"-{group}" if group else ""), kinds={"differs": "flag", "credibility": "number"},
                 label=f"claims in the group {group}" if group else "claims", empty="No claims.")


def evidence_table(ledger, claim_id: str | None = None) -> Table:
    """One row per statement bearing on a claim: who, party, how, stance, the exact quote and its offsets."""
    rows = []
    for cid, claim in ledger.claims.items():
        if claim_id is not None and cid != claim_id:
            continue
        for e in claim.evidence:
            s = e.statement
            rows.append({"claim": cid, "party": ledger.registry.parties[s.party].name,
                         "speaker": ledger.registry.actors[s.speaker].name, "kind": s.kind, "cue": s.cue,
                         "stance": e.stance, "quote": s.quote, "document": s.document, "start": s.start, "end": s.end})
    columns = ["claim", "party", "speaker", "kind", "cue", "stance", "quote", "document", "start", "end"]
    return as_table(pd.DataFrame(rows, columns=columns), "evidence", kinds={"stance": "stance"}, empty="No evidence.")


def _outlet(ledger, source) -> str:
    party = ledger.registry.parties.get(source.outlet)
    return (party.name if party else source.outlet) + (f" (via {source.carrier})" if source.carrier else "")


def outside_evidence_table(ledger, claim_id: str | None = None, as_of: dt.date | None = None) -> Table:
    """One row per outside report's stance on a claim: when, which report, whose words, the stance, the fact,
    its grade and why, and its address. Reports that disagree about one party's words stay side by side."""
    rows = []
    for cid in ledger.claims:
        if claim_id is not None and cid != claim_id:
            continue
        for e in ledger.outside_evidence(cid):
            if as_of is not None and e.public_on > as_of:
                continue
            s = e.source
            rows.append({"claim": cid, "published": s.published.isoformat(), "source": s.id,
                         "outlet": _outlet(ledger, s), "party": ledger.registry.parties[s.party].name,
                         "stance": e.stance, "fact": s.fact, "grade": s.reliability, "grade_reason": s.reliability_reason,
                         "address": s.address})
    columns = ["claim", "published", "source", "outlet", "party", "stance", "fact", "grade", "grade_reason", "address"]
    frame = pd.DataFrame(rows, columns=columns)
    if claim_id is not None:
        frame = frame.drop(columns=["claim"])
    return as_table(frame, "outside", kinds={"stance": "stance"}, empty="No outside report bears on it.",
                 label=f"outside reports on {claim_id}" if claim_id else "outside reports")


def _speakers(ledger, claim_id: str, party: str, as_of: dt.date | None) -> list[dict]:
    claim = ledger.claims[claim_id]
    rows = []
    for e in claim.evidence:
        if e.party != party or (as_of is not None and e.public_on and e.public_on > as_of):
            continue
        s = e.statement
        rows.append({"speaker": ledger.registry.actors[s.speaker].name, "kind": s.kind, "cue": s.cue,
                     "said_on": s.said_on.isoformat() if s.said_on else "", "stance": e.stance, "quote": s.quote,
                     "note": e.note})
    for e in ledger.outside_evidence(claim_id):
        if e.party != party or (as_of is not None and e.public_on > as_of):
            continue
        src = e.source
        speaker = ledger.registry.actors.get(src.speaker)
        rows.append({"speaker": speaker.name if speaker else "", "kind": f"outside: {_outlet(ledger, src)}",
                     "cue": src.id, "said_on": src.published.isoformat(), "stance": e.stance, "quote": src.fact,
                     "note": src.note})
    return rows


def party_accounts(ledger, claim_id: str, as_of: dt.date | None = None) -> Table:
    """One row per statement on a claim, grouped by party (the article's, then outside reports), with the
    party's resolved stance; a row for each party that is silent."""
    assessment = ledger.assessments(as_of)[claim_id]
    rows = []
    for party, stance in assessment.stances.items():
        name = ledger.registry.parties[party].name
        found = _speakers(ledger, claim_id, party, as_of) or [
            {"speaker": "", "kind": "", "cue": "", "said_on": "", "stance": "", "quote": "", "note": ""}]
        rows += [{"party": name, "party stance": stance, **row} for row in found]
    columns = ["party", "party stance", "speaker", "kind", "cue", "said_on", "stance", "quote", "note"]
    return as_table(pd.DataFrame(rows, columns=columns), "accounts", kinds={"party stance": "stance", "stance": "stance"},
                 label=f"each party's account of {claim_id}", empty="No party speaks to it.")


def _names(ledger) -> dict[str, str]:
    return {p: party.name for p, party in ledger.registry.parties.items()}


def differences(ledger, as_of: dt.date | None = None, group: str | None = None, *, notes: bool = False) -> Table:
    """Every pair of speaking parties whose stances on a claim differ (two that assert or confirm agree), with
    the claim's status; ``notes`` adds the analyst's note on the claim."""
    names = _names(ledger)
    assessments = ledger.assessments(as_of)
    rows = []
    for cid, claim in ledger.claims.items():
        if group is not None and claim.group != group:
            continue
        spoke = [(p, s) for p, s in assessments[cid].stances.items() if s != SILENT]
        for i, (p, sp) in enumerate(spoke):
            for q, sq in spoke[i + 1:]:
                if sp != sq and not {sp, sq} <= set(SUPPORTING):
                    rows.append({"claim": cid, "party A": names[p], "stance A": sp, "party B": names[q],
                                 "stance B": sq, "status": assessments[cid].status, "note": claim.note})
    columns = ["claim", "party A", "stance A", "party B", "stance B", "status"] + (["note"] if notes else [])
    return as_table(pd.DataFrame(rows, columns=columns + ([] if notes else ["note"]))[columns],
                 "differences" + (f"-{group}" if group else ""), kinds={"stance A": "stance", "stance B": "stance"},
                 label="where the parties differ" + (f" on the group {group}" if group else ""),
                 empty="No two parties that speak to these claims differ.")


def difference_notes(ledger, as_of: dt.date | None = None) -> Table:
    """For each claim on which parties differ, the analyst's note in the ledger."""
    frame = differences(ledger, as_of, notes=True).drop_duplicates("claim")[["claim", "note"]].set_index("claim")
    return as_table(frame, "difference-notes", empty="No two parties differ on any claim.")


def status_counts(ledger, as_of: dt.date | None = None) -> Table:
    """How many claims have each status (every status listed, zero included), with its meaning."""
    from ..status import STATUSES

    found = statuses(ledger, as_of=as_of)
    rows = [{"status": s, "claims": sum(1 for v in found.values() if v == s), "meaning": meaning}
            for s, meaning in STATUSES.items()]
    frame = pd.DataFrame(rows, columns=["status", "claims", "meaning"]).set_index("status")
    return as_table(frame, "status-counts")


def claims_with_status(ledger, wanted, as_of: dt.date | None = None) -> Table:
    """The claims whose derived status is in ``wanted``: text, status, explanation and the desk's verdict."""
    wanted = {wanted} if isinstance(wanted, str) else set(wanted)
    assessments = ledger.assessments(as_of)
    chosen = [cid for cid in ledger.claims if assessments[cid].status in wanted]
    result = claims_table(ledger, as_of, claims=chosen, columns=("text", "status", "explanation", "verdict"))
    words = " or ".join(sorted(wanted))
    result.name, result.label, result.when_empty = "claims-" + "-".join(sorted(wanted)), f"claims {words}", f"No claim is {words}."
    return result


def open_questions(ledger, as_of: dt.date | None = None) -> Table:
    """For each claim not confirmed: what evidence would change its status."""
    assessments = ledger.assessments(as_of)
    rows = {cid: {"status": assessments[cid].status, "would change it": c.would_change}
            for cid, c in ledger.claims.items() if assessments[cid].status != "confirmed"}
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=["status", "would change it"])
    frame.index.name = "claim"
    return as_table(frame, "open-questions", empty="Every claim is confirmed.")


def verdict_history(ledger) -> Table:
    """Every claim's derived status beside the desk's latest verdict, how many verdicts it has had, and the
    latest analyst's reason; ``differs`` marks a verdict that disagrees with the derived status."""
    assessments = ledger.assessments()
    rows = {}
    for cid in ledger.claims:
        history = ledger.history(cid)
        latest = history[-1] if history else None
        derived = assessments[cid].status
        rows[cid] = {"derived": derived, "latest verdict": latest.status if latest else "",
                     "differs": bool(latest and latest.status != derived), "verdicts": len(history),
                     "latest reason": f"{latest.analyst}: {latest.reason}" if latest else ""}
    frame = pd.DataFrame.from_dict(rows, orient="index",
                                   columns=["derived", "latest verdict", "differs", "verdicts", "latest reason"])
    frame.index.name = "claim"
    return as_table(frame, "verdicts", kinds={"differs": "flag"}, empty="No claims.")
