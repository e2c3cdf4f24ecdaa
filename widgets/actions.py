"""The window's actions, menus and toolbar, with the platform's standard shortcuts.

Actions see the window only through ``ActionHost``: the file controller, the
undo stack and a few small methods (the main window is the one host). Nothing
here holds state of its own, and nothing imports the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from widgets.edit_actions import FieldEditActions
from widgets.file_controller import FileController
from widgets.help_pages import install_help
from widgets.icons import icon
from widgets.safe_text import plain_tooltip
from widgets.spelling_menu import install_spelling_menu

StandardKey = QKeySequence.StandardKey


class ActionHost(Protocol):
    """All the window's actions may touch of it."""

    @property
    def files(self) -> FileController: ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    def section_titles(self) -> list[tuple[str, str]]:
        """(key, title) of every section, in the section list's order."""
        ...

    def go_to_section(self, key: str) -> None: ...

    def find_event(self) -> None: ...

    def repair_text_encoding(self) -> None: ...

    def give_times_a_day(self) -> None: ...

    def update_give_times_a_day(self) -> None:
        """Enable Give Times a Day… by the document (asked as the Edit menu opens)."""
        ...

    def set_preview_visible(self, visible: bool) -> None: ...

    def show_about(self) -> None: ...

    def page(self, key: str) -> QWidget:
        """A section's page, built on demand (the shortcut list reads its keys)."""
        ...

    def show_help_page(self, title: str, html: str) -> None: ...

    def print_document(self) -> None: ...

    def export_pdf(self) -> None: ...

    def chart_export_actions(self) -> list[QAction]:
        """The flowchart's exports; built on the first call, so startup does not pay for them."""
        ...

    def close(self) -> bool: ...


@dataclass
class WindowActions:
    new: QAction
    new_from_template: QAction
    open: QAction
    save: QAction
    save_as: QAction
    export_markdown: QAction
    export_html: QAction
    export_pdf: QAction
    print: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find_event: QAction
    repair_encoding: QAction  # enabled by the window while some text looks mis-decoded
    give_times_a_day: QAction  # enabled as the Edit menu opens, while undated events start with a clock
    toggle_preview: QAction
    about: QAction
    recent_menu: QMenu
    export_menu: QMenu
    field_edits: FieldEditActions  # Cut, Copy, Paste, Delete, Select All on the focused field


def _action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | StandardKey | None = None,
    icon_name: str | None = None,
    tip: str | None = None,
) -> QAction:
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
    if icon_name:
        action.setIcon(icon(icon_name))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, and Ctrl+Y beside Ctrl+Shift+Z where the platform names only one."""
    keys = QKeySequence.keyBindings(StandardKey.Redo)
    if QKeySequence("Ctrl+Y") not in keys and QKeySequence("Ctrl+Shift+Z") in keys:
        keys.append(QKeySequence("Ctrl+Y"))
    return keys


def build_actions(host: ActionHost, window: QWidget) -> WindowActions:
    """The actions of ``host``, owned by ``window`` (whose shortcuts they are)."""
    files = host.files
    stack = host.undo_stack

    undo = stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence(StandardKey.Undo))
    undo.setIcon(icon("edit-undo"))
    undo.setIconText("Undo")  # The menu names the step ("Undo Edit title"); the toolbar stays short.
    redo = stack.createRedoAction(window, "&Redo")
    redo.setShortcuts(redo_keys())
    redo.setIcon(icon("edit-redo"))
    redo.setIconText("Redo")

    toggle_preview = QAction("&Preview", window)
    toggle_preview.setCheckable(True)
    toggle_preview.setChecked(True)
    toggle_preview.setShortcut(QKeySequence("Ctrl+Shift+P"))
    toggle_preview.setIcon(icon("view-preview"))
    toggle_preview.setStatusTip("Show or hide the live preview")
    toggle_preview.toggled.connect(host.set_preview_visible)

    actions = WindowActions(
        new=_action(window, "&New", files.new_document, StandardKey.New, "document-new", "Start a blank post-mortem"),
        new_from_template=_action(
            window,
            "New from &Template…",
            files.new_from_template,
            QKeySequence("Ctrl+Shift+N"),
            None,
            "Start from one of the bundled templates",
        ),
        open=_action(
            window, "&Open…", files.open_dialog, StandardKey.Open, "document-open", "Open a .json or .md file"
        ),
        save=_action(window, "&Save", files.save, StandardKey.Save, "document-save", "Save the post-mortem"),
        save_as=_action(window, "Save &As…", files.save_as, StandardKey.SaveAs, None, "Save as JSON or Markdown"),
        export_markdown=_action(window, "&Markdown…", lambda: files.export(".md"), QKeySequence("Ctrl+E")),
        export_html=_action(window, "&HTML…", lambda: files.export(".html"), QKeySequence("Ctrl+Shift+E")),
        export_pdf=_action(window, "&PDF…", host.export_pdf, None, None, "The HTML export's page as a PDF"),
        print=_action(window, "&Print…", host.print_document, StandardKey.Print, None, "Print the post-mortem"),
        close=_action(window, "&Close", files.close_document, StandardKey.Close),
        quit=_action(window, "&Quit", host.close, StandardKey.Quit),
        undo=undo,
        redo=redo,
        find_event=_action(
            window, "&Find Event…", host.find_event, StandardKey.Find, None, "Search the timeline's events"
        ),
        repair_encoding=_action(
            window,
            "Repair Text &Encoding",
            host.repair_text_encoding,
            None,
            None,
            "Repair text decoded with the wrong encoding ('â€”' for '—', 'Ã©' for 'é')",
        ),
        give_times_a_day=_action(
            window,
            "Give Times a &Day…",
            host.give_times_a_day,
            None,
            None,
            "Give one day to the timeline's events whose text starts with a time",
        ),
        toggle_preview=toggle_preview,
        about=_action(window, "&About Postmortem Editor", host.show_about),
        recent_menu=QMenu("Open &Recent", window),
        export_menu=QMenu("&Export", window),
        field_edits=FieldEditActions(window),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.repair_encoding.setEnabled(False)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.export_menu.setIcon(icon("document-export"))
    actions.export_menu.addAction(actions.export_markdown)
    actions.export_menu.addAction(actions.export_html)
    actions.export_menu.addAction(actions.export_pdf)
    actions.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(host, actions.recent_menu))
    actions.export_menu.aboutToShow.connect(lambda: add_chart_exports(host, actions.export_menu))
    return actions


def add_chart_exports(host: ActionHost, menu: QMenu) -> None:
    """The flowchart's PNG and SVG exports, added the first time the menu opens (keeps startup light)."""
    exports = host.chart_export_actions()
    if exports and exports[0] not in menu.actions():
        menu.addSeparator()
        menu.addActions(exports)


