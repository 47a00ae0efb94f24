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
# # Review: analysts' verdicts beside the derived statuses
#
# The derived status is what the rules make of the evidence. An analyst may disagree and record a verdict,
# with a reason; the history keeps every verdict, and a verdict that differs from the derived status is marked.
# Running this notebook records nothing: only a click on **Record verdict** writes to the analyst's history in `ledger/verdicts/`.

# %%
from crosscheck import find_root, load_ledger, present, widgets

ledger = load_ledger(find_root())

# %% [markdown]
# ## The review panel
#
# Pick a claim, read its evidence and derived status, choose a verdict, give your name and a reason, and click
# **Record verdict**. (The panel needs a live kernel; the table below is its static equivalent.)

# %%
# NBVAL_IGNORE_OUTPUT
widgets.review_panel(ledger)

# %% [markdown]
# ## Verdict history beside the derived statuses
#
# The latest verdict on each claim, how many verdicts it has had, and a ≠ where the latest verdict differs from
# the derived status.
#
# The desk's one verdict so far, *unconfirmed* on `putin-agreed-to-pause`, now agrees with the derived status and
# carries no ≠. Until the reports of the Kremlin's answer were weighed rather than picked, the rules derived
# *confirmed* and the verdict was marked as a disagreement; weighed by outlet and grade, the Kremlin declines to
# confirm and the claim rests on Trump's word, which is the verdict's own reason (see 20-acceptance).

# %%
present.verdict_history(ledger)
