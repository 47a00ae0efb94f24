"""The curation commands (``claim``, ``evidence``, ``actor``, ``undo``) as a careless and a hostile analyst type
them: unknown ids, words that stand twice or nowhere, control characters, odd groups, a ledger broken
elsewhere, files changed behind undo's back, a damaged undo record."""
from __future__ import annotations

import hashlib
import json
import os
import random
import time

from .harness import CLAIM, CLAIMS, DOC, SEED_ID, Fault, Project, either, probe, refused, row, worked
from .texts import BRIDGE

CURATE_WRITES = ("ledger", ".crosscheck")
GROUP = "ledger/claims"
PESKOV = "did indeed make a personal request"  # words of a statement CLAIM rests on
FREE = "Zelenskyy says Ukraine is ready for limited ceasefire"  # words no claim's evidence quotes
UNDO = ".crosscheck/undo"


def _cur(name: str, argv: list[str], expect: str = "refuse", says: str | None = None, names=None,
         setup=None, lines: int | None = 1, **kw) -> None:
    """A curation command. A refusal of a value the analyst typed names that value (or a file), by default
    any argument of the command; a refusal about the ledger names its file (``names``)."""
    wanted = names or [a for a in argv[2:] if not a.startswith("--") and len(a) < 200] + [".yaml", "ledger"]
    row("curation", name, argv, expect, says=says, names=wanted, setup=setup, lines=lines, writes=CURATE_WRITES,
        ledger=True, **kw)


# ------------------------------------------------------------------------------------------ claim
_cur("claim-add", ["claim", "add", "The Kremlin confirmed the request on Friday.", "--group", "probe"], "ok")
_cur("claim-add-into-an-existing-group", ["claim", "add", "A second claim on the request.", "--group", "request"], "ok")
_cur("claim-add-no-group", ["claim", "add", "A claim without a group."], says="group", argument=True)
_cur("claim-add-group-traversal", ["claim", "add", "A claim.", "--group", "../../outside/x"], says="group")
_cur("claim-add-group-upper-case", ["claim", "add", "A claim.", "--group", "Probe"], says="group|lower-case")
_cur("claim-add-group-with-escape", ["claim", "add", "A claim.", "--group", "pro\x1b[2Jbe"], says="group|contains")
_cur("claim-add-group-empty", ["claim", "add", "A claim.", "--group", ""], says="group|empty")
_cur("claim-add-text-empty", ["claim", "add", "   ", "--group", "probe"], says="text|empty", names="claim add")
_cur("claim-add-text-with-bidi", ["claim", "add", "A \u202eclaim", "--group", "probe"], says="text|contains")
_cur("claim-add-text-with-newlines", ["claim", "add", "A claim\nover\n\nthree lines.", "--group", "probe"], "ok")
_cur("claim-add-text-huge", ["claim", "add", "word " * 20_000, "--group", "probe"], "either", says="text|long")
_cur("claim-add-text-markup", ["claim", "add", "<script>alert(1)</script> & {{ x }}", "--group", "probe"], "ok")
_cur("claim-add-id-taken", ["claim", "add", "A claim.", "--group", "probe", "--id", CLAIM], says="already")
_cur("claim-add-id-with-slash", ["claim", "add", "A claim.", "--group", "probe", "--id", "a/b"], says="id")
_cur("claim-add-id-with-zero-width", ["claim", "add", "A claim.", "--group", "probe", "--id", "a\u200bb"],
     says="id|contains")
_cur("claim-add-depends-on-unknown", ["claim", "add", "A claim.", "--group", "probe", "--depends-on", "nope"],
     says="unknown claim|nope")
_cur("claim-add-depends-on-itself", ["claim", "add", "A claim.", "--group", "probe", "--id", "selfish",
                                     "--depends-on", "selfish"], says="cycle|itself")
_cur("claim-add-depends-on-with-escape", ["claim", "add", "A claim.", "--group", "probe", "--depends-on",
                                          "\x1b[31mred"], says="depends|contains|unknown")
_cur("claim-add-note-with-escape", ["claim", "add", "A claim.", "--group", "probe", "--note", "\x1b]0;pwned\x07"],
     says="note|contains")
