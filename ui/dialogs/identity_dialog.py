"""Installation name and current operator: asked on first start, changed in Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox

from desktop_app.installation import set_identity
from ui.context import AppContext


class IdentityDialog(QDialog):
    def __init__(self, ctx: AppContext, first_start: bool, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Installation and operator"))
        ident = ctx.db.identity
        self.installation = QLineEdit(ident.installation_name, self)
        self.installation.setPlaceholderText(self.tr("e.g. 城关供电所"))
        self.operator = QLineEdit(ident.operator_name, self)
        self.unit = QLineEdit(ident.operator_unit, self)
        form = QFormLayout(self)
        if first_start:
            intro = QLabel(self.tr("Welcome. Please name this installation and say who is working with it. "
                                   "Every change is recorded with these names."), self)
            intro.setWordWrap(True)
            form.addRow(intro)
        form.addRow(self.tr("Installation name:"), self.installation)
        form.addRow(self.tr("Operator:"), self.operator)
        form.addRow(self.tr("Operator's unit:"), self.unit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if not self.installation.text().strip() or not self.operator.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Installation name and operator are required."))
            return
        set_identity(self.ctx.db, self.installation.text(), self.operator.text(), self.unit.text())
        super().accept()
