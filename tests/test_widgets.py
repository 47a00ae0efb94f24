"""The JupyterLab panels, driven in process through their widgets' values and buttons.

The review panel: building it writes nothing; a click records one verdict against the ledger as it is on
disk; what is typed for one claim never shows for another. The curation panel: every button is the
crosscheck.curate step of the same name (the ledger on disk is byte for byte what the library makes of
the same step on a copy); a refused step writes nothing and shows its message as an error.
"""
from __future__ import annotations

import html
import shutil
from pathlib import Path

import pytest

from crosscheck import curate, load_ledger
from crosscheck.yamlio import load_yaml_mapping
from factories import ARTICLE, default_claims, evidence, ledger_file, make_project, statement_id, tree_digest

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("ipywidgets")
SEED = "dw-2026-01-30-kremlin-trump-kyiv"


@pytest.fixture()
def ledger(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "ledger", tmp_path / "ledger", ignore=shutil.ignore_patterns("*.lock"))
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.rmtree(tmp_path / "ledger" / "verdicts")  # a workbook with no verdicts yet
    monkeypatch.setenv("CROSSCHECK_ROOT", str(tmp_path))
    return load_ledger(tmp_path)


def _lines(ledger):
    files = sorted((ledger.folder / "verdicts").glob("*.jsonl"))
    return [line for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _is_error(message: str) -> bool:
    return 'class="crosscheck-message crosscheck-error"' in message and 'role="alert"' in message


# ------------------------------------------------------------------------------------ the review panel


def test_panel_has_stable_descriptions_and_class(ledger):
    from crosscheck.widgets import review_panel

    panel = review_panel(ledger)
    assert "crosscheck-review" in panel._dom_classes
    descriptions = {getattr(part, "description", None) for part in panel.parts.values()}
    assert {"Group", "Search", "drafts only", "Claim", "Verdict", "Analyst", "Reason", "Record verdict"} <= descriptions
    assert "crosscheck-review-claim" in panel.parts["claim"]._dom_classes
    assert _lines(ledger) == []  # building the panel writes nothing


def test_the_picker_shows_text_status_and_draft_marker_and_filters(ledger):
    from crosscheck.widgets import review_panel

    curate.add_claim(ledger.root, "Kyiv was <b>not</b> struck overnight.", "strikes", draft=True)
    panel = review_panel(load_ledger(ledger.root))
    parts = panel.parts
    labels = dict((value, label) for label, value in parts["claim"].options)
    assert labels["putin-agreed-to-pause"] == ("unconfirmed \u00b7 Putin agreed to Trump's request to pause strikes. "
                                               "[putin-agreed-to-pause]")
    drafted = labels["kyiv-was-b-not-b-struck-overnight"]
    assert drafted.startswith("\u270e draft \u00b7 ") and "Kyiv was <b>not</b> struck overnight." in drafted
    assert len(labels) == len(ledger.claims) + 1
    parts["drafts"].value = True
    assert [v for _, v in parts["claim"].options] == ["kyiv-was-b-not-b-struck-overnight"]
    assert parts["claim"].value == "kyiv-was-b-not-b-struck-overnight"
    assert "&lt;b&gt;not&lt;/b&gt;" in parts["evidence"].value and "<b>not</b>" not in parts["evidence"].value
    parts["drafts"].value = False
    parts["group"].value = "acceptance"
    assert {ledger.claims[v].group for _, v in parts["claim"].options} == {"acceptance"}
    parts["group"].value = ""
    parts["search"].value = "ABU dhabi"  # every word, in any case, in the text or the id
    assert [v for _, v in parts["claim"].options] == ["abu-dhabi-talks-on-sunday", "talks-date-venue-could-change",
                                                      "talks-took-place", "talks-held-february-4-5"]
    parts["search"].value = "abu-dhabi-talks"
    assert [v for _, v in parts["claim"].options] == ["abu-dhabi-talks-on-sunday"]
    parts["search"].value = "no claim has these words"
    assert parts["claim"].options == () and parts["claim"].value is None
    assert "No claim matches" in parts["evidence"].value
    assert panel.record() is False and _is_error(parts["message"].value)


def test_click_records_exactly_one_verdict_and_the_reason_does_not_stay(ledger):
    from crosscheck.widgets import review_panel

    panel = review_panel(ledger, time="2026-02-01T10:00:00+00:00")
    parts = panel.parts
    parts["claim"].value = "putin-agreed-to-pause"
    assert "and he agreed to that" in parts["evidence"].value
    derived = ledger.assessments()["putin-agreed-to-pause"].status
    assert derived in parts["evidence"].value
    parts["verdict"].value = "contested" if derived != "contested" else "confirmed"
    parts["analyst"].value = "A. Analyst"
    parts["reason"].value = "Reports of the <Kremlin's> answer conflict."
    parts["button"].click()
    assert len(_lines(ledger)) == 1
    assert "Recorded contested on putin-agreed-to-pause by A. Analyst." in html.unescape(parts["message"].value)
    assert "differs from the derived status" in parts["message"].value
    history = parts["history"].value
    assert "disagreement" in history and derived in history
    assert "&lt;Kremlin&#x27;s&gt;" in history
    assert parts["reason"].value == ""  # recorded: a second click needs a reason again
    parts["button"].click()
    assert len(_lines(ledger)) == 1 and _is_error(parts["message"].value)
    parts["reason"].value = "Reports of the <Kremlin's> answer conflict."
    parts["button"].click()
    assert len(_lines(ledger)) == 1
    assert "already recorded" in parts["message"].value


def test_what_is_typed_belongs_to_the_claim_it_was_typed_for(ledger):
    from crosscheck.widgets import review_panel

    panel = review_panel(ledger, claim_id="putin-agreed-to-pause", time="2026-02-01T10:00:00+00:00")
    parts = panel.parts
    parts["analyst"].value, parts["reason"].value = "B. Analyst", "The Kremlin never said yes."
    parts["claim"].value = "trump-asked-putin-halt-kyiv-strikes"
    assert (parts["analyst"].value, parts["reason"].value) == ("", "")
    parts["button"].click()
    assert _lines(ledger) == []  # nothing is recorded with the other claim's reason
    parts["claim"].value = "putin-agreed-to-pause"
    assert (parts["analyst"].value, parts["reason"].value) == ("B. Analyst", "The Kremlin never said yes.")
    parts["button"].click()
    assert len(_lines(ledger)) == 1 and '"claim": "putin-agreed-to-pause"' in _lines(ledger)[0].replace(":\"", ": \"")
    parts["search"].value = "Trump asked"  # a filter that leaves the claim out switches too
    assert parts["claim"].value != "putin-agreed-to-pause"
    assert parts["reason"].value == "" and parts["analyst"].value == "B. Analyst"  # the name is offered once recorded


def test_outside_reports_are_labelled_by_their_outlets_names(ledger):
    from crosscheck.widgets import evidence_html

    shown = evidence_html(ledger, "putin-agreed-to-pause")
    source = ledger.outside_evidence("putin-agreed-to-pause")[0].source
    outlet = ledger.registry.parties[source.outlet].name
    assert f"<b>{html.escape(outlet)}" in shown and source.published.isoformat() in shown
    assert source.id not in shown


def test_the_verdict_history_below_is_redrawn_after_recording(ledger, monkeypatch):
    import IPython.display

    from crosscheck import widgets

    shown, redrawn = [], []
    monkeypatch.setattr(IPython.display, "display",
                        lambda obj, display_id=None: shown.append((obj._repr_html_(), display_id)))
    monkeypatch.setattr(IPython.display, "update_display",
                        lambda obj, display_id: redrawn.append((obj._repr_html_(), display_id)))
    monkeypatch.setitem(widgets._shown_history, "on", False)
    widgets.show_verdict_history(ledger)
    assert shown[0][1] == widgets.HISTORY_DISPLAY_ID and "C. Analyst" not in shown[0][0]
    panel = widgets.review_panel(ledger, claim_id="putin-agreed-to-pause")
    panel.parts["analyst"].value, panel.parts["reason"].value = "C. Analyst", "checked"
    assert panel.record() is True
    assert redrawn[-1][1] == widgets.HISTORY_DISPLAY_ID and "C. Analyst: checked" in redrawn[-1][0]


def test_a_verdict_on_a_claim_merged_away_meanwhile_is_refused(tmp_path):
    from crosscheck.widgets import review_panel

    root = _project(tmp_path / "p")
    panel = review_panel(load_ledger(root), claim_id="draft-three-weeks")
    curate.merge_claims(root, "draft-three-weeks", "repairs-finish")  # in another kernel, or on the command line
    panel.parts["analyst"].value, panel.parts["reason"].value = "D. Analyst", "checked"
    assert panel.record() is False
    assert _is_error(panel.parts["message"].value) and "no longer in the ledger" in panel.parts["message"].value
    assert not (root / "ledger" / "verdicts").exists()
    assert "draft-three-weeks" not in [v for _, v in panel.parts["claim"].options]


def test_error_messages_are_escaped_one_line_and_name_the_file_relative():
    from crosscheck.errors import CrosscheckError, ProblemList
    from crosscheck.widgets import error_html, error_lines

    root = Path("/project")
    error = ProblemList([CrosscheckError("bad <tag>", root / "ledger" / "actors.yaml", 3), CrosscheckError("plain")])
    assert error_lines(error, root) == ["bad <tag> (ledger/actors.yaml:3)", "plain"]
    shown = error_html(error, root)
    assert shown.count('role="alert"') == 2 and "bad &lt;tag&gt;" in shown and "<tag>" not in shown


# ---------------------------------------------------------------------------------- the curation panel

DRAFTS = [
    {"id": "draft-three-weeks", "text": "The work will be done in three weeks.", "group": "article", "draft": True,
     "evidence": [evidence(ARTICLE, "The work will be done in three weeks", "berg", "asserts", "direct")]},
    {"id": "draft-council", "text": "The city council <denied> that any date had been agreed.", "group": "article",
     "draft": True, "evidence": [evidence(ARTICLE, "denied that any date had been agreed", "council", "asserts")]},
]


def _project(folder: Path) -> Path:
    return make_project(folder, claims=default_claims() + DRAFTS)


@pytest.fixture()
def twins(tmp_path):
    """Two identical projects: one curated through the panel, the other with crosscheck.curate."""
    return _project(tmp_path / "panel"), _project(tmp_path / "library")


def _panel(root):
    from crosscheck.widgets import curation_panel

    return curation_panel(load_ledger(root), "article")


def _same_ledgers(twins) -> bool:
    return tree_digest(twins[0] / "ledger") == tree_digest(twins[1] / "ledger")


def test_the_curation_panel_builds_without_writing_and_lists_the_documents_claims(twins):
    before = tree_digest(twins[0] / "ledger")
    panel = _panel(twins[0])
    parts = panel.parts
    assert "crosscheck-curate" in panel._dom_classes
    assert [v for _, v in parts["claim"].options] == ["repairs-finish", "traffic-doubled", "draft-three-weeks",
                                                      "draft-council"]
    assert [label.startswith("\u270e draft") for label, _ in parts["claim"].options] == [False, False, True, True]
    parts["claim"].value = "draft-council"
    view = parts["view"].value
    assert "The city council &lt;denied&gt; that" in view and "<denied>" not in view
    assert "<mark>denied that any date had been agreed</mark>" in view  # its passage, the quote marked
    assert "The city council" in view and "grade C" in view
    assert [v for _, v in parts["evidence"].options] == [statement_id(twins[0], "denied that any date")]
    assert "draft-council" not in [v for _, v in parts["merge-into"].options]
    assert parts["merge-into"].value == parts["move-to"].value == ""  # nothing is merged or moved by one click
    parts["merge"].click()
    assert _is_error(parts["message"].value) and "pick the claim to merge into first" in parts["message"].value
    assert tree_digest(twins[0] / "ledger") == before


def test_each_action_is_the_curate_step_of_the_same_name(twins):
    panel, library = twins
    parts = _panel(panel).parts
    council, berg = statement_id(library, "denied that any date"), statement_id(library, "The work will")
    steps = [
        (lambda: (parts["claim"].__setattr__("value", "draft-council"), parts["evidence"].__setattr__("value", council),
                  parts["stance"].__setattr__("value", "denies"), parts["set-stance"].click()),
         lambda: curate.set_stance(library, "draft-council", council, "denies")),
        (lambda: (parts["text"].__setattr__("value", "The council says no date was agreed."), parts["save-text"].click()),
         lambda: curate.edit_claim(library, "draft-council", text="The council says no date was agreed.")),
        (lambda: (parts["note"].__setattr__("value", "Rewritten from <the> council's denial."),
                  parts["would-change"].__setattr__("value", "A signed schedule."), parts["save-text"].click()),
         lambda: curate.edit_claim(library, "draft-council", text="The council says no date was agreed.",
                                   note="Rewritten from <the> council's denial.", would_change="A signed schedule.")),
        (lambda: parts["accept"].click(), lambda: curate.accept_claim(library, "draft-council")),
        (lambda: (parts["claim"].__setattr__("value", "draft-three-weeks"),
                  parts["merge-into"].__setattr__("value", "repairs-finish"), parts["merge"].click()),
         lambda: curate.merge_claims(library, "draft-three-weeks", "repairs-finish")),
        (lambda: (parts["evidence"].__setattr__("value", berg), parts["move-to"].__setattr__("value", "draft-council"),
                  parts["move"].click()),
         lambda: curate.move_evidence(library, "repairs-finish", berg, "draft-council")),
        (lambda: (parts["claim"].__setattr__("value", "traffic-doubled"), parts["delete"].click()),
         lambda: curate.delete_claim(library, "traffic-doubled")),
    ]
    for number, (through_panel, through_library) in enumerate(steps):
        through_panel()
        through_library()
        assert not _is_error(parts["message"].value), (number, parts["message"].value)
        assert _same_ledgers(twins), number
    assert parts["claim"].value == "draft-council"  # after deleting, the panel shows the claim beside it
    assert parts["message-top"].value == parts["message"].value
    ledger = load_ledger(panel)
    assert not ledger.claims["draft-council"].draft and "traffic-doubled" not in ledger.claims
    assert [(e.statement.id, e.stance) for e in ledger.claims["draft-council"].evidence] == [(council, "denies"),
                                                                                              (berg, "asserts")]


def test_the_panel_shows_the_new_status_after_each_step(twins):
    parts = _panel(twins[0]).parts
    parts["claim"].value = "repairs-finish"
    before = load_ledger(twins[0]).assessments()["repairs-finish"].status
    parts["evidence"].value = statement_id(twins[0], "denied that any date")
    parts["stance"].value = "confirms"
    parts["set-stance"].click()
    after = load_ledger(twins[0]).assessments()["repairs-finish"].status
    assert before != after
    assert f"Now showing repairs-finish: {after}." in html.unescape(parts["message"].value)
    assert f"status-{after}" in parts["view"].value
    label = dict((v, lab) for lab, v in parts["claim"].options)["repairs-finish"]
    assert label.startswith(f"{after} \u00b7 ")


def test_evidence_is_added_from_a_sentence_trimmed_to_the_quote(twins):
    panel, library = twins
    parts = _panel(panel).parts
    parts["claim"].value = "traffic-doubled"
    labels = dict((v, lab) for lab, v in parts["sentence"].options)
    sentence = next(i for i, lab in labels.items() if i >= 0 and "minister Anna Berg" in lab)
    assert "\u25cb in 2 other claim(s)" in labels[sentence]
    parts["sentence"].value = sentence
    assert parts["words"].value == "\"The work will be done in three weeks,\" minister Anna Berg told reporters."
    assert parts["speaker"].value == "berg"  # the sentence's known speaker is offered
    parts["words"].value = "minister Anna Berg told reporters"
    parts["new-stance"].value = "qualifies"
    parts["add"].click()
    curate.add_evidence(library, "traffic-doubled", "minister Anna Berg told reporters", "berg", "qualifies",
                        document="article")
    assert not _is_error(parts["message"].value), parts["message"].value
    assert _same_ledgers(twins)
    assert parts["words"].value == ""


def test_words_standing_twice_are_placed_by_the_sentence_picked(twins):
    panel, _ = twins
    parts = _panel(panel).parts
    text = ARTICLE
    last = text.rindex("the bridge")
    assert text.count("the bridge") == 1 and text.count("bridge") > 2
    sentence = next(i for lab, i in parts["sentence"].options if i >= 0 and "Traffic on the bridge" in lab)
    parts["sentence"].value = sentence
    parts["words"].value = "bridge"
    parts["speaker"].value = "wire"
    parts["add"].click()
    assert not _is_error(parts["message"].value), parts["message"].value
    declared = load_yaml_mapping(ledger_file(panel, "document"))["statements"]
    added = [e for e in declared.values() if e["quote"] == "bridge"]
    assert [(e["start"], e["end"]) for e in added] == [(last + 4, last + 10)]


def test_typed_words_standing_several_times_list_their_places_to_pick(twins):
    panel, library = twins
    before = tree_digest(panel / "ledger")
    parts = _panel(panel).parts
    parts["claim"].value = "traffic-doubled"
    parts["words"].value = "bridge"
    parts["speaker"].value = "wire"
    parts["add"].click()
    message = html.unescape(parts["message"].value)
    assert _is_error(parts["message"].value) and f"stand {ARTICLE.count('bridge')} times" in message
    assert tree_digest(panel / "ledger") == before  # refused: nothing written
    assert parts["place"].layout.display != "none"
    labels = [lab for lab, _ in parts["place"].options]
    assert len(labels) == ARTICLE.count("bridge")
    assert labels[-1].startswith(f"{len(labels)}. \u00b6") and "on the [bridge] has doubled" in labels[-1]
    parts["place"].value = 3
    parts["add"].click()
    curate.add_evidence(library, "traffic-doubled", "bridge", "wire", "asserts", occurrence=3)
    assert not _is_error(parts["message"].value), parts["message"].value
    assert _same_ledgers(twins)
    assert parts["place"].layout.display == "none"


def test_a_refused_step_writes_nothing_and_says_why_as_an_error(twins):
    panel, _ = twins
    parts = _panel(panel).parts
    curate.set_stance(panel, "draft-three-weeks", statement_id(panel, "The work will"), "qualifies")
    parts = _panel(panel).parts
    before = tree_digest(panel / "ledger")
    parts["claim"].value = "draft-three-weeks"
    parts["merge-into"].value = "repairs-finish"
    parts["merge"].click()  # the shared statement has two stances
    assert _is_error(parts["message"].value) and "set one stance first" in parts["message"].value
    parts["claim"].value = "repairs-finish"
    parts["accept"].click()
    assert "is not a draft" in parts["message"].value and _is_error(parts["message"].value)
    parts["text"].value = "   "
    parts["save-text"].click()
    assert "the claim&#x27;s text is empty" in parts["message"].value
    parts["add"].click()
    assert "pick a sentence or type the words first" in parts["message"].value
    parts["words"].value = "words that are nowhere in the article"
    parts["speaker"].value = "wire"
    parts["add"].click()
    assert "do not stand in article" in parts["message"].value and _is_error(parts["message"].value)
    assert tree_digest(panel / "ledger") == before


def test_undo_reverts_the_last_step_made_anywhere(twins):
    panel, _ = twins
    before = tree_digest(panel / "ledger")
    parts = _panel(panel).parts
    parts["claim"].value = "draft-council"
    parts["accept"].click()
    curate.edit_claim(panel, "repairs-finish", text="Edited on the command line.")
    parts["undo"].click()
    assert "Undid claim edit repairs-finish" in parts["message"].value
    parts["undo"].click()
    assert "Undid claim accept draft-council" in parts["message"].value
    assert tree_digest(panel / "ledger") == before
    assert dict((v, lab) for lab, v in parts["claim"].options)["draft-council"].startswith("\u270e draft")
    parts["undo"].click()
    assert _is_error(parts["message"].value) and "nothing to undo" in parts["message"].value


def test_claims_and_speakers_are_added_and_graded(twins):
    panel, library = twins
    parts = _panel(panel).parts
    parts["claim"].value = "draft-council"
    parts["new-claim"].value = "No date for the <repairs> was agreed."
    parts["add-claim"].click()
    made = curate.add_claim(library, "No date for the <repairs> was agreed.", "article")
    assert parts["claim"].value == made and "No evidence yet" in parts["view"].value
    parts["actor-name"].value, parts["actor-role"].value = "Tom Reyes", "union leader"
    parts["party-name"].value, parts["party-kind"].value = "Bridge workers' union", "organisation"
    parts["add-actor"].click()
    curate.add_actor(library, "tom-reyes", "Tom Reyes", "bridge-workers-union", role="union leader",
                     party_name="Bridge workers' union", party_kind="organisation")
    assert parts["actor"].value == "tom-reyes" and parts["actor-party"].value == "bridge-workers-union"
    parts["grade"].value, parts["grade-reason"].value = "C", "Speaks for the union on the record."
    parts["set-grade"].click()
    curate.grade_actor(library, "tom-reyes", "C", "Speaks for the union on the record.")
    assert not _is_error(parts["message"].value), parts["message"].value
    assert _same_ledgers(twins)
    assert "tom-reyes" in [v for _, v in parts["speaker"].options]
    parts["actor"].value = "council"
    assert (parts["actor-name"].value, parts["actor-party"].value) == ("The city council", "council")
    parts["actor-name"].value, parts["actor-party"].value = "City council", "ministry"
    parts["save-actor"].click()
    curate.edit_actor(library, "council", name="City council", role="", party="ministry", party_kind="other")
    assert not _is_error(parts["message"].value), parts["message"].value
    assert _same_ledgers(twins)
    assert "City council (Transport ministry)" in [label for label, _ in parts["speaker"].options]


def test_the_todo_list_names_what_is_left(twins):
    from crosscheck.curation_panel import curation_todo

    panel, _ = twins
    todo = curation_todo(load_ledger(panel), "article")
    assert "2 draft claim(s)" in todo and "draft-council" in todo
    curate.accept_claim(panel, "draft-council")
    curate.delete_claim(panel, "draft-three-weeks")
    done = curation_todo(load_ledger(panel), "article")
    assert "Nothing left to curate in article" in done and repr(done) == "nothing left to curate in article"


def test_the_seed_curation_template_panel_builds(ledger):
    from crosscheck.widgets import curation_panel

    parts = curation_panel(ledger, SEED).parts
    with_evidence = [cid for cid, claim in ledger.claims.items() if claim.evidence]  # not those resting on outside reports
    assert sorted(v for _, v in parts["claim"].options) == sorted(with_evidence)
    assert not any(label.startswith("\u270e") for label, _ in parts["claim"].options)
    with pytest.raises(Exception, match="no document 'nope'"):
        curation_panel(ledger, "nope")


HOSTILE = '<img src=x onerror="alert(1)">'


def test_markup_in_every_field_is_escaped_in_both_panels(tmp_path):
    from crosscheck.curation_panel import curation_todo
    from crosscheck.widgets import curation_panel, review_panel

    text = ARTICLE.replace("Ministry rejects report on bridge repairs", f"Ministry {HOSTILE} rejects report")
    actors = {"parties": {"ministry": {"name": f"Ministry {HOSTILE}", "kind": "government"},
                          "wire": {"name": f"Wire {HOSTILE}", "kind": "outlet"}},
              "actors": {"berg": {"name": f"Anna {HOSTILE} Berg", "party": "ministry", "role": HOSTILE,
                                  "reliability": "F", "reliability_reason": "drafted by crosscheck ingest; grade this source"},
                         "wire": {"name": f"Wire {HOSTILE}", "party": "wire", "reliability": "B"}}}
    claims = [{"id": "work-done", "text": f"The work {HOSTILE} is done.", "group": "article", "draft": True,
               "note": HOSTILE, "evidence": [evidence(text, "The work will be done in three weeks", "berg", "asserts",
                                                      "direct")]}]
    root = make_project(tmp_path / "p", text=text, claims=claims, actors=actors)
    ledger = load_ledger(root)
    curation = curation_panel(ledger, "article")
    review = review_panel(ledger)
    shown = [part.value for panel in (curation, review) for part in panel.parts.values()
             if type(part).__name__ == "HTML"]
    shown += [child.value for child in curation.children if type(child).__name__ == "HTML"]
    shown.append(str(curation_todo(ledger, "article")))
    curation.parts["words"].value = f"words {HOSTILE}"
    curation.parts["speaker"].value = "berg"
    curation.parts["add"].click()
    shown.append(curation.parts["message"].value)
    assert all("<img" not in value for value in shown), [v for v in shown if "<img" in v]
    assert sum("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in value for value in shown) >= 4


def test_every_list_shows_a_choice_after_the_claim_changes(twins):
    """ipywidgets 8 leaves a dropdown with no value when its options change; the panel chooses one."""
    parts = _panel(twins[0]).parts
    for claim in ("draft-council", "repairs-finish", "draft-three-weeks"):
        parts["claim"].value = claim
        item = load_ledger(twins[0]).claims[claim].evidence[0]
        assert (parts["evidence"].value, parts["stance"].value) == (item.statement.id, item.stance)
        assert parts["merge-into"].value == parts["move-to"].value == "" and parts["sentence"].value == -1
        assert parts["actor"].value is not None and parts["actor-name"].value


def test_a_deleted_claims_sentence_is_marked_as_background(twins):
    from crosscheck.curation_panel import curation_todo

    panel, library = twins
    parts = _panel(panel).parts
    parts["claim"].value = "traffic-doubled"
    parts["delete"].click()
    curate.delete_claim(library, "traffic-doubled")
    assert "1 body sentence(s) neither evidence nor background" in curation_todo(load_ledger(panel), "article")
    sentence = next(i for lab, i in parts["sentence"].options if "not covered" in lab)
    parts["sentence"].value = sentence
    parts["background-reason"].value = "Context: <traffic> figures, not a point of the dispute."
    parts["background"].click()
    curate.add_background(library, "article", "Traffic on the bridge has doubled since 2020.",
                          "Context: <traffic> figures, not a point of the dispute.")
    assert not _is_error(parts["message"].value), parts["message"].value
    assert _same_ledgers(twins)
    assert "1 body sentence" not in curation_todo(load_ledger(panel), "article")
    parts["sentence"].value = sentence
    parts["background-reason"].value = "again"
    parts["background"].click()
    assert "already background" in parts["message"].value and _is_error(parts["message"].value)
