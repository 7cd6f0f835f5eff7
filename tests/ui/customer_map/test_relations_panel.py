"""The relations table beside the map: filtered as the map, one table per level, relations
selected by id even beyond the rows loaded so far."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

import ui.tables.query_table_model as query_table_model
from desktop_app.customer_map.graph import MapFilter
from desktop_app.customer_map.tables import RELATIONS_UNIT
from tests.desktop_app.customer_map.helpers import add_relation
from ui.customer_map.relations_panel import RelationsPanel


def make_panel(qtbot, ctx):
    panel = RelationsPanel(ctx, QUndoStack())
    qtbot.addWidget(panel)
    return panel


def test_the_unit_filter_keeps_its_customers_and_providers(qtbot, ctx, db, org):
    add_relation(db, "unit", org.dept, org.station, "培训")
    add_relation(db, "unit", org.station, org.dept, "报表")
    add_relation(db, "unit", org.dept, org.line, "计划")
    panel = make_panel(qtbot, ctx)
    assert panel.current.model.rowCount() == 3
    panel.set_filter(MapFilter(unit_id=org.station))
    assert panel.current.model.rowCount() == 2


def test_a_new_relation_starts_from_the_unit_shown(qtbot, ctx, db, org):
    panel = make_panel(qtbot, ctx)
    panel.set_filter(MapFilter(unit_id=org.station))
    new_id = panel.current.add_row()
    row = panel.current.model.row_at(panel.current.model.row_of(new_id))
    assert row.values[RELATIONS_UNIT.index_of("provider_unit_id")] == org.station
    assert row.values[RELATIONS_UNIT.index_of("customer_unit_id")] is None


def test_the_post_level_has_its_own_table(qtbot, ctx, db, org):
    add_relation(db, "position", org.head, org.worker, "排班")
    panel = make_panel(qtbot, ctx)
    panel.set_filter(MapFilter(level="position"))
    assert panel.current is panel.tables["position"]
    assert panel.stack.currentWidget() is panel.tables["position"]
    assert panel.current.model.rowCount() == 1
    panel.set_filter(MapFilter(level="position", unit_id=org.dept))
    assert panel.current.model.rowCount() == 0


def test_selecting_relations_reads_further_batches_and_clears_a_hiding_search(qtbot, ctx, db, org, monkeypatch):
    monkeypatch.setattr(query_table_model, "BATCH_SIZE", 2)
    ids = [add_relation(db, "unit", org.dept, org.station, f"事项{i}") for i in range(7)]
    panel = make_panel(qtbot, ctx)
    assert panel.current.model.rowCount() == 2
    assert panel.select_relations([ids[6], ids[5]]) == 2
    selected = set(panel.selected_relation_ids())
    assert selected == {ids[5], ids[6]}
    panel.current.search.setText("事项0")
    panel.current.apply_search()
    assert panel.current.model.rowCount() == 1
    assert panel.select_relations([ids[3]]) == 1
    assert panel.current.search.text() == ""
    assert panel.selected_relation_ids() == [ids[3]]
