"""The Help menu's pages: the keyboard shortcuts, read from the actions themselves, and the user guide.

The shortcut list is built from the live actions each time it opens (the window's menus
and every section page's own keys), so it can never drift from what the keys do.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget


class HelpHost(Protocol):
    """What the help pages read of the window: its sections' pages, and a way to show a page."""

    def section_titles(self) -> list[tuple[str, str]]: ...

    def page(self, key: str) -> QWidget: ...

    def show_help_page(self, title: str, html: str) -> None: ...


def _clean(text: str) -> str:
    return text.split("\t", 1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


# Keys of their own on some keyboards (a "Redo" key): the list names what people press on any keyboard.
_DEDICATED_KEYS = {
    Qt.Key.Key_Redo,
    Qt.Key.Key_Undo,
    Qt.Key.Key_Copy,
    Qt.Key.Key_Cut,
    Qt.Key.Key_Paste,
    Qt.Key.Key_Open,
    Qt.Key.Key_Save,
    Qt.Key.Key_Close,
    Qt.Key.Key_Find,
    Qt.Key.Key_New,
    Qt.Key.Key_Help,
}


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    shown = [
        key.toString(native) for key in action.shortcuts() if not key.isEmpty() and key[0].key() not in _DEDICATED_KEYS
    ]
    return " or ".join(shown)


def menu_shortcuts(menu: QMenu, prefix: str = "") -> list[tuple[str, str]]:
    """(what, keys) for every action with a key in ``menu`` and its submenus, in menu order."""
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        if action.menu() is not None:
            rows.extend(menu_shortcuts(action.menu(), f"{prefix}{_clean(action.text())} › "))
        elif action.text() and (keys := _keys(action)):
            rows.append((prefix + _clean(action.text()), keys))
    return rows


def page_shortcuts(page: QWidget) -> list[tuple[str, str]]:
    """(what, keys) of the actions a section page binds to its own lists and fields."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in page.findChildren(QAction):
        row = (_clean(action.text()), _keys(action))
        if row[0] and row[1] and row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


def shortcut_groups(window: QMainWindow, host: HelpHost) -> list[tuple[str, list[tuple[str, str]]]]:
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for top in window.menuBar().actions():
        if top.menu() is not None and (rows := menu_shortcuts(top.menu())):
            groups.append((_clean(top.text()) + " menu", rows))
    for key, title in host.section_titles():
        if rows := page_shortcuts(host.page(key)):
            groups.append((title, rows))
    return groups


def shortcuts_html(window: QMainWindow, host: HelpHost) -> str:
    import html  # here, not at start-up: the window shows without html's table of entities

    parts = ["<h2>Keyboard Shortcuts</h2>"]
    for title, rows in shortcut_groups(window, host):
        parts.append(f"<h3>{html.escape(title)}</h3><table cellspacing='0' cellpadding='3'>")
        for what, keys in rows:
            parts.append(f"<tr><td width='70%'>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>")
        parts.append("</table>")
    return "".join(parts)


def guide_html() -> str:
    """The user guide, written in Markdown beside the app's other resources."""
    from importlib import resources

    import markdown

    text = resources.files("resources").joinpath("help", "user-guide.md").read_text(encoding="utf-8")
    return markdown.markdown(text, extensions=["tables"])


def install_help(window: QMainWindow, host: HelpHost, menu: QMenu) -> tuple[QAction, QAction]:
    guide = QAction("&User Guide", window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda _checked=False: host.show_help_page("User Guide", guide_html()))
    keys = QAction("&Keyboard Shortcuts", window)
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.triggered.connect(
        lambda _checked=False: host.show_help_page("Keyboard Shortcuts", shortcuts_html(window, host))
    )
    window.addAction(guide)
    window.addAction(keys)
    menu.addActions([guide, keys])
    menu.addSeparator()
    return guide, keys
