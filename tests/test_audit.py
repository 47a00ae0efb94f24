"""The checks on what search engines read: each fault in a ClaimReview is named, a sound one passes."""
from __future__ import annotations

import copy

from crosscheck.audit import claim_review_problems, claim_reviews, rating_problems
from crosscheck.export import jsonld_script

GOOD = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://desk.example/claims/a.html",
    "claimReviewed": "The bridge reopens on 3 March",
    "datePublished": "2026-03-05",
    "author": {"@type": "Organization", "name": "crosscheck"},
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Anna Berg", "jobTitle": "mayor"},
        "datePublished": "2026-03-02",
        "appearance": [{"@type": "NewsArticle", "url": "https://paper.example/bridge", "headline": "Bridge"}],
    },
    "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1, "name": "unconfirmed",
                     "alternateName": "unconfirmed"},
}


def _without(path: str) -> dict:
    review = copy.deepcopy(GOOD)
    node = review
    *parents, last = path.split(".")
    for key in parents:
        node = node[key]
    del node[last]
    return review


def test_a_sound_review_passes():
    assert claim_review_problems(GOOD, "https://desk.example/") == []


def test_each_missing_property_is_named():
    cases = {
        "url": "url missing", "claimReviewed": "claimReviewed missing", "datePublished": "datePublished",
        "author": "author", "itemReviewed": "itemReviewed (a Claim) missing",
        "itemReviewed.author": "itemReviewed.author", "itemReviewed.datePublished": "itemReviewed.datePublished",
        "itemReviewed.appearance": "itemReviewed.appearance", "reviewRating.alternateName": "alternateName",
        "reviewRating.ratingValue": "ratingValue",
    }
    for path, expected in cases.items():
        problems = claim_review_problems(_without(path))
        assert any(expected in p for p in problems), (path, problems)


def test_faults_of_form_are_named():
    review = copy.deepcopy(GOOD)
    review["claimReviewed"] = "x" * 76
    review["itemReviewed"]["author"] = {"@type": "Organization", "name": "Kremlin", "jobTitle": "spokesman"}
    review["itemReviewed"]["appearance"] = [{"@type": "NewsArticle", "headline": "no address"}]
    review["reviewRating"]["ratingValue"] = 9
    review["sparkle"] = True
    problems = " | ".join(claim_review_problems(review, "https://elsewhere.example/"))
    for expected in ("76 characters", "jobTitle is not a property of Organization", "appearance (with its url)",
                     "outside worstRating..bestRating", "sparkle is not a property of ClaimReview", "is not under"):
        assert expected in problems, expected


def test_two_verdicts_on_one_number_are_found():
    a, b = copy.deepcopy(GOOD), copy.deepcopy(GOOD)
    b["reviewRating"].update(name="contested", alternateName="contested")
    assert rating_problems([a, b]) == ["rating 4 stands for contested, unconfirmed"]
    b["reviewRating"].update(ratingValue=2)
    assert rating_problems([a, b]) == []
    c = copy.deepcopy(a)
    c["reviewRating"]["ratingValue"] = 3
    assert rating_problems([a, c]) == ["unconfirmed is rated ['3', '4']"]


def test_extruct_reads_the_jsonld_the_site_writes():
    page = f"<html><head>{jsonld_script(GOOD)}</head><body></body></html>"
    assert claim_reviews(page) == [GOOD]
