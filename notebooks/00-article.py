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
# # The article: what it is and whether it holds together
#
# DW, Friday 30 January 2026: "Kremlin says Trump asked Putin not to hit Kyiv until Feb 1". A short wire-style
# piece that stitches together three parties' accounts: the Kremlin's (Friday), Trump's (Thursday's Cabinet
# meeting) and Zelenskyy's (undated in the text). This memo records the document as received, checks its dates
# and figures, and lists every statement in it with who made it and how.

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"
document = ledger.documents[DOC]

# %% [markdown]
# ## Metadata
#
# The header gives the title, a dateline and a byline; the sidecar file adds the outlet and language. The
# SHA-256 identifies the text exactly: every quote in the ledger is checked against it.

# %%
present.metadata_table(document)

# %% [markdown]
# ## Does it hold together?
#
# The consistency checks (`crosscheck.checks.run_checks`) read the dates and figures. Two are errors:
#
# - the dateline's time stamp **"19:52 PM"** is malformed: 19:52 is already on the 24-hour clock, so "PM" means
#   nothing (we read it as 19:52, time zone unstated);
# - **"for a week until February 1"**, said on Friday 30 January, does not fit: 1 February is two days later. A
#   week ending 1 February would have begun on 25 January.
#
# The weekdays agree with the dates ("on Thursday" is 29 January, "on Friday" 30 January, "on Sunday"
# 1 February) and the temperature conversion holds (-30 °C = -22 °F).

# %%
present.findings_table(ledger, DOC, severities=("error", "warning"))

# %% [markdown]
# The informational findings resolve every relative date to the calendar (drawn in `85-timeline`).

# %%
present.findings_table(ledger, DOC, severities=("info",), offsets=False)

# %% [markdown]
# ## Paragraphs
#
# Sixteen body paragraphs, counting the subheading (paragraph 8) as one.

# %%
present.paragraphs_table(document)

# %% [markdown]
# ## Every statement, with speaker, party and kind
#
# Each row is a span of the text that the ledger attributes to a speaker. *direct*: the speaker's own quoted
# words; *paraphrase*: DW reporting what the speaker said (including DW's narration that restates a party, such
# as "The Kremlin said on Friday that ..."); *narration*: DW in its own voice. The last column names the claims
# each statement bears on and its stance on each.

# %%
present.statements_table(ledger, DOC)

# %% [markdown]
# ## Passages that restate earlier ones
#
# Wire copy repeats itself. The near-duplicate check pairs later sentences with the earlier ones they restate;
# these are not new evidence. Note that paragraph 12 restates the lead with one change: it widens the request
# from Kyiv to "Ukrainian cities and towns" (Trump's wording, attributed to Peskov). The subheading (paragraph 8)
# restates paragraph 9 and is recorded as background.

# %%
present.restatements(ledger, DOC)

# %% [markdown]
# ## Coverage
#
# Every body sentence is either evidence for a claim or recorded as background with a reason. Nothing is left
# unread:

# %%
assert ledger.uncovered(DOC) == []
present.background_table(ledger, DOC)
