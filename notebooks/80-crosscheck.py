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
# # The cross-check: who says what
#
# Claims down the rows; beside each, its derived status; then the parties across: first the parties to the
# story (the Kremlin, Trump's administration, Ukraine), then, under *Reporting sources*, the outlets and
# agencies that only report it. Each cell is the party's stance on the claim as the rules in `crosscheck.status`
# resolve it from every report of its words: *silent* where it said nothing, *disputed* (with the reports each
# way, where the rules count them) where the reports of its words disagree and their weight does not settle it.
# Read across a row to see whether a claim stands on more than one party's word.

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"

# %% [markdown]
# ## The stance matrix (article and outside reports)
#
# Where reports of one party's words disagree, its cell is the stance the rules weigh out of them, one account
# per outlet, by grade (`crosscheck.status`); a party whose reports do not settle it would read *disputed*. No
# seed claim has such a party. Two things in this matrix changed with the weighing rules:
#
# - The Kremlin on `putin-agreed-to-pause` reads *declines*, no longer *confirms*: DW's account (grade B) has
#   Peskov not answering and is not outnumbered by the two reports of his "Yes, of course", so the claim is
#   unconfirmed (see 20-acceptance).
# - The Ukrainian Air Force has no column of its own: it is an actor of Ukraine's side (the party now named
#   *Ukraine (Zelenskyy, armed forces)*), so its count on `strikes-paused` is Ukraine's word. No status changed
#   with it (see 87-what-happened-next).

# %%
present.stance_matrix(ledger)

# %% [markdown]
# ## Where two parties' accounts differ
#
# Every pair of parties that both speak to a claim but take different stances (two parties that assert or
# confirm count as agreeing). The article's own differences are chiefly the Kremlin against Trump:
#
# - **Scope.** Peskov names Kyiv; Trump "Kyiv and the cities and towns"; DW's paraphrase of Trump says "Ukraine";
#   Zelenskyy speaks of energy infrastructure.
# - **Length and end.** Peskov: "for a week until February 1" (which do not fit); Trump: "for a week", no end date.
# - **Reason.** The Kremlin: favourable conditions for negotiations; Trump: the "extraordinary cold".
# - **Acceptance.** Trump: "he agreed to that"; the Kremlin did not say.
# - **Reciprocity.** Zelenskyy's offer is a mutual halt on energy strikes; Trump's request is a one-sided pause.

# %%
present.differences(ledger)

# %% [markdown]
# ## The analyst's notes on differing wording
#
# For each claim where parties differ, the note recorded in the ledger.

# %%
present.difference_notes(ledger)
