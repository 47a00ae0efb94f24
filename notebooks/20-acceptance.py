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
# # Did Putin agree?
#
# Trump said Putin "agreed to that". The Kremlin confirmed the request but, in DW's words, "did not explicitly
# confirm if Putin had accepted the request" and "did not divulge Putin's response". This is the article's sharpest
# difference between the parties: one asserts, the other, in a position to confirm, declines.

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"

# %% [markdown]
# ## The claims in this group
#
# Each claim's derived status follows from the parties' stances by the rules in `crosscheck.status`, weighing the article and any outside reports recorded in `ledger/sources.yaml`; the latest analyst verdict, if any, stands beside it. Claims about later events in the same group (recorded in the group's file under `ledger/claims/`) are listed too; the memo below treats the article's claims. Each memo block also gives the status from the article alone when outside reports bear on the claim.

# %%
present.claims_table(ledger, group="acceptance")

# %% [markdown]
# ## `putin-agreed-to-pause`
#
# In the article, Trump's word alone. The Kremlin's silence is not a denial, and we do not read it as one; it
# is a refusal to confirm by the party best placed to do so.
#
# Outside reports of Peskov's answer disagree, and the rules weigh them rather than pick one. Each outlet is
# one account: DW's two sentences are one, Reuters' updated story replaces its own first flash, and the
# WordUpNews round-up, a copy of an unnamed original, adds nothing to a side another account already takes.
# Two accounts have Peskov not answering (DW, grade B; Anadolu's copy as carried, C); two quote him saying
# "Yes, of course" (Reuters' update, C; the BBC's Russian service as Ukrinform relays it, C). The best account
# declines and the other side does not outnumber it, so the Kremlin **declines to confirm** and the claim rests
# on Trump's word: **unconfirmed, grade 3**. The "yes" may in any case answer whether a request was made, not
# whether Putin agreed (see the Reuters note in `ledger/sources.yaml`).
#
# **What changed.** Before the weighing rules, the one supporting report outvoted the others: the Kremlin counted
# as confirming and the claim read *confirmed, grade 2*, against the desk's verdict (unconfirmed). Weighed by
# outlet and grade, the derived status now agrees with that verdict. From the article alone it was, and stays,
# unconfirmed.

# %%
present.claim_memo(ledger, "putin-agreed-to-pause")

# %% [markdown]
# ## Where the parties' accounts differ
#
# Pairs of parties that both speak to a claim in this group but take different stances.

# %%
present.differences(ledger, group="acceptance")

# %% [markdown] tags=["remove-cell"]
# ## Statuses established
#
# First from the article alone, then with the outside reports. If the evidence changes, this check fails and the memo above must be read again.

# %%
assert present.statuses(ledger, group="acceptance", document=DOC, article_only=True) == {
    "putin-agreed-to-pause": "unconfirmed",
}
assert present.statuses(ledger, group="acceptance", document=DOC) == {
    "putin-agreed-to-pause": "unconfirmed",
}
