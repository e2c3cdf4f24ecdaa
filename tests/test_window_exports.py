"""The window's saves and exports on disk: Markdown's picture beside it (and said so), HTML as one file."""

from __future__ import annotations

from app.flowchart import export as flowchart_export
from tests.test_window_fixtures import Answers, make_window, sample_document

PNG = b"\x89PNG\r\n\x1a\npicture"


def test_saving_markdown_says_in_the_status_bar_that_the_picture_was_written_beside_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(flowchart_export, "render_chart", lambda *_args, **_kwargs: PNG)
    window = make_window(qtbot, tmp_path, sample_document())
    assert window.document.model.humor.flowchart.nodes
    Answers(window, monkeypatch, save_path=tmp_path / "outage.md")

    assert window.files.save_as()
    assert window.files.wait_for_pictures()

    qtbot.waitUntil(lambda: "outage.flowchart.png" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == "Saved outage.md, and its flowchart as outage.flowchart.png beside it"
    assert (tmp_path / "outage.flowchart.png").read_bytes() == PNG


def test_exporting_html_from_the_window_writes_one_file(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(flowchart_export, "render_chart", lambda *_args, **_kwargs: PNG)
    window = make_window(qtbot, tmp_path, sample_document())
    answers = Answers(window, monkeypatch, save_path=tmp_path / "outage.html")

    assert window.files.export(".html")
    assert window.files.wait_for_pictures()

    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".html", ".png")] == ["outage.html"]
    assert "data:image/png;base64," in (tmp_path / "outage.html").read_text(encoding="utf-8")
    assert answers.warnings == [] and answers.errors == []
