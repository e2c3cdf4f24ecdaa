"""Every dialog the editor shows, each behind one small method.

Tests replace these methods (``monkeypatch.setattr(window.dialogs, "ask_...", ...)``)
instead of driving modal Qt dialogs, so nothing here holds behaviour beyond
asking the question and returning the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QTextBrowser, QVBoxLayout, QWidget

from widgets.safe_text import plain_message_box

# The dialog classes are reached through QtWidgets when a dialog opens: PySide6 builds a
# class's Python type (all its enums) on first use, and no dialog shows at start.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

OPEN_FILTER = (
    "Post-mortems (*.json *.md *.markdown *.txt *.text *.rst *.adoc *.asciidoc *.org *.wiki *.mediawiki *.textile"
    " *.mdown *.mkd *.eml *.mbox *.html *.htm);;JSON (*.json);;Markdown (*.md *.markdown *.mdown *.mkd)"
    ";;Plain text and other markups (*.txt *.text *.rst *.adoc *.asciidoc *.org *.wiki *.mediawiki *.textile)"
    ";;Saved e-mails (*.eml *.mbox)"
    ";;Web pages: Confluence, Google Docs, Notion or Word exports (*.html *.htm);;All files (*)"
)
SAVE_FILTER = "Post-mortem JSON (*.json);;Markdown (*.md)"


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class RestoreChoice(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


def fit_to_screen(dialog: QWidget, preferred: QSize | None = None) -> None:
    """Size ``dialog`` to what it wants (or ``preferred``), never beyond the screen it opens on."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or dialog.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    # A little margin for the window frame the window manager adds.
    most = QSize(max(200, room.width() - 40), max(150, room.height() - 60))
    wanted = preferred if preferred is not None else dialog.sizeHint()
    dialog.setMaximumSize(most)
    dialog.resize(wanted.boundedTo(most))


