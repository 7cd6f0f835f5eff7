"""The small test organisation (tests.factories.make_org) for rotation and stationing.

Tree: 测试公司 C → 生产条线 L → 城关供电所 S → 运维班 T, and 运检部 D under C. Posts: 所长 (S,
management), 运维岗 (T, production; 员工0…员工4 hold it), 专责 (D, general).
"""

from __future__ import annotations

import pytest

from tests.factories import make_org


@pytest.fixture
def org(db):
    return make_org(db)
