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
# # Timeline
#
# Every dated event in the article, resolved to a calendar date: the days the parties spoke (from the ledger's
# `said_on`), the publication, and each relative date in the text ("on Thursday", "until February 1", "in the
# coming days") as the relative-date check resolves it. The duration-end check adds the week that "for a week
# until February 1" would have needed: from 25 January, before Trump spoke of the request.
#
# Three dates carry the story. Trump speaks on Thursday 29 January; the Kremlin answers on Friday 30 January,
# the day of publication; and Sunday 1 February is both the end of the Kremlin's pause and the day set for the
# Abu Dhabi talks.

# %%
from crosscheck import find_root, load_ledger, present

ledger = load_ledger(find_root())
DOC = "dw-2026-01-30-kremlin-trump-kyiv"
events = present.timeline_events(ledger, DOC)

# %%
present.timeline_chart(events, title="Dated events in the DW article of 30 January 2026")

# %% [markdown]
# Each row is an event: a dot for a day, a bar for a span of days, coloured by kind as the legend says.
#
# ## The events as a table

# %%
present.timeline_table(events)
