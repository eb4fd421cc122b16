"""The test suite on the oldest and the newest dependencies pyproject.toml allows.

    python -m pip install nox
    nox -s lowest     # every runtime dependency at exactly its lower bound
    nox -s newest     # today's resolution (what CI and a fresh install get)

Run both by hand when a pin changes and before each release; CI runs today's resolution only.
Each session installs the package itself, not in editable mode, and runs pytest as a command
(not ``python -m pytest``), so the tests import the installed package: a file missing from the
wheel (package data) fails here as it would for a user.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["lowest", "newest"]
ROOT = Path(__file__).parent
_LOWER = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*>=\s*([0-9][^,;\s]*)")


#: Lint tools of the test extra, not needed to run the suite (their own pins would move the
#: lowest versions of what they share with the tool).
LINTERS = ("ruff", "import-linter")


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_tools() -> list[str]:
    """The test extra without the linters."""
    return [d for d in _project()["optional-dependencies"]["test"]
            if re.split(r"[<>=!~ ]", d, maxsplit=1)[0] not in LINTERS]


def lowest_constraints() -> list[str]:
    """`name==lower` for every runtime dependency, read from pyproject so it cannot drift."""
    out = []
    for dep in _project()["dependencies"]:
        m = _LOWER.match(dep)
        if not m:
            raise ValueError(f"pyproject.toml: '{dep}' has no lower bound (>=): give it one.")
        out.append(f"{m[1]}=={m[2]}")
    return out


@nox.session
def lowest(session: nox.Session) -> None:
    """The suite with every runtime dependency at its lower bound (test tools at their newest)."""
    constraints = Path(session.create_tmp()) / "lowest.txt"
    constraints.write_text("\n".join(lowest_constraints()) + "\n", encoding="utf-8")
    session.install("-c", str(constraints), ".", *test_tools())
    session.run("python", "-m", "pip", "freeze", silent=False)
    session.run("pytest", "-q", "-p", "no:cacheprovider", *session.posargs)


@nox.session
def newest(session: nox.Session) -> None:
    """The suite with today's resolution, as a fresh install gets it."""
    session.install("--upgrade", ".[test]")
    session.run("python", "-m", "pip", "freeze", silent=False)
    session.run("pytest", "-q", "-p", "no:cacheprovider", *session.posargs)