_cur("claim-edit-unknown", ["claim", "edit", "no-such-claim", "--note", "x"], says="no claim")
_cur("claim-edit-note", ["claim", "edit", CLAIM, "--note", "The analyst's note."], "ok")
_cur("claim-edit-nothing-given", ["claim", "edit", CLAIM], "either", says="nothing|give")
_cur("claim-edit-depends-on-cycle", ["claim", "edit", CLAIM, "--depends-on", "request-covered-cities-and-towns"],
     says="cycle")
_cur("claim-edit-text-with-escape", ["claim", "edit", CLAIM, "--text", "ok\x1b[8m"], says="text|contains")
_cur("claim-accept-not-a-draft", ["claim", "accept", CLAIM], says="not a draft")
_cur("claim-delete-depended-on", ["claim", "delete", CLAIM], says="depend")
_cur("claim-delete-judged", ["claim", "delete", "putin-agreed-to-pause"], says="verdict")
_cur("claim-delete-unknown", ["claim", "delete", "nope"], says="no claim")
_cur("claim-merge-into-itself", ["claim", "merge", CLAIM, "--into", CLAIM], says="itself")
_cur("claim-merge-into-unknown", ["claim", "merge", "request-because-of-cold", "--into", "nope"], says="no claim")
_cur("claim-merge-without-into", ["claim", "merge", "request-because-of-cold"], says="--into")
_cur("claim-merge", ["claim", "merge", "request-made-by-january-29", "--into", "request-because-of-cold"], "either",
     says="stance|verdict|depend|sources.yaml")
_cur("claim-split-without-quote", ["claim", "split", CLAIM, "--text", "A new claim."], says="quote|evidence")
_cur("claim-split-without-text", ["claim", "split", CLAIM, "--quote", PESKOV], says="--text")
_cur("claim-split-quote-matches-nothing", ["claim", "split", CLAIM, "--quote", "words nobody said", "--text", "New."],
     says="no evidence")
_cur("claim-split", ["claim", "split", CLAIM, "--quote", PESKOV, "--text", "Peskov confirmed a personal request."],
     "ok")
_cur("claim-action-unknown", ["claim", "rename", CLAIM], says="invalid choice", argument=True)

# --------------------------------------------------------------------------------------- evidence
EV = ["evidence", "add", CLAIM]
_cur("evidence-add", [*EV, "--quote", FREE, "--speaker", "zelenskyy", "--stance", "qualifies"], "ok")
_cur("evidence-add-words-nowhere", [*EV, "--quote", "words the article never had", "--speaker", "kremlin",
                                    "--stance", "asserts"], says="not in|nowhere|not found|do not stand", names=SEED_ID)
_cur("evidence-add-words-twice", [*EV, "--quote", "Kyiv", "--speaker", "kremlin", "--stance", "asserts"],
     says="times|occurrence|context", names=SEED_ID)
_cur("evidence-add-occurrence-zero", [*EV, "--quote", "Kyiv", "--occurrence", "0", "--speaker", "kremlin",
                                      "--stance", "asserts"], says="occurrence", names=SEED_ID)
_cur("evidence-add-occurrence-negative", [*EV, "--quote", "Kyiv", "--occurrence", "-1", "--speaker", "kremlin",
                                          "--stance", "asserts"], says="occurrence", names=SEED_ID)
_cur("evidence-add-occurrence-past-the-last", [*EV, "--quote", "Kyiv", "--occurrence", "999", "--speaker",
                                               "kremlin", "--stance", "asserts"], says="occurrence|times",
     names=SEED_ID)
_cur("evidence-add-occurrence-not-a-number", [*EV, "--quote", "Kyiv", "--occurrence", "two", "--speaker",
                                              "kremlin", "--stance", "asserts"], says="int", argument=True)
_cur("evidence-add-context-nowhere", [*EV, "--quote", "Kyiv", "--context", "Kyiv, no such context", "--speaker",
                                      "kremlin", "--stance", "asserts"], says="context", names=SEED_ID)
_cur("evidence-add-unknown-speaker", [*EV, "--quote", FREE, "--speaker", "nobody", "--stance", "asserts"],
     says="speaker|nobody")
_cur("evidence-add-speaker-with-escape", [*EV, "--quote", FREE, "--speaker", "\x1b[2Jkremlin", "--stance",
                                          "asserts"], says="speaker|contains")
_cur("evidence-add-unknown-stance", [*EV, "--quote", FREE, "--speaker", "zelenskyy", "--stance", "agrees"],
     says="stance")
