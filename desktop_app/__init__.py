"""内部客户服务体系 — the core: domain model, storage, analyses, reports, import/export.

This package never imports Qt; ``tests/desktop_app/test_layers.py`` enforces it.
"""

__version__ = "0.1.0"
APP_NAME = "internal-service"
APP_TITLE = "内部客户服务体系"
