# ---
# jupyter:
#   jupytext:
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
# # Curate an article's drafts
#
# `crosscheck ingest` drafts claims from an article's statements, each marked **draft**. This notebook is where the analyst makes them their own, by their words: no offset is typed and no YAML file opened. `crosscheck ingest` writes one for each article it records, as `notebooks/curate/ID.ipynb`, from the papermill template `notebooks/templates/curate.ipynb`; the template itself runs on the seed article, so `make test` validates it.
#
# Every button of the panel is one step of `crosscheck.curate`, the same library the command line `crosscheck claim|evidence|actor` calls: read afresh under the ledger lock, validated whole, written atomically, and recorded so that **Undo last step** (`crosscheck undo`) reverts it. A refused step says why, in red, and writes nothing. Nothing else in this notebook writes to the ledger.

# %% tags=["parameters"]
document_id = "dw-2026-01-30-kremlin-trump-kyiv"

# %%
from crosscheck import find_root, load_ledger, widgets
from crosscheck.curation_panel import curation_table, curation_todo

ledger = load_ledger(find_root())

# %% [markdown]
# ## The panel
#
# Run all cells (the panel needs a live kernel), then, for each claim:
#
# 1. **Pick it** in the list: each shows its draft marker, status and text; narrow the list by group, by words (Search) or to the drafts left.
# 2. **Read it**: its evidence by speaker, and its passages with the quoted words marked.
# 3. **Make it the analyst's own**: rewrite its text as a checkable proposition (**Save text**); set each statement's stance; **Merge** a draft that restates another claim into it (a claim of another article's group too, which is how two articles are cross-checked); **Move** a statement that bears on another claim; **Accept draft** once it is right, or **Delete claim**.
# 4. **Add what the draft missed**: pick a sentence of the article (each is marked as in this claim, in others, background or not covered), trim the words to the quote, pick who says them and the stance, **Add evidence**. Typed words that stand more than once list their places to pick from. **Add claim** starts a new claim in the same group.
# 5. **Grade the sources**: speakers drafted by ingest are graded F (cannot be judged) until the analyst grades them; a speaker the draft missed is added with **Add speaker**.

# %%
# NBVAL_IGNORE_OUTPUT
widgets.curation_panel(ledger, document_id)

# %% [markdown]
# ## Where the claims stand
#
# The document's claims as the ledger holds them now, with their derived statuses. Rerun from here after curating (the ledger is read again).

# %%
ledger = load_ledger(find_root())
curation_table(ledger, document_id)

# %% [markdown]
# ## What is left to do
#
# Drafts to accept, rewrite, merge or delete; claims with no evidence; drafted speakers still to grade; sentences that are neither evidence nor background.

# %%
curation_todo(ledger, document_id)

# %% [markdown]
# ## Finishing
#
# When nothing is left: `crosscheck verify` checks every quote against its source; `make notebooks` re-executes the article's workbook (`notebooks/70-ID.ipynb`) and this notebook, so their stored outputs show the curated claims; `make test` validates them; `git commit` shares the work (every step is a plain-text diff of `ledger/`).
