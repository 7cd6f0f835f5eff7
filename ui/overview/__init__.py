"""The overview page's charts (pyqtgraph): one card per chart of ``desktop_app.overview``."""
