import pytest

from crosscheck.errors import ProblemList
from crosscheck.ledger import find_root, load_ledger, quote_mismatches
from factories import ARTICLE, default_claims, evidence, make_project, quote


def test_loads_and_derives_statuses(tmp_path):
    ledger = load_ledger(make_project(tmp_path))
    assert list(ledger.claims) == ["repairs-finish", "traffic-doubled"]
    claim = ledger.claims["repairs-finish"]
    assert [e.party for e in claim.evidence] == ["ministry", "ministry", "council"]
    assert claim.evidence[0].public_on.isoformat() == "2026-03-02"
    statuses = {cid: a.status for cid, a in ledger.assessments().items()}
    assert statuses == {"repairs-finish": "contested", "traffic-doubled": "unconfirmed"}
    assert ledger.assessments()["repairs-finish"].explanation == (
        "Contested: City council denies it, against Transport ministry.")


def test_every_quote_is_checked_against_its_offsets(tmp_path):
    claims = default_claims()
    claims[0]["evidence"][0]["start"] += 1
    claims[0]["evidence"][0]["end"] += 1
    root = make_project(tmp_path, claims=claims)
    with pytest.raises(ProblemList) as raised:
        load_ledger(root)
    start = ARTICLE.index("repairs to the river")
    (line,) = raised.value.lines()
    assert line.startswith(str(root / "ledger" / "claims.yaml") + ":")
    assert (f"claim 'repairs-finish' evidence 1: quote 'repairs to the river bridge would finish by March 20' no longer "
            f"matches article at {start + 1}-{start + 53}; the same words now stand at {start}-{start + 52}") in line


def test_changed_document_is_caught_by_hash_and_quotes(tmp_path):
    root = make_project(tmp_path)
    path = root / "seeds" / "article.txt"
    path.write_text(ARTICLE.replace("The city council", "The  city council"), encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_ledger(root)
    lines = raised.value.lines()
    assert "the source changed after it was recorded" in lines[0]
    assert any("evidence 3: quote 'denied that any date had been agreed' no longer matches" in line and "now stand at" in line
               for line in lines)
    mismatches = quote_mismatches(root)
    assert [m.owner for m in mismatches] == ["claim 'repairs-finish' evidence 3", "claim 'traffic-doubled' evidence 1"]
    assert all(len(m.found_at) == 1 and m.found_at[0] == m.start + 1 for m in mismatches)


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda c: c[0]["evidence"][0].update(stance="agrees"), "unknown stance 'agrees'"),
        (lambda c: c[0]["evidence"][0].update(kind="rumour"), "unknown kind 'rumour'"),
        (lambda c: c[0]["evidence"][0].update(speaker="nobody"), "unknown speaker 'nobody'"),
        (lambda c: c[0]["evidence"][0].update(document="other"), "unknown document 'other'"),
        (lambda c: c[0]["evidence"][0].update(end=10**6), "lie outside article"),
        (lambda c: c.append(dict(c[1])), "duplicate claim id 'traffic-doubled'"),
        (lambda c: c[0].update(depends_on=["ghost"]), "depends on unknown claim id 'ghost'"),
        (lambda c: (c[0].update(depends_on=["traffic-doubled"]), c[1].update(depends_on=["repairs-finish"])),
         "cycle: repairs-finish -> traffic-doubled -> repairs-finish"),
    ],
)
def test_bad_ledger_entries_are_named(tmp_path, mutate, expected):
    claims = default_claims()
    mutate(claims)
    with pytest.raises(ProblemList) as raised:
        load_ledger(make_project(tmp_path, claims=claims))
    assert any(expected in line for line in raised.value.lines()), raised.value.lines()
    assert all(":" in line and "\n" not in line for line in raised.value.lines())


def test_malformed_yaml_names_file_and_line(tmp_path):
    root = make_project(tmp_path)
    (root / "ledger" / "claims.yaml").write_text("claims:\n  - id: a\n    text: [unclosed\n", encoding="utf-8")
    with pytest.raises(Exception) as raised:
        load_ledger(root)
    assert str(raised.value).startswith(str(root / "ledger" / "claims.yaml") + ":")
    assert "malformed YAML" in str(raised.value)


