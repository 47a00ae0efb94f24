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
# # The cold
#
# The cold is the context of both pauses: Trump gives it as his reason, Zelenskyy's offer is made "amid a period of
# bitterly cold weather", and the Ukrainian weather agency forecasts -30 °C. The unit conversion holds
# (-30 °C = -22 °F).

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"

# %% [markdown]
# ## The claims in this group
#
# Each claim's derived status follows from the parties' stances by the rules in `crosscheck.status`, weighing the article and any outside reports recorded in `ledger/sources.yaml`; the latest analyst verdict, if any, stands beside it. Claims about later events in the same group (recorded in the group's file under `ledger/claims/`) are listed too; the memo below treats the article's claims. Each memo block also gives the status from the article alone when outside reports bear on the claim.

# %%
present.claims_table(ledger, group="weather")

# %% [markdown]
# ## `forecast-minus-30-celsius`
#
# The forecast rests on the agency as DW reports it, without a link or date. "In the coming days" is read as the
# week after publication (31 January to 6 February). The agency's forecast as UNN relays it expected nights of
# -20 to -27 °C, with -30 °C only in places: the figure is the local extreme. Both accounts are the agency's, and
# the reservation governs its side, so the agency qualifies the claim; no other party speaks to it: unconfirmed,
# grade 3.
#
# **What changed.** Only the wording of the explanation: it used to name the agency twice, as the party the claim
# rests on and again as one that qualifies it. It now names it once; the status and grade are as before.

# %%
present.claim_memo(ledger, "forecast-minus-30-celsius")

# %% [markdown]
# ## `extreme-cold-in-ukraine`
#
# That it was very cold is asserted by Trump, by DW's narration and by the agency's forecast: independent
# parties agree, so it is confirmed. The exact figure is a separate, unconfirmed claim.

# %%
present.claim_memo(ledger, "extreme-cold-in-ukraine")

# %% [markdown]
# ## Where the parties' accounts differ
#
# Pairs of parties that both speak to a claim in this group but take different stances.

# %%
present.differences(ledger, group="weather")

# %% [markdown] tags=["remove-cell"]
# ## Statuses established
#
# First from the article alone, then with the outside reports. If the evidence changes, this check fails and the memo above must be read again.

# %%
assert present.statuses(ledger, group="weather", document=DOC, article_only=True) == {
    "forecast-minus-30-celsius": "unconfirmed",
    "extreme-cold-in-ukraine": "confirmed",
}
assert present.statuses(ledger, group="weather", document=DOC) == {
    "forecast-minus-30-celsius": "unconfirmed",
    "extreme-cold-in-ukraine": "confirmed",
}
