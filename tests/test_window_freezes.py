"""Files that froze the window: a huge line, a huge text, a 10,000-event preview, a giant chart."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QTextDocument

from app.model import PostMortem, TimelineEvent
from tests.test_window_fixtures import large_document, make_window, sample_document
from widgets import preview_render
from widgets.application import stop_workers_before_exit
from widgets.panes.fields import plain_text
from widgets.preview_document import (
    PREVIEW_CHART_MAX_HEIGHT,
    PREVIEW_CHART_PIXELS,
    fitted_size,
    new_text_document,
    rasterise,
)
from widgets.preview_render import PREVIEW_FIELD_CHARS, PREVIEW_LINE_CHARS, append_html, markdown_to_html, pieces
from widgets.runner import shut_down_runners

WAIT = 20000
MEBIBYTE_LINE = "x" * (1 << 20)


def test_a_one_mebibyte_line_is_shown_in_part_read_only_and_kept_whole(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, PostMortem(introduction=MEBIBYTE_LINE))
    window.show()
    window.sections.show_section("introduction")
    editor = window.page("introduction").editor
    shown = plain_text(editor)
    assert editor.isReadOnly()
    assert len(shown) < 30_000 and "too long to edit here" in shown and "(1,048,576 characters)" in shown
    assert "saved unchanged" in editor.toolTip()
    assert window.document.model.introduction == MEBIBYTE_LINE
    assert not window.document.is_modified()


def test_a_title_line_too_long_to_lay_out_is_shown_in_part(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, PostMortem.model_validate({"metadata": {"title": "t" * 200_000}}))
    window.show()
    field = window.page("overview").title_field
    assert field.isReadOnly() and len(field.text()) < 5_000
    assert window.document.model.metadata.title == "t" * 200_000


def test_a_field_becomes_editable_again_when_its_text_is_short_again(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, PostMortem(introduction=MEBIBYTE_LINE))
    window.show()
    window.sections.show_section("introduction")
    editor = window.page("introduction").editor
    window.document.set_field(("introduction",), "Short again.")
    assert not editor.isReadOnly() and plain_text(editor) == "Short again."
    window.document.undo_stack.undo()
    assert editor.isReadOnly()


def test_the_preview_cuts_an_over_long_line_and_says_so():
    markdown_text = preview_render.preview_markdown(PostMortem(introduction=MEBIBYTE_LINE), None)
    assert max(len(line) for line in markdown_text.split("\n")) < PREVIEW_LINE_CHARS + 200
    assert "more characters on this line are not shown in the preview" in markdown_text
    assert f"{(1 << 20) - PREVIEW_FIELD_CHARS:,} more characters" in markdown_text
    assert len(markdown_text) < 2 * PREVIEW_LINE_CHARS


def _blocks(document: QTextDocument) -> list[tuple[str, int]]:
    block, found = document.begin(), []
    while block.isValid():
        if block.text().strip():
            found.append((block.text(), block.blockFormat().headingLevel()))
        block = block.next()
    return found


def test_the_preview_built_in_pieces_reads_as_the_whole_rendered_at_once(qtbot):
    from PySide6.QtGui import QTextCursor

    for model in (sample_document(), large_document(300)):
        markdown_text = preview_render.preview_markdown(model, None)
        parts = pieces(markdown_text)
        assert "\n".join(parts) == markdown_text
        whole = new_text_document(markdown_to_html(markdown_text))
        built = new_text_document(markdown_to_html(parts[0]))
        cursor = QTextCursor(built)
        for part in parts[1:]:
            append_html(cursor, markdown_to_html(part))
        assert _blocks(built) == _blocks(whole)
    assert len(parts) > 3


def test_an_edit_in_a_long_timeline_converts_only_the_pieces_around_it(monkeypatch):
    converted: list[str] = []
    monkeypatch.setattr(
        preview_render, "markdown_to_html", lambda text, _cancel=None: converted.append(text) or f"<p>{len(text)}</p>"
    )
    cache = preview_render.HtmlCache()
    model = large_document(2000)
    for part in pieces(preview_render.preview_markdown(model, None)):
        cache.html(part)
    cache.finish_render()
    total = len(converted)
    model.timeline[1000] = TimelineEvent(text="Edited in the middle")
    converted.clear()
    for part in pieces(preview_render.preview_markdown(model, None)):
        cache.html(part)
    assert total > 20 and 1 <= len(converted) <= 3


def test_a_newly_opened_long_document_shows_its_first_screen_before_the_whole(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, large_document(3000))
    order: list[str] = []
    window.preview.first_screen_shown.connect(lambda: order.append("first screen"))
    window.preview.rendered.connect(lambda: order.append("whole"))
    window.show()
    qtbot.waitUntil(lambda: "whole" in order, timeout=WAIT)
    assert order == ["first screen", "whole"]
    # Only the pieces near the screen are laid out; scrolling to the end lays out the last event.
    preview = window.preview
    assert "Event number 2999" not in preview.toPlainText()
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: "Event number 2999" in preview.toPlainText(), timeout=WAIT)
    assert "Event number 5" not in preview.toPlainText()


def test_closing_while_the_preview_of_a_long_document_renders_ends_its_work_at_once(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, large_document(10_000))
    first: list[bool] = []
    whole: list[bool] = []
    window.preview.first_screen_shown.connect(lambda: first.append(True))
    window.preview.rendered.connect(lambda: whole.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(first), timeout=WAIT)
    assert window.preview.runner.is_busy()  # the whole is still being built
    shut_down_runners(window)  # (how soon it returns is measured by `make bench`)
    assert window.preview.runner.wait(WAIT)
    assert whole == [], "the job stopped instead of building the rest"


def test_python_exiting_without_the_event_loop_quitting_stops_the_preview_first(qtbot, tmp_path):
    # A script that ends (or an error before the event loop) while the preview builds: the jobs stop before
    # PySide destroys the application, as closing the window would stop them.
    window = make_window(qtbot, tmp_path, large_document(10_000))
    first: list[bool] = []
    window.preview.first_screen_shown.connect(lambda: first.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(first), timeout=WAIT)
    assert window.preview.runner.is_busy()
    stop_workers_before_exit()
    assert window.preview.runner.wait(WAIT)
    assert not window.preview.runner.is_busy()


def test_the_preview_picture_of_a_giant_chart_is_bounded_in_both_dimensions():
    assert fitted_size(QSize(609, 1_538_129), PREVIEW_CHART_PIXELS, PREVIEW_CHART_MAX_HEIGHT) is None
    tall = fitted_size(QSize(600, 20_000), PREVIEW_CHART_PIXELS, PREVIEW_CHART_MAX_HEIGHT)
    assert tall is not None and tall.height() == PREVIEW_CHART_MAX_HEIGHT and tall.width() == 240
    wide = fitted_size(QSize(3000, 300), PREVIEW_CHART_PIXELS, PREVIEW_CHART_MAX_HEIGHT)
    assert wide == QSize(1200, 120)
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="1500000"><rect width="600" height="10"/></svg>'
    assert rasterise(svg) is None
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="20000"><rect width="600" height="10"/></svg>'
    picture = rasterise(svg)
    assert picture is not None and picture.height() <= PREVIEW_CHART_MAX_HEIGHT


def test_sixty_thousand_short_lines_are_shown_in_part_too(qtbot, tmp_path):
    text = "***\n" * 60_000
    window = make_window(qtbot, tmp_path, PostMortem(introduction=text.rstrip()))
    window.show()
    window.sections.show_section("introduction")
    editor = window.page("introduction").editor
    assert editor.isReadOnly() and editor.blockCount() < 300


def test_a_section_far_down_a_long_preview_is_scrolled_to_at_once(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, large_document(5_000))  # 300 KB of preview text
    with qtbot.waitSignal(window.preview.rendered, timeout=WAIT):
        window.show()
    preview = window.preview
    window.sections.show_section("closing")  # past 5,000 events: only the pieces around it are laid out
    heading = preview.document().find("Closing Notes").block()
    assert heading.isValid() and heading.blockFormat().headingLevel() == 2
    top = preview.document().documentLayout().blockBoundingRect(heading).top()
    bar = preview.verticalScrollBar()
    assert bar.value() == min(bar.maximum(), int(top)) and bar.value() > 100_000
    assert "Event number 10\n" not in preview.toPlainText()
    window.sections.show_section("timeline")
    cursor = preview.cursorForPosition(preview.viewport().rect().topLeft())
    assert cursor.block().text() == "Timeline"
