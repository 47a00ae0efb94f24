import pytest

from crosscheck.errors import CrosscheckError, ProblemList
from crosscheck.ledger import find_root, load_ledger, new_project_root, project_root, quote_mismatches
from factories import ARTICLE, cli, default_claims, evidence, ledger_file, make_project, quote, statement_id


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
    assert line.startswith(str(ledger_file(root, "document")) + ":")
    assert (f"statement {statement_id(root, 'repairs to')!r}: quote 'repairs to the river bridge would finish by March "
            f"20' no longer matches article at {start + 1}-{start + 53}; the same words now stand at "
            f"{start}-{start + 52}") in line


def test_changed_document_is_caught_by_hash_and_quotes(tmp_path):
    root = make_project(tmp_path)
    path = root / "seeds" / "article.txt"
    path.write_text(ARTICLE.replace("The city council", "The  city council"), encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_ledger(root)
    lines = raised.value.lines()
    assert "the source changed after it was recorded" in lines[0]
    assert any("quote 'denied that any date had been agreed' no longer matches" in line and "now stand at" in line
               for line in lines)
    mismatches = quote_mismatches(root)
    assert [m.owner for m in mismatches] == [f"statement {statement_id(root, w)!r}" for w in ("denied", "Traffic")]
    assert all(len(m.found_at) == 1 and m.found_at[0] == m.start + 1 for m in mismatches)


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda c: c[0]["evidence"][0].update(stance="agrees"), "unknown stance 'agrees'"),
        (lambda c: c[0]["evidence"][0].update(kind="rumour"), "unknown kind 'rumour'"),
        (lambda c: c[0]["evidence"][0].update(speaker="nobody"), "unknown speaker 'nobody'"),
        (lambda c: c[0]["evidence"][0].update(document="other"), "evidence 1: unknown statement"),
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
    path = ledger_file(root, "claims", "repairs")
    path.write_text("group: repairs\nclaims:\n  - id: a\n    text: [unclosed\n", encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_ledger(root)
    assert str(raised.value).startswith(str(path) + ":5:")  # the end of the file, where the bracket stays open
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


@pytest.mark.parametrize("where, expected", [
    ("missing", "no such folder"), ("file", "is not a folder"), ("empty", "no ledger/ in this folder"),
    ("ledger-folder", "no ledger/ in this folder"), ("ledger-is-a-file", "ledger: is not a folder"),
])
def test_a_root_that_is_no_project_is_refused_by_every_command(tmp_path, monkeypatch, where, expected):
    """--root and $CROSSCHECK_ROOT must name a project: never read as an empty ledger, never written into."""
    root = make_project(tmp_path / "p")
    given = {"missing": tmp_path / "nope", "file": root / "seeds" / "article.txt", "empty": tmp_path / "empty",
             "ledger-folder": root / "ledger", "ledger-is-a-file": tmp_path / "f"}[where]
    (tmp_path / "empty").mkdir()
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "ledger").write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(CrosscheckError, match=expected):
        project_root(given)
    monkeypatch.setenv("CROSSCHECK_ROOT", str(given))
    with pytest.raises(CrosscheckError, match=expected):
        find_root()
    monkeypatch.delenv("CROSSCHECK_ROOT")
    for command in (["status"], ["verify"], ["verdict", "x", "confirmed", "--analyst", "a", "--reason", "r"],
                    ["run-notebooks"], ["build-site", "--out", tmp_path / "site"], ["claim", "edit", "x", "--note", "n"],
                    ["migrate"], ["undo"]):
        result = cli(*command, root=given)
        assert result.returncode == 2 and expected in result.stderr, (command, result.stderr)
    assert not (tmp_path / "site").exists() and not (tmp_path / "nope").exists()


def test_ingest_may_start_a_project_in_a_new_or_empty_folder_but_not_in_a_file(tmp_path):
    assert new_project_root(tmp_path / "new") == (tmp_path / "new").resolve()
    (tmp_path / "a-file").write_text("x\n", encoding="utf-8")
    with pytest.raises(CrosscheckError, match="is not a folder"):
        new_project_root(tmp_path / "a-file")
    result = cli("ingest", tmp_path / "a-file", root=tmp_path / "a-file")
    assert result.returncode == 2 and "a-file: is not a folder" in result.stderr


def test_a_deleted_working_folder_is_one_line(tmp_path, monkeypatch, capsys):
    from crosscheck import cli as command

    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.delenv("CROSSCHECK_ROOT", raising=False)
    monkeypatch.chdir(gone)
    gone.rmdir()
    with pytest.raises(CrosscheckError, match="working folder no longer exists"):
        find_root()
    monkeypatch.setenv("PWD", str(gone))
    assert command.main(["status"]) == 2
    assert capsys.readouterr().err.startswith(f"crosscheck: {gone}: the working folder no longer exists")
    monkeypatch.delenv("PWD")
    assert command.main(["status"]) == 2
    assert capsys.readouterr().err.count("working folder no longer exists") == 1