_cur("evidence-add-unknown-kind", [*EV, "--quote", FREE, "--speaker", "zelenskyy", "--stance", "asserts", "--kind",
                                   "rumour"], says="kind")
_cur("evidence-add-unknown-document", [*EV, "--quote", FREE, "--speaker", "zelenskyy", "--stance", "asserts",
                                       "--document", "../../outside/x"], says="document")
_cur("evidence-add-said-on-impossible", [*EV, "--quote", FREE, "--speaker", "zelenskyy", "--stance", "asserts",
                                         "--said-on", "2026-02-30"], says="date", argument=True)
_cur("evidence-add-cue-with-escape", [*EV, "--quote", FREE, "--speaker", "zelenskyy", "--stance", "asserts",
                                      "--cue", "said\x1b[2J"], says="cue|contains")
_cur("evidence-add-quote-with-newline", [*EV, "--quote", "Kremlin\nsaid", "--speaker", "kremlin", "--stance",
                                         "asserts"], says="not in|nowhere|not found|do not stand|quote", names=SEED_ID)
_cur("evidence-add-without-quote", [*EV, "--speaker", "kremlin", "--stance", "asserts"], says="--quote")
_cur("evidence-add-already-there", [*EV, "--quote", PESKOV + " to President Putin to refrain from striking Kyiv",
                                    "--speaker", "peskov", "--stance", "confirms"], says="already")
_cur("evidence-add-to-unknown-claim", ["evidence", "add", "nope", "--quote", FREE, "--speaker", "zelenskyy",
                                       "--stance", "asserts"], says="no claim")
_cur("evidence-set-stance", ["evidence", "set-stance", CLAIM, "--quote", PESKOV, "--stance", "asserts"], "ok")
_cur("evidence-set-stance-ambiguous-words", ["evidence", "set-stance", CLAIM, "--quote", "Kyiv", "--stance",
                                             "asserts"], says="pieces|more words|no evidence")
_cur("evidence-set-stance-unknown", ["evidence", "set-stance", CLAIM, "--quote", PESKOV, "--stance", "maybe"],
     says="stance")
_cur("evidence-move-to-unknown", ["evidence", "move", CLAIM, "--quote", PESKOV, "--to", "nope"], says="no claim")
_cur("evidence-move-to-itself", ["evidence", "move", CLAIM, "--quote", PESKOV, "--to", CLAIM], says="already")
_cur("evidence-move", ["evidence", "move", CLAIM, "--quote", PESKOV, "--to", "request-because-of-cold"], "ok")
_cur("evidence-remove-words-nowhere", ["evidence", "remove", CLAIM, "--quote", "nothing like it"],
     says="no evidence")
_cur("evidence-remove", ["evidence", "remove", CLAIM, "--quote", PESKOV], "ok")

# ------------------------------------------------------------------------------------------ actor
_cur("actor-add", ["actor", "add", "lavrov", "--name", "Sergei Lavrov", "--party", "kremlin", "--role",
                   "foreign minister"], "ok")
_cur("actor-add-with-new-party", ["actor", "add", "guterres", "--name", "Antonio Guterres", "--party", "un",
                                  "--party-name", "United Nations", "--party-kind", "organisation"], "either",
     says="kind")
_cur("actor-add-existing", ["actor", "add", "peskov", "--name", "Dmitry Peskov", "--party", "kremlin"],
     says="already")
_cur("actor-add-unknown-party", ["actor", "add", "nobody", "--name", "Nobody", "--party", "nowhere"],
     says="party|nowhere", names=("actors.yaml", "ledger", "nowhere"))
_cur("actor-add-id-with-bidi", ["actor", "add", "evil\u202e", "--name", "Evil", "--party", "kremlin"],
     says="id|contains")
_cur("actor-add-id-upper-case", ["actor", "add", "Lavrov", "--name", "Lavrov", "--party", "kremlin"], says="id")
_cur("actor-add-name-with-escape", ["actor", "add", "lavrov", "--name", "\x1b[2JLavrov", "--party", "kremlin"],
     says="name|contains")
_cur("actor-add-without-name", ["actor", "add", "lavrov", "--party", "kremlin"], says="--name")
_cur("actor-add-alias-empty", ["actor", "add", "lavrov", "--name", "Lavrov", "--party", "kremlin", "--alias", " "],
     says="alias|empty")
