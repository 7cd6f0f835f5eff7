"""The small test organisation (tests.factories.make_org) for the overview charts.

Tree: 测试公司 C → 生产条线 L → 城关供电所 S → 运维班 T, and 运检部 D under C. Posts: 所长 (S,
vacant), 运维岗 (T; 员工0…员工4 hold it), 专责 (D, vacant).
"""

from __future__ import annotations

import pytest

from tests.factories import make_org


@pytest.fixture
def org(db):
    return make_org(db)
