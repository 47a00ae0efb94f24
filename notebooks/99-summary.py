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
# # Summary for the editor
#
# **The headline holds, its details do not.** Trump's request to Putin is confirmed by both parties to it. But
# the parties describe different requests (Kyiv against "the cities and towns"; negotiations against the cold),
# the Kremlin's "for a week until February 1" cannot be right as stated, and whether Putin agreed rests on Trump:
# reports of the Kremlin's answer conflict, and weighed by outlet and grade they have it declining to confirm.
# Zelenskyy's energy-truce offer is a separate, reciprocal proposal that only he describes. The dateline's
# "19:52 PM" is malformed.
#
# **What changed.** Putin's acceptance is *unconfirmed* (grade 3), no longer *confirmed* (2): the rules
# now weigh every report of a party's words instead of letting one supporting report outvote the rest, and the
# derived status agrees with the desk's verdict. No other status or grade changed; the Ukrainian Air Force now
# counts as part of Ukraine's side, which changes no status.

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"

# %% [markdown]
# ## Claims by status

# %%
present.status_counts(ledger)

# %% [markdown]
# ## Claims that rest on one party's word (unconfirmed)

# %%
present.claims_with_status(ledger, "unconfirmed")

# %% [markdown]
# ## Contradictions
#
# Claims a party denies (contested) or that a consistency check counts against (inconsistent):

# %%
present.claims_with_status(ledger, ("contested", "inconsistent"))

# %% [markdown]
# And the points where two parties' stances differ:

# %%
present.differences(ledger)

# %% [markdown]
# ## Open questions
#
# What evidence would change each claim that is not confirmed.

# %%
present.open_questions(ledger)
