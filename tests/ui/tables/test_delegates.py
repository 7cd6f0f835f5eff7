"""Cell editors: pickers for enums and references, a calendar for dates, written through the model."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyleOptionViewItem
from sqlalchemy import select

from desktop_app.model import Staff
from desktop_app.org.tables import STAFF
from tests.factories import make_org
from ui.context import AppContext
from ui.tables.table_panel import TablePanel


def editor_for(panel, key):
    index = panel.model.index(0, STAFF.index_of(key))
    delegate = panel.view.itemDelegate()
    editor = delegate.createEditor(panel.view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    return delegate, editor, index


def test_reference_enum_and_date_editors_write_values(qtbot, db):
    org = make_org(db)
    panel = TablePanel(AppContext(db), STAFF, QUndoStack())
    qtbot.addWidget(panel)

    delegate, box, index = editor_for(panel, "position_id")
    assert isinstance(box, QComboBox) and box.isEditable()
    assert box.currentData() == org.worker
    box.setCurrentIndex(box.findData(org.clerk))
    delegate.setModelData(box, panel.model, index)

    delegate, box, index = editor_for(panel, "gender")
    assert [box.itemData(i) for i in range(box.count())] == [None, "male", "female"]
    box.setCurrentIndex(box.findData("female"))
    delegate.setModelData(box, panel.model, index)

    delegate, date_edit, index = editor_for(panel, "hired_on")
    assert isinstance(date_edit, QDateEdit) and date_edit.calendarPopup()
    date_edit.setDate(QDate(2019, 7, 1))
    delegate.setModelData(date_edit, panel.model, index)

    with db.read() as s:
        staff = s.scalars(select(Staff).where(Staff.employee_no == "E00000")).one()
        assert (staff.position_id, staff.gender, staff.hired_on.isoformat()) == (org.clerk, "female", "2019-07-01")
    assert panel.undo.count() == 3