def test_background_and_coverage(tmp_path):
    background = [{"document": "article", **quote(ARTICLE, "The city council denied"), "reason": "context"}]
    ledger = load_ledger(make_project(tmp_path, background=background))
    assert [s.text for s in ledger.uncovered("article")] == []
    ledger = load_ledger(make_project(tmp_path / "b", claims=default_claims()[:1]))
    assert [s.text for s in ledger.uncovered("article")] == ["Traffic on the bridge has doubled since 2020."]


def test_dependencies_are_assessed_first(tmp_path):
    claims = default_claims()
    claims.append({"id": "both", "text": "Both.", "depends_on": ["traffic-doubled"], "evidence": [
        evidence(ARTICLE, "The work will be done", "berg", "asserts", "direct"),
        evidence(ARTICLE, "The city council", "council", "confirms")]})
    ledger = load_ledger(make_project(tmp_path, claims=claims))
    assert ledger.order().index("traffic-doubled") < ledger.order().index("both")
    assert ledger.assessments()["both"].status == "unconfirmed"


def test_verdicts_sit_beside_the_derived_status(tmp_path):
    ledger = load_ledger(make_project(tmp_path))
    assert ledger.record_verdict("traffic-doubled", "confirmed", "ana", "city statistics agree")
    assert not ledger.record_verdict("traffic-doubled", "confirmed", "ana", "city statistics agree")
    assert ledger.latest_verdict("traffic-doubled").status == "confirmed"
    assert ledger.assessments()["traffic-doubled"].status == "unconfirmed"
    assert len(load_ledger(tmp_path).verdicts) == 1


def test_find_root_walks_up(tmp_path, monkeypatch):
    root = make_project(tmp_path)
    (root / "notebooks").mkdir()
    monkeypatch.delenv("CROSSCHECK_ROOT", raising=False)
    assert find_root(root / "notebooks") == root.resolve()
    monkeypatch.setenv("CROSSCHECK_ROOT", str(root))
    assert find_root("/") == root.resolve()


def test_a_broken_registry_does_not_hide_the_claims_problems(tmp_path):
    root = make_project(tmp_path)
    actors = (root / "ledger" / "actors.yaml").read_text(encoding="utf-8")
    (root / "ledger" / "actors.yaml").write_text(actors.replace("reliability: C", "reliability: Z"), encoding="utf-8")
    claims = (root / "ledger" / "claims.yaml").read_text(encoding="utf-8")
    (root / "ledger" / "claims.yaml").write_text(claims.replace("stance: denies", "stance: refutes"), encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_ledger(root)
    lines = raised.value.lines()
    assert any("actors.yaml" in line and "reliability 'Z' is not an Admiralty grade" in line for line in lines)
    assert any("claims.yaml" in line and "unknown stance 'refutes'" in line for line in lines)
    assert not any("unknown speaker" in line for line in lines)  # the badly graded actor is still known


def test_an_unreadable_registry_still_lets_the_quotes_be_checked(tmp_path):
    root = make_project(tmp_path)
    (root / "ledger" / "actors.yaml").write_text("parties: [\n", encoding="utf-8")
    (root / "seeds" / "article.txt").write_text(ARTICLE.replace("Traffic on", "Traffic  on"), encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_ledger(root)
    lines = raised.value.lines()
    assert any("actors.yaml" in line and "malformed YAML" in line for line in lines)
    assert any("quote 'Traffic on the bridge has doubled since 2020.' no longer matches" in line for line in lines)
    assert not any("unknown speaker" in line for line in lines)


def test_a_long_chain_of_dependencies_needs_no_recursion(tmp_path):
    claims = default_claims()
    for n in range(1200):
        claims.append({"id": f"c{n}", "text": f"Step {n}.", "group": "chain",
                       "depends_on": [f"c{n - 1}" if n else "traffic-doubled"], "evidence": []})
    ledger = load_ledger(make_project(tmp_path, claims=claims))
    order = ledger.order()
    assert order.index("traffic-doubled") < order.index("c0") < order.index("c1199")
    assessments = ledger.assessments()
    assert assessments["c1199"].status == "unverifiable"
    claims[2]["depends_on"] = ["c1199"]  # c0 -> c1199 -> c1198 -> ... -> c0: a cycle 1,200 long
    with pytest.raises(ProblemList, match="in a cycle"):
        load_ledger(make_project(tmp_path / "cycle", claims=claims))
