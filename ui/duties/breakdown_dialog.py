"""分解到岗位: choosing the posts of a unit that take on a work item the unit holds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout,
)

from desktop_app.duties.matrix import MatrixColumn
from desktop_app.duties.vocabulary import ROLE_LABELS
from ui.context import tr_core


class BreakdownDialog(QDialog):
    """Lists ``posts`` (the unit's and its sub-units') with checkboxes and their current role
    on the item (``current``: post id -> role); ``chosen()`` gives the checked posts and role."""

    def __init__(self, item_label: str, unit_name: str, unit_role: str, posts: Sequence[MatrixColumn],
                 current: Mapping[str, str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Break down to posts"))
        self.resize(460, 420)
        intro = QLabel(self.tr("%1 holds “%2” (%3). Choose the posts that take it on:")
                       .replace("%1", unit_name).replace("%2", item_label)
                       .replace("%3", tr_core(ROLE_LABELS[unit_role])), self)
        intro.setWordWrap(True)
        self.posts = QListWidget(self)
        for post in posts:
            text = post.name if post.unit_name == unit_name else f"{post.name} — {post.unit_name}"
            if post.vacant:
                text += "  " + self.tr("(vacant)")
            if post.id in current:
                text += "  · " + self.tr("now: %1").replace("%1", tr_core(ROLE_LABELS[current[post.id]]))
            item = QListWidgetItem(text, self.posts)
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.role = QComboBox(self)
        for role, label in ROLE_LABELS.items():
            self.role.addItem(f"{role}  {tr_core(label)}", role)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.posts.itemChanged.connect(lambda _i: self._update())
        form = QFormLayout()
        form.addRow(self.tr("Role of the posts:"), self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.posts, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.checked()))

    def checked(self) -> list[str]:
        return [self.posts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.posts.count())
                if self.posts.item(i).checkState() == Qt.CheckState.Checked]

    def check(self, post_ids: Sequence[str], role: str = "R") -> None:
        """Checks ``post_ids`` and picks ``role``, as a user would (tests)."""
        for i in range(self.posts.count()):
            item = self.posts.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in post_ids:
                item.setCheckState(Qt.CheckState.Checked)
        self.role.setCurrentIndex(self.role.findData(role))

    def chosen(self) -> tuple[list[str], str]:
        return self.checked(), self.role.currentData()
