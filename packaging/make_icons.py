"""Renders the app's icon from ``resources/icons/internal-service.svg``: the 256 px PNG (the Linux
desktop entry, the window icon) and the multi-size Windows ``.ico`` (the executable, the installer).

Run by hand after changing the SVG (``.venv/bin/python packaging/make_icons.py``); the outputs are
committed, so a build needs neither Qt's SVG renderer nor Pillow to run this.
"""

from __future__ import annotations

import io
import os
import sys
from functools import cache
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "internal-service.svg"
PNG = ICONS / "internal-service.png"
ICO = ICONS / "internal-service.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache
def _application():
    """Qt's painting needs a QGuiApplication; the cache keeps it alive."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image

    PNG.write_bytes(render_png(256))
    # each size rendered from the vector, not scaled down from 256 px: small sizes stay sharp
    images = [Image.open(io.BytesIO(render_png(s))) for s in ICO_SIZES]
    images[-1].save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    for path in (PNG, ICO):
        print(f"{path.relative_to(ICONS.parents[1])}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
