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
# # Zelenskyy's energy truce
#
# Zelenskyy speaks of a different pause: a reciprocal halt to strikes on energy infrastructure, which he says was
# proposed by Washington. It overlaps Trump's request in time and motive (the cold) but not in scope: Trump spoke of
# Kyiv and the cities and towns, the Kremlin of Kyiv, Zelenskyy of energy facilities. Everything in this group rests
# on Zelenskyy's word; the Kremlin and Trump say nothing about energy infrastructure in the article.

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"

# %% [markdown]
# ## The claims in this group
#
# Each claim's derived status follows from the parties' stances by the rules in `crosscheck.status`, weighing the article and any outside reports recorded in `ledger/sources.yaml`; the latest analyst verdict, if any, stands beside it. Claims about later events in the same group (recorded in the group's file under `ledger/claims/`) are listed too; the memo below treats the article's claims. Each memo block also gives the status from the article alone when outside reports bear on the claim.

# %%
present.claims_table(ledger, group="energy-truce")

# %% [markdown]
# ## `ukraine-offers-energy-truce`
#
# Zelenskyy's own offer, said three times (paragraph 6, paragraph 9 and his direct quote; the subheading restates
# it). First-hand on Ukraine's position, but nobody else speaks to it. Note that DW's paragraph 9 says Ukraine
# would stop attacking "Russian targets", wider than his words, which speak of energy facilities.

# %%
present.claim_memo(ledger, "ukraine-offers-energy-truce")

# %% [markdown]
# ## `energy-truce-proposed-by-washington`
#
# Zelenskyy says the proposal came from Washington. Trump's account of his request is consistent with a US
# initiative but differs in scope (cities and towns, not energy; a one-sided pause, not a reciprocal one), so we
# count it as qualifying.

# %%
present.claim_memo(ledger, "energy-truce-proposed-by-washington")

# %% [markdown]
# ## `no-assurances-from-moscow`
#
# Zelenskyy says Moscow had given no assurances. This sits beside Trump's "he agreed to that" without
# contradicting it: Trump's claim is about cities, and an assurance to Washington is not one to Kyiv.

# %%
present.claim_memo(ledger, "no-assurances-from-moscow")

# %% [markdown]
# ## `no-direct-contact-kyiv-moscow`
#
# Zelenskyy's word; no other party speaks of contacts between Kyiv and Moscow.

# %%
present.claim_memo(ledger, "no-direct-contact-kyiv-moscow")

# %% [markdown]
# ## Where the parties' accounts differ
#
# Pairs of parties that both speak to a claim in this group but take different stances.

# %%
present.differences(ledger, group="energy-truce")

# %% [markdown] tags=["remove-cell"]
# ## Statuses established
#
# First from the article alone, then with the outside reports. If the evidence changes, this check fails and the memo above must be read again.

# %%
assert present.statuses(ledger, group="energy-truce", document=DOC, article_only=True) == {
    "ukraine-offers-energy-truce": "unconfirmed",
    "energy-truce-proposed-by-washington": "unconfirmed",
    "no-assurances-from-moscow": "unconfirmed",
    "no-direct-contact-kyiv-moscow": "unconfirmed",
}
assert present.statuses(ledger, group="energy-truce", document=DOC) == {
    "ukraine-offers-energy-truce": "unconfirmed",
    "energy-truce-proposed-by-washington": "unconfirmed",
    "no-assurances-from-moscow": "unconfirmed",
    "no-direct-contact-kyiv-moscow": "unconfirmed",
}
