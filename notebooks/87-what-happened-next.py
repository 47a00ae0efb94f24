# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # What happened next: every claim, day by day, 29 January to 5 February 2026
#
# The DW article of 30 January could only report what had been said by then. Other outlets' reports,
# recorded in `ledger/sources.yaml` with outlet, date published and address, show what happened in the
# following week. Each report counts only from the day it was published, so each claim's status can be
# asked for any date. Claims about later events (did strikes pause? did the Sunday talks take place?)
# are in their groups' files under `ledger/claims/` (the strikes in `strikes.yaml`); they rest on outside evidence alone.
#
# The facts were gathered in the shared evidence file `followup-2026-01-29_2026-02-05.md`; the ledger
# states them in the analyst's own words, quoting the parties only in short phrases.

# %%
import datetime as dt

from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
START, END = dt.date(2026, 1, 29), dt.date(2026, 2, 5)
CLAIMS = [
    "putin-agreed-to-pause", "pause-a-week-until-february-1", "pause-week-readings", "strikes-paused",
    "strikes-resumed", "abu-dhabi-talks-on-sunday", "talks-took-place", "talks-held-february-4-5",
    "donetsk-two-thirds-russian-held", "forecast-minus-30-celsius",
]
by_day = present.status_by_day(ledger, START, END)

# %% [markdown]
# ## Every claim, by day
#
# Each cell is a claim's status on that day, counting only the evidence public by then; the table
# below gives each status in words.

# %%
present.status_by_day_chart(by_day)

# %% [markdown]
# The same as a table:

# %%
present.status_by_day(ledger, START, END)

# %% [markdown]
# ## What changed, and which report changed it
#
# One row per change of status or grade for the claims discussed below. `caused_by` names the reports
# (source ids in `ledger/sources.yaml`, or the seed article's document id) that became public that day.

# %%
present.status_changes(ledger, START, END, CLAIMS)

# %% [markdown]
# ## Did Putin agree? Reports of Peskov's answer disagree
#
# Reuters' updated story, and the BBC's Russian service as Ukrinform relays it, have Peskov answering "Yes,
# of course" when asked whether Putin agreed; Reuters' first flash and Anadolu have him saying nothing more,
# and DW follows that reading. The reports are kept side by side and weighed, one account per outlet: the
# update replaces Reuters' own flash, and the undated WordUpNews round-up, a copy of an unnamed original,
# adds nothing to the side the others take. The weightiest account (DW, grade B) has the Kremlin declining
# and the two accounts each way do not outnumber it, so the Kremlin declines to confirm and the claim rests
# on Trump's word: unconfirmed (3) on every day, as the desk's verdict has it. Note that the fuller wording
# in the Reuters copy runs on about the request itself, so the "yes" may answer a different question.
#
# **What changed.** Before the weighing rules, the supporting report was picked: the claim turned
# *confirmed (2)* on 30 January, and that change stood in the table above. It no longer does.

# %%
present.outside_evidence_table(ledger, "putin-agreed-to-pause")

# %%
print(ledger.assessments(dt.date(2026, 1, 30))["putin-agreed-to-pause"].explanation)

# %% [markdown]
# ## The pause's "week": three readings
#
# - **Trump** (3 February): Sunday to Sunday, that is 25 January to 1 February, four days before he first
#   spoke of it.
# - **The Kremlin** (30 January): a week ending on 1 February, two days after it spoke; the seed's own
#   claim `pause-a-week-until-february-1` is *inconsistent* for that reason.
# - **Zelenskyy** (3 February): a week from the night of 30 January, broken before it ran out.
#
# Until 3 February only Trump's and the Kremlin's versions were public (unconfirmed); Zelenskyy's reading
# denies that a full week passed, so from 3 February the claim is contested.

# %%
present.outside_evidence_table(ledger, "pause-week-readings")

