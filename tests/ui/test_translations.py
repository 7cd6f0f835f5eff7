"""The Chinese catalogue is complete: every string in the sources has a finished translation
that keeps its placeholders, and the compiled catalogue translates the running interface."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from desktop_app.i18n import TRANSLATIONS_DIR, translator
from ui.app import install_translations
from ui.i18n import build

PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


def test_every_source_string_has_a_finished_chinese_translation(tmp_path):
    ts = tmp_path / "app_zh_CN.ts"
    shutil.copy(TRANSLATIONS_DIR / "app_zh_CN.ts", ts)
    build.update(ts)  # adds any string the sources have and the catalogue lacks, as unfinished
    problems = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            text = (tr.text or "").strip() or "".join(n.text or "" for n in tr.findall("numerusform"))
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
                problems.append(f"{name}: {source!r} is not translated")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{name}: {source!r} -> {text!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def test_compiled_catalogue_translates_the_interface(qapp):
    build.release()
    try:
        assert install_translations(qapp, "zh_CN")
        assert QCoreApplication.translate("Navigation", "Organisation & staff") == "组织与人员"
        assert QCoreApplication.translate("Core", "Supply station") == "供电所"
    finally:
        install_translations(qapp, "en")
    assert QCoreApplication.translate("Navigation", "Organisation & staff") == "Organisation & staff"


def test_core_reads_the_same_catalogue_without_qt():
    t = translator("zh_CN")
    assert t("{column} is required.").format(column=t("Name")) == "名称不能为空。"


def test_subclassed_panels_find_their_translations(qapp, db):
    """PySide's self.tr() uses the runtime class name; panels must still find TablePanel's strings."""
    from PySide6.QtGui import QUndoStack

    from desktop_app.org.tables import UNITS
    from ui.context import AppContext
    from ui.tables.table_panel import TablePanel

    class Scoped(TablePanel):
        pass

    build.release()
    try:
        install_translations(qapp, "zh_CN")
        panel = Scoped(AppContext(db), UNITS, QUndoStack())
        assert panel.count_label.text() == "0 行"
        assert panel.add_action.text() == "新增"
    finally:
        install_translations(qapp, "en")
