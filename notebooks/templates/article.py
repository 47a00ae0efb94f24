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
# # Draft workbook for an ingested article
#
# Written by `crosscheck ingest` from the papermill template `notebooks/templates/article.ipynb`. Every claim here is a **draft** until an analyst confirms it: rewrite each claim's text as a checkable proposition, set each statement's stance, merge claims that restate each other, add the other parties' statements, and grade the new sources in `ledger/actors.yaml`. The template itself runs on the seed article, so `make test` validates it.

# %% tags=["parameters"]
document_id = "dw-2026-01-30-kremlin-trump-kyiv"

# %%
from crosscheck import load_ledger, present

ledger = load_ledger()
document = ledger.documents[document_id]

# %% [markdown]
# ## The document
#
# Its metadata as recorded, and its SHA-256: the ledger refuses the document if a single byte changes.

# %%
present.metadata_table(document)

# %% [markdown]
# ## Does it hold together?
#
# The consistency checks: relative dates resolved against the publication date, weekdays, time stamps, units, restatements, and what needs an outside source.

# %%
present.findings_table(ledger, document_id)

# %% [markdown]
# ## Statements and speakers
#
# Every statement the ledger holds for this document, with its speaker, party and kind.

# %%
present.statements_table(ledger, document_id)

# %% [markdown]
# ## Claims and their statuses
#
# Drafts rest on one party's word until the analyst adds the other parties' statements, so most start as *unconfirmed*.

# %%
present.claims_table(ledger, claims=present.article_claims(ledger, document_id),
                     columns=('text', 'verdict', 'status', 'credibility', 'explanation'))

# %% [markdown]
# ## Coverage
#
# Every body sentence is evidence for a claim or marked as background with a reason.

# %%
uncovered = ledger.uncovered(document_id)
print(f'{len(document.sentences)} body sentences, {len(uncovered)} uncovered')
assert not uncovered
