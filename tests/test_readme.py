"""The README's settings table and Quick start are what the code does."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from reconcile.config import MatchSettings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_match_setting_is_documented_with_its_default():
    documented = dict(re.findall(r"^\| `(\w+)` \| ([\d.]+) \|", README, flags=re.M))
    defaults = {f.name: f.default for f in dataclasses.fields(MatchSettings)}
    assert set(documented) == set(defaults)
    for name, value in defaults.items():
        assert float(documented[name]) == float(value), name


def test_quick_start_is_two_make_targets_that_exist():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^(make \w+)", quick, flags=re.M)
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
