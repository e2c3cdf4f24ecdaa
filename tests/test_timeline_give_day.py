"""Timeline › Give Times a Day…: undated events whose words start with a clock take one day, in one undo step."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.model import EventKind, IssueSummary, PostMortem, TimelineEvent
from tests.test_window_edit_menu import edit_menu_texts
from tests.test_window_keyboard import active_window
from widgets.day_dialog import DayDialog
from widgets.document import Document
from widgets.timeline.give_day import apply_day, default_day
from widgets.timeline.pane import TimelinePane

EAT = timezone(timedelta(hours=3))
START = datetime(2026, 5, 12, 9, 30, tzinfo=EAT)
TEXTS = [
    "09:41 AM: Pager fired",
    "Looked at the dashboards",
    "23:50 — Failed over",
    "00:10 - Traffic back",
    "25:61 — Odd clock",
]


def undated_model(start: datetime | None = START) -> PostMortem:
    return PostMortem(summary=IssueSummary(start=start), timeline=[TimelineEvent(text=text) for text in TEXTS])


def pane_of(qtbot, document: Document) -> TimelinePane:
    pane = TimelinePane(document)
    qtbot.addWidget(pane)
    return pane


def test_one_undo_step_dates_every_written_clock_and_undo_gives_the_words_back():
    document = Document(undated_model())
    before = [event.model_copy(deep=True) for event in document.model.timeline]
    said = apply_day(document, date(2026, 5, 12), EAT)
    events = document.model.timeline
    assert [(event.time, event.text) for event in events] == [
        (datetime(2026, 5, 12, 9, 41, tzinfo=EAT), "Pager fired"),
        (None, "Looked at the dashboards"),
        (datetime(2026, 5, 12, 23, 50, tzinfo=EAT), "Failed over"),
        (datetime(2026, 5, 13, 0, 10, tzinfo=EAT), "Traffic back"),
        (None, "25:61 — Odd clock"),
    ]
    assert said == (
        "Gave 3 events the day Tue 12 May 2026. 1 event starts with a time that cannot be read; it stays as written."
    )
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Give Times a Day"
    document.undo_stack.undo()
    assert document.model.timeline == before
    document.undo_stack.redo()
    assert document.model.timeline[3].text == "Traffic back"


def test_the_button_is_enabled_only_while_an_undated_event_starts_with_a_clock(qtbot):
    document = Document(undated_model())
    pane = pane_of(qtbot, document)
    give_day = pane.timeline_actions.give_day
    button = pane.give_day_button
    assert give_day.isEnabled() and button.isVisibleTo(pane)
    assert button.defaultAction() is give_day
    assert give_day in pane.context_menu().actions()
    apply_day(document, date(2026, 5, 12), EAT)
    # Only the unreadable lead is left: greyed in the menus, gone from the tool row.
    assert not give_day.isEnabled() and not button.isVisibleTo(pane)
    document.undo_stack.undo()
    assert give_day.isEnabled() and button.isVisibleTo(pane)
    document.replace_model(PostMortem(timeline=[TimelineEvent(text="Plain words")]))
    assert not give_day.isEnabled()


def test_the_question_offers_the_incidents_start_day_and_says_what_ok_will_do(qtbot, monkeypatch):
    document = Document(undated_model())
    pane = pane_of(qtbot, document)
    asked: list[tuple[date, str]] = []

    def answer(default, describe):
        asked.append((default, describe(default)))
        return date(2026, 6, 1)

    monkeypatch.setattr(pane.timeline_actions.dialogs, "ask_day_for_times", answer)
    pane.timeline_actions.give_day.trigger()
    assert asked == [
        (
            date(2026, 5, 12),
            "3 events whose text starts with a time will get this day. "
            "1 event starts with a time that cannot be read; it stays as written.",
        )
    ]
    assert document.model.timeline[0].time == datetime(2026, 6, 1, 9, 41, tzinfo=EAT)
    assert pane.message.isVisibleTo(pane) and "Gave 3 events the day Mon 1 Jun 2026" in pane.message.text()
    document.undo_stack.undo()
    assert not pane.message.isVisibleTo(pane)  # what was done is no longer so


def test_cancelling_the_question_changes_nothing(qtbot, monkeypatch):
    document = Document(undated_model())
    pane = pane_of(qtbot, document)
    monkeypatch.setattr(pane.timeline_actions.dialogs, "ask_day_for_times", lambda default, describe: None)
    pane.timeline_actions.give_day.trigger()
    assert document.undo_stack.count() == 0
    assert [event.text for event in document.model.timeline] == TEXTS


def test_the_dialog_defaults_to_today_without_a_start_and_recounts_for_the_day_chosen(qtbot):
    document = Document(undated_model(start=None))
    pane = pane_of(qtbot, document)
    seen: list[date] = []

    def describe(day: date) -> str:
        seen.append(day)
        return f"counted for {day.isoformat()}"

    assert default_day(document) == date.today()
    dialog = DayDialog(default_day(document), describe, pane)
    qtbot.addWidget(dialog)
    assert dialog.day() == date.today()
    assert dialog.summary.text() == f"counted for {date.today().isoformat()}"
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(1))
    assert dialog.summary.text() == f"counted for {(date.today() + timedelta(days=1)).isoformat()}"


def test_the_edit_menu_offers_it_and_opens_the_timeline_page(qtbot, tmp_path, monkeypatch):
    window = active_window(qtbot, tmp_path, undated_model(start=datetime(2026, 5, 12, 9, 0, tzinfo=UTC)))
    assert "Give Times a Day…" in edit_menu_texts(window)  # the menu opened: the action follows the document
    assert window.actions.give_times_a_day.isEnabled()
    window.go_to_section("overview")
    page = window.page("timeline")
    monkeypatch.setattr(page.pane.timeline_actions.dialogs, "ask_day_for_times", lambda default, describe: default)
    window.actions.give_times_a_day.trigger()
    assert window.sections.keys[window.sections.currentRow()] == "timeline"
    assert window.document.model.timeline[0].time == datetime(2026, 5, 12, 9, 41, tzinfo=UTC)
    edit_menu_texts(window)
    assert not window.actions.give_times_a_day.isEnabled()


def test_an_empty_window_is_set_from_the_dated_events_in_the_same_undo_step():
    document = Document(undated_model(start=None))
    said = apply_day(document, date(2026, 5, 12), EAT)
    summary = document.model.summary
    assert (summary.start, summary.end) == (
        datetime(2026, 5, 12, 9, 41, tzinfo=EAT),
        datetime(2026, 5, 13, 0, 10, tzinfo=EAT),
    )
    assert "The incident's window now runs from them." in said
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert (document.model.summary.start, document.model.summary.end) == (None, None)
    assert document.model.timeline[0].text == "09:41 AM: Pager fired"


def test_the_window_ends_at_the_last_resolution_and_a_window_already_set_is_kept():
    events = [
        TimelineEvent(text="10:00 alert fired"),
        TimelineEvent(text="10:45 site back up", kind=EventKind.RESOLUTION),
        TimelineEvent(text="11:30 review scheduled"),
    ]
    document = Document(PostMortem(timeline=events))
    apply_day(document, date(2026, 5, 12), UTC)
    assert (document.model.summary.start, document.model.summary.end) == (
        datetime(2026, 5, 12, 10, 0, tzinfo=UTC),
        datetime(2026, 5, 12, 10, 45, tzinfo=UTC),
    )
    document = Document(undated_model())  # its start is set: the window is the user's
    apply_day(document, date(2026, 5, 12), EAT)
    assert (document.model.summary.start, document.model.summary.end) == (START, None)
