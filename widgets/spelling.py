"""Spell checking in the editor's prose fields: wavy underlines as you type, suggestions on right-click.

One ``SpellService`` per application holds the checker (loaded off the UI thread:
a dictionary takes a quarter of a second), whether checking is on, and the
language (the system locale's unless chosen in Edit › Spelling). Multi-line
fields get a ``SpellHighlighter``; one-line fields (event and task text) are
``SpellLineEdit``, which paints the same underline itself. Checking a keystroke
only re-reads the edited line, with answers cached per word.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QLocale, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

from app.spelling import (
    SpellChecker,
    Word,
    available_languages,
    has_letters,
    language_for_locale,
    make_backend,
    personal_dictionary_path,
)
from app.text_pieces import giving_way
from widgets.qt_guard import never_raises
from widgets.settings import Settings
from widgets.ui_inbox import UiInbox
from widgets.ui_pulse import PulseKeeper, ui_pulse

UNDERLINE = QColor("#e03131")


class SpellService(QObject):
    """Whether to check, in which language, and the checker itself (None until loaded, or when off)."""

    changed = Signal()

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else Settings()
        self._checker: SpellChecker | None = None
        self._languages = available_languages()
        self._language = self._settings.spelling_language or language_for_locale(system_locale_name(), self._languages)
        self._enabled = self._settings.spelling_enabled
        self._loading: threading.Thread | None = None
        self._pulse = PulseKeeper(self)  # beats while the list loads (it gives way to a busy window)
        # The loaded checker, handed over from the loading thread without a Qt call (``widgets.ui_inbox``).
        self._inbox = UiInbox(lambda loaded: self._take_checker(*loaded), self._is_loading, self)

    # ----------------------------------------------------------------- state

    def languages(self) -> list[str]:
        return list(self._languages)

    def language(self) -> str | None:
        return self._language

    def enabled(self) -> bool:
        return self._enabled and self._language is not None

    def checker(self) -> SpellChecker | None:
        """The checker, or None while off or loading (the first ask starts the load, off the UI thread:
        startup and pages without prose never pay for a dictionary)."""
        if not self.enabled():
            return None
        if self._checker is None and self._loading is None:
            self._load()
        return self._checker

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._settings.spelling_enabled = enabled
        self.changed.emit()

    def set_language(self, language: str) -> None:
        if language == self._language:
            return
        self._language = language
        self._settings.spelling_language = language
        self._checker = None
        self._loading = None
        self.changed.emit()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Load the dictionary now and wait for it (tests and benchmarks); True when a checker is there."""
        self.checker()
        if self._loading is not None:
            with ui_pulse.waiting():
                self._loading.join(timeout)
        self._inbox.take_all()
        return self._checker is not None

    def _is_loading(self) -> bool:
        return self._loading is not None and self._loading.is_alive()

    # ----------------------------------------------------------------- loading

    def _load(self) -> None:
        language = self._language
        if language is None:
            return
        inbox = self._inbox

        def work() -> None:
            try:
                with giving_way(ui_pulse.give_way):  # the list loads in the time the window leaves
                    checker = SpellChecker(make_backend(language), personal_dictionary_path())
            except Exception:  # no dictionary for it after all: checking stays off, typing is untouched
                checker = None
            inbox.put((checker, language))

        self._loading = threading.Thread(target=work, name="spelling-dictionary", daemon=True)
        self._pulse.start()
        self._loading.start()
        self._inbox.open()

    def _take_checker(self, checker: SpellChecker | None, language: str) -> None:
        if language != self._language:
            return  # an older language's load finished late; the current one's keeps the pulse going
        # The load for the language in use has ended. Its thread may not have returned yet (it emits
        # just before), so its end, not ``is_alive``, stops the pulse: else it could tick for ever.
        self._pulse.stop()
        self._checker = checker
        self.changed.emit()


def system_locale_name() -> str:
    """The system's locale, 'en' for the C / POSIX locale of servers and CI (Qt's C locale is English)."""
    name = QLocale.system().name()
    return "en" if name in ("C", "POSIX", "") else name


_service: SpellService | None = None


def spell_service() -> SpellService:
    """The application's one spelling service, made on first use."""
    global _service
    if _service is None or not shiboken6.isValid(_service):
        from PySide6.QtCore import QCoreApplication

        _service = SpellService(parent=QCoreApplication.instance())
    return _service


