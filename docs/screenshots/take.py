"""Regenerate the window screenshots: ``python docs/screenshots/take.py`` (``SCREENSHOT_DIR=...`` to write elsewhere).

Runs offscreen on the bundled example and saves one PNG per interesting page,
then runs itself again with a dark palette (``--dark``) for the dark-mode
shots: a palette must be in place before the window is built, as it is when a
desktop is in dark mode.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("POSTMORTEM_EDITOR_TESTING", "1")  # never touch the user's settings
ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# SCREENSHOT_DIR=/tmp/shots writes somewhere else, to look before replacing the committed ones.
OUT = Path(os.environ.get("SCREENSHOT_DIR") or HERE)
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402

from widgets.application import create_application, create_window  # noqa: E402

# name: (section, window size, splitter sizes)
LIGHT_SHOTS = {
    "main-window.png": ("overview", (1360, 840), [250, 640, 470]),
    "overview-small.png": ("overview", (1024, 700), [230, 500, 294]),
    "issue-summary.png": ("summary", (1360, 840), [250, 640, 470]),
    "timeline.png": ("timeline", (1360, 840), [250, 640, 470]),
    "measures.png": ("measures", (1360, 840), [250, 640, 470]),
    "humor.png": ("humor", (1360, 840), [230, 760, 370]),
}
DARK_SHOTS = {
    "dark-mode.png": ("overview", (1360, 840), [250, 640, 470]),
    "dark-timeline.png": ("timeline", (1360, 840), [250, 640, 470]),
}


def dark_palette() -> QPalette:
    """A dark palette as a desktop in dark mode hands it over: with its own Disabled group.

    Setting a colour without a group sets it for every group, so disabled
    text and icons would look exactly like enabled ones.
    """
    roles = QPalette.ColorRole
    palette = QPalette()
    colors = {
        roles.Window: "#2b2d31",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#1f2023",
        roles.AlternateBase: "#2f3136",
        roles.ToolTipBase: "#2f3136",
        roles.ToolTipText: "#e6e6e6",
        roles.PlaceholderText: "#8a8d93",
        roles.Text: "#e6e6e6",
        roles.Button: "#34363b",
        roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ff6b6b",
        roles.Light: "#45474d",
        roles.Midlight: "#3a3c41",
        roles.Mid: "#26282c",
        roles.Dark: "#18191b",
        roles.Shadow: "#000000",
        roles.Highlight: "#3d7cc9",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#7ab4ff",
        roles.LinkVisited: "#b28cff",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#6f7278"))
    palette.setColor(disabled, roles.Highlight, QColor("#4a4c52"))
    palette.setColor(disabled, roles.HighlightedText, QColor("#9a9da3"))
    palette.setColor(disabled, roles.Base, QColor("#26282b"))
    palette.setColor(disabled, roles.Button, QColor("#2f3135"))
    return palette


def settle(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def take(shots: dict[str, tuple[str, tuple[int, int], list[int]]], dark: bool) -> None:
    os.environ.setdefault("POSTMORTEM_EDITOR_DATA_DIR", tempfile.mkdtemp(prefix="screenshots-"))
    application = create_application([])
    if dark:
        application.setStyle("Fusion")
        application.setPalette(dark_palette())
    example = ROOT / "resources" / "examples" / "dns-outage.json"
    if not example.is_file():
        example = example.with_suffix(".md")
    window = create_window(example)
    window.resize(1360, 840)
    window.show()
    settle(1500)  # preview render and flowchart render finish off the UI thread
    for name, (key, size, splitter) in shots.items():
        window.resize(*size)
        window.splitter.setSizes(splitter)
        window.sections.show_section(key)
        settle(900)
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / name))
        print(f"wrote {OUT / name}")
    window.document.undo_stack.setClean()
    window.close()
    application.quit()


def main() -> None:
    if "--dark" in sys.argv:
        take(DARK_SHOTS, dark=True)
        return
    take(LIGHT_SHOTS, dark=False)
    subprocess.run([sys.executable, __file__, "--dark"], check=True)


if __name__ == "__main__":
    main()
