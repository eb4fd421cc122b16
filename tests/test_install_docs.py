"""The README's Install section is there before the quick start, and CI checks what it installs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_install_comes_before_the_quick_start_and_needs_no_make():
    assert README.index("## Install") < README.index("## Quick start")
    install = README.split("## Install", 1)[1].split("## Quick start", 1)[0]
    for needed in ("py -m pip install --user", "pipx install", "py -m reconcile demo",
                   "--proxy", "PIP_PROXY", "older than 3.11", "RECONCILE_PASSWORD",
                   "python3 -m reconcile demo"):
        assert needed in install, needed
    assert "make" not in re.sub(r"`[^`]*`", "", install).split()   # no make step for users


def test_ci_installs_the_wheel_in_a_fresh_venv_and_runs_the_demo():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make wheel-check" in ci and "make test" in ci
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = makefile.split("\nwheel-check:", 1)[1].split("\n\n", 1)[0]
    assert "-m build" in target and "-m venv" in target and "dist/*.whl" in target
    assert "-m reconcile demo" in target
