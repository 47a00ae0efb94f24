import csv
import datetime as dt
import io
import json
import re

from crosscheck.audit import claim_review_problems, rating_problems
from crosscheck.export import REVIEW_RATING, claim_page, claim_review, export, jsonld_script, ledger_to_dict
from crosscheck.ledger import load_ledger
from factories import default_claims, make_project


def test_json_has_the_documented_shape(tmp_path):
    ledger = load_ledger(make_project(tmp_path))
    data = json.loads(export(ledger, "json"))
    assert [d["id"] for d in data["documents"]] == ["article"]
    assert data["documents"][0]["path"] == "seeds/article.txt"
    claim = data["claims"][0]
    assert {"id", "text", "status", "credibility", "explanation", "depends_on", "evidence", "verdicts"} <= set(claim)
    assert claim["status"] == "contested" and claim["credibility"] == 4
    first = claim["evidence"][0]
    assert {k: first[k] for k in ("document", "party", "speaker", "stance", "kind")} == {
        "document": "article", "party": "ministry", "speaker": "ministry", "stance": "asserts", "kind": "paraphrase"}
    text = (tmp_path / "seeds" / "article.txt").read_text(encoding="utf-8")
    assert text[first["start"]:first["end"]] == first["quote"]
    assert export(ledger, "json") == export(load_ledger(tmp_path), "json")


def test_csv_has_a_row_per_evidence(tmp_path):
    rows = list(csv.DictReader(io.StringIO(export(load_ledger(make_project(tmp_path)), "csv"))))
    assert len(rows) == 4
    assert rows[2]["stance"] == "denies" and rows[2]["status"] == "contested"


def test_csv_cells_never_open_as_spreadsheet_formulas(tmp_path):
    from factories import default_claims

    claims = default_claims()
    claims[1]["text"] = '=HYPERLINK("http://198.51.100.7/","x")'
    claims[0]["text"] = "-5 degrees, @noon, +1"
    rows = list(csv.DictReader(io.StringIO(export(load_ledger(make_project(tmp_path, claims=claims)), "csv"))))
    assert {row["claim_text"] for row in rows} == {"'" + claims[1]["text"], "'-5 degrees, @noon, +1"}
    assert rows[0]["start"].isdigit()  # numbers stay numbers


def test_claimreview_names_author_appearance_and_rating(tmp_path):
    reviews = json.loads(export(load_ledger(make_project(tmp_path)), "claimreview"))
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Repairs to the river bridge will finish by March 20."
    assert review["url"] == "claims/repairs-finish.html"  # relative to the site without a base address
    author = review["itemReviewed"]["author"]
    assert author == {"@type": "Organization", "name": "The transport ministry"}  # a body speaking as itself
    appearance = review["itemReviewed"]["appearance"][0]
    assert appearance["headline"] == "Ministry rejects report on bridge repairs"
    assert appearance["datePublished"] == "2026-03-02T10:15:00"
    assert review["datePublished"] == "2026-03-02"  # no verdict: the day of the latest evidence it weighs
    rating = review["reviewRating"]
    assert {k: rating[k] for k in ("@type", "ratingValue", "bestRating", "worstRating", "name", "alternateName")} == {
        "@type": "Rating", "ratingValue": REVIEW_RATING["contested"], "bestRating": 5, "worstRating": 1,
        "name": "contested", "alternateName": "contested (not yet reviewed)"}
    assert rating["ratingExplanation"].startswith("Not yet reviewed by the desk.")


def _with_url(folder):
    meta = folder / "seeds" / "article.meta.yaml"
    meta.write_text("outlet: Example Wire\nurl: https://wire.example/bridge\n", encoding="utf-8")
    return folder


def test_claimreview_meets_googles_required_and_recommended_properties(tmp_path):
    ledger = load_ledger(_with_url(make_project(tmp_path)))
    reviews = json.loads(export(ledger, "claimreview", base_url="https://desk.example/site/"))
    for review in reviews:
        assert claim_review_problems(review, "https://desk.example/site/") == [], review["identifier"]
    assert reviews[0]["url"] == "https://desk.example/site/claims/repairs-finish.html"
    assert reviews[0]["itemReviewed"]["appearance"][0]["url"] == "https://wire.example/bridge"
    person = reviews[0]["itemReviewed"]["firstAppearance"]
    assert person["url"] == "https://wire.example/bridge"
    assert rating_problems(reviews) == []


