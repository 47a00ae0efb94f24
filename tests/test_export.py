import csv
import io
import json

from crosscheck.export import export, jsonld_script, ledger_to_dict
from crosscheck.ledger import load_ledger
from factories import make_project


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


def test_claimreview_names_author_appearance_and_rating(tmp_path):
    reviews = json.loads(export(load_ledger(make_project(tmp_path)), "claimreview"))
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Repairs to the river bridge will finish by March 20."
    assert review["itemReviewed"]["author"]["name"] == "The transport ministry"
    assert review["itemReviewed"]["appearance"]["headline"] == "Ministry rejects report on bridge repairs"
    assert review["itemReviewed"]["appearance"]["datePublished"] == "2026-03-02T10:15:00"
    assert review["reviewRating"] == {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
                                      "alternateName": "contested"}


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
