"""names sort by pinyin: unit, position and staff get name_key

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 08:20:00
"""
from alembic import op
import sqlalchemy as sa

from desktop_app.text_order import pinyin_key

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ("unit", "position", "staff")


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        # a default for the rows already there (adding a NOT NULL column needs one); the app
        # always writes the key itself
        op.add_column(table, sa.Column("name_key", sa.String(length=400), nullable=False, server_default=""))
        rows = bind.execute(sa.text(f"SELECT id, name FROM {table}")).all()
        if rows:
            person = table == "staff"  # surnames read as surnames
            bind.execute(sa.text(f"UPDATE {table} SET name_key = :key WHERE id = :id"),
                         [{"key": pinyin_key(name, person), "id": row_id} for row_id, name in rows])
        op.create_index(f"ix_{table}_name_key", table, ["name_key"], unique=False)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_name_key")
            batch_op.drop_column("name_key")
