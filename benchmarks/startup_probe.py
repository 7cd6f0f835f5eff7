"""Run as a child process: starts the app the way ``python main.py --db PATH`` does and prints
``first-paint <time.perf_counter()>`` at the main window's first Paint event, then quits.

perf_counter is a system-wide monotonic clock (CLOCK_MONOTONIC on Linux), so the parent can
subtract the value it read just before spawning this process.
"""

import sys
import time


def main() -> None:
    # the app's own import order: main.py imports the launcher (and the core) before Qt
    from ui.launcher import main as launch
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    # created before the launcher, which reuses it, so the filter sees the first paint
    app = QApplication(["internal-service"])

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
                print(f"first-paint {time.perf_counter():.6f}", flush=True)
                app.removeEventFilter(self)
                QApplication.exit(0)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    sys.argv = ["main.py", "--db", sys.argv[1]]
    launch()


if __name__ == "__main__":
    main()
