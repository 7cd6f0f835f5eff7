"""The small test organisation (tests.factories.make_org) for the handbook, and that
organisation with something to print in every chapter (``helpers.fill``).

Tree: 测试公司 C → 生产条线 L → 城关供电所 S → 运维班 T, and 运检部 D under C. Posts: 所长 (S),
运维岗 (T; 员工0…员工4 hold it), 专责 (D).
"""

from __future__ import annotations

import pytest

from tests.desktop_app.handbook.helpers import fill
from tests.factories import make_org


@pytest.fixture
def org(db):
    return make_org(db)


@pytest.fixture
def filled(db, org):
    return fill(db, org)
