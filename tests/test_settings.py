"""What the editor remembers between runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tests.test_window_fixtures import make_window
from widgets.settings import MAX_RECENT_FILES, Settings, default_store


def settings_at(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_recent_files_are_newest_first_without_duplicates_and_capped(tmp_path):
    settings = settings_at(tmp_path)
    for number in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(tmp_path / f"doc{number}.json")
    settings.add_recent_file(tmp_path / "doc5.json")
    recent = settings.recent_files
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == (tmp_path / "doc5.json").resolve()
    assert recent[1] == (tmp_path / f"doc{MAX_RECENT_FILES + 2}.json").resolve()
    assert len(set(recent)) == len(recent)
    settings.sync()
    assert settings_at(tmp_path).recent_files == recent  # survives a restart


def test_window_geometry_and_splitter_come_back(qtbot, tmp_path):
    first = make_window(qtbot, tmp_path)
    first.show()
    first.resize(760, 560)
    first.splitter.setSizes([200, 260, 280])
    sizes = first.splitter.sizes()
    assert first.close()
    second = make_window(qtbot, tmp_path)
    second.show()
    assert (second.size().width(), second.size().height()) == (760, 560)
    assert second.splitter.sizes() == sizes


def test_tests_never_touch_the_users_own_settings():
    store = default_store()
    assert store.format() == QSettings.Format.IniFormat
    assert "postmortem-editor-tests" in store.fileName()
