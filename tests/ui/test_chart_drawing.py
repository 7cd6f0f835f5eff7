"""Drawing a pyqtgraph chart offscreen. PySide6 6.12.0 on Python 3.11 aborted the interpreter
here ("none_dealloc"); an upgrade that brings that back fails this test (the whole run dies)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor


def test_plot_renders_bars_and_lines(qtbot):
    widget = pg.PlotWidget(background="w")
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.addItem(pg.BarGraphItem(x=np.arange(5), height=[3, 1, 4, 1, 5], width=0.6, brush="#1f77b4"))
    widget.plot(np.arange(5), [2, 3, 2, 4, 3], pen=pg.mkPen("#d62728", width=2))
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert QColor("#1f77b4").name() in colours
