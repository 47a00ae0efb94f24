"""Drafting: the first cross-check of an article, done by crosscheck for the analyst to curate.

One concept a module:

- ``propositions``: statements cut into clauses that each say one thing;
- ``answers``: replies the extractor leaves unattributed ("Estmark denied it.", "disputed that, saying");
- ``interviews``: questions, and the answers that go with them;
- ``terms``: the content words of a statement and how alike two statements are;
- ``speakers``: one voice per actor for the article (registry ids where known, else names);
- ``stance``: how a statement bears on a point (asserts, confirms, qualifies, declines, denies);
- ``grouping``: which statements, from any party, bear on one checkable point (on strong evidence);
- ``stories``: those fragments merged into the story's points (content, names, figures, anaphora);
- ``lead``: the statements told about the point the headline puts;
- ``wording``: a point worded as a short checkable claim;
- ``article``: the draft as a whole, ``draft_article(document, registry) -> Draft``.
"""
from .article import Draft, DraftClaim, draft_article, evidence_to_dict, format_draft

__all__ = ["Draft", "DraftClaim", "draft_article", "evidence_to_dict", "format_draft"]