# ----------------------------------------------------------------- multi-line fields


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of a text document, line by line as it changes."""

    def __init__(self, document: QTextDocument, service: SpellService | None = None) -> None:
        super().__init__(document)
        self._service = service if service is not None else spell_service()
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(UNDERLINE)
        self._service.changed.connect(self.rehighlight)

    @never_raises()  # a spelling problem must never cost the user a keystroke
    def highlightBlock(self, text: str) -> None:
        if not has_letters(text):
            return  # a line with no word (rules, numbers) does not load a dictionary
        checker = self._service.checker()
        if checker is None:
            return
        for word in checker.misspelt(text):
            self.setFormat(word.start, word.end - word.start, self._format)


def _word_at(text: str, position: int, checker: SpellChecker) -> Word | None:
    return next((word for word in checker.misspelt(text) if word.start <= position <= word.end), None)


def add_spelling_actions(
    menu: QMenu, word: Word | None, checker: SpellChecker | None, replace: Callable[[Word, str], None]
) -> None:
    """Put the suggestions for ``word`` and "Add to Dictionary" at the top of ``menu``."""
    if word is None or checker is None:
        return
    first = menu.actions()[0] if menu.actions() else None
    suggestions = checker.suggestions(word.text)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _checked=False, s=suggestion: replace(word, s))
        menu.insertAction(first, action)
    if not suggestions:
        none = QAction("No Suggestions", menu)
        none.setEnabled(False)
        menu.insertAction(first, none)
    add = QAction(f"Add “{word.text}” to Dictionary", menu)
    add.triggered.connect(lambda _checked=False: _add_word(word.text))
    menu.insertAction(first, add)
    menu.insertSeparator(first)


def _add_word(word: str) -> None:
    service = spell_service()
    checker = service.checker()
    if checker is not None:
        checker.add_to_dictionary(word)
        service.changed.emit()


def text_edit_spelling_menu(edit: QPlainTextEdit, position: QPoint) -> QMenu:
    """The field's context menu with spelling help for the word at ``position`` (viewport coordinates)."""
    menu = edit.createStandardContextMenu(position)
    checker = spell_service().checker()
    if checker is None:
        return menu
    cursor = edit.cursorForPosition(position)
    block = cursor.block()
    word = _word_at(block.text(), cursor.positionInBlock(), checker)

    def replace(found: Word, suggestion: str) -> None:
        edit_cursor = QTextCursor(block)
        edit_cursor.setPosition(block.position() + found.start)
        edit_cursor.setPosition(block.position() + found.end, QTextCursor.MoveMode.KeepAnchor)
        edit_cursor.insertText(suggestion)

    add_spelling_actions(menu, word, checker, replace)
    return menu


# ----------------------------------------------------------------- one-line fields


class _Underlines(QWidget):
    """The wavy lines under a SpellLineEdit's misspelt words, painted over it, letting every click through."""

    def __init__(self, field: SpellLineEdit) -> None:
        super().__init__(field)
        self._field = field
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(field.rect())

    @never_raises()
    def paintEvent(self, event: QPaintEvent) -> None:
        spans = self._field.underline_spans()
        if not spans:
            return
        painter = QPainter(self)
        painter.setPen(QPen(UNDERLINE, 1))
        for left, right, baseline in spans:
            x = left
            while x < right:  # a small wave, as spell checkers draw it
                step = min(2, right - x)
                painter.drawLine(x, baseline + (x // 2) % 2, x + step, baseline + ((x + step) // 2) % 2)
                x += step
        painter.end()


class SpellLineEdit(QLineEdit):
    """A line edit that underlines its misspelt words and offers suggestions on right-click."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self._misspelt: list[Word] = []
        self._checked_text: str | None = None
        # Drawn by a child of its own: a QPainter on this widget itself crashed PySide (the Python
        # mix-in classes in its bases upset the cast to a paint device).
        self._underlines = _Underlines(self)
        service = spell_service()
        service.changed.connect(self._recheck)
        self.textChanged.connect(self._recheck)

    def _recheck(self, *_: object) -> None:
        text = self.text()
        checker = spell_service().checker() if has_letters(text) else None
        self._misspelt = checker.misspelt(text) if checker is not None else []
        self._checked_text = text
        self._underlines.update()

    def misspelt(self) -> list[Word]:
        if self._checked_text != self.text():
            self._recheck()
        return list(self._misspelt)

    def _x_of(self, position: int, text: str, cursor_x: int, cursor: int) -> int:
        metrics = self.fontMetrics()
        return cursor_x + metrics.horizontalAdvance(text[:position]) - metrics.horizontalAdvance(text[:cursor])

    def underline_spans(self) -> list[tuple[int, int, int]]:
        """(left, right, baseline) in this field's coordinates of each misspelt word in sight."""
        words = self.misspelt()
        if not words or self.echoMode() != QLineEdit.EchoMode.Normal:
            return []
        text = self.text()
        # The line is laid out in one run: a word's x is the cursor's x plus the text between them.
        cursor = self.cursorPosition()
        cursor_rect = self.cursorRect()
        cursor_x, baseline = cursor_rect.center().x(), cursor_rect.bottom() - 1
        visible: QRect = self.rect().adjusted(2, 0, -2, 0)
        spans = []
        for word in words:
            left = max(self._x_of(word.start, text, cursor_x, cursor), visible.left())
            right = min(self._x_of(word.end, text, cursor_x, cursor), visible.right())
            if left < right:
                spans.append((left, right, baseline))
        return spans

    @never_raises()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._underlines.setGeometry(self.rect())

    def spelling_menu(self, position: QPoint) -> QMenu:
        menu = self.createStandardContextMenu()
        checker = spell_service().checker()
        word = (
            next((w for w in self.misspelt() if w.start <= self.cursorPositionAt(position) <= w.end), None)
            if checker is not None
            else None
        )

        def replace(found: Word, suggestion: str) -> None:
            self.setSelection(found.start, found.end - found.start)
            self.insert(suggestion)  # through the line edit's own editing, so its undo and signals follow

        add_spelling_actions(menu, word, checker, replace)
        return menu

    @never_raises()
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.spelling_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
