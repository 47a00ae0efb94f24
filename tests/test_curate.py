"""Curation by words: every step validated whole, written atomically with comments kept, and undoable."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck import curate
from crosscheck.errors import CrosscheckError, ProblemList
from crosscheck.journal import undo
from crosscheck.ledger import load_ledger
from crosscheck.quotes import find_all
from crosscheck.yamlio import load_yaml_mapping
from factories import ARTICLE, cli, ledger_file, make_project, statement_id, tree_digest


@pytest.fixture
def root(tmp_path):
    return make_project(tmp_path / "p")


def _claim(root, claim_id):
    return load_ledger(root).claims[claim_id]


def test_evidence_is_added_by_its_words_and_declared_once(root):
    sid = curate.add_evidence(root, "traffic-doubled", "The work will be done in three weeks", "berg", "qualifies")
    assert sid == statement_id(root, "The work will")  # the statement already declared is reused
    claim = _claim(root, "traffic-doubled")
    assert [(e.statement.quote, e.stance) for e in claim.evidence][-1] == ("The work will be done in three weeks",
                                                                          "qualifies")
    new = curate.add_evidence(root, "traffic-doubled", "minister Anna Berg told reporters", "berg", "asserts")
    statement = load_ledger(root).statements[new]
    start = ARTICLE.index("minister Anna Berg told")
    assert (statement.start, statement.end, statement.kind) == (start, start + 33, "paraphrase")
    text = ledger_file(root, "document").read_text()
    assert text.index(new) < text.index(statement_id(root, "denied that"))  # declared in reading order


def test_absent_or_ambiguous_words_are_one_line_listing_the_places(root):
    before = tree_digest(root)
    with pytest.raises(CrosscheckError, match="the words 'the bridge will collapse' do not stand in article"):
        curate.add_evidence(root, "traffic-doubled", "the bridge will collapse", "wire", "asserts")
    with pytest.raises(CrosscheckError) as raised:
        curate.add_evidence(root, "traffic-doubled", "bridge", "wire", "asserts")
    assert "stand 4 times in article: at" in str(raised.value) and "say which with an occurrence (1-4)" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert tree_digest(root) == before
    sid = curate.add_evidence(root, "traffic-doubled", "bridge", "wire", "asserts", occurrence=4)
    assert load_ledger(root).statements[sid].start == find_all(ARTICLE, "bridge")[3]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_quote_added_by_words_exports_its_exact_offsets(tmp_path_factory, data):
    root = make_project(tmp_path_factory.mktemp("prop"))
    body = ARTICLE.index("The transport ministry")
    start = data.draw(st.integers(body, len(ARTICLE) - 2))
    end = data.draw(st.integers(start + 1, min(len(ARTICLE), start + 60)))
    words = ARTICLE[start:end]
    places = find_all(ARTICLE, words)
    if not words.strip():
        with pytest.raises(CrosscheckError):
            curate.add_evidence(root, "traffic-doubled", words, "wire", "asserts")
        return
    if len(places) > 1:
        with pytest.raises(CrosscheckError, match=f"stand {len(places)} times"):
            curate.add_evidence(root, "traffic-doubled", words, "wire", "asserts")
        occurrence = places.index(start) + 1
        sid = curate.add_evidence(root, "traffic-doubled", words, "wire", "asserts", occurrence=occurrence)
    else:
        sid = curate.add_evidence(root, "traffic-doubled", words, "wire", "asserts")
    statement = load_ledger(root).statements[sid]
    assert (statement.start, statement.end) == (start, end) and ARTICLE[statement.start:statement.end] == words
    exported = cli("export", "--format", "json", root=root)
    assert f'"start": {start},' in exported.stdout and f'"end": {end},' in exported.stdout


def test_stances_are_set_moved_and_removed_by_words(root):
    curate.set_stance(root, "repairs-finish", "denied that any", "declines")
    assert [e.stance for e in _claim(root, "repairs-finish").evidence] == ["asserts", "asserts", "declines"]
    with pytest.raises(CrosscheckError, match="has no evidence quoting 'nothing like this'; its evidence: "):
        curate.set_stance(root, "repairs-finish", "nothing like this", "denies")
    with pytest.raises(CrosscheckError, match="unknown stance 'agrees'"):
        curate.set_stance(root, "repairs-finish", "denied", "agrees")
    curate.move_evidence(root, "repairs-finish", "denied that", "traffic-doubled")
    assert [e.stance for e in _claim(root, "traffic-doubled").evidence] == ["asserts", "declines"]
    curate.remove_evidence(root, "traffic-doubled", "denied that")
    assert len(_claim(root, "traffic-doubled").evidence) == 1
    assert statement_id(root, "denied that")  # the statement stays declared


def test_claims_are_added_edited_merged_split_accepted_deleted(root):
    made = curate.add_claim(root, "The council agreed no date.", "council", draft=True)
    assert made == "the-council-agreed-no-date" and load_ledger(root).groups["council"].order == 30
    curate.edit_claim(root, made, text="The council agreed no date for the repairs.", would_change="A council vote.")
    curate.add_evidence(root, made, "denied that any date had been agreed", "council", "asserts")
    curate.accept_claim(root, made)
    claim = _claim(root, made)
    assert (claim.text, claim.would_change, claim.draft) == ("The council agreed no date for the repairs.",
                                                            "A council vote.", False)
    with pytest.raises(CrosscheckError, match="is denies in 'repairs-finish' but asserts in"):
        curate.merge_claims(root, "repairs-finish", made)
    new = curate.split_claim(root, "repairs-finish", ["three weeks"], "Berg says the work takes three weeks.")
    assert [e.statement.quote for e in _claim(root, new).evidence] == ["The work will be done in three weeks"]
    curate.merge_claims(root, new, "repairs-finish")
    assert len(_claim(root, "repairs-finish").evidence) == 3 and new not in load_ledger(root).claims
    curate.delete_claim(root, made)
    assert made not in load_ledger(root).claims


def test_a_step_that_would_break_the_ledger_writes_nothing(root):
    before = tree_digest(root)
    with pytest.raises(ProblemList, match="depends on unknown claim id 'ghost'"):
        curate.edit_claim(root, "traffic-doubled", depends_on=["ghost"])
    with pytest.raises(ProblemList, match="cycle"):
        curate.edit_claim(root, "traffic-doubled", depends_on=["repairs-finish"]) or \
            curate.edit_claim(root, "repairs-finish", depends_on=["traffic-doubled"])
    assert _claim(root, "traffic-doubled").depends_on == ("repairs-finish",)
    undo(root)
    assert tree_digest(root) == before


def test_claims_named_by_verdicts_or_dependants_are_not_deleted(root):
    curate.edit_claim(root, "traffic-doubled", depends_on=["repairs-finish"])
    with pytest.raises(CrosscheckError, match="claim 'traffic-doubled' depends on it"):
        curate.delete_claim(root, "repairs-finish")
    cli("verdict", "traffic-doubled", "confirmed", "--analyst", "ana", "--reason", "r", root=root)
    with pytest.raises(CrosscheckError, match="verdicts name it"):
        curate.delete_claim(root, "traffic-doubled")
    with pytest.raises(CrosscheckError, match="no claim 'trafic-doubled' \\(did you mean traffic-doubled"):
        curate.accept_claim(root, "trafic-doubled")


def test_comments_and_order_are_kept(root):
    path = ledger_file(root, "claims", "repairs")
    original = path.read_text()
    path.write_text("# The analyst's own words about this group.\n" + original.replace(
        "    text: Repairs", "    # why this wording\n    text: Repairs"), encoding="utf-8")
    before = path.read_text()
    curate.set_stance(root, "repairs-finish", "three weeks", "qualifies")
    after = path.read_text()
    assert after == before.replace("stance: asserts\n      - statement: council", "stance: qualifies\n      - statement: council")


def test_actors_are_added_and_graded_where_declared(root):
    curate.add_actor(root, "reyes", "Tom Reyes", "union", party_name="Bridge workers' union", party_kind="organisation",
                     role="union leader", aliases=["Reyes"])
    assert load_ledger(root).registry.actor("reyes").reliability == "F"
    curate.grade_actor(root, "reyes", "C", "On the record at a press conference.")
    actor = load_ledger(root).registry.actor("reyes")
    assert (actor.reliability, actor.reliability_reason) == ("C", "On the record at a press conference.")
    with pytest.raises(CrosscheckError, match="'Z' is not an Admiralty grade"):
        curate.grade_actor(root, "reyes", "Z", "why")
    with pytest.raises(CrosscheckError, match="there is already an actor 'berg'"):
        curate.add_actor(root, "berg", "Anna Berg", "ministry")


def test_actors_are_edited_where_declared_and_a_party_change_is_weighed(root):
    before = load_ledger(root).assessments()["repairs-finish"]
    curate.edit_actor(root, "council", party="ministry")  # the council speaks for the ministry now
    ledger = load_ledger(root)
    assert ledger.registry.actor("council").party == "ministry"
    assert ledger.assessments()["repairs-finish"].explanation != before.explanation
    curate.edit_actor(root, "berg", name="Anna M. Berg", role="", aliases=[])
    actor = load_ledger(root).registry.actor("berg")
    assert (actor.name, actor.role, actor.aliases) == ("Anna M. Berg", "", ())
    curate.edit_actor(root, "council", party="city", party_name="City council", party_kind="government")
    ledger = load_ledger(root)
    assert ledger.registry.parties["city"].name == "City council" and ledger.registry.actor("council").party == "city"
    with pytest.raises(CrosscheckError, match="there is already a party 'city'"):
        curate.edit_actor(root, "berg", party="city", party_name="Another city")
    with pytest.raises(CrosscheckError, match="no actor 'bergg' \\(did you mean berg"):
        curate.edit_actor(root, "bergg", name="x")
    with pytest.raises(CrosscheckError, match="no party 'nowhere'.*; to make it, give --party-name NAME"):
        curate.edit_actor(root, "berg", party="nowhere")  # the value typed, not its consequences in every report
    with pytest.raises(CrosscheckError, match="no party 'ministy' \\(did you mean ministry"):
        curate.add_actor(root, "ortiz", "Lena Ortiz", "ministy")
    assert cli("actor", "edit", "berg", "--role", "minister", root=root).returncode == 0
    assert load_ledger(root).registry.actor("berg").role == "minister"


def test_a_drafted_speaker_is_edited_in_its_document_file(tmp_path):
    root = make_project(tmp_path / "p")
    curate.add_claim(root, "A claim.", "other")
    document = ledger_file(root, "document")
    text = document.read_text(encoding="utf-8")
    document.write_text(text + "parties:\n  drafted: {name: Drafted, kind: other}\nactors:\n  drafted-voice:\n"
                        "    name: chairman\n    party: drafted\n    reliability: F\n", encoding="utf-8")
    curate.edit_actor(root, "drafted-voice", name="Henrik Aalto", party="council")
    assert "name: Henrik Aalto" in document.read_text(encoding="utf-8")
    assert load_ledger(root).registry.actor("drafted-voice").party == "council"


def test_background_is_marked_by_words_in_text_order_and_removed(root):
    curate.delete_claim(root, "traffic-doubled")
    assert [s.text for s in load_ledger(root).uncovered("article")] == ["Traffic on the bridge has doubled since 2020."]
    curate.add_background(root, "article", "Traffic on the bridge has doubled since 2020.", "Context, no claim.")
    ledger = load_ledger(root)
    assert ledger.uncovered("article") == [] and ledger.background[-1].reason == "Context, no claim."
    with pytest.raises(CrosscheckError, match="already background"):
        curate.add_background(root, "article", "Traffic on the bridge has doubled since 2020.", "again")
    with pytest.raises(CrosscheckError, match="stand 2 times"):
        curate.add_background(root, "article", "Ministry rejects report", "the headline")
    curate.add_background(root, "article", "Ministry rejects report", "The headline.", occurrence=1)
    quotes = [e["quote"] for e in load_yaml_mapping(ledger_file(root, "document"))["background"]]
    assert quotes == ["Ministry rejects report", "Traffic on the bridge has doubled since 2020."]  # in text order
    with pytest.raises(CrosscheckError, match="needs|empty"):
        curate.add_background(root, "article", "Traffic", "  ")
    assert cli("background", "remove", "article", "--quote", "Traffic on", root=root).returncode == 0
    assert load_ledger(root).uncovered("article") != []
    result = cli("background", "add", "article", "--quote", "Traffic on the bridge", "--reason", "Context.", root=root)
    assert result.returncode == 0, result.stderr


def test_undo_reverts_steps_in_turn_and_never_over_later_work(root):
    before = tree_digest(root)
    curate.set_stance(root, "repairs-finish", "denied that", "declines")
    middle = tree_digest(root)
    made = curate.add_claim(root, "Something else.", "other")
    assert undo(root)[0].startswith("undid: claim add 'Something else.'")
    assert made not in load_ledger(root).claims and not ledger_file(root, "claims", "other").exists()
    path = ledger_file(root, "claims", "repairs")
    path.write_text(path.read_text() + "# an analyst's later edit\n", encoding="utf-8")
    with pytest.raises(CrosscheckError, match="changed since `evidence set-stance repairs-finish declines`"):
        undo(root)
    path.write_text(path.read_text().replace("# an analyst's later edit\n", ""), encoding="utf-8")
    assert {k: v for k, v in tree_digest(root).items() if not k.startswith(".crosscheck")} == \
           {k: v for k, v in middle.items() if not k.startswith(".crosscheck")}
    undo(root)
    assert {k: v for k, v in tree_digest(root).items() if not k.startswith(".crosscheck")} == before
    with pytest.raises(CrosscheckError, match="nothing to undo"):
        undo(root)


def test_the_command_line_curates_by_words(root):
    assert cli("evidence", "set-stance", "repairs-finish", "--quote", "denied that", "--stance", "declines",
               root=root).returncode == 0
    added = cli("claim", "add", "Berg gave three weeks.", "--group", "repairs", root=root)
    assert added.returncode == 0 and added.stdout == "added claim berg-gave-three-weeks to group repairs\n"
    moved = cli("evidence", "move", "repairs-finish", "--quote", "three weeks", "--to", "berg-gave-three-weeks", root=root)
    assert moved.returncode == 0, moved.stderr
    assert cli("verify", root=root).returncode == 0
    bad = cli("evidence", "add", "repairs-finish", "--quote", "bridge", "--speaker", "wire", "--stance", "asserts",
              root=root)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "stand 4 times" in bad.stderr
    assert cli("undo", root=root).stdout.startswith("undid: evidence move")
    assert len(_claim(root, "repairs-finish").evidence) == 3


def test_an_actor_drafted_twice_is_merged_into_one(root):
    curate.add_actor(root, "anna", "Anna Berg, minister", "ministry")
    curate.add_evidence(root, "traffic-doubled", "minister Anna Berg told reporters", "anna", "asserts")
    moved = curate.merge_actors(root, "anna", "berg")
    assert moved == 1
    ledger = load_ledger(root)
    assert "anna" not in ledger.registry.actors
    assert {e.statement.speaker for e in ledger.claims["traffic-doubled"].evidence} == {"wire", "berg"}
    with pytest.raises(CrosscheckError, match="no actor 'anna'"):
        curate.merge_actors(root, "anna", "berg")
    undo(root)
    assert "anna" in load_ledger(root).registry.actors


def test_claims_are_listed_with_the_ids_and_words_the_commands_take(root):
    listed = cli("claim", "list", root=root)
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines[0] == "repairs-finish  [contested]  Repairs to the river bridge will finish by March 20."
    assert f"    {statement_id(root, 'denied that')}  council denies: 'denied that any date had been agreed'" in lines
    assert cli("claim", "list", "--drafts", root=root).stdout == "no claims that are drafts\n"


def test_a_step_on_a_ledger_that_does_not_load_names_its_problems_and_changes_nothing(root):
    """A step never builds on what it cannot read: odd entries, a seed changed since it was recorded."""
    path = ledger_file(root, "document")
    path.write_text(path.read_text().replace("start: 237", "start: '237'", 1))
    before = tree_digest(root)
    with pytest.raises(ProblemList, match="start and end must be whole numbers"):
        curate.add_evidence(root, "traffic-doubled", "minister Anna Berg told reporters", "berg", "asserts")
    assert tree_digest(root) == before
    path.write_text(path.read_text().replace("start: '237'", "start: 237", 1))
    seed = root / "seeds" / "article.txt"
    seed.write_text("Updated.\n\n" + seed.read_text())
    before = tree_digest(root)
    with pytest.raises(ProblemList, match="the source changed after it was recorded"):
        curate.add_evidence(root, "traffic-doubled", "minister Anna Berg told reporters", "berg", "asserts")
    assert tree_digest(root) == before


def test_a_claim_an_outside_report_weighs_in_on_is_not_merged_away(root):
    (root / "ledger" / "sources.yaml").write_text(
        "sources:\n  - id: wire-follow-up\n    outlet: wire\n    address: https://example.org/a\n    published: 2026-03-03\n"
        "    retrieved: 2026-03-04\n    party: wire\n    fact: The wire counted the traffic again.\n    reliability: B\n"
        "    reliability_reason: An agency wire.\n    stances:\n      traffic-doubled: confirms\n", encoding="utf-8")
    load_ledger(root)
    with pytest.raises(CrosscheckError, match="the outside report 'wire-follow-up' gives a stance on it"):
        curate.merge_claims(root, "traffic-doubled", "repairs-finish")
    with pytest.raises(CrosscheckError, match="sources.yaml: cannot delete claim 'traffic-doubled'"):
        curate.delete_claim(root, "traffic-doubled")


def test_a_cue_with_control_characters_is_refused(root):
    with pytest.raises(CrosscheckError, match="the cue contains U\\+001B"):
        curate.add_evidence(root, "traffic-doubled", "minister Anna Berg told reporters", "berg", "asserts",
                            cue="told\x1b[2J")


@pytest.mark.parametrize("record, says", [
    ("{damaged", "not JSON"), ("[1, 2]", "it lists no files"), ('{"time": "t", "command": "c"}', "it lists no files"),
    ('{"files": {"../outside.txt": {"before": "x", "after_sha256": null}}}', "lies outside the ledger"),
    ('{"files": {"/etc/hostname": {"before": "x", "after_sha256": null}}}', "lies outside the ledger"),
    ('{"files": {"ledger/actors.yaml": {"before": 1, "after_sha256": "0"}}}', "is not a text before"),
])
def test_a_damaged_undo_record_is_one_line_and_restores_nothing(root, record, says):
    """The record is the clone's own, but a hand edit or a crash may damage it: undo then changes nothing, and
    never writes outside the ledger whatever the record says."""
    (root.parent / "outside.txt").write_text("the user's own file\n", encoding="utf-8")
    folder = root / ".crosscheck" / "undo"
    folder.mkdir(parents=True)
    (folder / "000001.json").write_text(record, encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a step: ignored
    before = tree_digest(root.parent)
    with pytest.raises(CrosscheckError, match=f"000001.json: this undo record is damaged .*{says}"):
        undo(root)
    assert tree_digest(root.parent) == before


def test_a_party_left_without_actors_by_a_move_is_removed_with_it(root):
    """Ingest drafts a party per speaker; moving the speaker to their organisation leaves no empty party."""
    curate.add_actor(root, "anna", "Anna Berg", "anna-berg", party_name="Anna Berg")
    curate.add_evidence(root, "traffic-doubled", "minister Anna Berg told reporters", "anna", "asserts")
    curate.edit_actor(root, "anna", party="ministry")
    registry = load_ledger(root).registry
    assert registry.actors["anna"].party == "ministry" and "anna-berg" not in registry.parties
    curate.add_actor(root, "anna2", "A. Berg", "berg-party", party_name="Berg")
    curate.add_actor(root, "anna3", "Anna B.", "berg-party")
    curate.merge_actors(root, "anna2", "anna")
    assert "berg-party" in load_ledger(root).registry.parties  # anna3 still speaks for it
    curate.merge_actors(root, "anna3", "anna")
    assert "berg-party" not in load_ledger(root).registry.parties


def test_every_obstacle_to_a_delete_is_named_at_once(root):
    curate.edit_claim(root, "traffic-doubled", depends_on=["repairs-finish"])
    (root / "ledger" / "sources.yaml").write_text(
        "sources:\n  - id: wire-follow-up\n    outlet: wire\n    address: https://example.org/a\n    published: 2026-03-03\n"
        "    retrieved: 2026-03-04\n    party: wire\n    fact: The wire counted the works again.\n    reliability: B\n"
        "    reliability_reason: An agency wire.\n    stances:\n      repairs-finish: confirms\n", encoding="utf-8")
    result = cli("claim", "delete", "repairs-finish", root=root)
    assert result.returncode == 2
    assert result.stderr == (f"crosscheck: {root / 'ledger' / 'sources.yaml'}: cannot delete claim 'repairs-finish': "
                             "the outside report 'wire-follow-up' gives a stance on it and claim 'traffic-doubled' "
                             "depends on it; move or remove those first\n")


@pytest.mark.parametrize("argv, says", [
    (["claim", "add", "Kyiv had power."], "claim add 'Kyiv had power.': this needs --group GROUP"),
    (["claim", "merge", "traffic-doubled"], "claim merge traffic-doubled: this needs --into OTHER"),
    (["actor", "grade", "berg", "B"], "actor grade berg: this needs --reason TEXT"),
    (["claim", "add", "A claim.", "--group", "g", "--note", "\x1b]0;x"],
     "claim add 'A claim.': note contains U+001B a control character"),
    (["background", "add", "article", "--reason", "r"], "background add article: this needs --quote WORDS"),
])
def test_a_refused_typed_value_says_which_step_and_subject(root, argv, says):
    before = tree_digest(root)
    result = cli(*argv, root=root)
    assert result.returncode == 2 and result.stderr.startswith(f"crosscheck: {says}"), result.stderr
    assert result.stderr.count("\n") == 1 and tree_digest(root) == before


def test_an_actor_an_outside_report_relays_is_merged_with_the_report(root):
    """The step's result is validated with the staged sources.yaml (it was read from disk: the merge was
    refused for references it had just moved)."""
    curate.add_actor(root, "anna", "Anna Berg, minister", "ministry")
    (root / "ledger" / "sources.yaml").write_text(
        "sources:\n  - id: wire-follow-up\n    outlet: wire\n    address: https://example.org/a\n    published: 2026-03-03\n"
        "    retrieved: 2026-03-04\n    party: ministry\n    speaker: anna\n    fact: The minister repeated the date.\n"
        "    reliability: B\n    reliability_reason: An agency wire.\n    stances:\n      repairs-finish: confirms\n",
        encoding="utf-8")
    load_ledger(root)
    curate.merge_actors(root, "anna", "berg")
    assert load_ledger(root).sources["wire-follow-up"].speaker == "berg"
    assert "speaker: berg" in (root / "ledger" / "sources.yaml").read_text()


def test_a_statement_drafted_as_the_outlet_s_is_given_to_its_speaker(root):
    """The outlet's narration, really the minister's words: the statement changes speaker in every claim,
    and becomes her paraphrase; a speaker nobody declared is refused and nothing changes."""
    sid = statement_id(root, "Traffic on the bridge")
    assert cli("evidence", "set-speaker", "traffic-doubled", "--quote", "Traffic on the bridge", "--speaker", "berg",
               root=root).stdout == f"statement {sid} now said by berg (in every claim it bears on)\n"
    (item,) = [e for e in _claim(root, "traffic-doubled").evidence if e.statement.id == sid]
    assert (item.statement.speaker, item.statement.kind) == ("berg", "paraphrase")
    before = tree_digest(root)
    refused = cli("evidence", "set-speaker", "traffic-doubled", "--quote", sid, "--speaker", "nobody", root=root)
    assert refused.returncode == 2 and "nobody" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert tree_digest(root) == before
    undo(root)
    (item,) = [e for e in _claim(root, "traffic-doubled").evidence if e.statement.id == sid]
    assert (item.statement.speaker, item.statement.kind) == ("wire", "narration")