_cur("actor-grade", ["actor", "grade", "peskov", "B", "--reason", "A spokesman's words, reported faithfully."], "ok")
_cur("actor-grade-bad-grade", ["actor", "grade", "peskov", "Z", "--reason", "r"], says="grade|Admiralty")
_cur("actor-grade-lower-case", ["actor", "grade", "peskov", "b", "--reason", "r"], says="grade|Admiralty")
_cur("actor-grade-without-reason", ["actor", "grade", "peskov", "B"], says="--reason|reason")
_cur("actor-grade-unknown", ["actor", "grade", "nobody", "B", "--reason", "r"], says="no actor")
_cur("actor-grade-reason-with-escape", ["actor", "grade", "peskov", "B", "--reason", "ok\x1b[8m"],
     says="reason|contains")


# -------------------------------------------------------------------------------- a broken ledger
def _broken_sources(p: Project) -> None:
    p.edit("ledger/sources.yaml", lambda t: t + "  - [unterminated\n")


_cur("claim-add-while-sources-is-broken", ["claim", "add", "A claim.", "--group", "probe"], says="malformed|sources",
     names="sources.yaml", setup=_broken_sources)
_cur("evidence-add-while-the-document-is-conflicted", [*EV, "--quote", FREE, "--speaker", "zelenskyy", "--stance",
                                                       "asserts"], says="conflict", names=f"{SEED_ID}.yaml",
     setup=lambda p: p.edit(DOC, lambda t: t + "<<<<<<< HEAD\n# ours\n=======\n# theirs\n>>>>>>> theirs\n"),
     lines=None)
_cur("evidence-add-statement-with-string-offsets", [*EV, "--quote", FREE, "--speaker", "zelenskyy", "--stance",
                                                    "asserts"], says="start|whole numbers", names=f"{SEED_ID}.yaml",
     setup=lambda p: p.replace(DOC, "    start: 165\n", "    start: '165'\n"), lines=None)
_cur("evidence-add-document-without-path", [*EV, "--quote", FREE, "--speaker", "zelenskyy", "--stance", "asserts"],
     says="path", names=f"{SEED_ID}.yaml",
     setup=lambda p: p.replace(DOC, f"path: seeds/{SEED_ID}.txt\n", ""), lines=None)
_cur("claim-edit-claims-file-with-a-null-entry", ["claim", "edit", CLAIM, "--note", "x"], says="id",
     names="request.yaml", setup=lambda p: p.replace(CLAIMS, "claims:\n", "claims:\n  - null\n"), lines=None)
_cur("evidence-remove-claim-with-odd-evidence", ["evidence", "remove", CLAIM, "--quote", PESKOV], says="statement",
     names="request.yaml", setup=lambda p: p.replace(CLAIMS, "    evidence:\n", "    evidence:\n      - just text\n", 1),
     lines=None)
_cur("actor-grade-actors-file-a-list", ["actor", "grade", "peskov", "B", "--reason", "r"], says="mapping|actors",
     names="actors.yaml", setup=lambda p: p.write("ledger/actors.yaml", "- a\n- b\n"), lines=None)


