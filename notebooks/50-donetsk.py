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
# # Donetsk and the territorial question
#
# Zelenskyy says the negotiators failed to agree on territory; DW adds, in its own voice, that Moscow demands
# Donetsk and holds over two thirds of it. None of these is stated by the Kremlin or the US in the article.

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"

# %% [markdown]
# ## The claims in this group
#
# Each claim's derived status follows from the parties' stances by the rules in `crosscheck.status`, weighing the article and any outside reports recorded in `ledger/sources.yaml`; the latest analyst verdict, if any, stands beside it. Claims about later events in the same group (recorded in the group's file under `ledger/claims/`) are listed too; the memo below treats the article's claims. Each memo block also gives the status from the article alone when outside reports bear on the claim.

# %%
present.claims_table(ledger, group="donetsk")

# %% [markdown]
# ## `no-compromise-on-territory`
#
# Zelenskyy's word. His quoted words do not name Donetsk ("part of eastern Ukraine"); DW's paraphrase does.

# %%
present.claim_memo(ledger, "no-compromise-on-territory")

# %% [markdown]
# ## `moscow-demands-donetsk`
#
# DW's background, unattributed. It is widely reported, but the article gives no source; only an outside
# report can confirm it.

# %%
present.claim_memo(ledger, "moscow-demands-donetsk")

# %% [markdown]
# ## `donetsk-two-thirds-russian-held`
#
# DW's background, unattributed and undated; in the article it rests on DW alone. Outside map estimates, where
# recorded, are weighed in the overall status.

# %%
present.claim_memo(ledger, "donetsk-two-thirds-russian-held")

# %% [markdown]
# ## Where the parties' accounts differ
#
# Pairs of parties that both speak to a claim in this group but take different stances.

# %%
present.differences(ledger, group="donetsk")

# %% [markdown] tags=["remove-cell"]
# ## Statuses established
#
# First from the article alone, then with the outside reports. If the evidence changes, this check fails and the memo above must be read again.

# %%
assert present.statuses(ledger, group="donetsk", document=DOC, article_only=True) == {
    "no-compromise-on-territory": "unconfirmed",
    "moscow-demands-donetsk": "unconfirmed",
    "donetsk-two-thirds-russian-held": "unconfirmed",
}
assert present.statuses(ledger, group="donetsk", document=DOC) == {
    "no-compromise-on-territory": "unconfirmed",
    "moscow-demands-donetsk": "unconfirmed",
    "donetsk-two-thirds-russian-held": "confirmed",
}
