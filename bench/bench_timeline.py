"""Timeline editor on a 10,000-event document: moves, opening the pane, scrolling, filtering, searching."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

from bench.common import Reporter, median_time, median_times_interleaved, quiet_qt_noise

EVENTS = 10_000
BATCH = 20


def _document():
    from app.model import EventKind, IssueSummary, PostMortem, TimelineEvent
    from widgets.document import Document

    start = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
    kinds = list(EventKind)
    events = [
        TimelineEvent(
            kind=kinds[row % len(kinds)],
            time=None if row % 7 == 3 else start + timedelta(seconds=row * 17),
            text=f"Event {row}: checked the load balancers and web servers, which were healthy.",
        )
        for row in range(EVENTS)
    ]
    return Document(PostMortem(summary=IssueSummary(start=start), timeline=events))


def run(report: Reporter) -> None:
    from PySide6.QtCore import QEvent, QModelIndex
    from PySide6.QtWidgets import QApplication

    from widgets.timeline.model import TimelineModel
    from widgets.timeline.pane import TimelinePane

    app = QApplication.instance() or QApplication([])
    quiet_qt_noise()

    # --- one event from the end to the start, through the model (no view attached).
    # Timed in batches: a single call of tens of microseconds is mostly the
    # cold cache left by the collector run between samples, on both sides.
    document = _document()
    model = TimelineModel(document)
    last = EVENTS - 1

    def move_through_model() -> None:
        for _ in range(BATCH):
            model.moveRows(QModelIndex(), last, 1, QModelIndex(), 0)

    plain = list(document.model.timeline)

    def move_plain_list() -> None:
        for _ in range(BATCH):
            plain.insert(0, plain.pop())

    ours, reference = (t / BATCH for t in median_times_interleaved([move_through_model, move_plain_list], repeat=21))
    assert document.undo_stack.count() == 21 * BATCH, "every timed move must be a real, undoable move"
    report.measure("timeline: move end->start via model (10k)", ours, target_seconds=0.005)
    # Against a plain list move the ratio says little: ``list.insert(0, list.pop())`` is one
    # C call of ~4 us, while a move is an undo step, two signals and Qt's row bookkeeping. What
    # a user notices is the time of a held Alt+Up (key repeat every ~30 ms, a repaint each):
    # so an absolute bound of 100 us per move, with the plain move shown for scale.
    report.measure(
        "timeline: same move (per move, absolute)",
        ours,
        reference_seconds=reference,
        target_seconds=100e-6,
        note=f"list.insert(0, list.pop()) {reference * 1e6:.1f} us; per move, batches of {BATCH}",
    )

    # --- opening the pane on the 10k document: built, shown, first paint done
    panes: list[TimelinePane] = []

    def open_pane() -> None:
        pane = TimelinePane(document)
        pane.resize(640, 800)
        pane.show()
        pane.view.viewport().repaint()
        app.processEvents()
        panes.append(pane)

    def close_panes() -> None:
        while panes:
            pane = panes.pop()
            pane.close()
            pane.deleteLater()
        # processEvents() leaves deferred deletes alone; old panes must really go,
        # or they keep following the document and slow the later measures.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    opened = median_time(open_pane, repeat=7, setup=close_panes)
    report.measure("timeline: open pane (10k events)", opened, target_seconds=0.150)

    # --- the same move with the pane showing (proxy, view, figures all following)
    pane = panes[-1]
    shown_move = median_time(lambda: pane.model.moveRows(QModelIndex(), last, 1, QModelIndex(), 0), repeat=21)
    report.measure("timeline: move end->start with pane open", shown_move, target_seconds=0.016)

    # --- scrolling: one page down and a full repaint, as a user paging through
    bar = pane.view.verticalScrollBar()
    frames: list[float] = []
    for step in range(0, bar.maximum(), max(1, bar.maximum() // 60)):
        started = time.perf_counter()
        bar.setValue(step)
        pane.view.viewport().repaint()
        frames.append(time.perf_counter() - started)
    report.measure(
        "timeline: scroll one step + repaint (10k)",
        statistics.median(frames),
        target_seconds=0.016,
        note=f"worst of {len(frames)} steps {max(frames) * 1000:.1f} ms",
    )
    # --- filtering: hide one kind of six (1,667 runs of rows), show all again; a search's keystrokes
    # once the box has had the keyboard (each event's text read ahead, a slice per turn of the loop)
    from app.model import EventKind

    kinds = pane.kind_filter.actions_by_kind
    hide_times, show_times = [], []
    for _ in range(5):
        started = time.perf_counter()
        kinds[EventKind.ACTION].setChecked(False)
        app.processEvents()
        hide_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        pane.kind_filter.show_all()
        app.processEvents()
        show_times.append(time.perf_counter() - started)
    report.measure("timeline: hide one kind of six (10k)", statistics.median(hide_times), target_seconds=0.100)
    report.measure("timeline: show every kind again (10k)", statistics.median(show_times), target_seconds=0.100)
    pane.search.setFocus()
    deadline = time.perf_counter() + 10
    while pane.proxy.preparing_search() and time.perf_counter() < deadline:
        app.processEvents()
    keystrokes = []
    for text in ("h", "he", "hea", "heal", "healt", "health", "", "E", "Ev", "Eve", "Even", "Event 9", ""):
        started = time.perf_counter()
        pane.search.setText(text)
        app.processEvents()
        keystrokes.append(time.perf_counter() - started)
    report.measure(
        "timeline: search keystroke (10k)",
        statistics.median(keystrokes),
        target_seconds=0.100,
        note=f"worst of {len(keystrokes)} {max(keystrokes) * 1000:.0f} ms",
    )
    close_panes()
