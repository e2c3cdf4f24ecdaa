"""Regenerate the window screenshots: ``python docs/screenshots/take.py``.

Runs offscreen on the bundled example and saves one PNG per interesting page.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("POSTMORTEM_EDITOR_TESTING", "1")  # never touch the user's settings
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from widgets.application import create_application, create_window  # noqa: E402

SHOTS = {
    "main-window.png": "overview",
    "issue-summary.png": "summary",
    "timeline.png": "timeline",
    "measures.png": "measures",
    "humor.png": "humor",
}


def settle(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def main() -> None:
    os.environ.setdefault("POSTMORTEM_EDITOR_DATA_DIR", tempfile.mkdtemp(prefix="screenshots-"))
    application = create_application([])
    example = ROOT / "resources" / "examples" / "dns-outage.json"
    if not example.is_file():
        example = example.with_suffix(".md")
    window = create_window(example)
    window.resize(1360, 840)
    window.splitter.setSizes([250, 640, 470])
    window.show()
    settle(1500)  # preview render and flowchart render finish off the UI thread
    for name, key in SHOTS.items():
        window.sections.show_section(key)
        settle(900)
        if key == "humor":
            window.splitter.setSizes([230, 760, 370])
        window.grab().save(str(Path(__file__).parent / name))
    window.document.undo_stack.setClean()
    window.close()
    application.quit()


if __name__ == "__main__":
    main()
