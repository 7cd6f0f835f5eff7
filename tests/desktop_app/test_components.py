"""Every runtime dependency the project declares is listed, with its licence, among the
components About shows."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from desktop_app.components import COMPONENTS

ROOT = Path(__file__).resolve().parents[2]
PART_OF = {"pyside6-addons": "pyside6-essentials"}  # the rest of Qt: one row covers both


def test_every_dependency_is_a_listed_component():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[\s;<>=!~\[]", d, maxsplit=1)[0].lower() for d in declared}
    listed = {c.distribution.lower() for c in COMPONENTS if c.distribution}
    missing = {PART_OF.get(n, n) for n in names} - listed
    assert not missing, f"add to desktop_app/components.py: {sorted(missing)}"
    assert all(c.licence for c in COMPONENTS)
