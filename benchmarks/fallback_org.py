"""Plain organisation rows for when the demo generator can't build: units, positions and
600 × ``scale`` staff shaped like ``desktop_app.model.org``, written with Core inserts.

Only the columns the staff table shows need to look real: names drawn from common surnames (so
a search for 王 finds about one row in fifteen, as in the demo), positions in a unit tree.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import insert

from desktop_app.model import Installation, Position, Staff, Unit
from desktop_app.model.org import name_key_of
from desktop_app.storage.database import Database

STAMP = datetime(2026, 1, 1, tzinfo=timezone.utc)
STAFF_PER_SCALE = 600
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余"
_WEIGHTS = [7.1, 7.0, 6.7, 5.4, 5.3, 4.6, 2.4, 2.3, 2.0, 1.7] + [1.0] * (len(_SURNAMES) - 10)
_GIVEN = "建国志文伟海俊晓明永立振金成家德宏庆新天丽秀美春雪玉佳静雅思梦欣红慧芳娜敏艳娟霞燕玲婷"
_POSTS = ("所长", "副所长", "运维岗", "营销岗", "抄表岗", "安全员", "综合岗")


def build(db: Database, scale: int, seed: int = 2014) -> int:
    """Fills the empty ``db``; returns the number of staff written."""
    rng = random.Random(seed)

    def record() -> dict:
        return {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "created_at": STAMP,
                "updated_at": STAMP, "updated_by": "benchmark", "version": 1, "deleted_at": None}

    units = [{**record(), "code": "U0001", "name": "青溪县供电公司", "kind": "company", "parent_id": None}]
    for d in range(12):
        units.append({**record(), "code": f"U{len(units) + 1:04d}", "name": f"第{d + 1}部门",
                      "kind": "department", "parent_id": units[0]["id"]})
    for s in range(76):
        units.append({**record(), "code": f"U{len(units) + 1:04d}", "name": f"第{s + 1}供电所",
                      "kind": "station", "parent_id": units[1 + s % 12]["id"]})
    for i, u in enumerate(units):
        u.update(sort_order=i, active=True, notes="")
    positions = []
    for n in range(245):
        positions.append({**record(), "unit_id": units[n % len(units)]["id"], "code": f"P{n + 1:04d}",
                          "name": _POSTS[n % len(_POSTS)], "category": "production", "quota": 1, "notes": ""})
    staff = []
    for n in range(STAFF_PER_SCALE * scale):
        gender = rng.choice(("male", "female"))
        name = rng.choices(_SURNAMES, _WEIGHTS)[0] + "".join(rng.choices(_GIVEN, k=rng.choice((1, 2, 2, 2))))
        staff.append({**record(), "employee_no": f"E{n + 1:06d}", "name": name, "gender": gender,
                      "phone": f"139{rng.randrange(10**8):08d}", "position_id": rng.choice(positions)["id"],
                      "is_cadre": rng.random() < 0.05, "hired_on": date(1985, 1, 1) + timedelta(days=rng.randrange(14000)),
                      "notes": ""})
    with db.engine.begin() as conn:
        conn.execute(insert(Installation.__table__), [{"id": record()["id"], "name": "公司本部",
                     "operator_name": "管理员", "operator_unit": "办公室", "created_at": STAMP}])
        # Core inserts: the names' sort keys as the ORM would set them (desktop_app.model.org)
        for model, rows in ((Unit, units), (Position, positions), (Staff, staff)):
            conn.execute(insert(model.__table__), [{**r, "name_key": name_key_of(model, r["name"])} for r in rows])
    db.reload_identity()
    return len(staff)
