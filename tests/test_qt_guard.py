"""No Python exception escapes a Qt virtual: the guard, its use everywhere, and the crash that started it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QListView

import widgets
from app.formats.markdown_import import from_markdown
from app.model import PostMortem
from tests.test_window_fixtures import make_window
from widgets.qt_guard import is_guarded, never_raises
from widgets.timeline.model import TimeTextRole, ZoneProblemRole

EDGE_TIMES = ["0001-01-01T00:00:00+00:01", "9999-12-31T23:59:59-00:01"]


def _is_qt(cls: type) -> bool:
    return cls.__module__.startswith(("PySide6", "shiboken6", "Shiboken"))


def qt_overrides() -> list[str]:
    """Every method of a class in ``widgets`` that overrides a method of one of its Qt bases."""
    found: set[str] = set()
    for module_info in pkgutil.walk_packages(widgets.__path__, "widgets."):
        module = importlib.import_module(module_info.name)
        for cls in vars(module).values():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            qt_bases = [base for base in cls.__mro__ if _is_qt(base)]
            for klass in cls.__mro__:
                if _is_qt(klass) or not qt_bases:
                    break
                for name, value in vars(klass).items():
                    if name.startswith("__") or not callable(value):
                        continue
                    if any(hasattr(base, name) for base in qt_bases) and not is_guarded(value):
                        found.add(f"{klass.__module__}.{klass.__qualname__}.{name}")
    return sorted(found)


def test_every_override_of_a_qt_method_in_widgets_is_guarded():
    assert qt_overrides() == []


class _Broken(QAbstractListModel):
    @never_raises()
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        raise OverflowError("date value out of range")

    @never_raises(0)
    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 3


def test_an_exception_in_a_guarded_override_is_reported_and_qt_gets_the_safe_default(qtbot, monkeypatch):
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _trace: reported.append(error))
    view = QListView()
    qtbot.addWidget(view)
    model = _Broken(view)
    view.setModel(model)
    view.resize(200, 100)
    view.show()
    view.grab()  # paints every row: each asks for data from C++
    assert model.data(model.index(0)) is None
    assert reported and isinstance(reported[0], OverflowError)
    assert any("_Broken.data" in note for note in reported[0].__notes__)


@pytest.mark.parametrize("time", EDGE_TIMES)
def test_an_event_at_the_edge_of_the_calendar_is_painted_as_written_with_a_warning(qtbot, tmp_path, time):
    # The display zone (the incident's start, UTC+02:00) cannot hold these instants:
    # converting raised OverflowError inside data() and the window died painting the row.
    model = PostMortem.model_validate(
        {"summary": {"start": "2025-03-03T11:05:00+02:00"}, "timeline": [{"time": time, "text": "the clock broke"}]}
    )
    window = make_window(qtbot, tmp_path, model)
    window.show()
    window.sections.show_section("timeline")
    pane = window.page("timeline").pane
    pane.view.grab()
    row = pane.model.index(0)
    written = "January 1, 1, 00:00 UTC+00:01" if time.startswith("0001") else "December 31, 9999, 23:59:59 UTC-00:01"
    assert row.data(TimeTextRole) == written
    assert "shown as written" in row.data(ZoneProblemRole)
    assert "shown as written" in row.data(Qt.ItemDataRole.ToolTipRole)


def test_a_markdown_timeline_line_at_the_edge_of_the_calendar_opens_and_paints(qtbot, tmp_path):
    # The first timed event sets the display zone (UTC+02:00), which cannot show the second.
    text = (
        "# Clock\n\n## Timeline\n\n- 2025-03-03 11:00 UTC+02:00 paged\n- 0001-01-01 00:00 UTC+00:01 the clock broke\n"
    )
    model = from_markdown(text)
    window = make_window(qtbot, tmp_path, model)
    window.show()
    window.sections.show_section("timeline")
    pane = window.page("timeline").pane
    pane.view.grab()
    times = [pane.model.index(row).data(TimeTextRole) for row in range(pane.model.rowCount())]
    assert "January 1, 1, 00:00 UTC+00:01" in times
