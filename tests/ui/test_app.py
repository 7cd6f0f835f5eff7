"""The application object's identity: its window icon (from resources/, in source and in the
build) and the desktop entry name that links its windows to packaging/linux's .desktop file.
(``make_application`` itself also installs the saved language and font for the whole process,
which other tests must not inherit, so only ``identify`` is called here.)"""

from __future__ import annotations

from ui.app import identify


def test_the_application_carries_its_icon_and_desktop_entry_name(qapp):
    identify(qapp)
    assert qapp.desktopFileName() == "internal-service"
    assert qapp.applicationName() == "internal-service"
    assert not qapp.windowIcon().isNull()