def test_a_person_who_makes_a_claim_has_a_job_title_and_an_organization_none(tmp_path):
    claims = default_claims()
    claims[0]["evidence"] = [claims[0]["evidence"][1], claims[0]["evidence"][2]]  # minister Berg asserts first
    ledger = load_ledger(make_project(tmp_path, claims=claims))
    review = claim_review(ledger, "repairs-finish")
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Anna Berg", "jobTitle": "transport minister"}
    assert claim_review(ledger, "traffic-doubled")["itemReviewed"]["author"] == {"@type": "Organization",
                                                                                 "name": "Example Wire"}


def test_the_desks_latest_verdict_is_published_with_the_derived_status_beside_it(tmp_path):
    ledger = load_ledger(make_project(tmp_path))
    ledger.record_verdict("repairs-finish", "unconfirmed", "A. Analyst", "The council's denial is second-hand.",
                          time="2026-03-05T09:00:00+00:00")
    ledger = load_ledger(tmp_path)
    review = claim_review(ledger, "repairs-finish")
    rating = review["reviewRating"]
    assert rating["ratingValue"] == REVIEW_RATING["unconfirmed"] and rating["alternateName"] == "unconfirmed"
    assert "A. Analyst" in rating["ratingExplanation"] and "rules derive contested" in rating["ratingExplanation"]
    assert review["datePublished"] == "2026-03-05"
    before = claim_review(ledger, "repairs-finish", as_of=dt.date(2026, 3, 4))["reviewRating"]
    assert before["name"] == "contested" and before["alternateName"] == "contested (not yet reviewed)"
    claim = json.loads(export(ledger, "json"))["claims"][0]
    assert claim["status"] == "contested" and claim["verdict"] == "unconfirmed"
    assert claim["published"]["status"] == "unconfirmed" and claim["published"]["reviewed"] is True
    assert claim["article_only_status"] == "contested"


def test_every_status_has_its_own_rating_number():
    from crosscheck.status import STATUSES

    assert set(REVIEW_RATING) == set(STATUSES)
    assert len(set(REVIEW_RATING.values())) == len(REVIEW_RATING)
    assert REVIEW_RATING["confirmed"] == 5 and min(REVIEW_RATING.values()) >= 1


def test_a_summary_stands_in_for_a_long_claim_text(tmp_path):
    claims = default_claims()
    claims[0]["text"] = "Repairs to the river bridge, closed since the flood of the winter before last, will finish by 20 March."
    claims[0]["summary"] = "Bridge repairs will finish by 20 March"
    ledger = load_ledger(make_project(tmp_path, claims=claims))
    review = claim_review(ledger, "repairs-finish")
    assert review["claimReviewed"] == "Bridge repairs will finish by 20 March"
    assert review["itemReviewed"]["name"] == claims[0]["text"]
    assert "claimReviewed is" in " ".join(claim_review_problems(claim_review(ledger, "traffic-doubled") | {
        "claimReviewed": claims[0]["text"]}))


def test_claim_pages_have_safe_file_names():
    assert claim_page("putin-agreed-to-pause") == "claims/putin-agreed-to-pause.html"
    for hostile in ("../../etc/passwd", "a/b", "<script>", ".hidden", "x" * 300, "claim with spaces"):
        page = claim_page(hostile)
        assert re.fullmatch(r"claims/[A-Za-z0-9_-]+\.html", page), page
    assert claim_page("a/b") != claim_page("a_b")


def test_jsonld_cannot_be_closed_early():
    block = jsonld_script({"claimReviewed": "</script><script>alert(1)</script> & <!--"})
    inner = block[len('<script type="application/ld+json">'):-len("</script>")]
    assert "</script" not in inner.lower() and "<!--" not in inner
    assert json.loads(inner)["claimReviewed"] == "</script><script>alert(1)</script> & <!--"


def test_as_of_is_recorded(tmp_path):
    import datetime as dt

    data = ledger_to_dict(load_ledger(make_project(tmp_path)), as_of=dt.date(2026, 3, 1))
    assert data["as_of"] == "2026-03-01"
    assert {c["status"] for c in data["claims"]} == {"unverifiable"}