def test_a_source_that_cannot_be_read_names_the_ledger_line_pointing_to_it(tmp_path):
    root = make_project(tmp_path)
    (root / "seeds" / "article.txt").write_bytes(b"\x00binary")
    result = cli("verify", root=root)
    document = ledger_file(root, "document")
    assert result.returncode == 1
    assert (f"crosscheck: {root / 'seeds' / 'article.txt'}: is binary, not text (NUL byte at offset 0) (the source of "
            f"document 'article', {document}:3)") in result.stderr


def test_a_source_linked_out_of_the_project_names_the_link(tmp_path):
    root = make_project(tmp_path)
    seed = root / "seeds" / "article.txt"
    seed.unlink()
    seed.symlink_to("/dev/zero")
    result = cli("verify", root=root)
    assert result.returncode == 1
    assert "lies outside the project (seeds/article.txt is a symbolic link to /dev/zero)" in result.stderr


def test_a_broken_registry_does_not_hide_the_claims_problems(tmp_path):
    root = make_project(tmp_path)
    actors = (root / "ledger" / "actors.yaml").read_text(encoding="utf-8")
    (root / "ledger" / "actors.yaml").write_text(actors.replace("reliability: C", "reliability: Z"), encoding="utf-8")
    claims = ledger_file(root, "claims", "repairs")
    claims.write_text(claims.read_text(encoding="utf-8").replace("stance: denies", "stance: refutes"), encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_ledger(root)
    lines = raised.value.lines()
    assert any("actors.yaml" in line and "reliability 'Z' is not an Admiralty grade" in line for line in lines)
    assert any("repairs.yaml" in line and "unknown stance 'refutes'" in line for line in lines)
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


def _document(root):
    from crosscheck.yamlio import dump_yaml, load_yaml_mapping

    path = ledger_file(root, "document")
    return path, load_yaml_mapping(path), dump_yaml


def test_a_quote_given_by_its_words_alone_is_found(tmp_path):
    root = make_project(tmp_path)
    path, data, dump = _document(root)
    for entry in data["statements"].values():
        del entry["start"], entry["end"]
    path.write_text(dump(data), encoding="utf-8")
    ledger = load_ledger(root)
    item = ledger.claims["repairs-finish"].evidence[1].statement
    assert (item.start, item.end) == (ARTICLE.index("The work will"), ARTICLE.index("The work will") + len(item.quote))
    assert len(ledger.unfilled) == 4


TWICE = "report on bridge repairs"  # the headline, printed twice
FIRST, SECOND = ARTICLE.index(TWICE), ARTICLE.index(TWICE, ARTICLE.index(TWICE) + 1)


@pytest.mark.parametrize("extra, expected", [
    ({}, f"the words {TWICE!r} stand 2 times in article: at {FIRST}-{FIRST + len(TWICE)} (…Ministry rejects "
         f"[{TWICE}] World Monday 2/March/2026 10:15…), at {SECOND}-{SECOND + len(TWICE)}"),
    ({"occurrence": 3}, f"occurrence 3 of {TWICE!r}: the words stand 2 time(s) in article; give a number from 1 to 2"),
    ({"context": "a report on bridge repairs"}, "the context words 'a report on bridge repairs' do not stand in article"),
    ({"occurrence": True}, "occurrence True of"),
])
def test_words_that_stand_twice_need_an_occurrence_or_context(tmp_path, extra, expected):
    root = make_project(tmp_path)
    path, data, dump = _document(root)
    sid = statement_id(root, "Traffic")
    data["statements"][sid] = {"speaker": "wire", "kind": "narration", "quote": TWICE, **extra}
    path.write_text(dump(data), encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_ledger(root)
    assert any(expected in line for line in raised.value.lines()), raised.value.lines()


@pytest.mark.parametrize("extra, start", [({"occurrence": 2}, SECOND), ({"occurrence": 1}, FIRST),
                                          ({"context": "Ministry rejects report on bridge repairs\n\nWorld"}, FIRST)])
def test_an_occurrence_or_context_says_which(tmp_path, extra, start):
    root = make_project(tmp_path)
    path, data, dump = _document(root)
    sid = statement_id(root, "Traffic")
    data["statements"][sid] = {"speaker": "wire", "kind": "narration", "quote": TWICE, **extra}
    path.write_text(dump(data), encoding="utf-8")
    statement = load_ledger(root).claims["traffic-doubled"].evidence[0].statement
    assert (statement.start, statement.quote) == (start, TWICE)


def test_a_document_path_outside_the_project_is_refused(tmp_path):
    root = make_project(tmp_path / "p")
    path, data, dump = _document(root)
    for bad in ("../../etc/passwd", "/etc/passwd"):
        data["path"] = bad
        path.write_text(dump(data), encoding="utf-8")
        with pytest.raises(ProblemList, match=f"path {bad!r} lies outside the project"):
            load_ledger(root)


def test_speakers_first_met_in_a_document_are_declared_there(tmp_path):
    root = make_project(tmp_path)
    path, data, dump = _document(root)
    data["parties"] = {"union": {"name": "Bridge workers' union", "kind": "organisation"}}
    data["actors"] = {"reyes": {"name": "Tom Reyes", "party": "union", "reliability": "F"}}
    data["statements"][statement_id(root, "denied")]["speaker"] = "reyes"
    path.write_text(dump(data), encoding="utf-8")
    ledger = load_ledger(root)
    assert ledger.registry.actor("reyes").party == "union"
    assert ledger.claims["repairs-finish"].evidence[2].party == "union"
    data["actors"]["berg"] = {"name": "Anna Berg", "party": "union", "reliability": "A"}  # differs from actors.yaml
    path.write_text(dump(data), encoding="utf-8")
    with pytest.raises(ProblemList, match="actor 'berg' is declared differently here and in .*actors.yaml"):
        load_ledger(root)


def test_ledger_in_the_old_layout_asks_for_migrate(tmp_path):
    root = make_project(tmp_path)
    (root / "ledger" / "claims.yaml").write_text("claims: []\n", encoding="utf-8")
    with pytest.raises(ProblemList, match="run `crosscheck migrate`"):
        load_ledger(root)


def _problems(root) -> list[str]:
    with pytest.raises(ProblemList) as raised:
        load_ledger(root)
    return raised.value.lines()


def test_a_deleted_file_is_named_not_every_reference_to_what_it_declared(tmp_path):
    """One missing file is one line naming it, not a line per claim or statement that refers to it."""
    root = make_project(tmp_path / "p")
    (root / "ledger" / "actors.yaml").unlink()
    lines = _problems(root)
    assert len(lines) == 1 and lines[0].startswith(f"{root / 'ledger' / 'actors.yaml'}: is missing, and 4 place(s)")
    assert "'ministry', 'berg', 'council' and 1 more" in lines[0]
    root = make_project(tmp_path / "q")
    ledger_file(root, "document").unlink()
    lines = _problems(root)
    assert len(lines) == 1 and lines[0].startswith(f"{root / 'ledger' / 'documents'}: is missing or holds no files, "
                                                   "and 4 place(s) in the ledger name statements")


def test_a_deleted_claims_file_is_one_line_of_dangling_claim_ids(tmp_path):
    claims = default_claims()
    claims[1]["depends_on"] = ["repairs-finish"]
    claims.append({**claims[1], "id": "traffic-counted", "depends_on": ["repairs-finish"]})
    root = make_project(tmp_path, claims=claims)
    ledger_file(root, "claims", "repairs").unlink()
    traffic = ledger_file(root, "claims", "traffic")
    assert _problems(root) == [f"{traffic}:6: 2 references to undeclared claims ('repairs-finish'), at traffic.yaml:6,13; "
                               "declare them (in claims) or fix the names"]


def test_a_file_that_cannot_be_read_holds_back_the_references_to_it(tmp_path):
    root = make_project(tmp_path)
    path = ledger_file(root, "document")
    path.write_text(path.read_text(encoding="utf-8") + "statement:\n  x: 1\n", encoding="utf-8")
    lines = _problems(root)
    assert len(lines) == 1
    assert lines[0].endswith("unknown top-level key 'statement' (expected path, sha256, parties, actors, statements, "
                             "background); until it loads, 4 reference(s) to statements declared there cannot be checked")


def test_the_overlay_of_a_command_covers_sources_yaml(tmp_path):
    root = make_project(tmp_path)
    sources = root / "ledger" / "sources.yaml"
    with pytest.raises(ProblemList, match="sources.yaml"):
        load_ledger(root, overlay={sources: "sources: [\n"})
    assert load_ledger(root, overlay={sources: None}).sources == {}


def test_an_absolute_source_path_outside_the_project_is_one_line(tmp_path):
    root = make_project(tmp_path)
    document = ledger_file(root, "document")
    document.write_text(document.read_text().replace("path: seeds/article.txt", "path: /proc/self/environ"))
    result = cli("verify", root=root)
    assert result.returncode == 1 and "path '/proc/self/environ' lies outside the project\n" in result.stderr
