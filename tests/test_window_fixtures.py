"""Documents and helpers shared by the window, pane, preview and recovery tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.formats import json_format
from app.model import (
    EventKind,
    ExtraSection,
    FlowEdge,
    FlowNode,
    PostMortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TimelineEvent,
)

UTC = UTC


def sample_document() -> PostMortem:
    """A small post-mortem with something in every section."""
    start = datetime(2025, 3, 3, 11, 5, tzinfo=UTC)
    return PostMortem.model_validate(
        {
            "metadata": {
                "title": "Status Page DNS Outage Post-Mortem",
                "status": Status.IN_REVIEW,
                "severity": Severity.SEV2,
                "authors": ["Dana Ito", "Sam Okafor"],
                "service": "LunchLine ordering site",
            },
            "introduction": "This document is the post-mortem of the DNS outage that made LunchLine unreachable.",
            "summary": {
                "start": start,
                "end": start + timedelta(minutes=102),
                "impact": "About 62% of visitors could not resolve the site's address.",
                "root_cause": "A certificate-renewal job rewrote the DNS zone and dropped the apex A records.",
            },
            "timeline": [
                TimelineEvent(
                    kind=EventKind.DETECTION, time=start + timedelta(minutes=7), text="Synthetic checks failed."
                ),
                TimelineEvent(kind=EventKind.ACTION, text="Checked the load balancers, which were healthy."),
                TimelineEvent(kind=EventKind.MISLEADING, text="Suspected a regional CDN outage."),
                TimelineEvent(
                    kind=EventKind.RESOLUTION, time=start + timedelta(minutes=95), text="Restored the A records."
                ),
            ],
            "root_cause": {
                "cause": "The renewal job rewrote the whole zone from a stale template.",
                "resolution": "We restored the records from the last known good zone file.",
            },
            "measures": {
                "improvements": ["Monitor the apex records directly", "Review zone changes before applying"],
                "tasks": [
                    Task(text="Add an apex DNS check", owner="Dana", due=date(2025, 3, 20), link="OPS-101"),
                    Task(text="Make the job edit records, not zones", owner="Sam", status=TaskStatus.IN_PROGRESS),
                    Task(text="Document the restore procedure", owner="Lee", status=TaskStatus.DONE),
                ],
            },
            "closing_notes": "Thanks to everyone who helped on a busy afternoon.",
            "humor": {
                "caption": "How we found it:",
                "flowchart": {
                    "nodes": [FlowNode(id="start", kind="start", label="Site down"), FlowNode(id="dns", label="DNS?")],
                    "edges": [FlowEdge(source="start", target="dns", label="eventually")],
                },
                "closing": "It was DNS. It is always DNS.",
            },
            "extra_sections": [
                ExtraSection(heading="Lessons Learned", body="Zones are data, not templates."),
                ExtraSection(heading="Supporting Information", body="Dashboards and logs."),
            ],
        }
    )


def large_document(events: int = 10_000) -> PostMortem:
    document = sample_document()
    start = document.summary.start
    assert start is not None
    kinds = list(EventKind)
    document.timeline = [
        TimelineEvent(kind=kinds[i % len(kinds)], time=start + timedelta(seconds=i), text=f"Event number {i}")
        for i in range(events)
    ]
    return document


def test_sample_document_round_trips_through_json():
    document = sample_document()
    assert json_format.loads(json_format.dumps(document)) == document


def test_large_document_has_the_requested_events_in_order():
    document = large_document(50)
    assert [e.text for e in document.timeline[:2]] == ["Event number 0", "Event number 1"]
    assert len(document.timeline) == 50


def make_window(qtbot, tmp_path, model: PostMortem | None = None, path=None):
    """A main window with its own settings file and recovery folder under ``tmp_path``."""
    from PySide6.QtCore import QSettings

    from widgets.document import Document
    from widgets.main_window import MainWindow
    from widgets.recovery import RecoveryStore
    from widgets.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    document = Document(model if model is not None else PostMortem(), path)
    window = MainWindow(document, settings=settings, recovery_store=RecoveryStore(tmp_path / "recovery"))
    # No real modal dialog may open in a test (it would wait forever): questions get a
    # harmless answer, messages are recorded, unless a test scripts them with ``Answers``.
    from widgets.dialogs import UnsavedChoice

    window.dialogs.ask_unsaved_changes = lambda _name: UnsavedChoice.DISCARD
    window.dialogs.errors = []
    window.dialogs.show_error = lambda _title, message: window.dialogs.errors.append(message)
    window.dialogs.warnings = []
    window.dialogs.show_warning = lambda _title, message: window.dialogs.warnings.append(message)
    for name in ("open_path", "save_path", "ask_overwrite_changed_file", "ask_restore", "choose_template"):
        setattr(window.dialogs, name, _unexpected(name))
    window.dialogs.show_about = _unexpected("show_about")
    qtbot.addWidget(window)
    return window


def _unexpected(name: str):
    def fail(*_args, **_kwargs):
        raise AssertionError(f"the test did not expect the {name} dialog")

    return fail


class Answers:
    """Records what the window asked and answers from a script, in place of the real dialogs."""

    def __init__(self, window, monkeypatch, **answers):
        self.asked: list[tuple[str, object]] = []
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self._answers = answers
        for name in ("open_path", "save_path", "ask_unsaved_changes", "ask_overwrite_changed_file", "ask_restore"):
            monkeypatch.setattr(window.dialogs, name, self._responder(name))
        monkeypatch.setattr(window.dialogs, "show_error", lambda title, message: self.errors.append(message))
        monkeypatch.setattr(window.dialogs, "show_warning", lambda title, message: self.warnings.append(message))

    def _responder(self, name: str):
        def respond(*args, **_kwargs):
            self.asked.append((name, args))
            answer = self._answers.get(name)
            if isinstance(answer, list):
                return answer.pop(0)
            return answer

        return respond

    def count(self, name: str) -> int:
        return sum(1 for asked, _ in self.asked if asked == name)
