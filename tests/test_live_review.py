"""The review notebook, live: JupyterLab on 127.0.0.1 over a temporary copy of the project, driven by
Chromium. Run all cells, pick a claim and a verdict, type an analyst and a reason, click "Record verdict":
the copy's ledger gains exactly that verdict (in the analyst's history), and nothing else changes.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT
from crosscheck.layout import slug
from factories import tree_digest

pytestmark = pytest.mark.browser

ANALYST = "Test Analyst"
REASON = "Checked against the agency report <and> the transcript."


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def project_copy(tmp_path) -> Path:
    root = tmp_path / "project"
    for name in ("notebooks", "ledger", "seeds"):
        shutil.copytree(ROOT / name, root / name,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.lock"))
    if not (root / "notebooks" / "90-review.ipynb").is_file():
        pytest.fail("notebooks/90-review.ipynb is missing", pytrace=False)
    shutil.rmtree(root / "ledger" / "verdicts")
    return root


@pytest.fixture
def jupyterlab(project_copy, tmp_path):
    """A JupyterLab server on 127.0.0.1 (random port, token auth) rooted at the copy; stopped afterwards."""
    port, token = _free_port(), secrets.token_hex(16)
    home = tmp_path / "jupyter"
    for sub in ("config", "runtime", "workspaces", "settings"):
        (home / sub).mkdir(parents=True)
    env = dict(os.environ, CROSSCHECK_ROOT=str(project_copy), JUPYTER_CONFIG_DIR=str(home / "config"),
               JUPYTER_RUNTIME_DIR=str(home / "runtime"), JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
               JUPYTERLAB_SETTINGS_DIR=str(home / "settings"), PYTHONHASHSEED="0")
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.open_browser=False",
           "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={project_copy}", "--allow-root",
           "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           "--ServerApp.terminals_enabled=False"]
    log = open(tmp_path / "jupyterlab.log", "w", encoding="utf-8")
    server = subprocess.Popen(cmd, cwd=project_copy, env=env, stdout=log, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if server.poll() is not None:
                pytest.fail(f"JupyterLab exited ({server.returncode}): "
                            + (tmp_path / "jupyterlab.log").read_text(encoding="utf-8")[-2000:], pytrace=False)
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("JupyterLab did not answer within 90 s", pytrace=False)
            time.sleep(0.5)
        yield base, token
    finally:
        try:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(server.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            server.wait(timeout=10)
        log.close()


def _api(base: str, token: str, path: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(f"{base}{path}", method="POST" if body is not None else "GET",
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read() or b"{}")


def _start_session(base: str, token: str, notebook: str) -> None:
    """Start the notebook's kernel through the REST API, so the page joins one session instead of racing to
    create its own (the server reports the kernel's state only once a client connects)."""
    session = _api(base, token, "/api/sessions", {"path": notebook, "name": Path(notebook).name, "type": "notebook",
                                                  "kernel": {"name": "python3"}})
    assert session["kernel"]["id"]


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] if path.exists() else []


def _ledger_digest(root: Path) -> dict[str, str]:
    """Every ledger file but the verdict histories, to show the panel changed nothing else."""
    return {k: v for k, v in tree_digest(root / "ledger").items() if not k.startswith("verdicts/")}


def test_record_a_verdict_through_the_widget(jupyterlab, project_copy, browser):
    base, token = jupyterlab
    verdicts = project_copy / "ledger" / "verdicts" / f"{slug(ANALYST)}.jsonl"
    before = _lines(verdicts)
    ledger_before = _ledger_digest(project_copy)

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(30_000)
    outside: list[str] = []
    context.on("request", lambda r: r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:"))
               or outside.append(r.url))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        _start_session(base, token, "notebooks/90-review.ipynb")
        page.goto(f"{base}/lab/tree/notebooks/90-review.ipynb?token={token}", wait_until="domcontentloaded",
                  timeout=90_000)
        page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first.wait_for(timeout=90_000)
        # The status bar names the kernel and its state once the page has connected to it.
        page.locator(".jp-StatusBar-Widget", has_text="Idle").first.wait_for(timeout=90_000)

        # Run > Run All Cells
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()

        # JupyterLab may first ask which kernel to start: accept the preferred one (the notebook's python3).
        panel = page.locator(".crosscheck-review").first
        dialog_accept = page.locator(".jp-Dialog .jp-mod-accept")
        deadline = time.monotonic() + 150
        while not panel.is_visible():
            if dialog_accept.count() and dialog_accept.first.is_visible():
                dialog_accept.first.click()
            if time.monotonic() > deadline:
                pytest.fail("the review panel did not appear within 150 s of Run All Cells", pytrace=False)
            page.wait_for_timeout(500)
        claim_select = panel.locator(".crosscheck-review-claim select")
        options = claim_select.locator("option").all_inner_texts()
        assert len(options) >= 2, options
        claim_id = options[1].strip()
        claim_select.select_option(label=claim_id)
        page.wait_for_timeout(500)  # the panel redraws the evidence for the new claim

        verdict_select = panel.locator(".crosscheck-review-verdict select")
        statuses = [s.strip() for s in verdict_select.locator("option").all_inner_texts()]
        status = "contested" if "contested" in statuses else statuses[-1]
        verdict_select.select_option(label=status)
        panel.locator(".crosscheck-review-analyst input").fill(ANALYST)
        panel.locator(".crosscheck-review-reason textarea").fill(REASON)
        page.wait_for_timeout(300)  # let the text widgets sync to the kernel
        panel.locator("button", has_text="Record verdict").click()

        deadline = time.monotonic() + 30
        while len(_lines(verdicts)) == len(before) and time.monotonic() < deadline:
            time.sleep(0.25)
        after = _lines(verdicts)
        assert after[: len(before)] == before
        assert len(after) == len(before) + 1, after[len(before):]
        recorded = json.loads(after[-1])
        assert recorded["claim"] == claim_id
        assert recorded["status"] == status
        assert recorded["analyst"] == ANALYST
        assert recorded["reason"] == " ".join(REASON.split())
        panel.locator(".crosscheck-review-message", has_text="Recorded").wait_for(timeout=10_000)
        assert _ledger_digest(project_copy) == ledger_before
        assert not outside, outside
    finally:
        if os.environ.get("CROSSCHECK_SCREENSHOTS"):
            page.screenshot(path=os.path.join(os.environ["CROSSCHECK_SCREENSHOTS"], "live-review.png"))
        context.close()