# ------------------------------------------------------------------------------------------- undo
def _digest_ledger(p: Project) -> dict[str, str]:
    return {path.relative_to(p.root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted((p.root / "ledger").rglob("*")) if path.is_file() and not path.name.endswith(".lock")}


@probe("curation", writes=CURATE_WRITES, ledger=True)
def undo_restores_every_step(p: Project) -> None:
    """Three steps, three undos: the ledger is as it was, byte for byte; a fourth undo says nothing is left."""
    before = _digest_ledger(p)
    worked(p.run("claim", "add", "A claim to undo.", "--group", "probe"))
    worked(p.run("evidence", "add", "a-claim-to-undo", "--quote", FREE, "--speaker", "zelenskyy", "--stance",
                 "asserts", "--document", SEED_ID))
    worked(p.run("actor", "grade", "peskov", "C", "--reason", "to undo"))
    for _ in range(3):
        worked(p.run("undo"))
    if _digest_ledger(p) != before:
        changed = sorted(k for k in set(before) | set(_digest_ledger(p)) if before.get(k) != _digest_ledger(p).get(k))
        raise Fault("wrong", f"three undos did not restore the ledger: {changed[0]} differs")
    refused(p.run("undo"), ".crosscheck", "nothing to undo")


@probe("curation", writes=CURATE_WRITES, ledger=True)
def undo_after_a_hand_edit(p: Project) -> None:
    """The analyst edits the file by hand after a step: undo must refuse, keeping the edit."""
    worked(p.run("claim", "edit", CLAIM, "--note", "by the command"))
    p.edit(CLAIMS, lambda t: t + "# the analyst's own line\n")
    refused(p.run("undo"), "request.yaml", "changed")
    if "# the analyst's own line" not in p.read(CLAIMS):
        raise Fault("data lost", "undo overwrote the analyst's later edit")


@probe("curation", writes=CURATE_WRITES, ledger=True)
def undo_with_nothing_recorded(p: Project) -> None:
    refused(p.run("undo"), ".crosscheck", "nothing to undo")


def _step(p: Project, record) -> None:
    p.write(f"{UNDO}/000001.json", record if isinstance(record, str) else json.dumps(record))


def _damaged(record):
    def setup(p: Project) -> None:
        _step(p, record(p) if callable(record) else record)
    return setup


def _victim(p: Project) -> dict:
    victim = p.article("victim.txt", "the user's own file\n")
    digest = hashlib.sha256(victim.read_bytes()).hexdigest()
    return {"time": "2026-01-01T00:00:00+00:00", "command": "claim edit x",
            "files": {"../outside/victim.txt": {"before": "overwritten by undo\n", "after_sha256": digest}}}


UNDO_RECORDS = [  # label, the step record, what the refusal says
    ("not-json", "{damaged", "damaged|JSON|record"),
    ("a-list", "[1, 2]", "damaged|record"),
    ("no-files", {"time": "t", "command": "c"}, "damaged|record|files"),
    ("files-a-string", {"time": "t", "command": "c", "files": "x"}, "damaged|record|files"),
    ("before-a-number", {"time": "t", "command": "c", "files": {CLAIMS: {"before": 1, "after_sha256": "0"}}},
     "damaged|record|changed"),
    ("path-outside-the-ledger", _victim, "outside|ledger|damaged"),
    ("absolute-path", {"time": "t", "command": "c", "files": {"/etc/hostname": {"before": "x", "after_sha256": "0"}}},
     "outside|ledger|damaged|changed"),
]
for label, record, says in UNDO_RECORDS:
    row("curation", f"undo-record-{label}", ["undo"], setup=_damaged(record), names=(".crosscheck", "ledger", "undo"),
        says=says, writes=CURATE_WRITES, ledger=True)
row("curation", "undo-folder-is-a-file", ["undo"], setup=lambda p: p.write(UNDO, "not a folder\n"),
    names=(".crosscheck", "undo"), says="nothing to undo|folder|directory", writes=CURATE_WRITES)
row("curation", "undo-record-is-a-folder", ["undo"], setup=lambda p: p.path(f"{UNDO}/000001.json").mkdir(parents=True),
    names=(".crosscheck", "undo"), says="directory|damaged", writes=CURATE_WRITES)


@probe("curation", writes=CURATE_WRITES, ledger=True)
def curation_steps_at_once(p: Project) -> None:
    """Four curation steps on one claims file at once: each one reported done is in the file after."""
    notes = [f"note {n} written at once" for n in range(4)]
    jobs = [p.start("claim", "add", f"Claim {n} added at once.", "--group", "probe", "--note", notes[n])
            for n in range(4)]
    runs = [job.wait(120) for job in jobs]
    text = p.read("ledger/claims/probe.yaml") if p.path("ledger/claims/probe.yaml").exists() else ""
    for n, run in enumerate(runs):
        either(run, says="waiting|changed", lines=None)
        if run.rc == 0 and notes[n] not in text:
            raise Fault("data lost", f"claim {n} was reported added and is not in the file")
    worked(p.run("verify"))


@probe("curation", writes=CURATE_WRITES, ledger=True,
       setup=lambda p: p.edit(f"seeds/{SEED_ID}.txt", lambda t: "Updated.\n\n" + t))
def curation_by_words_after_the_seed_moved(p: Project) -> None:
    """The seed was corrected (a note prepended): a step must not write offsets against the old text."""
    run = p.run("evidence", "add", CLAIM, "--quote", FREE, "--speaker", "zelenskyy", "--stance", "qualifies")
    either(run, SEED_ID, "SHA-256|changed|reanchor", lines=None)


def _unwritable_undo(p: Project) -> None:
    p.path(".crosscheck").mkdir()
    os.chmod(p.path(".crosscheck"), 0o555)


@probe("curation", writes=CURATE_WRITES, ledger=True, setup=_unwritable_undo)
def curation_with_an_unwritable_undo_folder(p: Project) -> None:
    from .harness import drop_file_override

    run = p.run("claim", "edit", CLAIM, "--note", "x", preexec=drop_file_override)
    refused(run, ".crosscheck", "permission|read-only")


# ------------------------------------------------------------------------- background, list, actor edit and merge
SUBHEAD = "Zelenskyy says Ukraine is ready for limited ceasefire with Russia"  # the seed's one background entry
BG = ["background", "add", SEED_ID]
_cur("background-add", [*BG, "--quote", "Peskov did not reveal when the request was made", "--reason", "Context."], "either",
     says="already|claim|evidence|times|context", names=SEED_ID)
_cur("background-add-words-nowhere", [*BG, "--quote", "words the article never had", "--reason", "r"],
     says="not in|do not stand|nowhere", names=SEED_ID)
_cur("background-add-words-twice", [*BG, "--quote", "Kyiv", "--reason", "r"], says="times|context|occurrence",
     names=SEED_ID)
_cur("background-add-without-reason", [*BG, "--quote", "did not explicitly confirm if Putin had accepted"], says="--reason")
_cur("background-add-reason-with-escape", [*BG, "--quote", "did not explicitly confirm if Putin had accepted", "--reason", "r\x1b[2J"],
     says="reason|contains|times|already|claim")
_cur("background-add-unknown-document", ["background", "add", "nope", "--quote", "Kyiv", "--reason", "r"],
     says="document|nope")
_cur("background-add-document-traversal", ["background", "add", "../../outside/x", "--quote", "Kyiv", "--reason", "r"],
     says="document")
_cur("background-add-already-there", [*BG, "--quote", SUBHEAD, "--reason", "twice"], says="already")
_cur("background-remove", ["background", "remove", SEED_ID, "--quote", SUBHEAD], "ok")
_cur("background-remove-words-nowhere", ["background", "remove", SEED_ID, "--quote", "nothing like it"],
     says="no background|not|nothing", names=SEED_ID)
_cur("claim-list", ["claim", "list"], "ok", says=CLAIM)
_cur("claim-list-drafts", ["claim", "list", "--drafts"], "ok")
_cur("claim-list-unknown-group", ["claim", "list", "--group", "nope"], "either", says="group|nope|no claim")
_cur("claim-list-group-with-escape", ["claim", "list", "--group", "re\x1b[2Jquest"], "either",
     says="group|contains|no claim")
_cur("actor-edit-name", ["actor", "edit", "peskov", "--name", "Dmitri Peskov"], "ok")
_cur("actor-edit-unknown", ["actor", "edit", "nobody", "--name", "Nobody"], says="no actor")
_cur("actor-edit-markup-name", ["actor", "edit", "peskov", "--name", "<script>alert(1)</script>"], "ok")
_cur("actor-edit-unknown-party", ["actor", "edit", "peskov", "--party", "nowhere"], says="party|nowhere",
     names=("actors.yaml", "ledger", "nowhere"))
_cur("actor-edit-nothing-given", ["actor", "edit", "peskov"], "either", says="nothing|give")
_cur("actor-merge-into-itself", ["actor", "merge", "peskov", "--into", "peskov"], says="itself")
_cur("actor-merge-into-unknown", ["actor", "merge", "peskov", "--into", "nobody"], says="no actor")
_cur("actor-merge-without-into", ["actor", "merge", "peskov"], says="--into")
_cur("actor-merge", ["actor", "merge", "peskov", "--into", "kremlin"], "either", says="party|grade|statement")
_cur("claim-add-id-with-markup", ["claim", "add", "A claim.", "--group", "probe", "--id", "<b>x</b>"], says="id")
_cur("claim-add-group-dotdot", ["claim", "add", "A claim.", "--group", ".."], says="group")
_cur("claim-add-group-reserved-name", ["claim", "add", "A claim.", "--group", "con"], "ok")


@probe("curation", writes=CURATE_WRITES, ledger=True)
def undo_after_a_hand_edit_of_another_file(p: Project) -> None:
    """A step changed the claims file; the analyst then edited actors.yaml by hand: undo reverts the step only."""
    worked(p.run("claim", "edit", CLAIM, "--note", "by the command"))
    p.edit("ledger/actors.yaml", lambda t: t + "# the analyst's own line\n")
    worked(p.run("undo"))
    if "# the analyst's own line" not in p.read("ledger/actors.yaml"):
        raise Fault("data lost", "undo touched a file the step did not change")
    if "by the command" in p.read(CLAIMS):
        raise Fault("wrong", "undo reported success and the note is still there")


@probe("curation", writes=CURATE_WRITES, ledger=True)
def undo_after_the_file_was_deleted(p: Project) -> None:
    """A step made a new claims file; the analyst deleted it by hand: undo refuses (the file changed), changing
    nothing."""
    worked(p.run("claim", "add", "A claim in a new group.", "--group", "probe"))
    os.unlink(p.path("ledger/claims/probe.yaml"))
    refused(p.run("undo"), "probe.yaml", "changed|deleted|no longer")


@probe("curation", writes=CURATE_WRITES, ledger=True)
def two_undos_at_once(p: Project) -> None:
    """Two steps, two undos at once: each reverts one step, in order; the ledger is as before both."""
    before = _digest_ledger(p)
    worked(p.run("claim", "edit", CLAIM, "--note", "first"))
    worked(p.run("claim", "add", "A second step.", "--group", "probe"))
    runs = [job.wait(120) for job in [p.start("undo"), p.start("undo")]]
    for run in runs:
        either(run, says="waiting|nothing|changed", lines=None)
    if all(run.rc == 0 for run in runs) and _digest_ledger(p) != before:
        raise Fault("wrong", "two undos reported done and the ledger is not as before the two steps")


@probe("curation", writes=CURATE_WRITES, ledger=True)
def undo_during_a_step(p: Project) -> None:
    """An undo started while a step runs: it reverts the step before or the step itself, never half of one."""
    worked(p.run("claim", "edit", CLAIM, "--note", "first"))
    step = p.start("claim", "add", "A step while undoing.", "--group", "probe")
    time.sleep(0.3)
    undone = p.run("undo")
    either(step.wait(120), says="waiting", lines=None)
    either(undone, says="waiting|nothing|changed", lines=None)
    worked(p.run("verify"))


@probe("curation", writes=(*CURATE_WRITES, "seeds", "notebooks"), ledger=True)
def a_step_and_an_ingest_at_once(p: Project) -> None:
    """A curation step during an ingest: both land (or one waits), nothing is lost."""
    ingest = p.start("ingest", p.article("bridge.txt", BRIDGE))
    time.sleep(1.0)
    step = p.run("claim", "edit", CLAIM, "--note", "during the ingest", timeout=300)
    ingested = ingest.wait(300)
    either(step, says="waiting|changed", lines=None)
    either(ingested, says="waiting|changed", lines=None)
    if step.rc == 0 and "during the ingest" not in p.read(CLAIMS):
        raise Fault("data lost", "the step was reported done during an ingest and is gone")
    if ingested.rc == 0 and "bridge" not in p.documents():
        raise Fault("data lost", "the ingest was reported done and its document is gone")


@probe("curation", writes=CURATE_WRITES, ledger=True)
def ctrl_c_during_a_step_then_undo(p: Project) -> None:
    """Ctrl-C at seeded moments of a step, then undo: undo reverts exactly the step that landed, or the one
    before when it did not; the ledger verifies throughout."""
    rng = random.Random("ctrl-c-step-undo")
    worked(p.run("claim", "edit", CLAIM, "--note", "the step before"))
    for n in range(4):
        job = p.start("claim", "add", f"Interrupted step {n}.", "--group", "probe")
        time.sleep(rng.uniform(0.2, 1.2))
        job.interrupt()
        job.wait(60)
    worked(p.run("verify"))
    added = [line for line in p.read("ledger/claims/probe.yaml").splitlines() if "Interrupted step" in line] \
        if p.path("ledger/claims/probe.yaml").exists() else []
    for _ in added:
        worked(p.run("undo"))
    if p.path("ledger/claims/probe.yaml").exists():
        raise Fault("wrong", f"{len(added)} undo(s) for {len(added)} landed step(s) left ledger/claims/probe.yaml")
    worked(p.run("undo"))
    if "the step before" in p.read(CLAIMS):
        raise Fault("wrong", "the step before the interrupted ones was not the next to undo")