# %% [markdown]
# ## Did strikes pause, and when did they resume?
#
# On the night after Trump spoke, the air force counted more than a hundred drones but none on the Kyiv
# region: a pause for Kyiv at most, not for Ukraine. Twelve miners were killed by drones on 1 February,
# and on the night of 2 to 3 February Russia struck the energy system with missiles and drones at scale.
#
# The air force speaks for Ukraine's side, as Zelenskyy does: the article's sides are Russia, Ukraine and
# the United States, and Ukraine's air force command is part of the Ukrainian state at war. The registry
# (`ledger/actors.yaml`) records it so: the Ukrainian Air Force is an actor of the party *Ukraine
# (Zelenskyy, armed forces)*, no longer a party of its own, and its count and Zelenskyy's account are one
# party's word. From 30 January to 2 February the claim rests on Ukraine's word alone (unconfirmed, 3);
# from 3 February Trump asserts the pause held and Ukraine qualifies it (unconfirmed, 2).
#
# **What changed.** No status or grade. The explanation used to name the air force twice (as the party the
# claim rests on and again as one that qualifies) and to list Zelenskyy's Ukraine as silent beside it; it
# now names Ukraine once, and from 3 February it counts Ukraine as one party, not two.

# %%
present.outside_evidence_table(ledger, "strikes-paused")

# %%
present.outside_evidence_table(ledger, "strikes-resumed")

# %% [markdown]
# ## Did the Sunday talks take place?
#
# No. TASS's unnamed source still had the 1 February meeting on; Zelenskyy announced that day that the
# delegations would meet on 4 and 5 February instead, and they did. The seed's claim that the talks were
# *set* for Sunday stays confirmed: it was the plan, and the plan changed, as Zelenskyy had warned.

# %%
present.outside_evidence_table(ledger, "talks-took-place")

# %%
present.outside_evidence_table(ledger, "talks-held-february-4-5")

# %% [markdown]
# ## Donetsk and the weather
#
# AFP's reading of ISW and Critical Threats maps puts about 83% of Donetsk region under Russian control at
# the end of January: "over two thirds" holds, but understates it. The exact day of that report is not
# recorded (early February); it is counted from 5 February.
#
# The forecasters expected nights of -20 to -27 C, with -30 C only in some places: the seed's "as low as
# -30" is the local extreme, so the forecast claim stays unconfirmed (the agency qualifies it).

# %%
present.outside_evidence_table(ledger, "donetsk-two-thirds-russian-held")

# %%
present.outside_evidence_table(ledger, "forecast-minus-30-celsius")

# %% [markdown]
# ## The answers as of 30 January and as of 5 February
#
# Each claim's status and grade (in brackets) on the day of the article and a week later; the notebook
# checks them each time it runs.

# %%
def answers(day):
    found = ledger.assessments(day)
    return {cid: (found[cid].status, found[cid].credibility) for cid in CLAIMS}


on_30_january = answers(dt.date(2026, 1, 30))
on_5_february = answers(dt.date(2026, 2, 5))
present.statuses_on(ledger, [dt.date(2026, 1, 30), dt.date(2026, 2, 5)], CLAIMS)

# %%
assert on_30_january == {
    "putin-agreed-to-pause": ("unconfirmed", 3),
    "pause-a-week-until-february-1": ("inconsistent", 4),
    "pause-week-readings": ("unconfirmed", 2),
    "strikes-paused": ("unconfirmed", 3),
    "strikes-resumed": ("unverifiable", 6),
    "abu-dhabi-talks-on-sunday": ("unconfirmed", 2),
    "talks-took-place": ("unverifiable", 6),
    "talks-held-february-4-5": ("unverifiable", 6),
    "donetsk-two-thirds-russian-held": ("unconfirmed", 3),
    "forecast-minus-30-celsius": ("unconfirmed", 3),
}, on_30_january

# %%
assert on_5_february == {
    "putin-agreed-to-pause": ("unconfirmed", 3),
    "pause-a-week-until-february-1": ("inconsistent", 4),
    "pause-week-readings": ("contested", 4),
    "strikes-paused": ("unconfirmed", 2),
    "strikes-resumed": ("confirmed", 1),
    "abu-dhabi-talks-on-sunday": ("confirmed", 1),
    "talks-took-place": ("contested", 4),
    "talks-held-february-4-5": ("confirmed", 1),
    "donetsk-two-thirds-russian-held": ("confirmed", 1),
    "forecast-minus-30-celsius": ("unconfirmed", 3),
}, on_5_february
assert ledger.assessments(dt.date(2026, 1, 30))["putin-agreed-to-pause"].conflicting == ("kremlin",)