def fill_recent_menu(host: ActionHost, menu: QMenu) -> None:
    menu.clear()
    recent = host.files.recent_files()
    for number, path in enumerate(recent, start=1):
        # Numbers give keyboard users a mnemonic for each entry.
        # A "&" in a name would underline the next letter instead of showing itself.
        action = menu.addAction(f"&{number % 10} {path.name.replace('&', '&&')}")
        action.setStatusTip(str(path))
        action.setToolTip(plain_tooltip(str(path)))
        action.triggered.connect(lambda _checked=False, p=path: host.files.open_path(p))
    if recent:
        menu.addSeparator()
        menu.addAction("Clear Menu", host.files.clear_recent_files)
    else:
        menu.addAction("No Recent Files").setEnabled(False)


def install_menus(window: QMainWindow, host: ActionHost, actions: WindowActions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([actions.new, actions.new_from_template, actions.open])
    file_menu.addMenu(actions.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([actions.save, actions.save_as])
    file_menu.addMenu(actions.export_menu)
    file_menu.addAction(actions.print)
    file_menu.addSeparator()
    file_menu.addAction(actions.close)
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    actions.field_edits.install(edit_menu)
    edit_menu.addSeparator()
    install_spelling_menu(edit_menu, window)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find_event)
    edit_menu.addAction(actions.give_times_a_day)
    edit_menu.aboutToShow.connect(host.update_give_times_a_day)
    edit_menu.addAction(actions.repair_encoding)

    view_menu = bar.addMenu("&View")
    view_menu.addAction(actions.toggle_preview)
    view_menu.addSeparator()
    go_menu = view_menu.addMenu("&Go to Section")
    for number, (key, title) in enumerate(host.section_titles(), start=1):
        # Ctrl+1 … Ctrl+9, in the order of the section list, as browsers number their tabs.
        shortcut = QKeySequence(f"Ctrl+{number}") if number <= 9 else None
        go_menu.addAction(_action(window, f"&{number} {title}", lambda k=key: host.go_to_section(k), shortcut))

    help_menu = bar.addMenu("&Help")
    install_help(window, host, help_menu)
    help_menu.addAction(actions.about)


def install_toolbar(window: QMainWindow, actions: WindowActions) -> QToolBar:
    toolbar = QToolBar("Main Toolbar", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(22, 22))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions.new, actions.open, actions.save])
    toolbar.addSeparator()
    toolbar.addActions([actions.undo, actions.redo])
    toolbar.addSeparator()
    export_button = QToolButton(toolbar)
    # The style's own menu arrow sits under the text's end; an arrow in the text reads better.
    export_button.setText("Export ▾")
    export_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
    export_button.setIcon(actions.export_menu.icon())
    export_button.setMenu(actions.export_menu)
    export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    export_button.setAccessibleName("Export")
    toolbar.addWidget(export_button)
    toolbar.addSeparator()
    toolbar.addAction(actions.toggle_preview)
    window.addToolBar(toolbar)
    return toolbar
