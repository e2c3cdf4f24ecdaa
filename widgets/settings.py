"""Typed access to the user's settings, with defaults, over QSettings.

Tests must never read or write a person's real settings: when
``POSTMORTEM_EDITOR_TESTING`` is set, the default store is an INI file in a
per-process temporary folder instead of the platform's settings location.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.safe_files import resolved
from app.user_data import testing, testing_folder

ORGANIZATION = "Postmortem Editor"
APPLICATION = "Postmortem Editor"
MAX_RECENT_FILES = 10


def default_store() -> QSettings:
    if testing():
        folder = testing_folder()
        folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


class Settings:
    """The few things the editor remembers between runs."""

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else default_store()

    # ----------------------------------------------------------------- window

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._store.setValue("window/splitter", value)

    @property
    def last_folder(self) -> Path | None:
        value = self._store.value("files/last_folder", "")
        return Path(value) if isinstance(value, str) and value else None

    @last_folder.setter
    def last_folder(self, value: Path) -> None:
        self._store.setValue("files/last_folder", str(value))

    # ----------------------------------------------------------------- spelling

    @property
    def spelling_enabled(self) -> bool:
        value = self._store.value("spelling/enabled", True)
        return value not in (False, "false", "0", 0)

    @spelling_enabled.setter
    def spelling_enabled(self, value: bool) -> None:
        self._store.setValue("spelling/enabled", bool(value))

    @property
    def spelling_language(self) -> str | None:
        """The language chosen by hand; None follows the system's locale."""
        value = self._store.value("spelling/language", "")
        return value if isinstance(value, str) and value else None

    @spelling_language.setter
    def spelling_language(self, value: str | None) -> None:
        self._store.setValue("spelling/language", value or "")

    # ----------------------------------------------------------------- recent files

    @property
    def recent_files(self) -> list[Path]:
        value = self._store.value("files/recent", [])
        # QSettings hands back a str for a one-item list in INI files.
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [Path(item) for item in value if isinstance(item, str) and item][:MAX_RECENT_FILES]

    def add_recent_file(self, path: Path) -> None:
        path = resolved(path)
        files = [path] + [p for p in self.recent_files if p != path]
        self._store.setValue("files/recent", [str(p) for p in files[:MAX_RECENT_FILES]])

    def remove_recent_file(self, path: Path) -> None:
        path = resolved(path)
        self._store.setValue("files/recent", [str(p) for p in self.recent_files if p != path])

    def clear_recent_files(self) -> None:
        self._store.setValue("files/recent", [])

    def sync(self) -> None:
        self._store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
