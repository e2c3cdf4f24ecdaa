"""The recovery prompt says which file a copy belongs to and how old it is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.model import PostMortem
from app.recovery_store import RecoveredCopy
from app.recovery_text import age_text, describe_copy
from tests.test_window_fixtures import Answers, make_window, sample_document
from widgets.application import offer_recovery
from widgets.dialogs import RestoreChoice
from widgets.recovery import RecoveryStore

NOW = datetime(2025, 3, 3, 15, 0, tzinfo=UTC)


def test_ages_read_as_people_say_them():
    assert age_text(NOW - timedelta(seconds=20), NOW) == "just now"
    assert age_text(NOW - timedelta(minutes=1), NOW) == "1 minute ago"
    assert age_text(NOW - timedelta(minutes=45), NOW) == "45 minutes ago"
    assert age_text(NOW - timedelta(hours=3, minutes=10), NOW) == "3 hours ago"
    assert age_text(NOW - timedelta(hours=30), NOW) == "yesterday"
    assert age_text(NOW - timedelta(days=4), NOW) == "4 days ago"


def test_a_copy_is_described_by_its_file_folder_and_age():
    copy = RecoveredCopy(
        Path("x.json"), Path("/home/dana/incidents/outage.json"), NOW - timedelta(minutes=12), PostMortem()
    )
    assert describe_copy(copy, NOW) == (
        f"outage.json in {Path('/home/dana/incidents')}: changes from 12 minutes ago (March 3, 14:48)"
    )
    untitled = RecoveredCopy(Path("y.json"), None, NOW - timedelta(hours=2), PostMortem())
    assert describe_copy(untitled, NOW).startswith("An untitled post-mortem (never saved): changes from 2 hours ago")


def test_the_window_asks_with_the_file_and_the_age(qtbot, tmp_path, monkeypatch):
    store = RecoveryStore(tmp_path / "recovery")
    source = tmp_path / "outage.json"
    store.write(store.file_for(source, "crashed-session"), sample_document(), source, "crashed-session")
    window = make_window(qtbot, tmp_path / "next")
    window.recovery_store = RecoveryStore(tmp_path / "recovery")
    asked: list[list[str]] = []

    def ask(names, details=None):
        asked.append(details)
        return RestoreChoice.LATER

    Answers(window, monkeypatch)
    monkeypatch.setattr(window.dialogs, "ask_restore", ask)
    offer_recovery(window)
    assert asked and asked[0][0].startswith(f"outage.json in {tmp_path}: changes from just now (")
