"""Fixtures for storage tests: a migrations folder with one revision beyond this app's head."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest

import desktop_app.storage.migrate as migrate

NEXT_ID = "next0001"  # never one of the app's own revision ids

# Rebuilds ``unit`` (batch mode, recreate="always") while positions refer to it: the kind of
# migration SQLite only allows with foreign keys off.
NEXT_REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = "{revision}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("unit", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("extra", sa.String(10), nullable=True))
{body}

def downgrade() -> None:
    with op.batch_alter_table("unit", recreate="always") as batch_op:
        batch_op.drop_column("extra")
'''


@pytest.fixture
def next_migrations(tmp_path, monkeypatch) -> Callable[..., str]:
    """Points the app at a copy of its migrations plus one more revision; returns its id.

    Call with ``body="    raise RuntimeError(...)"`` for a migration that fails half-way.
    """

    def make(body: str = "") -> str:
        folder = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
        heads = migrate.state_of(()).head
        assert len(heads) == 1
        text = NEXT_REVISION.format(revision=NEXT_ID, head=heads[0], body=body)
        (folder / "versions" / f"{NEXT_ID}_next.py").write_text(text)
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        monkeypatch.setattr(migrate, "HEAD", NEXT_ID)  # as the new release would declare it
        return NEXT_ID

    return make

