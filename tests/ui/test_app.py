"""The application object: its window icon (from resources/, in source and in the build) and
the desktop entry name that links its windows to packaging/linux's .desktop file."""

from __future__ import annotations

from ui.app import make_application


def test_the_application_carries_its_icon_and_desktop_entry_name(qapp):
    app = make_application([])
    assert app.desktopFileName() == "internal-service"
    assert not app.windowIcon().isNull()
