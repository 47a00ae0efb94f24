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
# # The Abu Dhabi talks
#
# DW reports in its own voice that trilateral talks were set for Sunday in Abu Dhabi; Zelenskyy says talks were
# expected then and there but that the date and venue could change. Sunday is 1 February 2026, the day the Kremlin's
# pause ends. The Kremlin and Trump do not speak about the talks in this article.

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"

# %% [markdown]
# ## The claims in this group
#
# Each claim's derived status follows from the parties' stances by the rules in `crosscheck.status`, weighing the article and any outside reports recorded in `ledger/sources.yaml`; the latest analyst verdict, if any, stands beside it. Claims about later events in the same group (recorded in the group's file under `ledger/claims/`) are listed too; the memo below treats the article's claims. Each memo block also gives the status from the article alone when outside reports bear on the claim.

# %%
present.claims_table(ledger, group="talks")

# %% [markdown]
# ## `abu-dhabi-talks-on-sunday`
#
# DW asserts the plan; Zelenskyy expects it but hedges. His caveat makes his stance a qualification, so in
# the article the claim rests on DW's word; outside reports of the schedule are weighed in the overall status.
# That the talks were then moved (to 4 and 5 February) is a later event, recorded as a follow-up claim; it does
# not make the plan as of 30 January untrue. The wording differs too: "trilateral" talks (DW) against Russian and Ukrainian
# delegations "mediated by Washington" (Zelenskyy).

# %%
present.claim_memo(ledger, "abu-dhabi-talks-on-sunday")

# %% [markdown]
# ## `talks-date-venue-could-change`
#
# Zelenskyy's caveat, reported twice (paragraph 7: "date or location"; paragraph 16: "date and venue").

# %%
present.claim_memo(ledger, "talks-date-venue-could-change")

# %% [markdown]
# ## Where the parties' accounts differ
#
# Pairs of parties that both speak to a claim in this group but take different stances.

# %%
present.differences(ledger, group="talks")

# %% [markdown] tags=["remove-cell"]
# ## Statuses established
#
# First from the article alone, then with the outside reports. If the evidence changes, this check fails and the memo above must be read again.

# %%
assert present.statuses(ledger, group="talks", document=DOC, article_only=True) == {
    "abu-dhabi-talks-on-sunday": "unconfirmed",
    "talks-date-venue-could-change": "unconfirmed",
}
assert present.statuses(ledger, group="talks", document=DOC) == {
    "abu-dhabi-talks-on-sunday": "confirmed",
    "talks-date-venue-could-change": "confirmed",
}
