"""Replaces PyInstaller's own hook for PySide6.QtGui (a hook in the spec's ``hookspath`` wins):
the same collection, less the Qt plugins the app never loads (``bundle.keep_qt_plugin``).

Filtering here, not in the spec, matters: PyInstaller analyses the libraries of every plugin a
hook returns, so a plugin dropped after the analysis would leave its libraries behind (the GTK
theme's GTK, cairo and pango; the virtual keyboard's QtQuick and QtQml).
"""

import bundle  # packaging/, put on sys.path by internal-service.spec
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if bundle.keep_qt_plugin(source, dest)]
