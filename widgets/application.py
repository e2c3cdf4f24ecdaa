"""The composition root: the QApplication, the window, the file to open, recovery."""

from __future__ import annotations

import atexit
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import app
from widgets.dialogs import RestoreChoice
from widgets.file_reading import opens_at_once
from widgets.main_window import APP_NAME, MainWindow
from widgets.runner import shut_down_runners
from widgets.settings import APPLICATION, ORGANIZATION


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scale factors (125 %, 150 %) render crisply instead of being rounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough)
    application = QApplication(argv if argv is not None else sys.argv[:1])
    application.setApplicationName(APPLICATION)
    application.setOrganizationName(ORGANIZATION)
    application.setApplicationDisplayName(APP_NAME)
    application.setApplicationVersion(app.__version__)
    application.setDesktopFileName("postmortem-editor")
    from widgets.icons import app_icon

    application.setWindowIcon(app_icon())
    # Registered after PySide's own exit handler (made when QtCore was imported), so it runs before it.
    atexit.register(stop_workers_before_exit)
    return application


def stop_workers_before_exit() -> None:
    """Python is exiting without the event loop having quit (a script's end, an error before ``exec``):
    stop every window's background jobs as closing it would, before PySide destroys the application.

    A preview job still laying out text after that touches a font database that is gone, and Qt aborts
    the process ("QFontDatabase: Must construct a QGuiApplication"): seen once in about a hundred starts
    of a 10,000-event document that ended right after its first screen showed.
    """
    application = QApplication.instance()
    if application is None:
        return
    for widget in application.topLevelWidgets():
        shut_down_runners(widget)


def create_window(path: Path | None = None) -> MainWindow:
    window = MainWindow()
    if path is not None:
        if opens_at_once(Path(path)):
            window.files.open_now(Path(path), ask=False)  # in the window when it first shows
        else:
            window.files.open_path(Path(path), ask=False)  # read while the window shows, busy
    return window


def offer_recovery(window: MainWindow) -> bool:
    """Offer the copies a crashed editor left; True when one was restored into ``window``."""
    from widgets.restore import restore_into

    copies = window.recovery_store.left_behind()
    if not copies:
        return False
    from datetime import datetime

    from app.recovery_text import describe_copy

    now = datetime.now().astimezone()
    # Which file each copy belongs to and how old it is, so "restore?" can be answered knowingly.
    details = [describe_copy(copy, now) for copy in copies]
    choice = window.dialogs.ask_restore([c.display_name for c in copies], details=details)
    if choice is RestoreChoice.LATER:
        return False
    if choice is RestoreChoice.DISCARD:
        for copy in copies:
            window.recovery_store.forget(copy)
        return False
    # One window holds one document: the newest copy opens; the others stay for the next start.
    newest = copies[0]
    restore_into(window, newest)
    # The restored work is in this editor's own copy before the old one goes: if the
    # restored content brings the editor down again, it is still there next time.
    window.autosaver.write_now()
    window.recovery_store.forget(newest)
    return True


def resume_collector() -> None:
    """End of start-up: what exists now lives on, so the collector stops scanning it.

    ``gc.freeze`` moves every object made so far (modules, classes, the
    window, the open document) out of the collector's generations: each later
    full pass then skips them instead of walking a 10,000-event document again.
    Frozen objects are still freed by reference counting (a replaced document
    goes as before; the model holds no reference cycles).
    """
    gc.freeze()
    from PySide6.QtCore import QCoreApplication

    from widgets.collector import collect_on_ui_thread

    application = QCoreApplication.instance()
    if application is not None:
        collect_on_ui_thread(application)  # never on a worker's thread: see widgets/collector.py
    else:
        gc.enable()


def show_editor(path: Path | None = None) -> MainWindow:
    """``path`` in a new editor window, shown as ``postmortem-editor FILE`` shows it before its event loop.

    The start-up tests and benchmarks call this too, so that they measure the editor's own steps.
    """
    window = create_window(path)
    window.show()
    resume_collector()  # paused by app.cli.prepare_editor_start
    return window


def run_editor(path: Path | None = None) -> int:
    application = create_application()
    if path is not None and Path(path).is_dir():  # postmortem-editor DIR: the folder as a library
        from widgets.library.window import open_library

        library = open_library(Path(path), MainWindow)
        resume_collector()  # paused by app.cli.prepare_editor_start
        return application.exec() if library is not None else 1
    window = show_editor(path)
    from widgets.warm_up import start_warm_up

    QTimer.singleShot(0, start_warm_up)  # after the first paint: the pages' modules, in the background
    QTimer.singleShot(0, lambda: offer_recovery(window))
    return application.exec()
