"""JupyterLab for the live tests: a server on 127.0.0.1 over a project, and a page that runs a notebook.

The server gets a random port, a token, its own config, runtime, workspace and settings folders (so no
user's state leaks in), no news, no update check and no terminals. ``open_notebook`` starts the
notebook's kernel through the REST API (so the page joins one session instead of racing to make its own),
opens it, runs all its cells from the Run menu and waits for a panel, accepting JupyterLab's dialogs and
closing its notifications on the way.
"""
from __future__ import annotations

import contextlib
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
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT

#: Settings that keep JupyterLab quiet: no news pop-up, no update check, notifications held back.
QUIET_SETTINGS = {"@jupyterlab/apputils-extension/notification.jupyterlab-settings":
                  {"fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True}}
START_TIMEOUT = 90
PANEL_TIMEOUT = 180


def copy_project(folder: Path) -> Path:
    """A copy of the real project's notebooks, ledger and seeds in ``folder``, to change freely."""
    for name in ("notebooks", "ledger", "seeds"):
        shutil.copytree(ROOT / name, folder / name,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.lock"))
    return folder


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def jupyterlab(root: Path, scratch: Path) -> Iterator[tuple[str, str]]:
    """A JupyterLab server rooted at ``root`` (CROSSCHECK_ROOT too); yields (base URL, token); stopped after."""
    port, token = _free_port(), secrets.token_hex(16)
    home = scratch / "jupyter"
    for sub in ("config", "runtime", "workspaces", "settings"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    for name, values in QUIET_SETTINGS.items():
        (home / "settings" / name).parent.mkdir(parents=True, exist_ok=True)
        (home / "settings" / name).write_text(json.dumps(values), encoding="utf-8")
    env = dict(os.environ, CROSSCHECK_ROOT=str(root), JUPYTER_CONFIG_DIR=str(home / "config"),
               JUPYTER_RUNTIME_DIR=str(home / "runtime"), JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
               JUPYTERLAB_SETTINGS_DIR=str(home / "settings"), PYTHONHASHSEED="0")
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.open_browser=False",
           "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--allow-root",
           "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           "--ServerApp.terminals_enabled=False"]
    log_path = scratch / "jupyterlab.log"
    with open(log_path, "w", encoding="utf-8") as log:
        server = subprocess.Popen(cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_up(server, base, token, log_path)
            yield base, token
        finally:
            _stop(server)


def _wait_until_up(server, base: str, token: str, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if server.poll() is not None:
            pytest.fail(f"JupyterLab exited ({server.returncode}): "
                        + log_path.read_text(encoding="utf-8")[-2000:], pytrace=False)
        try:
            with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            pytest.fail(f"JupyterLab did not answer within {START_TIMEOUT} s", pytrace=False)
        time.sleep(0.5)


def _stop(server) -> None:
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(server.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        server.wait(timeout=10)


def api(base: str, token: str, path: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(f"{base}{path}", method="POST" if body is not None else "GET",
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read() or b"{}")


def start_session(base: str, token: str, notebook: str) -> None:
    """Start the notebook's kernel through the REST API (the server reports its state once a page connects)."""
    session = api(base, token, "/api/sessions", {"path": notebook, "name": Path(notebook).name, "type": "notebook",
                                                 "kernel": {"name": "python3"}})
    assert session["kernel"]["id"]


def new_page(browser, errors: list[str], outside: list[str]):
    """A page of a fresh browser context that records page errors and any request off this machine."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(30_000)
    context.on("request", lambda r: r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:"))
               or outside.append(r.url))
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page


def close_page(page, name: str) -> None:
    """Close the page's context, first saving a screenshot NAME.png in $CROSSCHECK_SCREENSHOTS when it is set."""
    try:
        if os.environ.get("CROSSCHECK_SCREENSHOTS"):
            page.screenshot(path=os.path.join(os.environ["CROSSCHECK_SCREENSHOTS"], f"{name}.png"), full_page=True)
    finally:
        page.context.close()


def dismiss_dialogs(page) -> None:
    """Accept a dialog JupyterLab shows (which kernel to start, ...) and close any notification toast."""
    for selector in (".jp-Dialog .jp-mod-accept", ".jp-Notification-Toast-Close, .Toastify__close-button"):
        found = page.locator(selector)
        if found.count() and found.first.is_visible():
            found.first.click()


def wait_for_notebook(page, timeout: float = START_TIMEOUT) -> None:
    """Wait for the open notebook's cells and its kernel's Idle state in the status bar."""
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell").first.wait_for(timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    idle = page.locator(".jp-StatusBar-Widget", has_text="Idle").first
    while not idle.is_visible():
        dismiss_dialogs(page)
        if time.monotonic() > deadline:
            pytest.fail(f"the notebook's kernel was not idle within {timeout:.0f} s", pytrace=False)
        page.wait_for_timeout(500)


def open_notebook(page, base: str, token: str, notebook: str) -> None:
    start_session(base, token, notebook)
    page.goto(f"{base}/lab/tree/{notebook}?token={token}", wait_until="domcontentloaded", timeout=START_TIMEOUT * 1000)
    wait_for_notebook(page)


def run_all_and_wait(page, panel_selector: str, timeout: float = PANEL_TIMEOUT):
    """Run > Run All Cells in the notebook shown; the panel's locator once it is visible."""
    dismiss_dialogs(page)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    panel = page.locator(panel_selector).first
    deadline = time.monotonic() + timeout
    while not panel.is_visible():
        dismiss_dialogs(page)
        if time.monotonic() > deadline:
            pytest.fail(f"{panel_selector} did not appear within {timeout:.0f} s of Run All Cells", pytrace=False)
        page.wait_for_timeout(500)
    return panel


def option_ending(select, ending: str) -> str:
    """The value of the option of a <select> whose value ends with ``ending`` (ipywidgets' values are labels)."""
    values = select.locator("option").evaluate_all("options => options.map(o => o.value)")
    found = [v for v in values if v.endswith(ending)]
    assert len(found) == 1, (ending, values)
    return found[0]


def wait_until(check, timeout: float, what: str, page=None) -> None:
    """Poll ``check()`` until true (closing dialogs on ``page`` meanwhile); fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} within {timeout:.0f} s", pytrace=False)
        if page is not None:
            dismiss_dialogs(page)
            page.wait_for_timeout(250)
        else:
            time.sleep(0.25)
