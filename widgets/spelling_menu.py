"""Edit › Spelling: turn checking on or off, and choose its language (the system's by default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from widgets.spelling import SpellService


def language_name(code: str) -> str:
    """'English (en)', 'Deutsch (de_DE)': the language in its own words, with its code."""
    locale = QLocale(code)
    name = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
    return f"{name[:1].upper()}{name[1:]} ({code})" if name else code


def install_spelling_menu(edit_menu: QMenu, owner: QWidget, service: SpellService | None = None) -> QMenu:
    """Edit › Spelling, filled the first time it opens (startup does not load the spelling library)."""
    menu = edit_menu.addMenu("&Spelling")

    def fill() -> None:
        if not menu.actions():
            from widgets.spelling import spell_service

            _fill(menu, owner, service if service is not None else spell_service())

    menu.aboutToShow.connect(fill)
    return menu


def _fill(menu: QMenu, owner: QWidget, service: SpellService) -> None:
    check = QAction("&Check Spelling While Typing", owner)
    check.setCheckable(True)
    check.setChecked(service.enabled())
    check.toggled.connect(service.set_enabled)
    menu.addAction(check)
    languages = menu.addMenu("&Language")
    group = QActionGroup(owner)
    group.setExclusive(True)
    for code in service.languages():
        action = QAction(language_name(code), owner)
        action.setCheckable(True)
        action.setChecked(code == service.language())
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: service.set_language(c))
        group.addAction(action)
        languages.addAction(action)
    languages.setEnabled(bool(service.languages()))
    if not service.languages():
        check.setEnabled(False)
        check.setToolTip("No spelling dictionary is installed")
