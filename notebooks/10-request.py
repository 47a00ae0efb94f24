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
# # Trump's request to Putin
#
# The article's headline claim is that Trump asked Putin not to strike Kyiv until 1 February. Two parties speak
# to it: the Kremlin (its statement on Friday 30 January, and its spokesman Dmitry Peskov) and Trump himself (at a
# Cabinet meeting in Washington on Thursday 29 January). Zelenskyy does not speak about the request.
#
# Both parties agree that the request was made. They do not agree on what it was: the Kremlin speaks of Kyiv,
# until 1 February, for negotiations; Trump of Kyiv and "the cities and towns", for a week, because of the
# "extraordinary cold". The memo below splits the request into its parts so that agreement on the fact of
# the request is not mistaken for agreement on its terms.

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"

# %% [markdown]
# ## The claims in this group
#
# Each claim's derived status follows from the parties' stances by the rules in `crosscheck.status`, weighing the article and any outside reports recorded in `ledger/sources.yaml`; the latest analyst verdict, if any, stands beside it. Claims about later events in the same group (recorded in the group's file under `ledger/claims/`) are listed too; the memo below treats the article's claims. Each memo block also gives the status from the article alone when outside reports bear on the claim.

# %%
present.claims_table(ledger, group="request")

# %% [markdown]
# ## `trump-asked-putin-halt-kyiv-strikes`
#
# **The request itself.** Trump says he asked; the Kremlin, a day later, says he "did indeed" ask. Two
# independent parties, one of them the addressee, agree: confirmed. The quotes are kept to the request's words so
# that the problem with its dates (next claim but one) does not count against the fact of the request.

# %%
present.claim_memo(ledger, "trump-asked-putin-halt-kyiv-strikes")

# %% [markdown]
# ## `request-covered-cities-and-towns`
#
# **Scope.** Here the accounts part. Peskov's own quoted words name Kyiv only; Trump names "Kyiv and the cities
# and towns", and DW's paraphrase of Trump widens it to "Ukraine". DW's later paraphrase of Peskov uses Trump's
# phrase, which his quoted words do not support; we weigh the direct quote. Status: rests on Trump's word.

# %%
present.claim_memo(ledger, "request-covered-cities-and-towns")

# %% [markdown]
# ## `pause-a-week-until-february-1`
#
# **Duration and end.** "For a week until February 1", said on Friday 30 January, cannot hold: 1 February is two
# days away. The duration-end check flags it, and the claim is inconsistent whichever party is right. Trump said
# "a week" without an end date; the Kremlin gave both.

# %%
present.claim_memo(ledger, "pause-a-week-until-february-1")

# %% [markdown]
# ## `request-aimed-at-negotiations`
#
# **Reason: negotiations.** The Kremlin gives the purpose as favourable conditions for negotiations. Trump gives
# another reason and never mentions talks. We count Trump as qualifying, not denying: the reasons can coexist.

# %%
present.claim_memo(ledger, "request-aimed-at-negotiations")

# %% [markdown]
# ## `request-because-of-cold`
#
# **Reason: the cold.** The mirror image of the previous claim: Trump's reason, on which the Kremlin is silent
# apart from giving a different one.

# %%
present.claim_memo(ledger, "request-because-of-cold")

# %% [markdown]
# ## `request-made-by-january-29`
#
# **When it was made.** Only a bound: Trump spoke of the request in the past tense on Thursday 29 January, so it
# was made by then. Peskov "did not reveal when the request was made". No date is given by anyone, and it matters:
# when the request was made decides when a week would start.

# %%
present.claim_memo(ledger, "request-made-by-january-29")

# %% [markdown]
# ## Where the parties' accounts differ
#
# Pairs of parties that both speak to a claim in this group but take different stances.

# %%
present.differences(ledger, group="request")

# %% [markdown] tags=["remove-cell"]
# ## Statuses established
#
# First from the article alone, then with the outside reports. If the evidence changes, this check fails and the memo above must be read again.

# %%
assert present.statuses(ledger, group="request", document=DOC, article_only=True) == {
    "trump-asked-putin-halt-kyiv-strikes": "confirmed",
    "request-covered-cities-and-towns": "unconfirmed",
    "pause-a-week-until-february-1": "inconsistent",
    "request-aimed-at-negotiations": "unconfirmed",
    "request-because-of-cold": "unconfirmed",
    "request-made-by-january-29": "unconfirmed",
}
assert present.statuses(ledger, group="request", document=DOC) == {
    "trump-asked-putin-halt-kyiv-strikes": "confirmed",
    "request-covered-cities-and-towns": "unconfirmed",
    "pause-a-week-until-february-1": "inconsistent",
    "request-aimed-at-negotiations": "unconfirmed",
    "request-because-of-cold": "unconfirmed",
    "request-made-by-january-29": "unconfirmed",
}
