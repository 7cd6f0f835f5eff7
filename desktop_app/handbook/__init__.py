"""The internal service handbook (内部服务手册): a print-ready A4 PDF compiled from the data, and
its published editions. ``build.build_handbook`` is the entry point."""
