"""The main window: module navigation, pages, menus, status bar; remembers its geometry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from desktop_app import __version__
from desktop_app.settings import LAST_PAGE
from ui import settings_store
from ui.context import AppContext
from ui.file_actions import FileActions
from ui.navigation import MODULES
from ui.pages.deferred import deferred
from ui.pages.org_page import OrgPage
from ui.pages.page import Page
from ui.pages.placeholder_page import PlaceholderPage

BUILT_PAGES = {
    "overview": deferred("ui.pages.overview_page", "OverviewPage"),
    "org": OrgPage,
    "duties": deferred("ui.pages.duties_page", "DutiesPage"),
    "customer_map": deferred("ui.pages.customer_map_page", "CustomerMapPage"),
    "rotation": deferred("ui.pages.rotation_page", "RotationPage"),
    "meeting": deferred("ui.pages.meeting_page", "MeetingPage"),
    "handbook": deferred("ui.pages.handbook_page", "HandbookPage"),
    "history": deferred("ui.pages.history_page", "HistoryPage"),
}


def nav_tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.undo_group = QUndoGroup(self)
        self.nav = QListWidget(self)
        self.stack = QStackedWidget(self)
        # pages are built when first shown: start-up builds only the one the user sees
        self.pages: dict[str, Page] = {}
        for module in MODULES:
            self.stack.addWidget(QWidget(self.stack))
            self.nav.addItem(nav_tr(module.title))
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 28)
        self.nav.setSpacing(2)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.files = FileActions(self)
        self._build_menus()
        self.identity_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.identity_label)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.database_replaced.connect(self.update_identity)
        self.update_identity()
        self._restore_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.files.populate(file_menu)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        settings = self.menuBar().addMenu(self.tr("&Settings"))
        self.files.populate_settings(settings)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About"), self)
        about.triggered.connect(self.files.about)
        help_menu.addAction(about)

    def _page_at(self, row: int) -> Page:
        module = MODULES[row]
        page = self.pages.get(module.key)
        if page is None:
            cls = BUILT_PAGES.get(module.key)
            page = cls(self.ctx, self) if cls else PlaceholderPage(
                self.ctx, module.key, nav_tr(module.title), nav_tr(module.purpose), self)
            self.pages[module.key] = page
            self.undo_group.addStack(page.undo_stack)
            page.navigate_requested.connect(self._navigate)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return page

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self._page_at(row)
        self.stack.setCurrentWidget(page)
        self.undo_group.setActiveStack(page.undo_stack)
        settings_store.save(LAST_PAGE, MODULES[row].key)

    def show_page(self, key: str) -> Page:
        keys = [m.key for m in MODULES]
        self.nav.setCurrentRow(keys.index(key))
        return self._page_at(keys.index(key))

    def _navigate(self, key: str, target) -> None:
        self.show_page(key).reveal(target)

    def update_identity(self) -> None:
        ident = self.ctx.db.reload_identity()
        self.identity_label.setText(
            self.tr("Installation: %1 · Operator: %2 (%3) · %4")
            .replace("%1", ident.installation_name or "—").replace("%2", ident.operator_name or "—")
            .replace("%3", ident.operator_unit or "—").replace("%4", self.ctx.db.path.name)
        )
        title = self.tr("Internal Customer Service System")
        self.setWindowTitle(f"{title} {__version__} — {self.ctx.db.path.name}")

    def _restore_state(self) -> None:
        geometry = QSettings().value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = settings_store.load(LAST_PAGE)
        keys = [m.key for m in MODULES]
        self.nav.setCurrentRow(keys.index(last) if last in keys else keys.index("org"))

    def closeEvent(self, event) -> None:
        QSettings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)