class Dialogs:
    """The questions and messages of one main window."""

    def __init__(self, parent: QWidget):
        self._parent = parent

    def open_path(self, folder: Path | None) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self._parent, "Open Post-Mortem", str(folder or ""), OPEN_FILTER
        )
        return Path(name) if name else None

    def save_path(self, title: str, suggested: Path, name_filter: str = SAVE_FILTER) -> Path | None:
        name, chosen_filter = QtWidgets.QFileDialog.getSaveFileName(self._parent, title, str(suggested), name_filter)
        if not name:
            return None
        path = Path(name)
        if not path.suffix and "*." in chosen_filter:
            # The platform dialog may not add the suffix of the chosen filter.
            path = path.with_suffix(chosen_filter.split("*.", 1)[1].split()[0].rstrip(")"))
        return path

    def _box(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        informative: str = "",
        buttons: QMessageBox.StandardButton | None = None,
    ) -> QMessageBox:
        """A message box whose texts are shown as typed: they quote file names and document text."""
        if buttons is None:
            buttons = QtWidgets.QMessageBox.StandardButton.NoButton
        box = QtWidgets.QMessageBox(icon, title, text, buttons, self._parent)
        if informative:
            box.setInformativeText(informative)
        return plain_message_box(box)

    def ask_unsaved_changes(self, name: str) -> UnsavedChoice:
        box = self._box(
            QtWidgets.QMessageBox.Icon.Warning,
            "Unsaved Changes",
            f"Save the changes to “{name}” before closing?",
            "Your changes will be lost if you don't save them.",
            QtWidgets.QMessageBox.StandardButton.Save
            | QtWidgets.QMessageBox.StandardButton.Discard
            | QtWidgets.QMessageBox.StandardButton.Cancel,
        )
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QtWidgets.QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QtWidgets.QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def ask_overwrite_changed_file(self, path: Path) -> bool:
        box = self._box(
            QtWidgets.QMessageBox.Icon.Warning,
            "File Changed on Disk",
            f"“{path.name}” was changed by another program since you opened it.",
            "Overwrite it with your version?",
            QtWidgets.QMessageBox.StandardButton.Save | QtWidgets.QMessageBox.StandardButton.Cancel,
        )
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        return box.exec() == QtWidgets.QMessageBox.StandardButton.Save

    def ask_restore(self, names: list[str], details: list[str] | None = None) -> RestoreChoice:
        """``details``: a line for each copy naming its file, folder and age (the names alone otherwise)."""
        listing = "\n".join(f"• {line}" for line in (details or names))
        newest = f"“{names[0]}”" if len(names) == 1 else "the newest one"
        box = self._box(
            QtWidgets.QMessageBox.Icon.Question,
            "Recover Unsaved Work",
            f"Postmortem Editor did not close properly. Restore the unsaved changes to {newest}?",
            listing,
        )
        restore = box.addButton("Restore", QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Discard", QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Decide Later", QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            return RestoreChoice.RESTORE
        if box.clickedButton() is discard:
            return RestoreChoice.DISCARD
        return RestoreChoice.LATER

    def template_dialog(self, templates: dict[str, str]) -> tuple[QInputDialog, dict[str, str]]:
        """The template question, not yet shown; its labels map to template names."""
        labels = {f"{name} — {text}" if text else name: name for name, text in templates.items()}
        dialog = QtWidgets.QInputDialog(self._parent)
        dialog.setWindowTitle("New from Template")
        dialog.setLabelText("Template:")
        dialog.setComboBoxItems(list(labels))
        dialog.setComboBoxEditable(False)
        combo = dialog.findChild(QComboBox)
        if combo is not None:
            # A long description made the list, and so the dialog, wider than the screen; its popup shows all.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(48)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)
            for row, label in enumerate(labels):
                combo.setItemData(row, label, Qt.ItemDataRole.ToolTipRole)
        fit_to_screen(dialog)
        return dialog, labels

    def choose_template(self, templates: dict[str, str]) -> str | None:
        """``templates`` maps names to descriptions; returns the chosen name."""
        dialog, labels = self.template_dialog(templates)
        ok = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
        return labels.get(dialog.textValue()) if ok else None

    def text_page(self, title: str, html: str) -> QDialog:
        """A page of help (built from trusted text), not yet shown."""
        dialog = QtWidgets.QDialog(self._parent)
        dialog.setWindowTitle(title)
        browser = QTextBrowser(dialog)
        browser.setOpenExternalLinks(False)
        browser.setHtml(html)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        fit_to_screen(dialog, QSize(640, 720))
        return dialog

    def show_text_page(self, title: str, html: str) -> None:
        dialog = self.text_page(title, html)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def ask_print(self, printer: object) -> bool:
        """The platform's print dialog for ``printer`` (a QPrinter it fills in); True to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self._parent)  # type: ignore[arg-type]
        dialog.setWindowTitle("Print Post-Mortem")
        return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted

    def ask_day_for_times(self, default: date, describe: Callable[[date], str]) -> date | None:
        """The day to give the events whose text starts with a clock; ``describe`` says what a day would do."""
        from widgets.day_dialog import ask_day  # built when first asked: no dialog shows at start

        return ask_day(self._parent, default, describe)

    def show_error(self, title: str, message: str) -> None:
        if not self._parent.isVisible():
            # A file named on the command line fails before the window is shown:
            # the message waits for the window instead of appearing on its own.
            QTimer.singleShot(0, lambda: self.show_error(title, message))
            return
        self._box(
            QtWidgets.QMessageBox.Icon.Critical, title, message, buttons=QtWidgets.QMessageBox.StandardButton.Ok
        ).exec()

    def show_warning(self, title: str, message: str) -> None:
        """A warning that arrives on its own (after background work): it does not wait for an answer."""
        box = self._box(
            QtWidgets.QMessageBox.Icon.Warning, title, message, buttons=QtWidgets.QMessageBox.StandardButton.Ok
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.about(self._parent, title, text)
