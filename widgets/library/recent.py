"""Recent library folders, remembered like recent files (in the same settings store)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from widgets.settings import MAX_RECENT_FILES, default_store

KEY = "library/recent_folders"


class RecentFolders:
    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else default_store()

    def folders(self) -> list[Path]:
        value = self._store.value(KEY, [])
        if isinstance(value, str):  # QSettings hands back a str for a one-item list in INI files
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [Path(item) for item in value if isinstance(item, str) and item][:MAX_RECENT_FILES]

    def add(self, folder: Path) -> None:
        folder = Path(folder).resolve()
        self._store.setValue(KEY, [str(p) for p in [folder, *(p for p in self.folders() if p != folder)]][:10])
        self._store.sync()

    def remove(self, folder: Path) -> None:
        folder = Path(folder).resolve()
        self._store.setValue(KEY, [str(p) for p in self.folders() if p != folder])

    def clear(self) -> None:
        self._store.setValue(KEY, [])
