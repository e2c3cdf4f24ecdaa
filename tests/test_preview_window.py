"""A long preview lays out only the pieces near the screen; scrolling lays out the others in place."""

from __future__ import annotations

from tests.test_window_fixtures import large_document, sample_document
from widgets.document import Document
from widgets.preview import PreviewPane
from widgets.preview_window import WINDOW_MAX_CHARS, WINDOW_MAX_PIECES

WAIT = 30000


def shown(qtbot, model) -> PreviewPane:
    preview = PreviewPane(Document(model))
    qtbot.addWidget(preview)
    preview.resize(500, 600)
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        preview.show()
    return preview


def settle(qtbot, preview: PreviewPane) -> None:
    qtbot.wait(20)  # the preview follows the scroll bar on the next turn of the event loop


def top_text(preview: PreviewPane) -> str:
    return preview.cursorForPosition(preview.viewport().rect().topLeft()).block().text()


def test_a_long_preview_holds_only_the_pieces_near_the_screen(qtbot):
    preview = shown(qtbot, large_document(3000))
    assert len(preview._plan.pieces) > 100
    built = preview.built_pieces()
    assert 1 <= len(built) <= WINDOW_MAX_PIECES
    assert sum(len(preview._plan.pieces[i]) for i in built) <= WINDOW_MAX_CHARS + 10_000
    assert preview.document().blockCount() < 600  # the whole: over 9,000 blocks
    assert "Event number 1500" not in preview.toPlainText()
    # The scroll bar still spans the whole document.
    assert preview.verticalScrollBar().maximum() > 50 * preview.viewport().height()


def test_scrolling_anywhere_shows_that_part_and_no_more(qtbot):
    preview = shown(qtbot, large_document(3000))
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    settle(qtbot, preview)
    middle = top_text(preview)
    assert middle and "Event number 0\n" not in preview.toPlainText()
    numbers = [int(line.split()[-1]) for line in preview.toPlainText().splitlines() if line.startswith("Event number")]
    assert numbers and min(numbers) > 1000 and max(numbers) < 2000
    assert len(preview.built_pieces()) <= WINDOW_MAX_PIECES
    bar.setValue(bar.maximum())
    settle(qtbot, preview)
    assert "Event number 2999" in preview.toPlainText()
    assert "Event number 1500" not in preview.toPlainText()
    bar.setValue(0)
    settle(qtbot, preview)
    assert top_text(preview) == "Status Page DNS Outage Post-Mortem"


def test_scrolling_back_finds_the_same_text_at_the_same_place(qtbot):
    preview = shown(qtbot, large_document(3000))
    bar = preview.verticalScrollBar()
    for step in range(1, 6):  # read down a few screens: each piece laid out is measured
        bar.setValue(step * preview.viewport().height())
        settle(qtbot, preview)
    place = bar.value()
    text = top_text(preview)
    bar.setValue(bar.maximum())
    settle(qtbot, preview)
    bar.setValue(place)
    settle(qtbot, preview)
    assert top_text(preview) == text


def test_an_edit_above_the_screen_leaves_what_is_read_in_place(qtbot):
    model = large_document(3000)
    preview = shown(qtbot, model)
    document = preview._document
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    settle(qtbot, preview)
    text = top_text(preview)
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        document.set_field(("metadata", "title"), "A much longer title\n\nthat takes more room")
    assert top_text(preview) == text


def test_a_short_document_is_laid_out_whole(qtbot):
    preview = shown(qtbot, sample_document())
    assert preview.built_pieces() == range(0, len(preview._plan.pieces))
    assert "Closing Notes" in preview.toPlainText() and "Status Page DNS Outage" in preview.toPlainText()


def test_a_long_timeline_is_exported_in_parts_that_read_as_the_whole_export():
    import pytest

    from app.formats.markdown_export import to_markdown
    from app.model import EventKind, TimelineEvent
    from widgets import preview_render
    from widgets.runner import JobCancelledError

    alternating = large_document(1000)
    same_kind = large_document(0)
    same_kind.timeline = [TimelineEvent(kind=EventKind.DETECTION, text=f"Same {n}") for n in range(700)]
    for model in (alternating, same_kind):
        for chart in (None, "chart.png"):
            whole = preview_render.bounded(to_markdown(model, chart))
            assert preview_render.preview_markdown(model, chart) == whole
    asked: list[int] = []

    def check() -> None:
        asked.append(1)
        if len(asked) == 2:
            raise JobCancelledError

    with pytest.raises(JobCancelledError):  # a window closing stops it between two parts
        preview_render.preview_markdown(alternating, None, check)


def test_cutting_a_long_preview_into_pieces_stops_when_the_job_is_cancelled():
    import pytest

    from widgets import preview_render
    from widgets.runner import JobCancelledError

    markdown_text = preview_render.preview_markdown(large_document(3000), None)
    assert preview_render.pieces(markdown_text, lambda: None) == preview_render.pieces(markdown_text)

    def cancelled() -> None:
        raise JobCancelledError

    with pytest.raises(JobCancelledError):
        preview_render.pieces(markdown_text, cancelled)


def test_the_preview_converting_in_the_background_hands_the_interpreter_to_waiting_threads(monkeypatch):
    import time

    from widgets import preview_render

    yields: list[float] = []
    real_sleep = time.sleep
    monkeypatch.setattr(time, "sleep", lambda seconds: yields.append(seconds) or real_sleep(seconds))
    monkeypatch.setattr(preview_render, "YIELD_EVERY", 0.0)
    preview_render.markdown_to_html("- **Detection:**\n  - it broke\n\n" * 50)
    assert yields and set(yields) == {0}


def test_a_long_document_opened_over_a_short_one_is_laid_out_once_and_shown(qtbot):
    # The scroll bar the long document brings narrows the view while its pieces are being put in place;
    # the preview laid them out a second time inside the first and kept both (0.7 MB each for a
    # 1,400-node chart's first piece), showing a document other than the one it scrolled and measured.
    from PySide6.QtGui import QTextDocument

    from app.model import PostMortem

    preview = shown(qtbot, PostMortem())
    assert not preview.verticalScrollBar().isVisible()
    preview._document.replace_model(large_document(3000), None)
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        pass
    qtbot.wait(20)  # documents let go of are deleted on the next turn of the event loop
    assert preview.verticalScrollBar().isVisible()
    assert preview.document() is preview._window.document
    assert [document for document in preview.findChildren(QTextDocument) if not document.isEmpty()] == [
        preview.document()
    ]
